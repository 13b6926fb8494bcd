/**
 * One meeting of the joint commission: its agenda, attendance, minutes, decisions with each
 * delegation's signature, action items; the delegation's own notes for its members; the chair's
 * and the head of mission's forms to keep them (decision 0016).
 */
import { useTranslation } from "react-i18next";
import { AGENDA_SUBJECT_KINDS, type AgendaSubjectKind } from "../../../../src/domain/commission.js";
import { get, patch } from "../../api/client.js";
import { Link } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { DateTime, Party } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { useJointBodyName } from "./CommissionPage.js";
import type { Decision, Meeting } from "./commission-types.js";
import { ActionItems } from "./ActionItems.js";
import { DecisionCard } from "./DecisionCard.js";
import { NotesPanel } from "./NotesPanel.js";
import { ProposedLineForm } from "./ProposedLineForm.js";
import {
  ActionItemForm,
  AgendaItemForm,
  AttendanceForm,
  DecisionForm,
  MinutesForm,
  MoveMeetingForm,
} from "./SecretariatForms.js";

export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const body = useJointBodyName();
  const meeting = useApi(["commission", "meeting", id], (signal) =>
    get(`/commission/meetings/${id}`, { signal }),
  );
  if (meeting.state === "loading") return <Loading />;
  if (meeting.state === "error")
    return <ErrorNotice error={meeting.error} onRetry={meeting.reload} />;
  const m = meeting.data;
  const keeper = m.standing === "secretariat";
  // A cancelled meeting never met: it keeps its agenda, and takes no record.
  const cancelled = m.status === "cancelled";
  const final = cancelled || m.status === "closed";
  return (
    <>
      <p>
        <Link to="/commission">{t("commission.back", { body })}</Link>
      </p>
      <PageTitle>{t("commission.meetingTitle", { body, reference: m.reference })}</PageTitle>
      <p>
        <DateTime iso={m.startsAt} /> · <TwoLanguageText texts={m.place} compact /> ·{" "}
        <span className={`badge meeting-${m.status}`}>{t(`commission.status.${m.status}`)}</span>
      </p>
      {cancelled && (
        <p className="notice" role="note">
          {t("commission.cancelledNote")}
        </p>
      )}
      {keeper && <StatusActions meeting={m} />}
      {keeper && m.status === "planned" && <MoveMeetingForm key={m.startsAt} meeting={m} />}
      <div className="commission-layout">
        <div className="commission-main">
          <section className="panel" aria-labelledby="agenda-title">
            <h2 id="agenda-title">{t("commission.agenda")}</h2>
            {m.agenda.length === 0 && <p className="muted">{t("commission.noAgenda")}</p>}
            <ol className="agenda">
              {m.agenda.map((i) => (
                <li key={i.id}>
                  <TwoLanguageText texts={i.title} as="strong" switchable />
                  {(i.text.en || i.text.ar) && <TwoLanguageText texts={i.text} as="p" />}
                  {i.subject && (
                    <p className="muted">
                      {t("commission.subject")} <SubjectLink subject={i.subject} />
                    </p>
                  )}
                  {currentDecisions(m.decisions)
                    .filter((d) => d.agendaItemId === i.id)
                    .map((d) => (
                      <DecisionCard
                        key={d.id}
                        decision={d}
                        history={earlierVersions(m.decisions, d)}
                        keeper={keeper && !cancelled}
                      />
                    ))}
                </li>
              ))}
            </ol>
            {keeper && !final && <AgendaItemForm meetingId={m.id} />}
            {keeper && !cancelled && m.agenda.length > 0 && <DecisionForm meeting={m} />}
            {keeper && !final && <ProposedLineForm meetingId={m.id} />}
          </section>
          <section className="panel" aria-labelledby="minutes-title">
            <h2 id="minutes-title">{t("commission.minutes")}</h2>
            {m.minutesSharedAt && (
              <p className="muted">
                {t("commission.minutesSharedAt")} <DateTime iso={m.minutesSharedAt} />
              </p>
            )}
            {m.minutes && (m.minutes.en || m.minutes.ar) ? (
              <TwoLanguageText texts={m.minutes} as="div" className="minutes" switchable />
            ) : (
              <p className="muted">
                {keeper ? t("commission.noMinutes") : t("commission.minutesNotShared")}
              </p>
            )}
            {keeper && !cancelled && !m.minutesSharedAt && <MinutesForm meeting={m} />}
          </section>
          <section className="panel" aria-labelledby="actions-title">
            <h2 id="actions-title">{t("commission.actionItems")}</h2>
            <ActionItems items={m.actionItems} keeper={keeper} />
            {keeper && !cancelled && <ActionItemForm meetingId={m.id} />}
          </section>
        </div>
        <aside className="commission-side">
          <section className="panel" aria-labelledby="attendance-title">
            <h2 id="attendance-title">{t("commission.attendance")}</h2>
            {m.attendance.length === 0 && <p className="muted">{t("commission.noAttendance")}</p>}
            <ul className="attendance">
              {m.attendance.map((a) => (
                <li key={a.userId}>
                  <bdi>{a.name}</bdi>
                  {" · "}
                  {a.party ? (
                    <Party code={a.party} />
                  ) : (
                    t(`commission.seat.${a.seat === "chief" ? "chief" : "chair"}`)
                  )}
                  {" · "}
                  {t(`commission.attendanceStatus.${a.status}`)}
                </li>
              ))}
            </ul>
            {keeper && !cancelled && <AttendanceForm meeting={m} />}
          </section>
          {m.notesParty && <NotesPanel meetingId={m.id} party={m.notesParty} />}
        </aside>
      </div>
    </>
  );
}

