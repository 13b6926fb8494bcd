/** What leaves the server of the enforcement ladder: the steps the service let this viewer read. */
import type { z } from "zod";
import type { EnforcementStep } from "../../domain/enforcement.js";
import type { NoticeView } from "../../services/enforcement.js";
import type { EnforcementStep as StepOut, Notice } from "../schemas/enforcement.js";
import { presentCitedProvision } from "./agreements.js";

export function presentStep(s: EnforcementStep): z.input<typeof StepOut> {
  return {
    id: s.id,
    seq: s.seq,
    kind: s.kind,
    textEn: s.textEn,
    textAr: s.textAr,
    language: s.language,
    agendaItemId: s.agendaItemId,
    agenda: s.agenda ?? null,
    decision: s.decision
      ? {
          id: s.decision.id,
          meetingId: s.decision.meetingId,
          meetingReference: s.decision.meetingReference,
          version: s.decision.version,
          textEn: s.decision.textEn,
          textAr: s.decision.textAr,
          effectiveAt: s.decision.effectiveAt?.toISOString() ?? null,
        }
      : null,
    correctsStepId: s.correctsStepId,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
  };
}

export function presentNotice(n: NoticeView): z.input<typeof Notice> {
  return {
    noticeId: n.noticeId,
    incidentId: n.incidentId,
    incidentReference: n.incidentReference,
    party: n.party,
    findingVersion: n.findingVersion,
    releaseId: n.releaseId,
    deadlineDay: n.deadlineDay,
    deadlineAt: n.deadlineAt.toISOString(),
    responseStatus: n.responseStatus,
    open: n.open,
    citedProvisions: n.citedProvisions.map(presentCitedProvision),
    steps: n.steps.map(presentStep),
  };
}
