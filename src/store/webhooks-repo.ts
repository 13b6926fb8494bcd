/** Webhook endpoints and their delivery log: rows in, rows out. */
import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import type { Db, Tx } from "./database.js";
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from "./schema.js";

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;

export function insertEndpoint(tx: Tx, row: Insertable<WebhookEndpointsTable>) {
  return tx.insertInto("webhook_endpoints").values(row).returningAll().executeTakeFirstOrThrow();
}

export function listEndpoints(db: Db) {
  return db
    .selectFrom("webhook_endpoints")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

export function findEndpoint(db: Db | Tx, id: string) {
  return db.selectFrom("webhook_endpoints").selectAll().where("id", "=", id).executeTakeFirst();
}

export function disableEndpoint(tx: Tx, id: string, now: Date) {
  return tx
    .updateTable("webhook_endpoints")
    .set({ disabled_at: sql`coalesce(disabled_at, ${now})` })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
}

/** Enabled endpoints that take `kind` for this audience: the mission's, or one of `parties`. */
export function endpointsFor(tx: Tx, kind: string, parties: readonly string[]) {
  return tx
    .selectFrom("webhook_endpoints")
    .selectAll()
    .where("disabled_at", "is", null)
    .where(sql<boolean>`${kind} = ANY(kinds)`)
    .where((eb) =>
      eb.or([
        eb("audience", "=", "mission"),
        eb("audience", "in", parties.length ? [...parties] : ["-"]),
      ]),
    )
    .execute();
}

/** Queues one delivery; undefined when the event was already queued for the endpoint. */
export function insertDelivery(tx: Tx, row: Insertable<WebhookDeliveriesTable>) {
  return tx
    .insertInto("webhook_deliveries")
    .values(row)
    .onConflict((oc) => oc.columns(["endpoint_id", "event_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
}

export function findDelivery(db: Db | Tx, id: string) {
  return db.selectFrom("webhook_deliveries").selectAll().where("id", "=", id).executeTakeFirst();
}

export function updateDelivery(tx: Tx, id: string, set: Updateable<WebhookDeliveriesTable>) {
  return tx.updateTable("webhook_deliveries").set(set).where("id", "=", id).execute();
}

/** The newest deliveries, optionally of one endpoint, with the endpoint's URL. */
export function listDeliveries(db: Db, opts: { endpointId?: string; limit: number }) {
  let q = db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("webhook_endpoints as e", "e.id", "d.endpoint_id")
    .select([
      "d.id",
      "d.endpoint_id",
      "e.url",
      "d.kind",
      "d.status",
      "d.attempts",
      "d.last_status",
      "d.last_error",
      "d.created_at",
      "d.next_attempt_at",
      "d.finished_at",
    ]);
  if (opts.endpointId) q = q.where("d.endpoint_id", "=", opts.endpointId);
  return q.orderBy("d.created_at", "desc").orderBy("d.id", "desc").limit(opts.limit).execute();
}
