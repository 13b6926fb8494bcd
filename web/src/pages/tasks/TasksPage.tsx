/**
 * "My tasks": the monitor's site visits and requests for information, what is to do first (by due
 * date), then what is finished. `?complete=<task>&report=<report>` (from the intake page, after
 * filing a report for a task) opens that task's completion form with the report chosen.
 *
 * Without a connection the page shows the list the server last gave this browser, saying when;
 * moving a task needs the server (it is refused on the card, with a word to try again online):
 * a copy may be stale, and only the server knows whether the task was meanwhile cancelled.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { get, NetworkError } from "../../api/client.js";
import type { MyTasks, Task } from "../../api/task-types.js";
import { formatDateTime } from "../../i18n/format.js";
import { useLocation } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { TaskCard } from "./TaskCard.js";
import { readTasksCopy, saveTasksCopy } from "./tasks-copy.js";

export function TasksPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { username } = useUser();
  const { query } = useLocation();
  // `copyOf`: set when the list is the copy kept in this browser, not the server's answer now.
  const tasks = useApi(
    ["tasks", "mine", username],
    async (signal): Promise<{ list: MyTasks; copyOf: string | null }> => {
      try {
        const list = await get("/me/tasks", { signal });
        // A read cancelled by logging out must not leave a copy behind (session.tsx).
        if (!signal.aborted) {
          saveTasksCopy(localStorage, username, {
            data: list,
            fetchedAt: new Date().toISOString(),
          });
        }
        return { list, copyOf: null };
      } catch (err) {
        const copy = err instanceof NetworkError ? readTasksCopy(localStorage, username) : null;
        if (!copy) throw err;
        return { list: copy.data, copyOf: copy.fetchedAt };
      }
    },
  );
  const offline = tasks.state === "ok" && tasks.data.copyOf !== null;
  // Back online: the server's list replaces the copy.
  useEffect(() => {
    if (!offline) return;
    const reload = tasks.reload;
    window.addEventListener("online", reload);
    return () => window.removeEventListener("online", reload);
  }, [offline, tasks.reload]);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const completeTask = query.get("complete");
  const completeReport = query.get("report") ?? undefined;

  const changed = (updated: Task, text: string) => {
    if (tasks.state !== "ok") return;
    const list = {
      ...tasks.data.list,
      items: tasks.data.list.items.map((x) => (x.id === updated.id ? updated : x)),
    };
    tasks.set({ list, copyOf: tasks.data.copyOf });
    if (tasks.data.copyOf === null) {
      saveTasksCopy(localStorage, username, { data: list, fetchedAt: new Date().toISOString() });
    }
    setMessage(text);
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
          {tasks.data.copyOf !== null && (
            <p className="notice notice-offline" role="status" data-testid="tasks-copy">
              {t("tasks.offlineCopy", { time: formatDateTime(tasks.data.copyOf, lang) })}
            </p>
          )}
          <TaskGroup
            title={t("tasks.toDo")}
            empty={t("tasks.emptyToDo")}
            items={tasks.data.list.items.filter(
              (x) => x.status === "open" || x.status === "accepted",
            )}
            onChanged={changed}
            offline={offline}
            completeTask={completeTask}
            completeReport={completeReport}
          />
          <TaskGroup
            title={t("tasks.finished")}
            empty={t("tasks.emptyFinished")}
            items={tasks.data.list.items.filter(
              (x) => x.status !== "open" && x.status !== "accepted",
            )}
            onChanged={changed}
            offline={offline}
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
  offline,
  completeTask,
  completeReport,
}: {
  title: string;
  empty: string;
  items: Task[];
  onChanged: (t: Task, message: string) => void;
  offline: boolean;
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
              offline={offline}
              completeWith={task.id === completeTask ? completeReport : undefined}
            />
          ))}
        </div>
      )}
    </section>
  );
}
