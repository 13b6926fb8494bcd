/** The portal's receipt check: a form for the code, and the one status it opens. */
import { formatInstant } from "../../domain/zoned-format.js";
import type { ReceiptStatus } from "../../services/receipts.js";
import { html, type SafeHtml } from "../../domain/html.js";
import { fill, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

export function receiptFormBody(lang: PortalLanguage, code: string, problem?: string): SafeHtml {
  const w = PORTAL_WORDS[lang].receipt;
  return html`<p>${w.intro}</p>
    ${problem ? html`<p class="notice" role="alert">${problem}</p>` : ""}
    <form class="portal" method="post" action="/portal/${lang}/receipt">
      <label for="r-code">${w.code}</label>
      <input
        type="text"
        id="r-code"
        name="code"
        required
        maxlength="80"
        autocomplete="off"
        spellcheck="false"
        dir="ltr"
        value="${code}"
      />
      <button type="submit">${w.check}</button>
    </form>`;
}

export function receiptStatusBody(
  lang: PortalLanguage,
  s: ReceiptStatus,
  timeZone: string,
): SafeHtml {
  const w = PORTAL_WORDS[lang].receipt;
  const received = formatInstant(s.receivedAt, lang, timeZone, "long");
  return html`<div class="card" role="status">
    <h2>${fill(w.status, { tracking: s.trackingId })}</h2>
    <dl class="facts">
      <dt>${w.receivedAt}</dt>
      <dd>${received}</dd>
    </dl>
    <p>${w.state[s.state]}</p>
    ${
      s.publishedIncidentId
        ? html`<p>
            ${w.published}
            <a href="/portal/${lang}/findings/${s.publishedIncidentId}"
              >${PORTAL_WORDS[lang].nav.findings}</a
            >
          </p>`
        : ""
    }
  </div>`;
}
