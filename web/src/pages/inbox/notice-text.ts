/** A notice's one line in the reader's language: its kind's words, its instants in the mission's zone. */
import type { TFunction } from "i18next";
import { formatDateTime, formatDayEndingAt } from "../../i18n/format.js";
import type { UiLanguage } from "../../i18n/index.js";
import type { InboxEntry } from "./inbox-types.js";

/** The words of each kind (a kind added on the server without words here does not compile). */
const KEY = {
  "release.parties": "notifications.kinds.release_parties",
  "reply_window.opened": "notifications.kinds.reply_window_opened",
  "reply_window.closing_soon": "notifications.kinds.reply_window_closing_soon",
  "reply_window.closed": "notifications.kinds.reply_window_closed",
  "task.assigned": "notifications.kinds.task_assigned",
  "notice.issued": "notifications.kinds.notice_issued",
  "notice.response_due_soon": "notifications.kinds.notice_response_due_soon",
  "notice.no_response": "notifications.kinds.notice_no_response",
  "notice.responded": "notifications.kinds.notice_responded",
  "notice.referred": "notifications.kinds.notice_referred",
  "notice.decided": "notifications.kinds.notice_decided",
  "notice.mandating_referral": "notifications.kinds.notice_mandating_referral",
  "commission.meeting_scheduled": "notifications.kinds.commission_meeting_scheduled",
  "commission.meeting_moved": "notifications.kinds.commission_meeting_moved",
  "commission.meeting_cancelled": "notifications.kinds.commission_meeting_cancelled",
  "commission.agenda_item_added": "notifications.kinds.commission_agenda_item_added",
  "commission.decision_to_sign": "notifications.kinds.commission_decision_to_sign",
  "commission.decision_in_effect": "notifications.kinds.commission_decision_in_effect",
  "commission.minutes_shared": "notifications.kinds.commission_minutes_shared",
  "commitment.overdue": "notifications.kinds.commitment_overdue",
  "commitment.due_soon": "notifications.kinds.commitment_due_soon",
  "account.under_attack": "notifications.kinds.account_under_attack",
} as const satisfies Record<InboxEntry["kind"], string>;

/** Every kind, in the order the forms list them. */
export const NOTICE_KINDS = Object.keys(KEY) as (keyof typeof KEY)[];

export function noticeText(
  t: TFunction,
  lang: UiLanguage,
  e: Pick<InboxEntry, "kind" | "params">,
): string {
  const at = (v: string | undefined) => (v ? formatDateTime(v, lang) : "");
  const p = e.params;
  return t(KEY[e.kind], {
    incident: p.incident ?? "",
    task: p.task ?? "",
    closesAt: at(p.closesAt),
    dueAt: at(p.dueAt),
    releaseAt: at(p.releaseAt),
    deadlineDay: p.deadlineEndAt ? formatDayEndingAt(p.deadlineEndAt, lang) : "",
    startsAt: at(p.startsAt),
    commitment: p.commitment ? `\u2068${p.commitment}\u2069` : "",
    dueDay: p.dueEndAt ? formatDayEndingAt(p.dueEndAt, lang) : "",
    meeting: p.meeting ? `\u2068${p.meeting}\u2069` : "",
    party: p.party ? `\u2068${p.party}\u2069` : "",
    user: p.user ? `\u2068${p.user}\u2069` : "",
    sinceAt: at(p.sinceAt),
  });
}

/** The short name of a kind (settings and webhook forms). */
export function noticeKindLabel(t: TFunction, kind: InboxEntry["kind"]): string {
  return t(`notifications.kindNames.${KEY[kind].slice("notifications.kinds.".length) as Short}`);
}
type Short = (typeof KEY)[keyof typeof KEY] extends `notifications.kinds.${infer S}` ? S : never;
