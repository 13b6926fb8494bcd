/**
 * One formal notice and the steps of its ladder the reader may see, as a dated timeline (the
 * server leaves out what this reader may not read: the other party never gets the response).
 */
import { useTranslation } from "react-i18next";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { can } from "../../vocabulary.js";
import type { Notice, NoticeStep } from "../../api/enforcement-types.js";
import { DateTime, PartyShort, UserText } from "../../ui/display.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { CitedProvisions } from "../releases/CitedProvisions.js";

export function NoticeStatus({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  if (!notice.responseStatus) return null;
  const tone = notice.responseStatus === "no_response" ? "badge badge-warn" : "badge";
  return (
    <span className={tone} data-testid="notice-status">
      {t(`enforcement.status.${notice.responseStatus}`)}
    </span>
  );
}

export function NoticeTimeline({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const bySeq = new Map(notice.steps.map((s) => [s.id, s.seq]));
  const kindOf = new Map(notice.steps.map((s) => [s.id, s.kind]));
  // A corrected step stays as written; the correction that supersedes it is named beside it.
  const correctedBy = new Map<string, number>();
  for (const s of notice.steps) if (s.correctsStepId) correctedBy.set(s.correctsStepId, s.seq);
  return (
    <article className="notice-ladder" data-testid="notice" data-notice-id={notice.noticeId}>
      <h3>
        {t("enforcement.notice")} <PartyShort code={notice.party} />{" "}
        <NoticeStatus notice={notice} />
      </h3>
      <dl className="details">
        <dt>{t("enforcement.deadline")}</dt>
        <dd>{t("enforcement.deadlineEnd", { day: `\u2066${notice.deadlineDay}\u2069` })}</dd>
        <dt>{t("enforcement.provisions")}</dt>
        <dd>
          <CitedProvisions
            codes={notice.citedProvisions.map((c) => c.code)}
            cited={notice.citedProvisions}
          />
        </dd>
      </dl>
      <ol className="timeline">
        {notice.steps.map((s) => (
          <StepItem
            key={s.id}
            step={s}
            corrected={s.correctsStepId ? bySeq.get(s.correctsStepId) : undefined}
            supersededBy={correctedBy.get(s.id)}
            partyWords={
              s.kind === "response" ||
              (s.correctsStepId !== null && kindOf.get(s.correctsStepId) === "response")
            }
          />
        ))}
      </ol>
    </article>
  );
}

function StepItem({
  step: s,
  corrected,
  supersededBy,
  partyWords,
}: {
  step: NoticeStep;
  corrected: number | undefined;
  supersededBy: number | undefined;
  /** A response or its correction: the party's own words, in the language it wrote. */
  partyWords: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li
      className={`timeline-step step-${s.kind}${supersededBy ? " step-superseded" : ""}`}
      data-testid="notice-step"
      data-kind={s.kind}
      data-superseded={supersededBy ? "true" : undefined}
    >
      <p className="timeline-head">
        <strong>{t(`enforcement.kind.${s.kind}`)}</strong>{" "}
        <span className="muted">
          {t("enforcement.by", { seq: s.seq })} · <DateTime iso={s.createdAt} />
        </span>
        {corrected !== undefined && (
          <span className="muted"> · {t("enforcement.corrects", { seq: corrected })}</span>
        )}
        {supersededBy !== undefined && (
          <span className="badge badge-warn">
            {t("enforcement.correctedBy", { seq: supersededBy })}
          </span>
        )}
      </p>
      {s.agenda && (
        <p className="timeline-text">
          {t("enforcement.onAgenda")}{" "}
          <Link to={`/commission/${s.agenda.meetingId}`}>
            <bdi>{s.agenda.meetingReference}</bdi>
          </Link>
        </p>
      )}
      {s.decision && <CitedDecision decision={s.decision} />}
      {partyWords ? (
        // The party's own words, as written, in whichever language it wrote (docs/language.md §2).
        (["ar", "en"] as const).map((lang) => {
          const text = lang === "ar" ? s.textAr : s.textEn;
          return text ? (
            <p key={lang} className="timeline-text">
              <UserText text={text} lang={lang} />
            </p>
          ) : null;
        })
      ) : s.decision && !s.textEn && !s.textAr ? null : (
        <TwoLanguageText
          as="p"
          className="timeline-text"
          texts={{ en: s.textEn, ar: s.textAr }}
          switchable
        />
      )}
    </li>
  );
}

/**
 * The joint commission's decision a step records: its meeting (a link for those who read the
 * commission's meetings), its version, since when it is in effect, and its words as both
 * delegations' heads signed them.
 */
function CitedDecision({ decision: d }: { decision: NonNullable<NoticeStep["decision"]> }) {
  const { t } = useTranslation();
  const user = useUser();
  const meeting = <bdi>{d.meetingReference}</bdi>;
  return (
    <div className="cited-decision" data-testid="cited-decision">
      <p className="timeline-text">
        {t("enforcement.decisionOf")}{" "}
        {can.readCommission(user) ? (
          <Link to={`/commission/${d.meetingId}`}>{meeting}</Link>
        ) : (
          meeting
        )}{" "}
        <span className="muted">
          · {t("enforcement.decisionVersion", { version: d.version })}
          {d.effectiveAt && (
            <>
              {" "}
              · {t("enforcement.inEffectSince")} <DateTime iso={d.effectiveAt} />
            </>
          )}
        </span>
      </p>
      <TwoLanguageText
        as="blockquote"
        className="timeline-text"
        texts={{ en: d.textEn, ar: d.textAr }}
        switchable
      />
    </div>
  );
}
