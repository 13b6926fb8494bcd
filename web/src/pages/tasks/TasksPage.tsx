/**
 * "My tasks": the monitor's site visits and requests for information, what is to do first (by due
 * date), then what is finished. `?complete=<task>&report=<report>` (from the intake page, after
 * filing a report for a task) opens that task's completion form with the report chosen.
 */
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { MyTasks, Task } from "../../api/task-types.js";
import { useLocation } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { TaskCard } from "./TaskCard.js";

/** Tells the navigation badge that the number of open tasks may have changed. */
export const TASKS_CHANGED_EVENT = "cfm:tasks-changed";

export function TasksPage() {
  const { t } = useTranslation();
  const { query } = useLocation();
  const tasks = useApi((signal) => get<MyTasks>("/me/tasks", { signal }), []);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const completeTask = query.get("complete");
  const completeReport = query.get("report") ?? undefined;

  const changed = (updated: Task, text: string) => {
    if (tasks.state !== "ok") return;
    tasks.set({
      ...tasks.data,
      items: tasks.data.items.map((x) => (x.id === updated.id ? updated : x)),
    });
    setMessage(text);
    window.dispatchEvent(new Event(TASKS_CHANGED_EVENT));
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <>
      <PageTitle>{t("tasks.title")}</PageTitle>
      <p className="muted">{t("tasks.intro")}</p>
      <div ref={statusRef} tabIndex={-1} aria-live="polite">
        {message && <p className="notice notice-success">{message}</p>}
      </div>
      {tasks.state === "loading" && <Loading />}
      {tasks.state === "error" && <ErrorNotice error={tasks.error} onRetry={tasks.reload} />}
      {tasks.state === "ok" && (
        <>
          <TaskGroup
            title={t("tasks.toDo")}
            empty={t("tasks.emptyToDo")}
            items={tasks.data.items.filter((x) => x.status === "open" || x.status === "accepted")}
            onChanged={changed}
            completeTask={completeTask}
            completeReport={completeReport}
          />
          <TaskGroup
            title={t("tasks.finished")}
            empty={t("tasks.emptyFinished")}
            items={tasks.data.items.filter((x) => x.status !== "open" && x.status !== "accepted")}
            onChanged={changed}
          />
        </>
      )}
    </>
  );
}

function TaskGroup({
  title,
  empty,
  items,
  onChanged,
  completeTask,
  completeReport,
}: {
  title: string;
  empty: string;
  items: Task[];
  onChanged: (t: Task, message: string) => void;
  completeTask?: string | null;
  completeReport?: string;
}) {
  return (
    <section className="task-group" aria-label={title}>
      <h2 className="task-group-title">{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="task-list">
          {items.map((task) => (
            <TaskCard
              key={task.id}
              task={task}
              onChanged={onChanged}
              completeWith={task.id === completeTask ? completeReport : undefined}
            />
          ))}
        </div>
      )}
    </section>
  );
}
