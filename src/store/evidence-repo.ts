/** Evidence items and their custody entries: rows in, rows out. */
import type { ExpressionBuilder, Insertable, Selectable } from "kysely";
import type { Classification } from "../domain/access-rules.js";
import type { CustodyAction, CustodyEntry, EvidenceItem } from "../domain/evidence.js";
import type { ReportScope } from "../domain/scopes.js";
import type { Db, Tx } from "./database.js";
import { scopeFilter } from "./reports-repo.js";
import { partyMayRead } from "./access-sql.js";
import type { CustodyEntriesTable, DB, EvidenceItemsTable } from "./schema.js";

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
    classification: r.classification as Classification,
    concernedParties: r.concerned_parties,
    embargoUntil: r.embargo_until,
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

/**
 * Evidence a report scope may read, by the item's own attributes (its report's scope applies as
 * well): intake and monitors all but confidential-source items others uploaded; a party what it
 * uploaded, and items classified for it whose embargo has passed.
 */
function evidenceScopeFilter(scope: ReportScope) {
  return (eb: ExpressionBuilder<DB, "evidence_items">) => {
    switch (scope.kind) {
      case "all":
        return eb.val(true);
      case "intake":
      case "submittedBy":
        return eb.or([
          eb("evidence_items.classification", "<>", "confidential_source"),
          eb("evidence_items.uploaded_by", "=", scope.userId),
        ]);
      case "party":
        return eb.or([
          eb("evidence_items.uploaded_by", "=", scope.userId),
          partyMayRead("evidence_items", scope.party, scope.now),
        ]);
    }
  };
}

/** One evidence item, only if it and its report are inside `scope`. */
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
    .where(evidenceScopeFilter(scope))
    .executeTakeFirst();
}

/** A report's evidence inside `scope`, in order of receipt (the caller checked the report's). */
export async function listEvidenceOfReport(
  db: Db | Tx,
  reportId: string,
  scope: ReportScope,
): Promise<EvidenceRow[]> {
  return db
    .selectFrom("evidence_items")
    .selectAll()
    .where("report_id", "=", reportId)
    .where(evidenceScopeFilter(scope))
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
