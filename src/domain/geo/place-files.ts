/**
 * Reading a file of places into gazetteer places, with every problem named by its line: the
 * project's gazetteer JSON (as the shipped profiles carry it), a GeoNames table (cities500
 * layout), an OpenStreetMap places CSV and GeoJSON points. No I/O: the caller gives the text.
 */
import { hasArabicScript } from "../arabic.js";
import { parseCsvRecords, parseTsvRecords, type DelimitedRecord } from "../delimited-text.js";
import { jsonElementLines } from "./json-lines.js";
import { PLACE_KINDS, type Place, type PlaceKind } from "./gazetteer.js";

export const PLACE_FILE_FORMATS = ["gazetteer-json", "geonames-tsv", "osm-csv", "geojson"] as const;
export type PlaceFileFormat = (typeof PLACE_FILE_FORMATS)[number];

/**
 * What can be wrong with a place file, as stable codes: the interface explains each in its own
 * language from the code and its `params` (docs/language.md §6); `message` is the English.
 */
export const PLACE_PROBLEM_CODES = [
  "file_format_unknown",
  "json_invalid",
  "list_missing",
  "entry_not_object",
  "entry_not_point",
  "id_invalid",
  "id_repeated",
  "name_invalid",
  "name_ar_too_long",
  "lat_invalid",
  "lon_invalid",
  "kind_unknown",
  "population_invalid",
  "variants_invalid",
  "name_missing",
] as const;
type PlaceProblemCode = (typeof PLACE_PROBLEM_CODES)[number];

export interface PlaceFileProblem {
  /** 1-based; null when the problem is the file's as a whole. */
  line: number | null;
  /** The column or property at fault, when one is. */
  field?: string;
  code: PlaceProblemCode;
  /** What the code's sentence names (an id, a line, a kind), by name. */
  params: Record<string, string | number>;
  /** The same in English, for API clients and logs. */
  message: string;
}

type EntryProblem = Pick<PlaceFileProblem, "code" | "params" | "message">;

export interface ParsedPlaceFile {
  format: PlaceFileFormat;
  places: { line: number; place: Place }[];
  problems: PlaceFileProblem[];
  /** Rows left out that are no mistake: a place without a name in any script finds nothing. */
  skipped: PlaceFileProblem[];
}

// Standard GeoNames columns, for a dump without a header row (cities500.txt as downloaded).
const GEONAMES_COLUMNS = [
  "geonameid",
  "name",
  "asciiname",
  "alternatenames",
  "latitude",
  "longitude",
  "feature_class",
  "feature_code",
  "country_code",
  "cc2",
  "admin1_code",
  "admin2_code",
  "admin3_code",
  "admin4_code",
  "population",
  "elevation",
  "dem",
  "timezone",
  "modification_date",
];

const MAX_NAME = 200;

/** Which format a file is in, from its name and, where that is not enough, its first bytes. */
export function placeFileFormat(fileName: string, text: string): PlaceFileFormat | null {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const head = text.trimStart().slice(0, 2000);
  if (ext === "geojson") return "geojson";
  if (ext === "json") return /"FeatureCollection"/.test(head) ? "geojson" : "gazetteer-json";
  if (ext === "csv") return "osm-csv";
  if (ext === "tsv" || ext === "txt") return "geonames-tsv";
  if (head.startsWith("{")) return /"FeatureCollection"/.test(head) ? "geojson" : "gazetteer-json";
  return null;
}

