/**
 * The mission a database serves, as data (issue 12): its names, working languages, time zone,
 * reply window, release rules and joint body. Created from a mission profile (missions/<name>/)
 * and changed by an administrator through its settings; nothing of it is a constant in code.
 */
import type { InterfaceLanguage } from "./interface-language.js";
import { mandateProblems, type Mandate } from "./enforcement.js";
import type { BBox } from "./geo/geojson.js";

export interface Bilingual {
  en: string;
  ar: string;
}

/** Rules of releasing findings; keys beyond these are kept as the holder wrote them. */
export interface ReleaseRules {
  /** The parties see a finding before the public does. */
  partiesFirst?: boolean;
  /** Hours between the parties' release and the public one. */
  publicDelayHours?: number;
  [key: string]: unknown;
}

/**
 * The earliest instant a finding may be released to the public under the mission's rules: when
 * the parties come first, not before their release of the same finding plus the delay; null when
 * the parties have not had it yet (the public release is refused until they have).
 */
export function earliestPublicRelease(
  rules: ReleaseRules,
  partiesReleaseAt: Date | null,
): Date | null {
  if (!rules.partiesFirst) return new Date(0);
  if (!partiesReleaseAt) return null;
  return new Date(partiesReleaseAt.getTime() + (rules.publicDelayHours ?? 0) * 3600_000);
}

/**
 * The instant the public's view of the commitments stands at (decision 0015): the parties read a
 * change of their obligations the moment it is made, so under the same rule as findings a change
 * made at `t` is the public's from `earliestPublicRelease(rules, t)` on. The public therefore
 * sees the register as it stood `publicDelayHours` ago when the parties come first, and as it
 * stands when they do not.
 */
export function publicViewAsOf(rules: ReleaseRules, now: Date): Date {
  if (!rules.partiesFirst) return now;
  return new Date(now.getTime() - (rules.publicDelayHours ?? 0) * 3600_000);
}

/** What an administrator may change after the mission is created. */
export interface MissionSettings {
  /** Working languages; the first is the default interface language. */
  languages: InterfaceLanguage[];
  /** IANA time zone: mission days (dashboard, exports) are calendar days there. */
  timeZone: string;
  /** How long a party has to reply to a released finding. */
  replyWindowHours: number;
  releaseRules: ReleaseRules;
  /** The mandating body and whether cases may be referred to it (decision 0017). */
  mandate: Mandate;
  /**
   * The daily report's cut-off, "HH:MM" in the mission's time zone: a day's report covers the 24
   * hours ending then (decision 0022). Absent in a profile: 19:30.
   */
  dailyReportCutoff?: string;
}

/** The parties' joint body (the 5+5 JMC, the RCC): its name and make-up, from the profile. */
interface JointBody {
  code: string;
  name: Bilingual;
  /** Who chairs its meetings (the RCC: the United Nations); null when the profile does not say. */
  chair: Bilingual | null;
  /** The parties whose delegations sit on it, in the profile's order. */
  delegations: string[];
}

export interface Mission extends MissionSettings {
  code: string;
  name: Bilingual;
  authoritativeLanguage: InterfaceLanguage;
  jointBody: JointBody;
  /** [west, south, east, north] of the outline. */
  bbox: BBox;
  /**
   * The credits of the profile's geographic data (outline, districts, gazetteer), as the map
   * shows them; in both languages.
   */
  attribution: Bilingual[];
  /** The profile folder it was created from. */
  profile: string;
  createdAt: Date;
  updatedAt: Date;
}

export const MISSION_LANGUAGES: readonly InterfaceLanguage[] = ["ar", "en"];
/** The longest reply window a mission may set: thirty days. */
export const MAX_REPLY_WINDOW_HOURS = 720;
/**
 * The longest delay a mission may set between the parties' release and the public's: a year.
 * Beyond some such bound the public's view would stand at an instant no database can hold.
 */
export const MAX_PUBLIC_DELAY_HOURS = 8760;

/** A problem with a setting: the field (JSON path, dotted) and what is wrong with it. */
export interface SettingProblem {
  field: string;
  message: string;
}

