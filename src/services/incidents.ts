/** Triage into incidents, the case workflow, and findings. */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import {
  checkFinding,
  type Finding,
  type FindingInput,
  type Incident,
} from "../domain/incidents.js";
import type { Actor } from "../domain/roles.js";
import type { CategoryCode } from "../domain/taxonomy.js";
import {
  allowedTransitions,
  checkTransition,
  FINDING_EDITABLE_STATES,
  type CaseState,
} from "../domain/workflow.js";
import {
  findIncident,
  findingsOf,
  incidentScopeFilter,
  latestFinding,
  listIncidentRows,
  nextIncidentReference,
  refreshIncidentVisibility,
  rowToFinding,
  rowToIncident,
  sortKeyOf,
  visibilityColumns,
  type IncidentFilter,
} from "../store/incidents-repo.js";
import { rowToReport, scopeFilter, type ReportRow } from "../store/reports-repo.js";
import {
  currentReplyWindow,
  listReleaseRows,
  repliesOf,
  rowToRelease,
  rowToReply,
  rowToReplyWindow,
} from "../store/releases-repo.js";
import type { Report } from "../domain/reports.js";
import type { Release, Reply, ReplyWindow } from "../domain/releases.js";
import {
  incidentScopeFor,
  isMissionScope,
  reportScopeOrNull,
  requireRole,
  requireUser,
  reportScopeFor,
  type IncidentScope,
  type ReportScope,
} from "./access.js";
import { openReplyWindow } from "./replies.js";
import { audienceOrRefuse, isReleasingState, writeRelease } from "./releases.js";
import { appendAudit } from "./audit.js";
import { withGeo } from "./geo-evaluations.js";
import { geoOfNewRecord } from "../domain/geo/evaluation-record.js";
import { decodeSortedCursor, encodeSortedCursor, pageWithCursor, type Page } from "./cursor.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { reportNotFound } from "./reports.js";

const TRIAGE_ROLES = ["intake", "chief"];
const FINDING_ROLES = ["analyst", "chief"];

export function incidentNotFound(id: string): DomainError {
  return new DomainError("incident_not_found", `There is no incident with id ${id}.`);
}

function unionWindow(rows: { occurred_from: Date; occurred_to: Date }[]) {
  return {
    from: new Date(Math.min(...rows.map((r) => r.occurred_from.getTime()))),
    to: new Date(Math.max(...rows.map((r) => r.occurred_to.getTime()))),
  };
}

function partiesOf(rows: ReportRow[], existing: string[] = []): string[] {
  const set = new Set(existing);
  for (const r of rows) {
    if (r.submitter_party) set.add(r.submitter_party);
    if (r.alleged_party) set.add(r.alleged_party);
  }
  return [...set].sort();
}

/** The reports, locked, if the caller may see them all and none is triaged yet. */
async function untriagedReports(tx: Tx, ids: string[], scope: ReportScope): Promise<ReportRow[]> {
  const rows = await tx
    .selectFrom("reports")
    .selectAll()
    .where("id", "in", ids)
    .where(scopeFilter(scope))
    .forUpdate()
    .execute();
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw reportNotFound(id);
    if (row.status !== "received") {
      throw new DomainError(
        "report_already_triaged",
        `Report ${row.tracking_id} was already triaged (status "${row.status}").`,
        { reportId: id, status: row.status },
      );
    }
  }
  return rows;
}

export interface CreateIncidentInput {
  reportIds: string[];
  title?: string;
  category?: CategoryCode;
}

