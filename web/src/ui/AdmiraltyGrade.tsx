/**
 * The Admiralty grading of one report relied on: the reliability of its source (A–F) and the
 * credibility of its information (1–6), as a finding's sources and a progress observation's are
 * graded. "" is not graded yet.
 */
import { useTranslation } from "react-i18next";
import { INFORMATION_CREDIBILITY, SOURCE_RELIABILITY } from "../../../src/domain/taxonomy.js";

export interface Grade {
  reliability: string;
  credibility: string;
}

export function AdmiraltyGrade({
  ids,
  tracking,
  grade,
  onChange,
  required,
}: {
  /** The two fields' ids. */
  ids: { reliability: string; credibility: string };
  /** The report's tracking id, named in each label. */
  tracking: string;
  grade: Grade;
  onChange: (patch: Partial<Grade>) => void;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={ids.reliability}>{t("findingEditor.reliability", { tracking })}</label>
        <select
          id={ids.reliability}
          value={grade.reliability}
          required={required}
          onChange={(e) => onChange({ reliability: e.target.value })}
        >
          <option value="">{t("findingEditor.notGraded")}</option>
          {SOURCE_RELIABILITY.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.credibility}>{t("findingEditor.credibility", { tracking })}</label>
        <select
          id={ids.credibility}
          value={grade.credibility}
          required={required}
          onChange={(e) => onChange({ credibility: e.target.value })}
        >
          <option value="">{t("findingEditor.notGraded")}</option>
          {INFORMATION_CREDIBILITY.map((v) => (
            <option key={v} value={String(v)}>
              {v}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
