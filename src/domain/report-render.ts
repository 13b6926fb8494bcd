/**
 * A report product as one HTML document: the Arabic text (right to left) and then the English
 * (left to right), each complete, from the same sections. Pure: the font comes in as CSS (the
 * caller inlines the self-hosted Noto Sans Arabic as data URLs), the map and the charts are inline
 * SVG, and nothing in the document asks for anything from a network — what is printed or archived
 * is the whole of it. The same function renders a draft's preview and the frozen release.
 */
import { escapeHtml } from "./html.js";
import { COMMITMENT_STATUS_LABELS } from "./labels.js";
import type { CommitmentStatus } from "./commitments.js";
import { CATEGORY_LABELS } from "./taxonomy.js";
import type { InterfaceLanguage } from "./interface-language.js";
import { formatDay, formatInstant } from "./zoned-format.js";
import { HEADINGS, OUTCOME_LABELS, signed, summaryLines, WORDS } from "./report-labels.js";
import {
  addedFor,
  sectionsFor,
  TITLES,
  type AddedText,
  type Bi,
  type Generated,
  type IncidentLine,
  type ProductClassification,
  type ProductKind,
  type Section,
  type StaticMap,
} from "./report-products.js";

export interface RenderInput {
  reference: string;
  kind: ProductKind;
  classification: ProductClassification;
  periodFrom: Date;
  periodTo: Date;
  generated: Generated;
  added: AddedText;
  /** Set when released: printed in the header. */
  release?: { at: Date; contentHash: string } | null;
}

export interface RenderOptions {
  audience: "parties" | "public";
  /** @font-face rules (data URLs), placed in the document's style. */
  fontCss: string;
}

const LANGS: readonly InterfaceLanguage[] = ["ar", "en"];

export function renderProductHtml(p: RenderInput, opts: RenderOptions): string {
  const sections = sectionsFor(p.generated.sections, opts.audience);
  const added = addedFor(p.added, p.generated.sections, opts.audience);
  const title = productTitle(p, "en");
  const body = LANGS.map((lang) => article(p, sections, added, opts.audience, lang)).join("\n");
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(productTitle(p, "ar"))} — ${escapeHtml(title)}</title>
<style>
${opts.fontCss}
${STYLE}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** "Daily report — 15 Jan 2020" / "التقرير اليومي — 15 يناير 2020". */
export function productTitle(
  p: Pick<RenderInput, "kind" | "periodTo" | "generated">,
  lang: InterfaceLanguage,
): string {
  const day = formatDay(new Date(p.periodTo.getTime() - 1), lang, p.generated.timeZone);
  return `${TITLES[p.kind][lang]} — ${day}`;
}

function article(
  p: RenderInput,
  sections: readonly Section[],
  added: AddedText,
  audience: "parties" | "public",
  lang: InterfaceLanguage,
): string {
  const t = (b: Bi) => escapeHtml(b[lang]);
  const when = (d: Date | string) => escapeHtml(formatInstant(d, lang, p.generated.timeZone));
  const header = `<header>
<p class="mission">${t(p.generated.mission)}</p>
<h1>${escapeHtml(productTitle(p, lang))}</h1>
<dl class="meta">
<dt>${t(WORDS.reference)}</dt><dd><span class="ref">${escapeHtml(p.reference)}</span></dd>
<dt>${t(WORDS.period)}</dt><dd>${when(p.periodFrom)} – ${when(p.periodTo)}</dd>
<dt>${t(WORDS.classification)}</dt><dd>${t(audience === "public" ? WORDS.publicVersion : p.classification === "public" ? WORDS.public : WORDS.parties)}</dd>
${
  p.release
    ? `<dt>${t(WORDS.released)}</dt><dd>${when(p.release.at)}</dd>
<dt>${t(WORDS.fingerprint)}</dt><dd><span class="hash">${escapeHtml(p.release.contentHash)}</span></dd>`
    : ""
}
</dl>
${p.release ? "" : `<p class="draft">${t(WORDS.draft)}</p>`}
</header>`;
  const intro = addedText(added.introduction, lang);
  const parts = sections.map((s) => {
    const ctx: Ctx = { lang, audience, generated: p.generated, when };
    return `<section class="s-${s.key}">
<h2>${t(HEADINGS[s.key])}</h2>
${addedText(added[s.key], lang)}
${sectionBody(s, ctx)}
</section>`;
  });
  return `<article lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">
${header}
${intro ? `<section class="s-introduction"><h2>${t(HEADINGS.introduction)}</h2>${intro}</section>` : ""}
${parts.join("\n")}
</article>`;
}

