/**
 * An `invalid_geometry` refusal: each problem in the interface language, saying where it is
 * (counting from 1) and at which longitude and latitude; the server's own words folded away.
 */
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/client.js";
import type { LayerKind } from "../../api/geo-types.js";
import { issuesOf, sayIssue, type GeometryIssueDetail } from "./geometry-problems.js";

export function GeometryProblems({ error, kind }: { error: ApiError; kind: LayerKind }) {
  return <GeometryIssues issues={issuesOf(error.details)} kind={kind} fallback={error.message} />;
}

/**
 * Problems of a geometry, each said in words: the server's refusal, or the browser's own check
 * of a drawn line with the same rules before it is sent. `fallback`: the message when none is
 * itemised.
 */
export function GeometryIssues({
  issues,
  kind,
  fallback,
  drawn = false,
}: {
  issues: GeometryIssueDetail[];
  kind: LayerKind;
  fallback: string;
  /** A line drawn here, not yet sent: the title says so (not "in the file"). */
  drawn?: boolean;
}) {
  const { t } = useTranslation();
  const said = issues.map((i) => sayIssue(i, kind, t));
  // as the file writes them (Western digits, a point for decimals), to be found in it
  const coordinate = (n: number) => String(n);
  return (
    <div className="notice notice-error geometry-problems" role="alert">
      <p className="notice-title">
        {said.length === 0
          ? t("errors.codes.invalid_geometry")
          : drawn
            ? t("geoProblems.drawnTitle", { count: said.length })
            : t("geoProblems.title", { count: said.length })}
      </p>
      {said.length > 0 && (
        <>
          <ol className="geometry-problem-list">
            {said.map((s, n) => (
              <li key={n}>
                {s.text}
                {s.position && (
                  <>
                    {" "}
                    <span className="muted nowrap">
                      (
                      {t("geoProblems.at", {
                        lon: coordinate(s.position[0]),
                        lat: coordinate(s.position[1]),
                      })}
                      )
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
          <p className="hint">
            {drawn ? t("geoProblems.drawnCounting") : t("geoProblems.counting")}
          </p>
        </>
      )}
      <details className="server-message">
        <summary>{t("errors.technicalDetails")}</summary>
        <ul lang="en" dir="ltr">
          {said.length > 0 ? said.map((s, n) => <li key={n}>{s.server}</li>) : <li>{fallback}</li>}
        </ul>
      </details>
    </div>
  );
}
