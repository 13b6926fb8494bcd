/** Idempotency keys of report intake: a retried request is answered with the report stored first. */
import type { Tx } from "./database.js";
import type { ReportRow } from "./reports-repo.js";

export interface IdempotencyKey {
  scope: string;
  key: string;
}

/** A report stored under a key, with the hash of the request that stored it. */
export type KeyedReportRow = ReportRow & {
  request_hash: string;
  idem_scope: string;
  idem_key: string;
};

/** The reports stored under any of these keys, in one statement. */
export async function findReportsByIdempotencyKeys(
  tx: Tx,
  keys: IdempotencyKey[],
): Promise<KeyedReportRow[]> {
  if (keys.length === 0) return [];
  return tx
    .selectFrom("idempotency_keys")
    .innerJoin("reports", "reports.id", "idempotency_keys.report_id")
    .selectAll("reports")
    .select([
      "idempotency_keys.request_hash",
      "idempotency_keys.scope as idem_scope",
      "idempotency_keys.key as idem_key",
    ])
    .where((eb) =>
      eb.or(
        keys.map((k) =>
          eb.and([
            eb("idempotency_keys.scope", "=", k.scope),
            eb("idempotency_keys.key", "=", k.key),
          ]),
        ),
      ),
    )
    .execute();
}

/** Stores each key with the report it answers, in one statement. */
export async function insertIdempotencyKeys(
  tx: Tx,
  ks: (IdempotencyKey & { requestHash: string; reportId: string })[],
): Promise<void> {
  if (ks.length === 0) return;
  await tx
    .insertInto("idempotency_keys")
    .values(
      ks.map((k) => ({
        scope: k.scope,
        key: k.key,
        request_hash: k.requestHash,
        report_id: k.reportId,
      })),
    )
    .execute();
}
