/**
 * The mission's signing keys and the signed checkpoints of its audit log (decision 0020), for
 * the auditor, the head of mission and the administrator. Both lists are what the mission
 * publishes without login (GET /public/keys, /public/checkpoints).
 */
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { AnswerAt } from "../../api/answers.js";
import { formatNumber } from "../../i18n/format.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime } from "../../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { LoadMore } from "../LoadMore.js";
import { usePagedList, type Paging } from "../use-paged.js";
import { VerifyHint } from "../../ui/VerifyHint.js";

type Checkpoints = AnswerAt<"/public/checkpoints", "get">;
type Key = AnswerAt<"/public/keys", "get">["items"][number];

const NEWEST_FIRST: Paging<Checkpoints> = { param: "beforeSeq", next: (p) => p.nextBeforeSeq };

export function SigningPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("signing.title")}</PageTitle>
      <p className="muted">{t("signing.intro")}</p>
      <div className="signing-panels">
        <KeysPanel />
        <CheckpointsPanel />
      </div>
      <VerifyHint />
    </>
  );
}

function KeysPanel() {
  const { t } = useTranslation();
  const keys = useApi(["public-keys"], (signal) => get("/public/keys", { signal }));
  return (
    <section className="panel" aria-labelledby="signing-keys-title">
      <h2 id="signing-keys-title" className="panel-title">
        {t("signing.keysTitle")}
      </h2>
      <p className="hint">{t("signing.keysIntro")}</p>
      {keys.state === "loading" && <Loading />}
      {keys.state === "error" && <ErrorNotice error={keys.error} onRetry={keys.reload} />}
      {keys.state === "ok" &&
        (keys.data.items.length === 0 ? (
          <Empty>{t("signing.noKeys")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t("signing.keysCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("signing.key")}</th>
                  <th scope="col">{t("signing.status")}</th>
                  <th scope="col">{t("signing.created")}</th>
                  <th scope="col">{t("signing.ended")}</th>
                  <th scope="col">{t("signing.reason")}</th>
                  <th scope="col">{t("signing.publicKey")}</th>
                </tr>
              </thead>
              <tbody>
                {keys.data.items.map((k) => (
                  <KeyRow key={k.id} k={k} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function KeyRow({ k }: { k: Key }) {
  const { t } = useTranslation();
  const status = {
    active: t("signing.statusActive"),
    retired: t("signing.statusRetired"),
    revoked: t("signing.statusRevoked"),
  }[k.status];
  const ended = k.revokedAt ?? k.rotatedAt;
  return (
    <tr data-key={k.id}>
      <td>
        <code dir="ltr" lang="en">
          {k.id}
        </code>
      </td>
      <td>
        <span className={`badge key-${k.status}`}>{status}</span>
      </td>
      <td>
        <DateTime iso={k.createdAt} />
      </td>
      <td>{ended ? <DateTime iso={ended} /> : "—"}</td>
      <td>
        <bdi>{k.revocationReason ?? k.rotationReason ?? ""}</bdi>
      </td>
      <td>
        <code dir="ltr" lang="en" className="hash-cell">
          {k.publicKey}
        </code>
      </td>
    </tr>
  );
}

function CheckpointsPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = usePagedList("/public/checkpoints", {}, NEWEST_FIRST);
  const cause = (c: string) =>
    c === "schedule"
      ? t("signing.causeSchedule")
      : c === "product"
        ? t("signing.causeProduct")
        : t("signing.causeOperator");
  return (
    <section className="panel" aria-labelledby="signing-checkpoints-title">
      <h2 id="signing-checkpoints-title" className="panel-title">
        {t("signing.checkpointsTitle")}
      </h2>
      <p className="hint">{t("signing.checkpointsIntro")}</p>
      {list.first.state === "loading" && <Loading />}
      {list.first.state === "error" && (
        <ErrorNotice error={list.first.error} onRetry={list.reload} />
      )}
      {list.first.state === "ok" &&
        (list.items.length === 0 ? (
          <Empty>{t("signing.noCheckpoints")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t("signing.checkpointsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("signing.seq")}</th>
                  <th scope="col">{t("signing.at")}</th>
                  <th scope="col">{t("signing.cause")}</th>
                  <th scope="col">{t("signing.key")}</th>
                  <th scope="col">{t("signing.headHash")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((c) => (
                  <tr key={c.seq} data-seq={c.seq}>
                    <td>{formatNumber(c.seq, lang)}</td>
                    <td>
                      <DateTime iso={c.at} />
                    </td>
                    <td>{cause(c.cause)}</td>
                    <td>
                      <code dir="ltr" lang="en">
                        {c.keyId}
                      </code>
                    </td>
                    <td>
                      <code dir="ltr" lang="en" className="hash-cell" title={c.headHash}>
                        {c.headHash.slice(0, 16)}…
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <LoadMore list={list} />
    </section>
  );
}
