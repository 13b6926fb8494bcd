/**
 * The parties' names and colours (GET /parties), loaded once per page load (in the query cache)
 * and remembered on the device for working offline, so that the interface can show names instead
 * of codes.
 */
import { useQuery } from "@tanstack/react-query";
import type { Answer } from "./api/answers.js";
import { get } from "./api/client.js";
import { textFor } from "../../src/domain/bilingual.js";
import type { UiLanguage } from "./i18n/index.js";

type PartyList = Answer<"/api/v1/parties", "get">;
type PartyAnswer = PartyList["items"][number];

/**
 * A party as GET /parties answers it; a list the device remembered from an older version may lack
 * the short names (the server falls back to the code in English, the full name in Arabic).
 */
export type PartyInfo = Omit<PartyAnswer, "shortEn" | "shortAr"> &
  Partial<Pick<PartyAnswer, "shortEn" | "shortAr">>;

const KEY = "cfm.partyNames";
/** What this device remembered at page load: shown until the server answers, and offline. */
const rememberedAtLoad: readonly PartyInfo[] = remembered();

function remembered(): PartyInfo[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(list) ? (list as PartyInfo[]) : [];
  } catch {
    return [];
  }
}

async function load(signal: AbortSignal): Promise<PartyInfo[]> {
  const res = await get("/parties", { signal });
  try {
    localStorage.setItem(KEY, JSON.stringify(res.items));
  } catch {
    // not remembered; fine
  }
  return res.items;
}

export function useParties(): readonly PartyInfo[] {
  const { data } = useQuery({
    queryKey: ["parties"],
    queryFn: ({ signal }) => load(signal),
    // Read once per page load; a failed read (offline, logged out) is tried again by the next
    // component that asks, and a change the server accepted reads it again (invalidation).
    staleTime: Infinity,
  });
  // Until the first answer, and while offline, what was remembered (a failed read has no data).
  return data ?? rememberedAtLoad;
}

/** The party's short name in the interface language (a device may remember a list without one). */
export function partyShortName(list: readonly PartyInfo[], code: string, lang: UiLanguage): string {
  const p = list.find((x) => x.code === code);
  if (!p) return code;
  return (lang === "ar" ? p.shortAr : p.shortEn) ?? partyName(list, code, lang);
}

/** The party's name in the interface language, the other language's where that one is blank. */
export function partyName(list: readonly PartyInfo[], code: string, lang: UiLanguage): string {
  const p = list.find((x) => x.code === code);
  if (!p) return code;
  return textFor({ ar: p.nameAr, en: p.nameEn }, lang)?.text ?? code;
}
