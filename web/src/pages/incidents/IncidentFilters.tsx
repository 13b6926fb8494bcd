/**
 * The incident list's filters and order, kept in the address so that a reload or a link gives
 * the same list. Days are mission days; the API takes instants.
 */
import { isCalendarDay } from "../../time/typed-time.js";
import { DayField } from "../../ui/DateFields.js";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useParties, partyName } from "../../parties.js";
import { navigate } from "../../router.js";
import { dayRangeQuery, FilterActions } from "../../ui/FilterFold.js";
import { useLang } from "../../ui/use-lang.js";
import { areaHref, SectorChoice, sectorOf } from "../team-area.js";
import {
  CASE_STATES,
  CATEGORY_CODES,
  CATEGORY_GROUPS,
  categoryLabel,
  INCIDENT_SORTS,
  SORT_ORDERS,
  STATE_GROUPS,
} from "../../vocabulary.js";

const INCIDENT_FILTERS = [
  "state",
  "category",
  "party",
  "sector",
  "from",
  "to",
  "sort",
  "order",
] as const;
export type IncidentFilterValues = Partial<Record<(typeof INCIDENT_FILTERS)[number], string>>;

/** The filters in the address; a team member's list opens on the team's area (team-area.tsx). */
export function incidentFiltersOf(
  query: URLSearchParams,
  teamArea: readonly string[] = [],
): IncidentFilterValues {
  const values: IncidentFilterValues = Object.fromEntries(
    INCIDENT_FILTERS.map((f) => [f, query.get(f) || undefined]),
  );
  values.sector = sectorOf(query, teamArea);
  return values;
}

/** The page's filters (days in mission time) → the API's query (instants). */
export function incidentApiQuery(f: IncidentFilterValues): Record<string, string | undefined> {
  return {
    ...f,
    ...dayRangeQuery(f),
  };
}

export function IncidentFilters({
  filters,
  teamArea = [],
}: {
  filters: IncidentFilterValues;
  teamArea?: readonly string[];
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<IncidentFilterValues>(filters);
  const set = (k: keyof IncidentFilterValues) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value || undefined }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    // A day typed wrong is said by its field; the list is not filtered by something else.
    if ([draft.from, draft.to].some((d) => d && !isCalendarDay(d))) return;
    navigate(areaHref("/incidents", draft, teamArea));
  };
  const reset = () => {
    setDraft({});
    navigate(areaHref("/incidents", {}, teamArea));
  };
  const active = INCIDENT_FILTERS.filter(
    (k) => k !== "sort" && k !== "order" && filters[k] !== undefined,
  ).length;
  // On a phone the form folds away under its summary (open when filters are in use).
  const [open, setOpen] = useState(() => active > 0 || !window.matchMedia(PHONE).matches);
  useEffect(() => {
    const wide = window.matchMedia(PHONE);
    const onChange = () => {
      if (!wide.matches) setOpen(true);
    };
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, []);
  return (
    <details className="filters-fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("incidents.filter.summary", { count: active })}</summary>
      <IncidentFilterForm draft={draft} set={set} apply={apply} reset={reset} />
    </details>
  );
}

const PHONE = "(max-width: 40rem)";

function IncidentFilterForm({
  draft,
  set,
  apply,
  reset,
}: {
  draft: IncidentFilterValues;
  set: (k: keyof IncidentFilterValues) => (e: { target: { value: string } }) => void;
  apply: (e: FormEvent) => void;
  reset: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  return (
    <form className="filters" onSubmit={apply} aria-label={t("common.filters")}>
      <div className="field">
        <label htmlFor="f-state">{t("incidents.filter.state")}</label>
        <select id="f-state" value={draft.state ?? ""} onChange={set("state")}>
          <option value="">{t("common.all")}</option>
          <optgroup label={t("incidents.filter.stateGroups")}>
            {STATE_GROUPS.map((g) => (
              <option key={`g-${g}`} value={g}>
                {t(`stateGroup.${g}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("incidents.filter.states")}>
            {CASE_STATES.filter((s) => s !== "closed").map((s) => (
              <option key={s} value={s}>
                {t(`caseState.${s}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor="f-icategory">{t("incidents.filter.category")}</label>
        <select id="f-icategory" value={draft.category ?? ""} onChange={set("category")}>
          <option value="">{t("common.all")}</option>
          <optgroup label={t("incidents.filter.categoryGroups")}>
            {CATEGORY_GROUPS.map((g) => (
              <option key={`g-${g}`} value={g}>
                {t(`categoryGroup.${g}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("incidents.filter.categories")}>
            {CATEGORY_CODES.filter((c) => c !== "F").map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c, lang)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-party">{t("incidents.filter.party")}</label>
        <select id="f-party" value={draft.party ?? ""} onChange={set("party")}>
          <option value="">{t("common.all")}</option>
          {parties.map((p) => (
            <option key={p.code} value={p.code}>
              {`${partyName(parties, p.code, lang)} (\u2068${p.code}\u2069)`}
            </option>
          ))}
        </select>
      </div>
      <SectorChoice
        value={draft.sector}
        onChange={(v) => set("sector")({ target: { value: v } })}
      />
      <div className="field">
        <label htmlFor="f-ifrom">{t("incidents.filter.from")}</label>
        <DayField
          id="f-ifrom"
          value={draft.from ?? ""}
          onChange={(day) => set("from")({ target: { value: day } })}
        />
      </div>
      <div className="field">
        <label htmlFor="f-ito">{t("incidents.filter.to")}</label>
        <DayField
          id="f-ito"
          value={draft.to ?? ""}
          onChange={(day) => set("to")({ target: { value: day } })}
        />
      </div>
      <div className="field">
        <label htmlFor="f-sort">{t("incidents.filter.sort")}</label>
        <select id="f-sort" value={draft.sort ?? "occurred"} onChange={set("sort")}>
          {INCIDENT_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`incidents.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-order">{t("incidents.filter.order")}</label>
        <select id="f-order" value={draft.order ?? "desc"} onChange={set("order")}>
          {SORT_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`incidents.order.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <FilterActions onReset={reset} />
    </form>
  );
}
