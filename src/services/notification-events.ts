/**
 * The events of today's workflow that notify (decision 0018): a release to the parties, a reply
 * window opening, closing in 24 hours and closed, a task assigned. Each is one call inside the
 * transaction of the change; the reply window's later notices are delayed jobs that check, when
 * they run, that the window is still the one awaiting replies.
 */
import { PARTY_VISIBLE } from "../domain/access-rules.js";
import type { Release } from "../domain/releases.js";
import type { Task } from "../domain/tasks.js";
import { findIncident, latestFinding, type FindingRow } from "../store/incidents-repo.js";
import { insertJob } from "../store/jobs-repo.js";
import { listPartyRows } from "../store/parties-repo.js";
import { currentReplyWindow } from "../store/releases-repo.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { notify } from "./notifications.js";

export const REPLY_WINDOW_JOB = "notification.reply-window";
const DAY_MS = 24 * 3_600_000;

/**
 * A finding released to the parties: every party's liaisons and the joint commission, at the
 * release's instant (an embargo delays the notice with it), the same instant for all.
 */
export async function notifyReleaseToParties(
  tx: Tx,
  now: Date,
  incident: { id: string; reference: string },
  release: Release,
): Promise<void> {
  if (release.audience !== "parties") return;
  const parties = (await listPartyRows(tx)).map((p) => p.code);
  await notify(tx, now, {
    kind: "release.parties",
    subject: `incident:${incident.id}`,
    link: `/releases/${release.id}`,
    params: { incident: incident.reference, releaseAt: release.releaseAt.toISOString() },
    recipients: { partyLiaisons: parties, partyCommission: parties, roles: ["commission"] },
    visibleAt: release.releaseAt,
    eventKey: `release:${release.id}`,
  });
}

/** The parties a draft awaits a reply from: those it concerns, when they may read it. */
function awaitedParties(f: FindingRow): string[] {
  return PARTY_VISIBLE.includes(f.classification as never) ? f.concerned_parties : [];
}

/** A reply window opened: the parties whose reply is awaited; reminders queued for later. */
export async function notifyReplyWindowOpened(
  tx: Tx,
  now: Date,
  incident: { id: string; reference: string },
  finding: FindingRow,
): Promise<void> {
  const window = await currentReplyWindow(tx, incident.id);
  const parties = awaitedParties(finding);
  if (!window || parties.length === 0) return;
  await notify(tx, now, {
    kind: "reply_window.opened",
    subject: `incident:${incident.id}`,
    link: `/releases/drafts/${incident.id}`,
    params: { incident: incident.reference, closesAt: window.closes_at.toISOString() },
    recipients: { partyLiaisons: parties },
    eventKey: `reply_window:${window.id}:opened`,
  });
  const soon = new Date(window.closes_at.getTime() - DAY_MS);
  const stages: [string, Date][] = [["closed", window.closes_at]];
  if (soon.getTime() > now.getTime()) stages.unshift(["closing_soon", soon]);
  for (const [stage, runAfter] of stages) {
    await insertJob(tx, {
      kind: REPLY_WINDOW_JOB,
      payload: { incidentId: incident.id, windowId: window.id, stage },
      now,
      runAfter,
    });
  }
}

/**
 * The delayed notice of a reply window: "closes in 24 hours" or "closed". Sent only while the
 * window is still the incident's current one and the incident still in the right of reply (a
 * window overtaken by the workflow announces nothing). The closing also tells whoever opened it.
 */
export async function replyWindowJob(deps: Deps, payload: unknown): Promise<void> {
  const p = payload as { incidentId: string; windowId: string; stage: "closing_soon" | "closed" };
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    const incident = await findIncident(tx, p.incidentId, { kind: "all" });
    const window = await currentReplyWindow(tx, p.incidentId);
    const finding = await latestFinding(tx, p.incidentId);
    if (!incident || incident.state !== "right_of_reply") return;
    if (!window || window.id !== p.windowId || !finding || finding.id !== window.finding_id) return;
    // A reminder run late (the server was down, or a demo loaded with past dates) after the
    // deadline would be false: the closing notice says what there is to say.
    if (p.stage === "closing_soon" && now.getTime() >= window.closes_at.getTime()) return;
    const parties = awaitedParties(finding);
    await notify(tx, now, {
      kind: p.stage === "closed" ? "reply_window.closed" : "reply_window.closing_soon",
      subject: `incident:${incident.id}`,
      link: `/releases/drafts/${incident.id}`,
      params: { incident: incident.reference, closesAt: window.closes_at.toISOString() },
      recipients: {
        partyLiaisons: parties,
        userIds: p.stage === "closed" ? [window.opened_by] : [],
      },
      eventKey: `reply_window:${window.id}:${p.stage}`,
    });
  });
}

