/** The reports list's filters, kept in the address so that a reload or a link keeps them. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../../router.js";
import { useUser } from "../../session.js";
import { isCalendarDay } from "../../time/typed-time.js";
import { dayRangeQuery, DayRangeFields, FilterActions, FilterFold } from "../../ui/FilterFold.js";
import { useLang } from "../../ui/use-lang.js";
import { areaHref, SectorChoice, sectorOf } from "../team-area.js";
import { categoryLabel, CATEGORY_CODES, REPORT_STATUSES, SOURCE_KINDS } from "../../vocabulary.js";

const FILTERS = ["status", "category", "sourceKind", "sector", "from", "to"] as const;
export type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/** The filters in the address; an analyst's list opens on the team's area (team-area.tsx). */
export function filtersOf(query: URLSearchParams, teamArea: readonly string[] = []): Filters {
  const values: Filters = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) || undefined]));
  values.sector = sectorOf(query, teamArea);
  return values;
}

/** The page's filters (days in mission time) → the API's query (instants). */
export function apiQuery(f: Filters): Record<string, string | undefined> {
  return {
    status: f.status,
    category: f.category,
    sourceKind: f.sourceKind,
    sector: f.sector,
    ...dayRangeQuery(f),
  };
}

export function ReportFilters({
  filters,
  teamArea = [],
}: {
  filters: Filters;
  teamArea?: readonly string[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const [draft, setDraft] = useState<Filters>(filters);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value || undefined }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    // A day typed wrong is said by its field; the list is not filtered by something else.
    if ([draft.from, draft.to].some((d) => d && !isCalendarDay(d))) return;
    navigate(areaHref("/reports", draft, teamArea));
  };
  const reset = () => {
    setDraft({});
    navigate(areaHref("/reports", {}, teamArea));
  };
  return (
    <FilterFold active={Object.values(filters).filter(Boolean).length}>
      <form className="filters" onSubmit={apply} aria-label={t("common.filters")}>
        <div className="field">
          <label htmlFor="f-status">{t("reports.filter.status")}</label>
          <select id="f-status" value={draft.status ?? ""} onChange={set("status")}>
            <option value="">{t("common.all")}</option>
            {REPORT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reportStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="f-category">{t("reports.filter.category")}</label>
          <select id="f-category" value={draft.category ?? ""} onChange={set("category")}>
            <option value="">{t("common.all")}</option>
            {CATEGORY_CODES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c, lang)}
              </option>
            ))}
          </select>
        </div>
        {user.role !== "liaison" && (
          <div className="field">
            <label htmlFor="f-source">{t("reports.filter.source")}</label>
            <select id="f-source" value={draft.sourceKind ?? ""} onChange={set("sourceKind")}>
              <option value="">{t("common.all")}</option>
              {SOURCE_KINDS.map((s) => (
                <option key={s} value={s}>
                  {t(`sourceKind.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <SectorChoice
          value={draft.sector}
          onChange={(v) => setDraft((d) => ({ ...d, sector: v || undefined }))}
        />
        <DayRangeFields
          from={draft.from}
          to={draft.to}
          fromLabel={t("reports.filter.from")}
          toLabel={t("reports.filter.to")}
          onChange={(k, day) => setDraft((d) => ({ ...d, [k]: day }))}
        />
        <FilterActions onReset={reset} />
      </form>
    </FilterFold>
  );
}
