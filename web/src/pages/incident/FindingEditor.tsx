/**
 * The analyst's finding editor: outcome, verification and attribution levels, the party
 * responsible, the provisions breached (from the agreements in force), severity, standard of
 * proof, Admiralty grades of the incident's reports, and the public and restricted narratives in
 * Arabic and English (NarrativeFields: the authoritative language's required, the other optional).
 * Every save is a new version (POST /incidents/:id/findings); the form starts from the current one.
 */
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { BodyAt } from "../../api/answers.js";
import { get, post } from "../../api/client.js";
import { isDraftedFinding, type Finding, type IncidentDetail } from "../../api/types.js";
import { findingProblems, type FindingProblem } from "../../../../src/domain/incidents.js";
import type { Language } from "../../../../src/domain/taxonomy.js";
import {
  ATTRIBUTION_LEVELS,
  FINDING_OUTCOMES,
  SEVERITIES,
  STANDARDS_OF_PROOF,
  VERIFICATION_LEVELS,
  type AttributionLevel,
  type FindingOutcome,
} from "../../../../src/domain/taxonomy.js";
import { partyName, useParties } from "../../parties.js";
import { AdmiraltyGrade, type Grade } from "../../ui/AdmiraltyGrade.js";
import { ErrorNotice } from "../../ui/notices.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { Required } from "../intake/field-kit.js";
import { NarrativeFields, type Narratives } from "./NarrativeFields.js";

interface Draft extends Narratives {
  outcome: FindingOutcome;
  verificationLevel: string;
  attributionLevel: AttributionLevel;
  attributedParty: string;
  provisions: string[];
  severity: string;
  standardOfProof: string;
  grades: Record<string, Grade>;
}

type Problem = "needParty" | "noPartyAllowed" | "needNamingLevel" | "needProvisions";

/** The message (findingEditor.*) and the form field of each rule of findingProblems(). */
const SAID: Record<Exclude<FindingProblem["rule"], "narrative_required">, Problem> = {
  party_required: "needParty",
  party_not_allowed: "noPartyAllowed",
  naming_level_required: "needNamingLevel",
  provisions_required: "needProvisions",
};
const FIELD_ID: Record<FindingProblem["field"], string> = {
  attributedParty: "finding-party",
  attributionLevel: "finding-attribution",
  provisions: "finding-provisions",
  publicNarrative: "finding-public-en",
  publicNarrativeAr: "finding-public-ar",
  restrictedNarrative: "finding-restricted-en",
  restrictedNarrativeAr: "finding-restricted-ar",
};

/** A rule the draft breaks: the form field it blames, and what to say. */
interface Said {
  field: string;
  problem: Problem | "needPublic" | "needRestricted";
  /** The authoritative language, for a missing narrative. */
  language?: Language;
}

function draftFrom(f: Finding | undefined, lang: Language): Draft {
  const grades: Record<string, Grade> = {};
  for (const g of f?.sourceGrades ?? []) {
    grades[g.reportId] = { reliability: g.reliability, credibility: String(g.credibility) };
  }
  return {
    outcome: f?.outcome ?? "pending",
    verificationLevel: f?.verificationLevel ?? "V0",
    attributionLevel: f?.attributionLevel ?? "undetermined",
    attributedParty: f?.attributedParty ?? "",
    provisions: f?.provisions ?? [],
    severity: f?.severity ? String(f.severity) : "",
    standardOfProof: f?.standardOfProof ?? "",
    grades,
    publicNarrative: f?.publicNarrative ?? "",
    restrictedNarrative: f?.restrictedNarrative ?? "",
    publicNarrativeAr: f?.publicNarrativeAr ?? "",
    restrictedNarrativeAr: f?.restrictedNarrativeAr ?? "",
    // A first draft is written in the analyst's interface language unless they say otherwise.
    authoritativeLanguage: f?.authoritativeLanguage ?? lang,
  };
}

/** The server's own consistency rules (checkFinding()), to say so before sending. */
function problemsOf(d: Draft): Said[] {
  return findingProblems(d).map((p) =>
    p.rule === "narrative_required"
      ? {
          field: FIELD_ID[p.field],
          problem: p.field.startsWith("public") ? "needPublic" : "needRestricted",
          language: d.authoritativeLanguage,
        }
      : { field: FIELD_ID[p.field], problem: SAID[p.rule] },
  );
}

type FindingBody = BodyAt<`/incidents/${string}/findings`, "post">;

