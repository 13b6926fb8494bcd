/** Tasks and the users they are assigned to: rows in, rows out. */
import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import type { Task, TaskKind, TaskPriority, TaskStatus } from "../domain/tasks.js";
import type { Language } from "../domain/taxonomy.js";
import type { IncidentScope } from "../domain/scopes.js";
import type { Db, Tx } from "./database.js";
import { incidentScopeFilter } from "./incidents-repo.js";
import type { TasksTable } from "./schema.js";

export type TaskRow = Selectable<TasksTable>;

export function rowToTask(r: TaskRow): Task {
  return {
    id: r.id,
    reference: r.reference,
    incidentId: r.incident_id,
    kind: r.kind as TaskKind,
    instructions: r.instructions,
    language: r.language as Language,
    placeName: r.place_name,
    location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    priority: r.priority as TaskPriority,
    dueAt: r.due_at,
    assigneeId: r.assignee_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    status: r.status as TaskStatus,
    statusChangedAt: r.status_changed_at,
    statusChangedBy: r.status_changed_by,
    statusReason: r.status_reason,
    outcome: r.outcome,
    resultReportId: r.result_report_id,
  };
}

export async function nextTaskReference(tx: Tx): Promise<string> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('task_reference_seq') AS n`.execute(tx);
  return `TSK-${String(rows[0]!.n).padStart(5, "0")}`;
}

export function insertTask(tx: Tx, row: Insertable<TasksTable>) {
  return tx.insertInto("tasks").values(row).returningAll().executeTakeFirstOrThrow();
}

export function findTask(db: Db | Tx, id: string, lock = false) {
  let q = db.selectFrom("tasks").selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The task this creator already made with this Idempotency-Key, if any. */
export function findTaskByIdempotencyKey(tx: Tx, createdBy: string, key: string) {
  return tx
    .selectFrom("tasks")
    .selectAll()
    .where("created_by", "=", createdBy)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

export function updateTask(tx: Tx, id: string, set: Updateable<TasksTable>) {
  return tx
    .updateTable("tasks")
    .set(set)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One monitor's tasks: active ones first by due date, then the rest newest first. */
export function tasksOfAssignee(
  db: Db,
  assigneeId: string,
  f: { statuses?: readonly TaskStatus[]; limit: number },
) {
  let q = db.selectFrom("tasks").selectAll().where("assignee_id", "=", assigneeId);
  if (f.statuses?.length) q = q.where("status", "in", [...f.statuses]);
  return q
    .orderBy(sql`CASE WHEN status IN ('open','accepted') THEN 0 ELSE 1 END`)
    .orderBy(sql`CASE WHEN status IN ('open','accepted') THEN due_at END`, "asc")
    .orderBy("status_changed_at", "desc")
    .orderBy("id")
    .limit(f.limit)
    .execute();
}

/** How many tasks of this monitor are in each status. */
export async function taskCountsOfAssignee(db: Db, assigneeId: string) {
  const rows = await db
    .selectFrom("tasks")
    .select(["status", (eb) => eb.fn.countAll<string>().as("n")])
    .where("assignee_id", "=", assigneeId)
    .groupBy("status")
    .execute();
  return new Map(rows.map((r) => [r.status as TaskStatus, Number(r.n)]));
}

/** An incident's tasks, newest first. */
export function tasksOfIncident(db: Db, incidentId: string) {
  return db
    .selectFrom("tasks")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

/** The references of these incidents, and which of them `scope` may read. */
export async function incidentsForTasks(db: Db | Tx, ids: string[], scope: IncidentScope) {
  if (ids.length === 0) return new Map<string, { reference: string; title: string | null }>();
  const rows = await db
    .selectFrom("incidents")
    .select(["incidents.id", "incidents.reference", "incidents.title"])
    .select((eb) => incidentScopeFilter(scope)(eb).as("readable"))
    .where("incidents.id", "in", ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { reference: r.reference, title: r.readable ? r.title : null }]),
  );
}

/** A user as a task needs it: role, name, whether it may still log in. */
export function findUserForTask(db: Db | Tx, id: string) {
  return db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "disabled_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Users of these roles who may still log in, by display name. */
export function activeUsersWithRole(db: Db, role: string) {
  return db
    .selectFrom("users")
    .select(["id", "username", "display_name"])
    .where("role", "=", role)
    .where("disabled_at", "is", null)
    .orderBy("display_name")
    .orderBy("id")
    .execute();
}

/** Display names of these users (for lists that name who assigned and who does a task). */
export async function displayNames(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
