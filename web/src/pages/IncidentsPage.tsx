/** Incidents the user may see (the server decides which), with state and category filters. */
import { IncidentTitle } from "../incidents/IncidentTitle.js";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Incident } from "../api/types.js";
import { Link, navigate, useLocation, withQuery } from "../router.js";
import { PageTitle } from "../shell/PageTitle.js";
import { CaseStateBadge, Category, DateTime, TimeWindow, PartyList } from "../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../ui/notices.js";
import { useLang } from "../ui/use-lang.js";
import { CASE_STATES, categoryLabel, CATEGORY_CODES } from "../vocabulary.js";
import { LoadMore } from "./LoadMore.js";
import { usePagedList } from "./use-paged.js";

export function IncidentsPage() {
  const { t } = useTranslation();
  const { query, href } = useLocation();
  const filters = {
    state: query.get("state") ?? undefined,
    category: query.get("category") ?? undefined,
  };
  const list = usePagedList<Incident>("/incidents", filters);
  return (
    <>
      <PageTitle>{t("incidents.title")}</PageTitle>
      <p className="muted">{t("common.timeZoneNote")}</p>
      <IncidentFilters filters={filters} key={href} />
      {list.first.state === "loading" && <Loading />}
      {list.first.state === "error" && (
        <ErrorNotice error={list.first.error} onRetry={list.reload} />
      )}
      {list.first.state === "ok" &&
        (list.items.length === 0 ? (
          <Empty>{t("incidents.empty")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t("incidents.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("incidents.col.reference")}</th>
                  <th scope="col">{t("incidents.col.title")}</th>
                  <th scope="col">{t("incidents.col.state")}</th>
                  <th scope="col">{t("incidents.col.category")}</th>
                  <th scope="col">{t("incidents.col.event")}</th>
                  <th scope="col">{t("incidents.col.parties")}</th>
                  <th scope="col">{t("incidents.col.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((i) => (
                  <tr key={i.id}>
                    <td className="nowrap">
                      <Link to={`/incidents/${i.id}`} className="mono">
                        {i.reference}
                      </Link>
                    </td>
                    <td>
                      <IncidentTitle incident={i} />
                    </td>
                    <td>
                      <CaseStateBadge state={i.state} />
                    </td>
                    <td>
                      <Category code={i.category} />
                    </td>
                    <td>
                      <TimeWindow from={i.occurredFrom} to={i.occurredTo} />
                    </td>
                    <td className="nowrap">
                      <PartyList codes={i.concernedParties} />
                    </td>
                    <td className="nowrap">
                      <DateTime iso={i.updatedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <LoadMore list={list} />
    </>
  );
}

function IncidentFilters({ filters }: { filters: { state?: string; category?: string } }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [draft, setDraft] = useState(filters);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate(withQuery("/incidents", draft));
  };
  return (
    <form className="filters" onSubmit={apply} aria-label={t("common.filters")}>
      <div className="field">
        <label htmlFor="f-state">{t("incidents.filter.state")}</label>
        <select
          id="f-state"
          value={draft.state ?? ""}
          onChange={(e) => setDraft((d) => ({ ...d, state: e.target.value || undefined }))}
        >
          <option value="">{t("common.all")}</option>
          {CASE_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`caseState.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor="f-icategory">{t("incidents.filter.category")}</label>
        <select
          id="f-icategory"
          value={draft.category ?? ""}
          onChange={(e) => setDraft((d) => ({ ...d, category: e.target.value || undefined }))}
        >
          <option value="">{t("common.all")}</option>
          {CATEGORY_CODES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button primary">
          {t("common.apply")}
        </button>
        <button type="button" className="button secondary" onClick={() => navigate("/incidents")}>
          {t("common.reset")}
        </button>
      </div>
    </form>
  );
}
