/** How many tasks wait for the monitor's answer (open), for the navigation badge. */
import { useEffect, useState } from "react";
import { get } from "../../api/client.js";
import type { MyTasks } from "../../api/task-types.js";
import { useLocation } from "../../router.js";
import { TASKS_CHANGED_EVENT } from "./TasksPage.js";

export function useOpenTaskCount(enabled: boolean): number | null {
  const { path } = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const bump = () => setChanges((n) => n + 1);
    window.addEventListener(TASKS_CHANGED_EVENT, bump);
    return () => window.removeEventListener(TASKS_CHANGED_EVENT, bump);
  }, []);
  useEffect(() => {
    if (!enabled) return;
    const ctrl = new AbortController();
    get<MyTasks>("/me/tasks", { signal: ctrl.signal, query: { status: "open", limit: 1 } }).then(
      (r) => setCount(r.counts.open),
      // Offline or refused: keep the last count rather than show a wrong one.
      () => {},
    );
    return () => ctrl.abort();
    // asked again on every move between pages, and after a task changed
  }, [enabled, path, changes]);
  return count;
}
