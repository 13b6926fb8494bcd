/**
 * The portal's map page: a GET form (period, category), the map drawn as SVG on the server
 * (src/domain/report-map.ts), its legend, and the same incidents as a table beneath it for
 * readers who do not see the drawing. Only what src/services/public-map.ts gives: published
 * incidents on the public grid, named after the gazetteer place nearest that grid point.
 */
import { CATEGORY_CODES, CATEGORY_LABELS, type CategoryCode } from "../../domain/taxonomy.js";
import type { OpenDataRecord } from "../../domain/open-data/public-record.js";
import type { StaticMap } from "../../domain/report-products.js";
import { isCalendarDay } from "../../domain/zoned-days.js";
import { formatDay } from "../../domain/zoned-format.js";
import { html, type SafeHtml } from "../../domain/html.js";
import type { PublicMap, PublicMapQuery } from "../../services/public-map.js";
import { fill, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

export const MAP_ROWS_PER_PAGE = 50;

type Words = (typeof PORTAL_WORDS)[PortalLanguage]["map"];
type Problem = { key: "badDay" | "badCategory" | "badOrder" | "badPage"; value: string };

export interface MapQuery {
  query: PublicMapQuery;
  page: number;
}

/** What the form sent, as typed: shown again in the form, including when it is refused. */
export type MapFields = Partial<Record<"from" | "to" | "category" | "page", string>>;

export function mapFieldsOf(raw: unknown): MapFields {
  const q = (raw ?? {}) as Record<string, unknown>;
  const one = (k: string) => {
    const v = q[k];
    const s = Array.isArray(v) ? v[0] : v;
    return typeof s === "string" ? s.trim().slice(0, 40) : undefined;
  };
  return { from: one("from"), to: one("to"), category: one("category"), page: one("page") };
}

export function readMapQuery(f: MapFields): { ok: true; value: MapQuery } | Problem {
  const query: PublicMapQuery = {};
  for (const k of ["from", "to"] as const) {
    const v = f[k];
    if (!v) continue;
    if (!isCalendarDay(v)) return { key: "badDay", value: v };
    query[k] = v;
  }
  if (query.from && query.to && query.from > query.to) return { key: "badOrder", value: "" };
  if (f.category) {
    if (!(CATEGORY_CODES as readonly string[]).includes(f.category))
      return { key: "badCategory", value: f.category };
    query.category = f.category as CategoryCode;
  }
  const page = f.page ? Number(f.page) : 1;
  if (!Number.isSafeInteger(page) || page < 1 || !/^\d+$/.test(f.page ?? "1"))
    return { key: "badPage", value: f.page ?? "" };
  return { ok: true, value: { query, page } };
}

export function problemText(lang: PortalLanguage, p: Problem): string {
  return fill(PORTAL_WORDS[lang].map[p.key], { value: p.value });
}

function filterForm(lang: PortalLanguage, f: MapFields): SafeHtml {
  const w = PORTAL_WORDS[lang].map;
  return html`<form class="portal filters" method="get" action="/portal/${lang}/map">
    <div>
      <label for="m-from">${w.from}</label>
      <input
        type="date"
        id="m-from"
        name="from"
        value="${f.from ?? ""}"
        placeholder="${w.dayHint}"
      />
    </div>
    <div>
      <label for="m-to">${w.to}</label>
      <input type="date" id="m-to" name="to" value="${f.to ?? ""}" placeholder="${w.dayHint}" />
    </div>
    <div>
      <label for="m-category">${w.category}</label>
      <select id="m-category" name="category">
        <option value="">${w.anyCategory}</option>
        ${CATEGORY_CODES.map(
          (c) =>
            html`<option value="${c}" ${f.category === c ? html`selected` : ""}>
              ${c} — ${CATEGORY_LABELS[c][lang]}
            </option>`,
        )}
      </select>
    </div>
    <div><button type="submit">${w.show}</button></div>
  </form>`;
}

/** Points sharing a square of the grid drawn once, larger, with their number. */
function cells(m: StaticMap) {
  const byCell = new Map<string, { at: [number, number]; refs: string[]; violation: boolean }>();
  for (const p of m.points) {
    const key = p.publicAt.join(",");
    const cell = byCell.get(key) ?? { at: p.publicAt, refs: [], violation: false };
    cell.refs.push(p.ref);
    cell.violation ||= p.violation;
    byCell.set(key, cell);
  }
  return [...byCell.values()];
}

function mapFigure(lang: PortalLanguage, m: StaticMap, lineOfContact: boolean): SafeHtml {
  const w = PORTAL_WORDS[lang].map;
  // Drawn left to right whatever the language: east stays on the right.
  return html`<figure class="portal-map">
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${m.width} ${m.height}"
      role="img"
      aria-label="${w.figure}"
      direction="ltr"
    >
      <path class="outline" d="${m.outline}" />
      ${m.sectors.map((s) => html`<path class="sector" d="${s.d}" />`)}
      ${m.lines.map((d) => html`<path class="loc" d="${d}" />`)}
      ${m.sectors.map((s) => {
        // A sector's middle may lie outside a map focused on its incidents: its name stays in.
        const x = Math.min(Math.max(s.label[0], 90), m.width - 90);
        const y = Math.min(Math.max(s.label[1], 14), m.height - 8);
        return html`<text class="sector-name" x="${x}" y="${y}" text-anchor="middle">
          ${s.name[lang] || s.name.en}
        </text>`;
      })}
      ${cells(m).map((c) => {
        const n = c.refs.length;
        const r = n > 1 ? 6 + Math.min(8, 2 * Math.sqrt(n)) : 5;
        return html`<g class="${c.violation ? "violation" : "incident"}">
          <circle cx="${c.at[0]}" cy="${c.at[1]}" r="${r.toFixed(1)}">
            <title>${n > 1 ? `${fill(w.cell, { n: String(n) })}: ` : ""}${c.refs.join(", ")}</title>
          </circle>
          ${
            n > 1
              ? html`<text
                  class="count"
                  x="${c.at[0]}"
                  y="${c.at[1]}"
                  dy="0.35em"
                  text-anchor="middle"
                >
                  ${n}
                </text>`
              : ""
          }
        </g>`;
      })}
    </svg>
    <figcaption>
      <ul class="legend">
        <li><span class="key violation"></span>${w.violation}</li>
        <li><span class="key incident"></span>${w.other}</li>
        <li><span class="key several"></span>${w.several}</li>
        ${lineOfContact ? html`<li><span class="key line"></span>${w.line}</li>` : ""}
      </ul>
    </figcaption>
  </figure>`;
}

function placeOf(r: OpenDataRecord, lang: PortalLanguage, w: Words): SafeHtml {
  if (r.lat === null || r.lon === null) return html`<span class="muted">${w.noPlace}</span>`;
  const place = lang === "ar" ? (r.placeAr ?? r.place) : r.place;
  const district = lang === "ar" ? (r.admin1Ar ?? r.admin1) : r.admin1;
  const names = [place, district].filter((n): n is string => !!n && n !== "");
  return html`${names.join(lang === "ar" ? "، " : ", ")}
    <span class="code muted">${r.lat.toFixed(2)}, ${r.lon.toFixed(2)}</span>`;
}

function dayOf(r: OpenDataRecord, lang: PortalLanguage, timeZone: string): string {
  const from = formatDay(r.occurredFrom, lang, timeZone);
  const to = formatDay(r.occurredTo, lang, timeZone);
  return from === to ? from : `${from} – ${to}`;
}

function pageLink(lang: PortalLanguage, f: MapFields, page: number, text: string): SafeHtml {
  const q = new URLSearchParams();
  for (const k of ["from", "to", "category"] as const) if (f[k]) q.set(k, f[k]);
  q.set("page", String(page));
  return html`<a href="/portal/${lang}/map?${q.toString()}">${text}</a>`;
}

function incidentTable(lang: PortalLanguage, pm: PublicMap, f: MapFields, page: number): SafeHtml {
  const w = PORTAL_WORDS[lang].map;
  if (pm.records.length === 0) return html`<p class="muted">${w.none}</p>`;
  const pages = Math.max(1, Math.ceil(pm.records.length / MAP_ROWS_PER_PAGE));
  const rows = pm.records.slice((page - 1) * MAP_ROWS_PER_PAGE, page * MAP_ROWS_PER_PAGE);
  return html`<p>${fill(w.count, { n: String(pm.records.length) })}</p>
    ${pm.truncated ? html`<p class="notice">${fill(w.truncated, { n: String(pm.records.length) })}</p>` : ""}
    <table class="portal-table">
      <thead>
        <tr>
          <th scope="col">${w.date}</th>
          <th scope="col">${w.place}</th>
          <th scope="col">${w.category}</th>
          <th scope="col">${w.reference}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td>${dayOf(r, lang, pm.timeZone)}</td>
              <td>${placeOf(r, lang, w)}</td>
              <td>${r.category} — ${CATEGORY_LABELS[r.category][lang]}</td>
              <td><a class="code" href="/portal/${lang}/findings/${r.id}">${r.reference}</a></td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      pages > 1
        ? html`<nav class="pages" aria-label="${w.listTitle}">
            ${page > 1 ? pageLink(lang, f, page - 1, w.newer) : ""}
            <span>${fill(w.page, { page: String(page), pages: String(pages) })}</span>
            ${page < pages ? pageLink(lang, f, page + 1, w.older) : ""}
          </nav>`
        : ""
    }`;
}

export function mapBody(
  lang: PortalLanguage,
  f: MapFields,
  result: { pm: PublicMap; page: number } | { problem: string },
): SafeHtml {
  const w = PORTAL_WORDS[lang].map;
  if ("problem" in result) {
    return html`<p>${w.intro}</p>
      ${filterForm(lang, f)}
      <p class="notice" role="alert">${result.problem}</p>`;
  }
  const { pm, page } = result;
  return html`<p>${w.intro}</p>
    ${filterForm(lang, f)} ${pm.map ? mapFigure(lang, pm.map, pm.lineOfContact) : ""}
    <h2 id="incidents">${w.listTitle}</h2>
    ${incidentTable(lang, pm, f, page)}`;
}