export function parsePlaceFile(fileName: string, text: string): ParsedPlaceFile {
  const format = placeFileFormat(fileName, text);
  if (!format) {
    return {
      format: "gazetteer-json",
      places: [],
      problems: [
        {
          line: null,
          code: "file_format_unknown",
          params: { fileName },
          message: `${fileName}: not a place file this gazetteer reads (.json, .geojson, .csv, .tsv)`,
        },
      ],
      skipped: [],
    };
  }
  const read = READERS[format](text);
  const problems = [...read.problems];
  const places: ParsedPlaceFile["places"] = [];
  const skipped: PlaceFileProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, place } of read.places) {
    if (!place.name && !place.nameAr && place.variants.length === 0) {
      skipped.push({
        line,
        field: "name",
        code: "name_missing",
        params: {},
        message: "no name in any script",
      });
      continue;
    }
    const wrong = placeProblems(place);
    if (wrong.length) {
      problems.push(...wrong.map((p) => ({ line, ...p })));
      continue;
    }
    const first = seen.get(place.id);
    if (first !== undefined) {
      problems.push({
        line,
        field: "id",
        code: "id_repeated",
        params: { id: place.id, firstLine: first },
        message: `id ${place.id} again (first on line ${first})`,
      });
      continue;
    }
    seen.set(place.id, line);
    places.push({ line, place });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { format, places, problems, skipped };
}

type Read = Pick<ParsedPlaceFile, "places" | "problems">;

const READERS: Record<PlaceFileFormat, (text: string) => Read> = {
  "gazetteer-json": (text) => readJsonList(text, "places", gazetteerEntry),
  geojson: (text) => readJsonList(text, "features", featureEntry),
  "geonames-tsv": (text) => readRecords(geonamesRecords(text), geonamesPlace),
  "osm-csv": (text) => readRecords(parseCsvRecords(text), osmPlace),
};

/** What is wrong with a place read from a file, field by field. */
export function placeProblems(p: Place): Omit<PlaceFileProblem, "line">[] {
  const out: Omit<PlaceFileProblem, "line">[] = [];
  if (!p.id || p.id.length > MAX_NAME || /\s/.test(p.id)) {
    out.push({
      field: "id",
      code: "id_invalid",
      params: { max: MAX_NAME },
      message: "an id without spaces, at most 200 characters, is needed",
    });
  }
  if (!p.name.trim() || p.name.length > MAX_NAME) {
    out.push({
      field: "name",
      code: "name_invalid",
      params: { max: MAX_NAME },
      message: "a name of 1–200 characters is needed",
    });
  }
  // Sources put a transliteration in the Arabic field now and then: kept as given, it still finds.
  if (p.nameAr !== null && p.nameAr.length > MAX_NAME) {
    out.push({
      field: "nameAr",
      code: "name_ar_too_long",
      params: { max: MAX_NAME },
      message: "the Arabic name must be at most 200 characters",
    });
  }
  if (!Number.isFinite(p.lat) || Math.abs(p.lat) > 90) {
    out.push({
      field: "lat",
      code: "lat_invalid",
      params: {},
      message: "latitude must be a number from -90 to 90",
    });
  }
  if (!Number.isFinite(p.lon) || Math.abs(p.lon) > 180) {
    out.push({
      field: "lon",
      code: "lon_invalid",
      params: {},
      message: "longitude must be a number from -180 to 180",
    });
  }
  if (!(PLACE_KINDS as readonly string[]).includes(p.kind)) {
    out.push({
      field: "kind",
      code: "kind_unknown",
      params: { kind: p.kind, kinds: PLACE_KINDS.join(", ") },
      message: `kind "${p.kind}" is not one of ${PLACE_KINDS.join(", ")}`,
    });
  }
  if (p.population !== null && !(Number.isInteger(p.population) && p.population >= 0)) {
    out.push({
      field: "population",
      code: "population_invalid",
      params: {},
      message: "population must be a whole number, 0 or more",
    });
  }
  if (p.variants.some((v) => typeof v !== "string" || v.length > MAX_NAME)) {
    out.push({
      field: "variants",
      code: "variants_invalid",
      params: { max: MAX_NAME },
      message: "each variant must be a name of at most 200 characters",
    });
  }
  return out;
}

