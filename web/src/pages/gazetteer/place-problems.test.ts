import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { ar } from "../../i18n/ar.js";
import { en } from "../../i18n/en.js";
import { problemText } from "./place-problems.js";

const i18n = i18next.createInstance();
const repeated = {
  code: "id_repeated",
  params: { id: "osm:node/12", firstLine: 4 },
  message: "id osm:node/12 again (first on line 4)",
};

describe("a place file's problems in the interface language", () => {
  beforeAll(async () => {
    await i18n.init({
      lng: "ar",
      resources: { ar: { translation: ar }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
  });

  it("explains a code in Arabic, with the id isolated in the sentence", async () => {
    await i18n.changeLanguage("ar");
    expect(problemText(i18n, repeated)).toEqual({
      text: "المعرّف \u2068osm:node/12\u2069 مكرّر (ورد أولًا في السطر 4).",
      lang: null,
    });
  });

  it("explains the same code in English", async () => {
    await i18n.changeLanguage("en");
    expect(problemText(i18n, repeated).text).toBe(
      "The id \u2068osm:node/12\u2069 comes again (first on line 4).",
    );
  });

  it("shows the server's English, marked, for a code it does not know", async () => {
    await i18n.changeLanguage("ar");
    const unknown = { code: "something_new", params: {}, message: "Something new." };
    expect(problemText(i18n, unknown)).toEqual({ text: "Something new.", lang: "en" });
  });

  it("has a sentence for every code the server sends, in both languages", async () => {
    const { PLACE_PROBLEM_CODES } = await import("../../../../src/domain/geo/place-files.js");
    for (const code of PLACE_PROBLEM_CODES) {
      expect(Object.keys(en.gazetteer.import.codes)).toContain(code);
      expect(Object.keys(ar.gazetteer.import.codes)).toContain(code);
    }
  });
});
