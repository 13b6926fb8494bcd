/**
 * The client's answer types come from the path asked, matched against the API's description.
 * Most of this file is checked by the compiler (`tsc -p web`, part of `npm run check`), not run:
 * the `@ts-expect-error` lines fail the check if what they show ever compiles.
 */
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import type { AnswerAt } from "./answers.js";
import { api, get, post } from "./client.js";
import type { IncidentDetail, Report } from "./types.js";
import type { HistoryEntry } from "./workspace-types.js";

/** Never called: only their types matter. */
const asked = {
  incident: (id: string) => get(`/incidents/${id}`),
  history: (id: string) => get(`/incidents/${id}/history`),
  agreements: () => get("/agreements"),
  mapView: (dataset: "reports" | "incidents") => get(`/${dataset}.geojson`),
  transition: (id: string) => post(`/incidents/${id}/transitions`, { to: "closed" }),
  deletion: (id: string) => api("DELETE", `/auth/tokens/${id}`),
};

describe("the client's types", () => {
  it("a path with an id in it answers that record", () => {
    expectTypeOf(asked.incident).returns.resolves.toEqualTypeOf<IncidentDetail>();
    expectTypeOf(asked.transition).returns.resolves.toEqualTypeOf<IncidentDetail>();
  });

  it("a nested path answers its own answer, not its parent's", () => {
    expectTypeOf(asked.history).returns.resolves.toEqualTypeOf<{ items: HistoryEntry[] }>();
    expectTypeOf(asked.history).returns.resolves.not.toEqualTypeOf<IncidentDetail>();
  });

  it("a fixed path, a choice of paths and a deletion answer what the description says", () => {
    expectTypeOf(asked.agreements).returns.resolves.toEqualTypeOf<AnswerAt<"/agreements", "get">>();
    expectTypeOf(asked.mapView).returns.resolves.toEqualTypeOf<
      AnswerAt<"/reports.geojson", "get"> | AnswerAt<"/incidents.geojson", "get">
    >();
    // a 204: nothing
    expectTypeOf(asked.deletion).returns.resolves.toEqualTypeOf<undefined>();
  });

  it("a path, method or body the API lacks, or an answer named by hand, does not compile", () => {
    const refused = (id: string) => [
      // @ts-expect-error: no such path
      get("/incident"),
      // @ts-expect-error: no such path under an existing one
      get(`/incidents/${id}/nothing`),
      // @ts-expect-error: a path glued with + is a plain string, unchecked: write a template
      get("/incidents/" + id),
      // @ts-expect-error: the transitions are posted, not read
      get(`/incidents/${id}/transitions`),
      // @ts-expect-error: an answer type chosen by the caller
      get<Report>(`/incidents/${id}`),
      // @ts-expect-error: "verified" is not a state
      post(`/incidents/${id}/transitions`, { to: "verified" }),
    ];
    expectTypeOf(refused).toBeFunction();
  });
});

describe("the client at run time", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks the path it was given under /api/v1, with the query apart", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ items: [] }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const id = "i1";
    await get(`/incidents/${id}/history`, { query: { limit: 5 } });
    expect(fetch).toHaveBeenCalledWith("/api/v1/incidents/i1/history?limit=5", expect.anything());
  });

  it("keeps the request's id of a refusal, from its body or else its header", async () => {
    const fault = { error: { code: "internal_error", message: "x", requestId: "req-body-123" } };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify(fault), { status: 500 })),
    );
    await expect(get("/incidents/i1")).rejects.toMatchObject({
      status: 500,
      requestId: "req-body-123",
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response("<html>bad gateway</html>", {
            status: 502,
            headers: { "x-request-id": "req-header-456" },
          }),
      ),
    );
    await expect(get("/incidents/i1")).rejects.toMatchObject({ requestId: "req-header-456" });
  });
});