function readRecords(
  records: DelimitedRecord[],
  toPlace: (r: Record<string, string>) => Place,
): Read {
  return { places: records.map((r) => ({ line: r.line, place: toPlace(r.cells) })), problems: [] };
}

function readJsonList(
  text: string,
  key: "places" | "features",
  toPlace: (entry: Record<string, unknown>) => Place | EntryProblem,
): Read {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return {
      places: [],
      problems: [
        {
          line: jsonErrorLine(text, err),
          code: "json_invalid",
          params: { error: String(err) },
          message: String(err),
        },
      ],
    };
  }
  const list = (doc as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) {
    return {
      places: [],
      problems: [
        {
          line: 1,
          field: key,
          code: "list_missing",
          params: { key },
          message: `a "${key}" list is needed`,
        },
      ],
    };
  }
  const lines = jsonElementLines(text, key);
  const out: Read = { places: [], problems: [] };
  list.forEach((entry, i) => {
    const line = lines[i] ?? 1;
    const place: Place | EntryProblem =
      entry && typeof entry === "object"
        ? toPlace(entry as Record<string, unknown>)
        : { code: "entry_not_object", params: {}, message: "not an object" };
    if ("code" in place) {
      const at = `${key}[${i}]`;
      out.problems.push({
        line,
        code: place.code,
        params: { ...place.params, entry: at },
        message: `${at}: ${place.message}`,
      });
    } else out.places.push({ line, place });
  });
  return out;
}

function jsonErrorLine(text: string, err: unknown): number {
  const at = /position (\d+)/.exec(String(err));
  return at ? text.slice(0, Number(at[1])).split("\n").length : 1;
}

const str = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
const num = (v: unknown): number =>
  typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v) : NaN;
const optNum = (v: unknown): number | null =>
  v === null || v === undefined || v === "" ? null : num(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === "string" ? x : String(x)))
    : typeof v === "string" && v
      ? v.split(";")
      : [];

function gazetteerEntry(e: Record<string, unknown>): Place {
  const district = str(e.districtId);
  return {
    id: str(e.id),
    name: str(e.name),
    nameAr: str(e.nameAr) || null,
    variants: strings(e.variants),
    lat: num(e.lat),
    lon: num(e.lon),
    kind: str(e.kind) as PlaceKind,
    population: optNum(e.population),
    approximate: e.approximate === true,
    sources: strings(e.sources),
    ...(district ? { districtId: district } : {}),
  };
}

/**
 * A GeoJSON Point feature: its id (feature or `id` property, qualified "geojson:" unless it names
 * its source), `name`/`name_en`, `name_ar`, `variants`/`alt_name`, `kind`/`place`, `population`.
 */
function featureEntry(f: Record<string, unknown>): Place | EntryProblem {
  const geometry = f.geometry as { type?: unknown; coordinates?: unknown } | null;
  if (geometry?.type !== "Point" || !Array.isArray(geometry.coordinates)) {
    return { code: "entry_not_point", params: {}, message: "only Point features name places" };
  }
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const rawId = str(props.id) || (f.id === undefined ? "" : String(f.id));
  const [lon, lat] = geometry.coordinates as unknown[];
  const latin = str(props.name_en) || (hasArabicScript(str(props.name)) ? "" : str(props.name));
  const nameAr = str(props.name_ar) || (hasArabicScript(str(props.name)) ? str(props.name) : "");
  return {
    id: rawId && !rawId.includes(":") ? `geojson:${rawId}` : rawId,
    name: latin || nameAr,
    nameAr: nameAr || null,
    variants: [...strings(props.variants), ...strings(props.alt_name)],
    lat: num(lat),
    lon: num(lon),
    kind: (str(props.kind) || osmKind(str(props.place))) as PlaceKind,
    population: optNum(props.population),
    approximate: props.approximate === true,
    sources: strings(props.sources).length ? strings(props.sources) : ["geojson"],
  };
}

