/**
 * Evidence files chosen with the intake form. They are uploaded once the server has received the
 * report (the upload needs the report's id), so a report kept offline in the outbox goes without
 * them: the note says so, and the report's page takes them later.
 */
import { useTranslation } from "react-i18next";
import { EVIDENCE_LIMIT_BYTES, formatBytes } from "../../api/evidence-upload.js";
import { FilePicker } from "../../ui/FilePicker.js";
import { useLang } from "../../ui/use-lang.js";

export function EvidenceField({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <fieldset>
      <legend>{t("evidence.attachTitle")}</legend>
      <div className="field">
        <label htmlFor="evidence-files">{t("evidence.attachLabel")}</label>
        <FilePicker
          id="evidence-files"
          multiple
          accept="image/*,video/*,audio/*,application/pdf"
          describedBy="evidence-files-hint evidence-files-offline"
          onFiles={onFiles}
        />
        <p id="evidence-files-hint" className="hint">
          {t("evidence.attachHint", { limit: formatBytes(EVIDENCE_LIMIT_BYTES, lang) })}{" "}
          {t("evidence.attachAfterSend")}
        </p>
        <p id="evidence-files-offline" className="hint">
          {t("evidence.offlineNote")}
        </p>
      </div>
    </fieldset>
  );
}
