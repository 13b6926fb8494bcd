/** Tasks as the API presents them: read off the generated types (src/http/presenters/tasks.ts). */
import type { TaskAction, TaskKind, TaskPriority } from "../../../src/domain/tasks.js";
import type { Answer } from "./answers.js";

export type { TaskAction, TaskKind, TaskPriority };

export type Task = Answer<"/api/v1/tasks/{id}", "get">;
export type MyTasks = Answer<"/api/v1/me/tasks", "get">;
