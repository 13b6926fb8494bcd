/** The case workflow: moving an incident from state to state, and which moves are open now. */
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { checkTransition, type CaseState } from "../domain/workflow.js";
import { findIncident, latestFinding, setIncidentState } from "../store/incidents-repo.js";
import { incidentScopeFor, isMissionScope, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { detailOf, incidentNotFound, type IncidentDetail } from "./incident-reads.js";
import { isReleasingState, writeRelease } from "./releases.js";
import { missionReleaseRules, missionReplyWindowMs } from "./mission.js";
import { notifyReleaseToParties, notifyReplyWindowOpened } from "./notification-events.js";
import { openReplyWindow } from "./replies.js";
import { signProduct } from "./signing.js";

export interface TransitionOptions {
  /** Entering right_of_reply: the deadline for replies (default: the mission's reply window from now). */
  replyDeadline?: Date;
  /** Entering a released state: the release instant, now or later (an embargo). */
  releaseAt?: Date;
}

export async function transitionIncident(
  deps: Deps,
  actor: Actor,
  id: string,
  to: CaseState,
  note?: string,
  opts: TransitionOptions = {},
): Promise<IncidentDetail> {
  requireUser(actor);
  const now = deps.clock();
  const scope = incidentScopeFor(actor, now);
  // The reply window's length is a mission setting (read before the transaction: it is cached).
  const replyWindow = to === "right_of_reply" ? await missionReplyWindowMs(deps) : 0;
  const releaseRules = isReleasingState(to) ? await missionReleaseRules(deps) : {};
  await inTransaction(deps, async (tx) => {
    const row = await findIncident(tx, id, scope, true);
    if (!row) throw incidentNotFound(id);
    if (!isMissionScope(scope)) {
      throw new DomainError(
        "transition_role_forbidden",
        `The ${actor.role} role may not change an incident's state.`,
      );
    }
    const latest = await latestFinding(tx, id);
    const from = row.state as CaseState;
    checkTransition({
      from,
      to,
      role: actor.role,
      actorUserId: actor.userId,
      findingDraftedBy: latest?.drafted_by ?? null,
    });
    const written: { table: "reply_windows" | "releases"; id: string }[] = [];
    let releaseAt: Date | null = null;
    let released: { id: string; contentHash: string } | null = null;
    if (to === "right_of_reply" && latest) {
      written.push(
        await openReplyWindow(tx, actor, id, latest, now, opts.replyDeadline ?? replyWindow),
      );
      await notifyReplyWindowOpened(tx, now, row, latest);
    }
    if (isReleasingState(to) && latest) {
      const { release, rows } = await writeRelease(
        tx,
        actor,
        row,
        latest,
        to,
        now,
        opts.releaseAt,
        releaseRules,
      );
      written.push(...rows);
      releaseAt = release?.releaseAt ?? null;
      released = release;
      if (release) await notifyReleaseToParties(tx, now, row, release);
    }
    // With the release just written, for the access checks, before the audit entry.
    await setIncidentState(tx, id, {
      state: to,
      at: now,
      releasedAt: row.released_at ?? releaseAt,
    });
    await appendAudit(tx, {
      actor,
      action: "incident.transitioned",
      subject: `incident:${id}`,
      at: now,
      rows: [{ table: "incidents", id }, ...written],
      details: {
        from,
        to,
        note: note ?? null,
        findingVersion: latest?.version ?? null,
        ...(releaseAt ? { releaseAt: releaseAt.toISOString() } : {}),
      },
    });
    // Signed and checkpointed in the same transaction: nothing is released unsigned (0020).
    if (released)
      await signProduct(
        { ...deps, db: tx },
        { kind: "finding-release", id: released.id, sha256: released.contentHash },
      );
  });
  return detailOf(deps, actor, scope, id);
}
