/**
 * An incident's title in a reader's language. A title a person typed is content and is given as
 * typed; a title the server made up (category and place) is composed anew for each reader:
 * "Exchange of fire near Sirte, 14 Jan 2020" / "تبادل إطلاق النار قرب سرت، 14 يناير 2020".
 * One rule for the web app (web/src/incidents/title.ts) and the server's CSV export.
 */
import type { InterfaceLanguage } from "./interface-language.js";
import { formatDay } from "./zoned-format.js";
import { CATEGORY_LABELS, type CategoryCode } from "./taxonomy.js";

/** What of an incident (as presented) the title needs. */
export interface TitledIncident {
  title: string;
  titleGenerated?: boolean;
  category: CategoryCode;
  /** ISO 8601. */
  occurredFrom: string;
  geo?: {
    nearestPlaces: readonly { name: string; nameAr: string | null; distanceKm: number }[];
    district: { name: string; nameAr: string | null } | null;
  } | null;
}

/** A place this close to the nearest gazetteer entry is said to be "near" it. */
const NEAR_KM = 15;

/** The category's label up to its first qualifier: "Indirect fire (mortar, …)" → "Indirect fire". */
export function shortCategory(code: CategoryCode, lang: InterfaceLanguage): string {
  return CATEGORY_LABELS[code][lang].split(/ \/ | \(/)[0]!.trim();
}

function placeOf(i: TitledIncident, lang: InterfaceLanguage): string | null {
  const near = i.geo?.nearestPlaces[0];
  if (near && near.distanceKm <= NEAR_KM) return (lang === "ar" ? near.nameAr : null) ?? near.name;
  const district = i.geo?.district;
  if (district) return (lang === "ar" ? district.nameAr : null) ?? district.name;
  // The place as typed in the first report: what the server put after the category code.
  const typed = i.title.startsWith(`${i.category} `) ? i.title.slice(i.category.length + 1) : "";
  return typed.trim() || null;
}

export function incidentTitle(
  i: TitledIncident,
  lang: InterfaceLanguage,
  timeZone: string,
): string {
  if (!i.titleGenerated) return i.title;
  const what = shortCategory(i.category, lang);
  const where = placeOf(i, lang);
  // The day the event began, in the mission's time zone: "14 Jan 2020" / "14 يناير 2020".
  const when = formatDay(i.occurredFrom, lang, timeZone, "short");
  const near = lang === "ar" ? "قرب" : "near";
  const comma = lang === "ar" ? "، " : ", ";
  return where ? `${what} ${near} ${where}${comma}${when}` : `${what}${comma}${when}`;
}
