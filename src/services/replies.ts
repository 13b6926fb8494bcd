/**
 * The right of reply. Entering `right_of_reply` opens a window with a deadline on the finding
 * then current. During that state the liaisons of each party the draft concerns read the draft —
 * its public and restricted narratives, never its sources — and may reply until the deadline.
 * Replies are append-only, part of the record, and go into the release snapshot; a party reads
 * its own replies, and the other party's only once released. Endorsement never waits for them.
 */
import { randomUUID } from "node:crypto";
import { PARTY_VISIBLE } from "../domain/access-rules.js";
import { DomainError } from "../domain/errors.js";
import type { Finding, Incident } from "../domain/incidents.js";
import type { Reply, ReplyWindow } from "../domain/releases.js";
import type { Actor } from "../domain/roles.js";
import type { Language } from "../domain/taxonomy.js";
import {
  findIncident,
  latestFinding,
  rowToFinding,
  rowToIncident,
  type FindingRow,
} from "../store/incidents-repo.js";
import {
  currentReplyWindow,
  insertReply,
  insertReplyWindow,
  repliesOf,
  rowToReply,
  rowToReplyWindow,
} from "../store/releases-repo.js";
import { incidentScopeFor, isMissionScope, requireUser } from "./access.js";
import { citedProvisionsOf, type FindingCitedProvision } from "./agreements.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { incidentNotFound } from "./incident-reads.js";

/**
 * Opens the reply window inside the transition's transaction; returns the audited row. Its end is
 * the deadline given, or `now` plus the mission's reply window (milliseconds).
 */
export async function openReplyWindow(
  tx: Tx,
  actor: Extract<Actor, { kind: "user" }>,
  incidentId: string,
  finding: FindingRow,
  now: Date,
  deadline: Date | number,
): Promise<{ table: "reply_windows"; id: string }> {
  const closesAt = typeof deadline === "number" ? new Date(now.getTime() + deadline) : deadline;
  if (closesAt.getTime() <= now.getTime()) {
    throw new DomainError("validation_failed", "The reply deadline must be in the future.", {
      field: "replyDeadline",
    });
  }
  const row = await insertReplyWindow(tx, {
    id: randomUUID(),
    incident_id: incidentId,
    finding_id: finding.id,
    finding_version: finding.version,
    opens_at: now,
    closes_at: closesAt,
    opened_by: actor.userId,
  });
  return { table: "reply_windows", id: row.id };
}

export interface ReplyDraft {
  incident: Incident;
  finding: Finding;
  window: ReplyWindow;
  /** Whether a reply is accepted now (before the deadline). */
  open: boolean;
  /** The caller's party's replies; for the mission, all of them. */
  replies: Reply[];
  /** The wording of the provisions the draft cites, as in force when it was drafted. */
  citedProvisions: FindingCitedProvision[];
}

/** A draft concerns the party: it names it and is classified for the parties or the public. */
function concernsParty(f: FindingRow, party: string): boolean {
  return f.concerned_parties.includes(party) && PARTY_VISIBLE.includes(f.classification as never);
}

async function replyContext(deps: Deps | { db: Tx }, actor: Actor, incidentId: string, now: Date) {
  requireUser(actor);
  const scope = incidentScopeFor(actor, now);
  const mission = isMissionScope(scope);
  if (!mission && actor.role !== "liaison") {
    throw new DomainError(
      "forbidden",
      `The ${actor.role} role takes no part in the right of reply.`,
    );
  }
  const incident = await findIncident(deps.db, incidentId, scope);
  if (!incident) throw incidentNotFound(incidentId);
  const window = await currentReplyWindow(deps.db, incidentId);
  if (incident.state !== "right_of_reply" || !window) {
    throw new DomainError(
      "reply_not_open",
      `The incident is "${incident.state}"; draft findings are open for reply only in the right-of-reply state.`,
      { state: incident.state },
    );
  }
  const finding = await latestFinding(deps.db, incidentId);
  // A draft about another party is, for this party, as if it did not exist.
  if (!finding || (!mission && !concernsParty(finding, actor.party ?? ""))) {
    throw new DomainError("not_found", "There is no draft finding concerning your party.");
  }
  return { incident, window, finding, mission, party: mission ? null : actor.party! };
}

export async function getReplyDraft(
  deps: Deps,
  actor: Actor,
  incidentId: string,
): Promise<ReplyDraft> {
  const now = deps.clock();
  const c = await replyContext(deps, actor, incidentId, now);
  const replies = await repliesOf(deps.db, incidentId, c.party ?? undefined);
  const finding = rowToFinding(c.finding);
  return {
    incident: rowToIncident(c.incident),
    finding,
    citedProvisions: await citedProvisionsOf(deps.db, [
      { findingVersion: finding.version, codes: finding.provisions, draftedAt: finding.createdAt },
    ]),
    window: rowToReplyWindow(c.window),
    open: now.getTime() <= c.window.closes_at.getTime(),
    replies: replies.map(rowToReply),
  };
}

export async function submitReply(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: { text: string; language: Language },
): Promise<Reply> {
  requireUser(actor);
  if (actor.role !== "liaison" || !actor.party) {
    throw new DomainError("forbidden", "Only a party's liaison replies to a draft finding.");
  }
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const c = await replyContext({ db: tx }, actor, incidentId, now);
    if (now.getTime() > c.window.closes_at.getTime()) {
      throw new DomainError(
        "reply_window_closed",
        `The deadline for replies was ${c.window.closes_at.toISOString()}; no reply can be added now.`,
        { closesAt: c.window.closes_at.toISOString() },
      );
    }
    const row = await insertReply(tx, {
      id: randomUUID(),
      incident_id: incidentId,
      reply_window_id: c.window.id,
      finding_id: c.finding.id,
      finding_version: c.finding.version,
      party: actor.party!,
      text: input.text,
      language: input.language,
      submitted_by: actor.userId,
      submitted_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "reply.submitted",
      subject: `incident:${incidentId}`,
      at: now,
      rows: [{ table: "replies", id: row.id }],
      details: { party: actor.party, findingVersion: c.finding.version },
    });
    return rowToReply(row);
  });
}
