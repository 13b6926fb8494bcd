/** The portal's published findings: the list and one finding, as the public release froze them. */
import { textFor } from "../../domain/bilingual.js";
import {
  ATTRIBUTION_LEVEL_LABELS,
  FINDING_OUTCOME_LABELS,
  VERIFICATION_LEVEL_LABELS,
} from "../../domain/labels.js";
import { shortCategory } from "../../domain/incident-title.js";
import { formatDay, formatInstant } from "../../domain/zoned-format.js";
import type { Release } from "../../domain/releases.js";
import type { CategoryCode } from "../../domain/taxonomy.js";
import { html, type SafeHtml } from "../../domain/html.js";
import { fill, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

interface PartyNames {
  [code: string]: { en: string; ar: string };
}

export interface FindingView {
  lang: PortalLanguage;
  timeZone: string;
  parties: PartyNames;
}

function labelOf<K extends string>(
  labels: Record<K, { en: string; ar: string }>,
  key: string,
  lang: PortalLanguage,
): string {
  return (labels as Record<string, { en: string; ar: string }>)[key]?.[lang] ?? key;
}

function when(iso: string, v: FindingView, withTime = true): string {
  return withTime
    ? formatInstant(iso, v.lang, v.timeZone, "long")
    : formatDay(iso, v.lang, v.timeZone);
}

function partyName(code: string, v: FindingView): string {
  return v.parties[code]?.[v.lang] ?? code;
}

/** "A3 — Indirect fire, 14 January 2020": the same heading in both languages, from the content. */
export function findingHeading(r: Release, v: FindingView): string {
  const i = r.content.incident;
  return `${shortCategory(i.category as CategoryCode, v.lang)}${v.lang === "ar" ? "، " : ", "}${when(i.occurredFrom, v, false)}`;
}

export function findingItem(r: Release, v: FindingView): SafeHtml {
  const w = PORTAL_WORDS[v.lang].findings;
  const i = r.content.incident;
  return html`<li>
    <a href="/portal/${v.lang}/findings/${r.incidentId}">${findingHeading(r, v)}</a>
    <div class="meta">
      <span class="code">${i.reference}</span> ·
      ${labelOf(FINDING_OUTCOME_LABELS, r.content.finding.outcome, v.lang)} · ${w.released}:
      ${when(r.releaseAt.toISOString(), v)}
    </div>
  </li>`;
}

function place(r: Release, v: FindingView): SafeHtml {
  const w = PORTAL_WORDS[v.lang].findings;
  const loc = r.content.incident.location;
  if (!loc) return html`${w.noLocation}`;
  const grid = r.content.incident.coarsened?.gridDegrees;
  return html`<span class="code">${loc.lat.toFixed(2)}, ${loc.lon.toFixed(2)}</span>${
      grid ? html` <span class="muted">(${fill(w.coarsened, { grid: String(grid) })})</span>` : ""
    }`;
}

export function findingDetail(r: Release, v: FindingView): SafeHtml {
  const w = PORTAL_WORDS[v.lang].findings;
  const { incident: i, finding: f } = r.content;
  const narrative = textFor({ en: f.publicNarrative, ar: f.publicNarrativeAr }, v.lang);
  const fact = (label: string, value: SafeHtml | string | null | false) =>
    value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : "";
  return html`<div class="card">
      <dl class="facts">
        ${fact(w.reference, html`<span class="code">${i.reference}</span>`)}
        ${fact(w.when, `${when(i.occurredFrom, v)} – ${when(i.occurredTo, v)}`)}
        ${fact(w.where, place(r, v))}
        ${fact(w.outcome, labelOf(FINDING_OUTCOME_LABELS, f.outcome, v.lang))}
        ${fact(w.verification, labelOf(VERIFICATION_LEVEL_LABELS, f.verificationLevel, v.lang))}
        ${fact(w.attribution, labelOf(ATTRIBUTION_LEVEL_LABELS, f.attributionLevel, v.lang))}
        ${fact(w.responsible, f.attributedParty && partyName(f.attributedParty, v))}
        ${fact(w.parties, i.concernedParties.map((p) => partyName(p, v)).join(v.lang === "ar" ? "، " : ", "))}
        ${fact(w.provisions, f.provisions.length > 0 && f.provisions.join(", "))}
        ${fact(w.released, when(r.releaseAt.toISOString(), v))}
        ${fact(w.fingerprint, html`<code>${r.contentHash}</code>`)}
      </dl>
    </div>
    <h2>${w.narrative}</h2>
    ${
      narrative
        ? html`<div
              class="card"
              lang="${narrative.lang}"
              dir="${narrative.lang === "ar" ? "rtl" : "ltr"}"
            >
              ${narrative.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}
            </div>
            ${narrative.fallback ? html`<p class="muted">${w.narrativeOtherLanguage}</p>` : ""}`
        : ""
    }
    <p><a href="/portal/${v.lang}/findings">${w.back}</a></p>`;
}
