/**
 * A party's reply to a draft finding: text and its language, checked and confirmed before it is
 * sent, because a reply is part of the record and cannot be withdrawn. A refusal (the deadline
 * passed meanwhile, say) is shown in the server's words.
 */
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import type { Reply } from "../../api/release-types.js";
import { formatNumber } from "../../i18n/format.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";

/** ReplyBody in src/http/schemas/incidents.ts */
const MAX_CHARS = 20_000;
const LANGUAGES = ["ar", "en"] as const;

export function ReplyForm({
  incidentId,
  onSent,
}: {
  incidentId: string;
  onSent: (r: Reply) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState("");
  const [language, setLanguage] = useState<"ar" | "en">(lang);
  const [stage, setStage] = useState<"edit" | "confirm" | "sending">("edit");
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const length = text.trim().length;
  const review = (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    setError(null);
    const why =
      length === 0
        ? t("replyForm.empty")
        : length > MAX_CHARS
          ? t("replyForm.tooLong", { max: formatNumber(MAX_CHARS, lang) })
          : null;
    setProblem(why);
    if (why) {
      textRef.current?.focus();
      return;
    }
    setStage("confirm");
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const send = async () => {
    setStage("sending");
    try {
      const reply = await post(`/incidents/${incidentId}/replies`, {
        text: text.trim(),
        language,
      });
      onSent(reply);
      setText("");
      setSent(true);
      setStage("edit");
    } catch (err) {
      setError(err);
      setStage("edit");
    } finally {
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  };

  const back = () => {
    setStage("edit");
    requestAnimationFrame(() => textRef.current?.focus());
  };

  return (
    <section className="panel reply-form" aria-labelledby="reply-form-title">
      <h2 id="reply-form-title" className="panel-title">
        {t("replyForm.title")}
      </h2>
      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="form-status">
        {sent && <p className="notice notice-success">{t("replyForm.sent")}</p>}
        {error !== null && <ErrorNotice error={error} />}
      </div>
      <form onSubmit={review} noValidate>
        <div className="field">
          <label htmlFor="reply-text">{t("replyForm.text")}</label>
          <textarea
            id="reply-text"
            ref={textRef}
            rows={7}
            dir="auto"
            lang={language}
            value={text}
            readOnly={stage !== "edit"}
            aria-invalid={problem ? true : undefined}
            aria-describedby="reply-text-hint reply-text-count"
            onChange={(e) => {
              setText(e.target.value);
              if (problem) setProblem(null);
            }}
          />
          <p id="reply-text-hint" className="hint">
            {t("replyForm.textHint")}
          </p>
          <p
            id="reply-text-count"
            className={length > MAX_CHARS ? "hint char-count over" : "hint char-count"}
          >
            {t("replyForm.count", {
              n: formatNumber(length, lang),
              max: formatNumber(MAX_CHARS, lang),
            })}
          </p>
          {problem && (
            <p className="field-problem" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="field reply-language">
          <label htmlFor="reply-language">{t("replyForm.language")}</label>
          <select
            id="reply-language"
            value={language}
            disabled={stage !== "edit"}
            onChange={(e) => setLanguage(e.target.value as "ar" | "en")}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </div>
        {stage === "edit" && (
          <div className="form-actions">
            <button type="submit" className="button primary">
              {t("replyForm.review")}
            </button>
          </div>
        )}
      </form>
      {stage !== "edit" && (
        <div className="reply-confirm" role="group" aria-labelledby="reply-confirm-title">
          <h3 id="reply-confirm-title" ref={confirmRef} tabIndex={-1}>
            {t("replyForm.confirmTitle")}
          </h3>
          <p>{t("replyForm.confirmText")}</p>
          <div className="action-row">
            <button
              type="button"
              className="button primary"
              disabled={stage === "sending"}
              onClick={() => void send()}
            >
              {stage === "sending" ? t("replyForm.sending") : t("replyForm.send")}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={stage === "sending"}
              onClick={back}
            >
              {t("replyForm.back")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
