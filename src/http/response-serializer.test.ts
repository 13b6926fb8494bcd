import { describe, expect, it } from "vitest";
import { z } from "zod";
import { droppedFields, responseSerializer } from "./response-serializer.js";

describe("the strict response serializer", () => {
  const schema = z.object({ a: z.string(), list: z.array(z.object({ b: z.number() })) });
  const route = { schema, method: "GET", url: "/x", httpStatus: "200" };

  it("names the fields a schema would drop, however deep", () => {
    expect(droppedFields({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 } })).toEqual([".b.d"]);
    expect(droppedFields({ l: [{ x: 1 }, { x: 1, y: 2 }] }, { l: [{ x: 1 }, { x: 1 }] })).toEqual([
      ".l[1].y",
    ]);
    expect(droppedFields({ a: undefined }, {})).toEqual([]);
  });

  it("refuses an answer with an undescribed field, where the lenient one drops it", () => {
    const data = { a: "x", list: [{ b: 1, secret: "s" }] };
    expect(responseSerializer(false)(route)(data)).toBe('{"a":"x","list":[{"b":1}]}');
    expect(() => responseSerializer(true)(route)(data)).toThrow(
      /does not name \.list\[0\]\.secret/,
    );
    expect(responseSerializer(true)(route)({ a: "x", list: [] })).toBe('{"a":"x","list":[]}');
  });
});
