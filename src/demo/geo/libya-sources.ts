/**
 * From the shared public data to the files the repository ships: places from OpenStreetMap
 * and GeoNames merged with the front-line places of domain.md §11.4, districts and the outline
 * from Natural Earth. No I/O here: `build-gazetteer.ts` reads and writes.
 */
import {
  hasArabicScript,
  latinKey,
  latinSkeleton,
  normalizeForSearch,
} from "../../domain/arabic.js";
import type { District } from "../../domain/geo/districts.js";
import { SHARED_NAME_KM, type Place, type PlaceKind } from "../../domain/geo/gazetteer.js";
import type { BBox, PolygonalGeometry } from "../../domain/geo/geojson.js";
import { distanceKm } from "../../domain/geo/sphere.js";
import { parseCsv, parseTsv } from "./delimited-text.js";
import { FRONT_LINE_ALIASES, FRONT_LINE_PLACES, type FrontLinePlace } from "./front-line-places.js";

export interface SourceTexts {
  osmPlacesCsv: string;
  geonamesTsv: string;
  districtsGeoJson: string;
  outlineGeoJson: string;
}

export interface BuiltLibyaGeo {
  gazetteer: { attribution: string[]; places: Place[] };
  districts: { attribution: string[]; districts: District[] };
  outline: { attribution: string[]; bbox: BBox; geometry: PolygonalGeometry };
}

export const ATTRIBUTION = {
  osm: "© OpenStreetMap contributors, ODbL 1.0 (place nodes, June 2025)",
  geonames: "GeoNames (geonames.org), CC BY 4.0 (cities500, Libya)",
  domain: "Ceasefire Monitor domain research, §11.4 front-line places (approximate)",
  naturalEarth: "Made with Natural Earth (naturalearthdata.com), public domain",
};

// Two entries with a common name this close are one place from two sources. The largest true
// offset in the data is 19 km (Ras Lanuf: the §11.4 point by the terminal, OSM's in the town);
// name alone joined Zawia Janzour (lon 24.66) and Janzur (lon 13.03) in reports, hence a limit,
// the same as the search's SHARED_NAME_KM.
const SAME_PLACE_KM = SHARED_NAME_KM;

export function buildLibyaGeo(sources: SourceTexts): BuiltLibyaGeo {
  const places = osmPlaces(parseCsv(sources.osmPlacesCsv));
  const districts = districtsOf(sources.districtsGeoJson);
  mergeGeonames(places, parseTsv(sources.geonamesTsv), districtsByGeonamesCode(districts));
  mergeFrontLine(places);
  return {
    gazetteer: {
      attribution: [ATTRIBUTION.osm, ATTRIBUTION.geonames, ATTRIBUTION.domain],
      places: places.map(tidy).sort((a, b) => (a.id < b.id ? -1 : 1)),
    },
    districts: {
      attribution: [ATTRIBUTION.naturalEarth],
      districts: districts.map(({ geonamesCode: _unused, ...d }) => d),
    },
    outline: { attribution: [ATTRIBUTION.naturalEarth], ...outlineOf(sources.outlineGeoJson) },
  };
}

function osmPlaces(rows: Record<string, string>[]): Place[] {
  return rows.map((r) => {
    const alt = r.alt_name ? r.alt_name.split(";") : [];
    const latin = [r.name_en, r.name, r.name_fr, r.name_it, ...alt].filter(
      (n): n is string => !!n && !hasArabicScript(n),
    );
    const nameAr = r.name_ar || (r.name && hasArabicScript(r.name) ? r.name : null);
    return {
      id: `osm:${r.osm_type}/${r.osm_id}`,
      name: latin[0] ?? nameAr ?? r.name!,
      nameAr: nameAr ?? null,
      variants: [r.name, r.name_en, r.name_fr, r.name_it, ...alt].filter((n): n is string => !!n),
      lat: Number(r.lat),
      lon: Number(r.lon),
      kind: r.place as PlaceKind,
      population: r.population ? Number(r.population) : null,
      approximate: false,
      sources: ["openstreetmap"],
      geonamesId: r.geonames_id || null,
    } as Place & { geonamesId: string | null };
  });
}

/**
 * GeoNames codes each place with its admin-1 district ("LY.77"), which Natural Earth gives for
 * each polygon (gn_a1_code): better than the coarse 1:10m polygons near their borders.
 */
