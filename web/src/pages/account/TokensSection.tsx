/** The user's API tokens: create one (shown once), see them, revoke one. */
import { useLang } from "../../ui/use-lang.js";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TOKEN_SCOPES, type TokenScope } from "../../../../src/domain/token-scopes.js";
import { api, get, post } from "../../api/client.js";
import type { ApiTokenInfo } from "../../api/types.js";
import { dayEndIso } from "../../time/mission-time.js";
import { DayField } from "../../ui/DateFields.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

const DAY = 86_400_000;
const dayAhead = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

export function TokensSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const tokens = useApi(["tokens"], (signal) => get("/auth/tokens", { signal }));
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TokenScope[]>([]);
  const [expires, setExpires] = useState(dayAhead(90));
  // False while the day typed is not a day from tomorrow to a year ahead (the field says why).
  const [expiresOk, setExpiresOk] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);

  const toggle = (scope: TokenScope) =>
    setScopes((s) => (s.includes(scope) ? s.filter((x) => x !== scope) : [...s, scope]));

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!expiresOk || !expires) return;
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const res = await post("/auth/tokens", {
        name,
        scopes,
        expiresAt: dayEndIso(expires, missionTimeZone()) ?? expires,
      });
      setCreated(res.token);
      setName("");
      setScopes([]);
      tokens.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (id: string) => {
    setError(null);
    try {
      await api("DELETE", `/auth/tokens/${id}`);
      tokens.reload();
    } catch (err) {
      setError(err);
    }
  };

  const status = (tok: ApiTokenInfo) =>
    tok.revokedAt
      ? t("account.tokens.revoked")
      : tok.active
        ? t("account.tokens.active")
        : t("account.tokens.expired");

  return (
    <section aria-labelledby="account-tokens" className="panel">
      <h2 id="account-tokens">{t("account.tokens.title")}</h2>
      <p className="muted">{t("account.tokens.intro")}</p>
      {error !== null && <ErrorNotice error={error} />}
      {created && (
        <div className="notice notice-success" role="status">
          <p>{t("account.tokens.shownOnce")}</p>
          <label htmlFor="new-token">{t("account.tokens.tokenLabel")}</label>
          <input
            id="new-token"
            readOnly
            dir="ltr"
            value={created}
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      <form onSubmit={(e) => void create(e)} className="form-stack">
        <div className="field">
          <label htmlFor="token-name">{t("account.tokens.name")}</label>
          <input
            id="token-name"
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <fieldset className="field radio-group">
          <legend>{t("account.tokens.scopes")}</legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="nowrap">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={() => toggle(scope)}
              />{" "}
              {t(`account.tokens.scopeName.${scope.replace(":", "_")}` as never)}{" "}
              <code dir="ltr" className="muted">
                {scope}
              </code>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="token-expires">{t("account.tokens.expires")}</label>
          <DayField
            id="token-expires"
            required
            min={dayAhead(1)}
            max={dayAhead(365)}
            describedBy="token-expires-hint"
            value={expires}
            onChange={(v, ok) => {
              setExpires(v);
              setExpiresOk(ok);
            }}
          />
          <p id="token-expires-hint" className="hint">
            {t("account.tokens.expiresHint")}
          </p>
        </div>
        <button type="submit" className="button primary" disabled={busy || scopes.length === 0}>
          {busy ? t("account.tokens.creating") : t("account.tokens.create")}
        </button>
      </form>
      {tokens.state === "loading" && <Loading />}
      {tokens.state === "error" && <ErrorNotice error={tokens.error} onRetry={tokens.reload} />}
      {tokens.state === "ok" &&
        (tokens.data.items.length === 0 ? (
          <p>{t("account.tokens.none")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("account.tokens.name")}</th>
                  <th scope="col">{t("account.tokens.scopes")}</th>
                  <th scope="col">{t("account.tokens.expires")}</th>
                  <th scope="col">{t("account.tokens.lastUsed")}</th>
                  <th scope="col">{t("account.tokens.status")}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {tokens.data.items.map((tok) => (
                  <tr key={tok.id}>
                    <td>
                      <bdi>{tok.name}</bdi>
                    </td>
                    <td>
                      {tok.scopes
                        .map((s) => t(`account.tokens.scopeName.${s.replace(":", "_")}` as never))
                        .join(lang === "ar" ? "، " : ", ")}
                    </td>
                    <td>
                      <DateTime iso={tok.expiresAt} />
                    </td>
                    <td>
                      {tok.lastUsedAt ? (
                        <DateTime iso={tok.lastUsedAt} />
                      ) : (
                        t("account.tokens.never")
                      )}
                    </td>
                    <td>{status(tok)}</td>
                    <td>
                      {tok.active && (
                        <button
                          type="button"
                          className="button secondary"
                          aria-label={t("account.tokens.revokeLabel", { name: tok.name })}
                          onClick={() => void revoke(tok.id)}
                        >
                          {t("account.tokens.revoke")}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
