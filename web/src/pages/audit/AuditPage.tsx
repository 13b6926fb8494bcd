/**
 * The audit log, for the auditor and the head of mission: verify the chain, then read the
 * entries newest first, by who, what, which record and day, a page at a time; export what the
 * list shows (CSV), or a range of days with what is needed to check it offline (JSON).
 */
import { useTranslation } from "react-i18next";
import type { AuditPage as Page } from "../../api/admin-types.js";
import { useLocation } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ExportButton } from "../../ui/ExportButton.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { LoadMore } from "../LoadMore.js";
import { usePagedList, type Paging } from "../use-paged.js";
import { auditApiQuery, auditFiltersOf, AuditFilterForm } from "./AuditFilters.js";
import { AuditTable } from "./AuditTable.js";
import { VerifyPanel } from "./VerifyPanel.js";

const NEWEST_FIRST: Paging<Page> = { param: "before", next: (p) => p.nextBefore };

export function AuditPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { query, href } = useLocation();
  const filters = auditFiltersOf(query);
  const list = usePagedList("/audit", auditApiQuery(filters), NEWEST_FIRST);
  const filtered = Object.values(filters).some(Boolean);
  // The export takes the same filters; it is always newest first and pages nothing.
  const { order: _order, ...exportQuery } = auditApiQuery(filters);
  // The checkable export is a run of the chain: the days only, every entry in them.
  const sliceQuery = { from: exportQuery.from, to: exportQuery.to };
  return (
    <>
      <PageTitle>{t("audit.title")}</PageTitle>
      <p className="muted">{t("audit.intro")}</p>
      <VerifyPanel />
      <p className="muted">{t("common.timeZoneNote")}</p>
      <AuditFilterForm filters={filters} key={href} />
      <ExportButton path="/audit.csv" query={exportQuery} fallbackName="audit-log.csv" />
      <ExportButton
        path="/audit/slice"
        query={sliceQuery}
        fallbackName="audit-slice.json"
        label={t("audit.slice.button")}
        hint={t("audit.slice.hint")}
      />
      <p className="hint">
        {t("audit.slice.check")}{" "}
        <code dir="ltr" lang="en">
          cfm audit verify-export FILE
        </code>
      </p>
      {list.first.state === "loading" && <Loading />}
      {list.first.state === "error" && (
        <ErrorNotice error={list.first.error} onRetry={list.reload} />
      )}
      {list.first.state === "ok" &&
        (list.items.length === 0 ? (
          <Empty>{filtered ? t("audit.empty") : t("audit.emptyAll")}</Empty>
        ) : (
          <AuditTable entries={list.items} user={user} />
        ))}
      <LoadMore list={list} />
    </>
  );
}