interface Ctx {
  lang: InterfaceLanguage;
  audience: "parties" | "public";
  generated: Generated;
  when: (d: Date | string) => string;
}

function addedText(text: Bi | undefined, lang: InterfaceLanguage): string {
  const v = text?.[lang]?.trim();
  if (!v) return "";
  return `<div class="added">${v
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, "<br>")}</p>`)
    .join("")}</div>`;
}

function sectionBody(s: Section, c: Ctx): string {
  const t = (b: Bi) => escapeHtml(b[c.lang]);
  switch (s.key) {
    case "summary":
      return `<ul>${summaryLines(s.totals)
        .map((l) => `<li>${t(l)}</li>`)
        .join("")}</ul>`;
    case "sectors":
      return table(
        [WORDS.sector, WORDS.violations, WORDS.explosions, WORDS.previous, WORDS.change].map(t),
        s.rows.map((r) => [
          t(r.name),
          String(r.violations),
          String(r.explosions),
          String(r.previousViolations),
          `<bdi dir="ltr">${signed(r.violations - r.previousViolations)}</bdi>`,
        ]),
        c,
      );
    case "notable":
    case "restrictions":
      return incidentList(s.incidents, c);
    case "annex":
      return incidentTable(s.incidents, c);
    case "cbms":
      return table(
        [WORDS.commitment, WORDS.status, WORDS.observations].map(t),
        s.rows.map((r) => [
          `<span class="ref">${escapeHtml(r.reference)}</span> ${t(r.title)}${r.notes
            .map((n) => `<br><small>${t(n)}</small>`)
            .join("")}`,
          t(
            COMMITMENT_STATUS_LABELS[r.status as CommitmentStatus] ?? {
              en: r.status,
              ar: r.status,
            },
          ),
          String(r.observations),
        ]),
        c,
      );
    case "map":
      return mapSvg(s.map, c);
    case "incident":
      return `${incidentTable([s.incident], c)}${s.narrative ? `<p>${t(s.narrative)}</p>` : ""}`;
    case "complaints": {
      const outcomes = Object.keys(OUTCOME_LABELS);
      return table(
        [WORDS.party, WORDS.category, WORDS.complaints]
          .map(t)
          .concat(outcomes.map((o) => t(OUTCOME_LABELS[o]!))),
        s.rows.map((r) => [
          escapeHtml(partyName(r.party, c)),
          `${escapeHtml(r.category)} ${t(CATEGORY_LABELS[r.category])}`,
          String(r.complaints),
          ...outcomes.map((o) => String(r.outcomes[o as keyof typeof r.outcomes] ?? 0)),
        ]),
        c,
      );
    }
    case "trend":
      return trendSvg(s.days, c);
    case "scoreboard":
      return table(
        [WORDS.party, WORDS.total, WORDS.due, WORDS.met, WORDS.late, WORDS.disputed].map(t),
        [...s.byParty, s.all].map((r) => [
          r.key === "all" ? t(WORDS.all) : escapeHtml(partyName(r.key, c)),
          String(r.total),
          String(r.due),
          String(r.met),
          String(r.late),
          String(r.disputed),
        ]),
        c,
      );
  }
}

function partyName(code: string, c: Ctx): string {
  const p = c.generated.parties.find((x) => x.code === code);
  return p ? p.name[c.lang] : code;
}

function sectorName(code: string, c: Ctx): string {
  if (code === "other") return WORDS.other[c.lang];
  if (code === "unlocated") return WORDS.unlocated[c.lang];
  const map = c.generated.sections.find((s) => s.key === "map");
  const named = map?.key === "map" ? map.map.sectors.find((s) => s.code === code) : undefined;
  return named ? named.name[c.lang] : code;
}

function placeText(i: IncidentLine, c: Ctx): string {
  if (!i.place) return sectorName(i.sector, c);
  const { name, distanceKm, compass } = i.place;
  if (distanceKm < 1) return name[c.lang];
  return c.lang === "ar"
    ? `${distanceKm} كم ${compass.ar} ${name.ar}`
    : `${distanceKm} km ${compass.en} of ${name.en}`;
}

function incidentList(rows: readonly IncidentLine[], c: Ctx): string {
  if (rows.length === 0) return `<p class="none">${escapeHtml(WORDS.none[c.lang])}</p>`;
  return `<ul>${rows
    .map(
      (i) =>
        `<li><span class="ref">${escapeHtml(i.reference)}</span> ${c.when(i.occurredFrom)} — ${escapeHtml(
          CATEGORY_LABELS[i.category][c.lang],
        )}, ${escapeHtml(placeText(i, c))}${
          i.explosions > 0 ? ` (${escapeHtml(WORDS.explosions[c.lang])}: ${i.explosions})` : ""
        }</li>`,
    )
    .join("")}</ul>`;
}

function incidentTable(rows: readonly IncidentLine[], c: Ctx): string {
  const t = (b: Bi) => escapeHtml(b[c.lang]);
  return table(
    [WORDS.reference, WORDS.time, WORDS.sector, WORDS.place, WORDS.category, WORDS.explosions].map(
      t,
    ),
    rows.map((i) => [
      `<span class="ref">${escapeHtml(i.reference)}</span>`,
      `${c.when(i.occurredFrom)} – ${c.when(i.occurredTo)}`,
      escapeHtml(sectorName(i.sector, c)),
      `<span class="place">${escapeHtml(placeText(i, c))}</span>`,
      `${escapeHtml(i.category)} ${escapeHtml(CATEGORY_LABELS[i.category][c.lang])}`,
      String(i.explosions),
    ]),
    c,
  );
}

function table(head: string[], rows: string[][], c: Ctx): string {
  if (rows.length === 0) return `<p class="none">${escapeHtml(WORDS.none[c.lang])}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v) => `<td>${v}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function mapSvg(m: StaticMap, c: Ctx): string {
  const pub = c.audience === "public";
  const sectors = m.sectors
    .map(
      (s) =>
        `<path class="sector" d="${s.d}"/><text class="sector-name" x="${s.label[0]}" y="${s.label[1]}" text-anchor="middle">${escapeHtml(s.name[c.lang])}</text>`,
    )
    .join("");
  const points = m.points
    .filter((p) => !pub || p.isPublic)
    .map((p) => {
      const [x, y] = pub ? p.publicAt : p.at;
      return `<circle class="${p.violation ? "violation" : "incident"}" cx="${x}" cy="${y}" r="4"><title>${escapeHtml(p.ref)}</title></circle>`;
    })
    .join("");
  const legend = `<p class="legend"><span class="key violation"></span> ${escapeHtml(WORDS.violation[c.lang])} <span class="key incident"></span> ${escapeHtml(WORDS.otherIncident[c.lang])} <span class="key line"></span> ${escapeHtml(WORDS.lineOfContact[c.lang])}${pub ? ` — ${escapeHtml(WORDS.coarsened[c.lang])}` : ""}</p>`;
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${m.width} ${m.height}" role="img" aria-label="${escapeHtml(HEADINGS.map[c.lang])}" direction="ltr">
<path class="outline" d="${m.outline}"/>${sectors}${m.lines.map((d) => `<path class="loc" d="${d}"/>`).join("")}${points}
</svg>${legend}</figure>`;
}

