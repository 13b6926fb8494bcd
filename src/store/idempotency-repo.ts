/** Idempotency keys of report intake: a retried request is answered with the report stored first. */
import type { Tx } from "./database.js";
import type { ReportRow } from "./reports-repo.js";

/** The report stored under `scope` and `key`, with the hash of the request that stored it. */
export async function findReportByIdempotencyKey(
  tx: Tx,
  scope: string,
  key: string,
): Promise<(ReportRow & { request_hash: string }) | undefined> {
  return tx
    .selectFrom("idempotency_keys")
    .innerJoin("reports", "reports.id", "idempotency_keys.report_id")
    .selectAll("reports")
    .select("idempotency_keys.request_hash")
    .where("idempotency_keys.scope", "=", scope)
    .where("idempotency_keys.key", "=", key)
    .executeTakeFirst();
}

export async function insertIdempotencyKey(
  tx: Tx,
  k: { scope: string; key: string; requestHash: string; reportId: string },
): Promise<void> {
  await tx
    .insertInto("idempotency_keys")
    .values({ scope: k.scope, key: k.key, request_hash: k.requestHash, report_id: k.reportId })
    .execute();
}
