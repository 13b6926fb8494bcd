/** Inbox rows, users' e-mail settings and who receives a notice: rows in, rows out. */
import { sql, type Insertable, type Selectable } from "kysely";
import type { Db, Tx } from "./database.js";
import type { NotificationSettingsTable, NotificationsTable } from "./schema.js";

export type NotificationRow = Selectable<NotificationsTable>;

export interface RecipientQuery {
  userIds: readonly string[];
  roles: readonly string[];
  partyLiaisons: readonly string[];
  partyCommission: readonly string[];
}

/** The active users a notice is addressed to, with their party (for the audience check). */
export async function recipientUsers(
  tx: Tx | Db,
  q: RecipientQuery,
): Promise<{ id: string; party: string | null }[]> {
  const none = ["00000000-0000-0000-0000-000000000000"];
  const rows = await tx
    .selectFrom("users")
    .select(["id", "party_code"])
    .where("disabled_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("id", "in", q.userIds.length ? [...q.userIds] : none),
        eb("role", "in", q.roles.length ? [...q.roles] : ["-"]),
        eb.and([
          eb("role", "=", "liaison"),
          eb("party_code", "in", q.partyLiaisons.length ? [...q.partyLiaisons] : ["-"]),
        ]),
        eb.and([
          eb("role", "=", "commission"),
          eb("party_code", "in", q.partyCommission.length ? [...q.partyCommission] : ["-"]),
        ]),
      ]),
    )
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, party: r.party_code }));
}

/** Writes the inbox rows; a row already written for the event and user is left as it is. */
export async function insertNotifications(
  tx: Tx,
  rows: Insertable<NotificationsTable>[],
): Promise<{ id: string; user_id: string }[]> {
  if (rows.length === 0) return [];
  return tx
    .insertInto("notifications")
    .values(rows)
    .onConflict((oc) => oc.columns(["event_key", "user_id"]).doNothing())
    .returning(["id", "user_id"])
    .execute();
}

/** Of these users, those who get `kind` by e-mail: an address recorded and the kind not refused. */
export async function emailRecipients(tx: Tx, userIds: string[], kind: string): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await tx
    .selectFrom("notification_settings")
    .select("user_id")
    .where("user_id", "in", userIds)
    .where("email", "is not", null)
    .where(sql<boolean>`NOT (${kind} = ANY(email_kinds_off))`)
    .execute();
  return rows.map((r) => r.user_id);
}

export function findNotification(db: Db | Tx, id: string) {
  return db.selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A user's visible notices, newest first, strictly after the cursor position. */
export function inboxRows(
  db: Db,
  userId: string,
  now: Date,
  opts: { before?: { at: Date; id: string }; unread?: boolean; limit: number },
) {
  let q = db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .where("visible_at", "<=", now);
  if (opts.unread) q = q.where("read_at", "is", null);
  const b = opts.before;
  if (b) {
    q = q.where((eb) =>
      eb.or([
        eb("visible_at", "<", b.at),
        eb.and([eb("visible_at", "=", b.at), eb("id", "<", b.id)]),
      ]),
    );
  }
  return q.orderBy("visible_at", "desc").orderBy("id", "desc").limit(opts.limit).execute();
}

export async function unreadCount(db: Db, userId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("visible_at", "<=", now)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's own visible notice read; undefined when it is not theirs (or not yet shown). */
export function markRead(db: Db, userId: string, id: string, now: Date) {
  return db
    .updateTable("notifications")
    .set({ read_at: sql`coalesce(read_at, ${now})` })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("visible_at", "<=", now)
    .returningAll()
    .executeTakeFirst();
}

export async function markAllRead(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .updateTable("notifications")
    .set({ read_at: now })
    .where("user_id", "=", userId)
    .where("visible_at", "<=", now)
    .where("read_at", "is", null)
    .returning("id")
    .execute();
  return rows.length;
}

export function findSettings(db: Db | Tx, userId: string) {
  return db
    .selectFrom("notification_settings")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export function upsertSettings(tx: Tx, row: Insertable<NotificationSettingsTable>) {
  return tx
    .insertInto("notification_settings")
    .values(row)
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({
        email: row.email ?? null,
        language: row.language ?? "en",
        email_kinds_off: row.email_kinds_off ?? [],
        updated_at: row.updated_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