/** Whether `zone` is an IANA time zone this runtime knows (e.g. "Asia/Aden"). */
function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every problem of the settings given (a partial change is checked field by field). */
export function settingsProblems(
  s: Partial<Record<keyof MissionSettings, unknown>>,
): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const say = (field: string, message: string) => problems.push({ field, message });
  if (s.languages !== undefined) {
    const l = s.languages;
    if (!Array.isArray(l) || l.length === 0) {
      say("languages", 'languages must be a non-empty list, e.g. ["ar", "en"]');
    } else {
      l.forEach((x, i) => {
        if (!MISSION_LANGUAGES.includes(x as InterfaceLanguage)) {
          say(
            `languages.${i}`,
            `language ${JSON.stringify(x)} is not one of ${MISSION_LANGUAGES.join(", ")}`,
          );
        }
      });
      if (new Set(l).size !== l.length) say("languages", "languages must not repeat a language");
    }
  }
  if (s.timeZone !== undefined && !isTimeZone(s.timeZone)) {
    say(
      "timeZone",
      `timeZone ${JSON.stringify(s.timeZone)} is not an IANA time zone (e.g. "Asia/Aden")`,
    );
  }
  if (s.replyWindowHours !== undefined) {
    const h = s.replyWindowHours;
    if (typeof h !== "number" || !Number.isInteger(h) || h < 1 || h > MAX_REPLY_WINDOW_HOURS) {
      say(
        "replyWindowHours",
        `replyWindowHours must be a whole number of hours from 1 to ${MAX_REPLY_WINDOW_HOURS}`,
      );
    }
  }
  if (s.releaseRules !== undefined) problems.push(...releaseRuleProblems(s.releaseRules));
  if (s.mandate !== undefined) problems.push(...mandateProblems(s.mandate));
  if (s.dailyReportCutoff !== undefined && !isWallTime(s.dailyReportCutoff)) {
    say("dailyReportCutoff", 'dailyReportCutoff must be a time of day "HH:MM", e.g. "19:30"');
  }
  return problems;
}

function releaseRuleProblems(r: unknown): SettingProblem[] {
  if (typeof r !== "object" || r === null || Array.isArray(r)) {
    return [{ field: "releaseRules", message: "releaseRules must be an object" }];
  }
  const rules = r as ReleaseRules;
  const problems: SettingProblem[] = [];
  if (rules.partiesFirst !== undefined && typeof rules.partiesFirst !== "boolean") {
    problems.push({
      field: "releaseRules.partiesFirst",
      message: "partiesFirst must be true or false",
    });
  }
  const d = rules.publicDelayHours;
  if (
    d !== undefined &&
    (typeof d !== "number" || !Number.isInteger(d) || d < 0 || d > MAX_PUBLIC_DELAY_HOURS)
  ) {
    problems.push({
      field: "releaseRules.publicDelayHours",
      message: `publicDelayHours must be a whole number of hours from 0 to ${MAX_PUBLIC_DELAY_HOURS} (a year)`,
    });
  }
  return problems;
}

/** The mission's reply window in milliseconds. */
export function replyWindowMs(mission: Pick<MissionSettings, "replyWindowHours">): number {
  return mission.replyWindowHours * 3_600_000;
}

// Territorial waters and offshore platforms reach beyond the land outline.
const AREA_MARGIN_DEG = 0.5;

/** The box geometry must lie in: the outline's box with a margin (see validateGeometry). */
export function missionArea(bbox: BBox): BBox {
  const [w, s, e, n] = bbox;
  return [w - AREA_MARGIN_DEG, s - AREA_MARGIN_DEG, e + AREA_MARGIN_DEG, n + AREA_MARGIN_DEG];
}

/** The daily report's cut-off when the mission has not set one (the SMM's 19:30). */
export const DEFAULT_DAILY_REPORT_CUTOFF = "19:30";

/** A time of day "HH:MM" on the 24-hour clock. */
export function isWallTime(v: unknown): v is string {
  return typeof v === "string" && /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(v);
}
