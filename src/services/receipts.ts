/**
 * Receipts for reports filed by the public (issue 14): the code the sender keeps, and the one
 * thing it opens, the report's status. A wrong tag and an unknown tracking id give the same
 * answer, so a receipt cannot be used to learn which reports exist.
 */
import { DomainError } from "../domain/errors.js";
import {
  publicReportState,
  readReceiptCode,
  receiptCodeFor,
  receiptMatches,
  type PublicReportState,
} from "../domain/receipts.js";
import type { Report } from "../domain/reports.js";
import { findReportByTrackingId } from "../store/reports-repo.js";
import { serverSecret } from "../store/server-secrets-repo.js";
import type { Deps } from "./deps.js";
import { getPublicIncident } from "./releases.js";

const SECRET = "public-receipt";

/** The secret never changes once made: read once per database, not on every public report. */
const secrets = new WeakMap<Deps["db"], Promise<string>>();

function receiptSecret(deps: Pick<Deps, "db">): Promise<string> {
  let secret = secrets.get(deps.db);
  if (!secret) {
    secret = serverSecret(deps.db, SECRET);
    secret.catch(() => secrets.delete(deps.db));
    secrets.set(deps.db, secret);
  }
  return secret;
}

/** The receipt code of a report the public filed. */
export async function receiptFor(
  deps: Pick<Deps, "db">,
  report: Pick<Report, "id" | "trackingId">,
): Promise<string> {
  return receiptCodeFor(await receiptSecret(deps), report);
}

export interface ReceiptStatus {
  trackingId: string;
  receivedAt: Date;
  state: PublicReportState;
  /** The published finding of the case the report went into, once there is one. */
  publishedIncidentId: string | null;
}

function receiptNotFound(): DomainError {
  return new DomainError(
    "receipt_not_found",
    "No report has this receipt code. Check the code as it was given when the report was sent.",
  );
}

export async function statusByReceipt(deps: Deps, typed: string): Promise<ReceiptStatus> {
  const code = readReceiptCode(typed);
  if (!code) throw receiptNotFound();
  const row = await findReportByTrackingId(deps.db, code.trackingId);
  const secret = await receiptSecret(deps);
  if (!row || row.source_kind !== "public" || !receiptMatches(secret, row.id, code.tag)) {
    throw receiptNotFound();
  }
  return {
    trackingId: row.tracking_id,
    receivedAt: row.received_at,
    state: publicReportState(row.status as Report["status"]),
    publishedIncidentId: row.incident_id ? await publishedIncident(deps, row.incident_id) : null,
  };
}

async function publishedIncident(deps: Deps, incidentId: string): Promise<string | null> {
  try {
    return (await getPublicIncident(deps, incidentId)).incidentId;
  } catch (err) {
    if (err instanceof DomainError && err.code === "incident_not_found") return null;
    throw err;
  }
}
