/**
 * The portal's signature check: a form the script (verify-script.ts) brings to life, and, for a
 * visitor without JavaScript, how to run the same checks with `cfm verify`. For a report listed
 * on the portal (`?report=ID`), the script fetches the signature the portal publishes.
 */
import { TITLES, type ReportProduct } from "../../domain/report-products.js";
import { html, SafeHtml } from "../../domain/html.js";
import { fill, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

export const VERIFY_SCRIPT_PATH = "/portal/assets/verify.js";

/** The words the script writes, as JSON inside the page (`<` escaped: no early end of script). */
function wordsBlock(lang: PortalLanguage): SafeHtml {
  const json = JSON.stringify(PORTAL_WORDS[lang].verify).replace(/</g, "\\u003c");
  return new SafeHtml(`<script type="application/json" id="verify-words">${json}</script>`);
}

export function verifyBody(
  lang: PortalLanguage,
  origin: string,
  report: ReportProduct | null,
): SafeHtml {
  const w = PORTAL_WORDS[lang].verify;
  const sig = (ext: string) => report && `/api/v1/public/reports/${report.id}.${ext}.cfm-sig.json`;
  return html`<p>${w.intro}</p>
    ${
      report
        ? html`<p class="card">
            ${fill(w.forReport, { title: TITLES[report.kind][lang], reference: report.reference })}
          </p>`
        : ""
    }
    <noscript><p class="notice">${w.noScript}</p></noscript>
    <form
      id="verify-form"
      class="portal"
      hidden
      ${report ? html`data-sig-pdf="${sig("pdf")}" data-sig-html="${sig("html")}"` : ""}
    >
      <label for="v-file">${w.file}</label>
      <input type="file" id="v-file" name="file" accept=".pdf,.html,application/pdf,text/html" />
      <label for="v-signature">${report ? w.signatureOptional : w.signature}</label>
      <input type="file" id="v-signature" name="signature" accept=".json,application/json" />
      <button type="submit">${w.check}</button>
    </form>
    <div id="verify-result" aria-live="polite"></div>
    ${wordsBlock(lang)}
    <h2>cfm verify</h2>
    <p>${w.cli}</p>
    <pre class="command"><code>cfm verify FILE.pdf</code></pre>
    <p>${w.cliServer}</p>
    <pre class="command"><code>cfm verify FILE.pdf --server ${origin}</code></pre>
    <p>
      <a href="/portal/${lang}/reports">${w.reports}</a> ·
      <a href="/portal/${lang}/keys">${w.keys}</a>
    </p>`;
}
