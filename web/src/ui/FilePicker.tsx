/**
 * A file input that speaks the app's language. The browser's own button and its "No file chosen"
 * follow the browser's language; here the native input stays (focusable, labelled by the page,
 * opened with Space or Enter) but is visually hidden, and a button-like label and the list of
 * chosen files are written in the interface language.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatBytes } from "../api/evidence-upload.js";
import { useLang } from "./use-lang.js";

export function FilePicker({
  id,
  multiple = false,
  accept,
  describedBy,
  invalid,
  onFiles,
}: {
  id: string;
  multiple?: boolean;
  accept?: string;
  /** Ids of the page's own hints and problems about this field. */
  describedBy?: string;
  invalid?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [files, setFiles] = useState<File[]>([]);
  const input = useRef<HTMLInputElement>(null);

  // The page empties the input with form.reset() after an upload: empty the list with it.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const clear = () => setFiles([]);
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);

  return (
    <div className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        className="file-picker-input"
        multiple={multiple}
        accept={accept}
        aria-describedby={[`${id}-chosen`, describedBy].filter(Boolean).join(" ")}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          setFiles(chosen);
          onFiles(chosen);
        }}
      />
      {/* A second label of the same input: a click on it opens the picker. */}
      <label htmlFor={id} className="button secondary file-picker-button">
        {multiple ? t("filePicker.choose") : t("filePicker.chooseOne")}
      </label>
      <div id={`${id}-chosen`} className="file-picker-chosen" aria-live="polite">
        {files.length === 0 ? (
          <p className="hint">{t("filePicker.noFile")}</p>
        ) : (
          <>
            <p className="hint">{t("filePicker.chosen", { count: files.length })}</p>
            <ul className="file-picker-list">
              {files.map((f, i) => (
                <li key={`${i}-${f.name}`}>
                  <bdi>{f.name}</bdi>{" "}
                  <span className="muted">
                    (<bdi>{formatBytes(f.size, lang)}</bdi>)
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
