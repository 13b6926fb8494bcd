/** The portal's page frame: language and direction, the mission's name, navigation, footer. */
import type { Bilingual } from "../../domain/mission.js";
import { html, type SafeHtml } from "../../domain/html.js";
import { fill, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

export type PortalSection =
  | "home"
  | "findings"
  | "map"
  | "commitments"
  | "reports"
  | "report"
  | "receipt"
  | "keys"
  | "verify";

export interface PortalFrame {
  lang: PortalLanguage;
  mission: { name: Bilingual; timeZone: string };
  section: PortalSection;
  /** The page's path after `/portal/{lang}`, for the link to the same page in the other language. */
  path: string;
  title: string;
  body: SafeHtml;
  /** A module script of the portal's own (the signature check); the other pages have none. */
  script?: string;
}

const SECTIONS: { key: PortalSection; path: string }[] = [
  { key: "home", path: "" },
  { key: "findings", path: "/findings" },
  { key: "map", path: "/map" },
  { key: "commitments", path: "/commitments" },
  { key: "reports", path: "/reports" },
  { key: "report", path: "/report" },
  { key: "receipt", path: "/receipt" },
  { key: "keys", path: "/keys" },
  { key: "verify", path: "/verify" },
];

export function portalPage(f: PortalFrame): string {
  const w = PORTAL_WORDS[f.lang];
  const other: PortalLanguage = f.lang === "ar" ? "en" : "ar";
  const missionName = f.mission.name[f.lang] || f.mission.name.en;
  return `<!doctype html>\n${
    html`<html lang="${f.lang}" dir="${f.lang === "ar" ? "rtl" : "ltr"}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${f.title} — ${missionName}</title>
        <link rel="stylesheet" href="/portal/assets/portal.css" />
        <link rel="alternate" hreflang="${other}" href="/portal/${other}${f.path}" />
        ${f.script ? html`<script type="module" src="${f.script}"></script>` : ""}
      </head>
      <body>
        <a class="skip" href="#content">${w.skip}</a>
        <header class="portal">
          <div class="bar">
            <p class="mission">${missionName}<small>${w.portal}</small></p>
            <nav aria-label="${w.portal}">
              <ul>
                ${SECTIONS.map(
                  (s) =>
                    html`<li>
                      <a
                        href="/portal/${f.lang}${s.path}"
                        ${f.section === s.key ? html` aria-current="page"` : ""}
                        >${w.nav[s.key]}</a
                      >
                    </li>`,
                )}
                <li><a href="/">${w.nav.staff}</a></li>
              </ul>
            </nav>
            <a class="lang" lang="${other}" hreflang="${other}" href="/portal/${other}${f.path}"
              >${w.otherLanguage}</a
            >
          </div>
        </header>
        <main id="content">
          <h1>${f.title}</h1>
          ${f.body}
        </main>
        <footer class="portal"><p>${fill(w.footer, { zone: f.mission.timeZone })}</p></footer>
      </body>
    </html>`.text
  }\n`;
}
