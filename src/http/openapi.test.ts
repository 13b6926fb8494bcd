import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WEB_TYPES_PATH, webApiTypes } from "../../scripts/web-api-types.js";
import { OPENAPI_PATH, openApiDocument, serialiseOpenApi } from "./openapi.js";

describe("OpenAPI document", () => {
  it("describes the success answer of every operation", async () => {
    const doc = (await openApiDocument()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const success = Object.entries(op.responses).filter(([code]) => code.startsWith("2"));
        expect(success.length, `${method} ${path}`).toBeGreaterThan(0);
        for (const [code, answer] of success) {
          // A body is described, unless the answer has none (204).
          if (code !== "204") expect(answer.content, `${method} ${path} ${code}`).toBeDefined();
        }
      }
    }
  });

  it("the committed docs/openapi.json matches the code (regenerate with `npm run openapi`)", async () => {
    const current = serialiseOpenApi(await openApiDocument());
    expect(readFileSync(OPENAPI_PATH, "utf8")).toBe(current);
  });

  it("the browser's generated API types match the document (regenerate with `npm run openapi`)", async () => {
    const generated = await webApiTypes(await openApiDocument());
    expect(readFileSync(WEB_TYPES_PATH, "utf8")).toBe(generated);
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
