/**
 * Amending a report: the intake form opened on the version as filed, sent to
 * POST /reports/{id}/amendments, which files a new version linked to this one. Online only (an
 * amendment answers a version the server holds, so it is not queued in the outbox); the server
 * says whether the viewer may amend (`mayAmend`), and refuses anyway if not.
 *
 * The confidential source fields are not on the form (the filer, as a rule, may not read them):
 * the server keeps them in the new version, and the page says which the version holds, with a
 * box to remove them instead (decision 0014).
 */
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, get, post } from "../api/client.js";
import type { ReportWithEvidence } from "../api/types.js";
import { localeOf } from "../i18n/format.js";
import { Link, navigate } from "../router.js";
import { useUser } from "../session.js";
import { PageTitle } from "../shell/PageTitle.js";
import { ErrorNotice, Loading } from "../ui/notices.js";
import { useLang } from "../ui/use-lang.js";
import { useApi } from "../use-api.js";
import { CountsFields } from "./intake/CountsFields.js";
import { useFieldKit } from "./intake/field-kit.js";
import {
  fieldsOfRejection,
  fromReport,
  toDraft,
  type FormField,
  type Problem,
  type ReportForm,
} from "./intake/report-form.js";
import { SourceFields } from "./intake/SourceFields.js";
import { WhatFields } from "./intake/WhatFields.js";
import { WhenFields } from "./intake/WhenFields.js";
import { WhereFields } from "./intake/WhereFields.js";

export function AmendReportPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const report = useApi(["report", id], (signal) => get(`/reports/${id}`, { signal }));
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/reports/${id}`}>{t("amend.back")}</Link>
      </p>
      {report.state === "loading" && <Loading />}
      {report.state === "error" && (
        <>
          <PageTitle>{t("errors.title")}</PageTitle>
          <ErrorNotice error={report.error} onRetry={report.reload} />
        </>
      )}
      {report.state === "ok" &&
        (report.data.mayAmend ? (
          <AmendForm report={report.data} />
        ) : (
          <>
            <PageTitle>{t("amend.title", { tracking: report.data.trackingId })}</PageTitle>
            <p className="notice notice-error">{t("amend.notAllowed")}</p>
          </>
        ))}
    </>
  );
}

function AmendForm({ report: r }: { report: ReportWithEvidence }) {
  const { t } = useTranslation();
  const user = useUser();
  const isLiaison = user.role === "liaison";
  const original = fromReport(r);
  const [form, setForm] = useState<ReportForm>(original);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [badFields, setBadFields] = useState<FormField[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [unchanged, setUnchanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const held = heldSourceFields(r);
  const [clearSources, setClearSources] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  const kit = useFieldKit(form, setForm, problems, badFields);
  const opts = { needsComplainingParty: !isLiaison };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setUnchanged(false);
    const made = toDraft(form, opts);
    const before = toDraft(original, opts);
    if ("problems" in made) {
      setProblems(made.problems);
    } else if (!clearSources && JSON.stringify(made) === JSON.stringify(before)) {
      setProblems([]);
      setUnchanged(true);
    } else {
      setProblems([]);
      setBadFields([]);
      setBusy(true);
      try {
        const next = await post(`/reports/${r.id}/amendments`, {
          ...made.draft,
          ...(clearSources ? { clearSources: held } : {}),
        });
        navigate(`/reports/${next.id}`);
        return;
      } catch (err) {
        setError(err);
        if (err instanceof ApiError) setBadFields(fieldsOfRejection(err.details));
      } finally {
        setBusy(false);
      }
    }
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <>
      <PageTitle>{t("amend.title", { tracking: r.trackingId })}</PageTitle>
      <form className="intake-form amend-form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="notice notice-info">{t("amend.intro", { version: r.version })}</p>
        <div ref={statusRef} tabIndex={-1} className="form-status" aria-live="polite">
          {problems.length > 0 && (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">{t("intake.problems")}</p>
              <ul>
                {problems.map((p) => (
                  <li key={p.field + p.need}>
                    <a href={`#${p.field}`}>{t(`intake.need.${p.need}`)}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {unchanged && <p className="notice notice-error">{t("amend.noChange")}</p>}
          {error !== null && <ErrorNotice error={error} />}
        </div>
        <SourceFields kit={kit} user={user} kinds={[r.sourceKind]} />
        {held.length > 0 && (
          <KeptSources
            version={r.version}
            fields={held}
            clear={clearSources}
            onClear={setClearSources}
          />
        )}
        <WhenFields kit={kit} />
        <WhereFields kit={kit} />
        <WhatFields kit={kit} languageChosen onChooseLanguage={() => {}} />
        <CountsFields kit={kit} />
        <p className="hint">{t("amend.evidenceNote", { version: r.version })}</p>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("amend.submitting") : t("amend.submit")}
          </button>
        </div>
      </form>
    </>
  );
}

type SourceField = ReportWithEvidence["redacted"][number];

/** The source fields the version holds: withheld from this viewer, or shown to a reader of them. */
function heldSourceFields(r: ReportWithEvidence): SourceField[] {
  const shown: SourceField[] = [
    ...(r.sourceIdentity ? (["sourceIdentity"] as const) : []),
    ...(r.witnesses?.length ? (["witnesses"] as const) : []),
  ];
  return (["sourceIdentity", "witnesses"] as const).filter(
    (f) => r.redacted.includes(f) || shown.includes(f),
  );
}

function KeptSources({
  version,
  fields,
  clear,
  onClear,
}: {
  version: number;
  fields: SourceField[];
  clear: boolean;
  onClear: (clear: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = new Intl.ListFormat(localeOf(lang), { type: "conjunction" }).format(
    fields.map((f) => t(`amend.sourceField.${f}`)),
  );
  return (
    <div className="notice notice-info" data-testid="kept-sources">
      <p>{t("amend.sourcesKept", { version, fields: names, count: fields.length })}</p>
      <label className="choice">
        <input
          type="checkbox"
          name="clearSources"
          checked={clear}
          onChange={(e) => onClear(e.target.checked)}
        />
        {t("amend.clearSources", { count: fields.length })}
      </label>
      {clear && <p className="hint">{t("amend.clearSourcesHint", { version })}</p>}
    </div>
  );
}
