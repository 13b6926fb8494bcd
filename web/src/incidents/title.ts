/**
 * An incident's title in the interface language. A title a person typed is content and is shown
 * as typed; a title the server made up (category and place) is composed anew for each reader:
 * "Exchange of fire near Sirte, 14 Jan 2020" / "تبادل إطلاق النار قرب سرت، 14 يناير 2020".
 */
import type { GeoEvaluation } from "../api/geo-types.js";
import { formatDay, missionDayOf } from "../pages/dashboard/days.js";
import type { UiLanguage } from "../i18n/index.js";
import { CATEGORY_LABELS } from "../vocabulary.js";
import type { CategoryCode } from "../api/types.js";

export interface TitledIncident {
  title: string;
  titleGenerated?: boolean;
  category: CategoryCode;
  occurredFrom: string;
  geo?: GeoEvaluation | null;
}

/** A place this close to the nearest gazetteer entry is said to be "near" it. */
const NEAR_KM = 15;

/** The category's label up to its first qualifier: "Indirect fire (mortar, …)" → "Indirect fire". */
export function shortCategory(code: CategoryCode, lang: UiLanguage): string {
  return CATEGORY_LABELS[code][lang].split(/ \/ | \(/)[0]!.trim();
}

function placeOf(i: TitledIncident, lang: UiLanguage): string | null {
  const near = i.geo?.nearestPlaces[0];
  if (near && near.distanceKm <= NEAR_KM) return (lang === "ar" ? near.nameAr : null) ?? near.name;
  const district = i.geo?.district;
  if (district) return (lang === "ar" ? district.nameAr : null) ?? district.name;
  // The place as typed in the first report: what the server put after the category code.
  const typed = i.title.startsWith(`${i.category} `) ? i.title.slice(i.category.length + 1) : "";
  return typed.trim() || null;
}

export function incidentTitle(i: TitledIncident, lang: UiLanguage): string {
  if (!i.titleGenerated) return i.title;
  const what = shortCategory(i.category, lang);
  const where = placeOf(i, lang);
  const when = formatDay(missionDayOf(i.occurredFrom), lang);
  const near = lang === "ar" ? "قرب" : "near";
  const comma = lang === "ar" ? "، " : ", ";
  return where ? `${what} ${near} ${where}${comma}${when}` : `${what}${comma}${when}`;
}
