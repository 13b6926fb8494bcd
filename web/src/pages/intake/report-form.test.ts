import { beforeAll, describe, expect, it } from "vitest";
import { setMissionTimeZone } from "../../mission/mission-zone.js";
import type { Report } from "../../api/types.js";
import {
  emptyForm,
  fieldsOfRejection,
  fromDraft,
  fromReport,
  guessLanguage,
  toDraft,
} from "./report-form.js";

const filled = () => ({
  ...emptyForm("monitor", "ar"),
  occurredFrom: "2020-01-14T21:00",
  occurredTo: "2020-01-14T23:30",
  lat: "32.795",
  lon: "13.287",
  category: "A3" as const,
  description: "  سقوط ١٢ قذيفة هاون  ",
});

// The fixtures are the Libya demo's: times typed and shown in Tripoli (UTC+2).
beforeAll(() => setMissionTimeZone("Africa/Tripoli"));

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

describe("amending a filed report", () => {
  const filed: Report = {
    id: "r1",
    trackingId: "R-000001",
    version: 1,
    supersedesId: null,
    sourceKind: "party_complaint",
    submitterParty: "GNA",
    allegedParty: "LNA",
    receivedAt: "2020-01-15T08:00:00.000Z",
    occurredFrom: "2020-01-14T19:00:00.000Z",
    occurredTo: "2020-01-14T21:30:00.000Z",
    datePrecision: 1,
    location: { lat: 32.795, lon: 13.287 },
    wherePrecision: 1,
    placeName: "Ain Zara",
    category: "A3",
    description: "Shelling.",
    language: "en",
    counts: { explosions: 12 },
    status: "received",
    incidentId: null,
    isDemo: false,
    locationResolution: { status: "reported", candidates: [] },
    classification: "parties",
    concernedParties: ["GNA"],
    embargoUntil: null,
    geo: null,
    geoStatus: "evaluated",
  } as unknown as Report;

  it("opens the form on the report as filed, in Libya time, and sends it back unchanged", () => {
    const form = fromReport(filed);
    expect(form.occurredFrom).toBe("2020-01-14T21:00");
    expect(form.counts.explosions).toBe("12");
    expect(toDraft(form, { needsComplainingParty: false })).toEqual({
      draft: {
        sourceKind: "party_complaint",
        occurredFrom: filed.occurredFrom,
        occurredTo: filed.occurredTo,
        location: filed.location,
        wherePrecision: 1,
        placeName: "Ain Zara",
        category: "A3",
        description: "Shelling.",
        language: "en",
        counts: { explosions: 12 },
        allegedParty: "LNA",
      },
    });
  });

  it("does not take coordinates the server found from the place name as reported", () => {
    const form = fromReport({
      ...filed,
      wherePrecision: 3,
      locationResolution: { status: "gazetteer", candidates: [] },
    });
    expect([form.lat, form.lon, form.wherePrecision]).toEqual(["", "", ""]);
    expect(form.placeName).toBe("Ain Zara");
  });
});
