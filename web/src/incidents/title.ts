/**
 * An incident's title in the interface language: the one rule of src/domain/incident-title.ts
 * (a typed title as typed, a made-up one composed anew), in the mission's time zone.
 */
import {
  incidentTitle as titleIn,
  shortCategory,
  type TitledIncident,
} from "../../../src/domain/incident-title.js";
import type { UiLanguage } from "../i18n/index.js";
import { missionTimeZone } from "../mission/mission-zone.js";

export { shortCategory, type TitledIncident };

export function incidentTitle(i: TitledIncident, lang: UiLanguage): string {
  return titleIn(i, lang, missionTimeZone());
}
