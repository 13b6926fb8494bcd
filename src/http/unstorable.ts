/**
 * Text the database cannot store — a NUL character, half of a surrogate pair — refused once for
 * every route, before its own schema: a 400 `validation_failed` naming the field, never a 500 from
 * the database. The request schemas' `storable()` says the same of their free-text fields; this
 * covers the fields and routes that do not use it (an id, a filter, a key), and those to come.
 */
import type { FastifyInstance } from "fastify";
import { DomainError } from "../domain/errors.js";
import { isStorable } from "./schemas/common.js";

const unstorable = (s: string) => !isStorable(s);

/** Deeper than any request the API takes (a GeoJSON geometry in a feature collection is 8). */
const MAX_DEPTH = 64;

type Found = { field: string; message: string };
const NOT_TEXT = "must be valid text without NUL characters or lone surrogate halves";

/**
 * The first string (or object key) the database could not store, or the first value nested
 * deeper than MAX_DEPTH, with its path. Walked with a stack of its own: a request nested ten
 * thousand deep is a 400, not a stack overflow.
 */
function unstorableField(root: unknown): Found | null {
  type Step = { value: unknown; path: string; depth: number };
  const stack: Step[] = [{ value: root, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (unstorable(value)) return { field: path, message: NOT_TEXT };
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH)
      return { field: path, message: `is nested more than ${MAX_DEPTH} levels deep` };
    const entries = Array.isArray(value)
      ? value.map((item, i) => [String(i), item] as const)
      : Object.entries(value);
    const at = (key: string) => (path ? `${path}.${key}` : key);
    if (!Array.isArray(value)) {
      const key = entries.find(([k]) => unstorable(k))?.[0];
      if (key !== undefined) return { field: at(key), message: NOT_TEXT };
    }
    // Pushed last first, so the first field is looked at first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      stack.push({ value: item, path: at(key), depth: depth + 1 });
    }
  }
  return null;
}

export function registerUnstorableGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (req) => {
    for (const [part, value] of [
      ["params", req.params],
      ["querystring", req.query],
      ["body", req.body],
    ] as const) {
      const found = unstorableField(value);
      if (!found) continue;
      const name = found.field || part;
      throw new DomainError(
        "validation_failed",
        `The request ${part} is not valid: ${name}: ${found.message}`,
        { issues: [{ field: name, message: found.message }] },
      );
    }
  });
}
