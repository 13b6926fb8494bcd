/**
 * The intake form's values and the report they make. Pure: the page keeps the values, this
 * checks them and turns them into the API's report body (times typed in mission time → UTC).
 */
import type {
  CategoryCode,
  Counts,
  Language,
  Report,
  ReportDraft,
  SourceKind,
} from "../../api/types.js";
import { isoToWallTime, wallTimeToIso } from "../../time/mission-time.js";
import { REPORT_COUNT_KINDS } from "../../vocabulary.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

type CountKind = (typeof REPORT_COUNT_KINDS)[number];

export interface ReportForm {
  sourceKind: SourceKind;
  onBehalfOfParty: string;
  allegedParty: string;
  occurredFrom: string;
  occurredTo: string;
  placeName: string;
  lat: string;
  lon: string;
  /** UCDP where_prec "1"…"7"; "" leaves it to the server (exact, or found from the place). */
  wherePrecision: string;
  category: CategoryCode | "";
  description: string;
  language: Language;
  counts: Record<CountKind, string>;
}

/** Field ids of the form, also used to point at a problem. */
export type FormField =
  | "sourceKind"
  | "onBehalfOfParty"
  | "allegedParty"
  | "occurredFrom"
  | "occurredTo"
  | "placeName"
  | "lat"
  | "category"
  | "description";

type NeedKey =
  "category" | "description" | "where" | "party" | "from" | "to" | "order" | "coordinates";

export interface Problem {
  field: FormField;
  need: NeedKey;
}

const noCounts = () =>
  Object.fromEntries(REPORT_COUNT_KINDS.map((k) => [k, ""])) as Record<CountKind, string>;

export function emptyForm(sourceKind: SourceKind, language: Language): ReportForm {
  return {
    sourceKind,
    onBehalfOfParty: "",
    allegedParty: "",
    occurredFrom: "",
    occurredTo: "",
    placeName: "",
    lat: "",
    lon: "",
    wherePrecision: "",
    category: "",
    description: "",
    language,
    counts: noCounts(),
  };
}

/** Arabic script in the text → Arabic; otherwise Latin letters → English; else no opinion. */
export function guessLanguage(text: string): Language | null {
  const arabic = (text.match(/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g) ?? [])
    .length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (arabic === 0 && latin === 0) return null;
  return arabic >= latin ? "ar" : "en";
}

function parseNumber(s: string): number | null {
  // Accept Arabic-Indic digits and the Arabic decimal separator as typed on an Arabic keyboard.
  const western = s
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ".");
  if (western === "") return null;
  const n = Number(western);
  return Number.isFinite(n) ? n : null;
}

export function toDraft(
  f: ReportForm,
  opts: { needsComplainingParty: boolean },
): { draft: ReportDraft } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const from = f.occurredFrom ? wallTimeToIso(f.occurredFrom, missionTimeZone()) : null;
  const to = f.occurredTo ? wallTimeToIso(f.occurredTo, missionTimeZone()) : null;
  if (!from) problems.push({ field: "occurredFrom", need: "from" });
  if (!to) problems.push({ field: "occurredTo", need: "to" });
  if (from && to && from > to) problems.push({ field: "occurredTo", need: "order" });

  const lat = parseNumber(f.lat);
  const lon = parseNumber(f.lon);
  const anyCoordinate = f.lat.trim() !== "" || f.lon.trim() !== "";
  const location =
    lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
      ? { lat, lon }
      : undefined;
  if (anyCoordinate && !location) problems.push({ field: "lat", need: "coordinates" });
  const placeName = f.placeName.trim();
  if (!anyCoordinate && !placeName) problems.push({ field: "placeName", need: "where" });

  if (!f.category) problems.push({ field: "category", need: "category" });
  const description = f.description.trim();
  if (!description) problems.push({ field: "description", need: "description" });
  const complaint = f.sourceKind === "party_complaint" && opts.needsComplainingParty;
  if (complaint && !f.onBehalfOfParty) problems.push({ field: "onBehalfOfParty", need: "party" });

  if (problems.length > 0 || !from || !to || !f.category) return { problems };

  const counts: Counts = {};
  for (const k of REPORT_COUNT_KINDS) {
    const n = parseNumber(f.counts[k]);
    if (n !== null && n > 0) counts[k] = Math.floor(n);
  }
  return {
    draft: {
      sourceKind: f.sourceKind,
      occurredFrom: from,
      occurredTo: to,
      ...(location ? { location } : {}),
      ...(f.wherePrecision ? { wherePrecision: Number(f.wherePrecision) } : {}),
      ...(placeName ? { placeName } : {}),
      category: f.category,
      description,
      language: f.language,
      ...(Object.keys(counts).length ? { counts } : {}),
      ...(f.allegedParty ? { allegedParty: f.allegedParty } : {}),
      ...(complaint ? { onBehalfOfParty: f.onBehalfOfParty } : {}),
    },
  };
}

