/**
 * The mission settings (admin): working languages, time zone, reply window, release rules, the
 * daily report's cut-off and the mandate (whether a case may be referred to the mandating body,
 * decision 0017), read from GET /mission and sent with PATCH /mission/settings. Each field is checked before
 * sending and a refusal is shown beside the field it names.
 */
import { useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { patch } from "../../api/client.js";
import { missionName, useMission, type Mission } from "../../mission/MissionProvider.js";
import { utcOffsetLabel } from "../../mission/mission-zone.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import {
  checkSettings,
  formOf,
  LANGUAGES,
  refusedFields,
  zoneChoices,
  type FieldProblem,
  type Problems,
  type SettingsField,
  type SettingsForm,
} from "./mission-settings-form.js";

/**
 * When the last save was accepted: kept outside the page, which a new time zone draws anew (the
 * notice then still says it was saved).
 */
let lastSavedAt = 0;
const SAVED_NOTICE_MS = 10_000;

export function MissionSettingsPage() {
  const mission = useMission();
  // The form starts from the mission as read; a save that changes it starts it afresh.
  return <SettingsFormView key={JSON.stringify(formOf(mission))} mission={mission} />;
}

function SettingsFormView({ mission }: { mission: Mission }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form, setForm] = useState<SettingsForm>(() => formOf(mission));
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(() => Date.now() - lastSavedAt < SAVED_NOTICE_MS);
  const summaryRef = useRef<HTMLDivElement>(null);
  const zones = useMemo(
    () => zoneChoices(Intl.supportedValuesOf("timeZone"), mission.timeZone),
    [mission.timeZone],
  );
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    lastSavedAt = 0;
    setSaved(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const checked = checkSettings(form, mission, zones);
    if (!checked.ok) {
      setProblems(checked.problems);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      // The change is accepted: every cached read, the mission's included, is read again.
      await patch("/mission/settings", checked.body);
      lastSavedAt = Date.now();
      setSaved(true);
    } catch (err) {
      const byField = refusedFields(err);
      setProblems(byField);
      setError(Object.keys(byField).length > 0 ? null : err);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const count = Object.keys(problems).length;
  const say = (p: FieldProblem) =>
    p.kind !== "wholeHours"
      ? t(`missionSettings.problem.${p.kind}`)
      : p.max === undefined
        ? t("missionSettings.problem.wholeHoursFrom", { min: p.min })
        : t("missionSettings.problem.wholeHours", { min: p.min, max: p.max });
  const problemOf = (field: SettingsField) => {
    const p = problems[field];
    if (!p) return null;
    return (
      <p className="field-problem" id={`${field}-problem`}>
        {say(p)}
        {p.kind === "refused" && (
          <span className="visually-hidden" lang="en">
            {" "}
            {p.message}
          </span>
        )}
      </p>
    );
  };
  const described = (field: SettingsField, hint?: string) =>
    [hint, problems[field] ? `${field}-problem` : undefined].filter(Boolean).join(" ") || undefined;

  /** A short typed value (hours, a time of day), with its hint and its problem. */
  const shortField = (
    field: "replyWindowHours" | "publicDelayHours" | "dailyReportCutoff",
    id: string,
    label: string,
    hint: string,
    placeholder?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${field}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        inputMode="numeric"
        dir="ltr"
        className="input-short"
        placeholder={placeholder}
        value={form[field]}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={described(field, `${field}-hint`)}
        onChange={(e) => set(field, e.target.value)}
      />
      {problemOf(field)}
    </div>
  );

  return (
    <>
      <PageTitle>{t("missionSettings.title")}</PageTitle>
      <p className="muted">{t("missionSettings.intro")}</p>
      <dl className="details mission-facts">
        <dt>{t("missionSettings.mission")}</dt>
        <dd>
          {missionName(mission, lang)} <bdi className="mono">({mission.code})</bdi>
        </dd>
        <dt>{t("missionSettings.jointBody")}</dt>
        <dd>
          {mission.jointBody.name[lang] || mission.jointBody.name.en}
          {mission.jointBody.chair && (
            <div className="muted small">
              {t("missionSettings.chairedBy", {
                chair: mission.jointBody.chair[lang] || mission.jointBody.chair.en,
              })}
            </div>
          )}
        </dd>
      </dl>
      <div ref={summaryRef} tabIndex={-1}>
        {count > 0 && (
          <p className="notice notice-error" role="alert">
            {t("missionSettings.fixFields", { count })}
          </p>
        )}
        {error !== null && <ErrorNotice error={error} />}
        {saved && count === 0 && error === null && (
          <p className="notice notice-success" role="status">
            {t("missionSettings.saved")}
          </p>
        )}
      </div>
      <form className="form-stack settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset
          className="check-group"
          aria-invalid={problems.languages ? true : undefined}
          aria-describedby={described("languages", "languages-hint")}
        >
          <legend>{t("missionSettings.languages")}</legend>
          <p className="hint" id="languages-hint">
            {t("missionSettings.languagesHint")}
          </p>
          {LANGUAGES.map((l) => (
            <label key={l}>
              <input
                type="checkbox"
                name="languages"
                value={l}
                checked={form.languages.includes(l)}
                onChange={(e) =>
                  set(
                    "languages",
                    e.target.checked
                      ? [...form.languages, l]
                      : form.languages.filter((x) => x !== l),
                  )
                }
              />
              {t(`language.${l}`)}
            </label>
          ))}
          {problemOf("languages")}
        </fieldset>
        <div className="field">
          <label htmlFor="first-language">{t("missionSettings.firstLanguage")}</label>
          <p className="hint" id="first-language-hint">
            {t("missionSettings.firstLanguageHint")}
          </p>
          <select
            id="first-language"
            value={form.firstLanguage}
            aria-describedby="first-language-hint"
            onChange={(e) => set("firstLanguage", e.target.value as SettingsForm["firstLanguage"])}
          >
            {LANGUAGES.filter((l) => form.languages.includes(l) || l === form.firstLanguage).map(
              (l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ),
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor="time-zone">{t("missionSettings.timeZone")}</label>
          <p className="hint" id="timeZone-hint">
            {t("missionSettings.timeZoneHint")}
          </p>
          <select
            id="time-zone"
            dir="ltr"
            value={form.timeZone}
            aria-invalid={problems.timeZone ? true : undefined}
            aria-describedby={described("timeZone", "timeZone-hint")}
            onChange={(e) => set("timeZone", e.target.value)}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {t("missionSettings.zoneOption", { zone: z, offset: utcOffsetLabel(z) })}
              </option>
            ))}
          </select>
          {problemOf("timeZone")}
        </div>
        {shortField(
          "replyWindowHours",
          "reply-window",
          t("missionSettings.replyWindowHours"),
          t("missionSettings.replyWindowHint"),
        )}
        <fieldset className="check-group">
          <legend>{t("missionSettings.releaseRules")}</legend>
          <label>
            <input
              type="checkbox"
              name="partiesFirst"
              checked={form.partiesFirst}
              aria-invalid={problems.partiesFirst ? true : undefined}
              aria-describedby={described("partiesFirst")}
              onChange={(e) => set("partiesFirst", e.target.checked)}
            />
            {t("missionSettings.partiesFirst")}
          </label>
          {problemOf("partiesFirst")}
          {shortField(
            "publicDelayHours",
            "public-delay",
            t("missionSettings.publicDelayHours"),
            t("missionSettings.publicDelayHint"),
          )}
        </fieldset>
        {shortField(
          "dailyReportCutoff",
          "daily-report-cutoff",
          t("missionSettings.dailyReportCutoff"),
          t("missionSettings.dailyReportCutoffHint"),
          "19:30",
        )}
        <fieldset
          className="check-group mandate-group"
          aria-describedby={described("mandatingBody", "mandate-hint")}
        >
          <legend>{t("missionSettings.mandate")}</legend>
          <p className="hint" id="mandate-hint">
            {t("missionSettings.mandateHint")}
          </p>
          {(["en", "ar"] as const).map((l) => (
            <div className="field" key={l}>
              <label htmlFor={`mandating-body-${l}`}>
                {t(
                  l === "en"
                    ? "missionSettings.mandatingBodyEn"
                    : "missionSettings.mandatingBodyAr",
                )}
              </label>
              <input
                id={`mandating-body-${l}`}
                lang={l}
                dir={l === "ar" ? "rtl" : "ltr"}
                value={form.mandatingBody[l]}
                aria-invalid={problems.mandatingBody ? true : undefined}
                aria-describedby={described("mandatingBody", "mandating-body-hint")}
                onChange={(e) =>
                  set("mandatingBody", { ...form.mandatingBody, [l]: e.target.value })
                }
              />
            </div>
          ))}
          <p className="hint" id="mandating-body-hint">
            {t("missionSettings.mandatingBodyHint")}
          </p>
          {problemOf("mandatingBody")}
          <label>
            <input
              type="checkbox"
              name="referralAllowed"
              checked={form.referralAllowed}
              aria-invalid={problems.referralAllowed ? true : undefined}
              aria-describedby={described("referralAllowed")}
              onChange={(e) => set("referralAllowed", e.target.checked)}
            />
            {t("missionSettings.referralAllowed")}
          </label>
          {problemOf("referralAllowed")}
        </fieldset>
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("missionSettings.saving") : t("missionSettings.save")}
          </button>
        </div>
      </form>
    </>
  );
}
