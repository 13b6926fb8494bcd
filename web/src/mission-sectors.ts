/**
 * The mission's sectors (GET /mission/geography), named in the interface language: the options
 * of the sector filter. Read once per page load, in the query cache.
 */
import { useQuery } from "@tanstack/react-query";
import { get } from "./api/client.js";
import type { UiLanguage } from "./i18n/index.js";

export interface SectorOption {
  code: string;
  name: string;
}

export function useSectors(lang: UiLanguage): readonly SectorOption[] {
  const { data } = useQuery({
    queryKey: ["mission", "geography"],
    queryFn: ({ signal }) => get("/mission/geography", { signal }),
    staleTime: Infinity,
  });
  return (data?.sectors.features ?? []).map((f) => {
    const p = f.properties ?? {};
    const code = String(p.code ?? "");
    const name = String((lang === "ar" ? p.name_ar : p.name_en) ?? code);
    return { code, name };
  });
}
