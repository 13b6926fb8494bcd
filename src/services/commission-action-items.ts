/**
 * The joint commission's action items (decision 0016): who owes what by when, recorded and kept
 * by the secretariat (the chair, the head of mission). An item may become a commitment: the head
 * of mission enters it from the item (prefilled there), or the secretariat links one that exists;
 * the link is kept on the item and both pages show it, so that the commitment's progress, up to
 * "met", is seen from the item.
 */
import { randomUUID } from "node:crypto";
import type { ActionOwnerKind, ActionStatus } from "../domain/commission.js";
import { COMMITMENT_EDITORS } from "../domain/commitments.js";
import { DomainError } from "../domain/errors.js";
import { hasRole, type Actor } from "../domain/roles.js";
import {
  actionItemsOfCommitment,
  agendaItemRows,
  decisionRows,
  findActionItem,
  insertActionItem,
  updateActionItem,
  type ActionItemRow,
} from "../store/commission-repo.js";
import { findCommitment } from "../store/commitments-repo.js";
import { appendAudit } from "./audit.js";
import {
  agendaItemNotFound,
  checkTitle,
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
import {
  commitmentNotFound,
  commitmentScopeFor,
  createCommitment,
  type CommitmentInput,
} from "./commitments.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { requirePartiesExist } from "./parties.js";

/** The source a commitment made from an action item names (commitments.source_kind). */
const ACTION_ITEM_SOURCE = "commission_action_item";

interface Owner {
  kind: ActionOwnerKind;
  party?: string | null;
}

export interface NewActionItem {
  titleEn?: string;
  titleAr?: string;
  agendaItemId?: string;
  decisionId?: string;
  owner: Owner;
  deadline: Date;
}

async function checkOwner(deps: Deps, tx: Tx, owner: Owner) {
  if ((owner.kind === "mission") !== !owner.party) {
    throw new DomainError(
      "action_owner_invalid",
      "An action item is owed by the mission (no party) or by a party or its delegation (name the party).",
      { field: "owner.party" },
    );
  }
  if (owner.party) await requirePartiesExist(deps, tx, [owner.party]);
}

function actionItemNotFound(id: string) {
  return new DomainError("action_item_not_found", `No action item ${id}.`, { id });
}

/** The secretariat records an action item: who owes what by when. */
export async function createActionItem(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: NewActionItem,
  opts: Retry = {},
): Promise<Created<MeetingView>> {
  const { user } = await requireSecretariat(deps.db, actor, "record an action item");
  checkTitle(input, "titleEn");
  const key = { userId: user.userId, key: opts.idempotencyKey };
  const made = await makeOnce(deps, key, "action_item", { meetingId, ...input }, async (tx) => {
    refuseIfCancelled(await lockMeeting(tx, meetingId), "assign an action");
    await checkOwner(deps, tx, input.owner);
    const items = await agendaItemRows(tx, meetingId);
    if (input.agendaItemId && !items.some((i) => i.id === input.agendaItemId)) {
      throw agendaItemNotFound(input.agendaItemId);
    }
    if (
      input.decisionId &&
      !(await decisionRows(tx, meetingId)).some((d) => d.id === input.decisionId)
    ) {
      throw new DomainError(
        "decision_not_found",
        `No decision ${input.decisionId} in this meeting.`,
        { field: "decisionId" },
      );
    }
    const at = deps.clock();
    const row = await insertActionItem(tx, {
      id: randomUUID(),
      meeting_id: meetingId,
      agenda_item_id: input.agendaItemId ?? null,
      decision_id: input.decisionId ?? null,
      title_en: input.titleEn ?? null,
      title_ar: input.titleAr ?? null,
      owner_kind: input.owner.kind,
      owner_party: input.owner.party ?? null,
      deadline: input.deadline,
      status: "open",
      created_by: user.userId,
      created_at: at,
      status_changed_at: at,
    });
    await appendAudit(tx, {
      actor,
      action: "commission.action_item_created",
      subject: `meeting:${meetingId}`,
      at,
      rows: [{ table: "commission_action_items", id: row.id }],
      details: { owner: input.owner, deadline: input.deadline.toISOString() },
    });
    return { recordId: row.id, meetingId };
  });
  return { ...(await getMeeting(deps, actor, meetingId)), replayed: made.replayed };
}

export interface ActionItemChange {
  titleEn?: string | null;
  titleAr?: string | null;
  owner?: Owner;
  deadline?: Date;
  status?: ActionStatus;
  /** Why: required to cancel. */
  reason?: string | null;
  /** The commitment the item became (one the changer may read), or null to unlink. */
  commitmentId?: string | null;
}

/**
 * The secretariat edits an action item: its title, owner and deadline, its status (cancelling
 * states why), or the commitment it is linked to.
 */
export async function changeActionItem(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ActionItemChange,
): Promise<MeetingView> {
  await requireSecretariat(deps.db, actor, "change an action item");
  const meetingId = await inTransaction(deps, async (tx) => {
    const a = await findActionItem(tx, id, true);
    if (!a) throw actionItemNotFound(id);
    const at = deps.clock();
    const next = merged(a, input);
    checkTitle(
      { titleEn: next.title_en ?? undefined, titleAr: next.title_ar ?? undefined },
      "titleEn",
    );
    if (input.owner) await checkOwner(deps, tx, input.owner);
    const moved = next.status !== a.status;
    if (moved && next.status === "cancelled" && !input.reason?.trim()) {
      throw new DomainError("validation_failed", "Say why the action item is cancelled.", {
        field: "reason",
      });
    }
    if (input.commitmentId && input.commitmentId !== a.commitment_id) {
      const visible = await findCommitment(tx, input.commitmentId, commitmentScopeFor(actor));
      if (!visible) throw commitmentNotFound(input.commitmentId);
    }
    await updateActionItem(tx, id, {
      ...next,
      status_reason: moved || input.reason !== undefined ? (input.reason ?? null) : a.status_reason,
      status_changed_at: moved ? at : a.status_changed_at,
    });
    await appendAudit(tx, {
      actor,
      action: "commission.action_item_changed",
      subject: `meeting:${a.meeting_id}`,
      at,
      rows: [{ table: "commission_action_items", id }],
      details: {
        from: a.status,
        to: next.status,
        changed: Object.keys(input).sort(),
        commitmentId: next.commitment_id,
      },
    });
    return a.meeting_id;
  });
  return getMeeting(deps, actor, meetingId);
}

function merged(a: ActionItemRow, c: ActionItemChange) {
  return {
    title_en: c.titleEn !== undefined ? c.titleEn : a.title_en,
    title_ar: c.titleAr !== undefined ? c.titleAr : a.title_ar,
    owner_kind: c.owner?.kind ?? a.owner_kind,
    owner_party: c.owner ? (c.owner.party ?? null) : a.owner_party,
    deadline: c.deadline ?? a.deadline,
    status: c.status ?? a.status,
    commitment_id: c.commitmentId !== undefined ? c.commitmentId : a.commitment_id,
  };
}

/**
 * The head of mission enters the commitment an action item becomes (commitments are the
 * mission's register, entered by its chief or analysts: decision 0015), in one transaction with
 * the item's link to it. With the same Idempotency-Key a retry answers the same commitment.
 */
export async function commitmentFromActionItem(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Omit<CommitmentInput, "source">,
  opts: Retry = {},
): Promise<Created<MeetingView> & { commitmentId: string }> {
  await requireSecretariat(deps.db, actor, "turn an action item into a commitment");
  if (!hasRole(actor, ...COMMITMENT_EDITORS)) {
    throw new DomainError(
      "forbidden",
      "Commitments are entered by the head of mission (or an analyst); the chair links an action item to a commitment that exists.",
      { roles: ["chief"] },
    );
  }
  const out = await inTransaction(deps, async (tx) => {
    const a = await findActionItem(tx, id, true);
    if (!a) throw actionItemNotFound(id);
    const made = await createCommitment(
      { ...deps, db: tx },
      actor,
      { ...input, source: { kind: ACTION_ITEM_SOURCE, id } },
      opts,
    );
    const commitmentId = made.commitment.id;
    if (a.commitment_id === commitmentId)
      return { meetingId: a.meeting_id, commitmentId, replayed: true };
    if (a.commitment_id) {
      throw new DomainError(
        "action_item_linked",
        "This action item is already linked to a commitment; unlink it first to enter another.",
        { commitmentId: a.commitment_id },
      );
    }
    const at = deps.clock();
    await updateActionItem(tx, id, { commitment_id: commitmentId });
    await appendAudit(tx, {
      actor,
      action: "commission.action_item_changed",
      subject: `meeting:${a.meeting_id}`,
      at,
      rows: [{ table: "commission_action_items", id }],
      details: { from: a.status, to: a.status, changed: ["commitmentId"], commitmentId },
    });
    return { meetingId: a.meeting_id, commitmentId, replayed: made.replayed };
  });
  return {
    ...(await getMeeting(deps, actor, out.meetingId)),
    replayed: out.replayed,
    commitmentId: out.commitmentId,
  };
}

export interface ActionItemOfCommitment {
  row: ActionItemRow;
  meetingReference: string;
}

/** The action items a commitment came from, for a reader of both (the commitment's page). */
export async function actionItemsForCommitment(
  deps: Deps,
  actor: Actor,
  commitmentId: string,
): Promise<ActionItemOfCommitment[]> {
  await requireStanding(deps.db, actor);
  if (!(await findCommitment(deps.db, commitmentId, commitmentScopeFor(actor)))) {
    throw commitmentNotFound(commitmentId);
  }
  const rows = await actionItemsOfCommitment(deps.db, commitmentId);
  return rows.map(({ meeting_reference, ...row }) => ({
    row,
    meetingReference: meeting_reference,
  }));
}
