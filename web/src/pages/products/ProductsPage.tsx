/**
 * Report products (decision 0022): the mission's list with the form that generates a draft; for
 * a party's liaison and the commission, the reports released to both parties.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import type { Answer } from "../../api/answers.js";
import { useMission } from "../../mission/MissionProvider.js";
import { Link, navigate } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { useApi } from "../../use-api.js";
import { DayField } from "../../ui/DateFields.js";
import { DateTime } from "../../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { useSend } from "../../ui/use-send.js";
import { can } from "../../vocabulary.js";

type Product = Answer<"/api/v1/products/{id}", "get">;

export function ProductsPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const list = useApi(["products"], (signal) => get("/products", { signal }));
  const lang = i18n.language === "ar" ? "ar" : "en";
  return (
    <>
      <PageTitle>{t("products.title")}</PageTitle>
      <p className="muted">
        {can.writeProducts(user) || user.role === "reviewer"
          ? t("products.intro")
          : t("products.introParties")}{" "}
        {t("common.timeZoneNote")}
      </p>
      {can.writeProducts(user) && <GenerateForm />}
      {list.state === "loading" && <Loading />}
      {list.state === "error" && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.state === "ok" &&
        (list.data.items.length === 0 ? (
          <Empty>{t("products.empty")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("products.col.reference")}</th>
                  <th scope="col">{t("products.col.title")}</th>
                  <th scope="col">{t("products.col.state")}</th>
                  <th scope="col">{t("products.col.releasedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p: Product) => (
                  <tr key={p.id}>
                    <td className="nowrap">
                      <Link to={`/products/${p.id}`} className="mono">
                        {p.reference}
                      </Link>
                    </td>
                    <td>{p.title[lang]}</td>
                    <td>{t(`products.states.${p.state}`)}</td>
                    <td className="nowrap">{p.releaseAt ? <DateTime iso={p.releaseAt} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}

const KINDS = ["daily", "spot", "periodic", "mandate"] as const;

function GenerateForm() {
  const { t } = useTranslation();
  const { dailyReportCutoff } = useMission();
  const [kind, setKind] = useState<(typeof KINDS)[number]>("daily");
  const [classification, setClassification] = useState<"public" | "parties">("public");
  const [day, setDay] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [incidentId, setIncidentId] = useState("");
  // The submission's Idempotency-Key: a retried click never makes a second draft.
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(async (opts) => {
      const p = await post(
        "/products",
        {
          kind,
          classification,
          ...(kind === "daily" && { day }),
          ...((kind === "periodic" || kind === "mandate") && { from, to }),
          ...(kind === "spot" && { incidentId: incidentId.trim() }),
        },
        opts,
      );
      navigate(`/products/${p.id}`);
    });
  };
  const day_ = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <DayField
        id={id}
        value={value}
        onChange={(v) => set(v)}
        required
        {...(hint && { describedBy: `${id}-hint` })}
      />
    </div>
  );
  return (
    <form className="panel product-form" onSubmit={submit} aria-labelledby="generate-title">
      <h2 id="generate-title" className="panel-title">
        {t("products.generate")}
      </h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="p-kind">{t("products.kind")}</label>
          <select id="p-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`products.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="p-class">{t("products.classification")}</label>
          <select
            id="p-class"
            value={classification}
            onChange={(e) => setClassification(e.target.value as typeof classification)}
          >
            <option value="public">{t("products.classifications.public")}</option>
            <option value="parties">{t("products.classifications.parties")}</option>
          </select>
        </div>
        {kind === "daily" &&
          day_(
            "p-day",
            t("products.day"),
            day,
            setDay,
            t("products.dayHint", { cutoff: `\u2066${dailyReportCutoff}\u2069` }),
          )}
        {(kind === "periodic" || kind === "mandate") && (
          <>
            {day_("p-from", t("products.from"), from, setFrom)}
            {day_("p-to", t("products.to"), to, setTo)}
          </>
        )}
        {kind === "spot" && (
          <div className="field">
            <label htmlFor="p-incident">{t("products.incidentId")}</label>
            <input
              id="p-incident"
              required
              dir="ltr"
              value={incidentId}
              onChange={(e) => setIncidentId(e.target.value)}
            />
          </div>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("products.generating") : t("products.generate")}
        </button>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
