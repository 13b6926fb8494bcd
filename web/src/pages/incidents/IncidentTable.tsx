/**
 * The incidents as a table on a wide screen and as cards on a phone (the same markup: each cell
 * carries its column's name, shown before it when the rows stack).
 */
import { IncidentTitle } from "../../incidents/IncidentTitle.js";
import { useTranslation } from "react-i18next";
import type { Incident } from "../../api/types.js";
import { Link } from "../../router.js";
import { CaseStateBadge, DateTime, PartyChips, TimeWindow } from "../../ui/display.js";
import { useLang } from "../../ui/use-lang.js";
import { CATEGORY_LABELS } from "../../vocabulary.js";
import type { UiLanguage } from "../../i18n/index.js";

/** The place in the interface language: the nearest gazetteer place of the evaluated point. */
function incidentPlace(i: Incident, lang: UiLanguage): string | null {
  return i.geo?.description?.[lang] ?? null;
}

export function IncidentTable({
  incidents,
  sort,
  order,
}: {
  incidents: Incident[];
  sort: string;
  order: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const col = (k: "reference" | "title" | "state" | "event" | "place" | "parties" | "updated") =>
    t(`incidents.col.${k}`);
  const sorted = (k: string) =>
    sort === k
      ? { "aria-sort": order === "asc" ? ("ascending" as const) : ("descending" as const) }
      : {};
  return (
    <div className="table-wrap incidents-wrap">
      <table className="data-table incidents-table stack-on-phone">
        <caption className="visually-hidden">{t("incidents.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" {...sorted("reference")}>
              {col("reference")}
            </th>
            <th scope="col" className="col-title">
              {col("title")}
            </th>
            <th scope="col">{col("state")}</th>
            <th scope="col" {...sorted("occurred")}>
              {col("event")}
            </th>
            <th scope="col">{col("place")}</th>
            <th scope="col">{col("parties")}</th>
            <th scope="col" {...sorted("updated")}>
              {col("updated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((i) => {
            const place = incidentPlace(i, lang);
            return (
              <tr key={i.id}>
                <td className="nowrap cell-reference" data-label={col("reference")}>
                  <Link to={`/incidents/${i.id}`} className="mono">
                    {i.reference}
                  </Link>
                </td>
                <td className="col-title" data-label={col("title")}>
                  <IncidentTitle incident={i} className="incident-title" />
                  <span className="sub">
                    <bdi className="category-code">{i.category}</bdi>{" "}
                    {CATEGORY_LABELS[i.category][lang]}
                  </span>
                </td>
                <td data-label={col("state")}>
                  <CaseStateBadge state={i.state} />
                </td>
                <td className="col-event" data-label={col("event")}>
                  <TimeWindow from={i.occurredFrom} to={i.occurredTo} />
                </td>
                <td className="col-place" data-label={col("place")}>
                  {place ? (
                    <bdi>{place}</bdi>
                  ) : (
                    <span className="muted">
                      {i.location ? t("incidents.placePending") : t("incidents.unplaced")}
                    </span>
                  )}
                </td>
                <td data-label={col("parties")}>
                  <PartyChips codes={i.concernedParties} />
                </td>
                <td className="nowrap" data-label={col("updated")}>
                  <DateTime iso={i.updatedAt} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
