/**
 * One incident: its summary, the moves the user may make now (exactly the server's
 * allowedTransitions), its reports side by side, and its findings.
 */
import { IncidentTitle } from "../incidents/IncidentTitle.js";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../api/client.js";
import type { CaseState, IncidentDetail } from "../api/types.js";
import { wallTimeToIso } from "../time/mission-time.js";
import { Link } from "../router.js";
import { PageTitle } from "../shell/PageTitle.js";
import { CaseStateBadge, DateTime } from "../ui/display.js";
import { DateTimeField } from "../ui/DateFields.js";
import { ErrorNotice, Loading } from "../ui/notices.js";
import { useApi } from "../use-api.js";
import { FindingsSection } from "./incident/FindingsSection.js";
import { CaseWorkspace } from "./incident/CaseWorkspace.js";
import { ReportsSideBySide } from "./incident/ReportsSideBySide.js";
import { GeoPanel } from "./incident/GeoPanel.js";
import { IncidentFacts } from "./incident/IncidentFacts.js";
import { ReleasesSection } from "./incident/ReleasesSection.js";
import { EnforcementSection } from "./enforcement/EnforcementSection.js";
import { ClassificationPanel } from "./incident/ClassificationPanel.js";
import { useUser } from "../session.js";
import { can, isReleasing } from "../vocabulary.js";
import { missionTimeZone } from "../mission/mission-zone.js";
import { TwoLanguageText } from "../ui/TwoLanguages.js";
import { CommitmentStatusBadge } from "./commitments/commitment-bits.js";

export function IncidentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const incident = useApi(["incident", id], (signal) => get(`/incidents/${id}`, { signal }));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/incidents">{t("incidents.title")}</Link>
      </p>
      {incident.state === "loading" && <Loading />}
      {incident.state === "error" && (
        <>
          <PageTitle>{t("errors.title")}</PageTitle>
          <ErrorNotice error={incident.error} onRetry={incident.reload} />
        </>
      )}
      {incident.state === "ok" && <IncidentView incident={incident.data} onChange={incident.set} />}
    </>
  );
}

function IncidentView({
  incident: i,
  onChange,
}: {
  incident: IncidentDetail;
  onChange: (d: IncidentDetail) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageTitle>{t("incident.title", { reference: i.reference })}</PageTitle>
      <p className="incident-heading">
        <IncidentTitle incident={i} />
      </p>
      {i.breachOf && (
        // The server names the commitment only to those who may read it (decision 0015).
        <p className="incident-breach" data-testid="breach-of">
          {t("incident.breachOf")}{" "}
          <Link to={`/commitments/${i.breachOf.id}`}>
            <bdi className="mono">{i.breachOf.reference}</bdi>
          </Link>{" "}
          <TwoLanguageText texts={i.breachOf.title} compact />{" "}
          <CommitmentStatusBadge status={i.breachOf.status} />
        </p>
      )}
      <div className="incident-top">
        <section className="panel" aria-labelledby="summary-title">
          <h2 id="summary-title" className="panel-title">
            {t("incident.summary")}
          </h2>
          <dl className="details">
            <dt>{t("incident.fields.state")}</dt>
            <dd>
              <CaseStateBadge state={i.state} />
            </dd>
            <IncidentFacts incident={i} parties={i.concernedParties} />
            <dt>{t("incident.fields.location")}</dt>
            <dd>
              {i.location ? (
                <>
                  <bdi className="mono">
                    {i.location.lat.toFixed(4)}, {i.location.lon.toFixed(4)}
                  </bdi>{" "}
                  <Link to={`/map?focus=${i.id}`}>{t("incident.onMap")}</Link>
                </>
              ) : (
                t("common.none")
              )}
            </dd>
            {i.releasedAt && (
              <>
                <dt>{t("incident.fields.released")}</dt>
                <dd>
                  <DateTime iso={i.releasedAt} />
                </dd>
              </>
            )}
            <dt>{t("incident.fields.updated")}</dt>
            <dd>
              <DateTime iso={i.updatedAt} />
            </dd>
          </dl>
        </section>
        <WorkflowPanel incident={i} onChange={onChange} />
      </div>
      {can.seeInternalFields(user) && <ClassificationPanel incident={i} />}
      <GeoPanel subject={i} path={`/incidents/${i.id}`} />
      <ReportsSideBySide reports={i.reports} />
      <FindingsSection incident={i} />
      <ReleasesSection incident={i} />
      {can.readEnforcement(user) && <EnforcementSection incident={i} />}
      <CaseWorkspace incident={i} />
    </>
  );
}

