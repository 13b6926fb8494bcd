/**
 * The portal's stylesheet, and its Arabic font: the web app's build already ships Noto Sans
 * Arabic (self-hosted, web/dist/assets); the portal points at those files rather than carry a
 * second copy. Without a build, the page falls back to the system's fonts and stays readable.
 */
import { readdirSync } from "node:fs";

/** The built font files for each weight, by name: `/assets/noto-sans-arabic-arabic-400-normal-…`. */
export function builtArabicFonts(webRoot: string): Map<number, string> {
  const fonts = new Map<number, string>();
  let names: string[] = [];
  try {
    names = readdirSync(`${webRoot}/assets`);
  } catch {
    return fonts;
  }
  for (const name of names) {
    const m = /^noto-sans-arabic-arabic-(\d{3})-normal-[\w-]+\.woff2$/.exec(name);
    if (m) fonts.set(Number(m[1]), `/assets/${name}`);
  }
  return fonts;
}

export function portalStylesheet(fonts: Map<number, string>): string {
  const faces = [...fonts]
    .map(
      ([weight, url]) =>
        `@font-face{font-family:"Noto Sans Arabic";font-style:normal;font-weight:${weight};font-display:swap;src:url(${url}) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF;}`,
    )
    .join("\n");
  return `${faces}
:root{--ink:#1d2733;--muted:#536170;--line:#d5dbe1;--accent:#0b5394;--bg:#f6f8fa;--warn:#8a4b00}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans Arabic",system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.55}
a{color:var(--accent)}
.skip{position:absolute;inset-inline-start:-999px}
.skip:focus{inset-inline-start:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header.portal{background:#fff;border-block-end:1px solid var(--line)}
header.portal .bar{max-width:60rem;margin:0 auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline}
header.portal .mission{font-weight:700;font-size:1.15rem;margin:0}
header.portal .mission small{display:block;font-weight:400;color:var(--muted);font-size:.85rem}
header.portal nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
header.portal nav a[aria-current=page]{font-weight:700;text-decoration:none;color:var(--ink)}
header.portal .lang{margin-inline-start:auto}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem;margin:.75rem 0}
.muted{color:var(--muted)}
.portal-table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
.portal-table th,.portal-table td{border:1px solid var(--line);padding:.35rem .5rem;text-align:start;vertical-align:top}
.portal-table code{font-size:.8rem}
.card>p:first-child{margin-top:0}
.card>p:last-child{margin-bottom:0}
.findings{list-style:none;padding:0;margin:0}
.findings li{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:.5rem 0}
.findings .meta{color:var(--muted);font-size:.9rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
code,.code{font-family:ui-monospace,Menlo,Consolas,monospace;direction:ltr;unicode-bidi:isolate;word-break:break-all}
.receipt-code{font-size:1.4rem;font-weight:700;letter-spacing:.05em;padding:.5rem .75rem;background:#fff;border:2px dashed var(--accent);display:inline-block}
form.portal label{display:block;font-weight:600;margin:.9rem 0 .25rem}
form.portal input[type=text],form.portal input[type=date],form.portal select,form.portal textarea{width:100%;max-width:36rem;font:inherit;padding:.45rem .5rem;border:1px solid #9aa6b2;border-radius:4px;background:#fff}
form.portal textarea{min-height:9rem}
form.portal button{margin-top:1rem;font:inherit;font-weight:600;padding:.55rem 1.2rem;background:var(--accent);color:#fff;border:0;border-radius:4px;cursor:pointer}
.hp{position:absolute;inset-inline-start:-9999px;width:1px;height:1px;overflow:hidden}
.notice{border-inline-start:4px solid var(--warn);background:#fff7e6;padding:.6rem .9rem;margin:.75rem 0}
.ok{border-inline-start:4px solid #2b7a3d;background:#eef8f0;padding:.6rem .9rem;margin:.75rem 0}
form.filters{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:flex-end;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.25rem 1rem .9rem}
form.filters input[type=date],form.filters select{width:auto;max-width:100%}
form.filters label{margin-top:.6rem}
form.filters button{margin-top:0}
form.portal input[type=file]{display:block;font:inherit;max-width:100%}
.portal-map{margin:1rem 0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem}
.portal-map svg{display:block;width:100%;height:auto;max-height:70vh}
.portal-map .outline{fill:#eef1f4;stroke:#7d8a97;stroke-width:1}
.portal-map .sector{fill:none;stroke:#b4bec8;stroke-width:.8;stroke-dasharray:3 3}
.portal-map .sector-name{font-size:11px;fill:#6b7785}
.portal-map .loc{fill:none;stroke:#b3261e;stroke-width:2.2}
.portal-map circle{stroke:#fff;stroke-width:1.2}
.portal-map .violation circle{fill:#b3261e}
.portal-map .incident circle{fill:#0b5394}
.portal-map .count{font-size:10px;font-weight:700;fill:#fff;pointer-events:none}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.5rem 0 0;padding:0;font-size:.9rem;color:var(--muted)}
.legend .key{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;vertical-align:middle;margin-inline-end:.35rem}
.legend .key.violation{background:#b3261e}
.legend .key.incident{background:#0b5394}
.legend .key.several{width:1.1rem;height:1.1rem;background:#536170}
.legend .key.line{width:1.4rem;height:0;border-radius:0;border-top:3px solid #b3261e}
.portal-table a.code,.portal-table .code{white-space:nowrap;word-break:normal}
nav.pages{display:flex;gap:1rem;margin:.75rem 0}
.scores th[scope=row]{font-weight:600}
.scores th[scope=row] .muted{font-weight:400;font-size:.85rem}
.scores td{text-align:center;font-variant-numeric:tabular-nums;width:6.5rem}
.scores td.late{color:#b3261e;font-weight:700}
.scores details{font-weight:400;font-size:.85rem}
.scores summary{cursor:pointer;color:var(--accent)}
.scores details p{margin:.25rem 0}
.portal-table .nowrap{white-space:nowrap}
.small{font-size:.85rem}
pre.command{background:#fff;border:1px solid var(--line);border-radius:4px;padding:.5rem .75rem;overflow-x:auto;direction:ltr;text-align:left}
ol.steps{background:#fff;border:1px solid var(--line);border-radius:6px;padding-block:.5rem;padding-inline:2rem 1rem}
ol.steps li{margin:.35rem 0}
ol.steps .verdict{font-weight:700}
ol.steps .step-ok .verdict{color:#2b7a3d}
ol.steps .step-failed .verdict{color:#b3261e}
ol.steps .step-failed .verdict::before{content:"✗ "}
ol.steps .step-ok .verdict::before{content:"✓ "}
[hidden]{display:none!important}
footer.portal{max-width:60rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
`;
}
