/**
 * Simultaneous release. Entering `published` or `restricted_release` (the workflow table says
 * who may) freezes the current finding into one snapshot for its audience, with a content hash.
 * Every recipient reads that snapshot, never the live finding, and sees it exactly when the
 * release instant (`release_at`, possibly in the future: an embargo) has passed by the service
 * clock — a condition evaluated in SQL, so both parties' liaisons see it from the same instant.
 */
import { randomUUID } from "node:crypto";
import {
  releaseAudience,
  releaseInstant,
  type Classification,
  type ReleaseAudience,
} from "../domain/access-rules.js";
import { DomainError } from "../domain/errors.js";
import { earliestPublicRelease, type ReleaseRules } from "../domain/mission.js";
import { contentHash, releaseContent, type Release } from "../domain/releases.js";
import type { Actor } from "../domain/roles.js";
import { rowToFinding, rowToIncident, type IncidentRow } from "../store/incidents-repo.js";
import type { FindingRow } from "../store/incidents-repo.js";
import {
  findRelease,
  insertRelease,
  latestReleasePerIncident,
  listReleaseRows,
  releaseOf,
  repliesOf,
  rowToRelease,
  rowToReply,
} from "../store/releases-repo.js";
import { signaturesOf, type StoredSignature } from "../store/signatures-repo.js";
import { incidentScopeFor, publicIncidentScope, requireUser } from "./access.js";
import { citedProvisionsOf, releasedCitation, type FindingCitedProvision } from "./agreements.js";
import { decodeCursor, pageOf, type Page } from "./cursor.js";
import type { Deps, Tx } from "./deps.js";

export type ReleasingState = "published" | "restricted_release";

export function isReleasingState(to: string): to is ReleasingState {
  return to === "published" || to === "restricted_release";
}

/** Whom entering `to` releases to; refuses when the classifications forbid any release. */
function audienceOrRefuse(
  to: ReleasingState,
  incident: { classification: string },
  finding: { classification: string },
): ReleaseAudience {
  const audience = releaseAudience(
    to,
    incident.classification as Classification,
    finding.classification as Classification,
  );
  if (!audience) {
    throw new DomainError(
      "release_not_permitted",
      `This finding cannot be released: the incident is classified "${incident.classification}" ` +
        `and the finding "${finding.classification}". Reclassify it for the parties or the public first.`,
      { incident: incident.classification, finding: finding.classification },
    );
  }
  return audience;
}

export interface ReleaseWrite {
  release: Release | null;
  /** Audited rows written. */
  rows: { table: "releases"; id: string }[];
}

/**
 * Writes the release of `finding` made by entering `to`, inside the caller's transaction. A
 * finding already released to the same audience is not released twice.
 */
export async function writeRelease(
  tx: Tx,
  actor: Extract<Actor, { kind: "user" }>,
  incident: IncidentRow,
  finding: FindingRow,
  to: ReleasingState,
  now: Date,
  requestedAt: Date | undefined,
  rules: ReleaseRules,
): Promise<ReleaseWrite> {
  const audience = audienceOrRefuse(to, incident, finding);
  if (await releaseOf(tx, finding.id, audience)) return { release: null, rows: [] };
  // The mission's rules: the parties first, the public after a delay (mission settings).
  const earliest =
    audience === "public"
      ? earliestPublicRelease(
          rules,
          (await releaseOf(tx, finding.id, "parties"))?.release_at ?? null,
        )
      : null;
  if (audience === "public" && !earliest) {
    throw new DomainError(
      "release_parties_first",
      "Under the mission's release rules the parties receive a finding before the public: " +
        "release this version to the parties first.",
      { field: "to" },
    );
  }
  if (requestedAt && requestedAt.getTime() < now.getTime()) {
    throw new DomainError(
      "validation_failed",
      "A release cannot be dated in the past; leave releaseAt out to release now.",
      { field: "releaseAt" },
    );
  }
  const releaseAt = releaseInstant(requestedAt ?? now, [
    incident.embargo_until,
    finding.embargo_until,
    earliest,
  ]);
  const replies = (await repliesOf(tx, incident.id)).map(rowToReply);
  const content = releaseContent(
    audience,
    releaseAt,
    rowToIncident(incident),
    rowToFinding(finding),
    replies,
  );
  const row = await insertRelease(tx, {
    id: randomUUID(),
    incident_id: incident.id,
    finding_id: finding.id,
    finding_version: finding.version,
    audience,
    release_at: releaseAt,
    content: JSON.stringify(content),
    content_hash: contentHash(content),
    released_by: actor.userId,
    created_at: now,
  });
  return { release: rowToRelease(row), rows: [{ table: "releases", id: row.id }] };
}

export type ReleasePage = Page<Release>;

const releasePosition = (r: Release) => ({ at: r.releaseAt, id: r.id });

/** Releases the caller may read: for the parties, only those whose instant has passed. */
export async function listReleases(
  deps: Deps,
  actor: Actor,
  filter: { incidentId?: string; cursor?: string; limit: number },
): Promise<ReleasePage> {
  const scope = incidentScopeFor(actor, deps.clock());
  const pos = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const rows = await listReleaseRows(deps.db, scope, {
    incidentId: filter.incidentId,
    before: pos && { releaseAt: pos.at, id: pos.id },
    limit: filter.limit + 1,
  });
  return pageOf(rows, filter.limit, (page) => page.map(rowToRelease), releasePosition);
}

/** One release, with the wording of the provisions its finding cites (as in force when drafted). */
export async function getRelease(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<
  Release & { citedProvisions: FindingCitedProvision[]; signature: StoredSignature | null }
> {
  requireUser(actor);
  const row = await findRelease(deps.db, id, incidentScopeFor(actor, deps.clock()));
  if (!row) throw new DomainError("release_not_found", `There is no release with id ${id}.`);
  const release = rowToRelease(row);
  const citedProvisions = await citedProvisionsOf(
    deps.db,
    await releasedCitation(deps.db, release),
  );
  const signature = (await signaturesOf(deps.db, "finding-release", [id])).get(id) ?? null;
  return { ...release, citedProvisions, signature };
}

/** Published findings for everyone, without login: the public release of each incident. */
export async function listPublicIncidents(
  deps: Deps,
  filter: { cursor?: string; limit: number },
): Promise<ReleasePage> {
  const pos = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const rows = await latestReleasePerIncident(deps.db, publicIncidentScope(deps.clock()), {
    before: pos && { releaseAt: pos.at, id: pos.id },
    limit: filter.limit + 1,
  });
  return pageOf(rows, filter.limit, (page) => page.map(rowToRelease), releasePosition);
}

export async function getPublicIncident(deps: Deps, incidentId: string): Promise<Release> {
  const [row] = await latestReleasePerIncident(deps.db, publicIncidentScope(deps.clock()), {
    incidentId,
    limit: 1,
  });
  if (!row)
    throw new DomainError("incident_not_found", `There is no incident with id ${incidentId}.`);
  return rowToRelease(row);
}