/** A queued report back into the form, to correct it. */
export function fromDraft(d: ReportDraft): ReportForm {
  const counts = noCounts();
  for (const k of REPORT_COUNT_KINDS) {
    const n = d.counts?.[k];
    if (n !== undefined) counts[k] = String(n);
  }
  return {
    sourceKind: d.sourceKind,
    onBehalfOfParty: d.onBehalfOfParty ?? "",
    allegedParty: d.allegedParty ?? "",
    occurredFrom: isoToWallTime(d.occurredFrom, missionTimeZone()),
    occurredTo: isoToWallTime(d.occurredTo, missionTimeZone()),
    placeName: d.placeName ?? "",
    lat: d.location ? String(d.location.lat) : "",
    lon: d.location ? String(d.location.lon) : "",
    wherePrecision: d.wherePrecision ? String(d.wherePrecision) : "",
    category: d.category,
    description: d.description,
    language: d.language,
    counts,
  };
}

/**
 * A filed report back into the form, to amend it. Coordinates the filer gave are kept; those the
 * server found from the place name are not, so that the amendment names the place again and the
 * server locates it again rather than taking the gazetteer's point as reported.
 */
export function fromReport(r: Report): ReportForm {
  const reported =
    r.location !== null && (r.locationResolution?.status ?? "reported") === "reported";
  return fromDraft({
    sourceKind: r.sourceKind,
    occurredFrom: r.occurredFrom,
    occurredTo: r.occurredTo,
    ...(reported && r.location ? { location: r.location, wherePrecision: r.wherePrecision } : {}),
    ...(r.placeName ? { placeName: r.placeName } : {}),
    category: r.category,
    description: r.description,
    language: r.language,
    counts: r.counts,
    ...(r.allegedParty ? { allegedParty: r.allegedParty } : {}),
    ...(r.submitterParty ? { onBehalfOfParty: r.submitterParty } : {}),
  });
}

const SERVER_FIELDS: Record<string, FormField> = {
  occurredFrom: "occurredFrom",
  occurredTo: "occurredTo",
  location: "lat",
  placeName: "placeName",
  wherePrecision: "lat",
  category: "category",
  description: "description",
  onBehalfOfParty: "onBehalfOfParty",
  allegedParty: "allegedParty",
  sourceKind: "sourceKind",
};

/** Which of the form's fields a server refusal points at, when it says. */
export function fieldsOfRejection(details: unknown): FormField[] {
  const d = details as { field?: unknown; issues?: { field?: unknown }[] } | undefined;
  const names = [d?.field, ...(d?.issues ?? []).map((i) => i.field)];
  return names.flatMap((n) => {
    const top = typeof n === "string" ? n.split(".")[0] : undefined;
    const f = top ? SERVER_FIELDS[top] : undefined;
    return f ? [f] : [];
  });
}
