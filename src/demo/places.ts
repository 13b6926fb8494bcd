/**
 * Places of the demo, from the gazetteer of domain.md §11.4 (approximate coordinates; demo use
 * only). Each place says which side held it when, what kind of place it is (which decides the
 * events that can happen there) and a few sites the texts mention.
 */
import type { PartyCode } from "./parties.js";

/** OSM / GL: a published point; K: a rough approximation, never more precise than where_prec 2. */
type Provenance = "OSM" | "GL" | "K";

export type PlaceTag = "frontline" | "residential" | "airfield" | "road" | "base" | "port" | "rear";

/** Who held a place, as [until (exclusive, ISO date), holder]; the last entry has no end. */
type Holding = readonly (readonly [string | null, PartyCode | "contested"])[];

export interface DemoPlace {
  key: string;
  en: string;
  ar: string;
  lat: number;
  lon: number;
  provenance: Provenance;
  front: "tripoli" | "central";
  tags: readonly PlaceTag[];
  held: Holding;
  sites: readonly { en: string; ar: string }[];
}

const GNA_ALL: Holding = [[null, "GNA"]];
const LNA_ALL: Holding = [[null, "LNA"]];
/** The southern Tripoli front until the LNA withdrew in early June 2020. */
const TRIPOLI_FRONT: Holding = [
  ["2020-06-04", "contested"],
  [null, "GNA"],
];

