/**
 * The problems of an `invalid_geometry` answer in words a person reads, in the interface
 * language. The server names where each problem is in a small fixed English grammar
 * (src/domain/geo/validate-shape.ts: "coordinate 3 of ring 0 of polygon 2", "line 1", "the
 * line", "the geometry"), counting from 0; here that place is read back and said again counting
 * from 1, as a person counts ("point 4 of the outer edge of area 3"). The position at fault is
 * the [lon, lat] the message quotes after the place (or where two segments meet).
 */
import type { TFunction } from "i18next";
import { geometryTypesFor, type LayerKind } from "../../../../src/domain/geo/layers.js";

export interface GeometryIssueDetail {
  field?: string;
  code?: string;
  where?: string;
  path?: number[];
  message: string;
}

/** Where a problem is, as indexes from 0 (absent: not named). */
export interface IssuePlace {
  whole?: true;
  theLine?: true;
  line?: number;
  polygon?: number;
  ring?: number;
  coordinate?: number;
}

/** Reads the server's "coordinate 3 of ring 0 of polygon 2"; null when it is not that grammar. */
export function readPlace(where: string): IssuePlace | null {
  if (where === "the geometry" || where === "the coordinates") return { whole: true };
  const place: IssuePlace = {};
  for (const piece of where.split(" of ")) {
    if (piece === "the line") {
      place.theLine = true;
      continue;
    }
    const m = /^(coordinate|line|ring|polygon) (\d+)$/.exec(piece);
    if (!m) return null;
    place[m[1] as "coordinate" | "line" | "ring" | "polygon"] = Number(m[2]);
  }
  return place;
}

/** The place in words, counting from 1: "point 4 of the outer edge of area 3". */
function sayPlace(place: IssuePlace, t: TFunction<"translation">): string {
  if (place.whole) return t("geoProblems.place.whole");
  const pieces: string[] = [];
  if (place.coordinate !== undefined)
    pieces.push(t("geoProblems.place.point", { n: place.coordinate + 1 }));
  if (place.theLine) pieces.push(t("geoProblems.place.theLine"));
  if (place.line !== undefined) pieces.push(t("geoProblems.place.line", { n: place.line + 1 }));
  if (place.ring !== undefined) {
    pieces.push(
      place.ring === 0
        ? t("geoProblems.place.outerEdge")
        : t("geoProblems.place.hole", { n: place.ring }),
    );
  }
  if (place.polygon !== undefined)
    pieces.push(t("geoProblems.place.area", { n: place.polygon + 1 }));
  // "coordinate 3" alone is a point of the only line
  if (pieces.length === 1 && place.coordinate !== undefined)
    pieces.push(t("geoProblems.place.theLine"));
  return pieces.join(t("geoProblems.place.of"));
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[-+]?\d+)?`;
const PAIR = new RegExp(String.raw`\[(${NUMBER}), (${NUMBER})\]`, "i");

/** The [lon, lat] a message quotes for a point or a crossing, if any. */
export function positionIn(issue: GeometryIssueDetail): [number, number] | null {
  const text =
    issue.code === "self_intersection"
      ? (/ at (\[[^\]]+\])/.exec(issue.message)?.[1] ?? "")
      : issue.where && issue.message.startsWith(`${issue.where} [`)
        ? issue.message.slice(issue.where.length + 1)
        : "";
  const m = PAIR.exec(text);
  return m && text.startsWith(m[0]) ? [Number(m[1]), Number(m[2])] : null;
}

export interface SaidIssue {
  text: string;
  /** The point at fault, to show as longitude and latitude. */
  position: [number, number] | null;
  /** The server's own English sentence, for the technical details. */
  server: string;
}

/** One problem in the interface language; a code it does not know is said in the server's words. */
export function sayIssue(
  issue: GeometryIssueDetail,
  kind: LayerKind,
  t: TFunction<"translation">,
): SaidIssue {
  const server = issue.message;
  const plain = { text: server, position: null, server };
  const more = /^and (\d+) more coordinates with the same problem/.exec(server);
  if (more) return { ...plain, text: t("geoProblems.code.more", { count: Number(more[1]) }) };
  const place = issue.where ? readPlace(issue.where) : null;
  const where = place ? sayPlace(place, t) : null;
  const position = positionIn(issue);
  const said = (text: string) => ({ text: capitalise(text), position, server });
  switch (issue.code) {
    case "not_a_geometry":
      return said(t("geoProblems.code.not_a_geometry"));
    case "wrong_type": {
      const lines = geometryTypesFor(kind).includes("LineString");
      return said(
        t("geoProblems.code.wrong_type", {
          kind: t(`geoLayers.kind.${kind}`).toLowerCase(),
          takes: lines ? t("geoProblems.code.takesLines") : t("geoProblems.code.takesAreas"),
        }),
      );
    }
    case "looks_swapped":
      if (place?.whole) return said(t("geoProblems.code.looks_swapped_all"));
      return where ? said(t("geoProblems.code.looks_swapped", { where })) : plain;
    case "bad_structure":
    case "bad_coordinate":
    case "out_of_range":
    case "outside_area":
    case "too_few_positions":
    case "ring_not_closed":
    case "crosses_antimeridian":
    case "self_intersection":
      if (!where) return plain;
      return said(t(`geoProblems.code.${issue.code}` as never, { where }));
    default:
      return plain;
  }
}

/** An English sentence may start with "the line"; Arabic has no capitals, so this is a no-op there. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The issues of an `invalid_geometry` answer's details, or [] when it has none. */
export function issuesOf(details: unknown): GeometryIssueDetail[] {
  const issues = (details as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is GeometryIssueDetail =>
      typeof i === "object" &&
      i !== null &&
      typeof (i as { message?: unknown }).message === "string",
  );
}
