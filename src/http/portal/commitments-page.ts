/**
 * The portal's page of the agreement's commitments (decision 0015, "The public board"): per party
 * and per clause how many are due, met, late and disputed, then the public commitments with their
 * status and deadline — all as the register stood at the board's instant (the mission's release
 * rules), read through the same services as GET /public/commitments/scoreboard and
 * GET /public/commitments.
 */
import { textFor } from "../../domain/bilingual.js";
import { COMMITMENT_STATUS_LABELS } from "../../domain/labels.js";
import { formatDay, formatInstant } from "../../domain/zoned-format.js";
import { html, type SafeHtml } from "../../domain/html.js";
import type { publicCommitmentScoreboard } from "../../services/public-commitments.js";
import type { PublicCommitment } from "../../services/public-commitments.js";
import { fill, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

type Board = Awaited<ReturnType<typeof publicCommitmentScoreboard>>;
type Score = Board["all"];

export interface CommitmentsView {
  lang: PortalLanguage;
  timeZone: string;
  parties: Record<string, { en: string; ar: string }>;
  /** Hours between the parties' having a change and the public's (0: at once). */
  delayHours: number;
  board: Board;
  page: { items: PublicCommitment[]; nextCursor: string | null };
  /** This page was reached through a cursor (so a link back to the first is useful). */
  paged: boolean;
}

/** A text in the reader's language, or in the other one marked as such. */
function shown(texts: { en: string; ar: string }, lang: PortalLanguage): SafeHtml {
  const t = textFor(texts, lang);
  if (!t) return html``;
  return t.fallback
    ? html`<span lang="${t.lang}" dir="${t.lang === "ar" ? "rtl" : "ltr"}">${t.text}</span>`
    : html`${t.text}`;
}

function scoreCells(r: Score): SafeHtml {
  return html`<td>${r.total}</td>
    <td>${r.due}</td>
    <td>${r.met}</td>
    <td${r.late > 0 ? html` class="late"` : ""}>${r.late}</td>
    <td>${r.disputed}</td>`;
}

function scoreHead(v: CommitmentsView, first: string): SafeHtml {
  const w = PORTAL_WORDS[v.lang].commitments;
  return html`<thead>
    <tr>
      <th scope="col">${first}</th>
      <th scope="col">${w.total}</th>
      <th scope="col">${w.due}</th>
      <th scope="col">${w.met}</th>
      <th scope="col">${w.late}</th>
      <th scope="col">${w.disputed}</th>
    </tr>
  </thead>`;
}

function byParty(v: CommitmentsView): SafeHtml {
  const w = PORTAL_WORDS[v.lang].commitments;
  return html`<table class="portal-table scores" id="by-party">
    ${scoreHead(v, w.party)}
    <tbody>
      ${v.board.byParty.map(
        (r) =>
          html`<tr data-party="${r.key}">
            <th scope="row">${v.parties[r.key] ? shown(v.parties[r.key]!, v.lang) : r.key}</th>
            ${scoreCells(r)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function byClause(v: CommitmentsView): SafeHtml {
  const w = PORTAL_WORDS[v.lang].commitments;
  const clauses = new Map(v.board.clauses.map((c) => [c.code, c]));
  return html`<table class="portal-table scores" id="by-clause">
    ${scoreHead(v, w.clause)}
    <tbody>
      ${v.board.byClause.map((r) => {
        const c = clauses.get(r.key);
        return html`<tr data-clause="${r.key}">
          <th scope="row">
            <span class="code">${r.key}</span>
            ${
              c
                ? html`<div class="muted">${shown(c.agreement, v.lang)}</div>
                    <details>
                      <summary>${w.wording}</summary>
                      <p>${shown(c.text, v.lang)}</p>
                    </details>`
                : ""
            }
          </th>
          ${scoreCells(r)}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The day a deadline (the end of its day in the mission's zone) falls on. */
function deadlineDay(at: Date | null, v: CommitmentsView): string {
  const w = PORTAL_WORDS[v.lang].commitments;
  return at ? formatDay(new Date(at.getTime() - 1), v.lang, v.timeZone) : w.noDeadline;
}

function list(v: CommitmentsView): SafeHtml {
  const w = PORTAL_WORDS[v.lang].commitments;
  const sep = v.lang === "ar" ? "، " : ", ";
  return html`<table class="portal-table" id="commitment-list">
      <thead>
        <tr>
          <th scope="col">${w.reference}</th>
          <th scope="col">${w.commitment}</th>
          <th scope="col">${w.parties}</th>
          <th scope="col">${w.clause}</th>
          <th scope="col">${w.deadline}</th>
          <th scope="col">${w.status}</th>
        </tr>
      </thead>
      <tbody>
        ${v.page.items.map(
          (c) =>
            html`<tr data-reference="${c.reference}" data-status="${c.status}">
              <td><span class="code">${c.reference}</span></td>
              <td>${shown(c.title, v.lang)}</td>
              <td>
                ${c.obligatedParties
                  .map((p) => textFor(v.parties[p] ?? { en: p, ar: p }, v.lang)?.text ?? p)
                  .join(sep)}
              </td>
              <td><span class="code">${c.provisionCode}</span></td>
              <td class="nowrap">${deadlineDay(c.deadlineAt, v)}</td>
              <td>
                ${COMMITMENT_STATUS_LABELS[c.status][v.lang]}
                ${c.disputed ? html`<div class="muted">${w.disputedMark}</div>` : ""}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      v.page.nextCursor
        ? html`<p>
            <a href="/portal/${v.lang}/commitments?cursor=${encodeURIComponent(v.page.nextCursor)}"
              >${w.more}</a
            >
          </p>`
        : ""
    }
    ${v.paged ? html`<p><a href="/portal/${v.lang}/commitments">${w.first}</a></p>` : ""}`;
}

export function commitmentsBody(v: CommitmentsView): SafeHtml {
  const w = PORTAL_WORDS[v.lang].commitments;
  const when = html`<p class="notice" id="as-of">
    ${fill(w.asOf, { at: formatInstant(v.board.asOf, v.lang, v.timeZone, "long") })}
    ${v.delayHours > 0 ? fill(w.delay, { hours: String(v.delayHours) }) : ""}
  </p>`;
  if (v.board.all.total === 0)
    return html`<p>${w.intro}</p>
      ${when}
      <p class="muted">${w.none}</p>`;
  return html`<p>${w.intro}</p>
    ${when}
    <h2>${w.byParty}</h2>
    ${byParty(v)}
    <h2>${w.byClause}</h2>
    ${byClause(v)}
    <p class="muted small">${w.legend}</p>
    <h2>${w.list}</h2>
    ${list(v)}`;
}
