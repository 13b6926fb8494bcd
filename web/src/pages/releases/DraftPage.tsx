/**
 * The draft finding in the right of reply, as a party liaison reads it: the mission's
 * conclusions and narratives (never its sources), the deadline, its own party's earlier replies
 * and the reply form. The mission may open the same page; only a liaison replies.
 */
import { IncidentTitle } from "../../incidents/IncidentTitle.js";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { Reply, ReplyDraft } from "../../api/release-types.js";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { IncidentFacts } from "../incident/IncidentFacts.js";
import { FindingFields } from "./FindingFields.js";
import { ReplyForm } from "./ReplyForm.js";
import { ReplyList } from "./ReplyList.js";
import { timeUntil, useNow } from "./time-left.js";

export function DraftPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const draft = useApi(["draft", id], (signal) => get(`/incidents/${id}/draft`, { signal }));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/releases">{t("draft.backToList")}</Link>
      </p>
      {draft.state === "loading" && <Loading />}
      {draft.state === "error" && (
        <>
          <PageTitle>{t("errors.title")}</PageTitle>
          <ErrorNotice error={draft.error} onRetry={draft.reload} />
        </>
      )}
      {draft.state === "ok" && (
        <DraftView
          draft={draft.data}
          onReplied={(r: Reply) =>
            draft.set({ ...draft.data, replies: [...draft.data.replies, r] })
          }
        />
      )}
    </>
  );
}

function DraftView({ draft: d, onReplied }: { draft: ReplyDraft; onReplied: (r: Reply) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const user = useUser();
  const i = d.incident;
  const left = d.open ? timeUntil(d.replyDeadline, now, lang) : null;
  return (
    <>
      <PageTitle>{t("draft.title", { reference: i.reference })}</PageTitle>
      <p className="incident-heading">
        <IncidentTitle incident={i} />
      </p>
      <p className="muted draft-intro">{t("draft.intro")}</p>
      <div className="draft-top">
        <section className="panel deadline-panel" aria-labelledby="deadline-title">
          <h2 id="deadline-title" className="panel-title">
            {t("draft.deadlineTitle")}
          </h2>
          <p className="deadline-at">
            {t("draft.deadline")} <DateTime iso={d.replyDeadline} />
          </p>
          {left ? (
            <p className="notice notice-info">
              <strong>{t("releases.closesIn", { relative: left })}</strong> — {t("draft.open")}
            </p>
          ) : (
            <p className="notice notice-warning">{t("draft.closed")}</p>
          )}
          <p className="hint">{t("common.timeZoneNote")}</p>
        </section>
        <section className="panel" aria-labelledby="draft-incident-title">
          <h2 id="draft-incident-title" className="panel-title">
            {t("incident.summary")}
          </h2>
          <dl className="details">
            <IncidentFacts incident={i} parties={d.finding.concernedParties} />
          </dl>
        </section>
      </div>
      <section className="panel finding" aria-labelledby="draft-finding-title">
        <h2 id="draft-finding-title" className="panel-title">
          {t("draft.findingTitle", { version: d.finding.version })}
        </h2>
        <FindingFields finding={d.finding} cited={d.citedProvisions} />
      </section>
      <section aria-labelledby="our-replies-title" className="draft-replies">
        <h2 id="our-replies-title">{t("draft.ourReplies")}</h2>
        <ReplyList replies={d.replies} empty={t("draft.noReplies")} />
      </section>
      {user.role === "liaison" && left && <ReplyForm incidentId={i.id} onSent={onReplied} />}
    </>
  );
}
