/**
 * The joint commission's decisions (decision 0016): proposed by the chair or the head of mission
 * on an agenda item, in Arabic and English; in effect only when the head of EACH delegation named
 * when it was proposed has signed it in person. A delegation may dissent instead, with its reason:
 * the dissent is kept for good and the decision does not take effect. The text never changes once
 * signed: a revision is a new version, which supersedes the old one and restarts the signatures.
 */
import { randomUUID } from "node:crypto";
import {
  decisionIsFinal,
  decisionSharedWithParty,
  decisionStatusFrom,
  type AnswerKind,
  type DecisionStatus,
} from "../domain/commission.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import {
  findAgendaItem,
  findDecision,
  findMeeting,
  insertDecision,
  insertSignature,
  signatureRows,
  updateDecision,
  type DecisionRow,
} from "../store/commission-repo.js";
import { appendAudit } from "./audit.js";
import {
  agendaItemNotFound,
  getMeeting,
  lockMeeting,
  refuseIfCancelled,
  requireSecretariat,
  requireStanding,
  type Created,
  type MeetingView,
  type Retry,
} from "./commission.js";
import { makeOnce } from "./commission-requests.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { adoptLayerVersion } from "./geo.js";
import { forgetPreparedEvaluations } from "./geo-evaluations.js";
import { notifyCommission } from "./notification-events.js";

export interface DecisionText {
  textEn: string;
  textAr: string;
}

function decisionNotFound(id: string) {
  return new DomainError("decision_not_found", `No decision ${id} is visible to you.`, { id });
}

/** The chair or the head of mission proposes a decision on one of the meeting's agenda items. */
export async function proposeDecision(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: DecisionText & {
    agendaItemId: string;
    /** The decision adopts this proposed layer version as agreed from a date (decision 0019). */
    adopts?: { layerVersionId: string; from: Date };
  },
  opts: Retry = {},
): Promise<Created<MeetingView>> {
  const { user, delegations } = await requireSecretariat(deps.db, actor, "propose a decision");
  const key = { userId: user.userId, key: opts.idempotencyKey };
  const made = await makeOnce(deps, key, "decision", { meetingId, ...input }, async (tx) => {
    const m = await lockMeeting(tx, meetingId);
    refuseIfCancelled(m, "propose a decision");
    const item = await findAgendaItem(tx, input.agendaItemId);
    if (!item || item.meeting_id !== m.id) throw agendaItemNotFound(input.agendaItemId);
    if (delegations.seated.length === 0) {
      throw new DomainError(
        "no_delegations",
        "No party has a delegation yet: a decision needs the delegations that will sign it.",
      );
    }
    const at = deps.clock();
    const d = await insertDecision(tx, {
      id: randomUUID(),
      meeting_id: m.id,
      agenda_item_id: item.id,
      version: 1,
      text_en: input.textEn,
      text_ar: input.textAr,
      required_parties: delegations.seated,
      status: "proposed",
      proposed_by: user.userId,
      proposed_at: at,
      adopts_layer_version_id: input.adopts?.layerVersionId ?? null,
      adopts_from: input.adopts?.from ?? null,
    });
    await audit(tx, actor, "commission.decision_proposed", d, at, {
      requiredParties: d.required_parties,
      ...(input.adopts
        ? {
            adopts: {
              layerVersionId: input.adopts.layerVersionId,
              from: input.adopts.from.toISOString(),
            },
          }
        : {}),
    });
    await notifyCommission(tx, at, {
      kind: "commission.decision_to_sign",
      meeting: m,
      decisionId: d.id,
      heads: headsOf(delegations, d.required_parties),
      parties: d.required_parties,
    });
    return { recordId: d.id, meetingId: m.id };
  });
  return { ...(await getMeeting(deps, actor, meetingId)), replayed: made.replayed };
}

function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  d: DecisionRow,
  at: Date,
  details: Record<string, unknown>,
  extra: { table: "commission_signatures" | "commission_decisions"; id: string }[] = [],
) {
  return appendAudit(tx, {
    actor,
    action,
    subject: `decision:${d.id}`,
    at,
    rows: [{ table: "commission_decisions", id: d.id }, ...extra],
    details: { meetingId: d.meeting_id, version: d.version, ...details },
  });
}

/**
 * Changes a decision's text. Before any delegation has answered, the text is corrected in
 * place; after, a new version supersedes it and the signatures start again. A decision in
 * effect, or already superseded or revised, is final.
 */
