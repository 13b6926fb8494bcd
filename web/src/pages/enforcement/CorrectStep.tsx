/**
 * Correcting a step of a notice's ladder (decision 0017): a correction never erases, it is a new
 * step naming the one it supersedes. Offered for the steps the reader may correct — the same rule
 * the server applies (`mayRecordStep`): the chief the mission's steps, the joint body's chair the
 * commission's decisions, the notified party's liaison its own responses before the deadline.
 */
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import type { Notice } from "../../api/enforcement-types.js";
import type { User } from "../../api/types.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useSend } from "../../ui/use-send.js";
import { mayRecordStep, type LadderKind } from "../../../../src/domain/enforcement.js";

/** The steps of this notice the user may correct (never a correction itself). */
function correctable(notice: Notice, user: User, now = Date.now()) {
  const beforeDeadline = now <= new Date(notice.deadlineAt).getTime();
  return notice.steps.filter(
    (s) =>
      s.kind !== "correction" &&
      mayRecordStep(user, s.kind as LadderKind, notice.party, true) &&
      (s.kind !== "response" || beforeDeadline),
  );
}

export function CorrectStep({
  notice,
  user,
  onDone,
}: {
  notice: Notice;
  user: User;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const steps = correctable(notice, user);
  const [stepId, setStepId] = useState("");
  const [texts, setTexts] = useState({ en: "", ar: "" });
  const { error, busy, send } = useSend();
  if (steps.length === 0) return null;
  if (!open) {
    return (
      <p>
        <button type="button" className="button secondary small" onClick={() => setOpen(true)}>
          {t("enforcement.correct.open")}
        </button>
      </p>
    );
  }
  const chosen = steps.some((s) => s.id === stepId) ? stepId : steps[steps.length - 1]!.id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () =>
        post(`/enforcement/${notice.noticeId}/steps`, {
          kind: "correction",
          afterSeq: notice.steps[notice.steps.length - 1]!.seq,
          correctsStepId: chosen,
          textEn: texts.en,
          textAr: texts.ar,
        }),
      () => {
        setOpen(false);
        setTexts({ en: "", ar: "" });
        onDone(t("enforcement.correct.done"));
      },
    );
  };
  return (
    <form className="enforcement-form correction-form" onSubmit={submit} noValidate>
      <h3>{t("enforcement.correct.title")}</h3>
      <p className="muted">{t("enforcement.correct.intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-step`}>{t("enforcement.correct.step")}</label>
        <select id={`${id}-step`} value={chosen} onChange={(e) => setStepId(e.target.value)}>
          {steps.map((s) => (
            <option key={s.id} value={s.id}>
              {t("enforcement.correct.option", {
                seq: s.seq,
                kind: t(`enforcement.kind.${s.kind}`),
              })}
            </option>
          ))}
        </select>
      </div>
      <TwoLanguageFields
        id={id}
        labelEn={t("enforcement.correct.textEn")}
        labelAr={t("enforcement.correct.textAr")}
        value={texts}
        onChange={setTexts}
        rows={3}
      />
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy || !(texts.en.trim() || texts.ar.trim())}
        >
          {t("enforcement.correct.submit")}
        </button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          {t("enforcement.correct.cancel")}
        </button>
      </div>
    </form>
  );
}
