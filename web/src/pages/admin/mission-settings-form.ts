/**
 * The mission settings form (PATCH /mission/settings), as plain values: read from the mission,
 * checked field by field before sending, and the server's refusal told field by field.
 */
import {
  DEFAULT_DAILY_REPORT_CUTOFF,
  isWallTime,
  MAX_REPLY_WINDOW_HOURS,
  MISSION_LANGUAGES,
} from "../../../../src/domain/mission.js";
import { ApiError } from "../../api/client.js";
import type { UiLanguage } from "../../i18n/index.js";

export const LANGUAGES: readonly UiLanguage[] = MISSION_LANGUAGES;

/** The settings as the mission has them (GET /mission). */
export interface MissionSettings {
  languages: readonly string[];
  timeZone: string;
  replyWindowHours: number;
  releaseRules: Readonly<Record<string, unknown>>;
  /** What the mandate says about the mandating body (decision 0017). */
  mandate?: {
    mandatingBody?: { en: string; ar: string } | null;
    referralAllowed?: boolean;
  };
  /** The daily report's cut-off, "HH:MM" in the mission's zone (decision 0022). */
  dailyReportCutoff?: string;
}

export interface SettingsForm {
  /** The working languages, in the mission's order. */
  languages: UiLanguage[];
  /** The first working language: the interface's default. */
  firstLanguage: UiLanguage;
  timeZone: string;
  replyWindowHours: string;
  partiesFirst: boolean;
  publicDelayHours: string;
  /** The mandating body's name in both languages (both empty: none). */
  mandatingBody: { en: string; ar: string };
  referralAllowed: boolean;
  /** "19:30": a day's report covers the 24 hours ending then. */
  dailyReportCutoff: string;
}

export type SettingsField =
  | "languages"
  | "timeZone"
  | "replyWindowHours"
  | "partiesFirst"
  | "publicDelayHours"
  | "mandatingBody"
  | "referralAllowed"
  | "dailyReportCutoff";

/** Why a field cannot be sent as typed. */
export type FieldProblem =
  | { kind: "noLanguage" }
  | { kind: "unknownZone" }
  /** The mandating body is named in one language only. */
  | { kind: "bothNames" }
  /** Referral allowed to a mandating body that is not named. */
  | { kind: "nameTheBody" }
  /** A whole number of hours from `min` (to `max`, when there is one). */
  | { kind: "wholeHours"; min: number; max?: number }
  /** Not a time of day on the 24-hour clock. */
  | { kind: "timeOfDay" }
  /** The server refused it; its own words are the technical detail. */
  | { kind: "refused"; message: string };

export type Problems = Partial<Record<SettingsField, FieldProblem>>;

const isUiLanguage = (l: string): l is UiLanguage => (LANGUAGES as readonly string[]).includes(l);

export function formOf(mission: MissionSettings): SettingsForm {
  const languages = mission.languages.filter(isUiLanguage);
  const rules = mission.releaseRules;
  return {
    languages,
    firstLanguage: languages[0] ?? "ar",
    timeZone: mission.timeZone,
    replyWindowHours: String(mission.replyWindowHours),
    partiesFirst: rules.partiesFirst !== false,
    publicDelayHours:
      typeof rules.publicDelayHours === "number" ? String(rules.publicDelayHours) : "0",
    mandatingBody: {
      en: mission.mandate?.mandatingBody?.en ?? "",
      ar: mission.mandate?.mandatingBody?.ar ?? "",
    },
    referralAllowed: mission.mandate?.referralAllowed === true,
    dailyReportCutoff: mission.dailyReportCutoff ?? DEFAULT_DAILY_REPORT_CUTOFF,
  };
}

