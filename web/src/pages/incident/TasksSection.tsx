/**
 * On the incident page, for the roles that assign tasks: the incident's tasks with their status,
 * and a form to ask a monitor for a site visit or for information. The place is filled in from
 * the incident; a retried submission carries the same Idempotency-Key, so it assigns once.
 */
import { DateTimeField } from "../../ui/DateFields.js";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import type { Task, TaskKind, TaskPriority } from "../../api/task-types.js";
import type { IncidentDetail } from "../../api/types.js";
import { wallTimeToIso } from "../../time/mission-time.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { guessLanguage } from "../intake/report-form.js";
import { TaskStatusBadge } from "../tasks/TaskCard.js";
import { TASK_KINDS, TASK_PRIORITIES } from "../../../../src/domain/tasks.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

export function TasksSection({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const tasks = useApi(["tasks", "incident", i.id], (signal) =>
    get(`/incidents/${i.id}/tasks`, { signal }),
  );
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const changed = (task: Task, text: string) => {
    if (tasks.state === "ok") {
      const others = tasks.data.items.filter((x) => x.id !== task.id);
      const at = tasks.data.items.findIndex((x) => x.id === task.id);
      const items =
        at < 0 ? [task, ...others] : tasks.data.items.map((x) => (x.id === task.id ? task : x));
      tasks.set({ items });
    }
    setMessage(text);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  return (
    <section aria-labelledby="tasks-title" className="incident-tasks">
      <h2 id="tasks-title">{t("tasks.section.title")}</h2>
      <p className="muted">{t("tasks.section.intro")}</p>
      <div ref={statusRef} tabIndex={-1} aria-live="polite">
        {message && <p className="notice notice-success">{message}</p>}
      </div>
      {tasks.state === "loading" && <Loading />}
      {tasks.state === "error" && <ErrorNotice error={tasks.error} onRetry={tasks.reload} />}
      {tasks.state === "ok" && <TaskTable tasks={tasks.data.items} onChanged={changed} />}
      <AssignForm incident={i} onAssigned={changed} />
    </section>
  );
}

function TaskTable({
  tasks,
  onChanged,
}: {
  tasks: Task[];
  onChanged: (t: Task, message: string) => void;
}) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <p>{t("tasks.section.none")}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table task-table">
        <caption className="visually-hidden">{t("tasks.section.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tasks.section.reference")}</th>
            <th scope="col">{t("tasks.section.monitor")}</th>
            <th scope="col">{t("tasks.instructions")}</th>
            <th scope="col">{t("tasks.section.dueAt")}</th>
            <th scope="col">{t("tasks.section.status")}</th>
            <th scope="col">{t("tasks.result")}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} data-testid="incident-task" data-task-id={task.id}>
              <td>
                <bdi className="mono">{task.reference}</bdi>
                <div className="sub">{t(`tasks.kind.${task.kind}`)}</div>
              </td>
              <td>
                <bdi>{task.assignee.displayName}</bdi>
              </td>
              <td className="excerpt" dir="auto" lang={task.language}>
                {task.instructions}
              </td>
              <td className="nowrap">
                <DateTime iso={task.dueAt} />
              </td>
              <td>
                <TaskStatusBadge task={task} />
              </td>
              <td dir="auto">
                {task.outcome ?? task.statusReason ?? ""}
                {task.allowedActions.includes("cancel") && (
                  <CancelTask task={task} onChanged={onChanged} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CancelTask({
  task,
  onChanged,
}: {
  task: Task;
  onChanged: (t: Task, message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!open) {
    return (
      <button type="button" className="button small danger" onClick={() => setOpen(true)}>
        {t("tasks.section.cancel")}
      </button>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const updated = await post(`/tasks/${task.id}/cancel`, { reason: reason.trim() });
      onChanged(updated, t("tasks.moved.cancelled", { reference: task.reference }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="task-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={id}>{t("tasks.section.cancelReason")}</label>
        <input id={id} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="task-actions">
        <button type="submit" className="button small danger" disabled={busy || !reason.trim()}>
          {t("tasks.section.confirmCancel")}
        </button>
        <button type="button" className="button small secondary" onClick={() => setOpen(false)}>
          {t("tasks.back")}
        </button>
      </div>
    </form>
  );
}

interface AssignFields {
  kind: TaskKind;
  assigneeId: string;
  instructions: string;
  placeName: string;
  lat: string;
  lon: string;
  priority: TaskPriority;
  dueAt: string;
}

type Need = "monitor" | "instructions" | "dueAt" | "place" | "coordinates";

function initialFields(i: IncidentDetail): AssignFields {
  return {
    kind: "site_visit",
    assigneeId: "",
    instructions: "",
    placeName: i.reports.find((r) => r.placeName)?.placeName ?? "",
    lat: i.location ? String(i.location.lat) : "",
    lon: i.location ? String(i.location.lon) : "",
    priority: "routine",
    dueAt: "",
  };
}

function AssignForm({
  incident,
  onAssigned,
}: {
  incident: IncidentDetail;
  onAssigned: (t: Task, message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const monitors = useApi(["monitors"], (signal) => get("/monitors", { signal }));
  const [f, setF] = useState<AssignFields>(() => initialFields(incident));
  const [needs, setNeeds] = useState<Need[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per task being assigned: a retry after a lost answer does not assign twice.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const set = <K extends keyof AssignFields>(k: K, v: AssignFields[K]) =>
    setF((x) => ({ ...x, [k]: v }));
  const base = "assign-task";

  const check = (): Need[] => {
    const out: Need[] = [];
    if (!f.assigneeId) out.push("monitor");
    if (!f.instructions.trim()) out.push("instructions");
    if (!f.dueAt) out.push("dueAt");
    const hasLat = f.lat.trim() !== "";
    const hasLon = f.lon.trim() !== "";
    if (hasLat !== hasLon || (hasLat && (isNaN(Number(f.lat)) || isNaN(Number(f.lon)))))
      out.push("coordinates");
    if (f.kind === "site_visit" && !f.placeName.trim() && !hasLat) out.push("place");
    return out;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = check();
    setNeeds(problems);
    if (problems.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const task = await post(
        `/incidents/${incident.id}/tasks`,
        {
          kind: f.kind,
          assigneeId: f.assigneeId,
          instructions: f.instructions.trim(),
          language: guessLanguage(f.instructions) ?? lang,
          ...(f.placeName.trim() ? { placeName: f.placeName.trim() } : {}),
          ...(f.lat.trim() ? { location: { lat: Number(f.lat), lon: Number(f.lon) } } : {}),
          priority: f.priority,
          // check() refused an empty field, and the date-time field gives a valid time or none
          dueAt: wallTimeToIso(f.dueAt, missionTimeZone())!,
        },
        { headers: { "idempotency-key": key } },
      );
      setF(initialFields(incident));
      setKey(crypto.randomUUID());
      onAssigned(
        task,
        t("tasks.section.assigned", {
          reference: task.reference,
          name: task.assignee.displayName,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const problem = (n: Need) =>
    needs.includes(n) ? (
      <p id={`${base}-${n}-problem`} className="field-problem">
        {t(`tasks.section.need.${n}`)}
      </p>
    ) : null;
  const invalid = (n: Need) => needs.includes(n) || undefined;

  return (
    <form className="panel assign-task" onSubmit={(e) => void submit(e)} noValidate>
      <h3 className="panel-title">{t("tasks.section.assignTitle")}</h3>
      <fieldset className="radio-group inline">
        <legend>{t("tasks.section.kindLabel")}</legend>
        {TASK_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${base}-kind`}
              value={k}
              checked={f.kind === k}
              onChange={() => set("kind", k)}
            />
            {t(`tasks.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${base}-monitor`}>{t("tasks.section.monitor")}</label>
        {monitors.state === "error" && (
          <ErrorNotice error={monitors.error} onRetry={monitors.reload} />
        )}
        <select
          id={`${base}-monitor`}
          value={f.assigneeId}
          aria-invalid={invalid("monitor")}
          onChange={(e) => set("assigneeId", e.target.value)}
        >
          <option value="">{t("tasks.section.chooseMonitor")}</option>
          {monitors.state === "ok" &&
            monitors.data.items.map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
        </select>
        {monitors.state === "ok" && monitors.data.items.length === 0 && (
          <p className="hint">{t("tasks.section.noMonitors")}</p>
        )}
        {problem("monitor")}
      </div>
      <div className="field">
        <label htmlFor={`${base}-instructions`}>{t("tasks.instructions")}</label>
        <textarea
          id={`${base}-instructions`}
          rows={4}
          dir="auto"
          value={f.instructions}
          aria-invalid={invalid("instructions")}
          aria-describedby={`${base}-instructions-hint`}
          onChange={(e) => set("instructions", e.target.value)}
        />
        <p id={`${base}-instructions-hint`} className="hint">
          {t("tasks.section.instructionsHint")}
        </p>
        {problem("instructions")}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${base}-place`}>{t("tasks.section.placeName")}</label>
          <input
            id={`${base}-place`}
            dir="auto"
            value={f.placeName}
            aria-invalid={invalid("place")}
            aria-describedby={`${base}-place-hint`}
            onChange={(e) => set("placeName", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${base}-lat`}>{t("tasks.section.lat")}</label>
          <input
            id={`${base}-lat`}
            inputMode="decimal"
            dir="ltr"
            value={f.lat}
            aria-invalid={invalid("coordinates")}
            onChange={(e) => set("lat", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${base}-lon`}>{t("tasks.section.lon")}</label>
          <input
            id={`${base}-lon`}
            inputMode="decimal"
            dir="ltr"
            value={f.lon}
            aria-invalid={invalid("coordinates")}
            onChange={(e) => set("lon", e.target.value)}
          />
        </div>
      </div>
      <p id={`${base}-place-hint`} className="hint">
        {t("tasks.section.placeHint")}
      </p>
      {problem("place")}
      {problem("coordinates")}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${base}-priority`}>{t("tasks.section.priorityLabel")}</label>
          <select
            id={`${base}-priority`}
            value={f.priority}
            onChange={(e) => set("priority", e.target.value as TaskPriority)}
          >
            {TASK_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`tasks.priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-due`}>{t("tasks.section.dueAt")}</label>
          <DateTimeField
            id={`${base}-due`}
            value={f.dueAt}
            invalid={invalid("dueAt")}
            onChange={(v) => set("dueAt", v)}
          />
          {problem("dueAt")}
        </div>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t("tasks.section.submitting") : t("tasks.section.submit")}
        </button>
      </div>
    </form>
  );
}
