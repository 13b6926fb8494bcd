/**
 * Types of the API's answers, read off the generated description of the API (openapi.gen.ts,
 * made by `npm run openapi` from the server's own schemas): the browser writes none by hand.
 */
import type { paths } from "./openapi.gen.js";

/** A JSON body: plain JSON, or GeoJSON (the map views). */
type JsonOf<R> = R extends { content: { "application/json": infer B } }
  ? B
  : R extends { content: { "application/geo+json": infer B } }
    ? B
    : never;

/** The JSON body of the success answer (200, else 201) of `method path`. */
export type Answer<
  P extends keyof paths,
  M extends "get" | "post" | "delete",
> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer A }
      ? JsonOf<A>
      : never
  : never;

/** The JSON body `method path` takes. */
export type Body<P extends keyof paths, M extends "post" | "delete"> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;
