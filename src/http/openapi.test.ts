import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPENAPI_PATH, openApiDocument, serialiseOpenApi } from "./openapi.js";

describe("OpenAPI document", () => {
  it("the committed docs/openapi.json matches the code (regenerate with `npx cfm openapi`)", async () => {
    const current = serialiseOpenApi(await openApiDocument());
    expect(readFileSync(OPENAPI_PATH, "utf8")).toBe(current);
  });

  it("describes every route with its request schema", async () => {
    const doc = (await openApiDocument()) as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/reports",
        "/api/v1/incidents/{id}/transitions",
        "/api/v1/auth/login",
        "/api/v1/health",
      ]),
    );
    expect(doc.paths["/api/v1/reports"]!.post!.requestBody).toBeDefined();
  });
});
