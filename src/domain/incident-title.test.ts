import { describe, expect, it } from "vitest";
import { incidentTitle, shortCategory } from "./incident-title.js";

const TZ = "Africa/Tripoli";
const near = (distanceKm: number) => ({
  nearestPlaces: [{ name: "Sirte", nameAr: "سرت", distanceKm }],
  district: { name: "Surt", nameAr: "سرت" },
});
const base = {
  title: "A3 Sirte power station",
  category: "A3" as const,
  // 21:30 UTC on the 13th is already the 14th in Libya (UTC+2).
  occurredFrom: "2020-01-13T22:30:00Z",
};

describe("an incident's title in a reader's language", () => {
  it("gives a typed title as typed", () => {
    const typed = { ...base, title: "Shelling of the port", titleGenerated: false };
    expect(incidentTitle(typed, "ar", TZ)).toBe("Shelling of the port");
  });

  it("composes a made-up title with the mission's day, Western digits in Arabic too", () => {
    const made = { ...base, titleGenerated: true, geo: near(2) };
    expect(incidentTitle(made, "en", TZ)).toBe("Indirect fire near Sirte, 14 Jan 2020");
    expect(incidentTitle(made, "ar", TZ)).toBe("قصف غير مباشر قرب سرت، 14 يناير 2020");
  });

  it("falls back to the district, then to the place as typed, then to no place", () => {
    expect(incidentTitle({ ...base, titleGenerated: true, geo: near(40) }, "en", TZ)).toBe(
      "Indirect fire near Surt, 14 Jan 2020",
    );
    expect(incidentTitle({ ...base, titleGenerated: true }, "ar", TZ)).toBe(
      "قصف غير مباشر قرب Sirte power station، 14 يناير 2020",
    );
    expect(incidentTitle({ ...base, title: "A3", titleGenerated: true }, "en", TZ)).toBe(
      "Indirect fire, 14 Jan 2020",
    );
  });

  it("cuts a category label at its first qualifier", () => {
    expect(shortCategory("A1", "en")).toBe("Exchange of fire");
    expect(shortCategory("A1", "ar")).toBe("تبادل إطلاق النار");
  });
});
