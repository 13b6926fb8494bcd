/**
 * What the OpenAPI document says beyond each route's own schemas: servers, licence, the two ways
 * to authenticate and which operations need them, operation ids, and the error answers (one JSON
 * shape, `{ error: { code, message, details?, requestId } }`, written by src/http/errors.ts).
 */
import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { ERROR_CODES } from "./errors.js";

type Transform = NonNullable<FastifyDynamicSwaggerOptions["transform"]>;
type Schema = ReturnType<typeof jsonSchemaTransform>["schema"] & {
  params?: unknown;
  querystring?: unknown;
  body?: unknown;
  response?: unknown;
  operationId?: string;
};

const ERROR_REF = { $ref: "#/components/schemas/Error" };

export const ERROR_SCHEMA: Record<string, unknown> = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: ERROR_CODES,
          description: "Stable: clients decide on it (the message may change)",
        },
        message: { type: "string", description: "For a person, in English" },
        details: { description: "What the code needs: the invalid fields, limits, …" },
        requestId: {
          type: "string",
          description:
            "The request's id, also in the X-Request-Id header and the server's log lines: quote it when reporting a problem",
        },
      },
    },
  },
};

const SIGNED_IN: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];
const SECURITY: Record<"none" | "optional", { [scheme: string]: string[] }[]> = {
  none: [{}],
  optional: [{}, ...SIGNED_IN],
};

/** `GET /api/v1/incidents/:id/history` → `getIncidentsIdHistory`. */
function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, "")
    .split(/[/.\-_]/)
    .filter(Boolean)
    .map((w) => w.replace(/^[:{]|}$/g, ""));
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ERROR_REF } } };
}

export const describeOperation: Transform = (args) => {
  const out = jsonSchemaTransform(args as Parameters<typeof jsonSchemaTransform>[0]) as {
    schema: Schema;
    url: string;
  };
  const { route } = args as { route: { method: string | string[]; config?: { auth?: string } } };
  const method = Array.isArray(route.method) ? route.method[0]! : route.method;
  if ((out.schema as { hide?: boolean }).hide) return out;
  const schema: Schema = { ...out.schema };
  const auth = route.config?.auth as "none" | "optional" | undefined;
  schema.operationId ??= operationIdOf(method, out.url);
  if (auth) schema.security = SECURITY[auth];
  const errors: Record<string, unknown> = {};
  if (schema.params || schema.querystring || schema.body)
    errors["400"] = errorResponse("The request is not valid (`validation_failed` and others)");
  if (!auth) errors["401"] = errorResponse("Not logged in, or the session or token has ended");
  if (auth !== "none") errors["403"] = errorResponse("This role or token may not do this");
  if (schema.params)
    errors["404"] = errorResponse("No such record, or not one this caller may see");
  if (method !== "GET") errors["409"] = errorResponse("The record's state does not allow this now");
  errors["429"] = errorResponse(
    "Too many requests (`rate_limited`, `account_locked`, `login_throttled`)",
  );
  errors["503"] = errorResponse(
    method === "GET"
      ? "The database is unavailable or too slow for a moment (`database_unavailable`, `database_timeout`); try again"
      : "The system is in read-only mode, or its database is unavailable for a moment (`read_only_mode`, `storage_read_only`, `database_unavailable`, `database_timeout`)",
  );
  if (method !== "GET")
    errors["507"] = errorResponse("The server's disk is full (`storage_full`); nothing was saved");
  if (out.url === "/api/v1/health/ready")
    errors["503"] = errorResponse("Not ready (`not_ready`): the database did not answer in time");
  const own = (schema.response ?? {}) as Record<string, unknown>;
  // Every route declares its success answer: the browser's types are generated from it.
  if (!Object.keys(own).some((code) => code.startsWith("2")))
    throw new Error(`${method} ${out.url} declares no success response schema`);
  schema.response = { ...errors, ...own };
  return { ...out, schema };
};
