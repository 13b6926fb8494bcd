/**
 * On the incident page: the formal notices on the incident, each a dated timeline, and what the
 * reader may do next — the chief issues a notice on a released finding and records later steps,
 * the notified party's liaison responds before the deadline. The server decides who reads and
 * writes what (decision 0017); the order of steps is the domain's table (NEXT_STEPS).
 */
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import type { Notice } from "../../api/enforcement-types.js";
import type { IncidentDetail, User } from "../../api/types.js";
import { formatDateTime } from "../../i18n/format.js";
import { useMission } from "../../mission/MissionProvider.js";
import { useUser } from "../../session.js";
import { useLang } from "../../ui/use-lang.js";
import { useSend } from "../../ui/use-send.js";
import { DayField } from "../../ui/DateFields.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { can } from "../../vocabulary.js";
import { NEXT_STEPS, ladderPosition, type LadderKind } from "../../../../src/domain/enforcement.js";
import { CorrectStep } from "./CorrectStep.js";
import { NoticeTimeline } from "./NoticeTimeline.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";

export function EnforcementSection({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const notices = useApi(["enforcement", i.id], (signal) =>
    get(`/incidents/${i.id}/enforcement`, { signal }),
  );
  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    notices.reload();
  };
  return (
    <section aria-labelledby="enforcement-title" className="panel incident-enforcement">
      <h2 id="enforcement-title" className="panel-title">
        {t("enforcement.section")}
      </h2>
      <p className="muted">{t("enforcement.sectionIntro")}</p>
      <div aria-live="polite">{done && <p className="notice notice-success">{done}</p>}</div>
      {notices.state === "loading" && <Loading />}
      {notices.state === "error" && <ErrorNotice error={notices.error} onRetry={notices.reload} />}
      {notices.state === "ok" && (
        <>
          {notices.data.items.length === 0 && <p>{t("enforcement.none")}</p>}
          {notices.data.items.map((n) => (
            <div key={n.noticeId}>
              <NoticeTimeline notice={n} />
              <NextStep notice={n} user={user} onDone={changed} />
              <CorrectStep notice={n} user={user} onDone={changed} />
            </div>
          ))}
          {can.issueNotices(user) && i.releasedAt && notices.data.items.length === 0 && (
            <IssueNotice incidentId={i.id} onDone={changed} />
          )}
        </>
      )}
    </section>
  );
}

function NextStep({
  notice,
  user,
  onDone,
}: {
  notice: Notice;
  user: User;
  onDone: (m: string) => void;
}) {
  const mission = useMission();
  const at = ladderPosition(notice.steps);
  const next = NEXT_STEPS[at];
  const last = notice.steps[notice.steps.length - 1]!.seq;
  const beforeDeadline = Date.now() <= new Date(notice.deadlineAt).getTime();
  if (user.role === "liaison" && user.party === notice.party) {
    return next.includes("response") && beforeDeadline ? (
      <RespondForm notice={notice} afterSeq={last} onDone={onDone} />
    ) : null;
  }
  const chair = user.role === "commission" && !user.party;
  // Referral to the mandating body only where the mandate allows it (mission settings).
  const mandated = mission.mandate.referralAllowed === true && !!mission.mandate.mandatingBody;
  const mine = next.filter(
    (k) =>
      k !== "response" &&
      (k !== "mandating_body_referral" || mandated) &&
      (can.issueNotices(user) || (chair && k === "commission_decision")),
  );
  return mine.length ? (
    <StepForm noticeId={notice.noticeId} kinds={mine} afterSeq={last} onDone={onDone} />
  ) : null;
}

