/**
 * An `invalid_geometry` refusal: each problem in the interface language, saying where it is
 * (counting from 1) and at which longitude and latitude; the server's own words folded away.
 */
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/client.js";
import type { LayerKind } from "../../api/geo-types.js";
import { issuesOf, sayIssue } from "./geometry-problems.js";

export function GeometryProblems({ error, kind }: { error: ApiError; kind: LayerKind }) {
  const { t } = useTranslation();
  const said = issuesOf(error.details).map((i) => sayIssue(i, kind, t));
  // as the file writes them (Western digits, a point for decimals), to be found in it
  const coordinate = (n: number) => String(n);
  return (
    <div className="notice notice-error geometry-problems" role="alert">
      <p className="notice-title">
        {said.length > 0
          ? t("geoProblems.title", { count: said.length })
          : t("errors.codes.invalid_geometry")}
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
          <p className="hint">{t("geoProblems.counting")}</p>
        </>
      )}
      <details className="server-message">
        <summary>{t("errors.technicalDetails")}</summary>
        <ul lang="en" dir="ltr">
          {said.length > 0 ? (
            said.map((s, n) => <li key={n}>{s.server}</li>)
          ) : (
            <li>{error.message}</li>
          )}
        </ul>
      </details>
    </div>
  );
}
