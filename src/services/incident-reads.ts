/** Reading incidents: one with its reports, findings, releases and replies; the list. */
import { DomainError } from "../domain/errors.js";
import type { SubjectGeoSummary } from "../domain/geo/evaluation-record.js";
import type { Finding, Incident } from "../domain/incidents.js";
import type { Release, Reply, ReplyWindow } from "../domain/releases.js";
import type { Report } from "../domain/reports.js";
import type { Actor } from "../domain/roles.js";
import { permittedTransitions, type CaseState } from "../domain/workflow.js";
import type { Classification } from "../domain/access-rules.js";
import {
  findIncident,
  findingsOf,
  latestFinding,
  listIncidentRows,
  rowToFinding,
  rowToIncident,
  sortKeyOf,
  type IncidentFilter,
  type IncidentRow,
} from "../store/incidents-repo.js";
import { reportsOfIncident, rowToReport } from "../store/reports-repo.js";
import {
  currentReplyWindow,
  listReleaseRows,
  repliesOf,
  rowToRelease,
  rowToReply,
  rowToReplyWindow,
} from "../store/releases-repo.js";
import {
  incidentScopeFor,
  isMissionScope,
  reportScopeOrNull,
  requireUser,
  type IncidentScope,
} from "./access.js";
import { citedProvisionsOf, releasedCitation, type FindingCitedProvision } from "./agreements.js";
import { decodeSortedCursor, encodeSortedCursor, pageWithCursor, type Page } from "./cursor.js";
import type { Deps } from "./deps.js";
import { requireSector } from "./mission.js";
import { withGeo, withGeoSummary } from "./geo-evaluations.js";
import { breachedCommitmentOf } from "../store/commitments-repo.js";
import { linkedCommitments, type LinkedCommitment } from "./commission-links.js";

export function incidentNotFound(id: string): DomainError {
  return new DomainError("incident_not_found", `There is no incident with id ${id}.`);
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
  /**
   * The wording each finding shown cites (the mission's versions, or the released one), as in
   * force when that finding was drafted.
   */
  citedProvisions: FindingCitedProvision[];
  /**
   * The commitment the incident was opened for, as the breach of it, when the viewer may read
   * that commitment (decision 0015): a party never learns of another's obligation from here.
   */
  breachOf: LinkedCommitment | null;
}

export async function getIncident(deps: Deps, actor: Actor, id: string): Promise<IncidentDetail> {
  const scope = incidentScopeFor(actor, deps.clock());
  const row = await findIncident(deps.db, id, scope);
  if (!row) throw incidentNotFound(id);
  return detailOf(deps, actor, scope, row.id, row);
}

/** An incident as `actor` sees it in `scope`, with what surrounds it. */
export async function detailOf(
  deps: Deps,
  actor: Actor,
  scope: IncidentScope,
  id: string,
  /** The incident's row, when the caller has just read it in this scope. */
  found?: IncidentRow,
): Promise<IncidentDetail> {
  requireUser(actor);
  const row = found ?? (await findIncident(deps.db, id, scope));
  if (!row) throw incidentNotFound(id);
  const mission = isMissionScope(scope);
  const reportScope = reportScopeOrNull(actor, deps.clock());
  const party = actor.role === "liaison" ? actor.party : null;
  // The incident was found in scope: what surrounds it is read side by side.
  const [geoRead, reports, findingRows, releaseRows, replies, window, latestRow, breached] =
    await Promise.all([
      withGeo(deps.db, "incident", [rowToIncident(row)]),
      reportScope
        ? reportsOfIncident(deps.db, id, reportScope).then((rows) =>
            withGeo(deps.db, "report", rows.map(rowToReport)),
          )
        : [],
      mission ? findingsOf(deps.db, id) : [],
      listReleaseRows(deps.db, scope, { incidentId: id, limit: 1000 }),
      mission || party ? repliesOf(deps.db, id, party ?? undefined) : [],
      currentReplyWindow(deps.db, id),
      // The mission reads every version already; the latest is the last of them.
      mission ? undefined : latestFinding(deps.db, id),
      breachedCommitmentOf(deps.db, id),
    ]);
  const incident = geoRead[0]!;
  const findings = findingRows
    .filter((f) => scope.kind === "all" || f.classification !== "confidential_source")
    .map(rowToFinding);
  const releases = releaseRows.map(rowToRelease);
  const seesWindow =
    mission ||
    (party !== null &&
      incident.state === "right_of_reply" &&
      incident.concernedParties.includes(party));
  const latest = (mission ? findingRows.at(-1) : latestRow) ?? null;
  const citedProvisions = await citedProvisionsOf(
    deps.db,
    mission
      ? findings.map((f) => ({
          findingVersion: f.version,
          codes: f.provisions,
          draftedAt: f.createdAt,
        }))
      : await releasedCitation(deps.db, releases[0]),
  );
  // Exactly what transitionIncident would accept now.
  const transitions = mission
    ? permittedTransitions(
        {
          from: incident.state,
          role: actor.role,
          actorUserId: actor.userId,
          findingDraftedBy: latest?.drafted_by ?? null,
        },
        {
          incident: row.classification as Classification,
          finding: (latest?.classification as Classification | undefined) ?? null,
        },
      )
    : [];
  return {
    incident,
    reports,
    findings,
    releases,
    replies: replies.map(rowToReply),
    replyWindow: seesWindow && window ? rowToReplyWindow(window) : null,
    allowedTransitions: transitions,
    citedProvisions,
    breachOf: breached
      ? ((await linkedCommitments(deps.db, actor, [breached])).get(breached) ?? null)
      : null,
  };
}

export type IncidentListInput = Omit<IncidentFilter, "after"> & { cursor?: string };

/** The cursor's sort tag: a cursor is only good for the sort and direction it was made in. */
function sortTag(f: Pick<IncidentFilter, "sort" | "order">): string {
  return `${f.sort ?? "occurred"}:${f.order ?? "desc"}`;
}

export async function listIncidents(
  deps: Deps,
  actor: Actor,
  filter: IncidentListInput,
): Promise<Page<Incident & { geoSummary: SubjectGeoSummary }>> {
  const scope = incidentScopeFor(actor, deps.clock());
  await requireSector(deps, filter.sector);
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
    (page) => withGeoSummary(deps.db, "incident", page.map(rowToIncident)),
    (i) =>
      encodeSortedCursor({ sort: tag, key: sortKeyOf(filter.sort ?? "occurred", i), id: i.id }),
  );
}
