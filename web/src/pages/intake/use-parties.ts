/**
 * The parties a report may name. There is no parties endpoint yet, so they are the parties the
 * agreements oblige (the agreements read is shared, in the query cache, with the finding editor);
 * remembered for working offline.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
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

function obligatedParties(agreements: Agreement[]): string[] {
  return [
    ...new Set(agreements.flatMap((a) => a.provisions.flatMap((p) => p.obligatedParties))),
  ].sort();
}

export function useParties(): string[] {
  const { data } = useQuery({
    queryKey: ["agreements"],
    queryFn: ({ signal }) => get("/agreements", { signal }),
  });
  const fresh = useMemo(() => (data ? obligatedParties(data.items) : null), [data]);
  useEffect(() => {
    if (!fresh) return;
    try {
      localStorage.setItem(KEY, JSON.stringify(fresh));
    } catch {
      // not remembered; fine
    }
  }, [fresh]);
  // Until the server answers, and offline or refused: what was remembered.
  const [fallback] = useState(remembered);
  return fresh ?? fallback;
}
