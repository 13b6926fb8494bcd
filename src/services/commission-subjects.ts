/**
 * What an agenda item is about (decision 0016): a record of one of AGENDA_SUBJECT_KINDS that
 * exists and that the one adding the item may read. A record that does not exist and one the
 * reader may not see are refused alike, so that the agenda cannot be used to probe for records.
 */
import type { AgendaSubjectKind } from "../domain/commission.js";
import type { CommitmentScope } from "../domain/commitments.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import type { IncidentScope } from "../domain/scopes.js";
import { findProvision } from "../store/agreements-repo.js";
import { findDecision, findMeeting } from "../store/commission-repo.js";
import { findCommitment } from "../store/commitments-repo.js";
import { stepsInScope } from "../store/enforcement-repo.js";
import { findVersionById } from "../store/geo-repo.js";
import { findIncident } from "../store/incidents-repo.js";
import { findRelease } from "../store/releases-repo.js";
import { incidentScopeFor } from "./access.js";
import { commitmentScopeFor } from "./commitments.js";
import type { Tx } from "./deps.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function subjectNotFound(kind: string, id: string): DomainError {
  return new DomainError(
    "agenda_subject_not_found",
    `There is no ${kind.replaceAll("_", " ")} ${id}, or you may not see it; an agenda item can only be about a record you can read.`,
    { field: "subject.id", kind },
  );
}

/** The reader's scopes, or null where its role reads none of that kind. */
function scopes(
  actor: Actor,
  now: Date,
): { incidents: IncidentScope | null; commitments: CommitmentScope | null } {
  if (actor.kind === "system") return { incidents: { kind: "all" }, commitments: { kind: "all" } };
  const orNull = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch (err) {
      if (err instanceof DomainError && err.code === "forbidden") return null;
      throw err;
    }
  };
  return {
    incidents: orNull(() => incidentScopeFor(actor, now)),
    commitments: orNull(() => commitmentScopeFor(actor)),
  };
}

async function visible(
  tx: Tx,
  kind: AgendaSubjectKind,
  id: string,
  s: ReturnType<typeof scopes>,
): Promise<boolean> {
  switch (kind) {
    case "incident":
      return s.incidents !== null && (await findIncident(tx, id, s.incidents)) !== undefined;
    case "release":
      return s.incidents !== null && (await findRelease(tx, id, s.incidents)) !== undefined;
    case "notice":
      return (
        s.incidents !== null && (await stepsInScope(tx, s.incidents, { noticeId: id })).length > 0
      );
    case "commitment":
      return s.commitments !== null && (await findCommitment(tx, id, s.commitments)) !== undefined;
    // Geo layers and agreements are read by every logged-in user; the commission's own records
    // by the secretariat, who alone adds agenda items.
    case "geo_layer_version":
      return (await findVersionById(tx, id)) !== undefined;
    case "provision":
      return (await findProvision(tx, { id })) !== null;
    case "meeting":
      return (await findMeeting(tx, id)) !== undefined;
    case "decision":
      return (await findDecision(tx, id)) !== undefined;
  }
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
