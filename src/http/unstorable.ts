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

/** The path of the first string (or object key) the database could not store, if any. */
function unstorableField(value: unknown, path: string): string | null {
  if (typeof value === "string") return unstorable(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableField(item, `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (unstorable(key)) return at;
      const found = unstorableField(item, at);
      if (found) return found;
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
      const field = unstorableField(value, part);
      if (!field) continue;
      const name = field.slice(part.length + 1) || part;
      const message = "must be valid text without NUL characters or lone surrogate halves";
      throw new DomainError(
        "validation_failed",
        `The request ${part} is not valid: ${name}: ${message}`,
        {
          issues: [{ field: name, message }],
        },
      );
    }
  });
}
