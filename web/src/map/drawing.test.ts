import { describe, expect, it } from "vitest";
import {
  addPoint,
  canFinish,
  clear,
  drawingProblems,
  drawnGeometry,
  emptyDrawing,
  finish,
  movePoint,
  sketchOf,
  startPart,
  undo,
  type Drawing,
} from "./drawing.js";

const LIBYA = [9.3, 19.5, 25.2, 33.2];
const draw = (d: Drawing, ...points: [number, number][]) => points.reduce(addPoint, d);

describe("a line or zone drawn in the browser", () => {
  it("a line of contact is a line: two points at least, sent as a LineString", () => {
    let d = draw(emptyDrawing("line_of_contact"), [16.0, 31.0]);
    expect(d.shape).toBe("line");
    expect(canFinish(d)).toBe(false);
    expect(finish(d).done).toBe(false);
    d = finish(draw(d, [16.2, 31.05]));
    expect(drawnGeometry(d)).toEqual({
      type: "LineString",
      coordinates: [
        [16.0, 31.0],
        [16.2, 31.05],
      ],
    });
    // Finished: a click adds nothing until undo reopens it.
    expect(addPoint(d, [16.4, 31.0])).toBe(d);
    expect(drawingProblems(d, "line_of_contact", LIBYA)).toEqual([]);
  });

  it("a zone is closed: three points at least, its ring ending where it began", () => {
    let d = draw(emptyDrawing("buffer_zone"), [20.0, 24.0], [20.3, 24.0]);
    expect(d.shape).toBe("zone");
    expect(canFinish(d)).toBe(false);
    d = finish(draw(d, [20.3, 24.3]));
    expect(drawnGeometry(d)).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [20.0, 24.0],
          [20.3, 24.0],
          [20.3, 24.3],
          [20.0, 24.0],
        ],
      ],
    });
    expect(sketchOf(d)).toEqual(drawnGeometry(d));
  });

  it("undo reopens a finished drawing, then takes the last point away; clear empties it", () => {
    const done = finish(draw(emptyDrawing("road"), [13, 32], [13.1, 32.1], [13.2, 32.1]));
    const reopened = undo(done);
    expect(reopened).toMatchObject({ done: false, points: done.points });
    expect(undo(reopened).points).toEqual([
      [13, 32],
      [13.1, 32.1],
    ]);
    expect(undo(emptyDrawing("road")).points).toEqual([]);
    expect(clear(done)).toEqual(emptyDrawing("road"));
  });

  it("a point dragged moves in place; a double click adds one point, rounded to six decimals", () => {
    let d = draw(emptyDrawing("road"), [13.123456789, 32.0], [13.123456789, 32.0], [13.5, 32.5]);
    expect(d.points).toEqual([
      [13.123457, 32.0],
      [13.5, 32.5],
    ]);
    d = movePoint(d, 1, [13.6, 32.6]);
    expect(d.points[1]).toEqual([13.6, 32.6]);
    expect(movePoint(d, 5, [0, 0])).toBe(d);
  });

  it("is checked as the server checks it: outside the mission area, or a zone crossing itself", () => {
    const outside = finish(draw(emptyDrawing("line_of_contact"), [16, 31], [40, 31]));
    expect(drawingProblems(outside, "line_of_contact", LIBYA).map((i) => i.code)).toContain(
      "outside_area",
    );
    // A bow tie: its edges cross.
    const bowTie = finish(
      draw(emptyDrawing("buffer_zone"), [20, 24], [20.3, 24.3], [20.3, 24], [20, 24.3]),
    );
    expect(drawingProblems(bowTie, "buffer_zone", LIBYA).map((i) => i.code)).toContain(
      "self_intersection",
    );
    // Not finished: nothing to check yet.
    expect(drawingProblems(emptyDrawing("road"), "road", LIBYA)).toEqual([]);
  });

  it("a line in several parts is a MultiLineString; undo takes the parts back one by one", () => {
    const first = finish(draw(emptyDrawing("line_of_contact"), [16, 31], [16.2, 31.05]));
    // Not finished: no new part yet.
    expect(startPart(undo(first))).toEqual(undo(first));
    let d = startPart(first);
    expect(d).toMatchObject({ done: false, points: [], parts: [first.points] });
    // The finished part stays on the map while the next is drawn; nothing is sent until it is done.
    expect(sketchOf(d)).toEqual({
      type: "LineString",
      coordinates: [
        [16, 31],
        [16.2, 31.05],
      ],
    });
    expect(drawnGeometry(d)).toBeNull();
    d = draw(d, [16.4, 31.0], [16.6, 30.9]);
    expect(sketchOf(d)?.type).toBe("MultiLineString");
    d = finish(d);
    expect(drawnGeometry(d)).toEqual({
      type: "MultiLineString",
      coordinates: [
        [
          [16, 31],
          [16.2, 31.05],
        ],
        [
          [16.4, 31.0],
          [16.6, 30.9],
        ],
      ],
    });
    expect(drawingProblems(d, "line_of_contact", LIBYA)).toEqual([]);
    // Undo: reopen, take the points away, then the first part comes back finished as it was.
    const back = undo(undo(undo(undo(d))));
    expect(back).toEqual(first);
    expect(clear(d)).toEqual(emptyDrawing("line_of_contact"));
  });

  it("several zones make a MultiPolygon, each ring closed", () => {
    const one = finish(draw(emptyDrawing("buffer_zone"), [20, 24], [20.3, 24], [20.3, 24.3]));
    const d = finish(draw(startPart(one), [21, 24], [21.3, 24], [21.3, 24.3]));
    expect(drawnGeometry(d)).toEqual({
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [20, 24],
            [20.3, 24],
            [20.3, 24.3],
            [20, 24],
          ],
        ],
        [
          [
            [21, 24],
            [21.3, 24],
            [21.3, 24.3],
            [21, 24],
          ],
        ],
      ],
    });
    expect(drawingProblems(d, "buffer_zone", LIBYA)).toEqual([]);
  });
});
