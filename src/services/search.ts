/**
 * Search across reports and incidents, in Arabic and English. The query and the stored text go
 * through the same normalisation (normalizeForSearch here, cfm_normalize in SQL): hamza and alef
 * forms, ta marbuta, alef maqsura, diacritics, tatweel and the article do not matter, nor inner
 * long vowels of longer Arabic words (ميليشيات = مليشيات). A place's name also finds its other
 * names in the gazetteer (Surt = Sirte = سرت), and a tracking id or reference finds its record
 * first. Scoped exactly as the lists: a party liaison never finds the other party's complaints.
 */
import { normalizeForSearch } from "../domain/arabic.js";
import { DomainError } from "../domain/errors.js";
import { namesOfPlacesCalled } from "../domain/geo/place-search.js";
import type { Actor } from "../domain/roles.js";
import type { Language } from "../domain/taxonomy.js";
import {
  parseSearchQuery,
  termFoundIn,
  termIndexIn,
  type SearchTerm,
} from "../domain/search-query.js";
import { searchIncidentRows, searchReportRows } from "../store/search-repo.js";
import { incidentScopeFor, reportScopeFor, requireUser } from "./access.js";
import type { Deps } from "./deps.js";

type MatchedField =
  "label" | "description" | "placeName" | "title" | "publicNarrative" | "publicNarrativeAr";

/** The language of a matched narrative, said with its snippet. */
const NARRATIVE_LANGUAGE: Partial<Record<MatchedField, Language>> = {
  publicNarrative: "en",
  publicNarrativeAr: "ar",
};

interface SearchHit {
  type: "report" | "incident";
  id: string;
  /** Tracking id of a report, reference of an incident. */
  label: string;
  /** An incident's title; empty for a report. */
  title: string;
  /** The title was made up by the server (category and place): the reader's language composes it. */
  titleGenerated: boolean;
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
  /** The record the query names when it is exactly one tracking id or reference the caller may see. */
  exact: Pick<SearchHit, "type" | "id" | "label"> | null;
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

/** How many of the terms the text holds, once normalised. */
function hits(text: string | null | undefined, terms: readonly SearchTerm[]): number {
  if (!text) return 0;
  const n = normalizeForSearch(text);
  return terms.filter((t) => termFoundIn(t, n)).length;
}

/** The field with most of the query's terms (the first such field on a tie). */
function bestField<F extends string>(
  fields: [F, string | null | undefined][],
  terms: readonly SearchTerm[],
): [F, string] {
  let best = fields[0]!;
  let most = -1;
  for (const f of fields) {
    const n = hits(f[1], terms);
    if (n > most) [best, most] = [f, n];
  }
  return [best[0], best[1] ?? ""];
}

// A term of several words (a place name) is looked for from each token over the next few.
const SNIPPET_LOOKAHEAD = 3;

/** A window of words around the first word that matches, with ellipses where text was cut. */
export function snippetOf(text: string, terms: readonly SearchTerm[]): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  const at = tokens.findIndex((t, i) => {
    const own = normalizeForSearch(t).length;
    if (own === 0) return false;
    const n = normalizeForSearch(tokens.slice(i, i + SNIPPET_LOOKAHEAD).join(" "));
    return terms.some((term) => {
      const k = termIndexIn(term, n);
      return k >= 0 && k < own;
    });
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
  await deps.geography.refresh();
  const places = deps.geography.gazetteer();
  const query = parseSearchQuery(input.q, {
    maxTerms: MAX_WORDS,
    otherNames: (phrase) => namesOfPlacesCalled(places, phrase),
  });
  if (query.terms.length === 0 && query.labels.length === 0) {
    throw new DomainError("validation_failed", "Type at least one letter or digit to search for.", {
      field: "q",
    });
  }
  const { terms } = query;
  const match = {
    labels: query.labels.map((l) => l.label),
    terms: terms.map((t) => ({ pattern: t.pattern, bare: t.bare })),
  };
  const [reports, incidents] = await Promise.all([
    scopes.reports ? searchReportRows(deps.db, scopes.reports, match, input.limit + 1) : [],
    scopes.incidents ? searchIncidentRows(deps.db, scopes.incidents, match, input.limit + 1) : [],
  ]);
  const incidentHits = incidents.slice(0, input.limit).map((r): SearchHit => {
    const [field, text] = r.by_label
      ? (["label", r.public_narrative || r.public_narrative_ar || ""] as const)
      : bestField<MatchedField>(
          [
            ["title", r.title],
            ["publicNarrative", r.public_narrative],
            ["publicNarrativeAr", r.public_narrative_ar],
          ],
          terms,
        );
    return {
      type: "incident",
      id: r.id,
      label: r.reference,
      title: r.title,
      titleGenerated: r.title_generated,
      category: r.category,
      occurredFrom: r.occurred_from,
      matchedField: field,
      snippet: snippetOf(text, terms),
      language: NARRATIVE_LANGUAGE[field] ?? null,
    };
  });
  const reportHits = reports.slice(0, input.limit).map((r): SearchHit => {
    const [field, text] = r.by_label
      ? (["label", r.description] as const)
      : bestField<MatchedField>(
          [
            ["description", r.description],
            ["placeName", r.place_name],
          ],
          terms,
        );
    return {
      type: "report",
      id: r.id,
      label: r.tracking_id,
      title: "",
      titleGenerated: false,
      category: r.category,
      occurredFrom: r.occurred_from,
      matchedField: field,
      snippet: snippetOf(text, terms),
      language: r.language,
    };
  });
  // What the query names comes first, then incidents, then reports (each newest first).
  const all = [...incidentHits, ...reportHits];
  const named = all.filter((h) => h.matchedField === "label");
  const items = [...named, ...all.filter((h) => h.matchedField !== "label")];
  const only = query.labels.length === 1 && terms.length === 0 ? named[0] : undefined;
  return {
    normalized: query.normalized,
    items,
    exact: only ? { type: only.type, id: only.id, label: only.label } : null,
    truncated: reports.length > input.limit || incidents.length > input.limit,
  };
}
