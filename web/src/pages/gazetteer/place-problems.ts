/**
 * A problem of a place file, as the server names it (a stable code and its parameters), in the
 * interface language (docs/language.md §6). A code this interface does not know yet shows the
 * server's English, marked as such.
 */
import type { i18n as I18n } from "i18next";

export interface PlaceFileProblem {
  line: number | null;
  field?: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

const FSI = "\u2068";
const PDI = "\u2069";

export function problemText(
  i18n: Pick<I18n, "t" | "exists">,
  p: Pick<PlaceFileProblem, "code" | "params" | "message">,
): { text: string; lang: string | null } {
  const key = `gazetteer.import.codes.${p.code}`;
  if (!i18n.exists(key)) return { text: p.message, lang: "en" };
  // What a sentence names (an id, a file, a kind) is isolated, so that a Latin id keeps its
  // order inside an Arabic sentence.
  const params = Object.fromEntries(
    Object.entries(p.params).map(([k, v]) => [k, typeof v === "string" ? `${FSI}${v}${PDI}` : v]),
  );
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
  return { text: t(key, { ...params, interpolation: { escapeValue: false } }), lang: null };
}
