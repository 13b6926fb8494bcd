import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, type TestUserName } from "../../../test/fixtures.js";
import type { Scenario } from "../../../test/route-rules.js";
import { buildScenario } from "../../../test/route-scenario.js";
import { runPendingJobs } from "../../services/jobs.js";
import { syncOpenDataFeed } from "../../services/open-data-feed.js";

/** A multipart/form-data body as a browser builds it: fields first, then the file. */
function form(fields: Record<string, string>, file: { name: string; data: string }) {
  const boundary = `----cfm${randomBytes(8).toString("hex")}`;
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.data}\r\n`,
  );
  return {
    body: Buffer.from(parts.join("") + `--${boundary}--\r\n`, "utf8"),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

const ACLED_FILE = [
  "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp",
  "LBY7001,2020-01-18,2020,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,434,Northern Africa,Libya,Tripoli,,,عين زارة,32.7761,13.2344,1,X,Local,Clashes.,0,,1579392000",
  "LBY7002,not a date,2020,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,434,Northern Africa,Libya,Tripoli,,,Tripoli,32.9,13.18,1,X,Local,Clashes.,0,,1579392000",
].join("\n");

describeEachEngine("open data over HTTP", (ctx) => {
  let app: FastifyInstance;
  let s: Scenario;
  let t: Record<TestUserName, string>;

  beforeAll(async () => {
    s = await buildScenario(ctx.deps);
    t = await loginAll(ctx.deps, s.actors);
    app = await testApp(ctx);
  }, 120_000);

  const get = (url: string, token?: string) => call(app, "GET", `/api/v1${url}`, { token });

  it("serves every format without login, holding the published incident and no other", async () => {
    const published = await ctx.deps.db
      .selectFrom("incidents")
      .select(["id", "reference"])
      .where("id", "=", s.ids.iRel)
      .executeTakeFirstOrThrow();
    const others = await ctx.deps.db
      .selectFrom("incidents")
      .select(["id", "reference"])
      .where("id", "<>", s.ids.iRel)
      .execute();
    for (const format of ["acled", "acled-legacy", "ucdp", "geojson", "hxl"]) {
      const res = await get(`/public/open-data/${format}`);
      expect(res.status).toBe(200);
      expect(res.headers["content-disposition"]).toContain(`open-data-${format}`);
      expect(res.raw).toContain(published.reference);
      for (const o of others) {
        expect(res.raw).not.toContain(o.reference);
        expect(res.raw).not.toContain(o.id);
      }
      for (const [key, canary] of Object.entries(s.canaries)) {
        if (key !== "iRel" && key !== "xRel") expect(res.raw).not.toContain(canary);
      }
    }
    const geo = JSON.parse((await get("/public/open-data/geojson")).raw) as {
      features: { id: string }[];
    };
    expect(geo.features.map((f) => f.id)).toEqual([s.ids.iRel]);
  });

  it("the changes feed names the published incident only, and pages with a cursor", async () => {
    await syncOpenDataFeed(ctx.deps); // the job loop's work
    const first = await get("/public/open-data/changes?limit=1");
    expect(first.status).toBe(200);
    expect(first.body.changes).toHaveLength(1);
    expect(first.body.changes[0]).toMatchObject({ change: "created", id: s.ids.iRel });
    expect(first.body.changes[0].record.reference).toBeTruthy();
    const next = await get(`/public/open-data/changes?since=${first.body.nextCursor}`);
    expect(next.body).toEqual({ changes: [], nextCursor: first.body.nextCursor });
    expect((await get("/public/open-data/changes?since=abc")).status).toBe(400);
  });

  it("an analyst uploads an ACLED file; the job reads it; progress and the refused row can be read", async () => {
    const { body, headers } = form(
      { dataset: "acled", target: "context" },
      { name: "acled.csv", data: ACLED_FILE },
    );
    const res = await call(app, "POST", "/api/v1/open-data/imports", {
      token: t.analyst,
      body,
      headers,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: "queued", dataset: "acled", fileName: "acled.csv" });
    // The scenario queued jobs of its own (notices): run them all.
    await runPendingJobs(ctx.deps, { limit: 1000 });
    const detail = await get(`/open-data/imports/${res.body.id}`, t.chief);
    expect(detail.status).toBe(200);
    expect(detail.body.import).toMatchObject({
      state: "done",
      layout: "acled",
      rowsRead: 2,
      imported: 1,
      refused: 1,
    });
    expect(detail.body.import.bytesRead).toBe(detail.body.import.fileBytes);
    expect(detail.body.problems).toEqual([
      { n: 1, row: 3, column: "event_date", reason: expect.stringContaining("not a date") },
    ]);
    const list = await get("/open-data/imports", t.analyst);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);

    // The context layer: the mission's case roles; never a party, the public or the auditor.
    const layer = await get("/context-events.geojson?bbox=9,19,26,34", t.intake);
    expect(layer.status).toBe(200);
    expect(layer.body.features).toHaveLength(1);
    expect(layer.body.features[0].properties).toMatchObject({
      eventId: "LBY7001",
      location: "عين زارة",
    });
    for (const who of ["liaisonGna", "liaisonLna", "commission", "auditor", "monitor"] as const) {
      expect((await get("/context-events.geojson", t[who])).status).toBe(403);
    }
    expect((await get("/context-events.geojson")).status).toBe(401);
    // Context events are not open data.
    expect((await get("/public/open-data/acled")).raw).not.toContain("LBY7001");
  });

  it("refuses an upload from a role that does not import, storing nothing", async () => {
    const before = await ctx.deps.db
      .selectFrom("data_imports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    for (const who of ["liaisonGna", "intake", "reviewer", "monitor"] as const) {
      const { body, headers } = form({ dataset: "acled" }, { name: "a.csv", data: ACLED_FILE });
      const res = await call(app, "POST", "/api/v1/open-data/imports", {
        token: t[who],
        body,
        headers,
      });
      expect(res.status).toBe(403);
    }
    const { body, headers } = form({ dataset: "nope" }, { name: "a.csv", data: ACLED_FILE });
    const bad = await call(app, "POST", "/api/v1/open-data/imports", {
      token: t.analyst,
      body,
      headers,
    });
    expect(bad.status).toBe(400);
    const after = await ctx.deps.db
      .selectFrom("data_imports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
