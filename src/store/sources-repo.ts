/** A report's confidential source fields, in their own table: rows in, rows out. */
import type { Db, Tx } from "./database.js";

export interface ReportSources {
  sourceIdentity: string | null;
  witnesses: string[];
}

export async function insertSources(
  tx: Tx,
  reportId: string,
  s: ReportSources,
  at: Date,
): Promise<void> {
  await tx
    .insertInto("report_sources")
    .values({
      report_id: reportId,
      source_identity: s.sourceIdentity,
      witnesses: s.witnesses,
      created_at: at,
    })
    .execute();
}

/** The report's source fields, or undefined when it was given none. */
export async function sourcesOf(db: Db | Tx, reportId: string): Promise<ReportSources | undefined> {
  const row = await db
    .selectFrom("report_sources")
    .select(["source_identity", "witnesses"])
    .where("report_id", "=", reportId)
    .executeTakeFirst();
  return row && { sourceIdentity: row.source_identity, witnesses: row.witnesses };
}
