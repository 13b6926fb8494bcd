/**
 * The commitments scoreboard and list: per party and per clause how many are due, met, late and
 * disputed, then every commitment the reader may see, soonest due first, a page at a time ("show
 * more"); the timeline shows the pages loaded and says how many of all those are. A party's
 * member sees its own party's obligations and the public ones (the server decides; counts
 * included).
 */
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { Scoreboard } from "../../api/commitment-types.js";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { PartyList, PartyShort } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useApi } from "../../use-api.js";
import { can } from "../../vocabulary.js";
import { CommitmentStatusBadge, DueInstant } from "./commitment-bits.js";
import { CommitmentsTimeline } from "./CommitmentsTimeline.js";
import { LoadMore } from "../LoadMore.js";
import { usePagedList } from "../use-paged.js";

const NO_FILTERS = {};
/** Commitments read at a time: the list grows by as many with each "show more". */
const PAGE_SIZE = 200;

export function CommitmentsPage() {
  const { t } = useTranslation();
  const user = useUser();
  // The static path: typed by hand, the generated paths would also match /commitments/{id}.
  const board = useApi(
    ["commitments", "scoreboard"],
    (signal) => get("/commitments/scoreboard", { signal }) as Promise<Scoreboard>,
  );
  const list = usePagedList("/commitments", NO_FILTERS, undefined, PAGE_SIZE);
  const total = list.first.state === "ok" ? list.first.data.total : 0;
  return (
    <>
      <PageTitle>{t("commitments.title")}</PageTitle>
      <p className="muted">{t("commitments.intro")}</p>
      {user.party && <p className="muted">{t("commitments.partyIntro")}</p>}
      {can.editCommitments(user) && (
        <p>
          <Link to="/commitments/new" className="button button-primary">
            {t("commitments.new")}
          </Link>
        </p>
      )}
      <section aria-labelledby="scoreboard-title">
        <h2 id="scoreboard-title">{t("commitments.scoreboard")}</h2>
        {board.state === "loading" && <Loading />}
        {board.state === "error" && <ErrorNotice error={board.error} onRetry={board.reload} />}
        {board.state === "ok" && (
          <div className="scoreboard">
            <ScoreTable
              title={t("commitments.byParty")}
              keyLabel={t("commitments.party")}
              rows={board.data.byParty}
              party
            />
            <ScoreTable
              title={t("commitments.byClause")}
              keyLabel={t("commitments.clause")}
              rows={board.data.byClause}
            />
          </div>
        )}
      </section>
      {list.items.length > 0 && (
        <section aria-labelledby="overview-timeline-title">
          <h2 id="overview-timeline-title">{t("commitments.overviewTimeline")}</h2>
          <p className="muted">{t("commitments.overviewTimelineIntro")}</p>
          {list.hasMore && (
            <p className="notice notice-info" data-testid="timeline-partial">
              {t("commitments.timelinePartial", { shown: list.items.length, total })}{" "}
              <a href="#list-more">{t("commitments.showMoreBelow")}</a>
            </p>
          )}
          <CommitmentsTimeline items={list.items} />
        </section>
      )}
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t("commitments.list")}</h2>
        {list.first.state === "loading" && <Loading />}
        {list.first.state === "error" && (
          <ErrorNotice error={list.first.error} onRetry={list.reload} />
        )}
        {list.first.state === "ok" &&
          (list.items.length === 0 ? (
            <p className="muted">{t("commitments.empty")}</p>
          ) : (
            <table className="data-table commitment-table">
              <thead>
                <tr>
                  <th scope="col">{t("commitments.reference")}</th>
                  <th scope="col">{t("commitments.commitment")}</th>
                  <th scope="col">{t("commitments.clause")}</th>
                  <th scope="col">{t("commitments.obligated")}</th>
                  <th scope="col">{t("commitments.deadline")}</th>
                  <th scope="col">{t("commitments.waitsFor")}</th>
                  <th scope="col">{t("commitments.statusLabel")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((c) => (
                  <tr key={c.id} data-testid="commitment-row">
                    <td>
                      <Link to={`/commitments/${c.id}`}>
                        <bdi>{c.reference}</bdi>
                      </Link>
                    </td>
                    <td>
                      <TwoLanguageText texts={c.title} compact />
                      <div className="muted small">{t(`commitments.type.${c.type}`)}</div>
                    </td>
                    <td>
                      <bdi>{c.provisionCode}</bdi>
                    </td>
                    <td>
                      <PartyList codes={c.obligatedParties} />
                    </td>
                    <td>
                      <DueInstant iso={c.deadlineAt} />
                    </td>
                    <td>
                      {c.dependsOn.map((d) => {
                        const dep = list.items.find((x) => x.id === d);
                        return (
                          <Link key={d} to={`/commitments/${d}`} className="dependency-ref">
                            {dep ? <bdi>{dep.reference}</bdi> : t("commitments.notYetShown")}
                          </Link>
                        );
                      })}
                    </td>
                    <td>
                      <CommitmentStatusBadge status={c.status} />
                      {c.disputed && (
                        <span className="badge badge-warning">{t("commitments.disputed")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {list.first.state === "ok" && list.items.length > 0 && (
          <p className="muted" id="list-more" data-testid="list-count">
            {t("commitments.shownOf", { shown: list.items.length, total })}
          </p>
        )}
        <LoadMore list={list} />
      </section>
    </>
  );
}

function ScoreTable({
  title,
  keyLabel,
  rows,
  party = false,
}: {
  title: string;
  keyLabel: string;
  rows: Scoreboard["byParty"];
  party?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table
      className="data-table score-table"
      data-testid={party ? "score-by-party" : "score-by-clause"}
    >
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col">{t("commitments.total")}</th>
          <th scope="col">{t("commitments.due")}</th>
          <th scope="col">{t("commitments.met")}</th>
          <th scope="col">{t("commitments.late")}</th>
          <th scope="col">{t("commitments.disputed")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={6} className="muted">
              {t("commitments.empty")}
            </td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{party ? <PartyShort code={r.key} /> : <bdi>{r.key}</bdi>}</th>
            <td>{r.total}</td>
            <td>{r.due}</td>
            <td>{r.met}</td>
            <td className={r.late > 0 ? "score-late" : undefined}>{r.late}</td>
            <td>{r.disputed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