/** An agenda item's subject: a link to its page where it has one. */
function SubjectLink({ subject }: { subject: { kind: string; id: string } }) {
  const { t } = useTranslation();
  const page: Record<string, string> = {
    incident: `/incidents/${subject.id}`,
    commitment: `/commitments/${subject.id}`,
    meeting: `/commission/${subject.id}`,
  };
  const known = (AGENDA_SUBJECT_KINDS as readonly string[]).includes(subject.kind);
  const name = known
    ? t(`commission.subjectKind.${subject.kind as AgendaSubjectKind}`)
    : subject.kind;
  return page[subject.kind] ? <Link to={page[subject.kind]!}>{name}</Link> : <bdi>{name}</bdi>;
}

/** The decisions no newer version replaced. */
function currentDecisions(all: Decision[]): Decision[] {
  const replaced = new Set(all.map((d) => d.supersedesId).filter((x) => x !== null));
  return all.filter((d) => !replaced.has(d.id));
}

/** The versions `d` replaced, newest first (those this reader may see). */
function earlierVersions(all: Decision[], d: Decision): Decision[] {
  const out: Decision[] = [];
  for (let p = all.find((x) => x.id === d.supersedesId); p;) {
    out.push(p);
    const prev: string | null = p.supersedesId;
    p = all.find((x) => x.id === prev);
  }
  return out;
}

function StatusActions({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const next = m.status === "planned" ? "held" : m.status === "held" ? "closed" : null;
  if (!next) return null;
  const to = (status: "held" | "closed" | "cancelled") => () =>
    void patch(`/commission/meetings/${m.id}`, { status });
  return (
    <p className="form-actions">
      <button type="button" className="button secondary small" onClick={to(next)}>
        {t(`commission.mark.${next}`)}
      </button>
      {/* A meeting still to be held that closes never met: it is called off, and everyone told. */}
      {m.status === "planned" && (
        <button
          type="button"
          className="button secondary small"
          onClick={() => {
            if (window.confirm(t("commission.callOffConfirm"))) to("cancelled")();
          }}
        >
          {t("commission.callOff")}
        </button>
      )}
    </p>
  );
}