/**
 * A step of the enforcement ladder (decision 0017): the notice goes to the notified party's
 * liaisons and the chief; its response to the mission's case roles only (never the other party);
 * a referral, the commission's decision and a referral to the mandating body to both parties'
 * liaisons and commission members, the chair and the chief.
 */
export async function notifyEnforcementStep(
  tx: Tx,
  now: Date,
  step: {
    kind:
      | "notice"
      | "response"
      | "commission_referral"
      | "commission_decision"
      | "mandating_body_referral";
    stepId: string;
    incident: { id: string; reference: string };
    party: string;
    deadlineAt?: Date;
  },
): Promise<void> {
  const all = async () => (await listPartyRows(tx)).map((p) => p.code);
  const base = {
    subject: `incident:${step.incident.id}`,
    link: `/incidents/${step.incident.id}`,
    eventKey: `enforcement:${step.stepId}`,
  };
  const incident = step.incident.reference;
  switch (step.kind) {
    case "notice":
      return void (await notify(tx, now, {
        ...base,
        kind: "notice.issued",
        params: {
          incident,
          party: step.party,
          ...(step.deadlineAt ? { deadlineEndAt: step.deadlineAt.toISOString() } : {}),
        },
        recipients: { partyLiaisons: [step.party], roles: ["chief"] },
      }));
    case "response":
      return void (await notify(tx, now, {
        ...base,
        kind: "notice.responded",
        params: { incident, party: step.party },
        recipients: { roles: ["chief", "analyst"] },
      }));
    default: {
      const parties = await all();
      await notify(tx, now, {
        ...base,
        kind:
          step.kind === "commission_referral"
            ? "notice.referred"
            : step.kind === "commission_decision"
              ? "notice.decided"
              : "notice.mandating_referral",
        params: { incident },
        recipients: {
          partyLiaisons: parties,
          partyCommission: parties,
          roles: ["commission", "chief"],
        },
      });
    }
  }
}

/**
 * A notice's response deadline (the sweep, notice-deadlines.ts): the day before, the notified
 * party's liaisons and the chief; passed without a response, the chief, the analyst who drafted
 * the finding and the notified party's liaisons. Never the other party: it may not learn whether
 * a response came (decision 0017). Once per notice and stage.
 */
export async function notifyNoticeDeadline(
  tx: Tx,
  now: Date,
  n: {
    stage: "due_soon" | "passed";
    noticeId: string;
    incident: { id: string; reference: string };
    party: string;
    deadlineAt: Date;
    draftedBy: string;
  },
): Promise<void> {
  const passed = n.stage === "passed";
  await notify(tx, now, {
    kind: passed ? "notice.no_response" : "notice.response_due_soon",
    subject: `incident:${n.incident.id}`,
    link: `/incidents/${n.incident.id}`,
    params: {
      incident: n.incident.reference,
      party: n.party,
      deadlineEndAt: n.deadlineAt.toISOString(),
    },
    recipients: {
      partyLiaisons: [n.party],
      roles: ["chief"],
      userIds: passed ? [n.draftedBy] : [],
    },
    eventKey: `enforcement:${n.noticeId}:${n.stage}`,
  });
}

/**
 * The joint commission's events (decision 0016): a meeting scheduled, moved (a new time or
 * place) or cancelled, an item added to its agenda, and minutes shared reach both delegations,
 * the chair, the chief and the parties' liaisons (who read shared meetings); a decision awaiting
 * signature reaches the heads still to sign; a decision in effect everyone the meeting concerns.
 * Delegation notes never notify anyone.
 */