/** A wall time typed in mission time, as an instant (null when not a time). */
const instant = (wall: string) => wallTimeToIso(wall, missionTimeZone());

function WorkflowPanel({
  incident,
  onChange,
}: {
  incident: IncidentDetail;
  onChange: (d: IncidentDetail) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  // mission wall times typed by the chief; empty means the server's default (72 h; now).
  const [replyDeadline, setReplyDeadline] = useState("");
  const [releaseAt, setReleaseAt] = useState("");
  const [busy, setBusy] = useState<CaseState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [wrongTime, setWrongTime] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const move = async (to: CaseState) => {
    const deadline = to === "right_of_reply" && replyDeadline ? instant(replyDeadline) : null;
    const release = isReleasing(to) && releaseAt ? instant(releaseAt) : null;
    // A time typed wrong must not fall back to the default (a release now, 72 hours to reply).
    const wrong =
      to === "right_of_reply" && replyDeadline && !deadline
        ? "incident.replyDeadline"
        : isReleasing(to) && releaseAt && !release
          ? "incident.releaseAt"
          : null;
    setError(null);
    setDone(null);
    setWrongTime(wrong ? t("typed.fixFirst", { field: t(wrong) }) : null);
    if (wrong) {
      requestAnimationFrame(() => statusRef.current?.focus());
      return;
    }
    setBusy(to);
    try {
      const updated = await post(`/incidents/${incident.id}/transitions`, {
        to,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(deadline ? { replyDeadline: deadline } : {}),
        ...(release ? { releaseAt: release } : {}),
      });
      setNote("");
      setReplyDeadline("");
      setReleaseAt("");
      setDone(t("incident.moved", { state: t(`caseState.${to}`) }));
      onChange(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  };

  const moves = incident.allowedTransitions;
  return (
    <section className="panel workflow-panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title" className="panel-title">
        {t("incident.workflowTitle")}
      </h2>
      <p>{t("incident.currentState", { state: t(`caseState.${incident.state}`) })}</p>
      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="workflow-status">
        {done && <p className="notice notice-success">{done}</p>}
        {error !== null && <ErrorNotice error={error} />}
        {wrongTime && <p className="notice notice-error">{wrongTime}</p>}
      </div>
      {moves.length === 0 ? (
        <p className="muted">{t("incident.noActions")}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="transition-note">{t("incident.note")}</label>
            <textarea
              id="transition-note"
              rows={3}
              dir="auto"
              value={note}
              aria-describedby="transition-note-hint"
              onChange={(e) => setNote(e.target.value)}
            />
            <p id="transition-note-hint" className="hint">
              {t("incident.noteHint")}
            </p>
          </div>
          {moves.includes("right_of_reply") && (
            <InstantField
              id="reply-deadline"
              label={t("incident.replyDeadline")}
              hint={t("incident.replyDeadlineHint")}
              value={replyDeadline}
              onChange={setReplyDeadline}
            />
          )}
          {moves.some(isReleasing) && (
            <InstantField
              id="release-at"
              label={t("incident.releaseAt")}
              hint={t("incident.releaseAtHint")}
              value={releaseAt}
              onChange={setReleaseAt}
            />
          )}
          <p className="actions-intro">{t("incident.actionsIntro")}</p>
          <div className="action-row">
            {moves.map((to) => (
              <button
                key={to}
                type="button"
                className={to === "closed" ? "button secondary" : "button primary"}
                disabled={busy !== null}
                onClick={() => void move(to)}
              >
                {busy === to
                  ? t("incident.moving")
                  : t("incident.moveTo", { state: t(`caseState.${to}`) })}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** An optional instant typed as mission wall time, with its hint. */
function InstantField({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (wall: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <DateTimeField id={id} value={value} describedBy={`${id}-hint`} onChange={onChange} />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}