export const PLACES: readonly DemoPlace[] = [
  {
    key: "tripoli",
    en: "Tripoli",
    ar: "طرابلس",
    lat: 32.887,
    lon: 13.191,
    provenance: "OSM",
    front: "tripoli",
    tags: ["residential", "port"],
    held: GNA_ALL,
    sites: [
      { en: "the port area", ar: "منطقة الميناء" },
      { en: "a residential block near the old city", ar: "حي سكني قرب المدينة القديمة" },
    ],
  },
  {
    key: "ain-zara",
    en: "Ain Zara",
    ar: "عين زارة",
    lat: 32.795,
    lon: 13.287,
    provenance: "OSM",
    front: "tripoli",
    tags: ["frontline", "residential"],
    held: TRIPOLI_FRONT,
    sites: [
      { en: "residential streets", ar: "الشوارع السكنية" },
      { en: "farms on the southern edge", ar: "المزارع في الأطراف الجنوبية" },
      { en: "a school building", ar: "مبنى مدرسة" },
    ],
  },
  {
    key: "salah-al-din",
    en: "Salah al-Din",
    ar: "صلاح الدين",
    lat: 32.81,
    lon: 13.21,
    provenance: "K",
    front: "tripoli",
    tags: ["frontline", "residential"],
    held: TRIPOLI_FRONT,
    sites: [
      { en: "houses near the main road", ar: "منازل قرب الطريق الرئيسي" },
      { en: "forward positions", ar: "المواقع الأمامية" },
    ],
  },
  {
    key: "khallat-al-furjan",
    en: "Khallat al-Furjan",
    ar: "خلة الفرجان",
    lat: 32.79,
    lon: 13.16,
    provenance: "K",
    front: "tripoli",
    tags: ["frontline", "residential"],
    held: TRIPOLI_FRONT,
    sites: [
      { en: "farms and houses", ar: "المزارع والمنازل" },
      { en: "positions near Airport Road", ar: "المواقع القريبة من طريق المطار" },
    ],
  },
  {
    key: "wadi-al-rabi",
    en: "Wadi al-Rabi",
    ar: "وادي الربيع",
    lat: 32.77,
    lon: 13.33,
    provenance: "K",
    front: "tripoli",
    tags: ["frontline"],
    held: TRIPOLI_FRONT,
    sites: [
      { en: "forward positions", ar: "المواقع الأمامية" },
      { en: "farmland", ar: "الأراضي الزراعية" },
    ],
  },
  {
    // A road axis (domain.md: model it as a line); this point is on its middle section.
    key: "airport-road",
    en: "Airport Road",
    ar: "طريق المطار",
    lat: 32.76,
    lon: 13.17,
    provenance: "K",
    front: "tripoli",
    tags: ["frontline", "road"],
    held: TRIPOLI_FRONT,
    sites: [
      { en: "the bridge area", ar: "منطقة الجسر" },
      { en: "positions along the road", ar: "المواقع على امتداد الطريق" },
    ],
  },
  {
    key: "abu-salim",
    en: "Abu Salim",
    ar: "أبو سليم",
    lat: 32.85,
    lon: 13.171,
    provenance: "OSM",
    front: "tripoli",
    tags: ["residential"],
    held: GNA_ALL,
    sites: [
      { en: "residential blocks", ar: "العمارات السكنية" },
      { en: "a market area", ar: "منطقة سوق" },
    ],
  },
  {
    key: "qasr-bin-ghashir",
    en: "Qasr bin Ghashir",
    ar: "قصر بن غشير",
    lat: 32.683,
    lon: 13.183,
    provenance: "GL",
    front: "tripoli",
    tags: ["frontline", "residential", "road"],
    held: [
      ["2020-06-04", "LNA"],
      [null, "GNA"],
    ],
    sites: [
      { en: "houses near the old airport", ar: "منازل قرب المطار القديم" },
      { en: "the main road checkpoint", ar: "بوابة الطريق الرئيسي" },
    ],
  },
  {
    key: "tripoli-airport",
    en: "Tripoli International Airport",
    ar: "مطار طرابلس الدولي",
    lat: 32.664,
    lon: 13.159,
    provenance: "K",
    front: "tripoli",
    tags: ["frontline"],
    held: [
      ["2020-06-04", "LNA"],
      [null, "GNA"],
    ],
    sites: [{ en: "positions around the old terminal", ar: "المواقع المحيطة بمبنى الركاب القديم" }],
  },
  {
    key: "mitiga",
    en: "Mitiga airport",
    ar: "مطار معيتيقة",
    lat: 32.895,
    lon: 13.28,
    provenance: "GL",
    front: "tripoli",
    tags: ["airfield", "residential"],
    held: GNA_ALL,
    sites: [
      { en: "the civilian apron", ar: "ساحة وقوف الطائرات المدنية" },
      { en: "the runway", ar: "مدرج المطار" },
      { en: "houses next to the airport wall", ar: "المنازل المجاورة لسور المطار" },
    ],
  },
  {
    key: "tajura",
    en: "Tajura",
    ar: "تاجوراء",
    lat: 32.883,
    lon: 13.353,
    provenance: "OSM",
    front: "tripoli",
    tags: ["residential"],
    held: GNA_ALL,
    sites: [{ en: "a residential neighbourhood", ar: "حي سكني" }],
  },
  {
    key: "aziziya",
    en: "Al-Aziziya",
    ar: "العزيزية",
    lat: 32.531,
    lon: 13.021,
    provenance: "GL",
    front: "tripoli",
    tags: ["road", "rear"],
    held: GNA_ALL,
    sites: [{ en: "the supply road", ar: "طريق الإمداد" }],
  },
  {
    key: "gharyan",
    en: "Gharyan",
    ar: "غريان",
    lat: 32.17,
    lon: 13.017,
    provenance: "GL",
    front: "tripoli",
    tags: ["road", "rear"],
    held: GNA_ALL,
    sites: [{ en: "a checkpoint on the mountain road", ar: "بوابة على الطريق الجبلي" }],
  },
  {
    key: "tarhuna",
    en: "Tarhuna",
    ar: "ترهونة",
    lat: 32.434,
    lon: 13.635,
    provenance: "GL",
    front: "tripoli",
    tags: ["rear", "road", "residential"],
    held: [
      ["2020-06-05", "LNA"],
      [null, "GNA"],
    ],
    sites: [
      { en: "the road into the town", ar: "الطريق المؤدي إلى المدينة" },
      { en: "houses in the town centre", ar: "منازل وسط المدينة" },
    ],
  },
  {
    key: "watiya",
    en: "Al-Watiya airbase",
    ar: "قاعدة الوطية",
    lat: 32.47,
    lon: 11.9,
    provenance: "K",
    front: "tripoli",
    tags: ["airfield", "base", "rear"],
    held: [
      ["2020-05-18", "LNA"],
      [null, "GNA"],
    ],
    sites: [
      { en: "the runway", ar: "مدرج القاعدة" },
      { en: "hangars on the base", ar: "حظائر الطائرات في القاعدة" },
    ],
  },
  {
    key: "misrata",
    en: "Misrata",
    ar: "مصراتة",
    lat: 32.378,
    lon: 15.092,
    provenance: "GL",
    front: "central",
    tags: ["airfield", "base", "port", "rear"],
    held: GNA_ALL,
    sites: [
      { en: "the air college", ar: "الكلية الجوية" },
      { en: "the port", ar: "الميناء" },
    ],
  },
  {
    key: "abu-grein",
    en: "Abu Grein",
    ar: "أبو قرين",
    lat: 31.451,
    lon: 15.249,
    provenance: "GL",
    front: "central",
    tags: ["frontline", "road"],
    held: GNA_ALL,
    sites: [
      { en: "the coastal road junction", ar: "تقاطع الطريق الساحلي" },
      { en: "positions south of the junction", ar: "المواقع جنوب التقاطع" },
    ],
  },
  {
    key: "washka",
    en: "Al-Washka",
    ar: "الوشكة",
    lat: 31.4,
    lon: 15.6,
    provenance: "K",
    front: "central",
    tags: ["frontline", "road"],
    held: [
      ["2020-06-08", "LNA"],
      [null, "GNA"],
    ],
    sites: [
      { en: "forward positions", ar: "المواقع الأمامية" },
      { en: "the desert track to the east", ar: "المسلك الصحراوي شرقاً" },
    ],
  },
  {
    key: "buairat",
    en: "Bu'airat al-Hassoun",
    ar: "بويرات الحسون",
    lat: 31.4,
    lon: 15.8,
    provenance: "K",
    front: "central",
    tags: ["frontline", "road"],
    held: [[null, "contested"]],
    sites: [
      { en: "the coastal road", ar: "الطريق الساحلي" },
      { en: "forward positions", ar: "المواقع الأمامية" },
    ],
  },
  {
    key: "sirte",
    en: "Sirte",
    ar: "سرت",
    lat: 31.205,
    lon: 16.589,
    provenance: "GL",
    front: "central",
    tags: ["residential", "port", "road", "base"],
    held: LNA_ALL,
    sites: [
      { en: "the western entrance of the city", ar: "البوابة الغربية للمدينة" },
      { en: "the port", ar: "الميناء" },
    ],
  },
  {
    key: "qardabiya",
    en: "Al-Qardabiya airbase",
    ar: "قاعدة القرضابية",
    lat: 31.06,
    lon: 16.6,
    provenance: "K",
    front: "central",
    tags: ["airfield", "base"],
    held: LNA_ALL,
    sites: [
      { en: "the runway", ar: "مدرج القاعدة" },
      { en: "aircraft shelters", ar: "ملاجئ الطائرات" },
    ],
  },
  {
    key: "jufra-airbase",
    en: "Al-Jufra airbase",
    ar: "قاعدة الجفرة الجوية",
    lat: 29.2,
    lon: 16.0,
    provenance: "K",
    front: "central",
    tags: ["airfield", "base", "rear"],
    held: LNA_ALL,
    sites: [
      { en: "the runway", ar: "مدرج القاعدة" },
      { en: "the ammunition storage area", ar: "منطقة تخزين الذخيرة" },
    ],
  },
  {
    key: "hun",
    en: "Hun",
    ar: "هون",
    lat: 29.117,
    lon: 15.933,
    provenance: "GL",
    front: "central",
    tags: ["road", "rear"],
    held: LNA_ALL,
    sites: [{ en: "the road north of the town", ar: "الطريق شمال المدينة" }],
  },
  {
    key: "waddan",
    en: "Waddan",
    ar: "ودان",
    lat: 29.161,
    lon: 16.144,
    provenance: "GL",
    front: "central",
    tags: ["road", "rear"],
    held: LNA_ALL,
    sites: [{ en: "the checkpoint at the town entrance", ar: "البوابة عند مدخل المدينة" }],
  },
  {
    key: "ras-lanuf",
    en: "Ras Lanuf",
    ar: "راس لانوف",
    lat: 30.475,
    lon: 18.574,
    provenance: "GL",
    front: "central",
    tags: ["port", "base", "rear"],
    held: LNA_ALL,
    sites: [{ en: "the oil terminal road", ar: "طريق الميناء النفطي" }],
  },
];

