/**
 * Commitments and confidence-building measures (domain.md §9; decision 0015). Pure: the types,
 * the status machine, deadlines (absolute, or relative to a named anchor event, in the mission's
 * time zone), phases of a timetable and the dependency graph (a cycle is refused).
 *
 * Status machine ("sweep" = only the overdue job; "future" = only while the earliest unmet
 * deadline is still ahead, otherwise the job would mark it overdue again at once):
 *
 * | from \ to     | not_started | in_progress | partially_met | met | overdue | reversed | suspended |
 * |---------------|-------------|-------------|---------------|-----|---------|----------|-----------|
 * | not_started   |             | yes         | yes           | yes | sweep   |          | yes       |
 * | in_progress   |             |             | yes           | yes | sweep   | yes      | yes       |
 * | partially_met |             | yes         |               | yes | sweep   | yes      | yes       |
 * | met           |             |             |               |     |         | yes      |           |
 * | overdue       |             | future      | future        | yes |         | yes      | yes       |
 * | reversed      |             | yes         | yes           | yes | sweep   |          | yes       |
 * | suspended     | yes         | yes         | yes           | yes |         |          |           |
 */
import { DomainError } from "./errors.js";
import type { SourceGrade } from "./incidents.js";
import type { Role } from "./roles.js";
import { addDays, endOfDayInZone, isCalendarDay, type CalendarDay } from "./zoned-days.js";

export const COMMITMENT_TYPES = [
  "withdrawal",
  "departure_foreign_forces",
  "exchange_detainees",
  "exchange_remains",
  "reopen_route",
  "reopen_flights",
  "demining",
  "hotline",
  "local_ceasefire_window",
  "media_conduct",
  "institutional",
  "disarmament",
] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