/** Opens an incident from one or more untriaged reports. */
export async function createIncident(
  deps: Deps,
  actor: Actor,
  input: CreateIncidentInput,
): Promise<Incident> {
  requireRole(actor, TRIAGE_ROLES, "open incidents");
  requireUser(actor);
  const now = deps.clock();
  const ids = [...new Set(input.reportIds)];
  return inTransaction(deps, async (tx) => {
    const reports = await untriagedReports(tx, ids, reportScopeFor(actor, now));
    const first = reports.find((r) => r.id === ids[0])!;
    const located = reports.find((r) => r.lat !== null);
    const window = unionWindow(reports);
    const id = randomUUID();
    const reference = await nextIncidentReference(tx);
    const row = await tx
      .insertInto("incidents")
      .values({
        id,
        reference,
        state: "received",
        title:
          input.title ?? `${input.category ?? first.category} ${first.place_name ?? ""}`.trim(),
        title_generated: input.title === undefined,
        category: input.category ?? first.category,
        occurred_from: window.from,
        occurred_to: window.to,
        lat: located?.lat ?? null,
        lon: located?.lon ?? null,
        concerned_parties: partiesOf(reports),
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx
      .updateTable("reports")
      .set({ status: "in_incident", incident_id: id, triaged_by: actor.userId, triaged_at: now })
      .where("id", "in", ids)
      .execute();
    // Its reports' parties, for the access checks, before the audit entry records the row.
    await refreshIncidentVisibility(tx, id);
    await appendAudit(tx, {
      actor,
      action: "incident.opened",
      subject: `incident:${id}`,
      at: now,
      rows: [{ table: "incidents", id }, ...ids.map((r) => ({ table: "reports" as const, id: r }))],
      details: { reference, reportIds: ids },
    });
    const incident = rowToIncident(row);
    return { ...incident, geo: geoOfNewRecord(incident.location) };
  });
}

/** Merges a duplicate report into an existing incident, with a reason. */
export async function mergeReport(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  reportId: string,
  reason: string,
): Promise<Incident> {
  requireRole(actor, TRIAGE_ROLES, "merge reports");
  requireUser(actor);
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const incident = await findIncident(tx, incidentId, incidentScopeFor(actor, now), true);
    if (!incident) throw incidentNotFound(incidentId);
    if (incident.state === "closed") {
      throw new DomainError(
        "conflict",
        "This incident is closed; reopen it before merging reports into it.",
      );
    }
    const [report] = await untriagedReports(tx, [reportId], reportScopeFor(actor, now));
    const window = unionWindow([incident, report!]);
    await tx
      .updateTable("reports")
      .set({
        status: "merged",
        incident_id: incidentId,
        triage_reason: reason,
        triaged_by: actor.userId,
        triaged_at: now,
      })
      .where("id", "=", reportId)
      .execute();
    const row = await tx
      .updateTable("incidents")
      .set({
        // With the merged report's party, for the access checks, before the audit entry.
        ...visibilityColumns(),
        occurred_from: window.from,
        occurred_to: window.to,
        lat: incident.lat ?? report!.lat,
        lon: incident.lon ?? report!.lon,
        concerned_parties: partiesOf([report!], incident.concerned_parties),
        updated_at: now,
      })
      .where("id", "=", incidentId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      actor,
      action: "report.merged",
      subject: `incident:${incidentId}`,
      at: now,
      rows: [
        { table: "incidents", id: incidentId },
        { table: "reports", id: reportId },
      ],
      details: { reportId, reason },
    });
    return rowToIncident(row);
  });
}

export interface IncidentDetail {
  incident: Incident;
  reports: Report[];
  /** Every finding version, for the mission; outside it, none (they read releases). */
  findings: Finding[];
  /** Releases the viewer may read, newest first; outside the mission only those already out. */
  releases: Release[];
  /** Replies the viewer may read: all for the mission, a party's own for its liaison. */
  replies: Reply[];
  /** The current reply window, for the mission and for parties while it concerns them. */
  replyWindow: ReplyWindow | null;
  /** The transitions this actor may make now: exactly what the server would accept. */
  allowedTransitions: CaseState[];
}

export async function getIncident(deps: Deps, actor: Actor, id: string): Promise<IncidentDetail> {
  const scope = incidentScopeFor(actor, deps.clock());
  const row = await findIncident(deps.db, id, scope);
  if (!row) throw incidentNotFound(id);
  return detailOf(deps, actor, scope, row.id);
}

async function detailOf(
  deps: Deps,
  actor: Actor,
  scope: IncidentScope,
  id: string,
): Promise<IncidentDetail> {
  requireUser(actor);
  const row = await findIncident(deps.db, id, scope);
  if (!row) throw incidentNotFound(id);
  const incident = (await withGeo(deps.db, "incident", [rowToIncident(row)]))[0]!;
  const mission = isMissionScope(scope);
  const reportScope = reportScopeOrNull(actor, deps.clock());
  const reports = reportScope
    ? (
        await deps.db
          .selectFrom("reports")
          .selectAll()
          .where("incident_id", "=", id)
          .where(scopeFilter(reportScope))
          .orderBy("received_at")
          .execute()
      ).map(rowToReport)
    : [];
  const findings = mission
    ? (await findingsOf(deps.db, id))
        .filter((f) => scope.kind === "all" || f.classification !== "confidential_source")
        .map(rowToFinding)
    : [];
  const releases = (await listReleaseRows(deps.db, scope, { incidentId: id, limit: 1000 })).map(
    rowToRelease,
  );
  const party = actor.role === "liaison" ? actor.party : null;
  const replies = mission || party ? await repliesOf(deps.db, id, party ?? undefined) : [];
  const window = await currentReplyWindow(deps.db, id);
  const seesWindow =
    mission ||
    (party !== null &&
      incident.state === "right_of_reply" &&
      incident.concernedParties.includes(party));
  const latest = (await latestFinding(deps.db, id)) ?? null;
  const transitions = mission
    ? allowedTransitions(incident.state, actor.role).filter((to) => {
        try {
          checkTransition({
            from: incident.state,
            to,
            role: actor.role,
            actorUserId: actor.userId,
            findingDraftedBy: latest?.drafted_by ?? null,
          });
          if (isReleasingState(to) && latest) audienceOrRefuse(to, row, latest);
          return true;
        } catch {
          return false;
        }
      })
    : [];
  return {
    incident,
    reports: await withGeo(deps.db, "report", reports),
    findings,
    releases,
    replies: replies.map(rowToReply),
    replyWindow: seesWindow && window ? rowToReplyWindow(window) : null,
    allowedTransitions: transitions,
  };
}

