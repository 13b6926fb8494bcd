/**
 * The enforcement ladder (decision 0017). The chief issues a formal notice to the party a released
 * finding of violation names; that party's liaisons respond before the deadline (the end of a day
 * in the mission's time zone); the chief refers the case to the joint commission; the chief or
 * the commission's chair records the commission's decision; the chief refers it to the mandating
 * body where the mandate allows. Each step is one append-only row, written with its audit entry
 * in one transaction; the legal order is the table NEXT_STEPS of the domain.
 */
import { randomUUID } from "node:crypto";
import {
  deadlineEnd,
  illegalStep,
  isOpen,
  mayRecordAnyStep,
  mayRecordStep,
  readsResponse,
  responseStatus,
  visibleSteps,
  type EnforcementStep,
  type EnforcementViewer,
  type LadderKind,
  type ResponseStatus,
} from "../domain/enforcement.js";
import { DomainError } from "../domain/errors.js";
import { CASE_ROLES, type Actor } from "../domain/roles.js";
import type { Language } from "../domain/taxonomy.js";
import {
  insertStep,
  latestPartiesRelease,
  noticeOfRelease,
  rowToStep,
  stepsForUpdate,
  stepsInScope,
} from "../store/enforcement-repo.js";
import { meetingsOfAgendaItems } from "../store/commission-repo.js";
import { findIncident, findingsOf } from "../store/incidents-repo.js";
import { incidentScopeFor, isMissionScope, requireRole, requireUser } from "./access.js";
import { citedProvisionsOf, type FindingCitedProvision } from "./agreements.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { incidentNotFound } from "./incident-reads.js";
import { currentMission } from "./mission.js";
import { appendAgendaItemIn } from "./commission.js";
import { notifyEnforcementStep } from "./notification-events.js";
import { decisionToCite, withCitedDecisions } from "./enforcement-decisions.js";

type User = Extract<Actor, { kind: "user" }>;

/** Who reads the ladder at all: the mission's case roles, the parties' liaisons, the commission. */
const READERS = [...CASE_ROLES, "liaison", "commission"] as const;

export interface NoticeView {
  noticeId: string;
  incidentId: string;
  incidentReference: string;
  party: string;
  findingVersion: number;
  releaseId: string;
  deadlineDay: string;
  deadlineAt: Date;
  /** Null for a viewer who may not know whether the party responded (the other party). */
  responseStatus: ResponseStatus | null;
  open: boolean;
  citedProvisions: FindingCitedProvision[];
  steps: EnforcementStep[];
}

function viewerOf(actor: User, now: Date): EnforcementViewer {
  if (!(READERS as readonly string[]).includes(actor.role)) {
    throw new DomainError("forbidden", `The ${actor.role} role does not read enforcement steps.`);
  }
  return {
    role: actor.role,
    party: actor.party,
    mission: isMissionScope(incidentScopeFor(actor, now)),
  };
}

async function noticeViews(
  deps: Deps,
  actor: User,
  filter: { incidentId?: string; party?: string },
  now: Date,
): Promise<NoticeView[]> {
  const viewer = viewerOf(actor, now);
  const rows = await stepsInScope(deps.db, incidentScopeFor(actor, now), filter);
  const byNotice = new Map<string, EnforcementStep[]>();
  for (const r of rows) {
    const steps = byNotice.get(r.notice_id) ?? [];
    steps.push(rowToStep(r));
    byNotice.set(r.notice_id, steps);
  }
  const agendas = await meetingsOfAgendaItems(
    deps.db,
    rows.flatMap((r) => (r.agenda_item_id ? [r.agenda_item_id] : [])),
  );
  for (const steps of byNotice.values())
    for (const s of steps) s.agenda = s.agendaItemId ? (agendas.get(s.agendaItemId) ?? null) : null;
  await withCitedDecisions(deps.db, [...byNotice.values()].flat());
  const views: NoticeView[] = [];
  for (const all of byNotice.values()) {
    const steps = visibleSteps(viewer, all);
    const notice = steps[0];
    if (!notice || notice.kind !== "notice") continue;
    const incident = await findIncident(deps.db, notice.incidentId, { kind: "all" });
    const drafted = (await findingsOf(deps.db, notice.incidentId)).find(
      (f) => f.id === notice.findingId,
    );
    views.push({
      noticeId: notice.id,
      incidentId: notice.incidentId,
      incidentReference: incident?.reference ?? "",
      party: notice.party,
      findingVersion: notice.findingVersion,
      releaseId: notice.releaseId,
      deadlineDay: notice.deadlineDay!,
      deadlineAt: notice.deadlineAt!,
      responseStatus: readsResponse(viewer, notice.party) ? responseStatus(all, now) : null,
      open: isOpen(all),
      citedProvisions: await citedProvisionsOf(deps.db, [
        {
          findingVersion: notice.findingVersion,
          codes: notice.provisions,
          draftedAt: drafted?.created_at ?? notice.createdAt,
        },
      ]),
      steps,
    });
  }
  return views.sort((a, b) => a.deadlineAt.getTime() - b.deadlineAt.getTime());
}

