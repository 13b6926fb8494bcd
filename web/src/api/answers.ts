/**
 * Types of the API's answers, read off the generated description of the API (openapi.gen.ts,
 * made by `npm run openapi` from the server's own schemas): the browser writes none by hand.
 */
import type { paths } from "./openapi.gen.js";

/** The methods the API uses, as the description names them. */
type Method = "get" | "post" | "patch" | "delete";

/** A JSON body: plain JSON, or GeoJSON (the map views). */
type JsonOf<R> = R extends { content: { "application/json": infer B } }
  ? B
  : R extends { content: { "application/geo+json": infer B } }
    ? B
    : never;

/** The JSON body of the success answer (200, else 201; nothing for 204) of `method path`. */
export type Answer<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer A }
      ? JsonOf<A>
      : R extends { 204: unknown }
        ? undefined
        : never
  : never;

/** The JSON body `method path` takes. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;

/*
 * The client's paths ("/incidents/i1", or the type of `/incidents/${id}`: `/incidents/${string}`)
 * are matched against the description's ("/api/v1/incidents/{id}") one segment at a time, a
 * `{param}` standing for exactly one segment: a pattern like `/incidents/${string}` would also
 * match "/incidents/i1/history" and give a nested path its parent's answer.
 */
type Segments<S extends string> = S extends `${infer H}/${infer T}` ? [H, ...Segments<T>] : [S];

/** A segment of unknown text (`${string}`) fits only a `{param}`, never a fixed word. */
type SegmentFits<A extends string, P extends string> = P extends `{${string}}`
  ? true
  : string extends A
    ? false
    : A extends P
      ? true
      : false;

type SegmentsFit<A extends string[], P extends string[]> = A extends [
  infer a extends string,
  ...infer rest extends string[],
]
  ? P extends [infer p extends string, ...infer ps extends string[]]
    ? SegmentFits<a, p> extends true
      ? SegmentsFit<rest, ps>
      : false
    : false
  : P extends []
    ? true
    : false;

/**
 * The described path(s) that client path `S` (under /api/v1) names for `method`; never when none
 * does. A union of client paths (`/${"reports" | "incidents"}.geojson`) names each of its members.
 */
type Route<S extends string, M extends Method> = S extends string
  ? {
      [K in keyof paths]: SegmentsFit<Segments<`/api/v1${S}`>, Segments<K>> extends true
        ? paths[K][M] extends { responses: unknown }
          ? K
          : never
        : never;
    }[keyof paths]
  : never;

/**
 * A client path that `method` has, as a constraint of the path's own type (`P extends
 * ApiPath<P, "get">`): a path the description lacks fails to compile, saying which.
 */
export type ApiPath<P extends string, M extends Method> = [Route<P, M>] extends [never]
  ? `no such API path: ${P}`
  : string;

/** The answer to `method` on client path `P` (each one's, for a union of paths). */
export type AnswerAt<P extends string, M extends Method> = EachAnswer<Route<P, M>, M>;
type EachAnswer<K, M extends Method> = K extends keyof paths ? Answer<K, M> : never;

/** The JSON body `method` takes on client path `P` (never: it takes none). */
export type BodyAt<P extends string, M extends Method> = EachBody<Route<P, M>, M>;
type EachBody<K, M extends Method> = K extends keyof paths ? Body<K, M> : never;