export async function notifyCommission(
  tx: Tx,
  now: Date,
  event:
    | {
        kind:
          | "commission.meeting_scheduled"
          | "commission.meeting_moved"
          | "commission.meeting_cancelled";
        meeting: MeetingRef;
        startsAt: Date;
      }
    | {
        kind: "commission.agenda_item_added";
        meeting: MeetingRef;
        startsAt: Date;
        agendaItemId: string;
      }
    | { kind: "commission.minutes_shared"; meeting: MeetingRef }
    | { kind: "commission.decision_in_effect"; meeting: MeetingRef; decisionId: string }
    | {
        kind: "commission.decision_to_sign";
        meeting: MeetingRef;
        decisionId: string;
        heads: string[];
        parties: string[];
      },
): Promise<void> {
  const base = {
    kind: event.kind,
    subject: `meeting:${event.meeting.id}`,
    link: `/commission/${event.meeting.id}`,
  };
  const params = { meeting: event.meeting.reference };
  if (event.kind === "commission.decision_to_sign") {
    await notify(tx, now, {
      ...base,
      params,
      recipients: { userIds: event.heads, parties: event.parties },
      eventKey: `decision:${event.decisionId}:to_sign`,
    });
    return;
  }
  const parties = (await listPartyRows(tx)).map((p) => p.code);
  await notify(tx, now, {
    ...base,
    params: "startsAt" in event ? { ...params, startsAt: event.startsAt.toISOString() } : params,
    recipients: {
      partyLiaisons: parties,
      partyCommission: parties,
      roles: ["commission", "chief"],
    },
    eventKey: commissionEventKey(event),
  });
}

/** Names a commission event: a meeting is moved as often as it is, to a new time each time. */
function commissionEventKey(
  event: Exclude<Parameters<typeof notifyCommission>[2], { kind: "commission.decision_to_sign" }>,
): string | undefined {
  switch (event.kind) {
    case "commission.decision_in_effect":
      return `decision:${event.decisionId}:in_effect`;
    case "commission.agenda_item_added":
      return `agenda_item:${event.agendaItemId}:added`;
    case "commission.meeting_moved":
      // Each move is its own event (a random key): moving back and forth announces each move.
      return undefined;
    default:
      return `meeting:${event.meeting.id}:${event.kind}`;
  }
}

interface MeetingRef {
  id: string;
  reference: string;
}

/**
 * A commitment found overdue by the sweep (decision 0015): the obliged parties' liaisons and
 * commission members, the chair, the chief and the analysts; never the other party.
 */
export async function notifyCommitmentOverdue(
  tx: Tx,
  now: Date,
  c: { id: string; reference: string; obligatedParties: string[]; dueAt: Date | null },
): Promise<void> {
  await notify(tx, now, {
    kind: "commitment.overdue",
    subject: `commitment:${c.id}`,
    link: `/commitments/${c.id}`,
    params: {
      commitment: c.reference,
      ...(c.dueAt ? { dueEndAt: c.dueAt.toISOString() } : {}),
    },
    recipients: {
      partyLiaisons: c.obligatedParties,
      partyCommission: c.obligatedParties,
      roles: ["commission", "chief", "analyst"],
    },
    eventKey: `commitment:${c.id}:overdue:${c.dueAt?.toISOString() ?? ""}`,
  });
}

/**
 * A commitment's earliest unmet deadline is near (the sweep, DUE_SOON_LEAD_DAYS before it): the
 * same readers as when it is overdue; once per deadline and lead.
 */
export async function notifyCommitmentDueSoon(
  tx: Tx,
  now: Date,
  c: { id: string; reference: string; obligatedParties: string[]; dueAt: Date; leadDays: number },
): Promise<void> {
  await notify(tx, now, {
    kind: "commitment.due_soon",
    subject: `commitment:${c.id}`,
    link: `/commitments/${c.id}`,
    params: { commitment: c.reference, dueEndAt: c.dueAt.toISOString() },
    recipients: {
      partyLiaisons: c.obligatedParties,
      partyCommission: c.obligatedParties,
      roles: ["commission", "chief", "analyst"],
    },
    eventKey: `commitment:${c.id}:due_soon:${c.leadDays}:${c.dueAt.toISOString()}`,
  });
}

/** A task assigned: its monitor. */
export async function notifyTaskAssigned(
  tx: Tx,
  now: Date,
  task: Task,
  incident: { reference: string },
): Promise<void> {
  await notify(tx, now, {
    kind: "task.assigned",
    subject: `task:${task.id}`,
    link: "/tasks",
    params: { task: task.reference, incident: incident.reference, dueAt: task.dueAt.toISOString() },
    recipients: { userIds: [task.assigneeId] },
    eventKey: `task:${task.id}:assigned`,
  });
}
