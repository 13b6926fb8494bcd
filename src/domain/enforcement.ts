/**
 * The enforcement ladder after a finding of violation (issue 13 item 5, decision 0017): a formal
 * notice to the responsible party once the finding was released to the parties, the party's
 * response before a deadline (or none by then), referral to the joint commission's agenda, the
 * commission's decision, and, where the mandate allows, referral to the mandating body.
 *
 * Steps are append-only; the order is a table of allowed next steps; who reads which step is a
 * pure rule here, applied by the service to every read.
 */
import type { Role } from "./roles.js";
import type { Language } from "./taxonomy.js";
import { dayEndIso } from "./wall-time.js";

export const STEP_KINDS = [
  "notice",
  "response",
  "commission_referral",
  "commission_decision",
  "mandating_body_referral",
  "correction",
] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** The steps that move the ladder (a correction does not: it amends the record of one). */
export type LadderKind = Exclude<StepKind, "correction">;

/**
 * The allowed next steps after the last ladder step. A party may add to its response (a further
 * response) until the deadline; the commission may record a later decision (a decision is never
 * edited); referral to the mandating body ends the ladder.
 */
export const NEXT_STEPS: Readonly<Record<LadderKind, readonly LadderKind[]>> = {
  notice: ["response", "commission_referral"],
  response: ["response", "commission_referral"],
  commission_referral: ["commission_decision"],
  commission_decision: ["commission_decision", "mandating_body_referral"],
  mandating_body_referral: [],
};

export interface EnforcementStep {
  id: string;
  noticeId: string;
  seq: number;
  incidentId: string;
  kind: StepKind;
  party: string;
  releaseId: string;
  findingId: string;
  findingVersion: number;
  provisions: string[];
  deadlineDay: string | null;
  deadlineAt: Date | null;
  textEn: string;
  textAr: string;
  language: Language;
  agendaItemId: string | null;
  /** The commission meeting whose agenda holds the referral (read with the step). */
  agenda?: { meetingId: string; meetingReference: string } | null;
  /**
   * The joint commission's decision a commission_decision step records, co-signed by each
   * delegation's head and in effect; null when the commission decided outside the platform.
   */
  decisionId: string | null;
  /** That decision as cited: its words and meeting (read with the step). */
  decision?: CitedDecision | null;
  correctsStepId: string | null;
  createdBy: string;
  createdAt: Date;
}

/** A commission decision as a step of the ladder cites it. */
export interface CitedDecision {
  id: string;
  meetingId: string;
  meetingReference: string;
  version: number;
  textEn: string;
  textAr: string;
  effectiveAt: Date | null;
}

/** The last step that moved the ladder. */
export function ladderPosition(steps: readonly Pick<EnforcementStep, "kind">[]): LadderKind {
  const moving = steps.filter((s) => s.kind !== "correction");
  return (moving[moving.length - 1]?.kind ?? "notice") as LadderKind;
}

/** Null when `kind` may follow `steps`; otherwise what is allowed instead. */
export function illegalStep(
  steps: readonly EnforcementStep[],
  kind: LadderKind,
): { after: LadderKind; allowed: readonly LadderKind[] } | null {
  const after = ladderPosition(steps);
  const allowed = NEXT_STEPS[after];
  return allowed.includes(kind) ? null : { after, allowed };
}

/**
 * Where the party's response stands: awaiting it before the deadline, received, or none by the
 * deadline — computed on read from the steps and the clock (no job: nothing is written when a
 * deadline passes, so nothing can be missed or done twice).
 */
export type ResponseStatus = "awaiting" | "responded" | "no_response";

export function responseStatus(steps: readonly EnforcementStep[], now: Date): ResponseStatus {
  if (steps.some((s) => s.kind === "response")) return "responded";
  const notice = steps.find((s) => s.kind === "notice");
  return notice?.deadlineAt && now.getTime() > notice.deadlineAt.getTime()
    ? "no_response"
    : "awaiting";
}

/**
 * The reminder before a notice's response deadline: this long before its end (the deadline day's
 * start, give or take a daylight-saving hour), to the notified party's liaisons and the chief.
 */
export const NOTICE_REMINDER_LEAD_MS = 24 * 3_600_000;

/** Stage of a notice for lists: open until the commission decides. */
export function isOpen(steps: readonly EnforcementStep[]): boolean {
  const at = ladderPosition(steps);
  return at === "notice" || at === "response" || at === "commission_referral";
}

/**
 * Who records a step of this kind on a notice to `party` (decision 0017): the notified party's
 * liaisons respond; the chief, or the joint body's chair (a commission member of no party),
 * records the commission's decision; the chief everything else. A correction is recorded by whoever
 * may record the kind it corrects; a notice, issued by the chief only, is corrected by the chief.
 */
