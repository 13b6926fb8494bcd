/**
 * The joint body's delegations, read only: each party's members and head. The head of mission
 * and the chair read them all, a party's commission members and liaisons their own party's (the
 * server decides which); the administrator sets them on the parties page.
 */
import { useTranslation } from "react-i18next";
import type { AnswerAt } from "../../api/answers.js";
import { get } from "../../api/client.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime, Party } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { delegationsReadable } from "../../../../src/domain/roles.js";

type Delegation = AnswerAt<"/delegations", "get">["items"][number];
type Delegate = Delegation["members"][number];

export function DelegationsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const delegations = useApi(["delegations"], (signal) =>
    get("/delegations", { signal }).then((r) => r.items),
  );
  const own = delegationsReadable(user.role, user.party) === "own";
  return (
    <>
      <PageTitle>{t("delegations.title")}</PageTitle>
      <p className="muted">{own ? t("delegations.introOwn") : t("delegations.introAll")}</p>
      {delegations.state === "loading" && <Loading />}
      {delegations.state === "error" && (
        <ErrorNotice error={delegations.error} onRetry={delegations.reload} />
      )}
      {delegations.state === "ok" && delegations.data.length === 0 && (
        <p className="muted">{t("delegations.none")}</p>
      )}
      {delegations.state === "ok" && (
        <div className="delegation-list">
          {delegations.data.map((d) => (
            <DelegationCard key={d.party} delegation={d} />
          ))}
        </div>
      )}
    </>
  );
}

function DelegationCard({ delegation: d }: { delegation: Delegation }) {
  const { t } = useTranslation();
  return (
    <section className="panel delegation" aria-labelledby={`delegation-${d.party}`}>
      <h2 id={`delegation-${d.party}`}>
        <Party code={d.party} />
      </h2>
      {d.updatedAt && (
        <p className="muted">
          {t("delegations.updated")} <DateTime iso={d.updatedAt} />
        </p>
      )}
      <h3>{t("delegations.head")}</h3>
      {d.head ? <p>{person(d.head)}</p> : <p className="muted">{t("delegations.noHead")}</p>}
      <h3>{t("delegations.members")}</h3>
      {d.members.length === 0 ? (
        <p className="muted">{t("delegations.noMembers")}</p>
      ) : (
        <ul className="delegation-members">
          {d.members.map((m) => (
            <li key={m.id}>{person(m)}</li>
          ))}
        </ul>
      )}
    </section>
  );

  function person(p: Delegate) {
    return (
      <>
        <bdi>{p.displayName}</bdi> (<bdi className="mono">{p.username}</bdi>,{" "}
        {t(`user.roles.${p.role as "commission"}`)})
        {p.disabled && <span className="badge"> {t("delegations.disabled")}</span>}
      </>
    );
  }
}
