/**
 * The front-line places of 2019–2021 from domain.md §11.4, which OpenStreetMap and GeoNames
 * may lack or name differently (suburbs, airports, airbases). Copied by hand from that table;
 * `provenance` is its "Prov." column: K marks the researcher's own approximation, good only for
 * where_prec ≥ 2. "Airport Road" (a road: a line layer) and rows without coordinates are left
 * out. Demo and seed use only.
 */
import type { PlaceKind } from "../../domain/geo/gazetteer.js";

export interface FrontLinePlace {
  slug: string;
  name: string;
  nameAr: string;
  /** Other spellings in either script (the table's parenthesised forms, common variants). */
  variants: string[];
  lat: number;
  lon: number;
  provenance: "OSM" | "GL" | "K";
  kind: PlaceKind;
}

const place = (
  slug: string,
  name: string,
  nameAr: string,
  lat: number,
  lon: number,
  provenance: FrontLinePlace["provenance"],
  kind: PlaceKind,
  variants: string[] = [],
): FrontLinePlace => ({ slug, name, nameAr, variants, lat, lon, provenance, kind });

export const FRONT_LINE_PLACES: readonly FrontLinePlace[] = [
  place("tripoli", "Tripoli", "طرابلس", 32.887, 13.191, "OSM", "city", ["Tarabulus"]),
  place("ain-zara", "Ain Zara", "عين زارة", 32.795, 13.287, "OSM", "suburb", ["Ayn Zarah"]),
  place("salah-al-din", "Salah al-Din", "صلاح الدين", 32.81, 13.21, "K", "suburb", ["Salahuddin"]),
  place("khallat-al-furjan", "Khallat al-Furjan", "خلة الفرجان", 32.79, 13.16, "K", "suburb"),
  place("wadi-al-rabi", "Wadi al-Rabi", "وادي الربيع", 32.77, 13.33, "K", "suburb"),
  place("abu-salim", "Abu Salim", "أبو سليم", 32.85, 13.171, "OSM", "suburb", ["Abu Sleem"]),
  place("qasr-bin-ghashir", "Qasr bin Ghashir", "قصر بن غشير", 32.683, 13.183, "GL", "town"),
  place(
    "tripoli-international-airport",
    "Tripoli International Airport",
    "مطار طرابلس الدولي",
    32.664,
    13.159,
    "K",
    "airport",
    ["HLLT", "Tripoli Airport"],
  ),
  place("mitiga-airport", "Mitiga airport", "مطار معيتيقة", 32.895, 13.28, "GL", "airport", [
    "Mitiga",
    "Okba Ibn Nafi",
    "معيتيقة",
  ]),
  place("tajura", "Tajura", "تاجوراء", 32.883, 13.353, "OSM", "town", ["Tajoura"]),
  place("al-aziziya", "Al-Aziziya", "العزيزية", 32.531, 13.021, "GL", "town", ["Aziziyah"]),
  place("gharyan", "Gharyan", "غريان", 32.17, 13.017, "GL", "city", ["Gharian"]),
  place("tarhuna", "Tarhuna", "ترهونة", 32.434, 13.635, "GL", "city", ["Tarhouna"]),
  place("misrata", "Misrata", "مصراتة", 32.378, 15.092, "GL", "city", ["Misurata", "Misratah"]),
  place("abu-grein", "Abu Grein", "أبو قرين", 31.451, 15.249, "GL", "village", [
    "Abu Qurayn",
    "Abugrein",
    "بوقرين",
  ]),
  place("al-washka", "Al-Washka", "الوشكة", 31.4, 15.6, "K", "village", ["Al Wishka"]),
  place("buairat-al-hassoun", "Bu'airat al-Hassoun", "بويرات الحسون", 31.4, 15.8, "K", "village", [
    "Buerat",
    "Bu'ayrat al Hasun",
  ]),
  place("sirte", "Sirte", "سرت", 31.205, 16.589, "GL", "city", ["Surt", "Syrte"]),
  place(
    "al-qardabiya-airbase",
    "Al-Qardabiya airbase",
    "قاعدة القرضابية",
    31.06,
    16.6,
    "K",
    "airbase",
    ["Ghardabiya", "القرضابية"],
  ),
  place("hun", "Hun", "هون", 29.117, 15.933, "GL", "town", ["Houn"]),
  place("waddan", "Waddan", "ودان", 29.161, 16.144, "GL", "town"),
  place("al-jufra-airbase", "Al-Jufra airbase", "قاعدة الجفرة الجوية", 29.2, 16.0, "K", "airbase", [
    "Jufra airbase",
  ]),
  place("bani-walid", "Bani Walid", "بني وليد", 31.767, 13.983, "GL", "town", ["Beni Ulid"]),
  place("ghadames", "Ghadames", "غدامس", 30.13, 9.5, "K", "town", ["Ghadamis"]),
  place("sabha", "Sabha", "سبها", 27.039, 14.426, "GL", "city", ["Sebha"]),
  place("brega", "Brega", "البريقة", 30.4, 19.616, "GL", "town", ["Marsa al-Brega"]),
  place("ras-lanuf", "Ras Lanuf", "راس لانوف", 30.475, 18.574, "GL", "town"),
  place("benghazi", "Benghazi", "بنغازي", 32.12, 20.081, "OSM", "city", ["Banghazi", "Bengasi"]),
  place("al-watiya-airbase", "Al-Watiya airbase", "قاعدة الوطية", 32.47, 11.9, "K", "airbase", [
    "Watiya",
    "الوطية",
  ]),
];

/** Rows of §11.4 that name a place the OSM data holds under another spelling. */
export const FRONT_LINE_ALIASES: readonly { name: string; nameAr: string; osmName: string }[] = [
  { name: "Al-Shwayrif", nameAr: "الشويرف", osmName: "Al Shuwairif" },
];
