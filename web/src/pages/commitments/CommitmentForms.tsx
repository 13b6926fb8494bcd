/**
 * The forms of a commitment's page: moving its status (only the moves the server said it would
 * accept), and recording progress with its sources graded and evidence cited from them.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import type { CommitmentDetail } from "../../api/commitment-types.js";
import { navigate } from "../../router.js";
import { useUser } from "../../session.js";
import { wallTimeToIso } from "../../time/mission-time.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { DateTimeField } from "../../ui/DateFields.js";
import { ErrorNotice } from "../../ui/notices.js";
import { can } from "../../vocabulary.js";
import { OBSERVED_STATUSES } from "../../../../src/domain/commitments.js";
import {
  VERIFICATION_LEVELS,
  type INFORMATION_CREDIBILITY,
  type SOURCE_RELIABILITY,
} from "../../../../src/domain/taxonomy.js";
import { allGraded, ObservationSources, type GradedSource } from "./ObservationSources.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { useLang } from "../../ui/use-lang.js";
import { textFor } from "../../../../src/domain/bilingual.js";

export function StatusForm({ c }: { c: CommitmentDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [status, setStatus] = useState(c.allowedStatuses[0] ?? "met");
  // "": the whole commitment; else a phase of its timetable, marked met or pending again.
  const [phaseKey, setPhaseKey] = useState("");
  const phase = c.phases.find((p) => p.key === phaseKey);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await post(
        `/commitments/${c.id}/status`,
        phase
          ? { phaseKey: phase.key, phaseStatus: phase.status === "met" ? "pending" : "met", reason }
          : { status, reason },
      );
      setDone(true);
      setReason("");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{t("commitments.changeStatus")}</h2>
      <form onSubmit={(e) => void submit(e)} className="commitment-form">
        {c.phases.length > 0 && (
          <div className="field">
            <label htmlFor="status-of">{t("commitments.statusOf")}</label>
            <select id="status-of" value={phaseKey} onChange={(e) => setPhaseKey(e.target.value)}>
              <option value="">{t("commitments.wholeCommitment")}</option>
              {c.phases.map((p, i) => (
                <option key={p.key} value={p.key}>
                  {t("commitments.form.phaseN", { n: i + 1 })}:{" "}
                  {textFor(p.title, lang)?.text ?? p.key}
                </option>
              ))}
            </select>
          </div>
        )}
        {phase ? (
          <p data-testid="phase-move">
            {t(phase.status === "met" ? "commitments.phasePendingAgain" : "commitments.phaseMet")}
          </p>
        ) : (
          <div className="field">
            <label htmlFor="new-status">{t("commitments.newStatus")}</label>
            <select
              id="new-status"
              value={status}
              onChange={(e) => setStatus(e.target.value as typeof status)}
            >
              {c.allowedStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`commitments.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="status-reason">{t("commitments.reason")}</label>
          <textarea
            id="status-reason"
            rows={2}
            dir="auto"
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <button type="submit" className="button primary" disabled={busy || !reason.trim()}>
          {t("commitments.save")}
        </button>
        {done && (
          <p className="notice notice-success" role="status">
            {t("commitments.statusChanged")}
          </p>
        )}
        {error !== null && <ErrorNotice error={error} />}
      </form>
    </section>
  );
}

export function ObservationForm({ c }: { c: CommitmentDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const [observedAt, setObservedAt] = useState("");
  const [noteEn, setNoteEn] = useState("");
  const [noteAr, setNoteAr] = useState("");
  const [shows, setShows] = useState("");
  const [level, setLevel] = useState("V3");
  const [source, setSource] = useState("");
  const [sources, setSources] = useState<GradedSource[]>([]);
  const [disputes, setDisputes] = useState(false);
  const [obsPhase, setObsPhase] = useState("");
  const [quantity, setQuantity] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const lang = useLang();
  const citesReports = can.readReports(user);
  const at = observedAt ? wallTimeToIso(observedAt, missionTimeZone()) : null;
  const amount = quantity.trim() === "" ? null : Number(quantity.trim());
  const ready =
    at !== null &&
    (noteEn.trim() || noteAr.trim()) &&
    source.trim() &&
    allGraded(sources) &&
    (amount === null || (Number.isFinite(amount) && amount >= 0));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/commitments/${c.id}/observations`, {
        observedAt: at,
        noteEn,
        noteAr,
        showsStatus: (shows || null) as (typeof OBSERVED_STATUSES)[number] | null,
        verificationLevel: level as (typeof VERIFICATION_LEVELS)[number],
        source,
        sourceGrades: sources.map((s) => ({
          reportId: s.reportId,
          reliability: s.reliability as (typeof SOURCE_RELIABILITY)[number],
          credibility: Number(s.credibility) as (typeof INFORMATION_CREDIBILITY)[number],
        })),
        evidenceIds: sources.flatMap((s) => s.evidenceIds),
        disputes,
        phaseKey: obsPhase || null,
        quantity: amount,
      });
      setDone(true);
      setNoteEn("");
      setNoteAr("");
      setSources([]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="observe-title">
      <h2 id="observe-title">{t("commitments.record")}</h2>
      <form onSubmit={(e) => void submit(e)} className="commitment-form" noValidate>
        <div className="field">
          <label htmlFor="observed-at">{t("commitments.observedAt")}</label>
          <DateTimeField id="observed-at" value={observedAt} onChange={(v) => setObservedAt(v)} />
        </div>
        <TwoLanguageFields
          id="note"
          labelEn={t("commitments.noteEn")}
          labelAr={t("commitments.noteAr")}
          value={{ en: noteEn, ar: noteAr }}
          onChange={(v) => {
            setNoteEn(v.en);
            setNoteAr(v.ar);
          }}
          rows={3}
        />
        <div className="field">
          <label htmlFor="shows">{t("commitments.showsStatus")}</label>
          <select id="shows" value={shows} onChange={(e) => setShows(e.target.value)}>
            <option value="">{t("commitments.showsNothing")}</option>
            {OBSERVED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`commitments.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {c.phases.length > 0 && (
          <div className="field">
            <label htmlFor="obs-phase">{t("commitments.observedPhase")}</label>
            <select id="obs-phase" value={obsPhase} onChange={(e) => setObsPhase(e.target.value)}>
              <option value="">{t("commitments.wholeCommitment")}</option>
              {c.phases.map((p, i) => (
                <option key={p.key} value={p.key}>
                  {t("commitments.form.phaseN", { n: i + 1 })}:{" "}
                  {textFor(p.title, lang)?.text ?? p.key}
                </option>
              ))}
            </select>
          </div>
        )}
        {c.target?.quantity != null && (
          <div className="field">
            <label htmlFor="obs-quantity">
              {t("commitments.observedQuantity", { unit: c.target.unit ?? "" })}
            </label>
            <input
              id="obs-quantity"
              inputMode="decimal"
              dir="ltr"
              className="input-short"
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="level">{t("commitments.level")}</label>
          <select id="level" value={level} onChange={(e) => setLevel(e.target.value)}>
            {VERIFICATION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="obs-source">{t("commitments.source")}</label>
          <input
            id="obs-source"
            dir="auto"
            value={source}
            aria-describedby="obs-source-hint"
            onChange={(e) => setSource(e.target.value)}
          />
          <p id="obs-source-hint" className="hint">
            {t("commitments.sourceHint")}
          </p>
        </div>
        {citesReports && <ObservationSources sources={sources} onChange={setSources} />}
        {user.party && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={disputes}
              onChange={(e) => setDisputes(e.target.checked)}
            />{" "}
            {t("commitments.disputesLabel")}
          </label>
        )}
        <button type="submit" className="button primary" disabled={busy || !ready}>
          {t("commitments.record")}
        </button>
        {done && (
          <p className="notice notice-success" role="status">
            {t("commitments.recorded")}
          </p>
        )}
        {error !== null && <ErrorNotice error={error} />}
      </form>
    </section>
  );
}

/** The chief opens an incident (taxonomy class E) for the breach, in the case workflow. */
export function BreachButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await post(`/commitments/${id}/breach-incident`);
      navigate(`/incidents/${out.incidentId}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <p>
      <button type="button" className="button" disabled={busy} onClick={() => void open()}>
        {t("commitments.openBreach")}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </p>
  );
}