/** The notices on one incident, with the steps this viewer reads. */
export async function incidentEnforcement(
  deps: Deps,
  actor: Actor,
  incidentId: string,
): Promise<NoticeView[]> {
  requireUser(actor);
  const now = deps.clock();
  viewerOf(actor, now);
  const incident = await findIncident(deps.db, incidentId, incidentScopeFor(actor, now));
  if (!incident) throw incidentNotFound(incidentId);
  return noticeViews(deps, actor, { incidentId }, now);
}

/** Every notice this viewer reads; `open` keeps those the commission has not decided yet. */
export async function listNotices(
  deps: Deps,
  actor: Actor,
  filter: { open?: boolean; party?: string },
): Promise<NoticeView[]> {
  requireUser(actor);
  const views = await noticeViews(deps, actor, { party: filter.party }, deps.clock());
  return filter.open === undefined ? views : views.filter((v) => v.open === filter.open);
}

export interface NoticeInput {
  /** The response deadline: a calendar day in the mission's time zone, "YYYY-MM-DD". */
  deadline: string;
  textEn: string;
  textAr: string;
}

/**
 * Issues the formal notice on the incident's latest finding released to the parties, which must
 * be a violation attributed to a party. Issuing it again with the same content (a retry) answers
 * the notice already issued; with other content, `notice_exists`.
 */
export async function issueNotice(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: NoticeInput,
): Promise<{ notice: NoticeView; created: boolean }> {
  requireRole(actor, ["chief"], "issue a formal notice");
  requireUser(actor);
  const now = deps.clock();
  requireText(input.textEn, input.textAr);
  const mission = await currentMission(deps);
  const deadlineAt = deadlineEnd(input.deadline, mission.timeZone);
  if (!deadlineAt || deadlineAt.getTime() <= now.getTime()) {
    throw new DomainError(
      "validation_failed",
      `The response deadline must be a day (YYYY-MM-DD) not yet over in the mission's time zone (${mission.timeZone}).`,
      { field: "deadline" },
    );
  }
  const created = await inTransaction(deps, async (tx) => {
    const incident = await findIncident(tx, incidentId, incidentScopeFor(actor, now), true);
    if (!incident) throw incidentNotFound(incidentId);
    const release = await latestPartiesRelease(tx, incidentId, now);
    const finding = release?.content.finding;
    if (!release || finding?.outcome !== "violation_attributed" || !finding.attributedParty) {
      throw new DomainError(
        "notice_requires_released_violation",
        "A formal notice follows a finding of violation attributed to a party and released to the parties; this incident has none.",
        { incidentId },
      );
    }
    const prior = await noticeOfRelease(tx, release.id);
    if (prior) {
      if (
        prior.deadline_day === input.deadline &&
        prior.text_en === input.textEn &&
        prior.text_ar === input.textAr
      )
        return { releaseId: release.id, created: false };
      throw new DomainError(
        "notice_exists",
        "A formal notice was already issued on this release; correct it with a correction step.",
        { noticeId: prior.id },
      );
    }
    const id = randomUUID();
    await insertStep(tx, {
      id,
      notice_id: id,
      seq: 1,
      incident_id: incidentId,
      kind: "notice",
      party: finding.attributedParty,
      release_id: release.id,
      finding_id: release.findingId,
      finding_version: release.findingVersion,
      provisions: finding.provisions,
      deadline_day: input.deadline,
      deadline_at: deadlineAt,
      text_en: input.textEn,
      text_ar: input.textAr,
      language: input.textEn.trim() ? "en" : "ar",
      created_by: actor.userId,
      created_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "enforcement.notice_issued",
      subject: `incident:${incidentId}`,
      at: now,
      rows: [{ table: "enforcement_steps", id }],
      details: { party: finding.attributedParty, deadline: input.deadline },
    });
    await notifyEnforcementStep(tx, now, {
      kind: "notice",
      stepId: id,
      incident,
      party: finding.attributedParty,
      deadlineAt,
    });
    return { releaseId: release.id, created: true };
  });
  const views = await noticeViews(deps, actor, { incidentId }, now);
  return {
    notice: views.find((v) => v.releaseId === created.releaseId)!,
    created: created.created,
  };
}

