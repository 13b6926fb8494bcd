/**
 * The incident list's filters and order, kept in the address so that a reload or a link gives
 * the same list. Days are mission days; the API takes instants.
 */
import { isCalendarDay } from "../../time/typed-time.js";
import { DayField } from "../../ui/DateFields.js";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSectors } from "../../mission/sectors.js";
import { useParties, partyName } from "../../parties.js";
import { navigate, withQuery } from "../../router.js";
import { dayRangeQuery, FilterActions } from "../../ui/FilterFold.js";
import { useLang } from "../../ui/use-lang.js";
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

/**
 * The filters in the address. A team member's list opens on the team's sectors (`teamArea`, from
 * GET /auth/me) when the address names no sector; "sector=" (empty) is every sector, chosen.
 */
export function incidentFiltersOf(
  query: URLSearchParams,
  teamArea: readonly string[] = [],
): IncidentFilterValues {
  const values: IncidentFilterValues = Object.fromEntries(
    INCIDENT_FILTERS.map((f) => [f, query.get(f) || undefined]),
  );
  if (!query.has("sector") && teamArea.length > 0) values.sector = teamArea.join(",");
  return values;
}

/** Whether the list shows the team's area because the address chose nothing else. */
export function opensOnTeamArea(query: URLSearchParams, teamArea: readonly string[]): boolean {
  return !query.has("sector") && teamArea.length > 0;
}

/** The list's address for these filters; with a team area, no sector is written "sector=". */
export function listHref(draft: IncidentFilterValues, teamArea: readonly string[]): string {
  const href = withQuery("/incidents", draft);
  if (draft.sector || teamArea.length === 0) return href;
  return `${href}${href.includes("?") ? "&" : "?"}sector=`;
}

/** The page's filters (days in mission time) → the API's query (instants). */
export function incidentApiQuery(f: IncidentFilterValues): Record<string, string | undefined> {
  return {
    ...f,
    ...dayRangeQuery(f),
  };
}

/** The team's area of a user, as sector codes (none without a team). */
export function teamAreaOf(user: { team: { sectors: string[] } | null }): string[] {
  return user.team?.sectors ?? [];
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
    navigate(listHref(draft, teamArea));
  };
  const reset = () => {
    setDraft({});
    navigate(listHref({}, teamArea));
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
  const sectors = useSectors();
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
        codes={sectors.codes}
        name={sectors.name}
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

/** Several sectors at once, as boxes to tick; none ticked is every sector. */
function SectorChoice({
  value,
  codes,
  name,
  onChange,
}: {
  value: string | undefined;
  codes: readonly string[];
  name: (code: string) => string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const chosen = new Set(value ? value.split(",") : []);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    onChange(codes.filter((c) => next.has(c)).join(","));
  };
  return (
    <fieldset className="field field-wide radio-group inline sector-choice">
      <legend>{t("incidents.filter.sector")}</legend>
      {codes.map((code) => (
        <label key={code}>
          <input
            type="checkbox"
            name="sector"
            value={code}
            checked={chosen.has(code)}
            onChange={(e) => toggle(code, e.target.checked)}
          />
          {name(code)}
        </label>
      ))}
      <span className="hint">{t("incidents.filter.sectorHint")}</span>
    </fieldset>
  );
}
