/** The audit log's filters, kept in the address: a subject as typed, and days in mission time. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { MISSION_TIME_ZONE } from "../../i18n/format.js";
import { navigate, withQuery } from "../../router.js";
import { dayEndIso, dayStartIso } from "../../time/mission-time.js";
import { isCalendarDay } from "../../time/typed-time.js";
import { DayField } from "../../ui/DateFields.js";
import { FilterFold } from "../../ui/FilterFold.js";

const AUDIT_FILTERS = ["subject", "from", "to"] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;

export function auditFiltersOf(query: URLSearchParams): AuditFilters {
  return Object.fromEntries(AUDIT_FILTERS.map((f) => [f, query.get(f) ?? undefined]));
}

/** The page's filters → the API's query: newest first, days as instants. */
export function auditApiQuery(f: AuditFilters): Record<string, string | undefined> {
  return {
    order: "desc",
    subject: f.subject?.trim() || undefined,
    from: f.from ? (dayStartIso(f.from, MISSION_TIME_ZONE) ?? undefined) : undefined,
    to: f.to ? (dayEndIso(f.to, MISSION_TIME_ZONE) ?? undefined) : undefined,
  };
}

export function AuditFilterForm({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const setDay = (k: "from" | "to") => (day: string) =>
    setDraft((d) => ({ ...d, [k]: day || undefined }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if ([draft.from, draft.to].some((d) => d && !isCalendarDay(d))) return;
    navigate(withQuery("/audit", { ...draft, subject: draft.subject?.trim() }));
  };
  const reset = () => {
    setDraft({});
    navigate("/audit");
  };
  return (
    <FilterFold active={Object.values(filters).filter(Boolean).length}>
      <form className="filters" onSubmit={apply} aria-label={t("common.filters")}>
        <div className="field field-wide">
          <label htmlFor="f-subject">{t("audit.filter.subject")}</label>
          <input
            id="f-subject"
            type="search"
            dir="auto"
            maxLength={100}
            value={draft.subject ?? ""}
            aria-describedby="f-subject-hint"
            onChange={(e) => setDraft((d) => ({ ...d, subject: e.target.value || undefined }))}
          />
          <p id="f-subject-hint" className="hint">
            {t("audit.filter.subjectHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="f-from">{t("audit.filter.from")}</label>
          <DayField id="f-from" value={draft.from ?? ""} onChange={setDay("from")} />
        </div>
        <div className="field">
          <label htmlFor="f-to">{t("audit.filter.to")}</label>
          <DayField id="f-to" value={draft.to ?? ""} onChange={setDay("to")} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button primary">
            {t("common.apply")}
          </button>
          <button type="button" className="button secondary" onClick={reset}>
            {t("common.reset")}
          </button>
        </div>
      </form>
    </FilterFold>
  );
}
