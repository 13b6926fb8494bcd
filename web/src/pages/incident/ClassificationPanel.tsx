/**
 * Who may read the incident: its classification (explained in plain words), the parties it
 * concerns and its embargo, for the mission's case roles; and for the chief, the form that
 * changes them (POST /incidents/{id}/classification), with what the change will mean before it
 * is applied. The server decides who may: this only hides a form nobody else could use.
 */
import { DateTimeField } from "../../ui/DateFields.js";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CLASSIFICATIONS } from "../../../../src/domain/access-rules.js";
import { post } from "../../api/client.js";
import type { Classification, IncidentDetail } from "../../api/types.js";
import { formatDateTime, localeOf } from "../../i18n/format.js";
import { partyName, useParties } from "../../parties.js";
import { useUser } from "../../session.js";
import { isoToWallTime, wallTimeToIso } from "../../time/mission-time.js";
import { DateTime, PartyList } from "../../ui/display.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useReadAgain } from "../../use-api.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

export function ClassificationPanel({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <section className="panel classification-panel" aria-labelledby="classification-title">
      <h2 id="classification-title" className="panel-title">
        {t("classification.title")}
      </h2>
      <dl className="details">
        <dt>{t("classification.level")}</dt>
        <dd data-testid="classification-level">
          <strong>{t(`classification.levels.${i.classification}`)}</strong>
          <p className="hint">{t(`classification.explain.${i.classification}`)}</p>
        </dd>
        <dt>{t("classification.parties")}</dt>
        <dd data-testid="classification-parties">
          <PartyList codes={i.concernedParties} />
        </dd>
        <dt>{t("classification.embargo")}</dt>
        <dd data-testid="classification-embargo">
          {i.embargoUntil ? <DateTime iso={i.embargoUntil} /> : t("classification.noEmbargo")}
          <p className="hint">{t("classification.embargoHint")}</p>
        </dd>
      </dl>
      {user.role === "chief" && <ClassifyForm incident={i} />}
    </section>
  );
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

function ClassifyForm({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const readAgain = useReadAgain();
  const lang = useLang();
  const known = useParties();
  const currentWall = i.embargoUntil ? isoToWallTime(i.embargoUntil, missionTimeZone()) : "";
  const [level, setLevel] = useState<Classification>(i.classification);
  const [parties, setParties] = useState<string[]>(i.concernedParties);
  const [embargo, setEmbargo] = useState(currentWall);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  // Every party the mission knows, and any the incident names that the list does not.
  const choices = [...new Set([...known.map((p) => p.code), ...i.concernedParties])].sort();
  const embargoIso = embargo ? wallTimeToIso(embargo, missionTimeZone()) : null;
  const embargoInvalid = embargo !== "" && embargoIso === null;
  const levelChanged = level !== i.classification;
  const partiesChanged = !sameSet(parties, i.concernedParties);
  const embargoChanged = embargo !== currentWall;
  const changed = levelChanged || partiesChanged || embargoChanged;

  const names = (codes: readonly string[]) =>
    codes.length === 0
      ? t("classification.none")
      : new Intl.ListFormat(localeOf(lang), { type: "conjunction" }).format(
          codes.map((c) => partyName(known, c, lang)),
        );
  const readers = (): string => {
    if (level === "public" || level === "parties") {
      return parties.length === 0
        ? t("classification.readers.noParty")
        : t(`classification.readers.${level}`, { parties: names(parties) });
    }
    return t(`classification.readers.${level}`);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    setError(null);
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    if (!changed || embargoInvalid) return;
    setBusy(true);
    try {
      await post(`/incidents/${i.id}/classification`, {
        classification: level,
        concernedParties: [...parties].sort(),
        ...(embargoChanged ? { embargoUntil: embargoIso } : {}),
        reason: reason.trim(),
      });
      setReason("");
      await readAgain(["incident", i.id]);
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  };

  return (
    <form className="classify-form" noValidate onSubmit={(e) => void submit(e)}>
      <h3>{t("classification.changeTitle")}</h3>
      <p className="hint">{t("classification.changeIntro")}</p>
      <div ref={statusRef} tabIndex={-1} aria-live="polite">
        {done && <p className="notice notice-success">{t("classification.done")}</p>}
        {error !== null && <ErrorNotice error={error} />}
      </div>
      <fieldset className="field">
        <legend>{t("classification.chooseLevel")}</legend>
        <ul className="checkbox-list">
          {CLASSIFICATIONS.map((c) => (
            <li key={c}>
              <label className="choice">
                <input
                  type="radio"
                  name="classification"
                  value={c}
                  checked={level === c}
                  onChange={() => setLevel(c)}
                />
                <span>
                  <strong>{t(`classification.levels.${c}`)}</strong>
                  <span className="hint"> — {t(`classification.explain.${c}`)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="field">
        <legend>{t("classification.chooseParties")}</legend>
        <ul className="checkbox-list">
          {choices.map((code) => (
            <li key={code}>
              <label className="choice">
                <input
                  type="checkbox"
                  name="concernedParties"
                  value={code}
                  checked={parties.includes(code)}
                  onChange={(e) =>
                    setParties((ps) =>
                      e.target.checked ? [...ps, code] : ps.filter((p) => p !== code),
                    )
                  }
                />
                <span>
                  {lang === "ar" ? (
                    partyName(known, code, lang)
                  ) : (
                    <>
                      {partyName(known, code, lang)} (<bdi>{code}</bdi>)
                    </>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor="embargo-until">{t("classification.embargoField")}</label>
        <div className="field-row">
          <DateTimeField
            id="embargo-until"
            value={embargo}
            invalid={embargoInvalid}
            describedBy="embargo-until-hint"
            onChange={(v) => setEmbargo(v)}
          />
          {embargo !== "" && (
            <button type="button" className="button secondary" onClick={() => setEmbargo("")}>
              {t("classification.liftEmbargo")}
            </button>
          )}
        </div>
        <p id="embargo-until-hint" className="hint">
          {embargoInvalid
            ? t("classification.embargoInvalid")
            : t("classification.embargoFieldHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="classify-reason">
          {t("classification.reason")}
          <span className="required" aria-hidden="true">
            {" *"}
          </span>
        </label>
        <textarea
          id="classify-reason"
          rows={2}
          dir="auto"
          required
          value={reason}
          aria-invalid={reasonMissing || undefined}
          aria-describedby="classify-reason-hint"
          onChange={(e) => {
            setReason(e.target.value);
            if (e.target.value.trim()) setReasonMissing(false);
          }}
        />
        <p id="classify-reason-hint" className={reasonMissing ? "field-problem" : "hint"}>
          {reasonMissing ? t("classification.reasonMissing") : t("classification.reasonHint")}
        </p>
      </div>
      <div className="notice notice-info will-change" data-testid="will-change">
        <p className="notice-title">{t("classification.willChange")}</p>
        {!changed ? (
          <p>{t("classification.nothingChanges")}</p>
        ) : (
          <ul>
            {levelChanged && (
              <li>
                {t("classification.changeLevel", {
                  from: t(`classification.levels.${i.classification}`),
                  to: t(`classification.levels.${level}`),
                })}
              </li>
            )}
            {partiesChanged && (
              <li>
                {t("classification.changeParties", {
                  from: names(i.concernedParties),
                  to: names(parties),
                })}
              </li>
            )}
            {(levelChanged || partiesChanged) && <li>{readers()}</li>}
            {embargoChanged && embargoIso && (
              <li>{t("classification.setEmbargo", { at: formatDateTime(embargoIso, lang) })}</li>
            )}
            {embargoChanged && embargo === "" && <li>{t("classification.liftedEmbargo")}</li>}
          </ul>
        )}
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy || !changed || embargoInvalid}
        >
          {busy ? t("classification.submitting") : t("classification.submit")}
        </button>
      </div>
    </form>
  );
}
