/**
 * The operations of `docs/openapi.json`, and values their schemas accept: fast-check arbitraries
 * built from the JSON Schemas (types, enums, patterns, formats, bounds, anyOf/oneOf), so that a
 * "valid" request passes validation and reaches the service behind the route.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The path template, e.g. /api/v1/reports/{id} */
  path: string;
  params: Parameter[];
  /** The JSON body's schema, if the operation takes one. */
  body: JsonSchema | null;
  /** Sent as multipart/form-data (an upload), which the document does not describe. */
  upload: boolean;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  summary?: string;
}

export function readOperations(file: string): Operation[] {
  const doc = JSON.parse(readFileSync(file, "utf8")) as {
    paths: Record<string, Record<string, RawOperation>>;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content["application/json"]?.schema ?? null,
        upload: /multipart|file upload/i.test(op.summary ?? ""),
      });
    }
  }
  return ops;
}

const DAY = 86_400_000;
const dateTime = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2027, 0, 1) })
  .map((t) => new Date(t).toISOString());
const words = fc.constantFrom(
  "shelling",
  "Ain Zara",
  "checkpoint",
  "قصف",
  "عين زارة",
  "اشتباكات قرب المطار",
  "drone",
  "Tripoli",
  "طرابلس",
  "convoy",
);
const prose = fc.array(words, { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));

function bounded(s: JsonSchema, arb: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 10_000;
  return arb.filter((x) => [...x].length >= min && [...x].length <= max);
}

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === "date-time") return dateTime;
  if (s.format === "uuid") return fc.uuid();
  if (s.format === "email") return fc.constantFrom("monitor@example.org", "x.y@mission.example");
  if (s.format === "uri")
    return fc.constantFrom("https://example.org/hook", "http://127.0.0.1:9/x");
  if (s.format === "date") {
    return fc
      .integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2027, 0, 1) / DAY })
      .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
  }
  if (s.pattern) {
    // The anchors are the whole string; fast-check generates strings the expression matches.
    return bounded(s, fc.stringMatching(new RegExp(s.pattern)));
  }
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 200, 200);
  return fc.oneof(
    bounded(s, prose),
    fc.string({ minLength: Math.max(min, 0), maxLength: Math.max(min, max) }),
  );
}

function numberOf(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exMin = typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum : undefined;
  const exMax = typeof s.exclusiveMaximum === "number" ? s.exclusiveMaximum : undefined;
  const min = s.minimum ?? (exMin !== undefined ? exMin + (integer ? 1 : 1e-6) : -1e6);
  const max = s.maximum ?? (exMax !== undefined ? exMax - (integer ? 1 : 1e-6) : 1e6);
  if (integer) {
    return fc.integer({
      min: Math.ceil(Math.max(min, -2_147_483_648)),
      max: Math.floor(Math.min(max, 2_147_483_647)),
    });
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectOf(s: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, v] of Object.entries(props)) model[k] = arbitraryOf(v, depth + 1);
  const required = (s.required ?? []).filter((k) => k in props);
  if (Object.keys(props).length === 0) {
    return s.additionalProperties && typeof s.additionalProperties === "object"
      ? fc.dictionary(
          fc.string({ minLength: 1, maxLength: 8 }),
          arbitraryOf(s.additionalProperties, depth + 1),
          { maxKeys: 3 },
        )
      : fc.constant({});
  }
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Values the schema accepts. */
export function arbitraryOf(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => arbitraryOf(a, depth + 1)));
  if (s.allOf && s.allOf.length > 0) return arbitraryOf(Object.assign({}, ...s.allOf), depth);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const arbs = types
    .filter((t) => t !== "null")
    .map((t): fc.Arbitrary<unknown> => {
      switch (t) {
        case "string":
          return stringOf(s);
        case "integer":
          return numberOf(s, true);
        case "number":
          return numberOf(s, false);
        case "boolean":
          return fc.boolean();
        case "array":
          return fc.array(s.items ? arbitraryOf(s.items, depth + 1) : fc.string(), {
            minLength: s.minItems ?? 0,
            maxLength: Math.min(s.maxItems ?? 4, Math.max(s.minItems ?? 0, depth > 2 ? 1 : 4)),
          });
        default:
          return objectOf(s, depth);
      }
    });
  if (types.includes("null") || s.nullable) arbs.push(fc.constant(null));
  if (arbs.length === 0) return s.properties ? objectOf(s, depth) : fc.jsonValue({ maxDepth: 2 });
  return arbs.length === 1 ? arbs[0]! : fc.oneof(...arbs);
}

/** Draws values one at a time from an arbitrary, a batch at a time. */
export function drawer<T>(arb: fc.Arbitrary<T>): () => T {
  let batch: T[] = [];
  return () => {
    if (batch.length === 0) batch = fc.sample(arb, 64);
    return batch.pop()!;
  };
}
