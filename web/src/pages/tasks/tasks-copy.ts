/**
 * The monitor's last task list, kept in this browser so that "My tasks" stays readable without a
 * connection (a tent, a checkpoint). Per user, like the outbox: one person's tasks are never shown
 * under another's name. Only what the server last answered is kept, with when it answered; a
 * copy is shown as such, never as the current state.
 */
import type { MyTasks } from "../../api/task-types.js";
import type { KeyValueStore } from "../../outbox/outbox-store.js";

export interface TasksCopy {
  data: MyTasks;
  /** When the server gave this answer (ISO 8601). */
  fetchedAt: string;
}

const PREFIX = "cfm.tasks.v1:";

export function tasksCopyKey(username: string): string {
  return PREFIX + username;
}

export function saveTasksCopy(kv: KeyValueStore, username: string, copy: TasksCopy): void {
  try {
    kv.setItem(tasksCopyKey(username), JSON.stringify(copy));
  } catch {
    // storage full or refused: the list still shows, only not offline
  }
}

export function readTasksCopy(kv: KeyValueStore, username: string): TasksCopy | null {
  try {
    const raw = kv.getItem(tasksCopyKey(username));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<TasksCopy>;
    if (
      typeof parsed.fetchedAt !== "string" ||
      Number.isNaN(Date.parse(parsed.fetchedAt)) ||
      !Array.isArray(parsed.data?.items) ||
      typeof parsed.data.counts !== "object"
    ) {
      return null;
    }
    return parsed as TasksCopy;
  } catch {
    return null;
  }
}

/**
 * At log-out the copy goes: where a monitor is sent is sensitive, a shared browser should not keep
 * it, and the next log-in (which needs a connection) reads the list afresh anyway.
 */
export function forgetTasksCopy(kv: Pick<Storage, "removeItem">, username: string): void {
  try {
    kv.removeItem(tasksCopyKey(username));
  } catch {
    // storage refused: nothing was kept
  }
}
