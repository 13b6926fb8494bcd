/**
 * The intake form: a report or a party complaint, in Arabic or English, located by a click on
 * the map or by coordinates. Sending goes through the outbox, so a report typed without a
 * connection is kept and sent, once, when the link returns.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../api/client.js";
import type { Report } from "../api/types.js";
import { useOutbox } from "../outbox/OutboxProvider.js";
import { Link, navigate, useLocation } from "../router.js";
import { useUser } from "../session.js";
import { PageTitle } from "../shell/PageTitle.js";
import { ErrorNotice } from "../ui/notices.js";
import { useLang } from "../ui/use-lang.js";
import { sourceKindsFor } from "../vocabulary.js";
import { CountsFields } from "./intake/CountsFields.js";
import { EvidenceField } from "./intake/EvidenceField.js";
import { LocationResolutionNote } from "./intake/LocationResolutionNote.js";
import {
  uploadAll,
  UploadResults,
  useUploadMessages,
  type UploadResult,
} from "./evidence/EvidenceUpload.js";
import { useFieldKit } from "./intake/field-kit.js";
import { OutboxPanel } from "./intake/OutboxPanel.js";
import {
  emptyForm,
  fieldsOfRejection,
  fromDraft,
  toDraft,
  type FormField,
  type Problem,
  type ReportForm,
} from "./intake/report-form.js";
import { SourceFields } from "./intake/SourceFields.js";
import { completeLinkFor, taskLink, type TaskLink } from "./tasks/task-link.js";
import { WhatFields } from "./intake/WhatFields.js";
import { WhenFields } from "./intake/WhenFields.js";
import { WhereFields } from "./intake/WhereFields.js";

type Result =
  | { kind: "sent"; report: Report }
  | { kind: "queued" }
  | { kind: "rejected"; error: ApiError }
  /** Not even queued: the browser's storage refused it (full, or disabled). */
  | { kind: "failed"; error: unknown };

