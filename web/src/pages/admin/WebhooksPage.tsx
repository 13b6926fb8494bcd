/**
 * The administrator's webhooks: register an endpoint (URL, kinds, audience; the signing secret is
 * shown once), disable one, and read the delivery log (status code, attempts, last error).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../api/answers.js";
import { get, post } from "../../api/client.js";
import { partyShortName, useParties } from "../../parties.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime } from "../../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { NOTICE_KINDS, noticeKindLabel } from "../inbox/notice-text.js";

type Kind = Answer<"/api/v1/admin/webhooks", "get">["items"][number]["kinds"][number];

export function WebhooksPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const endpoints = useApi(["webhooks"], (signal) => get("/admin/webhooks", { signal }));
  const deliveries = useApi(["webhooks", "deliveries"], (signal) =>
    get("/admin/webhooks/deliveries", { signal, query: { limit: 50 } }),
  );
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [audience, setAudience] = useState("mission");
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const audienceName = (a: string) =>
    a === "mission"
      ? t("webhooks.audienceMission")
      : t("webhooks.audienceParty", { party: partyShortName(parties, a, lang) });

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSecret(null);
    try {
      const res = await post("/admin/webhooks", { url, description, kinds, audience });
      setSecret(res.secret);
      setUrl("");
      setDescription("");
      setKinds([]);
    } catch (err) {
      setError(err);
    }
  };
  const disable = async (id: string) => {
    setError(null);
    try {
      await post(`/admin/webhooks/${id}/disable`);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="webhooks-page">
      <PageTitle>{t("webhooks.title")}</PageTitle>
      <p className="muted">{t("webhooks.intro")}</p>
      {error !== null && <ErrorNotice error={error} />}
      <section aria-labelledby="webhook-create" className="panel">
        <h2 id="webhook-create">{t("webhooks.create")}</h2>
        {secret && (
          <div className="notice notice-success" role="status">
            <p>{t("webhooks.secretOnce")}</p>
            <label htmlFor="webhook-secret">{t("webhooks.secret")}</label>
            <input
              id="webhook-secret"
              readOnly
              dir="ltr"
              value={secret}
              onFocus={(e) => e.target.select()}
            />
          </div>
        )}
        <form onSubmit={(e) => void create(e)} className="form-stack">
          <div className="field">
            <label htmlFor="webhook-url">{t("webhooks.url")}</label>
            <input
              id="webhook-url"
              type="url"
              dir="ltr"
              required
              maxLength={2000}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="webhook-description">{t("webhooks.description")}</label>
            <input
              id="webhook-description"
              maxLength={200}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <fieldset className="field radio-group">
            <legend>{t("webhooks.kinds")}</legend>
            {NOTICE_KINDS.map((k) => (
              <label key={k} className="nowrap">
                <input
                  type="checkbox"
                  checked={kinds.includes(k)}
                  onChange={() =>
                    setKinds((o) => (o.includes(k) ? o.filter((x) => x !== k) : [...o, k]))
                  }
                />{" "}
                {noticeKindLabel(t, k)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="webhook-audience">{t("webhooks.audience")}</label>
            <select
              id="webhook-audience"
              value={audience}
              onChange={(e) => setAudience(e.target.value)}
            >
              {["mission", ...parties.map((p) => p.code)].map((a) => (
                <option key={a} value={a}>
                  {audienceName(a)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="button button-primary" disabled={kinds.length === 0}>
              {t("webhooks.register")}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="webhook-list" className="panel">
        <h2 id="webhook-list">{t("webhooks.endpoints")}</h2>
        {endpoints.state === "loading" && <Loading />}
        {endpoints.state === "error" && <ErrorNotice error={endpoints.error} />}
        {endpoints.state === "ok" && endpoints.data.items.length === 0 && (
          <Empty>{t("webhooks.noEndpoints")}</Empty>
        )}
        {endpoints.state === "ok" && endpoints.data.items.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th>{t("webhooks.url")}</th>
                <th>{t("webhooks.kinds")}</th>
                <th>{t("webhooks.audience")}</th>
                <th>{t("webhooks.status")}</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.data.items.map((w) => (
                <tr key={w.id}>
                  <td>
                    <bdi dir="ltr" className="mono">
                      {w.url}
                    </bdi>
                    {w.description && <div className="muted">{w.description}</div>}
                  </td>
                  <td>{w.kinds.map((k) => noticeKindLabel(t, k)).join("، ")}</td>
                  <td>{audienceName(w.audience)}</td>
                  <td>
                    {w.disabledAt ? (
                      t("webhooks.disabled")
                    ) : (
                      <>
                        {t("webhooks.active")}{" "}
                        <button type="button" className="button" onClick={() => void disable(w.id)}>
                          {t("webhooks.disable")}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="webhook-deliveries" className="panel">
        <h2 id="webhook-deliveries">{t("webhooks.deliveries")}</h2>
        {deliveries.state === "loading" && <Loading />}
        {deliveries.state === "error" && <ErrorNotice error={deliveries.error} />}
        {deliveries.state === "ok" && deliveries.data.items.length === 0 && (
          <Empty>{t("webhooks.noDeliveries")}</Empty>
        )}
        {deliveries.state === "ok" && deliveries.data.items.length > 0 && (
          <table className="data-table webhook-deliveries">
            <thead>
              <tr>
                <th>{t("webhooks.at")}</th>
                <th>{t("webhooks.url")}</th>
                <th>{t("webhooks.kind")}</th>
                <th>{t("webhooks.status")}</th>
                <th>{t("webhooks.attempts")}</th>
                <th>{t("webhooks.lastStatus")}</th>
                <th>{t("webhooks.lastError")}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <DateTime iso={d.createdAt} />
                  </td>
                  <td>
                    <bdi dir="ltr" className="mono">
                      {d.url}
                    </bdi>
                  </td>
                  <td>{noticeKindLabel(t, d.kind)}</td>
                  <td>{t(`webhooks.statuses.${d.status}`)}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastStatus ?? "—"}</td>
                  <td>
                    <bdi dir="ltr">{d.lastError ?? "—"}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
