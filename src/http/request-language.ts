/**
 * The interface language a request asks for through its Accept-Language header: the first of
 * Arabic or English in the client's order of preference, else English (the server's own).
 */
import type { InterfaceLanguage } from "../domain/interface-language.js";

export function languageOfRequest(header: string | undefined): InterfaceLanguage {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return {
        primary: tag.trim().toLowerCase().split("-")[0],
        q: q ? Number(q.slice(2)) : 1,
        index,
      };
    })
    .filter((l) => (l.primary === "ar" || l.primary === "en") && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.primary as InterfaceLanguage | undefined) ?? "en";
}
