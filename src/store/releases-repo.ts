/** Releases, reply windows and replies: rows in, rows out. */
import type { Insertable, Selectable } from "kysely";
import type { ReleaseAudience } from "../domain/access-rules.js";
import type { Release, ReleaseContent, Reply, ReplyWindow } from "../domain/releases.js";
import type { Language } from "../domain/taxonomy.js";
import type { IncidentScope } from "../domain/scopes.js";
import type { Db, Tx } from "./database.js";
import { releaseScopeFilter } from "./incidents-repo.js";
import type { ReleasesTable, RepliesTable, ReplyWindowsTable } from "./schema.js";

export type ReleaseRow = Selectable<ReleasesTable>;
export type ReplyWindowRow = Selectable<ReplyWindowsTable>;
export type ReplyRow = Selectable<RepliesTable>;

export function rowToRelease(r: ReleaseRow): Release {
  return {
    id: r.id,
    incidentId: r.incident_id,
    findingId: r.finding_id,
    findingVersion: r.finding_version,
    audience: r.audience as ReleaseAudience,
    releaseAt: r.release_at,
    content: r.content as ReleaseContent,
    contentHash: r.content_hash,
    releasedBy: r.released_by,
    createdAt: r.created_at,
  };
}

export function rowToReplyWindow(r: ReplyWindowRow): ReplyWindow {
  return {
    id: r.id,
    incidentId: r.incident_id,
    findingId: r.finding_id,
    findingVersion: r.finding_version,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
  };
}

export function rowToReply(r: ReplyRow): Reply {
  return {
    id: r.id,
    incidentId: r.incident_id,
    findingVersion: r.finding_version,
    party: r.party,
    text: r.text,
    language: r.language as Language,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
  };
}

export function insertRelease(tx: Tx, row: Insertable<ReleasesTable>): Promise<ReleaseRow> {
  return tx.insertInto("releases").values(row).returningAll().executeTakeFirstOrThrow();
}

export interface ReleaseFilter {
  incidentId?: string;
  /** Cursor: rows strictly before this (release_at, id), newest first. */
  before?: { releaseAt: Date; id: string };
  limit: number;
}

/** Releases inside `scope` (see releaseScopeFilter), newest instant first. */
export function listReleaseRows(db: Db | Tx, scope: IncidentScope, f: ReleaseFilter) {
  let q = db
    .selectFrom("releases")
    .innerJoin("incidents", "incidents.id", "releases.incident_id")
    .selectAll("releases")
    .where(releaseScopeFilter(scope));
  if (f.incidentId) q = q.where("releases.incident_id", "=", f.incidentId);
  if (f.before) {
    const b = f.before;
    // A row comparison, so the index on (release_at, id) starts at the cursor.
    q = q.where((eb) =>
      eb(eb.refTuple("releases.release_at", "releases.id"), "<", eb.tuple(b.releaseAt, b.id)),
    );
  }
  return q
    .orderBy("releases.release_at", "desc")
    .orderBy("releases.id", "desc")
    .limit(f.limit)
    .execute();
}

export function findRelease(db: Db | Tx, id: string, scope: IncidentScope) {
  return db
    .selectFrom("releases")
    .innerJoin("incidents", "incidents.id", "releases.incident_id")
    .selectAll("releases")
    .where("releases.id", "=", id)
    .where(releaseScopeFilter(scope))
    .executeTakeFirst();
}

/** The release of this finding to this audience, if one was made. */
export function releaseOf(tx: Tx, findingId: string, audience: ReleaseAudience) {
  return tx
    .selectFrom("releases")
    .selectAll()
    .where("finding_id", "=", findingId)
    .where("audience", "=", audience)
    .executeTakeFirst();
}

export function insertReplyWindow(tx: Tx, row: Insertable<ReplyWindowsTable>) {
  return tx.insertInto("reply_windows").values(row).returningAll().executeTakeFirstOrThrow();
}

/** The window opened last for the incident (a case may enter the reply state more than once). */
export function currentReplyWindow(db: Db | Tx, incidentId: string) {
  return db
    .selectFrom("reply_windows")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("opens_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

export function insertReply(tx: Tx, row: Insertable<RepliesTable>) {
  return tx.insertInto("replies").values(row).returningAll().executeTakeFirstOrThrow();
}

/** An incident's replies in order; only `party`'s when given. */
export function repliesOf(db: Db | Tx, incidentId: string, party?: string) {
  let q = db.selectFrom("replies").selectAll().where("incident_id", "=", incidentId);
  if (party) q = q.where("party", "=", party);
  return q.orderBy("submitted_at").orderBy("id").execute();
}

/** The latest release of each incident inside `scope`, newest first (the public read path). */
export function latestReleasePerIncident(
  db: Db,
  scope: IncidentScope,
  f: { incidentId?: string; before?: { releaseAt: Date; id: string }; limit: number },
) {
  let latest = db
    .selectFrom("releases")
    .innerJoin("incidents", "incidents.id", "releases.incident_id")
    .selectAll("releases")
    .where(releaseScopeFilter(scope))
    .distinctOn("releases.incident_id")
    .orderBy("releases.incident_id")
    .orderBy("releases.release_at", "desc")
    .orderBy("releases.id", "desc");
  if (f.incidentId) latest = latest.where("releases.incident_id", "=", f.incidentId);
  let q = db.selectFrom(latest.as("r")).selectAll();
  if (f.before) {
    const b = f.before;
    q = q.where((eb) => eb(eb.refTuple("r.release_at", "r.id"), "<", eb.tuple(b.releaseAt, b.id)));
  }
  return q.orderBy("r.release_at", "desc").orderBy("r.id", "desc").limit(f.limit).execute();
}
