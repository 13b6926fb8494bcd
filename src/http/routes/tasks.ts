import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import {
  createTask,
  getTask,
  listAssignees,
  listIncidentTasks,
  listMyTasks,
  moveTask,
} from "../../services/tasks.js";
import { presentAssignee, presentTask } from "../presenters/tasks.js";
import { idParams } from "../schemas/common.js";
import { IdempotencyHeaders } from "../schemas/reports.js";
import {
  CancelTaskBody,
  CompleteTaskBody,
  CreateTaskBody,
  DeclineTaskBody,
  MyTasksQuery,
} from "../schemas/tasks.js";
import { AssigneeList, MyTasks, Task, TaskList } from "../schemas/tasks-responses.js";

/** Tasks: site visits and requests for information assigned to monitors on incidents. */
export function taskRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/monitors",
    {
      schema: {
        summary: "The monitors a task may be assigned to (tasking roles)",
        response: { 200: AssigneeList },
      },
    },
    async (req) => ({ items: (await listAssignees(deps, req.actor)).map(presentAssignee) }),
  );

  r.post(
    "/incidents/:id/tasks",
    {
      schema: {
        summary: "Assign a site visit or a request for information on an incident to a monitor",
        params: idParams,
        headers: IdempotencyHeaders,
        body: CreateTaskBody,
        response: {
          201: Task,
          200: Task.describe("A retry with the same Idempotency-Key: the same task"),
        },
      },
    },
    async (req, reply) => {
      const { view, replayed } = await createTask(deps, req.actor, req.params.id, req.body, {
        idempotencyKey: req.headers["idempotency-key"],
      });
      reply.status(replayed ? 200 : 201).header("location", `/api/v1/tasks/${view.task.id}`);
      return presentTask(view, req.actor);
    },
  );

  r.get(
    "/incidents/:id/tasks",
    {
      schema: {
        summary: "An incident's tasks (tasking roles)",
        params: idParams,
        response: { 200: TaskList },
      },
    },
    async (req) => ({
      items: (await listIncidentTasks(deps, req.actor, req.params.id)).map((v) =>
        presentTask(v, req.actor),
      ),
    }),
  );

  r.get(
    "/me/tasks",
    {
      schema: {
        summary: "The caller's own tasks (a monitor's list), active first, with counts per status",
        querystring: MyTasksQuery,
        response: { 200: MyTasks },
      },
    },
    async (req) => {
      const { items, counts } = await listMyTasks(deps, req.actor, req.query);
      return { items: items.map((v) => presentTask(v, req.actor)), counts };
    },
  );

  r.get(
    "/tasks/:id",
    {
      schema: {
        summary: "One task (its monitor, or a tasking role)",
        params: idParams,
        response: { 200: Task },
      },
    },
    async (req) => presentTask(await getTask(deps, req.actor, req.params.id), req.actor),
  );

  r.post(
    "/tasks/:id/accept",
    {
      schema: {
        summary: "The assigned monitor accepts the task",
        params: idParams,
        response: { 200: Task },
      },
    },
    async (req) =>
      presentTask(await moveTask(deps, req.actor, req.params.id, { action: "accept" }), req.actor),
  );

  r.post(
    "/tasks/:id/decline",
    {
      schema: {
        summary: "The assigned monitor declines the task, saying why",
        params: idParams,
        body: DeclineTaskBody,
        response: { 200: Task },
      },
    },
    async (req) =>
      presentTask(
        await moveTask(deps, req.actor, req.params.id, { action: "decline", ...req.body }),
        req.actor,
      ),
  );

  r.post(
    "/tasks/:id/complete",
    {
      schema: {
        summary: "The assigned monitor completes an accepted task with its result",
        params: idParams,
        body: CompleteTaskBody,
        response: { 200: Task },
      },
    },
    async (req) =>
      presentTask(
        await moveTask(deps, req.actor, req.params.id, { action: "complete", ...req.body }),
        req.actor,
      ),
  );

  r.post(
    "/tasks/:id/cancel",
    {
      schema: {
        summary: "A tasking role cancels an open or accepted task, saying why",
        params: idParams,
        body: CancelTaskBody,
        response: { 200: Task },
      },
    },
    async (req) =>
      presentTask(
        await moveTask(deps, req.actor, req.params.id, { action: "cancel", ...req.body }),
        req.actor,
      ),
  );
}
