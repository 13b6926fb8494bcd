/**
 * The parties' names and colours (GET /parties), loaded once per page load and remembered on the
 * device for working offline, so that the interface can show names instead of codes.
 */
import { useEffect, useSyncExternalStore } from "react";
import type { Answer } from "./api/answers.js";
import { get } from "./api/client.js";
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
let parties: readonly PartyInfo[] = remembered();
let requested = false;
const listeners = new Set<() => void>();

function remembered(): PartyInfo[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(list) ? (list as PartyInfo[]) : [];
  } catch {
    return [];
  }
}

function load(): void {
  if (requested) return;
  requested = true;
  get<PartyList>("/parties").then(
    (res) => {
      parties = res.items;
      try {
        localStorage.setItem(KEY, JSON.stringify(res.items));
      } catch {
        // not remembered; fine
      }
      for (const l of listeners) l();
    },
    () => {
      // offline or logged out: keep what was remembered, ask again next time
      requested = false;
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useParties(): readonly PartyInfo[] {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, () => parties);
}

/** The party's short name in the interface language (a device may remember a list without one). */
export function partyShortName(list: readonly PartyInfo[], code: string, lang: UiLanguage): string {
  const p = list.find((x) => x.code === code);
  if (!p) return code;
  return (lang === "ar" ? p.shortAr : p.shortEn) ?? partyName(list, code, lang);
}

export function partyName(list: readonly PartyInfo[], code: string, lang: UiLanguage): string {
  const p = list.find((x) => x.code === code);
  if (!p) return code;
  return lang === "ar" ? p.nameAr : p.nameEn;
}
