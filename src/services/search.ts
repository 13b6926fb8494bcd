/**
 * Search across reports and incidents, in Arabic and English. The query and the stored text go
 * through the same normalisation (normalizeForSearch here, cfm_normalize in SQL): hamza and alef
 * forms, ta marbuta, alef maqsura, diacritics, tatweel and the article do not matter. Scoped
 * exactly as the lists: a party liaison never finds the other party's complaints.
 */
import { normalizeForSearch } from "../domain/arabic.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { searchIncidentRows, searchReportRows } from "../store/search-repo.js";
import { incidentScopeFor, reportScopeFor, requireUser } from "./access.js";
import type { Deps } from "./deps.js";

export type MatchedField = "description" | "placeName" | "title" | "publicNarrative";

export interface SearchHit {
  type: "report" | "incident";
  id: string;
  /** Tracking id of a report, reference of an incident. */
  label: string;
  /** An incident's title; empty for a report. */
  title: string;
  category: string;
  occurredFrom: Date;
  matchedField: MatchedField;
  /** Words around the first match in the matched field, as written. */
  snippet: string;
  /** Language of the snippet when known (a report's language). */
  language: string | null;
}

export interface SearchResult {
  /** The query as it was matched, after normalisation. */
  normalized: string;
  items: SearchHit[];
  /** True when a type had more matches than the limit. */
  truncated: boolean;
}

const MAX_WORDS = 10;
const SNIPPET_BEFORE = 8;
const SNIPPET_AFTER = 20;

function readable(actor: Actor, now: Date) {
  requireUser(actor);
  const attempt = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch (err) {
      if (err instanceof DomainError && err.code === "forbidden") return null;
      throw err;
    }
  };
  const reports = attempt(() => reportScopeFor(actor, now));
  const incidents = attempt(() => incidentScopeFor(actor, now));
  if (!reports && !incidents) {
    throw new DomainError(
      "forbidden",
      `The ${actor.role} role does not read reports or incidents.`,
    );
  }
  return { reports, incidents };
}

/** How many of the words occur in the text, once normalised. */
function hits(text: string | null | undefined, words: readonly string[]): number {
  if (!text) return 0;
  const n = normalizeForSearch(text);
  return words.filter((w) => n.includes(w)).length;
}

/** The field with most of the query's words (the first such field on a tie). */
function bestField<F extends string>(
  fields: [F, string | null | undefined][],
  words: readonly string[],
): [F, string] {
  let best = fields[0]!;
  let most = -1;
  for (const f of fields) {
    const n = hits(f[1], words);
    if (n > most) [best, most] = [f, n];
  }
  return [best[0], best[1] ?? ""];
}

/** A window of words around the first word that matches, with ellipses where text was cut. */
export function snippetOf(text: string, words: readonly string[]): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  const at = tokens.findIndex((t) => {
    const n = normalizeForSearch(t);
    return n.length > 0 && words.some((w) => n.includes(w) || w.includes(n));
  });
  const start = Math.max(0, (at < 0 ? 0 : at) - SNIPPET_BEFORE);
  const end = Math.min(tokens.length, start + SNIPPET_BEFORE + SNIPPET_AFTER);
  return `${start > 0 ? "… " : ""}${tokens.slice(start, end).join(" ")}${end < tokens.length ? " …" : ""}`;
}

export async function search(
  deps: Deps,
  actor: Actor,
  input: { q: string; limit: number },
): Promise<SearchResult> {
  // Embargoes and release instants are judged on the service clock, like every other read.
  const scopes = readable(actor, deps.clock());
  const normalized = normalizeForSearch(input.q);
  const words = [...new Set(normalized.split(" ").filter(Boolean))].slice(0, MAX_WORDS);
  if (words.length === 0) {
    throw new DomainError("validation_failed", "Type at least one letter or digit to search for.", {
      field: "q",
    });
  }
  const [reports, incidents] = await Promise.all([
    scopes.reports ? searchReportRows(deps.db, scopes.reports, words, input.limit + 1) : [],
    scopes.incidents ? searchIncidentRows(deps.db, scopes.incidents, words, input.limit + 1) : [],
  ]);
  const items: SearchHit[] = [
    ...incidents.slice(0, input.limit).map((r): SearchHit => {
      const [field, text] = bestField<MatchedField>(
        [
          ["title", r.title],
          ["publicNarrative", r.public_narrative],
        ],
        words,
      );
      return {
        type: "incident",
        id: r.id,
        label: r.reference,
        title: r.title,
        category: r.category,
        occurredFrom: r.occurred_from,
        matchedField: field,
        snippet: snippetOf(text, words),
        language: null,
      };
    }),
    ...reports.slice(0, input.limit).map((r): SearchHit => {
      const [field, text] = bestField<MatchedField>(
        [
          ["description", r.description],
          ["placeName", r.place_name],
        ],
        words,
      );
      return {
        type: "report",
        id: r.id,
        label: r.tracking_id,
        title: "",
        category: r.category,
        occurredFrom: r.occurred_from,
        matchedField: field,
        snippet: snippetOf(text, words),
        language: r.language,
      };
    }),
  ];
  return {
    normalized: words.join(" "),
    items,
    truncated: reports.length > input.limit || incidents.length > input.limit,
  };
}