function trendSvg(days: readonly { day: string; violations: number; incidents: number }[], c: Ctx) {
  if (days.length === 0) return `<p class="none">${escapeHtml(WORDS.none[c.lang])}</p>`;
  const W = 720;
  const H = 220;
  const pad = 28;
  const max = Math.max(1, ...days.map((d) => d.incidents));
  const bw = (W - 2 * pad) / days.length;
  const y = (v: number) => H - pad - ((H - 2 * pad) * v) / max;
  // Time runs right to left in the Arabic text, as the reader reads.
  const x = (i: number) => (c.lang === "ar" ? W - pad - (i + 1) * bw : pad + i * bw);
  const bars = days
    .map((d, i) => {
      const inc = `<rect class="bar-incidents" x="${round(x(i))}" y="${round(y(d.incidents))}" width="${round(bw * 0.9)}" height="${round(H - pad - y(d.incidents))}"><title>${escapeHtml(d.day)}: ${d.incidents}</title></rect>`;
      const vio = `<rect class="bar-violations" x="${round(x(i))}" y="${round(y(d.violations))}" width="${round(bw * 0.9)}" height="${round(H - pad - y(d.violations))}"/>`;
      return inc + vio;
    })
    .join("");
  const first = days[0]!.day;
  const last = days[days.length - 1]!.day;
  const [startX, endX] = c.lang === "ar" ? [W - pad, pad] : [pad, W - pad];
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(HEADINGS.trend[c.lang])}" direction="ltr">
<line class="axis" x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}"/>${bars}
<text x="${startX}" y="${H - 8}" text-anchor="${c.lang === "ar" ? "end" : "start"}">${escapeHtml(first)}</text>
<text x="${endX}" y="${H - 8}" text-anchor="${c.lang === "ar" ? "start" : "end"}">${escapeHtml(last)}</text>
<text x="${c.lang === "ar" ? W - pad : pad}" y="${pad - 10}" text-anchor="${c.lang === "ar" ? "end" : "start"}">${max}</text>
</svg><p class="legend"><span class="key violation"></span> ${escapeHtml(WORDS.violations[c.lang])} <span class="key incident"></span> ${escapeHtml(WORDS.incidents[c.lang])}</p></figure>`;
}

const round = (v: number) => Math.round(v * 10) / 10;

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1b1b1b; background: #fff; }
article { padding: 8mm 0; }
article + article { break-before: page; border-block-start: 2px solid #ccc; }
header { border-block-end: 3px solid #1d4f7a; margin-block-end: 1em; }
.mission { margin: 0; color: #1d4f7a; font-weight: 700; }
h1 { font-size: 18pt; margin: 0.2em 0; }
h2 { font-size: 13pt; color: #1d4f7a; margin-block: 1.2em 0.4em; border-block-end: 1px solid #d8dee4; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0.5em 0; }
dl.meta dt { font-weight: 700; }
dl.meta dd { margin: 0; }
.ref, .hash { direction: ltr; unicode-bidi: isolate; font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; }
.hash { word-break: break-all; display: inline-block; max-inline-size: 100%; }
td .ref, .place { white-space: nowrap; }
.draft { color: #a11; font-weight: 700; letter-spacing: 0.05em; }
.added { background: #f4f7fa; border-inline-start: 3px solid #1d4f7a; padding: 0.3em 0.8em; margin-block-end: 0.6em; }
table { border-collapse: collapse; width: 100%; margin-block: 0.4em; font-size: 9pt; }
th, td { border: 1px solid #c9d1d9; padding: 0.25em 0.45em; text-align: start; vertical-align: top; }
th { background: #eef2f6; }
tr { break-inside: avoid; }
figure { margin: 0.5em 0; break-inside: avoid; }
svg { width: 100%; height: auto; max-height: 150mm; }
svg .outline { fill: #f5f1e8; stroke: #7a6a4f; stroke-width: 1; }
svg .sector { fill: none; stroke: #1d4f7a; stroke-width: 0.8; stroke-dasharray: 4 3; }
svg .sector-name { font-size: 11px; fill: #1d4f7a; }
svg .loc { fill: none; stroke: #c0392b; stroke-width: 2; }
svg .violation { fill: #c0392b; stroke: #fff; stroke-width: 1; }
svg .incident { fill: #7f8c8d; stroke: #fff; stroke-width: 1; }
svg .bar-incidents { fill: #b8c7d6; }
svg .bar-violations { fill: #c0392b; }
svg .axis { stroke: #555; }
svg text { font-size: 11px; fill: #333; }
.legend { font-size: 8.5pt; color: #444; }
.key { display: inline-block; width: 0.8em; height: 0.8em; vertical-align: middle; border-radius: 50%; }
.key.violation { background: #c0392b; }
.key.incident { background: #7f8c8d; }
.key.line { background: #c0392b; height: 0.2em; border-radius: 0; }
.none { color: #555; font-style: italic; }
/* Printed, the Arabic is set in Noto Naskh Arabic where the printer has it (Debian's
   fonts-noto-core): its letters are whole glyphs, so text extraction (pdftotext, search, screen
   readers) reads each word back whole, where the Sans face's separate dots split words. */
@media print { body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif; } }
`;
