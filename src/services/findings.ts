/** Findings: drafting a new version of an incident's finding. */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import { checkFinding, type Finding, type FindingInput } from "../domain/incidents.js";
import { FINDING_ROLES, type Actor } from "../domain/roles.js";
import { FINDING_EDITABLE_STATES, type CaseState } from "../domain/workflow.js";
import { existingProvisionCodes } from "../store/agreements-repo.js";
import {
  findIncident,
  insertFinding,
  latestFinding,
  rowToFinding,
  touchIncident,
} from "../store/incidents-repo.js";
import { reportIdsInIncident } from "../store/reports-repo.js";
import { incidentScopeFor, requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { incidentNotFound } from "./incident-reads.js";
import { requirePartiesExist } from "./parties.js";

export async function addFinding(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: FindingInput,
): Promise<Finding> {
  requireRole(actor, FINDING_ROLES, "draft findings");
  requireUser(actor);
  checkFinding(input);
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const incident = await findIncident(tx, incidentId, incidentScopeFor(actor, now), true);
    if (!incident) throw incidentNotFound(incidentId);
    if (!FINDING_EDITABLE_STATES.includes(incident.state as CaseState)) {
      throw new DomainError(
        "finding_not_editable",
        `A finding cannot be drafted while the incident is "${incident.state}"; return it to verification first.`,
        { state: incident.state, editableIn: FINDING_EDITABLE_STATES },
      );
    }
    await checkFindingReferences(deps, tx, incidentId, input);
    const latest = await latestFinding(tx, incidentId);
    const id = randomUUID();
    const row = await insertFinding(tx, {
      id,
      incident_id: incidentId,
      version: (latest?.version ?? 0) + 1,
      outcome: input.outcome,
      verification_level: input.verificationLevel,
      attribution_level: input.attributionLevel,
      attributed_party: input.attributedParty ?? null,
      provisions: input.provisions,
      severity: input.severity ?? null,
      standard_of_proof: input.standardOfProof ?? null,
      source_grades: JSON.stringify(input.sourceGrades),
      public_narrative: input.publicNarrative,
      restricted_narrative: input.restrictedNarrative,
      public_narrative_ar: input.publicNarrativeAr ?? "",
      restricted_narrative_ar: input.restrictedNarrativeAr ?? "",
      authoritative_language: input.authoritativeLanguage ?? "en",
      drafted_by: actor.userId,
      created_at: now,
      classification: input.classification ?? incident.classification,
      concerned_parties: input.concernedParties ?? incident.concerned_parties,
      embargo_until: input.embargoUntil ?? null,
    });
    await touchIncident(tx, incidentId, now);
    await appendAudit(tx, {
      actor,
      action: "finding.drafted",
      subject: `incident:${incidentId}`,
      at: now,
      rows: [
        { table: "findings", id },
        { table: "incidents", id: incidentId },
      ],
      details: { version: row.version, outcome: input.outcome },
    });
    return rowToFinding(row);
  });
}

async function checkFindingReferences(
  deps: Deps,
  tx: Tx,
  incidentId: string,
  input: FindingInput,
): Promise<void> {
  await requirePartiesExist(deps, tx, [...(input.concernedParties ?? []), input.attributedParty]);
  if (input.provisions.length) {
    const found = await existingProvisionCodes(tx, input.provisions);
    const missing = input.provisions.filter((c) => !found.has(c));
    if (missing.length) {
      throw new DomainError(
        "provision_not_found",
        `Unknown provision code(s): ${missing.join(", ")}.`,
        { missing },
      );
    }
  }
  const gradedIds = input.sourceGrades.map((g) => g.reportId);
  if (gradedIds.length) {
    const inIncident = await reportIdsInIncident(tx, incidentId, gradedIds);
    const missing = gradedIds.filter((g) => !inIncident.has(g));
    if (missing.length) {
      throw new DomainError(
        "validation_failed",
        "Source grades may only grade reports of this incident.",
        {
          field: "sourceGrades",
          missing,
        },
      );
    }
  }
}
