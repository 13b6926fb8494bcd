import { useLang } from "../ui/use-lang.js";
import { incidentTitle, type TitledIncident } from "./title.js";

/** The incident's title as the reader's language says it (title.ts), isolated from its line. */
export function IncidentTitle({
  incident,
  className,
}: {
  incident: TitledIncident;
  className?: string;
}) {
  const lang = useLang();
  return <bdi className={className}>{incidentTitle(incident, lang)}</bdi>;
}
