/** Enforcement steps (decision 0017): rows in, rows out. */
import type { Insertable, Selectable } from "kysely";
import type { EnforcementStep, StepKind } from "../domain/enforcement.js";
import type { IncidentScope } from "../domain/scopes.js";
import type { Language } from "../domain/taxonomy.js";
import type { Db, Tx } from "./database.js";
import { incidentScopeFilter, releaseScopeFilter } from "./incidents-repo.js";
import { rowToRelease } from "./releases-repo.js";
import type { EnforcementStepsTable } from "./schema.js";

export type EnforcementStepRow = Selectable<EnforcementStepsTable>;

export function rowToStep(r: EnforcementStepRow): EnforcementStep {
  return {
    id: r.id,
    noticeId: r.notice_id,
    seq: r.seq,
    incidentId: r.incident_id,
    kind: r.kind as StepKind,
    party: r.party,
    releaseId: r.release_id,
    findingId: r.finding_id,
    findingVersion: r.finding_version,
    provisions: r.provisions,
    deadlineDay: r.deadline_day,
    deadlineAt: r.deadline_at,
    textEn: r.text_en,
    textAr: r.text_ar,
    language: r.language as Language,
    agendaItemId: r.agenda_item_id,
    decisionId: r.decision_id,
    correctsStepId: r.corrects_step_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export function insertStep(tx: Tx, row: Insertable<EnforcementStepsTable>) {
  return tx.insertInto("enforcement_steps").values(row).returningAll().executeTakeFirstOrThrow();
}

/** The incident's latest release to the parties whose instant has passed, if any. */
export async function latestPartiesRelease(tx: Tx, incidentId: string, now: Date) {
  const row = await tx
    .selectFrom("releases")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .where("audience", "=", "parties")
    .where("release_at", "<=", now)
    .orderBy("release_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && rowToRelease(row);
}

/** The notice issued on this release, if any. */
export function noticeOfRelease(db: Db | Tx, releaseId: string) {
  return db
    .selectFrom("enforcement_steps")
    .selectAll()
    .where("release_id", "=", releaseId)
    .where("kind", "=", "notice")
    .executeTakeFirst();
}

/**
 * The ids of the notices whose incident and release `scope` reads: the mission every notice (of
 * incidents it reads); anyone else only notices issued on a release it has received.
 */
function visibleNotices(db: Db | Tx, scope: IncidentScope) {
  return db
    .selectFrom("enforcement_steps as n")
    .innerJoin("incidents", "incidents.id", "n.incident_id")
    .innerJoin("releases", "releases.id", "n.release_id")
    .select("n.id")
    .where("n.kind", "=", "notice")
    .where(incidentScopeFilter(scope))
    .where(releaseScopeFilter(scope));
}

/** Every step of the notices `scope` reads, in ladder order: one incident's, one notice's, or all. */
export function stepsInScope(
  db: Db | Tx,
  scope: IncidentScope,
  f: { incidentId?: string; noticeId?: string; party?: string },
) {
  let notices = visibleNotices(db, scope);
  if (f.incidentId) notices = notices.where("n.incident_id", "=", f.incidentId);
  if (f.noticeId) notices = notices.where("n.id", "=", f.noticeId);
  if (f.party) notices = notices.where("n.party", "=", f.party);
  return db
    .selectFrom("enforcement_steps")
    .selectAll()
    .where("notice_id", "in", notices)
    .orderBy("notice_id")
    .orderBy("seq")
    .execute();
}

/** One notice's steps for writing the next one, the notice row locked against a racing writer. */
export async function stepsForUpdate(tx: Tx, noticeId: string): Promise<EnforcementStepRow[]> {
  const notice = await tx
    .selectFrom("enforcement_steps")
    .select("id")
    .where("id", "=", noticeId)
    .where("kind", "=", "notice")
    .forUpdate()
    .executeTakeFirst();
  if (!notice) return [];
  return tx
    .selectFrom("enforcement_steps")
    .selectAll()
    .where("notice_id", "=", noticeId)
    .orderBy("seq")
    .execute();
}
