/**
 * One task as its monitor reads it on a phone: what, where (with a small map when it has a
 * point), by when, the instructions, and the moves the server allows now. Declining asks for a
 * reason; completing asks what was found and which of the monitor's reports it cites.
 */
import { lazy, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, NetworkError, post } from "../../api/client.js";
import type { BodyAt } from "../../api/answers.js";
import type { Task, TaskAction } from "../../api/task-types.js";
import { isOverdue } from "../../../../src/domain/tasks.js";
import { Link } from "../../router.js";
import { formatDateTime } from "../../i18n/format.js";
import { MapBoundary } from "../../ui/MapBoundary.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { reportLinkFor } from "./task-link.js";

const PointMap = lazy(() => import("../../map/PointMap.js"));
const NO_OVERLAYS: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

export function TaskStatusBadge({ task }: { task: Pick<Task, "status"> }) {
  const { t } = useTranslation();
  return (
    <span className={`badge task-status-${task.status}`}>{t(`tasks.status.${task.status}`)}</span>
  );
}

export function TaskCard({
  task,
  onChanged,
  offline = false,
  completeWith,
}: {
  task: Task;
  onChanged: (t: Task, message: string) => void;
  /** The card shows a copy kept for offline reading: a move is refused here, not queued. */
  offline?: boolean;
  /** A report id to cite: the card opens its completion form with it chosen. */
  completeWith?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form, setForm] = useState<"decline" | "complete" | null>(
    completeWith && task.allowedActions.includes("complete") ? "complete" : null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A move tried without a connection: refused, nothing sent (a copy may be stale, and the server
  // alone knows whether the task still stands).
  const [refused, setRefused] = useState(false);
  const noConnection = () => offline || !navigator.onLine;
  const openForm = (which: "decline" | "complete") => {
    setRefused(noConnection());
    if (!noConnection()) setForm(which);
  };
  const overdue = isOverdue({ status: task.status, dueAt: new Date(task.dueAt) }, new Date());
  const titleId = `task-${task.id}-title`;
  const active = task.status === "open" || task.status === "accepted";

  const act = async (
    action: TaskAction,
    body?: BodyAt<`/tasks/${string}/${TaskAction}`, "post">,
  ) => {
    setError(null);
    setRefused(noConnection());
    if (noConnection()) return;
    setBusy(true);
    try {
      const updated = await post(`/tasks/${task.id}/${action}`, body);
      setForm(null);
      const moved = updated.status as Exclude<Task["status"], "open">;
      onChanged(updated, t(`tasks.moved.${moved}`, { reference: task.reference }));
    } catch (err) {
      if (err instanceof NetworkError) setRefused(true);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`task-card priority-${task.priority}`}
      aria-labelledby={titleId}
      data-testid="task-card"
      data-task-id={task.id}
    >
      <header className="task-head">
        <h3 id={titleId} className="task-title">
          {t(`tasks.kind.${task.kind}`)} <bdi className="mono task-ref">{task.reference}</bdi>
        </h3>
        <div className="task-badges">
          <TaskStatusBadge task={task} />
          {task.priority !== "routine" && (
            <span className={`badge task-priority-${task.priority}`}>
              {t(`tasks.priority.${task.priority}`)}
            </span>
          )}
          {overdue && <span className="badge task-overdue">{t("tasks.overdue")}</span>}
        </div>
      </header>
      <p className="task-due">
        <time dateTime={task.dueAt}>
          {t("tasks.due", { time: formatDateTime(task.dueAt, lang) })}
        </time>
      </p>
      {(task.placeName || task.location) && (
        <p className="task-place">
          <span className="task-label">{t("tasks.place")}: </span>
          {task.placeName && <bdi>{task.placeName}</bdi>}
          {task.placeName && task.location && " · "}
          {task.location && (
            <bdi className="mono">
              {task.location.lat.toFixed(4)}, {task.location.lon.toFixed(4)}
            </bdi>
          )}
        </p>
      )}
      {active && task.location && (
        <div className="task-map">
          <MapBoundary fallback={null} loading={<Loading />}>
            <PointMap point={task.location} overlays={NO_OVERLAYS} lineDistanceKm={null} />
          </MapBoundary>
        </div>
      )}
      <div className="task-instructions">
        <p className="task-label">{t("tasks.instructions")}</p>
        <p dir="auto" lang={task.language} className="description">
          {task.instructions}
        </p>
      </div>
      <dl className="details task-details">
        <dt>{t("tasks.incident")}</dt>
        <dd>
          <bdi className="mono">{task.incident.reference}</bdi>
          {task.incident.title && (
            <>
              {" — "}
              <bdi>{task.incident.title}</bdi>
            </>
          )}
          {task.incident.id && (
            <>
              {" "}
              <Link to={`/incidents/${task.incident.id}`}>{t("tasks.openIncident")}</Link>
            </>
          )}
        </dd>
        <dt>{t("tasks.assignedBy")}</dt>
        <dd>
          <bdi>{task.createdBy.displayName}</bdi>
        </dd>
        {task.statusReason && (
          <>
            <dt>{t("tasks.reason")}</dt>
            <dd dir="auto">{task.statusReason}</dd>
          </>
        )}
        {task.outcome && (
          <>
            <dt>{t("tasks.result")}</dt>
            <dd dir="auto">{task.outcome}</dd>
          </>
        )}
        {task.resultReportId && (
          <>
            <dt>{t("tasks.citedReport")}</dt>
            <dd>
              <Link to={`/reports/${task.resultReportId}`}>{t("tasks.viewReport")}</Link>
            </dd>
          </>
        )}
      </dl>
      {error !== null && <ErrorNotice error={error} />}
      {refused && (
        <p className="notice notice-error" role="alert" data-testid="task-offline-refused">
          {t("tasks.offlineRefused")}
        </p>
      )}
      {form === "decline" && (
        <ReasonForm
          busy={busy}
          onCancel={() => setForm(null)}
          onSubmit={(reason) => void act("decline", { reason })}
        />
      )}
      {form === "complete" && (
        <CompleteForm
          task={task}
          busy={busy}
          initialReport={completeWith ?? ""}
          onCancel={() => setForm(null)}
          onSubmit={(body) => void act("complete", body)}
        />
      )}
      {form === null && active && (
        <div className="task-actions">
          {task.allowedActions.includes("accept") && (
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void act("accept")}
            >
              {busy ? t("tasks.working") : t("tasks.accept")}
            </button>
          )}
          {task.allowedActions.includes("complete") && (
            <>
              <Link to={reportLinkFor(task)} className="button secondary">
                {t("tasks.fileReport")}
              </Link>
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => openForm("complete")}
              >
                {t("tasks.complete")}
              </button>
            </>
          )}
          {task.allowedActions.includes("decline") && (
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => openForm("decline")}
            >
              {t("tasks.decline")}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

function ReasonForm({
  busy,
  onCancel,
  onSubmit,
}: {
  busy: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onSubmit(reason.trim());
  };
  return (
    <form className="task-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t("tasks.declineReason")}</label>
        <textarea
          id={id}
          rows={3}
          dir="auto"
          value={reason}
          aria-invalid={missing || undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {missing && <p className="field-problem">{t("tasks.need.reason")}</p>}
      </div>
      <div className="task-actions">
        <button type="submit" className="button danger" disabled={busy}>
          {busy ? t("tasks.working") : t("tasks.confirmDecline")}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t("tasks.back")}
        </button>
      </div>
    </form>
  );
}

function CompleteForm({
  task,
  busy,
  initialReport,
  onCancel,
  onSubmit,
}: {
  task: Task;
  busy: boolean;
  initialReport: string;
  onCancel: () => void;
  onSubmit: (body: { outcome: string; reportId?: string }) => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState("");
  const [reportId, setReportId] = useState(initialReport);
  const [missing, setMissing] = useState(false);
  // The monitor's own reports, newest first: the ones it may cite.
  const reports = useApi(["reports", "latest", 20], (signal) =>
    get("/reports", { signal, query: { limit: 20 } }),
  );
  const base = `complete-${task.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!outcome.trim()) return setMissing(true);
    onSubmit({ outcome: outcome.trim(), ...(reportId ? { reportId } : {}) });
  };
  return (
    <form className="task-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${base}-outcome`}>{t("tasks.outcome")}</label>
        <textarea
          id={`${base}-outcome`}
          rows={3}
          dir="auto"
          value={outcome}
          aria-invalid={missing || undefined}
          aria-describedby={`${base}-outcome-hint`}
          onChange={(e) => setOutcome(e.target.value)}
        />
        <p id={`${base}-outcome-hint`} className="hint">
          {t("tasks.outcomeHint")}
        </p>
        {missing && <p className="field-problem">{t("tasks.need.outcome")}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${base}-report`}>{t("tasks.report")}</label>
        <select
          id={`${base}-report`}
          value={reportId}
          onChange={(e) => setReportId(e.target.value)}
        >
          <option value="">{t("tasks.reportNone")}</option>
          {reports.state === "ok" &&
            reports.data.items.map((r) => (
              <option key={r.id} value={r.id}>
                {r.trackingId}
                {r.placeName ? ` — ${r.placeName}` : ""}
              </option>
            ))}
          {/* The report just filed may not be in the first page yet. */}
          {initialReport &&
            reports.state === "ok" &&
            !reports.data.items.some((r) => r.id === initialReport) && (
              <option value={initialReport}>{initialReport.slice(0, 8)}</option>
            )}
        </select>
      </div>
      <div className="task-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t("tasks.working") : t("tasks.confirmComplete")}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t("tasks.back")}
        </button>
      </div>
    </form>
  );
}