function districtsByGeonamesCode(districts: SourceDistrict[]): Map<string, string> {
  return new Map(districts.filter((d) => d.geonamesCode).map((d) => [d.geonamesCode!, d.id]));
}

function mergeGeonames(
  places: Place[],
  rows: Record<string, string>[],
  districtIds: Map<string, string>,
): void {
  for (const r of rows) {
    const districtId = districtIds.get(`${r.country_code}.${r.admin1_code}`);
    const names = [
      r.name!,
      r.asciiname!,
      ...(r.alternatenames ?? "").split(",").map(withoutFormatting).filter(usefulAlternate),
    ];
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    const population = Number(r.population) || null;
    const linked = places.find(
      (p) => (p as { geonamesId?: string | null }).geonamesId === r.geonameid,
    );
    const target = linked ?? sameNamedNear(places, names, lat, lon);
    if (target) {
      target.variants.push(...names);
      target.population = Math.max(target.population ?? 0, population ?? 0) || null;
      target.sources.push("geonames");
      if (districtId) target.districtId ??= districtId;
      continue;
    }
    places.push({
      id: `geonames:${r.geonameid}`,
      name: r.asciiname || r.name!,
      nameAr: names.find(hasArabicScript) ?? null,
      variants: names,
      lat,
      lon,
      kind: geonamesKind(r.feature_code!, population),
      population,
      approximate: false,
      sources: ["geonames"],
      ...(districtId ? { districtId } : {}),
    });
  }
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

function mergeFrontLine(places: Place[]): void {
  for (const f of FRONT_LINE_PLACES) {
    const target = sameNamedNear(places, [f.name, f.nameAr], f.lat, f.lon);
    if (target) {
      target.variants.push(f.name, f.nameAr, ...f.variants);
      target.sources.push("domain-11.4");
    } else {
      places.push(frontLinePlace(f));
    }
  }
  for (const alias of FRONT_LINE_ALIASES) {
    const target = places.find((p) => p.name === alias.osmName);
    if (!target) throw new Error(`§11.4 alias: no place named ${alias.osmName}`);
    target.variants.push(alias.name, alias.nameAr);
    target.sources.push("domain-11.4");
  }
}

function frontLinePlace(f: FrontLinePlace): Place {
  return {
    id: `cfm:${f.slug}`,
    name: f.name,
    nameAr: f.nameAr,
    variants: f.variants,
    lat: f.lat,
    lon: f.lon,
    kind: f.kind,
    population: null,
    approximate: f.provenance === "K",
    sources: ["domain-11.4"],
  };
}

/**
 * The nearest place whose name or Arabic name matches one of `names`: the same normalised
 * Arabic or Latin key within SAME_PLACE_KM, or the same Latin consonant skeleton (Msallata,
 * Masallatah) within a third of that.
 */
function sameNamedNear(places: Place[], names: string[], lat: number, lon: number): Place | null {
  const keys = new Set(names.map(nameKey));
  const skeletons = new Set(names.map(skeletonKey).filter((k) => k.length >= 4));
  let best: Place | null = null;
  let bestKm = SAME_PLACE_KM;
  for (const p of places) {
    const own = [p.name, p.nameAr].filter((n): n is string => !!n);
    const byKey = own.some((n) => keys.has(nameKey(n)));
    if (!byKey && !own.some((n) => skeletons.has(skeletonKey(n)))) continue;
    const km = distanceKm(lon, lat, p.lon, p.lat);
    if (km < (byKey ? bestKm : Math.min(bestKm, SAME_PLACE_KM / 3))) [best, bestKm] = [p, km];
  }
  return best;
}

const nameKey = (name: string) =>
  hasArabicScript(name) ? normalizeForSearch(name) : latinKey(name);
const skeletonKey = (name: string) => (hasArabicScript(name) ? "" : latinSkeleton(name));

/** Variants without the primary names, repeats or spellings that normalise the same. */
export function tidy(place: Place & { geonamesId?: unknown }): Place {
  const { geonamesId: _unused, ...rest } = place;
  const seen = new Set(
    [place.name, place.nameAr].filter((n): n is string => !!n).map(normalizeForSearch),
  );
  const variants = place.variants.filter((v) => {
    const key = normalizeForSearch(v);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...rest, variants, sources: [...new Set(place.sources)] };
}

// Natural Earth's admin-1 file has Latin names only; these are the districts' usual Arabic
// names, added by the project (to be checked before operational use).
const DISTRICT_NAMES_AR: Record<string, string> = {
  Ghadamis: "غدامس",
  "Al Jufrah": "الجفرة",
  "Al Kufrah": "الكفرة",
  "Al Marqab": "المرقب",
  "Ash Shati'": "وادي الشاطئ",
  Ghat: "غات",
  Murzuq: "مرزق",
  Misratah: "مصراتة",
  Sabha: "سبها",
  "Al Jifarah": "الجفارة",
  "An Nuqat al Khams": "النقاط الخمس",
  "Az Zawiyah": "الزاوية",
  Mizdah: "مزدة",
  "Tajura' wa an Nawahi al Arba": "تاجوراء والنواحي الأربع",
  "Al Marj": "المرج",
  "Al Jabal al Akhdar": "الجبل الأخضر",
  Ajdabiya: "أجدابيا",
  Benghazi: "بنغازي",
  Surt: "سرت",
  "Al Qubbah": "القبة",
  "Al Butnan": "البطنان",
  "Wadi al Hayaa": "وادي الحياة",
};

/**
 * Districts Natural Earth labels with an older name than the district GeoNames codes its places
 * under (its admin-1 code): GeoNames' LY.77 is Tripoli (Sha'biyat Tarabulus), which Natural Earth
 * still calls by the pre-2007 Tajura' wa an Nawahi al Arba, so Tripoli read "Tripoli · Tajura'".
 * The GeoNames name is shown; the old one stays a searchable variant.
 */
const RENAMED_BY_GEONAMES_CODE: Record<string, { name: string; nameAr: string }> = {
  "LY.77": { name: "Tripoli", nameAr: "طرابلس" },
};

interface NaturalEarthFeature {
  properties: Record<string, unknown>;
  geometry: PolygonalGeometry;
}

type SourceDistrict = District & { geonamesCode: string | null };

function districtsOf(text: string): SourceDistrict[] {
  const features = (JSON.parse(text) as { features: NaturalEarthFeature[] }).features;
  return features.map((f) => {
    const code = f.properties.gn_a1_code;
    const neName = String(f.properties.name);
    const renamed = typeof code === "string" ? RENAMED_BY_GEONAMES_CODE[code] : undefined;
    const name = renamed?.name ?? neName;
    const alt = typeof f.properties.name_alt === "string" ? f.properties.name_alt : "";
    return {
      id: String(f.properties.adm1_code),
      name,
      nameAr: renamed?.nameAr ?? DISTRICT_NAMES_AR[neName] ?? null,
      variants: [...new Set([neName, ...alt.split(/[|,]/).map((s) => s.trim())])].filter(
        (s) => s && s !== name,
      ),
      geometry: rounded(f.geometry),
      geonamesCode: typeof code === "string" && code ? code : null,
    };
  });
}

function outlineOf(text: string): { bbox: BBox; geometry: PolygonalGeometry } {
  const geometry = rounded(
    (JSON.parse(text) as { features: NaturalEarthFeature[] }).features[0]!.geometry,
  );
  const all = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates).flat(2);
  const lons = all.map((p) => p[0]!);
  const lats = all.map((p) => p[1]!);
  return {
    bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
    geometry,
  };
}

/** Six decimals (0.1 m) is far finer than these 1:10m outlines. */
function rounded(g: PolygonalGeometry): PolygonalGeometry {
  const r = (p: number[]) => [round6(p[0]!), round6(p[1]!)];
  return g.type === "Polygon"
    ? { type: "Polygon", coordinates: g.coordinates.map((ring) => ring.map(r)) }
    : {
        type: "MultiPolygon",
        coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(r))),
      };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The built data as the files of the `libya-2020` profile (missions/libya-2020/). */
export function libyaProfileFiles(built: BuiltLibyaGeo): Record<string, unknown> {
  return {
    "gazetteer.json": built.gazetteer,
    "districts.geojson": {
      type: "FeatureCollection",
      attribution: built.districts.attribution,
      features: built.districts.districts.map((d) => ({
        type: "Feature",
        properties: { code: d.id, name_en: d.name, name_ar: d.nameAr, variants: d.variants },
        geometry: d.geometry,
      })),
    },
    "outline.geojson": {
      type: "FeatureCollection",
      attribution: built.outline.attribution,
      features: [
        {
          type: "Feature",
          properties: { name_en: "Libya", name_ar: "ليبيا" },
          geometry: built.outline.geometry,
        },
      ],
    },
  };
}
