import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { testApp } from "../../test/api.js";
import { describeEachEngine } from "../../test/db.js";
import { loginAll } from "../../test/fixtures.js";
import { buildScenario } from "../../test/route-rules.js";

describeEachEngine("probe", (ctx) => {
  let app: FastifyInstance;
  let token: string;
  beforeAll(async () => {
    const s = await buildScenario(ctx.deps);
    token = (await loginAll(ctx.deps, s.actors)).chief;
    app = await testApp(ctx);
  }, 240_000);
  it("finds 500s", async () => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const r of app.routeTable) {
      if (r.method === "HEAD" || r.url === "/*") continue;
      const key = `${r.method} ${r.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const urls = [
        r.url.replace(/:(\w+)/g, "x%00y"),
        r.url.replace(/:(\w+)/g, "00000000-0000-4000-8000-000000000000") + "?limit=abc&cursor=%ZZ&since=zz&from=bad&lang=zz",
      ];
      for (const url of urls) {
        for (const [ct, payload] of [
          ["application/json", "{bad"],
          ["application/json", JSON.stringify({ a: 1 })],
          ["multipart/form-data; boundary=zz", "--zz\r\nbroken"],
          ["application/x-www-form-urlencoded", "a=%ZZ&b"],
          ["text/plain", "hello"],
        ] as const) {
          for (const auth of [true, false]) {
            const res = await app.inject({
              method: r.method as "GET",
              url,
              headers: { "content-type": ct, ...(auth ? { authorization: `Bearer ${token}` } : {}) },
              ...(r.method === "GET" ? {} : { payload }),
            });
            if (res.statusCode >= 500)
              out.push(`${res.statusCode} ${r.method} ${url} ${ct} auth=${auth} ${res.body.slice(0, 160)}`);
          }
        }
      }
    }
    console.log([...new Set(out.map((o) => o.split(" ").slice(0, 3).join(" ") + " " + o.split(" ").slice(4).join(" ").slice(0, 200)))].join("\n"));
    expect(true).toBe(true);
  }, 600_000);
});
