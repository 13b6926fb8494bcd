import { describe, expect, it } from "vitest";
import type { MyTasks } from "../../api/task-types.js";
import { forgetTasksCopy, readTasksCopy, saveTasksCopy, tasksCopyKey } from "./tasks-copy.js";

function memory() {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const list = {
  items: [{ id: "t1", reference: "TSK-00001", status: "open" }],
  counts: { open: 1, accepted: 0, done: 0, declined: 0, cancelled: 0 },
} as unknown as MyTasks;

describe("the last task list kept for offline reading", () => {
  it("gives back what was saved, with when the server answered", () => {
    const kv = memory();
    saveTasksCopy(kv, "monitor", { data: list, fetchedAt: "2020-01-14T08:00:00.000Z" });
    expect(readTasksCopy(kv, "monitor")).toEqual({
      data: list,
      fetchedAt: "2020-01-14T08:00:00.000Z",
    });
  });

  it("keeps each user's list apart: another user on the same browser gets nothing", () => {
    const kv = memory();
    saveTasksCopy(kv, "monitor", { data: list, fetchedAt: "2020-01-14T08:00:00.000Z" });
    expect(readTasksCopy(kv, "monitor2")).toBeNull();
    expect([...kv.m.keys()]).toEqual([tasksCopyKey("monitor")]);
  });

  it("ignores a damaged or foreign entry rather than show it", () => {
    const kv = memory();
    for (const raw of ["{", "null", '{"data":{"items":[]},"fetchedAt":"yesterday"}', "[]"]) {
      kv.setItem(tasksCopyKey("monitor"), raw);
      expect(readTasksCopy(kv, "monitor")).toBeNull();
    }
  });

  it("a storage that refuses to write does not break the list", () => {
    const kv = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => saveTasksCopy(kv, "monitor", { data: list, fetchedAt: "x" })).not.toThrow();
  });

  it("is forgotten at log-out, for that user only", () => {
    const kv = memory();
    saveTasksCopy(kv, "monitor", { data: list, fetchedAt: "2020-01-14T08:00:00.000Z" });
    saveTasksCopy(kv, "monitor2", { data: list, fetchedAt: "2020-01-14T08:00:00.000Z" });
    forgetTasksCopy(kv, "monitor");
    expect(readTasksCopy(kv, "monitor")).toBeNull();
    expect(readTasksCopy(kv, "monitor2")).not.toBeNull();
  });
});
