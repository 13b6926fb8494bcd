/**
 * Notifications (decision 0018): what each kind of notice says, in Arabic and English, and how a
 * webhook body is signed. A notice carries a kind, parameters and a link — never case content:
 * the parameters are references and instants only, so a notice says that something happened to
 * a record the reader may open, and nothing of what the record holds.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Language } from "./taxonomy.js";
import { formatDay, formatInstant } from "./zoned-format.js";

/** Every kind of notice; the lead adds the issue's other events here (one line each). */
export const NOTIFICATION_KINDS = [
  "release.parties",
  "reply_window.opened",
  "reply_window.closing_soon",
  "reply_window.closed",
  "task.assigned",
  "notice.issued",
  "notice.response_due_soon",
  "notice.no_response",
  "notice.responded",
  "notice.referred",
  "notice.decided",
  "notice.mandating_referral",
  "commission.meeting_scheduled",
  "commission.meeting_moved",
  "commission.meeting_cancelled",
  "commission.agenda_item_added",
  "commission.decision_to_sign",
  "commission.decision_in_effect",
  "commission.minutes_shared",
  "commitment.overdue",
  "commitment.due_soon",
  "account.under_attack",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(k: string): k is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(k);
}

/**
 * A notice's parameters: a record's reference (e.g. "INC-2020-0001") or an instant (an ISO
 * string, in a parameter whose name ends in "At"). Nothing longer: no narrative fits here.
 */
export type NotificationParams = Readonly<Record<string, string>>;

const PARAM_VALUE = /^[\p{L}\p{N}\-_.:/+ ]{0,64}$/u;

/** Refuses parameters that could carry content (long or free text); a programming error. */
export function checkParams(params: NotificationParams): void {
  for (const [k, v] of Object.entries(params)) {
    if (!/^[a-z][A-Za-z]{0,31}$/.test(k) || !PARAM_VALUE.test(v)) {
      throw new Error(`notification parameter ${k} is not a reference or an instant`);
    }
    if (k.endsWith("At") && Number.isNaN(Date.parse(v))) {
      throw new Error(`notification parameter ${k} is not an instant`);
    }
  }
}