function requireText(en: string, ar: string): void {
  if (!en.trim() && !ar.trim()) {
    throw new DomainError("validation_failed", "Write the text in Arabic, English or both.", {
      field: "textEn",
    });
  }
}

export type StepInput =
  | { kind: "response"; afterSeq: number; text: string; language: Language }
  | {
      kind: "commission_referral";
      afterSeq: number;
      textEn: string;
      textAr: string;
      agendaItemId?: string | null;
      /** Puts the referral on this commission meeting's agenda, in the same transaction. */
      meetingId?: string;
    }
  | {
      kind: "commission_decision";
      afterSeq: number;
      textEn: string;
      textAr: string;
      /**
       * The co-signed decision recorded (required once a referral put the case on a meeting's
       * agenda); the texts are then an optional note.
       */
      decisionId?: string;
    }
  | { kind: "mandating_body_referral"; afterSeq: number; textEn: string; textAr: string }
  | {
      kind: "correction";
      afterSeq: number;
      correctsStepId: string;
      textEn: string;
      textAr: string;
    };

const WRITERS = ["chief", "liaison", "commission"];

/** Adds the next step to a notice's ladder. */
export async function addStep(
  deps: Deps,
  actor: Actor,
  noticeId: string,
  input: StepInput,
): Promise<EnforcementStep> {
  requireRole(actor, WRITERS, "add an enforcement step");
  requireUser(actor);
  const now = deps.clock();
  const viewer = viewerOf(actor, now);
  return inTransaction(deps, async (tx) => {
    const all = (await stepsForUpdate(tx, noticeId)).map(rowToStep);
    // A notice the caller may not read is, for it, as if it did not exist.
    const visible = await readable(tx, actor, noticeId, now);
    if (!all.length || !visible || !visibleSteps(viewer, all).length) {
      throw new DomainError("notice_not_found", `There is no notice with id ${noticeId}.`);
    }
    const notice = all[0]!;
    const refused = () =>
      new DomainError("forbidden", `The ${actor.role} role may not record this step.`, {
        kind: input.kind,
      });
    // Whoever may add nothing to this ladder learns nothing of the step it names.
    if (!mayRecordAnyStep(actor, notice.party)) throw refused();
    const kind: LadderKind =
      input.kind === "correction" ? correctedKind(all, input.correctsStepId) : input.kind;
    if (!mayRecordStep(actor, kind, notice.party, input.kind === "correction")) throw refused();
    const last = all[all.length - 1]!;
    if (input.afterSeq !== last.seq) {
      throw new DomainError(
        "enforcement_step_stale",
        `The ladder has moved on (its last step is number ${last.seq}, you saw ${input.afterSeq}); read it again.`,
        { field: "afterSeq", lastSeq: last.seq },
      );
    }
    await checkOrderAndTime(deps, all, input, now);
    const id = randomUUID();
    let agendaItemId = input.kind === "commission_referral" ? (input.agendaItemId ?? null) : null;
    if (input.kind === "commission_referral" && input.meetingId) {
      const incident = await findIncident(tx, notice.incidentId, { kind: "all" });
      const ref = incident?.reference ?? "";
      const item = await appendAgendaItemIn(
        tx,
        actor,
        input.meetingId,
        {
          titleEn: `Formal notice to ${notice.party} on ${ref}`,
          titleAr: `الإخطار الرسمي إلى ${notice.party} بشأن الحادث ${ref}`,
          subject: { kind: "incident", id: notice.incidentId },
        },
        now,
      );
      agendaItemId = item.id;
    }
    const decisionId =
      input.kind === "commission_decision" ? await decisionToCite(tx, all, input.decisionId) : null;
    // A cited decision speaks for itself: the step's words are then an optional note.
    if (input.kind !== "response" && !decisionId) requireText(input.textEn, input.textAr);
    const texts =
      input.kind === "response"
        ? input.language === "ar"
          ? { text_ar: input.text, text_en: "" }
          : { text_en: input.text, text_ar: "" }
        : { text_en: input.textEn, text_ar: input.textAr };
    const row = await insertStep(tx, {
      id,
      notice_id: noticeId,
      seq: last.seq + 1,
      incident_id: notice.incidentId,
      kind: input.kind,
      party: notice.party,
      release_id: notice.releaseId,
      finding_id: notice.findingId,
      finding_version: notice.findingVersion,
      ...texts,
      language: input.kind === "response" ? input.language : input.textEn.trim() ? "en" : "ar",
      agenda_item_id: agendaItemId,
      decision_id: decisionId,
      corrects_step_id: input.kind === "correction" ? input.correctsStepId : null,
      created_by: actor.userId,
      created_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: `enforcement.${input.kind}`,
      subject: `incident:${notice.incidentId}`,
      at: now,
      rows: [{ table: "enforcement_steps", id }],
      details: {
        noticeId,
        seq: row.seq,
        party: notice.party,
        ...(decisionId ? { decisionId } : {}),
      },
    });
    if (input.kind !== "correction") {
      const incident = await findIncident(tx, notice.incidentId, { kind: "all" });
      if (incident)
        await notifyEnforcementStep(tx, now, {
          kind: input.kind,
          stepId: id,
          incident,
          party: notice.party,
        });
    }
    const step = rowToStep(row);
    await withCitedDecisions(tx, [step]);
    return step;
  });
}

