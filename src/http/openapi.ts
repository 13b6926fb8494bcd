/** The OpenAPI document, generated from the same zod schemas that validate requests. */
import type { Deps } from "../services/deps.js";
import { buildApp } from "./app.js";

export async function openApiDocument(): Promise<unknown> {
  // Building the routes touches no dependency; none is needed to describe them.
  const app = await buildApp({} as Deps, { engine: "pglite" });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}

export const OPENAPI_PATH = "docs/openapi.json";

export function serialiseOpenApi(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