export type IncidentListInput = Omit<IncidentFilter, "after"> & { cursor?: string };

/** The cursor's sort tag: a cursor is only good for the sort and direction it was made in. */
export function sortTag(f: Pick<IncidentFilter, "sort" | "order">): string {
  return `${f.sort ?? "occurred"}:${f.order ?? "desc"}`;
}

export async function listIncidents(
  deps: Deps,
  actor: Actor,
  filter: IncidentListInput,
): Promise<Page<Incident>> {
  const scope = incidentScopeFor(actor, deps.clock());
  const tag = sortTag(filter);
  const after = filter.cursor ? decodeSortedCursor(filter.cursor, tag) : undefined;
  const rows = await listIncidentRows(deps.db, scope, {
    ...filter,
    after,
    limit: filter.limit + 1,
  });
  return pageWithCursor(
    rows,
    filter.limit,
    (page) => withGeo(deps.db, "incident", page.map(rowToIncident)),
    (i) =>
      encodeSortedCursor({ sort: tag, key: sortKeyOf(filter.sort ?? "occurred", i), id: i.id }),
  );
}

export interface TransitionOptions {
  /** Entering right_of_reply: the deadline for replies (default 72 hours from now). */
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
    if (to === "right_of_reply" && latest) {
      written.push(await openReplyWindow(tx, actor, id, latest, now, opts.replyDeadline));
    }
    if (isReleasingState(to) && latest) {
      const { release, rows } = await writeRelease(tx, actor, row, latest, to, now, opts.releaseAt);
      written.push(...rows);
      releaseAt = release?.releaseAt ?? null;
    }
    await tx
      .updateTable("incidents")
      .set({
        // With the release just written, for the access checks, before the audit entry.
        ...visibilityColumns(),
        state: to,
        updated_at: now,
        released_at: row.released_at ?? releaseAt,
      })
      .where("id", "=", id)
      .execute();
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
  });
  return detailOf(deps, actor, scope, id);
}

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
    await checkFindingReferences(tx, incidentId, input);
    const latest = await latestFinding(tx, incidentId);
    const id = randomUUID();
    const row = await tx
      .insertInto("findings")
      .values({
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
        drafted_by: actor.userId,
        created_at: now,
        classification: input.classification ?? incident.classification,
        concerned_parties: input.concernedParties ?? incident.concerned_parties,
        embargo_until: input.embargoUntil ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx
      .updateTable("incidents")
      .set({ updated_at: now })
      .where("id", "=", incidentId)
      .execute();
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
  tx: Tx,
  incidentId: string,
  input: FindingInput,
): Promise<void> {
  for (const code of input.concernedParties ?? []) {
    const p = await tx
      .selectFrom("parties")
      .select("code")
      .where("code", "=", code)
      .executeTakeFirst();
    if (!p) throw new DomainError("party_not_found", `There is no party with code "${code}".`);
  }
  if (input.attributedParty) {
    const p = await tx
      .selectFrom("parties")
      .select("code")
      .where("code", "=", input.attributedParty)
      .executeTakeFirst();
    if (!p)
      throw new DomainError(
        "party_not_found",
        `There is no party with code "${input.attributedParty}".`,
      );
  }
  if (input.provisions.length) {
    const found = await tx
      .selectFrom("provisions")
      .select("code")
      .where("code", "in", input.provisions)
      .execute();
    const missing = input.provisions.filter((c) => !found.some((f) => f.code === c));
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
    const inIncident = await tx
      .selectFrom("reports")
      .select("id")
      .where("incident_id", "=", incidentId)
      .where("id", "in", gradedIds)
      .execute();
    const missing = gradedIds.filter((g) => !inIncident.some((r) => r.id === g));
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

export { incidentScopeFilter };