export async function reviseDecision(
  deps: Deps,
  actor: Actor,
  decisionId: string,
  input: DecisionText,
): Promise<MeetingView> {
  const { user, delegations } = await requireSecretariat(deps.db, actor, "revise a decision");
  const meetingId = await inTransaction(deps, async (tx) => {
    const d = await findDecision(tx, decisionId, true);
    if (!d) throw decisionNotFound(decisionId);
    refuseIfCancelled(await lockMeeting(tx, d.meeting_id), "revise a decision");
    if (decisionIsFinal(d.status as DecisionStatus, d.superseded_at)) {
      throw new DomainError(
        "decision_closed",
        d.superseded_at
          ? `This decision was revised already: version ${d.version + 1} replaces it. Revise that version instead.`
          : "This decision is in effect; it can no longer change. Propose a new decision.",
        { status: d.status },
      );
    }
    const at = deps.clock();
    const answers = await signatureRows(tx, [d.id]);
    if (answers.length === 0) {
      const row = await updateDecision(tx, d.id, { text_en: input.textEn, text_ar: input.textAr });
      await audit(tx, actor, "commission.decision_corrected", row, at, {});
      return d.meeting_id;
    }
    const next = await insertDecision(tx, {
      id: randomUUID(),
      meeting_id: d.meeting_id,
      agenda_item_id: d.agenda_item_id,
      version: d.version + 1,
      supersedes_id: d.id,
      text_en: input.textEn,
      text_ar: input.textAr,
      required_parties: delegations.seated.length > 0 ? delegations.seated : d.required_parties,
      status: "proposed",
      proposed_by: user.userId,
      proposed_at: at,
      adopts_layer_version_id: d.adopts_layer_version_id,
      adopts_from: d.adopts_from,
    });
    // A dissented version stays "dissented" for the record; a pending one is superseded.
    const old = await updateDecision(tx, d.id, {
      status: d.status === "dissented" ? "dissented" : "superseded",
      superseded_at: at,
    });
    await audit(tx, actor, "commission.decision_revised", next, at, { supersedes: old.id }, [
      { table: "commission_decisions", id: old.id },
    ]);
    const meeting = await findMeeting(tx, d.meeting_id);
    if (meeting)
      await notifyCommission(tx, at, {
        kind: "commission.decision_to_sign",
        meeting,
        decisionId: next.id,
        heads: headsOf(delegations, next.required_parties),
        parties: next.required_parties,
      });
    return d.meeting_id;
  });
  return getMeeting(deps, actor, meetingId);
}

/**
 * A delegation's head answers a decision for their delegation, in their own session: signs, or
 * dissents with a reason. The same answer again changes nothing; a different answer after the
 * first is refused (the first stands, for good).
 */
export async function answerDecision(
  deps: Deps,
  actor: Actor,
  decisionId: string,
  input: { kind: AnswerKind; reason?: string },
): Promise<{ view: MeetingView; replayed: boolean }> {
  const { user, standing, delegations } = await requireStanding(deps.db, actor);
  const { meetingId, replayed } = await inTransaction(deps, async (tx) => {
    const d = await findDecision(tx, decisionId, true);
    // A party's liaison outside the delegation reads settled decisions only: any other (awaiting
    // signatures, or replaced by a revision) is, for it, not found.
    if (!d || (standing === "party" && !decisionSharedWithParty(d.status as DecisionStatus)))
      throw decisionNotFound(decisionId);
    const party = user.party;
    if (!party || delegations.head(party) !== user.userId || !d.required_parties.includes(party)) {
      throw new DomainError(
        "not_delegation_head",
        "Only the head of a delegation called to sign this decision may sign or dissent, for their own delegation.",
      );
    }
    // A decision of a meeting that never met takes effect by nobody's signature (the meeting is
    // locked, so it cannot be cancelled between this check and the answer).
    refuseIfCancelled(await lockMeeting(tx, d.meeting_id), "sign or dissent from a decision");
    const answers = await signatureRows(tx, [d.id]);
    const prior = answers.find((a) => a.party_code === party);
    if (prior) {
      if (prior.kind === input.kind && (input.kind === "signed" || prior.reason === input.reason)) {
        return { meetingId: d.meeting_id, replayed: true };
      }
      throw new DomainError(
        "decision_already_answered",
        `The ${party} delegation already ${prior.kind === "signed" ? "signed" : "dissented from"} this decision; that answer stands.`,
        { kind: prior.kind },
      );
    }
    if (decisionIsFinal(d.status as DecisionStatus, d.superseded_at)) {
      throw new DomainError(
        "decision_closed",
        "This decision is no longer open to signature (it is in effect or a newer version replaced it).",
        { status: d.status },
      );
    }
    if (input.kind === "dissented" && !input.reason) {
      throw new DomainError("validation_failed", "A dissent states its reason.", {
        field: "reason",
      });
    }
    const at = deps.clock();
    const sig = await insertSignature(tx, {
      id: randomUUID(),
      decision_id: d.id,
      party_code: party,
      kind: input.kind,
      reason: input.kind === "dissented" ? (input.reason ?? null) : null,
      signer_id: user.userId,
      signed_at: at,
    });
    const status = decisionStatusFrom(d.required_parties, [
      ...answers.map((a) => ({ party: a.party_code, kind: a.kind as AnswerKind })),
      { party, kind: input.kind },
    ]);
    const row =
      status !== d.status
        ? await updateDecision(tx, d.id, {
            status,
            effective_at: status === "in_effect" ? at : null,
          })
        : d;
    await audit(
      tx,
      actor,
      input.kind === "signed" ? "commission.decision_signed" : "commission.decision_dissented",
      row,
      at,
      { party, status },
      [{ table: "commission_signatures", id: sig.id }],
    );
    if (status === "in_effect" && d.adopts_layer_version_id && d.adopts_from) {
      // The line becomes agreed in the signature's transaction (decision 0019).
      await adoptLayerVersion(tx, actor, at, {
        decisionId: d.id,
        layerVersionId: d.adopts_layer_version_id,
        from: d.adopts_from,
      });
    }
    if (status === "in_effect" && d.status !== "in_effect") {
      const meeting = await findMeeting(tx, d.meeting_id);
      if (meeting)
        await notifyCommission(tx, at, {
          kind: "commission.decision_in_effect",
          meeting,
          decisionId: d.id,
        });
    }
    return { meetingId: d.meeting_id, replayed: false };
  });
  forgetPreparedEvaluations();
  return { view: await getMeeting(deps, actor, meetingId), replayed };
}

/** The heads of these parties' delegations (those that have one). */
function headsOf(delegations: { head: (party: string) => string | null }, parties: string[]) {
  return parties.map((p) => delegations.head(p)).filter((h): h is string => h !== null);
}
