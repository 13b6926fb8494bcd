/**
 * The mission's sectors by name (GET /mission/geography), for the dashboard and the incident
 * filters: a sector's name in the interface language, and the codes to offer. "other" (outside
 * every sector) and "unlocated" (no position) are the interface's own words.
 */
import { useTranslation } from "react-i18next";
import { SECTOR_OTHER, SECTOR_UNLOCATED } from "../../../src/domain/sectors.js";
import { useLang } from "../ui/use-lang.js";
import { useMissionGeography } from "./geography.js";

const OUTSIDE = [SECTOR_OTHER, SECTOR_UNLOCATED] as const;

export function useSectors(): {
  /** The mission's sectors, then "other" and "unlocated" (for filters and counts). */
  codes: string[];
  /** The mission's sectors alone: what an area of responsibility is made of. */
  areas: string[];
  name: (code: string) => string;
} {
  const { t } = useTranslation();
  const lang = useLang();
  const features = useMissionGeography()?.sectors.features ?? [];
  const props = features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const names = new Map<string, string>();
  for (const p of props) {
    if (typeof p.code !== "string") continue;
    const name = p[lang === "ar" ? "name_ar" : "name_en"] ?? p.name_en;
    names.set(p.code, typeof name === "string" && name ? name : p.code);
  }
  return {
    codes: [...names.keys(), ...OUTSIDE],
    areas: [...names.keys()],
    name: (code) =>
      code === SECTOR_OTHER || code === SECTOR_UNLOCATED
        ? t(code === SECTOR_OTHER ? "dashboard.sector.other" : "dashboard.sector.unlocated")
        : (names.get(code) ?? code),
  };
}