/**
 * The finding to send. The form's selects hold strings but offer only the values the API
 * describes (and the server checks them again), hence the one cast.
 */
function bodyOf(d: Draft): FindingBody {
  const sourceGrades = Object.entries(d.grades)
    .filter(([, g]) => g.reliability && g.credibility)
    .map(([reportId, g]) => ({
      reportId,
      reliability: g.reliability,
      credibility: Number(g.credibility),
    }));
  return {
    outcome: d.outcome,
    verificationLevel: d.verificationLevel,
    attributionLevel: d.attributionLevel,
    ...(d.attributedParty ? { attributedParty: d.attributedParty } : {}),
    provisions: d.provisions,
    ...(d.severity ? { severity: Number(d.severity) } : {}),
    ...(d.standardOfProof ? { standardOfProof: d.standardOfProof } : {}),
    sourceGrades,
    publicNarrative: d.publicNarrative,
    restrictedNarrative: d.restrictedNarrative,
    publicNarrativeAr: d.publicNarrativeAr,
    restrictedNarrativeAr: d.restrictedNarrativeAr,
    authoritativeLanguage: d.authoritativeLanguage,
  } as FindingBody;
}

export function FindingEditor({
  incident,
  onSaved,
}: {
  incident: IncidentDetail;
  onSaved: (f: Finding) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const agreements = useApi(["agreements"], (signal) => get("/agreements", { signal }));
  // The editor is the mission's: it reads drafted findings, never released snapshots.
  const current = incident.findings
    .filter(isDraftedFinding)
    .sort((a, b) => b.version - a.version)[0];
  const [draft, setDraft] = useState<Draft>(() => draftFrom(current, lang));
  const [problems, setProblems] = useState<Said[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const next = (current?.version ?? 0) + 1;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const problemFor = (field: string) => problems.find((p) => p.field === field);
  const describedBy = (field: string, hint?: string) =>
    [hint, problemFor(field) ? `${field}-problem` : undefined].filter(Boolean).join(" ") ||
    undefined;
  const provisions =
    agreements.state === "ok" ? agreements.data.items.flatMap((a) => a.provisions) : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    setError(null);
    const found = problemsOf(draft);
    setProblems(found);
    if (found.length > 0) {
      requestAnimationFrame(() => statusRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const f = await post(`/incidents/${incident.id}/findings`, bodyOf(draft));
      setSaved(f.version);
      onSaved(f);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  };

  const say = (p: Said) =>
    p.problem === "needPublic" || p.problem === "needRestricted"
      ? t(`findingLanguages.${p.problem}`, {
          language: t(`language.${p.language ?? "en"}`),
        })
      : t(`findingEditor.${p.problem}`);
  const fieldProblem = (field: string) => {
    const p = problemFor(field);
    return p ? (
      <p id={`${field}-problem`} className="field-problem">
        {say(p)}
      </p>
    ) : null;
  };

  return (
    <section className="panel finding-editor" aria-labelledby="finding-editor-title">
      <h2 id="finding-editor-title" className="panel-title">
        {current ? t("findingEditor.titleNext", { version: next }) : t("findingEditor.title")}
      </h2>
      <p className="muted">
        {t("findingEditor.intro")}{" "}
        {current && t("findingEditor.startFromCurrent", { version: current.version })}
      </p>
      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="form-status">
        {saved !== null && (
          <p className="notice notice-success">{t("findingEditor.saved", { version: saved })}</p>
        )}
        {problems.length > 0 && (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">{t("findingEditor.problems")}</p>
            <ul>
              {problems.map((p) => (
                <li key={p.field + p.problem}>
                  <a href={`#${p.field}`}>{say(p)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {error !== null && <ErrorNotice error={error} />}
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate className="finding-form">
        <div className="field-row">
          <div className="field">
            <label htmlFor="finding-outcome">
              {t("findingEditor.outcome")}
              <Required />
            </label>
            <select
              id="finding-outcome"
              value={draft.outcome}
              onChange={(e) => set("outcome", e.target.value as FindingOutcome)}
            >
              {FINDING_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`outcome.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="finding-verification">
              {t("findingEditor.verificationLevel")}
              <Required />
            </label>
            <select
              id="finding-verification"
              value={draft.verificationLevel}
              onChange={(e) => set("verificationLevel", e.target.value)}
            >
              {VERIFICATION_LEVELS.map((v) => (
                <option key={v} value={v}>
                  {t(`verification.${v}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="finding-attribution">
              {t("findingEditor.attributionLevel")}
              <Required />
            </label>
            <select
              id="finding-attribution"
              value={draft.attributionLevel}
              aria-invalid={problemFor("finding-attribution") ? true : undefined}
              aria-describedby={describedBy("finding-attribution")}
              onChange={(e) => set("attributionLevel", e.target.value as AttributionLevel)}
            >
              {ATTRIBUTION_LEVELS.map((a) => (
                <option key={a} value={a}>
                  {t(`attribution.${a}`)}
                </option>
              ))}
            </select>
            {fieldProblem("finding-attribution")}
          </div>
          <div className="field">
            <label htmlFor="finding-party">{t("findingEditor.attributedParty")}</label>
            <select
              id="finding-party"
              value={draft.attributedParty}
              aria-invalid={problemFor("finding-party") ? true : undefined}
              aria-describedby={describedBy("finding-party", "finding-party-hint")}
              onChange={(e) => set("attributedParty", e.target.value)}
            >
              <option value="">{t("findingEditor.noParty")}</option>
              {parties.map((p) => (
                <option key={p.code} value={p.code}>
                  {t("parties.withCode", { name: partyName(parties, p.code, lang), code: p.code })}
                </option>
              ))}
            </select>
            <p id="finding-party-hint" className="hint">
              {t("findingEditor.attributedPartyHint")}
            </p>
            {fieldProblem("finding-party")}
          </div>
        </div>
        <fieldset
          id="finding-provisions"
          tabIndex={-1}
          aria-describedby={describedBy("finding-provisions", "finding-provisions-hint")}
        >
          <legend>{t("findingEditor.provisions")}</legend>
          <p id="finding-provisions-hint" className="hint">
            {t("findingEditor.provisionsHint")}
          </p>
          {agreements.state === "error" && (
            <ErrorNotice error={agreements.error} onRetry={agreements.reload} />
          )}
          {agreements.state === "ok" && provisions.length === 0 && (
            <p className="muted">{t("findingEditor.noProvisions")}</p>
          )}
          <ul className="checkbox-list">
            {provisions.map((p) => (
              <li key={p.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={draft.provisions.includes(p.code)}
                    onChange={(e) =>
                      set(
                        "provisions",
                        e.target.checked
                          ? [...draft.provisions, p.code]
                          : draft.provisions.filter((c) => c !== p.code),
                      )
                    }
                  />
                  <span>
                    <bdi className="mono">{p.code}</bdi>{" "}
                    <TwoLanguageText texts={{ ar: p.textAr, en: p.textEn }} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {fieldProblem("finding-provisions")}
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="finding-severity">{t("findingEditor.severity")}</label>
            <select
              id="finding-severity"
              value={draft.severity}
              onChange={(e) => set("severity", e.target.value)}
            >
              <option value="">{t("findingEditor.noSeverity")}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={String(s)}>
                  {t(`severity.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="finding-proof">{t("findingEditor.standardOfProof")}</label>
            <select
              id="finding-proof"
              value={draft.standardOfProof}
              onChange={(e) => set("standardOfProof", e.target.value)}
            >
              <option value="">{t("findingEditor.noProof")}</option>
              {STANDARDS_OF_PROOF.map((s) => (
                <option key={s} value={s}>
                  {t(`proof.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {incident.reports.length > 0 && (
          <fieldset>
            <legend>{t("findingEditor.sourceGrades")}</legend>
            <p className="hint">{t("findingEditor.sourceGradesHint")}</p>
            {incident.reports.map((r) => {
              const g = draft.grades[r.id] ?? { reliability: "", credibility: "" };
              const setGrade = (patch: Partial<Grade>) =>
                set("grades", { ...draft.grades, [r.id]: { ...g, ...patch } });
              return (
                <div key={r.id} className="field-row grade-row">
                  <AdmiraltyGrade
                    ids={{ reliability: `grade-rel-${r.id}`, credibility: `grade-cred-${r.id}` }}
                    tracking={r.trackingId}
                    grade={g}
                    onChange={setGrade}
                  />
                </div>
              );
            })}
          </fieldset>
        )}
        <NarrativeFields
          narratives={draft}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          describedBy={describedBy}
          fieldProblem={fieldProblem}
          invalid={(field) => problemFor(field) !== undefined}
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("findingEditor.saving") : t("findingEditor.save", { version: next })}
          </button>
        </div>
      </form>
    </section>
  );
}