export function NewReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const outbox = useOutbox();
  const { query } = useLocation();
  const kinds = sourceKindsFor(user);
  const isLiaison = user.role === "liaison";

  // "?edit=<key>": a refused report from the outbox, back in the form to be corrected
  const editKey = query.get("edit");
  const editing = editKey ? outbox.items.find((i) => i.key === editKey) : undefined;
  // "?task=<id>&ref=…&lat=…&lon=…&place=…": a report filed for a task, its place filled in
  const forTask = taskLink(query);
  const [form, setForm] = useState<ReportForm>(() =>
    editing
      ? fromDraft(editing.draft)
      : { ...emptyForm(kinds[0] ?? "monitor", lang), ...(forTask?.place ?? {}) },
  );
  const [replacesKey, setReplacesKey] = useState<string | null>(editing?.key ?? null);
  const [languageChosen, setLanguageChosen] = useState(editing !== undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [badFields, setBadFields] = useState<FormField[]>(
    editing?.rejection ? fieldsOfRejection(editing.rejection.details) : [],
  );
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  // Evidence files: uploaded after the server received the report (see EvidenceField).
  const [files, setFiles] = useState<File[]>([]);
  const [filesKey, setFilesKey] = useState(0);
  const [uploads, setUploads] = useState<UploadResult[]>([]);
  const uploadMessages = useUploadMessages();

  // Another queued report opened for correction while on this page.
  useEffect(() => {
    if (editing && editing.key !== replacesKey) {
      setForm(fromDraft(editing.draft));
      setReplacesKey(editing.key);
      setLanguageChosen(true);
      setBadFields(editing.rejection ? fieldsOfRejection(editing.rejection.details) : []);
      setResult(null);
    }
    // only when the address names another item
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [editKey]);

  const kit = useFieldKit(form, setForm, problems, badFields);

  const focusStatus = () => requestAnimationFrame(() => statusRef.current?.focus());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    setUploads([]);
    const made = toDraft(form, { needsComplainingParty: !isLiaison });
    if ("problems" in made) {
      setProblems(made.problems);
      focusStatus();
      return;
    }
    setProblems([]);
    setBadFields([]);
    setBusy(true);
    let outcome: Awaited<ReturnType<typeof outbox.submit>>;
    try {
      outcome = await outbox.submit(made.draft, replacesKey ?? undefined);
    } catch (error) {
      setResult({ kind: "failed", error });
      focusStatus();
      return;
    } finally {
      setBusy(false);
    }
    if (outcome.kind === "rejected") {
      setReplacesKey(outcome.item.key);
      setBadFields(fieldsOfRejection(outcome.error.details));
      setResult({ kind: "rejected", error: outcome.error });
    } else {
      setResult(
        outcome.kind === "sent" ? { kind: "sent", report: outcome.report } : { kind: "queued" },
      );
      setForm(emptyForm(form.sourceKind, form.language));
      if (outcome.kind === "sent" && files.length > 0) {
        void uploadAll(outcome.report.id, files, setUploads, uploadMessages);
      } else if (files.length > 0) {
        setUploads([{ name: "", state: "refused", message: t("evidence.offlineNote") }]);
      }
      setFiles([]);
      setFilesKey((k) => k + 1);
      setReplacesKey(null);
      setLanguageChosen(false);
      if (editKey) navigate("/reports/new", { replace: true });
    }
    focusStatus();
  };

  return (
    <>
      <PageTitle>{isLiaison ? t("intake.titleLiaison") : t("intake.title")}</PageTitle>
      <div className="intake-layout">
        <form className="intake-form" noValidate onSubmit={(e) => void submit(e)}>
          <p className="muted">{t("intake.intro")}</p>
          {replacesKey && result?.kind !== "rejected" && (
            <p className="notice notice-info">{t("intake.editing")}</p>
          )}
          {forTask && !replacesKey && (
            <p className="notice notice-info">
              {t("tasks.forTask", { reference: keepTogether(forTask.reference) })}
            </p>
          )}
          <div ref={statusRef} tabIndex={-1} className="form-status" aria-live="polite">
            <FormStatus problems={problems} result={result} task={forTask} />
            <UploadResults results={uploads} />
          </div>
          <SourceFields kit={kit} user={user} kinds={kinds} />
          <WhenFields kit={kit} />
          <WhereFields kit={kit} />
          <WhatFields
            kit={kit}
            languageChosen={languageChosen}
            onChooseLanguage={() => setLanguageChosen(true)}
          />
          <CountsFields kit={kit} />
          <EvidenceField onFiles={setFiles} key={filesKey} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t("intake.submitting") : t("intake.submit")}
            </button>
          </div>
        </form>
        <OutboxPanel editingKey={replacesKey} />
      </div>
    </>
  );
}

/** What became of the last attempt: problems to fix, received, queued, or refused. */
function FormStatus({
  problems,
  result,
  task,
}: {
  problems: Problem[];
  result: Result | null;
  task: TaskLink | null;
}) {
  const { t } = useTranslation();
  if (problems.length > 0) {
    return (
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
    );
  }
  if (result?.kind === "sent") {
    return (
      <>
        <p className="notice notice-success">
          {t("intake.sent", { tracking: result.report.trackingId })}{" "}
          <Link to={`/reports/${result.report.id}`}>{t("intake.viewSent")}</Link>
        </p>
        {task && (
          <p>
            <Link className="button primary" to={completeLinkFor(task, result.report.id)}>
              {t("tasks.completeWithReport", { reference: task.reference })}
            </Link>
          </p>
        )}
        <LocationResolutionNote resolution={result.report.locationResolution} />
      </>
    );
  }
  if (result?.kind === "queued") return <p className="notice notice-info">{t("intake.queued")}</p>;
  if (result?.kind === "failed") return <ErrorNotice error={result.error} />;
  if (result?.kind === "rejected") {
    return (
      <>
        <p className="notice-lead">{t("intake.rejected")}</p>
        <ErrorNotice error={result.error} />
      </>
    );
  }
  return null;
}

/** A reference such as TSK-00004 kept on one line (a word joiner on each side of the hyphen). */
const keepTogether = (s: string) => s.replace(/-/g, "\u2060-\u2060");
