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
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import type { Decision } from "./commission-types.js";
import { Fold } from "./SecretariatForms.js";
import { useSend } from "../../ui/use-send.js";

/**
 * `history`: the versions this one replaced, newest first; `keeper`: the reader is the chair or
 * the head of mission, who may revise the text while the decision is not in effect.
 */
export function DecisionCard({
  decision: d,
  history = [],
  keeper = false,
}: {
  decision: Decision;
  history?: Decision[];
  keeper?: boolean;
}) {
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
      <Answers decision={d} />
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
      {keeper && (d.status === "proposed" || d.status === "dissented") && (
        <ReviseForm decision={d} />
      )}
      {history.length > 0 && (
        <details className="decision-history">
          <summary>{t("commission.earlierVersions", { count: history.length })}</summary>
          <ol>
            {history.map((h) => (
              <li key={h.id} className={`decision-version decision-${h.status}`}>
                <p>
                  <strong>{t("commission.versionLabel", { version: h.version })}</strong>{" "}
                  <span className={`badge decision-status-${h.status}`}>
                    {t(`commission.decisionStatus.${h.status}`)}
                  </span>{" "}
                  · <DateTime iso={h.proposedAt} />
                </p>
                <TwoLanguageText texts={h.text} as="p" />
                <Answers decision={h} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}

/** Each delegation's answer: signed, dissented with its reason, or awaited. */
function Answers({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  return (
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
  );
}

/**
 * The secretariat's revision of a decision's text: corrected in place while no delegation has
 * answered; once one has, a new version that supersedes this one, signed afresh.
 */
function ReviseForm({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  const [text, setText] = useState({ en: d.text.en ?? "", ar: d.text.ar ?? "" });
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(() =>
      post(`/commission/decisions/${d.id}/revise`, { textEn: text.en, textAr: text.ar }),
    );
  };
  return (
    <Fold label={t("commission.revise")}>
      <form className="form-stack" onSubmit={submit}>
        <TwoLanguageFields
          id={`revise-${d.id}`}
          labelEn={t("commission.textEn")}
          labelAr={t("commission.textAr")}
          value={text}
          onChange={setText}
          rows={4}
        />
        <p className="hint">
          {d.answers.length === 0
            ? t("commission.reviseInPlace")
            : t("commission.reviseNewVersion")}
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button primary small" disabled={busy}>
          {t("commission.reviseSubmit")}
        </button>
      </form>
    </Fold>
  );
}
