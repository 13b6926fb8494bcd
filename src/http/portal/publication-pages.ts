/**
 * The portal's published report products (with their signatures) and the mission's public keys
 * and signed checkpoints of its audit log (decisions 0020, 0022): whoever holds an older
 * checkpoint can tell a rewritten history; `cfm verify` checks a downloaded file offline.
 */
import { formatDay, formatInstant } from "../../domain/zoned-format.js";
import { TITLES, type ReportProduct } from "../../domain/report-products.js";
import type { Checkpoint, PublishedKey } from "../../domain/signatures.js";
import { html, type SafeHtml } from "../../domain/html.js";
import { PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

/** A daily report names the day it ends on (its cut-off); the others, their period. */
function period(p: ReportProduct, lang: PortalLanguage, timeZone: string): string {
  const to = formatDay(new Date(p.periodTo.getTime() - 1), lang, timeZone);
  return p.kind === "daily" || p.kind === "spot"
    ? to
    : `${formatDay(p.periodFrom, lang, timeZone)} – ${to}`;
}

export function reportsBody(
  lang: PortalLanguage,
  products: ReportProduct[],
  timeZone: string,
): SafeHtml {
  const w = PORTAL_WORDS[lang].reports;
  if (products.length === 0) return html`<p class="muted">${w.none}</p>`;
  const file = (p: ReportProduct, ext: string) => `/api/v1/public/reports/${p.id}.${ext}`;
  return html`<p>${w.intro}</p>
    <ul class="findings">
      ${products.map(
        (p) =>
          html`<li>
            <strong>${TITLES[p.kind][lang]}</strong> — ${period(p, lang, timeZone)}
            <div class="meta">
              <span class="code">${p.reference}</span> · ${w.released}:
              ${p.releaseAt ? formatInstant(p.releaseAt.toISOString(), lang, timeZone) : ""}
            </div>
            <div>
              <a href="${file(p, "html")}">${w.read}</a> · <a href="${file(p, "pdf")}">PDF</a> ·
              <a href="${file(p, "pdf.cfm-sig.json")}">${w.signature}</a> ·
              <a href="/portal/${lang}/verify?report=${p.id}">${w.check}</a>
            </div>
          </li>`,
      )}
    </ul>`;
}

export function keysBody(
  lang: PortalLanguage,
  keys: PublishedKey[],
  checkpoints: (Checkpoint & { cause: string })[],
  timeZone: string,
): SafeHtml {
  const w = PORTAL_WORDS[lang].keys;
  return html`<p>${w.intro}</p>
    <p class="notice">
      ${w.howToCheck} <a href="/portal/${lang}/verify">${w.inBrowser}</a>, ${w.orCli}
      <code>cfm verify FILE.pdf</code>
    </p>
    <h2>${w.keysTitle}</h2>
    <table class="portal-table">
      <thead>
        <tr>
          <th>${w.id}</th>
          <th>${w.status}</th>
          <th>${w.since}</th>
          <th>${w.publicKey}</th>
        </tr>
      </thead>
      <tbody>
        ${keys.map(
          (k) =>
            html`<tr>
              <td><code>${k.id}</code></td>
              <td>
                ${w.statuses[k.status]}${k.revokedAt ? html` (${formatInstant(k.revokedAt, lang, timeZone)})` : ""}
              </td>
              <td>${formatInstant(k.activatedAt, lang, timeZone)}</td>
              <td><code>${k.publicKey}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>${w.checkpointsTitle}</h2>
    <p>
      ${w.checkpointsIntro} <a href="/api/v1/public/checkpoints">JSON</a> ·
      <a href="/api/v1/public/keys">${w.keysJson}</a>
    </p>
    <table class="portal-table">
      <thead>
        <tr>
          <th>${w.seq}</th>
          <th>${w.at}</th>
          <th>${w.head}</th>
          <th>${w.key}</th>
        </tr>
      </thead>
      <tbody>
        ${checkpoints.map(
          (c) =>
            html`<tr>
              <td>${c.seq}</td>
              <td>${formatInstant(c.at, lang, timeZone)}</td>
              <td><code>${c.headHash}</code></td>
              <td><code>${c.keyId}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