function wholeHours(typed: string, min: number, max = Infinity): number | null {
  const s = typed.trim();
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** "7:30", "07:30" or "0730" as "07:30"; null when it is no time of day. */
function timeOfDay(typed: string): string | null {
  const m = /^(\d{1,2}):?(\d{2})$/.exec(typed.trim());
  if (!m) return null;
  const hhmm = `${m[1]!.padStart(2, "0")}:${m[2]}`;
  return isWallTime(hhmm) ? hhmm : null;
}

/** The PATCH body; release rules the form does not show are sent back as they were. */
export interface SettingsBody {
  languages: UiLanguage[];
  timeZone: string;
  replyWindowHours: number;
  releaseRules: Record<string, unknown>;
  mandate: {
    mandatingBody: { en: string; ar: string } | null;
    referralAllowed: boolean;
  };
  dailyReportCutoff: string;
}

/**
 * The body to send, or each field's problem. `zones` are the time zones this browser knows
 * (Intl.supportedValuesOf); the mission's own zone is accepted even when the browser lacks it.
 */
export function checkSettings(
  form: SettingsForm,
  mission: MissionSettings,
  zones: readonly string[],
): { ok: true; body: SettingsBody } | { ok: false; problems: Problems } {
  const problems: Problems = {};
  const chosen = LANGUAGES.filter((l) => form.languages.includes(l));
  if (chosen.length === 0) problems.languages = { kind: "noLanguage" };
  if (form.timeZone !== mission.timeZone && !zones.includes(form.timeZone))
    problems.timeZone = { kind: "unknownZone" };
  const reply = wholeHours(form.replyWindowHours, 1, MAX_REPLY_WINDOW_HOURS);
  if (reply === null)
    problems.replyWindowHours = { kind: "wholeHours", min: 1, max: MAX_REPLY_WINDOW_HOURS };
  const delay = wholeHours(form.publicDelayHours, 0);
  if (delay === null) problems.publicDelayHours = { kind: "wholeHours", min: 0 };
  const en = form.mandatingBody.en.trim();
  const ar = form.mandatingBody.ar.trim();
  if (Boolean(en) !== Boolean(ar)) problems.mandatingBody = { kind: "bothNames" };
  else if (form.referralAllowed && !en) problems.referralAllowed = { kind: "nameTheBody" };
  const cutoff = timeOfDay(form.dailyReportCutoff);
  if (cutoff === null) problems.dailyReportCutoff = { kind: "timeOfDay" };
  if (Object.keys(problems).length > 0 || reply === null || delay === null || cutoff === null)
    return { ok: false, problems };
  const first = chosen.includes(form.firstLanguage) ? form.firstLanguage : chosen[0]!;
  return {
    ok: true,
    body: {
      languages: [first, ...chosen.filter((l) => l !== first)],
      timeZone: form.timeZone,
      replyWindowHours: reply,
      releaseRules: {
        ...mission.releaseRules,
        partiesFirst: form.partiesFirst,
        publicDelayHours: delay,
      },
      mandate: {
        mandatingBody: en && ar ? { en, ar } : null,
        referralAllowed: form.referralAllowed,
      },
      dailyReportCutoff: cutoff,
    },
  };
}

const FIELDS: readonly SettingsField[] = [
  "languages",
  "timeZone",
  "replyWindowHours",
  "partiesFirst",
  "publicDelayHours",
  "mandatingBody",
  "referralAllowed",
  "dailyReportCutoff",
];

/** The field a refusal names ("releaseRules.publicDelayHours", "timeZone"), if it is one of ours. */
function fieldNamed(path: unknown): SettingsField | null {
  if (typeof path !== "string") return null;
  const last = path.split(".").filter((p) => !/^\d+$/.test(p));
  const name = last[0] === "releaseRules" || last[0] === "mandate" ? last[1] : last[0];
  return FIELDS.find((f) => f === name) ?? null;
}

/**
 * The server's refusal, field by field: a request the schema refused lists its issues, a rule
 * the service refused names its field in the details. Empty when it names none of ours.
 */
export function refusedFields(error: unknown): Problems {
  if (!(error instanceof ApiError)) return {};
  const details = (error.details ?? {}) as { issues?: unknown; field?: unknown };
  const problems: Problems = {};
  const issues = Array.isArray(details.issues) ? details.issues : [];
  for (const issue of issues as { field?: unknown; message?: unknown }[]) {
    const field = fieldNamed(issue.field);
    if (field && !problems[field])
      problems[field] = { kind: "refused", message: String(issue.message ?? error.message) };
  }
  const named = fieldNamed(details.field);
  if (named && !problems[named]) problems[named] = { kind: "refused", message: error.message };
  return problems;
}

/** The time zones to offer: the browser's list, with the mission's own zone in it. */
export function zoneChoices(supported: readonly string[], current: string): string[] {
  return supported.includes(current) ? [...supported] : [current, ...supported];
}
