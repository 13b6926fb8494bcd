/**
 * What an agenda item is about (decision 0016): a record of one of AGENDA_SUBJECT_KINDS that
 * exists and that the one adding the item may read. A record that does not exist and one the
 * reader may not see are refused alike, so that the agenda cannot be used to probe for records.
 * Each reader of the meeting sees an item's subject only where it may read that record itself:
 * the agenda is shared with both delegations, the records it names are not always.
 */
import {
  decisionSharedWithParty,
  type AgendaSubjectKind,
  type CommissionStanding,
  type DecisionStatus,
} from "../domain/commission.js";
import type { CommitmentScope } from "../domain/commitments.js";
import { visibleSteps, type EnforcementViewer } from "../domain/enforcement.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import type { IncidentScope } from "../domain/scopes.js";
import { findProvision } from "../store/agreements-repo.js";
import { findDecision, findMeeting } from "../store/commission-repo.js";
import { findCommitment } from "../store/commitments-repo.js";
import { rowToStep, stepsInScope } from "../store/enforcement-repo.js";
import { findVersionById } from "../store/geo-repo.js";
import { findIncident } from "../store/incidents-repo.js";
import { findRelease } from "../store/releases-repo.js";
import { incidentScopeFor, isMissionScope } from "./access.js";
import { commitmentScopeFor } from "./commitments.js";
import type { Deps, Tx } from "./deps.js";

type Reader = Deps["db"] | Tx;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function subjectNotFound(kind: string, id: string): DomainError {
  return new DomainError(
    "agenda_subject_not_found",
    `There is no ${kind.replaceAll("_", " ")} ${id}, or you may not see it; an agenda item can only be about a record you can read.`,
    { field: "subject.id", kind },
  );
}

interface Scopes {
  incidents: IncidentScope | null;
  commitments: CommitmentScope | null;
  /** Who reads a notice's steps (the commission once referred: decision 0017). */
  notices: EnforcementViewer | null;
  /** A party's liaison outside the delegation reads only the decisions the commission settled. */
  settledDecisionsOnly: boolean;
}

/** The reader's scopes, or null where its role reads none of that kind. */
function scopes(actor: Actor, now: Date, standing: CommissionStanding = null): Scopes {
  if (actor.kind === "system")
    return {
      incidents: { kind: "all" },
      commitments: { kind: "all" },
      notices: { role: "chief", party: null, mission: true },
      settledDecisionsOnly: false,
    };
  const orNull = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch (err) {
      if (err instanceof DomainError && err.code === "forbidden") return null;
      throw err;
    }
  };
  const incidents = orNull(() => incidentScopeFor(actor, now));
  return {
    incidents,
    commitments: orNull(() => commitmentScopeFor(actor)),
    notices:
      incidents && actor.kind === "user"
        ? { role: actor.role, party: actor.party, mission: isMissionScope(incidents) }
        : null,
    settledDecisionsOnly: standing === "party",
  };
}

async function visible(
  tx: Reader,
  kind: AgendaSubjectKind,
  id: string,
  s: Scopes,
): Promise<boolean> {
  switch (kind) {
    case "incident":
      return s.incidents !== null && (await findIncident(tx, id, s.incidents)) !== undefined;
    case "release":
      return s.incidents !== null && (await findRelease(tx, id, s.incidents)) !== undefined;
    case "notice": {
      if (!s.incidents || !s.notices) return false;
      const steps = await stepsInScope(tx, s.incidents, { noticeId: id });
      return visibleSteps(s.notices, steps.map(rowToStep)).length > 0;
    }
    case "commitment":
      return s.commitments !== null && (await findCommitment(tx, id, s.commitments)) !== undefined;
    // Geo layers and agreements are read by every logged-in user, the meetings by every reader
    // of the commission; its decisions by the delegations, by a party's liaison once settled.
    case "geo_layer_version":
      return (await findVersionById(tx, id)) !== undefined;
    case "provision":
      return (await findProvision(tx, { id })) !== null;
    case "meeting":
      return (await findMeeting(tx, id)) !== undefined;
    case "decision": {
      const d = await findDecision(tx, id);
      return (
        d !== undefined &&
        (!s.settledDecisionsOnly || decisionSharedWithParty(d.status as DecisionStatus))
      );
    }
  }
}

/**
 * The agenda's subjects this reader of the meeting may read, as `kind:id`: an item about a record
 * it may not read (the other party's commitment, a decision awaiting signatures for a party's
 * liaison) shows its title, never the record's id.
 */
export async function readableSubjects(
  db: Reader,
  actor: Actor,
  standing: CommissionStanding,
  subjects: { kind: AgendaSubjectKind; id: string }[],
  now: Date,
): Promise<Set<string>> {
  const s = scopes(actor, now, standing);
  const out = new Set<string>();
  for (const { kind, id } of subjects) {
    if (await visible(db, kind, id, s)) out.add(`${kind}:${id}`);
  }
  return out;
}

/** Refuses an agenda item's subject that does not exist or that `actor` may not read. */
export async function requireVisibleSubject(
  tx: Tx,
  actor: Actor,
  subject: { kind: AgendaSubjectKind; id: string },
  now: Date,
): Promise<void> {
  if (
    !UUID.test(subject.id) ||
    !(await visible(tx, subject.kind, subject.id, scopes(actor, now)))
  ) {
    throw subjectNotFound(subject.kind, subject.id);
  }
}