/** Places used only by reports that intake closes as out of scope. */
const OUT_OF_AREA_PLACES: readonly DemoPlace[] = [
  {
    key: "sabha",
    en: "Sabha",
    ar: "سبها",
    lat: 27.039,
    lon: 14.426,
    provenance: "GL",
    front: "central",
    tags: ["rear"],
    held: [[null, "contested"]],
    sites: [{ en: "a neighbourhood in the south of the city", ar: "حي في جنوب المدينة" }],
  },
];

export function placeByKey(key: string): DemoPlace {
  const p = [...PLACES, ...OUT_OF_AREA_PLACES].find((x) => x.key === key);
  if (!p) throw new Error(`unknown demo place ${key}`);
  return p;
}

export function holderAt(place: DemoPlace, at: Date): PartyCode | "contested" {
  const day = at.toISOString().slice(0, 10);
  for (const [until, holder] of place.held) if (until === null || day < until) return holder;
  return "contested";
}

const METRES_PER_DEGREE = 111_320;

/** Moves a point by `metres` along a bearing (radians from north). */
export function jitter(
  point: { lat: number; lon: number },
  metres: number,
  bearingRad: number,
): { lat: number; lon: number } {
  const dLat = (metres * Math.cos(bearingRad)) / METRES_PER_DEGREE;
  const dLon =
    (metres * Math.sin(bearingRad)) / (METRES_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180));
  return { lat: round6(point.lat + dLat), lon: round6(point.lon + dLon) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
