/**
 * Evidence: files attached to a report, stored under their SHA-256 at receipt and never altered,
 * with a custody entry for every access.
 *
 * What counts as access: handing out the original's bytes. Every download writes a `downloaded`
 * custody entry (with its audit entry, in one transaction) before the first byte leaves, so a
 * download that was started is on record even if the client drops. Reading metadata (hash, size,
 * type, the custody log itself) does not touch the evidence and writes nothing: recording it would
 * turn every read into a write, and an auditor reading the custody log would change it. The
 * `viewed` action is kept for an in-browser preview, which would hand out bytes without a download.
 *
 * Who sees what:
 * - each item carries its own classification, concerned parties and embargo, taken from its
 *   report at receipt (decision 0007); an item is visible when its report is (`reportScopeFor`)
 *   and the item's own attributes allow it (`evidenceScopeFilter`). In short: the mission's
 *   case roles see all of it, a monitor its own reports', a party liaison its own party's. Anything
 *   else is answered 404, as if it did not exist;
 * - the custody log goes to the case roles and to the auditor, whose work is custody records but
 *   not case content: the auditor reads hash, size, type and the log of any item, never its bytes
 *   or file name;
 * - a party liaison or monitor sees metadata and hash and may download what it can see, but not
 *   the custody log: who in the mission handled an item, and when, is internal.
 */
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { DomainError } from "../domain/errors.js";
import {
  ACCEPTED_EVIDENCE_KINDS,
  acceptedMediaType,
  cleanOriginalName,
  type CustodyEntry,
  type EvidenceItem,
} from "../domain/evidence.js";
import { mayAmendReport, type Report } from "../domain/reports.js";
import { actorLabel, hasRole, isCaseRole, type Actor } from "../domain/roles.js";
import {
  findEvidence,
  insertCustody,
  insertEvidence,
  listCustody,
  listEvidenceOfReport,
  rowToCustody,
  rowToEvidence,
} from "../store/evidence-repo.js";
import { FileTooLargeError, type StoredFile } from "../store/evidence-store.js";
import { findReport, listReportVersions, type ReportRow } from "../store/reports-repo.js";
import { reportScopeFor, requireUser, type ReportScope } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { getReport, reportNotFound } from "./reports.js";
import { readReportSources, type SourceRead } from "./sources.js";

export interface UploadEvidenceInput {
  reportId: string;
  /** The file's bytes, streamed; the service consumes or destroys it. */
  content: Readable;
  /** The name the client gave the file. */
  originalName?: string;
  /** Recorded on the `received` custody entry. */
  note?: string;
  maxBytes: number;
}

/** Stores the file, then records it and its `received` custody entry under one audit entry. */
export async function uploadEvidence(
  deps: Deps,
  actor: Actor,
  input: UploadEvidenceInput,
): Promise<EvidenceItem> {
  try {
    const report = await findReport(deps.db, input.reportId, reportScopeFor(actor, deps.clock()));
    if (!report) throw reportNotFound(input.reportId);
    checkMayAttach(actor, report);
    const { stored, mediaType } = await storeOriginal(deps, input.content, input.maxBytes);
    const receivedAt = deps.clock();
    // A failure from here on leaves the stored file without a row. That is harmless (the same
    // bytes arriving again reuse it) and the file cannot be removed safely: another evidence item
    // may hold the same hash.
    return await inTransaction(deps, async (tx) => {
      const id = randomUUID();
      const row = await insertEvidence(tx, {
        id,
        report_id: report.id,
        sha256: stored.sha256,
        size_bytes: stored.sizeBytes,
        media_type: mediaType,
        original_name: cleanOriginalName(input.originalName),
        uploaded_by: actor.kind === "user" ? actor.userId : null,
        received_at: receivedAt,
        classification: report.classification,
        concerned_parties: report.concerned_parties,
        embargo_until: report.embargo_until,
      });
      const custody = await insertCustody(tx, {
        id: randomUUID(),
        evidence_id: id,
        at: receivedAt,
        actor: actorLabel(actor),
        action: "received",
        note: input.note ?? null,
      });
      await appendAudit(tx, {
        actor,
        action: "evidence.received",
        subject: `evidence:${id}`,
        at: receivedAt,
        rows: [
          { table: "evidence_items", id },
          { table: "custody_entries", id: custody.id },
        ],
        details: {
          reportId: report.id,
          sha256: stored.sha256,
          sizeBytes: stored.sizeBytes,
          mediaType,
        },
      });
      return rowToEvidence(row);
    });
  } finally {
    // Refused before it was read, the upload must not hold the request open.
    input.content.destroy();
  }
}

/** The submitter, its party's liaison, and the mission's intake, analysts and chief. */
function checkMayAttach(actor: Actor, report: ReportRow): void {
  requireUser(actor);
  const may =
    report.submitted_by === actor.userId ||
    (actor.role === "liaison" && actor.party !== null && report.submitter_party === actor.party) ||
    hasRole(actor, "intake", "analyst", "chief");
  if (!may) {
    throw new DomainError(
      "forbidden",
      "Only the report's submitter, its party's liaison, intake, an analyst or the chief may attach evidence to it.",
    );
  }
  if (report.status === "superseded") {
    throw new DomainError(
      "report_superseded",
      "This report has been amended; attach the evidence to its latest version.",
    );
  }
}

