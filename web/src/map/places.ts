/**
 * City labels drawn over the basemap as HTML (so the browser shapes Arabic with the shipped
 * font; MapLibre text would need a glyph server). Coordinates: domain research §11.4 (GeoNames
 * and OpenStreetMap points) and OpenStreetMap (© OpenStreetMap contributors, ODbL) for the
 * eastern and southern towns. Approximate; for orientation only.
 */
export interface CityLabel {
  en: string;
  ar: string;
  lat: number;
  lon: number;
  /** Shown from this zoom level on. */
  minZoom: number;
}

export const CITY_LABELS: readonly CityLabel[] = [
  { en: "Tripoli", ar: "طرابلس", lat: 32.887, lon: 13.191, minZoom: 0 },
  { en: "Misrata", ar: "مصراتة", lat: 32.378, lon: 15.092, minZoom: 4.4 },
  { en: "Sirte", ar: "سرت", lat: 31.205, lon: 16.589, minZoom: 0 },
  { en: "Benghazi", ar: "بنغازي", lat: 32.12, lon: 20.081, minZoom: 0 },
  { en: "Sabha", ar: "سبها", lat: 27.039, lon: 14.426, minZoom: 0 },
  { en: "Tobruk", ar: "طبرق", lat: 32.077, lon: 23.96, minZoom: 0 },
  { en: "Hun", ar: "هون", lat: 29.117, lon: 15.933, minZoom: 5 },
  { en: "Ghadames", ar: "غدامس", lat: 30.13, lon: 9.5, minZoom: 0 },
  { en: "Tarhuna", ar: "ترهونة", lat: 32.434, lon: 13.635, minZoom: 7 },
  { en: "Gharyan", ar: "غريان", lat: 32.17, lon: 13.017, minZoom: 7 },
  { en: "Bani Walid", ar: "بني وليد", lat: 31.767, lon: 13.983, minZoom: 6 },
  { en: "Brega", ar: "البريقة", lat: 30.4, lon: 19.616, minZoom: 6 },
  { en: "Ajdabiya", ar: "إجدابيا", lat: 30.755, lon: 20.223, minZoom: 6 },
  { en: "Derna", ar: "درنة", lat: 32.759, lon: 22.638, minZoom: 5 },
  { en: "Kufra", ar: "الكفرة", lat: 24.18, lon: 23.276, minZoom: 0 },
  { en: "Ghat", ar: "غات", lat: 24.963, lon: 10.18, minZoom: 5 },
];
