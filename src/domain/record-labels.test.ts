import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "./arabic.js";
import { incidentReferenceOf, readRecordLabels, trackingIdOf } from "./record-labels.js";

const read = (q: string) => readRecordLabels(normalizeForSearch(q).split(" ").filter(Boolean));

describe("readRecordLabels", () => {
  it("reads a tracking id or reference in any case, with or without dash and leading zeros", () => {
    for (const q of ["R-000323", "r-000323", "R000323", "r 323", "R-323", "R-٠٠٠٣٢٣"]) {
      expect(read(q), q).toEqual({ labels: [{ type: "report", label: "R-000323" }], rest: [] });
    }
    for (const q of ["INC-00018", "inc-18", "Inc18", "inc 0018"]) {
      expect(read(q), q).toEqual({ labels: [{ type: "incident", label: "INC-00018" }], rest: [] });
    }
  });

  it("keeps the other words, and words that only look like a prefix", () => {
    expect(read("R-000323 Sirte")).toEqual({
      labels: [{ type: "report", label: "R-000323" }],
      rest: ["sirte"],
    });
    expect(read("r bridge 12")).toEqual({ labels: [], rest: ["r", "bridge", "12"] });
    expect(read("R-0")).toEqual({ labels: [], rest: ["r", "0"] });
    expect(read("rinc12 incx")).toEqual({ labels: [], rest: ["rinc12", "incx"] });
  });

  it("reads back every label it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        expect(read(trackingIdOf(n)).labels).toEqual([{ type: "report", label: trackingIdOf(n) }]);
        expect(read(incidentReferenceOf(n).toLowerCase()).labels).toEqual([
          { type: "incident", label: incidentReferenceOf(n) },
        ]);
      }),
    );
  });
});
