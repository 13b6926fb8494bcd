/**
 * From the shared public data to the files of the `hodeidah-2019` profile: places from GeoNames
 * (cities500, Yemen) with their Arabic names where GeoNames' alternate names give one, and a
 * few sites of the Stockholm Agreement (domain.md §2.3, approximate); governorates and the
 * outline from Natural Earth. No I/O here: `build-hodeidah.ts` reads and writes.
 */
import { hasArabicScript } from "../../domain/arabic.js";
import type { Place } from "../../domain/geo/gazetteer.js";
import { parseTsv } from "./delimited-text.js";
import { geonamesKind, tidy, usefulAlternate, withoutFormatting } from "./libya-sources.js";

export interface HodeidahSources {
  geonamesTsv: string;
  districtsGeoJson: string;
  outlineGeoJson: string;
}

const ATTRIBUTION = {
  geonames: "GeoNames (geonames.org), CC BY 4.0 (cities500, Yemen)",
  domain: "Ceasefire Monitor domain research, §2.3 Stockholm Agreement sites (approximate)",
  naturalEarth: "Made with Natural Earth (naturalearthdata.com), public domain",
};

// Natural Earth's admin-1 names are Latin only; the governorates' usual Arabic names, added by
// the project (to be checked before operational use).
const GOVERNORATE_NAMES_AR: Record<string, string> = {
  "Sa`dah": "صعدة",
  "Al Hudaydah": "الحديدة",
  "Al Mahwit": "المحويت",
  Dhamar: "ذمار",
  Hajjah: "حجة",
  Amran: "عمران",
  Ibb: "إب",
  Lahij: "لحج",
  "Ta`izz": "تعز",
  "Al Mahrah": "المهرة",
  "Al Bayda'": "البيضاء",
  "Al Dali'": "الضالع",
  "Al Jawf": "الجوف",
  Shabwah: "شبوة",
  "Ma'rib": "مأرب",
  "Sana'a": "صنعاء",
  Hadramawt: "حضرموت",
  "Amanat Al Asimah": "أمانة العاصمة",
  Raymah: "ريمة",
  "`Adan": "عدن",
  Abyan: "أبين",
};

/** The ports and the city of the Stockholm Agreement's Hudaydah provisions (approximate points). */
const AGREEMENT_SITES: Place[] = [
  ["hudaydah-port", "Port of Hudaydah", "ميناء الحديدة", 14.83, 42.93],
  ["salif-port", "Port of Salif", "ميناء الصليف", 15.31, 42.68],
  ["ras-isa-port", "Ras Isa oil terminal", "ميناء رأس عيسى", 15.13, 42.8],
].map(([id, name, nameAr, lat, lon]) => ({
  id: `cfm:${id as string}`,
  name: name as string,
  nameAr: nameAr as string,
  variants: [],
  lat: lat as number,
  lon: lon as number,
  kind: "site",
  population: null,
  approximate: true,
  sources: ["domain-2.3"],
  districtId: "YEM-151",
}));

interface NaturalEarthFeature {
  properties: {
    adm1_code: string;
    name: string | null;
    name_alt: string | null;
    gn_a1_code: string;
  };
  geometry: unknown;
}

export function buildHodeidahFiles(sources: HodeidahSources): Record<string, unknown> {
  const adm1 = (JSON.parse(sources.districtsGeoJson) as { features: NaturalEarthFeature[] })
    .features;
  const byGeonamesCode = new Map(
    adm1
      .filter((f) => f.properties.name)
      .map((f) => [f.properties.gn_a1_code, f.properties.adm1_code]),
  );
  const places = parseTsv(sources.geonamesTsv).map((r): Place => {
    const names = [
      r.name!,
      r.asciiname!,
      ...(r.alternatenames ?? "").split(",").map(withoutFormatting).filter(usefulAlternate),
    ];
    const population = Number(r.population) || null;
    const districtId = byGeonamesCode.get(`${r.country_code}.${r.admin1_code}`);
    return {
      id: `geonames:${r.geonameid}`,
      name: r.asciiname || r.name!,
      nameAr: names.find(hasArabicScript) ?? null,
      variants: names,
      lat: Number(r.latitude),
      lon: Number(r.longitude),
      kind: geonamesKind(r.feature_code!, population),
      population,
      approximate: false,
      sources: ["geonames"],
      ...(districtId ? { districtId } : {}),
    };
  });
  const outline = JSON.parse(sources.outlineGeoJson) as { features: { geometry: unknown }[] };
  return {
    "gazetteer.json": {
      attribution: [ATTRIBUTION.geonames, ATTRIBUTION.domain],
      places: [...places, ...AGREEMENT_SITES].map(tidy).sort((a, b) => (a.id < b.id ? -1 : 1)),
    },
    "districts.geojson": {
      type: "FeatureCollection",
      attribution: [ATTRIBUTION.naturalEarth],
      features: adm1.map((f) => {
        const p = f.properties;
        // One unnamed feature: Natural Earth's "Yemen minor island" group in the Red Sea.
        const named = p.name !== null;
        return {
          type: "Feature",
          properties: {
            code: named ? p.adm1_code : "YEM-99",
            name_en: named ? p.name : "Red Sea minor islands",
            name_ar: named ? (GOVERNORATE_NAMES_AR[p.name!] ?? null) : "جزر البحر الأحمر الصغيرة",
            variants: p.name_alt ? p.name_alt.split("|") : [],
          },
          geometry: f.geometry,
        };
      }),
    },
    "outline.geojson": {
      type: "FeatureCollection",
      attribution: [ATTRIBUTION.naturalEarth],
      features: outline.features.map((f) => ({
        type: "Feature",
        properties: { name_en: "Yemen", name_ar: "اليمن" },
        geometry: f.geometry,
      })),
    },
  };
}
