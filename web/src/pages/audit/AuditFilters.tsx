/**
 * The audit log's filters, kept in the address: who (a username), what (a group of actions),
 * which record (a subject as typed), and days in mission time.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { navigate, withQuery } from "../../router.js";
import { isCalendarDay } from "../../time/typed-time.js";
import { dayRangeQuery, DayRangeFields, FilterActions, FilterFold } from "../../ui/FilterFold.js";

const AUDIT_FILTERS = ["actor", "action", "subject", "from", "to"] as const;

/** The groups of actions the "What" filter offers (the part of an action before its dot). */
const ACTION_GROUPS = [
  "auth",
  "admin",
  "user",
  "party",
  "agreement",
  "report",
  "source",
  "incident",
  "finding",
  "evidence",
  "reply",
  "task",
  "geo",
] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;

export function auditFiltersOf(query: URLSearchParams): AuditFilters {
  return Object.fromEntries(AUDIT_FILTERS.map((f) => [f, query.get(f) ?? undefined]));
}

/** The page's filters → the API's query: newest first, days as instants. */
export function auditApiQuery(f: AuditFilters): Record<string, string | undefined> {
  return {
    order: "desc",
    actor: f.actor?.trim() || undefined,
    action: f.action || undefined,
    subject: f.subject?.trim() || undefined,
    ...dayRangeQuery(f),
  };
}

export function AuditFilterForm({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if ([draft.from, draft.to].some((d) => d && !isCalendarDay(d))) return;
    navigate(
      withQuery("/audit", { ...draft, actor: draft.actor?.trim(), subject: draft.subject?.trim() }),
    );
  };
  const reset = () => {
    setDraft({});
    navigate("/audit");
  };
  return (
    <FilterFold active={Object.values(filters).filter(Boolean).length}>
      <form className="filters" onSubmit={apply} aria-label={t("common.filters")}>
        <div className="field">
          <label htmlFor="f-actor">{t("audit.filter.actor")}</label>
          <input
            id="f-actor"
            type="search"
            dir="ltr"
            maxLength={100}
            autoComplete="off"
            value={draft.actor ?? ""}
            aria-describedby="f-actor-hint"
            onChange={(e) => setDraft((d) => ({ ...d, actor: e.target.value || undefined }))}
          />
          <p id="f-actor-hint" className="hint">
            {t("audit.filter.actorHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="f-action">{t("audit.filter.action")}</label>
          <select
            id="f-action"
            aria-describedby="f-action-hint"
            value={draft.action ?? ""}
            onChange={(e) => setDraft((d) => ({ ...d, action: e.target.value || undefined }))}
          >
            <option value="">{t("audit.filter.anyAction")}</option>
            {ACTION_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`audit.group.${g}`)}
              </option>
            ))}
          </select>
          <p id="f-action-hint" className="hint">
            {t("audit.filter.actionHint")}
          </p>
        </div>
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
        <DayRangeFields
          from={draft.from}
          to={draft.to}
          fromLabel={t("audit.filter.from")}
          toLabel={t("audit.filter.to")}
          onChange={(k, day) => setDraft((d) => ({ ...d, [k]: day }))}
        />
        <FilterActions onReset={reset} />
      </form>
    </FilterFold>
  );
}
