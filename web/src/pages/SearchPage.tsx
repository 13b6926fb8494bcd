/**
 * Search results across reports and incidents. The server normalises Arabic spelling variants and
 * answers only with what the user may see; nothing is filtered here.
 */
import { IncidentTitle } from "../incidents/IncidentTitle.js";
import { useTranslation } from "react-i18next";
import { get } from "../api/client.js";
import type { CategoryCode } from "../api/types.js";
import type { SearchHit } from "../api/workspace-types.js";
import { Link, useLocation } from "../router.js";
import { PageTitle } from "../shell/PageTitle.js";
import { SearchBox } from "../shell/SearchBox.js";
import { Category, DateTime, UserText } from "../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../ui/notices.js";
import { useApi } from "../use-api.js";

export function SearchPage() {
  const { t } = useTranslation();
  const { query } = useLocation();
  const q = (query.get("q") ?? "").trim();
  return (
    <>
      <PageTitle>{q ? t("search.resultsFor", { q }) : t("search.title")}</PageTitle>
      <SearchBox id="search-page-q" initial={q} large key={q} />
      <p className="hint">{t("search.hint")}</p>
      {q ? <Results q={q} /> : <p className="muted">{t("search.prompt")}</p>}
    </>
  );
}

function Results({ q }: { q: string }) {
  const { t } = useTranslation();
  const res = useApi(["search", q], (signal) => get("/search", { signal, query: { q } }));
  if (res.state === "loading") return <Loading />;
  if (res.state === "error") return <ErrorNotice error={res.error} onRetry={res.reload} />;
  const { items, truncated, exact } = res.data;
  if (items.length === 0) return <Empty>{t("search.empty", { q })}</Empty>;
  return (
    <section aria-labelledby="results-count">
      <h2 id="results-count" className="results-count" aria-live="polite">
        {t("search.count", { count: items.length })}
      </h2>
      {exact && (
        <p className="search-exact">
          <Link className="button primary" to={hitPath(exact)}>
            {t(`search.open.${exact.type}`, { label: "\u2068" + exact.label + "\u2069" })}
          </Link>
        </p>
      )}
      {truncated && <p className="notice notice-info">{t("search.truncated")}</p>}
      <ol className="search-results">
        {items.map((h) => (
          <li key={`${h.type}:${h.id}`} className="panel search-hit">
            <p className="hit-head">
              <span className={`badge hit-${h.type}`}>{t(`search.type.${h.type}`)}</span>{" "}
              <Link to={hitPath(h)}>
                <bdi className="mono">{h.label}</bdi>
                {h.title && (
                  <>
                    {" — "}
                    <IncidentTitle incident={{ ...h, category: h.category as CategoryCode }} />
                  </>
                )}
              </Link>
            </p>
            <p className="hit-meta muted">
              <Category code={h.category as CategoryCode} /> · <DateTime iso={h.occurredFrom} /> ·{" "}
              {t(`search.field.${h.matchedField}`)}
            </p>
            <p className="hit-snippet">
              <UserText text={h.snippet} lang={h.language ?? ""} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function hitPath(h: Pick<SearchHit, "type" | "id">): string {
  return h.type === "report" ? `/reports/${h.id}` : `/incidents/${h.id}`;
}
