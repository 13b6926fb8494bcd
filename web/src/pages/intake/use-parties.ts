/**
 * The parties a report may name. There is no parties endpoint yet, so they are the parties the
 * agreements oblige; remembered for working offline.
 */
import { useEffect, useState } from "react";
import { get } from "../../api/client.js";
import type { Agreement } from "../../api/types.js";

const KEY = "cfm.parties";

function remembered(): string[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function useParties(): string[] {
  const [parties, setParties] = useState<string[]>(remembered);
  useEffect(() => {
    const ctrl = new AbortController();
    get<{ items: Agreement[] }>("/agreements", { signal: ctrl.signal })
      .then((res) => {
        const codes = [
          ...new Set(res.items.flatMap((a) => a.provisions.flatMap((p) => p.obligatedParties))),
        ].sort();
        setParties(codes);
        try {
          localStorage.setItem(KEY, JSON.stringify(codes));
        } catch {
          // not remembered; fine
        }
      })
      .catch(() => {
        // offline or refused: keep what was remembered
      });
    return () => ctrl.abort();
  }, []);
  return parties;
}