export const COMMITMENT_STATUSES = [
  "not_started",
  "in_progress",
  "partially_met",
  "met",
  "overdue",
  "reversed",
  "suspended",
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Statuses in which a commitment still owes something by its deadline (the sweep's). */
export const OPEN_STATUSES: readonly CommitmentStatus[] = [
  "not_started",
  "in_progress",
  "partially_met",
  "reversed",
];

/** What an observation may show of the work. */
export const OBSERVED_STATUSES = ["in_progress", "partially_met", "met", "reversed"] as const;

export const PHASE_STATUSES = ["pending", "met"] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** Who enters and edits commitments, and moves their status: the chief and the analysts. */
export const COMMITMENT_EDITORS: readonly Role[] = ["chief", "analyst"];
/** Who records progress observations. */
export const OBSERVERS: readonly Role[] = ["monitor", "analyst", "chief", "commission"];
/** Who reads commitments (party users only their own party's and the public ones). */
export const COMMITMENT_READERS: readonly Role[] = [
  "intake",
  "monitor",
  "analyst",
  "reviewer",
  "chief",
  "liaison",
  "commission",
];

type Move = "yes" | "sweep" | "future";
const MOVES: Record<CommitmentStatus, Partial<Record<CommitmentStatus, Move>>> = {
  not_started: {
    in_progress: "yes",
    partially_met: "yes",
    met: "yes",
    overdue: "sweep",
    suspended: "yes",
  },
  in_progress: {
    partially_met: "yes",
    met: "yes",
    overdue: "sweep",
    reversed: "yes",
    suspended: "yes",
  },
  partially_met: {
    in_progress: "yes",
    met: "yes",
    overdue: "sweep",
    reversed: "yes",
    suspended: "yes",
  },
  met: { reversed: "yes" },
  overdue: {
    in_progress: "future",
    partially_met: "future",
    met: "yes",
    reversed: "yes",
    suspended: "yes",
  },
  reversed: {
    in_progress: "yes",
    partially_met: "yes",
    met: "yes",
    overdue: "sweep",
    suspended: "yes",
  },
  suspended: { not_started: "yes", in_progress: "yes", partially_met: "yes", met: "yes" },
};

/** Throws unless a person may move a commitment from `from` to `to` now. */
export function checkStatusMove(
  from: CommitmentStatus,
  to: CommitmentStatus,
  ctx: { dueAt: Date | null; now: Date },
): void {
  const move = MOVES[from][to];
  if (move === "yes") return;
  if (move === "future" && (ctx.dueAt === null || ctx.dueAt.getTime() > ctx.now.getTime())) return;
  const allowed = (Object.keys(MOVES[from]) as CommitmentStatus[]).filter(
    (s) => MOVES[from][s] === "yes",
  );
  throw new DomainError(
    "commitment_transition_not_allowed",
    to === "overdue"
      ? "A commitment becomes overdue when its deadline passes; the deadline job marks it."
      : move === "future"
        ? `An overdue commitment whose deadline has passed cannot be "${to}"; it can be met, reversed or suspended, or its deadline changed.`
        : `A commitment that is "${from}" cannot become "${to}"; it can become ${allowed.join(", ") || "nothing else"}.`,
    { field: "status", from, to },
  );
}

/** The statuses a person may move a commitment to now (what the page offers). */
export function allowedStatusMoves(
  from: CommitmentStatus,
  ctx: { dueAt: Date | null; now: Date },
): CommitmentStatus[] {
  return COMMITMENT_STATUSES.filter((to) => {
    try {
      checkStatusMove(from, to, ctx);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * "Due soon" reminders: this many days before a commitment's earliest unmet deadline, each sent
 * once per deadline; a commitment entered closer to its deadline gets only the nearer ones.
 */
export const DUE_SOON_LEAD_DAYS: readonly number[] = [7, 1];

/** Whether the overdue job may mark a commitment in `status` overdue. */
export function sweepable(status: CommitmentStatus): boolean {
  return MOVES[status].overdue === "sweep";
}

// ── Deadlines ────────────────────────────────────────────────────────────────

/** A deadline day: a calendar date, or a number of days after a named anchor event ("D+90"). */
export type DayRef = { date: CalendarDay } | { anchor: string; offsetDays: number };

/** Anchor events by code: their day, or null when the event has not happened yet. */
export type Anchors = ReadonlyMap<string, CalendarDay | null>;

export function checkDayRef(ref: DayRef, field: string, anchors: Anchors): void {
  if ("date" in ref) {
    if (!isCalendarDay(ref.date))
      throw invalid(field, `${field} must be a date written YYYY-MM-DD.`);
    return;
  }
  if (!anchors.has(ref.anchor)) {
    throw new DomainError(
      "commitment_anchor_not_found",
      `${field}: there is no anchor event "${ref.anchor}"; add it first (e.g. D, the signature).`,
      { field, anchor: ref.anchor },
    );
  }
  if (!Number.isInteger(ref.offsetDays) || Math.abs(ref.offsetDays) > 3650)
    throw invalid(field, `${field}: the offset must be a whole number of days (at most 3650).`);
}

/** The day a reference names, or null while its anchor has no date. */
function resolveDay(ref: DayRef, anchors: Anchors): CalendarDay | null {
  if ("date" in ref) return ref.date;
  const day = anchors.get(ref.anchor);
  return day ? addDays(day, ref.offsetDays) : null;
}

/** "D+90", "D-2", "D", or the date itself. */
function dayRefLabel(ref: DayRef): string {
  if ("date" in ref) return ref.date;
  if (ref.offsetDays === 0) return ref.anchor;
  return `${ref.anchor}${ref.offsetDays > 0 ? "+" : "−"}${Math.abs(ref.offsetDays)}`;
}

export interface Phase {
  key: string;
  titleEn: string;
  titleAr: string;
  deadline: DayRef;
  status: PhaseStatus;
}

/** What of a commitment its deadlines depend on. */
export interface DeadlineSpec {
  deadline: DayRef | null;
  startBy: DayRef | null;
  completeWithinDays: number | null;
  /** The day (mission zone) work started, for "complete within N days of the start". */
  startedOn: CalendarDay | null;
  status: CommitmentStatus;
  phases: readonly Phase[];
}

/** One deadline of a commitment, resolved to its day and the instant it is over. */
export interface ResolvedDeadline {
  /** null: the commitment's completion; "start": its start-by; else the phase's key. */
  of: string | null;
  label: string;
  day: CalendarDay | null;
  dueAt: Date | null;
  met: boolean;
}

/** The day the whole commitment must be complete by. */
function completionDay(s: DeadlineSpec, anchors: Anchors): CalendarDay | null {
  if (s.deadline) return resolveDay(s.deadline, anchors);
  // "Complete within N days of the start": of the real start, or of the latest allowed one.
  const start = s.startedOn ?? (s.startBy ? resolveDay(s.startBy, anchors) : null);
  return start && s.completeWithinDays ? addDays(start, s.completeWithinDays) : null;
}

/** Every deadline of a commitment, in the mission's time zone. */
export function resolveDeadlines(
  s: DeadlineSpec,
  anchors: Anchors,
  timeZone: string,
): ResolvedDeadline[] {
  const at = (day: CalendarDay | null) => (day ? endOfDayInZone(day, timeZone) : null);
  const out: ResolvedDeadline[] = [];
  if (s.startBy) {
    const day = resolveDay(s.startBy, anchors);
    const started = s.startedOn !== null || s.status === "met";
    out.push({ of: "start", label: dayRefLabel(s.startBy), day, dueAt: at(day), met: started });
  }
  for (const p of s.phases) {
    const day = resolveDay(p.deadline, anchors);
    out.push({
      of: p.key,
      label: dayRefLabel(p.deadline),
      day,
      dueAt: at(day),
      met: p.status === "met" || s.status === "met",
    });
  }
  const day = completionDay(s, anchors);
  const label = s.deadline
    ? dayRefLabel(s.deadline)
    : `${s.startedOn ?? dayRefLabel(s.startBy!)}+${s.completeWithinDays}`;
  out.push({ of: null, label, day, dueAt: at(day), met: s.status === "met" });
  return out;
}

/** The earliest deadline not yet met: what the overdue job watches. */
export function nextDue(
  s: DeadlineSpec,
  anchors: Anchors,
  timeZone: string,
): { dueAt: Date; of: string | null } | null {
  let best: { dueAt: Date; of: string | null } | null = null;
  for (const d of resolveDeadlines(s, anchors, timeZone)) {
    if (d.met || !d.dueAt) continue;
    if (!best || d.dueAt.getTime() < best.dueAt.getTime()) best = { dueAt: d.dueAt, of: d.of };
  }
  return best;
}

// ── Dependencies ─────────────────────────────────────────────────────────────

/**
 * Throws when making `id` depend on `dependsOn` would close a cycle in `graph` (each commitment's
 * current dependencies). The error names the cycle, e.g. A → B → A.
 */
export function checkNoCycle(
  graph: ReadonlyMap<string, readonly string[]>,
  id: string,
  dependsOn: readonly string[],
  labelOf: (id: string) => string = (x) => x,
): void {
  // A cycle exists when `id` is reachable from one of its new dependencies.
  const parent = new Map<string, string>();
  const stack = [...new Set(dependsOn)];
  for (const d of stack) parent.set(d, id);
  while (stack.length) {
    const node = stack.pop()!;
    if (node === id) {
      const path = [id];
      let at = parent.get(id)!;
      while (at !== id) {
        path.push(at);
        at = parent.get(at)!;
      }
      path.push(id);
      throw new DomainError(
        "commitment_dependency_cycle",
        `These dependencies would make a cycle: ${path.reverse().map(labelOf).join(" ← ")}. A commitment cannot wait, directly or not, for itself.`,
        { field: "dependsOn", cycle: path },
      );
    }
    for (const next of graph.get(node) ?? []) {
      if (!parent.has(next)) {
        parent.set(next, node);
        stack.push(next);
      }
    }
  }
}

// ── Content ──────────────────────────────────────────────────────────────────

function invalid(field: string, message: string): DomainError {
  return new DomainError("validation_failed", message, { field });
}

/** A text people write in the mission's languages: at least one of the two. */
export function checkBilingual(en: string, ar: string, field: string, what: string): void {
  if (en.trim() === "" && ar.trim() === "")
    throw invalid(field, `Give the ${what} in Arabic, in English, or both.`);
}

/** Phase keys are unique and each phase has a title. */
export function checkPhases(phases: readonly Phase[], anchors: Anchors): void {
  const seen = new Set<string>();
  phases.forEach((p, i) => {
    if (seen.has(p.key))
      throw invalid("phases", `Phase ${i + 1}: the key "${p.key}" is used twice.`);
    seen.add(p.key);
    checkBilingual(p.titleEn, p.titleAr, `phases.${i}.title`, `title of phase ${i + 1}`);
    checkDayRef(p.deadline, `phases.${i}.deadline`, anchors);
  });
}

/** A deadline is a day, or a start-by day with "complete within N days of the start". */
export function checkDeadlineShape(s: {
  deadline: DayRef | null;
  startBy: DayRef | null;
  completeWithinDays: number | null;
}): void {
  if (!s.deadline && !s.completeWithinDays)
    throw invalid(
      "deadline",
      "Give a deadline (a date or an offset from an anchor event), or a start-by deadline with the number of days to complete it in.",
    );
  if (s.completeWithinDays && !s.startBy)
    throw invalid("startBy", "“Complete within N days of the start” needs a start-by deadline.");
}

// ── The record ───────────────────────────────────────────────────────────────

interface CommitmentTarget {
  quantity: number | null;
  unit: string | null;
  /** A GeoJSON line or polygon (a road segment, an area). */
  geometry: unknown;
}

export interface Commitment {
  id: string;
  reference: string;
  provisionId: string;
  type: CommitmentType;
  title: { en: string; ar: string };
  description: { en: string; ar: string };
  obligatedParties: string[];
  beneficiaries: string;
  target: CommitmentTarget | null;
  deadline: DayRef | null;
  startBy: DayRef | null;
  completeWithinDays: number | null;
  phases: Phase[];
  dependsOn: string[];
  responsibleBody: string;
  status: CommitmentStatus;
  statusChangedAt: Date;
  statusChangedBy: string;
  statusReason: string | null;
  startedOn: CalendarDay | null;
  dueAt: Date | null;
  deadlineAt: Date | null;
  duePhase: string | null;
  disputedAt: Date | null;
  public: boolean;
  source: { kind: string; id: string } | null;
  /** null: set up from the mission profile. */
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Observation {
  id: string;
  commitmentId: string;
  observedAt: Date;
  note: { en: string; ar: string };
  showsStatus: (typeof OBSERVED_STATUSES)[number] | null;
  quantity: number | null;
  phaseKey: string | null;
  verificationLevel: string;
  source: string;
  /** The reports relied on, each with its Admiralty grading, as a finding's sources. */
  sourceGrades: SourceGrade[];
  evidenceIds: string[];
  disputes: boolean;
  recordedBy: string;
  recordedParty: string | null;
  recordedAt: Date;
}

/**
 * Which commitments a reader sees: the mission's roles and the joint body's chair all; a party's
 * liaison or commission member its own party's obligations and the public ones; the public only
 * the public ones.
 */
export type CommitmentScope =
  { kind: "all" } | { kind: "party"; party: string } | { kind: "public" };

/** Whether a reader sees the commitment in full (its own party's, or the mission's). */
export function readsInFull(c: Pick<Commitment, "obligatedParties">, s: CommitmentScope): boolean {
  return s.kind === "all" || (s.kind === "party" && c.obligatedParties.includes(s.party));
}
