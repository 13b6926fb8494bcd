import { QueryObserver, type QueryClient } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api, get, post } from "./api/client.js";
import { createQueryClient, invalidateOnMutation } from "./query-client.js";
import { loadableOf } from "./use-api.js";

/** A server that answers reads, and changes with `status`; it counts the reads of each path. */
function fakeServer(status: number) {
  const reads = new Map<string, number>();
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      if (init.method === "GET") {
        reads.set(url, (reads.get(url) ?? 0) + 1);
        return new Response(JSON.stringify({ items: [] }), { status: 200 });
      }
      if (status === 204) return new Response(null, { status });
      return new Response(JSON.stringify(status < 400 ? { ok: true } : { error: { code: "x" } }), {
        status,
      });
    }),
  );
  return reads;
}

describe("the query cache after a change", () => {
  let client: QueryClient;
  let stop: () => void;
  beforeEach(() => {
    client = createQueryClient();
    stop = invalidateOnMutation(client);
  });
  afterEach(() => {
    stop();
    client.clear();
    vi.unstubAllGlobals();
  });

  /** One read on screen (observed) and one only cached, both loaded once. */
  async function twoReads() {
    const shown = new QueryObserver(client, {
      queryKey: ["incident", "i1"],
      queryFn: ({ signal }) => get("/incidents/i1", { signal }),
    });
    const unsubscribe = shown.subscribe(() => {});
    await client.prefetchQuery({
      queryKey: ["incidents", "pages", {}],
      queryFn: () => get("/incidents"),
    });
    await vi.waitFor(() => expect(shown.getCurrentResult().status).toBe("success"));
    return unsubscribe;
  }

  it("a change the server accepted marks every read stale and reads the one on screen again", async () => {
    const reads = fakeServer(200);
    const unsubscribe = await twoReads();
    await post("/incidents/i1/transitions", { to: "under_verification" });
    expect(client.getQueryState(["incidents", "pages", {}])?.isInvalidated).toBe(true);
    expect(client.getQueryState(["incident", "i1"])?.isInvalidated).toBe(true);
    await vi.waitFor(() => expect(reads.get("/api/v1/incidents/i1")).toBe(2));
    // not on screen: read again only when shown
    expect(reads.get("/api/v1/incidents")).toBe(1);
    unsubscribe();
  });

  it("so does a deletion answered 204", async () => {
    fakeServer(204);
    const unsubscribe = await twoReads();
    await api("DELETE", "/auth/tokens/t1");
    expect(client.getQueryState(["incidents", "pages", {}])?.isInvalidated).toBe(true);
    unsubscribe();
  });

  it("logging out reads nothing again (it would only be refused)", async () => {
    const reads = fakeServer(204);
    const unsubscribe = await twoReads();
    await post("/auth/logout");
    expect(client.getQueryState(["incident", "i1"])?.isInvalidated).toBe(false);
    expect(reads.get("/api/v1/incidents/i1")).toBe(1);
    unsubscribe();
  });

  it("the session is read again when the app asks, not after every change", async () => {
    fakeServer(200);
    const unsubscribe = await twoReads();
    await client.prefetchQuery({
      queryKey: ["session"],
      queryFn: () => get("/auth/session"),
      meta: { afterChange: "keep" },
    });
    await post("/incidents/i1/transitions", { to: "under_verification" });
    expect(client.getQueryState(["incident", "i1"])?.isInvalidated).toBe(true);
    expect(client.getQueryState(["session"])?.isInvalidated).toBe(false);
    unsubscribe();
  });

  it("a read or a refused change leaves the cache as it was", async () => {
    fakeServer(200);
    const unsubscribe = await twoReads();
    await get("/incidents/i2");
    expect(client.getQueryState(["incidents", "pages", {}])?.isInvalidated).toBe(false);
    unsubscribe();
    vi.unstubAllGlobals();
    fakeServer(409);
    await expect(post("/incidents/i1/transitions", { to: "closed" })).rejects.toThrow();
    expect(client.getQueryState(["incidents", "pages", {}])?.isInvalidated).toBe(false);
  });
});

describe("what a page sees of a read", () => {
  const base = { data: undefined, error: null, isFetching: false };
  it("loading at first, and again while trying after an error", () => {
    expect(loadableOf({ ...base, status: "pending", isFetching: true })).toEqual({
      state: "loading",
    });
    const error = new Error("refused");
    expect(loadableOf({ ...base, status: "error", error })).toEqual({ state: "error", error });
    expect(loadableOf({ ...base, status: "error", error, isFetching: true })).toEqual({
      state: "loading",
    });
  });

  it("keeps the data it has when reading again in the background fails", () => {
    expect(loadableOf({ ...base, data: [1], status: "error", error: new Error("x") })).toEqual({
      state: "ok",
      data: [1],
    });
  });
});
