/**
 * The self-hosted Noto Sans Arabic (the web app's own font, @fontsource/noto-sans-arabic) as
 * @font-face rules with data URLs, for report products: the HTML and the PDF carry their font, so
 * neither a reader's browser nor the printer fetches anything.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const ARABIC =
  "U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC";
const LATIN =
  "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD";

const FACES = [
  { subset: "arabic", weight: 400, range: ARABIC },
  { subset: "arabic", weight: 700, range: ARABIC },
  { subset: "latin", weight: 400, range: LATIN },
  { subset: "latin", weight: 700, range: LATIN },
] as const;

let cached: Promise<string> | undefined;

/** The @font-face rules, read once per process. */
export function reportFontCss(): Promise<string> {
  cached ??= Promise.all(
    FACES.map(async (f) => {
      const file = require.resolve(
        `@fontsource/noto-sans-arabic/files/noto-sans-arabic-${f.subset}-${f.weight}-normal.woff2`,
      );
      const data = (await readFile(file)).toString("base64");
      return `@font-face { font-family: "Noto Sans Arabic"; font-style: normal; font-weight: ${f.weight}; font-display: swap; src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${f.range}; }`;
    }),
  ).then((rules) => rules.join("\n"));
  return cached;
}