function geonamesRecords(text: string): DelimitedRecord[] {
  if (/^geonameid\t/.test(text)) return parseTsvRecords(text);
  return parseTsvRecords(`${GEONAMES_COLUMNS.join("\t")}\n${text}`).map((r) => ({
    ...r,
    line: r.line - 1,
  }));
}

function geonamesPlace(r: Record<string, string>): Place {
  const names = geonamesNames(r);
  const population = Number(r.population) || null;
  return {
    id: r.geonameid ? `geonames:${r.geonameid.trim()}` : "",
    name: r.asciiname || r.name || "",
    nameAr: names.find(hasArabicScript) ?? null,
    variants: names,
    lat: num(r.latitude),
    lon: num(r.longitude),
    kind: geonamesKind(r.feature_code ?? "", population),
    population,
    approximate: false,
    sources: ["geonames"],
  };
}

/** A GeoNames row's own names and the alternates worth searching by. */
export function geonamesNames(r: Record<string, string>): string[] {
  return [
    r.name ?? "",
    r.asciiname ?? "",
    ...(r.alternatenames ?? "").split(",").map(withoutFormatting).filter(usefulAlternate),
  ].filter(Boolean);
}

/**
 * GeoNames alternates mix in codes (TOB), lower-case machine romanisations (tbrq, bny wlyd) and
 * Persian or Kurdish spellings (طرابلس، لیبیا): only Arabic-letter and capitalised Latin names
 * are kept.
 */
export function usefulAlternate(name: string): boolean {
  if (hasArabicScript(name)) return /^[\u0621-\u064A\u0671 ]+$/.test(name.replace(/\p{M}/gu, ""));
  if (!/^[\p{Script=Latin}\s'’`ʿʾ.-]+$/u.test(name)) return false;
  if (name === name.toLowerCase()) return false;
  return !/^[A-Z]{2,4}$/.test(name);
}

// Bidi marks (U+200E) ride along in some GeoNames spellings.
export const withoutFormatting = (name: string) => name.replace(/\p{Cf}/gu, "").trim();

export function geonamesKind(code: string, population: number | null): PlaceKind {
  if (code === "PPLC" || (code.startsWith("PPLA") && (population ?? 0) >= 50_000)) return "city";
  return (population ?? 0) >= 10_000 ? "town" : "village";
}

/** An OpenStreetMap place node or way, as the places CSV lists it (one row per `place=*`). */
export function osmPlace(r: Record<string, string>): Place {
  const alt = r.alt_name ? r.alt_name.split(";") : [];
  const latin = [r.name_en, r.name, r.name_fr, r.name_it, ...alt].filter(
    (n): n is string => !!n && !hasArabicScript(n),
  );
  const nameAr = r.name_ar || (r.name && hasArabicScript(r.name) ? r.name : null);
  return {
    id: r.osm_type && r.osm_id ? `osm:${r.osm_type}/${r.osm_id}` : "",
    name: latin[0] ?? nameAr ?? r.name ?? "",
    nameAr: nameAr ?? null,
    variants: [r.name, r.name_en, r.name_fr, r.name_it, ...alt].filter((n): n is string => !!n),
    lat: num(r.lat),
    lon: num(r.lon),
    kind: osmKind(r.place ?? "") as PlaceKind,
    // OSM populations are free text ("5000", "~5,000", "unknown"): a figure is kept, words are not.
    population: /^\d+$/.test((r.population ?? "").replace(/[,\s~]/g, ""))
      ? Number((r.population ?? "").replace(/[,\s~]/g, ""))
      : null,
    approximate: false,
    sources: ["openstreetmap"],
  };
}

// OSM place values this gazetteer files under a kind of its own.
const OSM_KINDS: Readonly<Record<string, PlaceKind>> = {
  neighbourhood: "suburb",
  quarter: "suburb",
  isolated_dwelling: "hamlet",
  locality: "site",
};

function osmKind(place: string): string {
  return OSM_KINDS[place] ?? place;
}