export function mayRecordStep(
  who: { role: Role; party: string | null },
  kind: LadderKind,
  party: string,
  correcting = false,
): boolean {
  switch (kind) {
    case "response":
      return who.role === "liaison" && who.party === party;
    case "commission_decision":
      return who.role === "chief" || (who.role === "commission" && who.party === null);
    case "notice":
      return correcting && who.role === "chief";
    default:
      return who.role === "chief";
  }
}

/**
 * Whether `who` may record any step at all on a notice to `party`: the notified party's liaisons,
 * the chief, the joint body's chair. Anyone else is refused before the step it names is looked
 * at, so that naming a step it may not read (the response, for the other party) answers exactly
 * as naming one that does not exist.
 */
export function mayRecordAnyStep(
  who: { role: Role; party: string | null },
  party: string,
): boolean {
  return (Object.keys(NEXT_STEPS) as LadderKind[]).some((kind) => mayRecordStep(who, kind, party));
}

/** Who reads enforcement steps (decision 0017). */
export interface EnforcementViewer {
  role: Role;
  party: string | null;
  /** A mission case role (intake, analyst, reviewer, chief): reads everything. */
  mission: boolean;
}

/** The notified party's own users: its liaisons and its commission members. */
function ofNotifiedParty(v: EnforcementViewer, party: string): boolean {
  return v.party === party && (v.role === "liaison" || v.role === "commission");
}

/**
 * Whether the viewer reads the party's response (and its corrections): the mission, the notified
 * party, and the joint commission's chair once the case was referred. Never the other party — not
 * even whether a response came.
 */
export function readsResponse(v: EnforcementViewer, party: string): boolean {
  return v.mission || ofNotifiedParty(v, party) || (v.role === "commission" && v.party === null);
}

/**
 * Whether the viewer reads the notice at all (the incident and its release being visible to it):
 * the mission and both parties' liaisons; the commission once the case was referred to it.
 */
function readsNotice(v: EnforcementViewer, steps: readonly EnforcementStep[]): boolean {
  if (v.mission || v.role === "liaison") return true;
  return v.role === "commission" && steps.some((s) => s.kind === "commission_referral");
}

/**
 * The steps of one notice this viewer reads (all of them, or none when the notice is hidden).
 * Where steps are hidden, the others are numbered as this viewer reads them (1, 2, …): a gap in
 * the numbers would tell the other party that a response came.
 */
export function visibleSteps(
  v: EnforcementViewer,
  steps: readonly EnforcementStep[],
): EnforcementStep[] {
  if (!readsNotice(v, steps)) return [];
  const hidden = new Set(
    readsResponse(v, steps[0]?.party ?? "")
      ? []
      : steps.filter((s) => s.kind === "response").map((s) => s.id),
  );
  // A correction of a hidden step is hidden with it.
  const shown = steps.filter(
    (s) => !hidden.has(s.id) && !(s.correctsStepId && hidden.has(s.correctsStepId)),
  );
  return shown.length === steps.length ? shown : shown.map((s, i) => ({ ...s, seq: i + 1 }));
}

/**
 * The deadline of a notice: the last instant of the calendar day `day` ("YYYY-MM-DD") in the
 * mission's time zone; null when the day is not on the calendar.
 */
export function deadlineEnd(day: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const iso = dayEndIso(day, timeZone);
  return iso ? new Date(iso) : null;
}

/** What the mandate says about the mandating body (a mission setting). */
export interface Mandate {
  mandatingBody?: { en: string; ar: string } | null;
  /** Whether the mission may refer a case to the mandating body. */
  referralAllowed?: boolean;
}

/** Problems of a mandate setting, field by field ("mandate.mandatingBody.en"). */
export function mandateProblems(m: unknown): { field: string; message: string }[] {
  if (typeof m !== "object" || m === null || Array.isArray(m)) {
    return [{ field: "mandate", message: "mandate must be an object" }];
  }
  const out: { field: string; message: string }[] = [];
  const { mandatingBody: body, referralAllowed } = m as Mandate;
  if (referralAllowed !== undefined && typeof referralAllowed !== "boolean") {
    out.push({
      field: "mandate.referralAllowed",
      message: "referralAllowed must be true or false",
    });
  }
  if (body !== undefined && body !== null) {
    for (const lang of ["en", "ar"] as const) {
      if (typeof body[lang] !== "string" || !body[lang].trim()) {
        out.push({
          field: `mandate.mandatingBody.${lang}`,
          message: `the mandating body's name in ${lang === "en" ? "English" : "Arabic"} is required`,
        });
      }
    }
  }
  if (referralAllowed === true && !body) {
    out.push({
      field: "mandate.mandatingBody",
      message: "name the mandating body before allowing referrals to it",
    });
  }
  return out;
}
