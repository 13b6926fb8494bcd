import { describe, expect, it } from "vitest";
import { findingNarratives, missingTranslations, scriptLanguage, textFor } from "./bilingual.js";

describe("text in two languages", () => {
  it("a reader gets their language's text, or the other one marked as a stand-in", () => {
    const both = { ar: "طرابلس", en: "Tripoli" };
    expect(textFor(both, "ar")).toEqual({ text: "طرابلس", lang: "ar", fallback: false });
    expect(textFor({ ar: "  ", en: "Tripoli" }, "ar")).toEqual({
      text: "Tripoli",
      lang: "en",
      fallback: true,
    });
    expect(textFor({ ar: "طرابلس", en: null }, "en")).toEqual({
      text: "طرابلس",
      lang: "ar",
      fallback: true,
    });
    expect(textFor({ ar: "", en: "" }, "en")).toBeNull();
  });

  it("a translation is missing only where the other language has text", () => {
    expect(missingTranslations({ ar: "", en: "Text" })).toEqual(["ar"]);
    expect(missingTranslations({ ar: "نص", en: "Text" })).toEqual([]);
    expect(missingTranslations({ ar: "", en: "" })).toEqual([]);
  });

  it("the language of an untagged text is the script of most of its letters", () => {
    expect(scriptLanguage("قصف بقذائف الهاون قرب LY-2020/2a")).toBe("ar");
    expect(scriptLanguage("Shelling near Ain Zara (عين زارة)")).toBe("en");
    expect(scriptLanguage("2020 — 12")).toBeNull();
  });
});

describe("a finding's narratives", () => {
  it("are read from the English and Arabic fields with the authoritative language", () => {
    expect(
      findingNarratives({
        publicNarrative: "Shelling.",
        restrictedNarrative: "Two sources.",
        publicNarrativeAr: "قصف.",
        restrictedNarrativeAr: "",
        authoritativeLanguage: "ar",
      }),
    ).toEqual({
      authoritative: "ar",
      public: { ar: "قصف.", en: "Shelling." },
      restricted: { ar: "", en: "Two sources." },
    });
  });

  it("a public release has no restricted narrative in either language", () => {
    const n = findingNarratives({
      publicNarrative: "Shelling.",
      publicNarrativeAr: "قصف.",
      authoritativeLanguage: "en",
    });
    expect(n.restricted).toBeUndefined();
  });

  it("a release frozen before narratives had two languages is read in the language of its letters", () => {
    expect(
      findingNarratives({ publicNarrative: "قصف قرب المدرسة.", restrictedNarrative: "" }),
    ).toEqual({
      authoritative: "ar",
      public: { ar: "قصف قرب المدرسة.", en: "" },
      restricted: { ar: "", en: "" },
    });
    expect(findingNarratives({ publicNarrative: "Shelling." }).public).toEqual({
      ar: "",
      en: "Shelling.",
    });
  });
});
