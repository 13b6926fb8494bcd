/**
 * Reclassifying an incident: the chief decides who may read it outside the mission (for
 * instance public before publication, or internal to withdraw it from the parties), which
 * parties it concerns, and any embargo. A triage-like audited action; reports keep the
 * classification they were given at intake, and findings carry theirs in each version.
 */
import type { Classification } from "../domain/access-rules.js";
import type { Incident } from "../domain/incidents.js";
import type { Actor } from "../domain/roles.js";
import { findIncident, reclassifyIncident, rowToIncident } from "../store/incidents-repo.js";
import { requireRole } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { incidentNotFound } from "./incident-reads.js";
import { requirePartiesExist } from "./parties.js";

export interface ClassifyInput {
  classification: Classification;
  concernedParties?: string[];
  /** Undefined keeps the embargo; null lifts it. */
  embargoUntil?: Date | null;
  reason: string;
}

export async function classifyIncident(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ClassifyInput,
): Promise<Incident> {
  requireRole(actor, ["chief"], "classify incidents");
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const row = await findIncident(tx, id, { kind: "all" }, true);
    if (!row) throw incidentNotFound(id);
    const parties = input.concernedParties
      ? [...new Set(input.concernedParties)].sort()
      : row.concerned_parties;
    await requirePartiesExist(deps, tx, parties);
    const embargo = input.embargoUntil === undefined ? row.embargo_until : input.embargoUntil;
    const updated = await reclassifyIncident(tx, id, {
      classification: input.classification,
      concernedParties: parties,
      embargoUntil: embargo,
      at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "incident.classified",
      subject: `incident:${id}`,
      at: now,
      rows: [{ table: "incidents", id }],
      details: {
        from: row.classification,
        to: input.classification,
        concernedParties: parties,
        embargoUntil: embargo?.toISOString() ?? null,
        reason: input.reason,
      },
    });
    return rowToIncident(updated);
  });
}
