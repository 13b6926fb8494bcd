/**
 * What an incident is, when it happened and which parties it concerns: rows of a `<dl>`, so each
 * page puts its own rows around them.
 */
import { useTranslation } from "react-i18next";
import type { Incident } from "../../api/types.js";
import { Category, PartyList, TimeWindow } from "../../ui/display.js";

export function IncidentFacts({
  incident: i,
  parties,
}: {
  incident: Pick<Incident, "category" | "occurredFrom" | "occurredTo">;
  /** The incident's own, or those of the finding the page shows (a finding may name others). */
  parties: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t("incident.fields.category")}</dt>
      <dd>
        <Category code={i.category} />
      </dd>
      <dt>{t("incident.fields.occurred")}</dt>
      <dd>
        <TimeWindow from={i.occurredFrom} to={i.occurredTo} />
      </dd>
      <dt>{t("incident.fields.parties")}</dt>
      <dd>
        <PartyList codes={parties} />
      </dd>
    </>
  );
}
