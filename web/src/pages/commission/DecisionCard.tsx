/**
 * A decision of the joint commission: its text in both languages, each delegation's answer
 * (signed, dissented with its reason, awaited), and for the delegation's head the sign and
 * dissent actions (decision 0016: in effect only when every delegation called has signed).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { formatDateTime } from "../../i18n/format.js";
import { Link } from "../../router.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useLang } from "../../ui/use-lang.js";
import { useUser } from "../../session.js";
import { can } from "../../vocabulary.js";
import { DateTime, Party } from "../../ui/display.js";
import { ErrorNotice } from "../../ui/notices.js";
import type { Decision } from "./commission-types.js";

export function DecisionCard({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const adopts = (a: NonNullable<Decision["adopts"]>) =>
    t(d.status === "in_effect" ? "commission.adoptedLine" : "commission.adoptsLine", {
      version: a.version,
      name: `\u2068${lang === "ar" && a.nameAr ? a.nameAr : a.name}\u2069`,
      day: formatDateTime(a.from, lang),
    });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [dissenting, setDissenting] = useState(false);
  const [reason, setReason] = useState("");
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      setDissenting(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const dissent = (e: FormEvent) => {
    e.preventDefault();
    void act(() => post(`/commission/decisions/${d.id}/dissent`, { reason }));
  };
  return (
    <article className={`panel decision decision-${d.status}`} aria-labelledby={`decision-${d.id}`}>
      <h3 id={`decision-${d.id}`}>
        {t("commission.decision", { version: d.version })}{" "}
        <span className={`badge decision-status-${d.status}`}>
          {t(`commission.decisionStatus.${d.status}`)}
        </span>
      </h3>
      <TwoLanguageText texts={d.text} as="p" switchable />
      {d.adopts && (
        <p className="decision-adopts">
          {can.editGeoLayers(user) ? (
            <Link to={`/geo-layers/${d.adopts.layerId}`}>{adopts(d.adopts)}</Link>
          ) : (
            adopts(d.adopts)
          )}
        </p>
      )}
      {d.effectiveAt && (
        <p>
          {t("commission.effectiveSince")} <DateTime iso={d.effectiveAt} />
        </p>
      )}
      <ul className="signatures">
        {d.requiredParties.map((party) => {
          const a = d.answers.find((x) => x.party === party);
          return (
            <li key={party} className={`signature signature-${a?.kind ?? "awaited"}`}>
              <Party code={party} />
              {": "}
              {!a && t("commission.awaitingSignature")}
              {a?.kind === "signed" && (
                <>
                  {t("commission.signedBy")} <bdi>{a.signerName}</bdi> · <DateTime iso={a.at} />
                </>
              )}
              {a?.kind === "dissented" && (
                <>
                  {t("commission.dissentedBy")} <bdi>{a.signerName}</bdi> · <DateTime iso={a.at} />
                  <blockquote dir="auto">{a.reason}</blockquote>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {d.mayAnswerFor && !dissenting && (
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void act(() => post(`/commission/decisions/${d.id}/sign`))}
          >
            {t("commission.sign")}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => setDissenting(true)}
          >
            {t("commission.dissent")}
          </button>
        </div>
      )}
      {d.mayAnswerFor && dissenting && (
        <form className="form-stack" onSubmit={dissent}>
          <div className="field">
            <label htmlFor={`dissent-${d.id}`}>{t("commission.dissentReason")}</label>
            <textarea
              id={`dissent-${d.id}`}
              dir="auto"
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <p className="hint">{t("commission.dissentHint")}</p>
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t("commission.dissentSubmit")}
            </button>
            <button type="button" className="button secondary" onClick={() => setDissenting(false)}>
              {t("commission.cancel")}
            </button>
          </div>
        </form>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </article>
  );
}
