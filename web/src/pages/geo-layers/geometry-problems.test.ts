import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { validateGeometry } from "../../../../src/domain/geo/validate.js";
import { ar } from "../../i18n/ar.js";
import { en } from "../../i18n/en.js";
import { positionIn, readPlace, sayIssue, type GeometryIssueDetail } from "./geometry-problems.js";

let tEn: TFunction<"translation">;
let tAr: TFunction<"translation">;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: "en",
    resources: { en: { translation: en }, ar: { translation: ar } },
    interpolation: { escapeValue: false },
  });
  tEn = i18n.getFixedT("en") as TFunction<"translation">;
  tAr = i18n.getFixedT("ar") as TFunction<"translation">;
});

/** The issues the domain's validator gives, as the server sends them. */
function issuesFor(geometry: unknown, kind: "line_of_contact" | "buffer_zone") {
  const v = validateGeometry(geometry, kind, { area: [9, 19, 26, 34] });
  if (v.ok) throw new Error("expected problems");
  return v.issues as GeometryIssueDetail[];
}

describe("geometry problems in words", () => {
  it("reads every place the server names", () => {
    expect(readPlace("the geometry")).toEqual({ whole: true });
    expect(readPlace("coordinate 3")).toEqual({ coordinate: 3 });
    expect(readPlace("coordinate 3 of line 1")).toEqual({ coordinate: 3, line: 1 });
    expect(readPlace("coordinate 0 of ring 1 of polygon 2")).toEqual({
      coordinate: 0,
      ring: 1,
      polygon: 2,
    });
    expect(readPlace("the line")).toEqual({ theLine: true });
    expect(readPlace("something else")).toBeNull();
  });

  it("says where a swapped point is, counting from 1, in English and Arabic", () => {
    const [issue] = issuesFor(
      {
        type: "LineString",
        coordinates: [
          [13.2, 32.9],
          [32.8, 13.4],
        ],
      },
      "line_of_contact",
    );
    expect(positionIn(issue!)).toEqual([32.8, 13.4]);
    const en = sayIssue(issue!, "line_of_contact", tEn);
    expect(en.text).toMatch(/^Point 2 of the line looks like latitude first/);
    expect(en.position).toEqual([32.8, 13.4]);
    expect(sayIssue(issue!, "line_of_contact", tAr).text).toContain("النقطة 2 من الخط");
  });

  it("says an open ring of an area and a crossing line, with where they are", () => {
    const [open] = issuesFor(
      {
        type: "Polygon",
        coordinates: [
          [
            [15, 30],
            [16, 30],
            [16, 31],
            [15, 31],
          ],
        ],
      },
      "buffer_zone",
    );
    expect(sayIssue(open!, "buffer_zone", tEn).text).toBe(
      "The outer edge is not closed: its last point must be the same as its first.",
    );
    const [crossing] = issuesFor(
      {
        type: "LineString",
        coordinates: [
          [15, 30],
          [16, 31],
          [16, 30],
          [15, 31],
        ],
      },
      "line_of_contact",
    );
    const said = sayIssue(crossing!, "line_of_contact", tEn);
    expect(said.text).toMatch(/^The line crosses or touches itself/);
    expect(said.position).toEqual([15.5, expect.closeTo(30.5, 2)]);
  });

  it("says a wrong shape for the layer's kind, and falls back to the server's words", () => {
    const [wrong] = issuesFor({ type: "Polygon", coordinates: [] }, "line_of_contact");
    expect(sayIssue(wrong!, "line_of_contact", tEn).text).toBe(
      "The shape is of the wrong type: a line of contact is drawn as a line (LineString or MultiLineString).",
    );
    const odd = { code: "new_code", where: "x", message: "something new" };
    expect(sayIssue(odd, "road", tAr).text).toBe("something new");
  });
});
