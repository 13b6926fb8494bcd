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
import { textFor } from "../../../../src/domain/bilingual.js";
import { Link } from "../../router.js";

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
    <StepForm notice={notice} kinds={mine} afterSeq={last} onDone={onDone} />
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
  notice,
  kinds,
  afterSeq,
  onDone,
}: {
  notice: Notice;
  kinds: readonly LadderKind[];
  afterSeq: number;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const noticeId = notice.noticeId;
  const [kind, setKind] = useState<LadderKind>(kinds[0]!);
  const [textEn, setTextEn] = useState("");
  const [textAr, setTextAr] = useState("");
  const [meetingId, setMeetingId] = useState("");
  const [decisionId, setDecisionId] = useState("");
  const lang = useLang();
  const { error, busy, send } = useSend();
  const chosen = kinds.includes(kind) ? kind : kinds[0]!;
  // Referred onto a meeting's agenda here: the commission's decision is the one its delegations'
  // heads signed there, chosen from that meeting; words are then an optional note.
  const referredTo = referralMeetings(notice);
  const citing = chosen === "commission_decision" && referredTo.length > 0;
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
          ...(citing && decisionId ? { decisionId } : {}),
        }),
      () => {
        setTextEn("");
        setTextAr("");
        setMeetingId("");
        setDecisionId("");
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
      {citing && (
        <DecisionChoice
          id={`${id}-decision`}
          meetings={referredTo}
          value={decisionId}
          onChange={setDecisionId}
        />
      )}
      <TwoLanguageFields
        id={id}
        labelEn={t(citing ? "enforcement.next.noteEn" : "enforcement.next.textEn")}
        labelAr={t(citing ? "enforcement.next.noteAr" : "enforcement.next.textAr")}
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
        disabled={busy || (citing ? !decisionId : !(textEn.trim() || textAr.trim()))}
      >
        {t("enforcement.next.submit")}
      </button>
    </form>
  );
}

/** The meetings this notice's referrals put it on, each once. */
function referralMeetings(notice: Notice): { meetingId: string; meetingReference: string }[] {
  const out = new Map<string, { meetingId: string; meetingReference: string }>();
  for (const s of notice.steps)
    if (s.kind === "commission_referral" && s.agenda) out.set(s.agenda.meetingId, s.agenda);
  return [...out.values()];
}

/**
 * The decisions in effect of the meetings the case was referred to: the one the step records.
 * None yet: the delegations' heads have not both signed; the meeting's page is where they do.
 */
function DecisionChoice({
  id,
  meetings,
  value,
  onChange,
}: {
  id: string;
  meetings: { meetingId: string; meetingReference: string }[];
  value: string;
  onChange: (decisionId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const read = useApi(["enforcement-decisions", ...meetings.map((m) => m.meetingId)], (signal) =>
    Promise.all(meetings.map((m) => get(`/commission/meetings/${m.meetingId}`, { signal }))),
  );
  if (read.state === "loading") return <Loading />;
  if (read.state === "error") return <ErrorNotice error={read.error} onRetry={read.reload} />;
  const decisions = read.data.flatMap((m) =>
    m.decisions
      .filter((d) => d.status === "in_effect")
      .map((d) => ({ ...d, meetingReference: m.reference })),
  );
  const names = meetings.map((m) => `\u2068${m.meetingReference}\u2069`).join(", ");
  if (decisions.length === 0) {
    return (
      <p className="notice notice-info" data-testid="no-decision-in-effect">
        {t("enforcement.next.noDecision", { meeting: names })}{" "}
        {meetings.map((m) => (
          <Link key={m.meetingId} to={`/commission/${m.meetingId}`}>
            <bdi>{m.meetingReference}</bdi>
          </Link>
        ))}
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t("enforcement.next.decision")}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t("enforcement.next.chooseDecision")}</option>
        {decisions.map((d) => (
          <option key={d.id} value={d.id}>
            {`\u2068${d.meetingReference}\u2069 · ${t("enforcement.decisionVersion", { version: d.version })} · ${excerpt(textFor(d.text, lang)?.text ?? "")}`}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t("enforcement.next.decisionHint", { meeting: names })}
      </p>
    </div>
  );
}

/** The start of a decision's words, for a list. */
const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