/** The e-mail subject of each kind, per language; {name} is a parameter (instants formatted). */
const SUBJECTS: Record<NotificationKind, Record<Language, string>> = {
  "release.parties": {
    en: "Finding on {incident} released to the parties",
    ar: "صدور نتيجة الحادث {incident} إلى الأطراف",
  },
  "reply_window.opened": {
    en: "Draft finding on {incident} open for your reply until {closesAt}",
    ar: "مشروع نتيجة الحادث {incident} مفتوح لردّكم حتى {closesAt}",
  },
  "reply_window.closing_soon": {
    en: "The reply window on {incident} closes in 24 hours ({closesAt})",
    ar: "تُغلق مهلة الرد على الحادث {incident} خلال 24 ساعة ({closesAt})",
  },
  "reply_window.closed": {
    en: "The reply window on {incident} closed at {closesAt}",
    ar: "أُغلقت مهلة الرد على الحادث {incident} في {closesAt}",
  },
  "task.assigned": {
    en: "Task {task} on {incident} assigned to you, due {dueAt}",
    ar: "أُسندت إليك المهمة {task} بشأن الحادث {incident}، موعدها {dueAt}",
  },
  "notice.issued": {
    en: "Formal notice on {incident} to {party}: response due by the end of {deadlineEndAt}",
    ar: "إخطار رسمي بشأن الحادث {incident} إلى {party}: الرد مطلوب قبل نهاية يوم {deadlineEndAt}",
  },
  "notice.response_due_soon": {
    en: "The response to the formal notice on {incident} is due by the end of {deadlineEndAt}",
    ar: "موعد الرد على الإخطار الرسمي بشأن الحادث {incident} ينتهي بنهاية يوم {deadlineEndAt}",
  },
  "notice.no_response": {
    en: "No response from {party} to the formal notice on {incident} by the end of {deadlineEndAt}",
    ar: "لم يردّ {party} على الإخطار الرسمي بشأن الحادث {incident} حتى نهاية يوم {deadlineEndAt}",
  },
  "notice.responded": {
    en: "{party} responded to the formal notice on {incident}",
    ar: "ردّ {party} على الإخطار الرسمي بشأن الحادث {incident}",
  },
  "notice.referred": {
    en: "The formal notice on {incident} was referred to the joint commission",
    ar: "أُحيل الإخطار الرسمي بشأن الحادث {incident} إلى اللجنة المشتركة",
  },
  "notice.decided": {
    en: "The joint commission's decision on {incident} was recorded",
    ar: "سُجّل قرار اللجنة المشتركة بشأن الحادث {incident}",
  },
  "notice.mandating_referral": {
    en: "The case of {incident} was referred to the mandating body",
    ar: "أُحيلت قضية الحادث {incident} إلى الجهة صاحبة التفويض",
  },
  "commission.meeting_scheduled": {
    en: "Joint commission meeting {meeting} scheduled for {startsAt}",
    ar: "حُدّد اجتماع اللجنة المشتركة {meeting} في {startsAt}",
  },
  "commission.meeting_moved": {
    en: "The time or place of joint commission meeting {meeting} changed: it is now on {startsAt}",
    ar: "تغيّر موعد اجتماع اللجنة المشتركة {meeting} أو مكانه: موعده الآن {startsAt}",
  },
  "commission.meeting_cancelled": {
    en: "Joint commission meeting {meeting}, planned for {startsAt}, was cancelled",
    ar: "أُلغي اجتماع اللجنة المشتركة {meeting} الذي كان مقرراً في {startsAt}",
  },
  "commission.agenda_item_added": {
    en: "An item was added to the agenda of joint commission meeting {meeting} ({startsAt})",
    ar: "أُضيف بند إلى جدول أعمال اجتماع اللجنة المشتركة {meeting} ({startsAt})",
  },
  "commission.decision_to_sign": {
    en: "A decision of meeting {meeting} awaits your delegation's signature",
    ar: "قرار في الاجتماع {meeting} بانتظار توقيع وفدكم",
  },
  "commission.decision_in_effect": {
    en: "A decision of meeting {meeting} took effect: both delegations signed",
    ar: "دخل قرار في الاجتماع {meeting} حيّز النفاذ: وقّع الوفدان",
  },
  "commission.minutes_shared": {
    en: "The minutes of meeting {meeting} were shared",
    ar: "نُشر محضر الاجتماع {meeting}",
  },
  "commitment.overdue": {
    en: "Commitment {commitment} is overdue: it was due by the end of {dueEndAt}",
    ar: "تأخّر تنفيذ الالتزام {commitment}: كان موعده نهاية يوم {dueEndAt}",
  },
  "commitment.due_soon": {
    en: "Commitment {commitment} falls due: it is due by the end of {dueEndAt}",
    ar: "اقترب موعد الالتزام {commitment}: موعده نهاية يوم {dueEndAt}",
  },
  "account.under_attack": {
    en: "Many failed logins on the account {user} since {sinceAt}",
    ar: "محاولات دخول فاشلة كثيرة على الحساب {user} منذ {sinceAt}",
  },
};

/** A notice's one line in `language`, its instants written in the mission's time zone. */
export function renderNotification(
  kind: NotificationKind,
  params: NotificationParams,
  language: Language,
  timeZone: string,
): string {
  return SUBJECTS[kind][language].replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = params[name] ?? "";
    if (name.endsWith("EndAt") && v) return formatDayEnding(v, language, timeZone);
    return name.endsWith("At") && v ? instantIn(v, language, timeZone) : v;
  });
}

function instantIn(iso: string, language: Language, timeZone: string): string {
  return `${formatInstant(iso, language, timeZone)} (${timeZone})`;
}

/** The day an instant ends, a deadline day's end being its next midnight: "31 Jan 2021". */
function formatDayEnding(iso: string, language: Language, timeZone: string): string {
  return formatDay(new Date(Date.parse(iso) - 1), language, timeZone, "short");
}

/** The headers a webhook delivery carries: the signature covers `${timestamp}.${body}`. */
export const SIGNATURE_HEADER = "x-cfm-signature";
export const TIMESTAMP_HEADER = "x-cfm-timestamp";

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does (docs/webhooks.md): recompute and compare in constant time. */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The wait before delivery attempt n+1 (n ≥ 1): 30 s, 1 min, 2 min, 4 min… capped at 1 hour. */
export function webhookBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);
}
/** Attempts before a delivery is failed for good. */
export const WEBHOOK_MAX_ATTEMPTS = 6;