async function readable(tx: Tx, actor: User, noticeId: string, now: Date): Promise<boolean> {
  return (await stepsInScope(tx, incidentScopeFor(actor, now), { noticeId })).length > 0;
}

/** The kind of the step a correction corrects (its author's rights apply to the correction). */
function correctedKind(all: readonly EnforcementStep[], stepId: string): LadderKind {
  const step = all.find((s) => s.id === stepId);
  if (!step || step.kind === "correction") {
    throw new DomainError(
      "validation_failed",
      "correctsStepId must name a step of this notice (not a correction).",
      { field: "correctsStepId" },
    );
  }
  return step.kind;
}

async function checkOrderAndTime(
  deps: Deps,
  all: readonly EnforcementStep[],
  input: StepInput,
  now: Date,
): Promise<void> {
  const notice = all[0]!;
  const passed = now.getTime() > notice.deadlineAt!.getTime();
  const responseKind =
    input.kind === "response" ||
    (input.kind === "correction" && correctedKind(all, input.correctsStepId) === "response");
  if (responseKind && passed) {
    throw new DomainError(
      "enforcement_deadline_passed",
      `The deadline for a response was ${notice.deadlineDay} (end of day, mission time); nothing can be added to the response now.`,
      { deadlineAt: notice.deadlineAt!.toISOString() },
    );
  }
  if (input.kind === "correction") return;
  const illegal = illegalStep(all, input.kind);
  if (illegal) {
    throw new DomainError(
      "enforcement_step_not_allowed",
      `A ${input.kind} step cannot follow a ${illegal.after} step; allowed next: ${illegal.allowed.join(", ") || "none"}.`,
      { field: "kind", after: illegal.after, allowed: illegal.allowed },
    );
  }
  if (input.kind === "commission_referral" && !passed && !all.some((s) => s.kind === "response")) {
    throw new DomainError(
      "enforcement_deadline_not_passed",
      `The party has until the end of ${notice.deadlineDay} (mission time) to respond; refer the case once it has responded or the deadline has passed.`,
      { deadlineAt: notice.deadlineAt!.toISOString() },
    );
  }
  if (input.kind === "mandating_body_referral") {
    const { mandate } = await currentMission(deps);
    if (!mandate.referralAllowed || !mandate.mandatingBody) {
      throw new DomainError(
        "mandating_body_referral_not_allowed",
        "The mission's mandate allows no referral to a mandating body (mission settings: mandate).",
      );
    }
  }
}
