/** System settings (an audited table): one JSON value per id. */
import type { Db, Tx } from "./database.js";

export function findSetting(db: Db | Tx, id: string) {
  return db
    .selectFrom("system_settings")
    .select(["value", "updated_at", "updated_by"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Stores `value` (JSON text) under `id`, replacing what was there. */
export async function putSetting(
  tx: Tx,
  id: string,
  s: { value: string; at: Date; by: string },
): Promise<void> {
  await tx
    .insertInto("system_settings")
    .values({ id, value: s.value, updated_at: s.at, updated_by: s.by })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({ value: s.value, updated_at: s.at, updated_by: s.by }),
    )
    .execute();
}
