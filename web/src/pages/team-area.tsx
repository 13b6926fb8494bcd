/**
 * A team member's lists open on the team's area (its sectors, from GET /auth/me) when the address
 * names no sector; "sector=" (empty) is every sector, chosen. The incident list and the reports
 * list share the rule, the notice that says so, and the sector tick boxes.
 */
import { useTranslation } from "react-i18next";
import { useSectors } from "../mission/sectors.js";
import { navigate, withQuery } from "../router.js";

/** The team's area of a user, as sector codes (none without a team). */
export function teamAreaOf(user: { team: { sectors: string[] } | null }): string[] {
  return user.team?.sectors ?? [];
}

/** Whether the list shows the team's area because the address chose nothing else. */
export function opensOnTeamArea(query: URLSearchParams, teamArea: readonly string[]): boolean {
  return !query.has("sector") && teamArea.length > 0;
}

/** The sector filter the list applies: the address's, else the team's area. */
export function sectorOf(query: URLSearchParams, teamArea: readonly string[]): string | undefined {
  if (opensOnTeamArea(query, teamArea)) return teamArea.join(",");
  return query.get("sector") || undefined;
}

/** The list's address for these filters; with a team area, no sector is written "sector=". */
export function areaHref(
  path: string,
  draft: Record<string, string | undefined>,
  teamArea: readonly string[],
): string {
  const href = withQuery(path, draft);
  if (draft.sector || teamArea.length === 0) return href;
  return `${href}${href.includes("?") ? "&" : "?"}sector=`;
}

/** Says the list shows the team's area, with the way to every sector. */
export function TeamAreaNotice({
  teamArea,
  everyHref,
}: {
  teamArea: readonly string[];
  everyHref: string;
}) {
  const { t } = useTranslation();
  const sectors = useSectors();
  return (
    <p className="notice notice-info team-area-notice" data-testid="team-area-notice">
      {t("incidents.teamArea", {
        sectors: teamArea.map((c) => sectors.name(c)).join(t("report.listSeparator")),
      })}{" "}
      <button type="button" className="link-button" onClick={() => navigate(everyHref)}>
        {t("incidents.everySector")}
      </button>
    </p>
  );
}

/** Several sectors at once, as boxes to tick; none ticked is every sector. */
export function SectorChoice({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { codes, name } = useSectors();
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