function IssueNotice({ incidentId, onDone }: { incidentId: string; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [deadline, setDeadline] = useState("");
  const [textEn, setTextEn] = useState("");
  const [textAr, setTextAr] = useState("");
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () => post(`/incidents/${incidentId}/enforcement`, { deadline, textEn, textAr }),
      () => onDone(t("enforcement.issue.done")),
    );
  };
  return (
    <form className="enforcement-form" onSubmit={submit} noValidate>
      <h3>{t("enforcement.issue.title")}</h3>
      <p className="muted">{t("enforcement.issue.intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-deadline`}>{t("enforcement.issue.deadline")}</label>
        <DayField
          id={`${id}-deadline`}
          value={deadline}
          onChange={(v) => setDeadline(v)}
          required
        />
      </div>
      <TwoLanguageFields
        id={id}
        labelEn={t("enforcement.issue.textEn")}
        labelAr={t("enforcement.issue.textAr")}
        value={{ en: textEn, ar: textAr }}
        onChange={(v) => {
          setTextEn(v.en);
          setTextAr(v.ar);
        }}
        rows={3}
      />
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="button primary" disabled={busy}>
        {t("enforcement.issue.submit")}
      </button>
    </form>
  );
}

function RespondForm({
  notice,
  afterSeq,
  onDone,
}: {
  notice: Notice;
  afterSeq: number;
  onDone: (m: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [language, setLanguage] = useState<"ar" | "en">(i18n.language === "ar" ? "ar" : "en");
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () =>
        post(`/enforcement/${notice.noticeId}/steps`, {
          kind: "response",
          afterSeq,
          text,
          language,
        }),
      () => {
        setText("");
        onDone(t("enforcement.respond.done"));
      },
    );
  };
  return (
    <form className="enforcement-form" onSubmit={submit} noValidate>
      <h3>{t("enforcement.respond.title")}</h3>
      <p className="muted">
        {t("enforcement.respond.intro", { day: `\u2066${notice.deadlineDay}\u2069` })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t("enforcement.respond.language")}</label>
        <select
          id={`${id}-lang`}
          value={language}
          onChange={(e) => setLanguage(e.target.value as "ar" | "en")}
        >
          <option value="ar">{t("language.ar")}</option>
          <option value="en">{t("language.en")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("enforcement.respond.text")}</label>
        <textarea
          id={`${id}-text`}
          lang={language}
          dir="auto"
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="button primary" disabled={busy || !text.trim()}>
        {t("enforcement.respond.submit")}
      </button>
    </form>
  );
}

function StepForm({
  noticeId,
  kinds,
  afterSeq,
  onDone,
}: {
  noticeId: string;
  kinds: readonly LadderKind[];
  afterSeq: number;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<LadderKind>(kinds[0]!);
  const [textEn, setTextEn] = useState("");
  const [textAr, setTextAr] = useState("");
  const [meetingId, setMeetingId] = useState("");
  const lang = useLang();
  const { error, busy, send } = useSend();
  const chosen = kinds.includes(kind) ? kind : kinds[0]!;
  // A referral may go straight onto a commission meeting's agenda (one not closed).
  const meetings = useApi(["commission-meetings"], (signal) =>
    kinds.includes("commission_referral")
      ? get("/commission/meetings", { signal }).then((r) => r.items)
      : Promise.resolve([]),
  );
  const openMeetings =
    meetings.state === "ok" ? meetings.data.filter((m) => m.status !== "closed") : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () =>
        post(`/enforcement/${noticeId}/steps`, {
          kind: chosen as "commission_referral",
          afterSeq,
          textEn,
          textAr,
          ...(chosen === "commission_referral" && meetingId ? { meetingId } : {}),
        }),
      () => {
        setTextEn("");
        setTextAr("");
        setMeetingId("");
        onDone(t("enforcement.next.done"));
      },
    );
  };
  return (
    <form className="enforcement-form" onSubmit={submit} noValidate>
      <h3>{t("enforcement.next.title")}</h3>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("enforcement.next.kind")}</label>
        <select
          id={`${id}-kind`}
          value={chosen}
          onChange={(e) => setKind(e.target.value as LadderKind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`enforcement.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <TwoLanguageFields
        id={id}
        labelEn={t("enforcement.next.textEn")}
        labelAr={t("enforcement.next.textAr")}
        value={{ en: textEn, ar: textAr }}
        onChange={(v) => {
          setTextEn(v.en);
          setTextAr(v.ar);
        }}
        rows={3}
      />
      {chosen === "commission_referral" && openMeetings.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-meeting`}>{t("enforcement.next.meeting")}</label>
          <select
            id={`${id}-meeting`}
            value={meetingId}
            onChange={(e) => setMeetingId(e.target.value)}
          >
            <option value="">{t("enforcement.next.noMeeting")}</option>
            {openMeetings.map((m) => (
              <option key={m.id} value={m.id}>
                {`\u2068${m.reference}\u2069 · ${formatDateTime(m.startsAt, lang)}`}
              </option>
            ))}
          </select>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <button
        type="submit"
        className="button primary"
        disabled={busy || !(textEn.trim() || textAr.trim())}
      >
        {t("enforcement.next.submit")}
      </button>
    </form>
  );
}
