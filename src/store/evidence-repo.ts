/** Evidence items and their custody entries: rows in, rows out. */
import type { Insertable, Selectable } from "kysely";
import type { CustodyAction, CustodyEntry, EvidenceItem } from "../domain/evidence.js";
import type { ReportScope } from "../services/access.js";
import type { Db, Tx } from "../services/deps.js";
import { scopeFilter } from "./reports-repo.js";
import type { CustodyEntriesTable, EvidenceItemsTable } from "./schema.js";

export type EvidenceRow = Selectable<EvidenceItemsTable>;
export type CustodyRow = Selectable<CustodyEntriesTable>;

export function rowToEvidence(r: EvidenceRow): EvidenceItem {
  return {
    id: r.id,
    reportId: r.report_id,
    sha256: r.sha256,
    sizeBytes: r.size_bytes,
    mediaType: r.media_type,
    originalName: r.original_name,
    uploadedBy: r.uploaded_by,
    receivedAt: r.received_at,
  };
}

export function rowToCustody(r: CustodyRow): CustodyEntry {
  return {
    id: r.id,
    evidenceId: r.evidence_id,
    at: r.at,
    actor: r.actor,
    action: r.action as CustodyAction,
    note: r.note,
  };
}

/** One evidence item, only if its report is inside `scope`. */
export async function findEvidence(
  db: Db | Tx,
  id: string,
  scope: ReportScope,
): Promise<EvidenceRow | undefined> {
  return db
    .selectFrom("evidence_items")
    .innerJoin("reports", "reports.id", "evidence_items.report_id")
    .selectAll("evidence_items")
    .where("evidence_items.id", "=", id)
    .where(scopeFilter(scope))
    .executeTakeFirst();
}

/** A report's evidence in order of receipt (the caller has already checked the report's scope). */
export async function listEvidenceOfReport(db: Db | Tx, reportId: string): Promise<EvidenceRow[]> {
  return db
    .selectFrom("evidence_items")
    .selectAll()
    .where("report_id", "=", reportId)
    .orderBy("received_at")
    .orderBy("id")
    .execute();
}

export async function insertEvidence(
  tx: Tx,
  row: Insertable<EvidenceItemsTable>,
): Promise<EvidenceRow> {
  return tx.insertInto("evidence_items").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertCustody(
  tx: Tx,
  row: Insertable<CustodyEntriesTable>,
): Promise<CustodyRow> {
  return tx.insertInto("custody_entries").values(row).returningAll().executeTakeFirstOrThrow();
}

/** The custody log in the order it was written. */
export async function listCustody(db: Db | Tx, evidenceId: string): Promise<CustodyRow[]> {
  return db
    .selectFrom("custody_entries")
    .selectAll()
    .where("evidence_id", "=", evidenceId)
    .orderBy("seq")
    .execute();
}
