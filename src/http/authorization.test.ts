/**
 * The authorization test that cannot forget a route. It enumerates every route the app registers
 * and needs a rule for each (test/route-rules.ts); a route without one fails. Then, for every
 * viewer (each role, each party's liaison, the public) it calls every route with every record
 * the route's parameters can name, and checks:
 *  - nothing answers 5xx;
 *  - a viewer outside the route's audience is refused (401/403/404), and a write by a viewer who
 *    may not see the record is refused and changes nothing (no audit entry);
 *  - a record the viewer may not see is answered exactly like a record that does not exist;
 *  - a record the viewer may see is answered 200 on reads;
 *  - no response (body, error message, count) contains a canary string or an id of a record
 *    the viewer may not see.
 * The visibility oracle (test/route-rules.ts `mayView`) is written from the access rules, not by
 * calling the services' scope functions.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../test/api.js";
import { describeEachEngine } from "../../test/db.js";
import { loginAll, TEST_USERS, type TestUserName } from "../../test/fixtures.js";
import {
  buildScenario,
  instantiate,
  mayView,
  ROUTE_RULES,
  VIEWERS,
  type RecordKey,
  type Scenario,
  type Viewer,
} from "../../test/route-rules.js";

describeEachEngine("authorization of every route, for every viewer", (ctx) => {
  let app: FastifyInstance;
  let scenario: Scenario;
  let tokens: Record<TestUserName, string>;

  beforeAll(async () => {
    scenario = await buildScenario(ctx.deps);
    tokens = await loginAll(ctx.deps, scenario.actors);
    app = await testApp(ctx);
    // The scenario releases two report products, each printed to PDF by Chromium.
  }, 240_000);

  const tokenOf = (v: Viewer) => (v === "public" ? undefined : tokens[v]);

  it("has a rule for every registered route", () => {
    // Outside /api/ is the web app: its files are public by design and hold no records.
    const missing = app.routeTable
      .filter((r) => r.method !== "HEAD" && r.url.startsWith("/api/"))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in ROUTE_RULES));
    expect(missing, "routes without an access rule in test/route-rules.ts").toEqual([]);
    const stale = Object.keys(ROUTE_RULES).filter(
      (key) => key !== "GET /*" && !app.routeTable.some((r) => `${r.method} ${r.url}` === key),
    );
    expect(stale, "rules for routes that no longer exist").toEqual([]);
  });

  it("answers every viewer on every route as the access rules say, and leaks nothing", async () => {
    const failures: string[] = [];
    const auditCount = async () =>
      Number(
        (
          await ctx.deps.db
            .selectFrom("audit_entries")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    for (const [key, rule] of Object.entries(ROUTE_RULES)) {
      const [method, path] = key.split(" ") as [string, string];
      if (rule.skip) continue;
      for (const viewer of VIEWERS) {
        const inAudience = rule.who(viewer);
        const forbidden = forbiddenStrings(scenario, viewer);
        for (const inst of instantiate(path, rule, scenario)) {
          const sees = rule.sees ?? mayView;
          const hidden = inst.records.filter((r) => !sees(viewer, r, scenario));
          const isWrite = method !== "GET";
          // Writes are exercised only where they must be refused: they would change the scenario.
          if (isWrite && inAudience && hidden.length === 0) continue;
          const before = isWrite ? await auditCount() : 0;
          const res = await call(app, method as "GET", inst.url, {
            token: tokenOf(viewer),
            ...(rule.body ? { body: rule.body(scenario) } : {}),
            ...(rule.headers ? { headers: rule.headers } : {}),
          });
          const where = `${viewer} ${method} ${inst.url} → ${res.status}`;
          if (res.status >= 500) failures.push(`${where}: server error`);
          const allowedHere = inAudience && hidden.length === 0;
          if (!allowedHere && ![401, 403, 404].includes(res.status))
            failures.push(`${where}: expected a refusal (401/403/404)`);
          if (allowedHere && !isWrite && !(rule.answers ?? [200]).includes(res.status))
            failures.push(`${where}: expected 200 for a record this viewer may see`);
          if (isWrite && (await auditCount()) !== before)
            failures.push(`${where}: a refused write wrote an audit entry`);
          // The caller named these ids itself; an error may echo them back.
          const named = new Set(inst.records.map((r) => scenario.ids[r]));
          for (const s of forbidden) {
            if (!named.has(s) && res.raw.includes(s))
              failures.push(`${where}: response contains "${s}", which this viewer may not see`);
          }
          // Hidden must look exactly like absent.
          if (hidden.length > 0 && inAudience) {
            const ghost = inst.records.reduce(
              (url, r) => url.replace(scenario.ids[r], randomUUID()),
              inst.url,
            );
            const absent = await call(app, method as "GET", ghost, {
              token: tokenOf(viewer),
              ...(rule.body ? { body: rule.body(scenario) } : {}),
              ...(rule.headers ? { headers: rule.headers } : {}),
            });
            if (absent.status !== res.status || shape(absent.body) !== shape(res.body))
              failures.push(
                `${where}: differs from a record that does not exist (${absent.status} ${JSON.stringify(absent.body)})`,
              );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

/** Canary strings and ids of every record this viewer may not see. */
function forbiddenStrings(s: Scenario, viewer: Viewer): string[] {
  const out: string[] = [];
  for (const r of Object.keys(s.ids) as RecordKey[]) {
    if (mayView(viewer, r, s)) continue;
    out.push(s.canaries[r]);
    // The auditor reads the audit log, which names every record by id; never its content. A
    // monitor's own report names the incident it went into, even one the monitor may not read.
    // The head of mission, the log's other reader, sees a delegation's note named there by id
    // (never its words: decision 0016).
    const logNamesIt = viewer === "chief" && (r === "nGna" || r === "nLna");
    if (viewer !== "auditor" && !(viewer === "monitor" && r === "iConf") && !logNamesIt)
      out.push(s.ids[r]);
  }
  return out;
}

/** An error body without the ids it names: its code and the words around them. */
function shape(body: unknown): string {
  return JSON.stringify(body ?? null).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    "<id>",
  );
}

it("lists every test user as a viewer", () => {
  expect(VIEWERS).toEqual([...Object.keys(TEST_USERS), "public"]);
});