/** Streams the file into the store; it is kept only if its own bytes show an accepted type. */
async function storeOriginal(
  deps: Deps,
  content: Readable,
  maxBytes: number,
): Promise<{ stored: StoredFile; mediaType: string }> {
  let mediaType = "";
  try {
    const stored = await deps.evidence.put(content, maxBytes, async (file) => {
      // A multipart parser cuts a file at its own limit and ends the stream quietly.
      if ((content as { truncated?: boolean }).truncated) throw new FileTooLargeError(maxBytes);
      const detected = await fileTypeFromBuffer(file.head);
      const accepted = acceptedMediaType(detected);
      if (!accepted) throw typeNotAllowed(detected?.mime);
      mediaType = accepted;
    });
    return { stored, mediaType };
  } catch (err) {
    if (err instanceof FileTooLargeError) {
      throw new DomainError(
        "evidence_too_large",
        `The file is larger than the limit of ${formatBytes(maxBytes)}. Send a smaller file, or split a long recording into parts.`,
        { limitBytes: maxBytes },
      );
    }
    throw err;
  }
}

function typeNotAllowed(detected: string | undefined): DomainError {
  const what = detected
    ? `The file's content is ${detected}, which is not accepted as evidence.`
    : "The file's type could not be recognised from its content, so it is not accepted as evidence.";
  return new DomainError(
    "evidence_type_not_allowed",
    `${what} Accepted: ${ACCEPTED_EVIDENCE_KINDS}.`,
    { detected: detected ?? null, accepted: ACCEPTED_EVIDENCE_KINDS },
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

export interface ReportWithEvidence {
  report: Report;
  evidence: EvidenceItem[];
  /** With `withSources`: the confidential source fields, or which were withheld. */
  sources?: SourceRead;
  /** Every version of the report the caller may read, oldest first. */
  versions: ReportVersion[];
  /** Whether the server would take an amendment of this version from the caller. */
  mayAmend: boolean;
}

interface ReportVersion {
  id: string;
  version: number;
  receivedAt: Date;
  status: Report["status"];
}

/**
 * A report and the evidence metadata the caller may see. `withSources` also reads the source
 * fields, which for those who may read them is an audited read (src/services/sources.ts).
 */
export async function reportWithEvidence(
  deps: Deps,
  actor: Actor,
  reportId: string,
  opts: { withSources?: boolean } = {},
): Promise<ReportWithEvidence> {
  // The report first: it decides whether the viewer may read it at all. The rest side by side.
  const report = await getReport(deps, actor, reportId);
  const scope = reportScopeFor(actor, deps.clock());
  const [rows, versionRows, sources] = await Promise.all([
    listEvidenceOfReport(deps.db, report.id, scope),
    listReportVersions(deps.db, report.id, scope),
    opts.withSources ? readReportSources(deps, actor, report.id) : null,
  ]);
  const read = {
    report,
    evidence: rows.map(rowToEvidence),
    versions: versionRows.map((v) => ({
      id: v.id,
      version: v.version,
      receivedAt: v.received_at,
      status: v.status as Report["status"],
    })),
    mayAmend: mayAmendReport(actor, report),
  };
  return sources === null ? read : { ...read, sources };
}

export interface EvidenceDetail {
  item: EvidenceItem;
  /** Null when the viewer does not read custody logs. */
  custody: CustodyEntry[] | null;
}

function readsCustody(actor: Actor): boolean {
  return isCaseRole(actor) || hasRole(actor, "auditor");
}

/** The auditor reads custody records of every item; everyone else sees what its reports allow. */
function metadataScopeFor(actor: Actor, now: Date): ReportScope {
  requireUser(actor);
  return hasRole(actor, "auditor") ? { kind: "all" } : reportScopeFor(actor, now);
}

/** Metadata, and the custody log for those who read it. Writes nothing (see the header). */
export async function getEvidence(deps: Deps, actor: Actor, id: string): Promise<EvidenceDetail> {
  const row = await findEvidence(deps.db, id, metadataScopeFor(actor, deps.clock()));
  if (!row) throw evidenceNotFound(id);
  const custody = readsCustody(actor) ? (await listCustody(deps.db, id)).map(rowToCustody) : null;
  return { item: rowToEvidence(row), custody };
}

export interface EvidenceDownload {
  item: EvidenceItem;
  content: Readable;
}

/** Records the download in the custody log, then opens the original. */
export async function downloadEvidence(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<EvidenceDownload> {
  requireUser(actor);
  if (hasRole(actor, "auditor")) {
    throw new DomainError(
      "forbidden",
      "The auditor role reads the custody log of evidence, not the evidence itself.",
    );
  }
  const row = await findEvidence(deps.db, id, reportScopeFor(actor, deps.clock()));
  if (!row) throw evidenceNotFound(id);
  if (!(await deps.evidence.has(row.sha256))) {
    // Not the caller's doing: the file store lacks it (a restore without the evidence folder, a
    // server that does not share the store). Answered as unavailable, logged for an operator.
    throw new DomainError(
      "evidence_file_missing",
      "The file of this evidence is not on this server at the moment (it may not have been restored yet). Nothing is lost from the record; try again later or tell the mission's IT focal point.",
      { evidenceId: id, sha256: row.sha256 },
    );
  }
  const at = deps.clock();
  await inTransaction(deps, async (tx) => {
    const custody = await insertCustody(tx, {
      id: randomUUID(),
      evidence_id: id,
      at,
      actor: actorLabel(actor),
      action: "downloaded",
      note: null,
    });
    await appendAudit(tx, {
      actor,
      action: "evidence.downloaded",
      subject: `evidence:${id}`,
      at,
      rows: [{ table: "custody_entries", id: custody.id }],
      details: { sha256: row.sha256 },
    });
  });
  return { item: rowToEvidence(row), content: deps.evidence.open(row.sha256) };
}

function evidenceNotFound(id: string): DomainError {
  return new DomainError("evidence_not_found", `There is no evidence item with id ${id}.`);
}
