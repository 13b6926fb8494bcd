import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.js";
import {
  allowedTaskActions,
  checkDueAt,
  checkTaskPlace,
  isOverdue,
  nextTaskStatus,
  TASK_STATUSES,
  type TaskAction,
  type TaskActorRelation,
  type TaskStatus,
} from "./tasks.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : "unexpected";
  }
};

const ACTIONS: TaskAction[] = ["accept", "decline", "complete", "cancel"];
const RELATIONS: TaskActorRelation[] = ["assignee", "tasker", "other"];

describe("task status machine", () => {
  it("the assigned monitor takes a task from open through accepted to done", () => {
    const accepted = nextTaskStatus("open", "accept", "assignee");
    expect(accepted).toBe("accepted");
    expect(nextTaskStatus(accepted, "complete", "assignee")).toBe("done");
  });

  it("a task cannot be completed before it is accepted", () => {
    expect(codeOf(() => nextTaskStatus("open", "complete", "assignee"))).toBe(
      "task_transition_not_allowed",
    );
  });

  it("the monitor may decline an open or accepted task; a tasking role may cancel it", () => {
    expect(nextTaskStatus("open", "decline", "assignee")).toBe("declined");
    expect(nextTaskStatus("accepted", "decline", "assignee")).toBe("declined");
    expect(nextTaskStatus("open", "cancel", "tasker")).toBe("cancelled");
    expect(nextTaskStatus("accepted", "cancel", "tasker")).toBe("cancelled");
  });

  it("only the assignee accepts, declines and completes; only a tasking role cancels", () => {
    expect(codeOf(() => nextTaskStatus("open", "accept", "tasker"))).toBe("forbidden");
    expect(codeOf(() => nextTaskStatus("accepted", "complete", "other"))).toBe("forbidden");
    expect(codeOf(() => nextTaskStatus("open", "cancel", "assignee"))).toBe("forbidden");
    expect(codeOf(() => nextTaskStatus("open", "decline", "other"))).toBe("forbidden");
  });

  it("done, declined and cancelled are final", () => {
    for (const s of ["done", "declined", "cancelled"] as TaskStatus[]) {
      for (const by of RELATIONS) expect(allowedTaskActions(s, by)).toEqual([]);
      expect(codeOf(() => nextTaskStatus(s, "cancel", "tasker"))).toBe(
        "task_transition_not_allowed",
      );
    }
  });

  it("what the pages offer is exactly what the machine allows", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TASK_STATUSES),
        fc.constantFrom(...ACTIONS),
        fc.constantFrom(...RELATIONS),
        (status, action, by) => {
          const offered = allowedTaskActions(status, by).includes(action);
          expect(codeOf(() => nextTaskStatus(status, action, by)) === null).toBe(offered);
        },
      ),
    );
  });

  it("a task is never reached again once final, whatever is tried", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.constantFrom(...RELATIONS))),
        (steps) => {
          let s: TaskStatus = "open";
          let finalSeen = false;
          for (const [a, by] of steps) {
            const before = s;
            try {
              s = nextTaskStatus(s, a, by);
            } catch {
              /* refused: the status stays */
            }
            if (finalSeen) expect(s).toBe(before);
            if (["done", "declined", "cancelled"].includes(s)) finalSeen = true;
          }
        },
      ),
    );
  });
});

describe("task rules", () => {
  it("a site visit needs a point or a place name; a request for information does not", () => {
    expect(codeOf(() => checkTaskPlace("site_visit", null, null))).toBe("validation_failed");
    expect(codeOf(() => checkTaskPlace("site_visit", "Ain Zara", null))).toBeNull();
    expect(codeOf(() => checkTaskPlace("site_visit", null, { lat: 32.8, lon: 13.2 }))).toBeNull();
    expect(codeOf(() => checkTaskPlace("information_request", null, null))).toBeNull();
  });

  it("a due date must be in the future", () => {
    const now = new Date("2020-01-15T08:00:00Z");
    expect(codeOf(() => checkDueAt(now, now))).toBe("validation_failed");
    expect(codeOf(() => checkDueAt(new Date("2020-01-15T09:00:00Z"), now))).toBeNull();
  });

  it("only an active task is overdue", () => {
    const now = new Date("2020-01-15T08:00:00Z");
    const dueAt = new Date("2020-01-14T08:00:00Z");
    expect(isOverdue({ status: "open", dueAt }, now)).toBe(true);
    expect(isOverdue({ status: "accepted", dueAt }, now)).toBe(true);
    expect(isOverdue({ status: "done", dueAt }, now)).toBe(false);
    expect(isOverdue({ status: "open", dueAt: new Date("2020-01-16T00:00:00Z") }, now)).toBe(false);
  });
});
