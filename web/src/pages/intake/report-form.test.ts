import { describe, expect, it } from "vitest";
import { emptyForm, fieldsOfRejection, fromDraft, guessLanguage, toDraft } from "./report-form.js";

const filled = () => ({
  ...emptyForm("monitor", "ar"),
  occurredFrom: "2020-01-14T21:00",
  occurredTo: "2020-01-14T23:30",
  lat: "32.795",
  lon: "13.287",
  category: "A3" as const,
  description: "  سقوط ١٢ قذيفة هاون  ",
});

describe("the intake form", () => {
  it("makes a report body with times in UTC and trimmed text", () => {
    const res = toDraft(
      { ...filled(), counts: { ...filled().counts, explosions: "١٢" } },
      {
        needsComplainingParty: false,
      },
    );
    expect(res).toEqual({
      draft: {
        sourceKind: "monitor",
        occurredFrom: "2020-01-14T19:00:00.000Z",
        occurredTo: "2020-01-14T21:30:00.000Z",
        location: { lat: 32.795, lon: 13.287 },
        category: "A3",
        description: "سقوط ١٢ قذيفة هاون",
        language: "ar",
        counts: { explosions: 12 },
      },
    });
  });

  it("names every missing piece", () => {
    const res = toDraft(emptyForm("party_complaint", "en"), { needsComplainingParty: true });
    expect("problems" in res && res.problems.map((p) => p.need)).toEqual([
      "from",
      "to",
      "where",
      "category",
      "description",
      "party",
    ]);
  });

  it("refuses a window that ends before it starts, and half a coordinate", () => {
    const res = toDraft(
      { ...filled(), occurredTo: "2020-01-14T20:00", lon: "" },
      { needsComplainingParty: false },
    );
    expect("problems" in res && res.problems.map((p) => p.need)).toEqual(["order", "coordinates"]);
  });

  it("gives a queued report back unchanged", () => {
    const res = toDraft(filled(), { needsComplainingParty: false });
    if (!("draft" in res)) throw new Error("expected a draft");
    expect(toDraft(fromDraft(res.draft), { needsComplainingParty: false })).toEqual(res);
  });

  it("guesses the language of a description from its script", () => {
    expect(guessLanguage("قصف على عين زارة")).toBe("ar");
    expect(guessLanguage("Shelling near Ain Zara")).toBe("en");
    expect(guessLanguage("12:30")).toBeNull();
  });

  it("points at the field a server refusal names", () => {
    expect(fieldsOfRejection({ field: "occurredTo" })).toEqual(["occurredTo"]);
    expect(fieldsOfRejection({ issues: [{ field: "location.lat" }] })).toEqual(["lat"]);
    expect(fieldsOfRejection(undefined)).toEqual([]);
  });
});
