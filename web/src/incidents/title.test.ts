import { describe, expect, it } from "vitest";
import { incidentTitle, shortCategory } from "./title.js";
import type { GeoEvaluation } from "../api/geo-types.js";

const near = (distanceKm: number) =>
  ({
    nearestPlaces: [
      { placeId: "p", name: "Sirte", nameAr: "سرت", distanceKm, bearing: 0, compass: "N" },
    ],
    district: { id: "d", name: "Surt", nameAr: "سرت" },
  }) as unknown as GeoEvaluation;

const base = {
  title: "A3 Sirte power station",
  category: "A3" as const,
  occurredFrom: "2020-01-14T19:00:00Z",
};

describe("an incident's title in the interface language", () => {
  it("shows a typed title as typed, in either language", () => {
    const typed = { ...base, title: "Shelling of the port", titleGenerated: false };
    expect(incidentTitle(typed, "ar")).toBe("Shelling of the port");
    expect(incidentTitle(typed, "en")).toBe("Shelling of the port");
  });

  it("composes a made-up title from category, nearest place and day, in each language", () => {
    const made = { ...base, titleGenerated: true, geo: near(2) };
    expect(incidentTitle(made, "en")).toBe("Indirect fire near Sirte, 14 Jan 2020");
    const ar = incidentTitle(made, "ar");
    expect(ar).toContain("قصف غير مباشر قرب سرت، ");
    expect(ar).not.toMatch(/[A-Za-z]/);
  });

  it("falls back to the district, then to the place as typed, when no place is near", () => {
    expect(incidentTitle({ ...base, titleGenerated: true, geo: near(40) }, "en")).toBe(
      "Indirect fire near Surt, 14 Jan 2020",
    );
    expect(incidentTitle({ ...base, titleGenerated: true }, "en")).toBe(
      "Indirect fire near Sirte power station, 14 Jan 2020",
    );
    expect(incidentTitle({ ...base, title: "A3", titleGenerated: true }, "en")).toBe(
      "Indirect fire, 14 Jan 2020",
    );
  });

  it("cuts a category label at its first qualifier", () => {
    expect(shortCategory("A1", "en")).toBe("Exchange of fire");
    expect(shortCategory("A1", "ar")).toBe("تبادل إطلاق النار");
  });
});
