/**
 * Notifications (decision 0018). `notify` is called inside the transaction of the change it
 * announces: it writes one inbox row per recipient and queues the e-mails and webhook deliveries
 * as persisted jobs, so a notice exists exactly when the change commits. A notice is a kind,
 * parameters (references and instants) and a link: each reader's interface renders it in their
 * own language, and no case content ever travels in it. The inbox: each user reads their own.
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import {
  checkParams,
  isNotificationKind,
  type NotificationKind,
  type NotificationParams,
} from "../domain/notifications.js";
import type { Actor, Role } from "../domain/roles.js";
import type { Language } from "../domain/taxonomy.js";
import { insertJob } from "../store/jobs-repo.js";
import {
  emailRecipients,
  findSettings,
  inboxRows,
  insertNotifications,
  markAllRead,
  markRead,
  recipientUsers,
  unreadCount,
  upsertSettings,
  type NotificationRow,
} from "../store/notifications-repo.js";
import { requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { decodeCursor, pageOf, type Page } from "./cursor.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { queueWebhookDeliveries } from "./webhooks.js";

export const EMAIL_JOB = "notification.email";

/** Whom a notice is for. Users of a party are reached only through the party lists below. */
interface Recipients {
  /** These users (e.g. a task's assignee). */
  userIds?: readonly string[];
  /** Every active user with one of these roles (a party's user only if the party is addressed). */
  roles?: readonly Role[];
  /** The liaison officers of these parties. */
  partyLiaisons?: readonly string[];
  /** The joint commission's members of these parties. */
  partyCommission?: readonly string[];
  /**
   * Further parties addressed, whose users are reached only as named above by id or role (e.g.
   * each delegation's head, by id, for a decision awaiting their signature).
   */
  parties?: readonly string[];
}

export interface NotifyInput {
  kind: NotificationKind;
  /** The record it is about, e.g. "incident:<id>". */
  subject: string;
  /** Where the reader opens it in the app, e.g. "/incidents/<id>". */
  link: string;
  params: NotificationParams;
  recipients: Recipients;
  /** When the notice appears (default: now), e.g. a release's embargoed instant. */
  visibleAt?: Date;
  /** Names the event, so that announcing it twice (a retried job) writes nothing twice. */
  eventKey?: string;
}

/**
 * Announces an event inside the caller's transaction. The parties addressed are those of
 * `partyLiaisons`, `partyCommission` and `parties`: a user of any other party is never a recipient, however
 * the other lists select (the guarantee that one party's notice never reaches the other's inbox);
 * webhooks of a party's audience get the event only when that party is addressed.
 */
export async function notify(
  tx: Tx,
  now: Date,
  input: NotifyInput,
): Promise<{ eventKey: string; notified: string[] }> {
  checkParams(input.params);
  const eventKey = input.eventKey ?? randomUUID();
  const visibleAt = input.visibleAt ?? now;
  const r = input.recipients;
  const parties = [
    ...new Set([...(r.partyLiaisons ?? []), ...(r.partyCommission ?? []), ...(r.parties ?? [])]),
  ];
  const users = (
    await recipientUsers(tx, {
      userIds: r.userIds ?? [],
      roles: r.roles ?? [],
      partyLiaisons: r.partyLiaisons ?? [],
      partyCommission: r.partyCommission ?? [],
    })
  ).filter((u) => u.party === null || parties.includes(u.party));
  const written = await insertNotifications(
    tx,
    users.map((u) => ({
      id: randomUUID(),
      event_key: eventKey,
      user_id: u.id,
      kind: input.kind,
      subject: input.subject,
      link: input.link,
      params: JSON.stringify(input.params),
      created_at: now,
      visible_at: visibleAt,
    })),
  );
  const byUser = new Map(written.map((w) => [w.user_id, w.id]));
  for (const userId of await emailRecipients(tx, [...byUser.keys()], input.kind)) {
    await insertJob(tx, {
      kind: EMAIL_JOB,
      payload: { notificationId: byUser.get(userId) },
      now,
      runAfter: visibleAt,
    });
  }
  await queueWebhookDeliveries(tx, now, { ...input, eventKey, visibleAt, parties });
  return { eventKey, notified: written.map((w) => w.user_id) };
}

export interface InboxEntry {
  id: string;
  kind: NotificationKind;
  subject: string;
  link: string;
  params: NotificationParams;
  at: Date;
  readAt: Date | null;
}

function rowToEntry(r: NotificationRow): InboxEntry {
  return {
    id: r.id,
    kind: r.kind as NotificationKind,
    subject: r.subject,
    link: r.link,
    params: r.params as NotificationParams,
    at: r.visible_at,
    readAt: r.read_at,
  };
}

/** The caller's own notices, newest first, and how many are unread. */
export async function readInbox(
  deps: Deps,
  actor: Actor,
  f: { cursor?: string; limit: number; unread?: boolean },
): Promise<Page<InboxEntry> & { unread: number }> {
  requireUser(actor);
  const now = deps.clock();
  const pos = f.cursor ? decodeCursor(f.cursor) : undefined;
  const rows = await inboxRows(deps.db, actor.userId, now, {
    before: pos,
    unread: f.unread,
    limit: f.limit + 1,
  });
  // A kind the code no longer knows is left out rather than shown as a blank line.
  const page = await pageOf(
    rows.filter((r) => isNotificationKind(r.kind)),
    f.limit,
    (p) => p.map(rowToEntry),
    (e) => ({ at: e.at, id: e.id }),
  );
  return { ...page, unread: await unreadCount(deps.db, actor.userId, now) };
}

/** Marks one of the caller's notices read (reading is the reader's own business: not audited). */
export async function markNotificationRead(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<InboxEntry> {
  requireUser(actor);
  const row = await markRead(deps.db, actor.userId, id, deps.clock());
  if (!row) {
    throw new DomainError("notification_not_found", `You have no notification ${id}.`, { id });
  }
  return rowToEntry(row);
}

export async function markInboxRead(deps: Deps, actor: Actor): Promise<{ marked: number }> {
  requireUser(actor);
  return { marked: await markAllRead(deps.db, actor.userId, deps.clock()) };
}

export interface NotificationSettings {
  email: string | null;
  language: Language;
  emailKindsOff: NotificationKind[];
}

export async function getNotificationSettings(
  deps: Deps,
  actor: Actor,
): Promise<NotificationSettings> {
  requireUser(actor);
  const row = await findSettings(deps.db, actor.userId);
  return {
    email: row?.email ?? null,
    language: (row?.language ?? "en") as Language,
    emailKindsOff: (row?.email_kinds_off ?? []).filter(isNotificationKind),
  };
}

/** The caller records their own e-mail address, its language and the kinds they do not want. */
export async function changeNotificationSettings(
  deps: Deps,
  actor: Actor,
  input: NotificationSettings,
): Promise<NotificationSettings> {
  requireUser(actor);
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    await upsertSettings(tx, {
      user_id: actor.userId,
      email: input.email,
      language: input.language,
      email_kinds_off: [...new Set(input.emailKindsOff)],
      updated_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "notification_settings.changed",
      subject: `user:${actor.userId}`,
      at: now,
      rows: [{ table: "notification_settings", id: actor.userId }],
      details: { email: input.email !== null, language: input.language },
    });
  });
  return getNotificationSettings(deps, actor);
}
