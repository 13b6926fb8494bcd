/**
 * The authorization test that cannot forget a route. It enumerates every route the app registers
 * and needs a rule for each (test/route-rules.ts); a route without one fails. Then, for every
 * viewer (each role, each party's liaison and commission member, the commission's chair, the
 * public) it calls every route with every record the route's parameters can name, and checks:
 *  - nothing answers 5xx;
 *  - a viewer outside the route's audience is refused (401/403/404), and a write by a viewer who
 *    may not see the record, or may not write to it (the other party's), is refused and changes
 *    nothing (no audit entry);
 *  - a record the viewer may not see is answered exactly like a record that does not exist, to
 *    every logged-in viewer;
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
import { COMMISSION_USERS, loginUsers, TEST_USERS } from "../../test/fixtures.js";
import {
  instantiate,
  mayNameId,
  mayView,
  ROUTE_RULES,
  VIEWERS,
  type RecordKey,
  type Scenario,
  type Viewer,
} from "../../test/route-rules.js";
import { buildScenario } from "../../test/route-scenario.js";

describeEachEngine("authorization of every route, for every viewer", (ctx) => {
  let app: FastifyInstance;
  let scenario: Scenario;
  let tokens: Record<Exclude<Viewer, "public">, string>;

  beforeAll(async () => {
    scenario = await buildScenario(ctx.deps);
    tokens = await loginUsers(ctx.deps, scenario.actors);
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

    // What a viewer is answered for a record that exists nowhere, by request (the same for
    // every hidden record a request names, so asked once).
    const NOWHERE = randomUUID();
    const ghosts = new Map<string, Awaited<ReturnType<typeof call>>>();
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
          const mayWrite = inst.writes
            ? inst.writes(viewer)
            : (rule.writes?.(viewer, inst.records, scenario) ?? true);
          const allowedHere = inAudience && hidden.length === 0 && (!isWrite || mayWrite);
          // Writes are exercised only where they must be refused: they would change the scenario.
          if (isWrite && allowedHere) continue;
          const body = "body" in inst ? inst.body : rule.body?.(scenario);
          const before = isWrite ? await auditCount() : 0;
          const res = await call(app, method as "GET", inst.url, {
            token: tokenOf(viewer),
            ...(body !== undefined ? { body } : {}),
            ...(rule.headers ? { headers: rule.headers } : {}),
          });
          // A call's own body says which of the route's calls it was.
          const which = "body" in inst ? ` ${JSON.stringify(body)}` : "";
          const where = `${viewer} ${method} ${inst.url}${which} → ${res.status}`;
          if (res.status >= 500) failures.push(`${where}: server error`);
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
          // Hidden must look exactly like absent: the hidden records named (in the URL or the
          // body) replaced by ids that exist nowhere.
          if (hidden.length > 0 && viewer !== "public") {
            const ghostOf = (text: string) =>
              hidden.reduce((t, r) => t.replaceAll(scenario.ids[r], NOWHERE), text);
            const ghostBody = body === undefined ? undefined : ghostOf(JSON.stringify(body));
            const ghostKey = `${viewer} ${method} ${ghostOf(inst.url)} ${ghostBody ?? ""}`;
            if (!ghosts.has(ghostKey)) {
              ghosts.set(
                ghostKey,
                await call(app, method as "GET", ghostOf(inst.url), {
                  token: tokenOf(viewer),
                  ...(ghostBody !== undefined ? { body: JSON.parse(ghostBody) } : {}),
                  ...(rule.headers ? { headers: rule.headers } : {}),
                }),
              );
            }
            const absent = ghosts.get(ghostKey)!;
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

/**
 * Canary strings of every record this viewer may not see, and ids of those it may not even learn
 * the id of (`mayNameId`); a part of a record (minutes, a dissent's reason) has the id of the
 * record it is part of.
 */
function forbiddenStrings(s: Scenario, viewer: Viewer): string[] {
  const keys = Object.keys(s.ids) as RecordKey[];
  const named = new Set(keys.filter((r) => mayNameId(viewer, r, s)).map((r) => s.ids[r]));
  const out: string[] = [];
  for (const r of keys) {
    if (mayView(viewer, r, s)) continue;
    out.push(s.canaries[r]);
    if (!named.has(s.ids[r])) out.push(s.ids[r]);
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

it("lists every test user, the chair and the LNA's commission member as viewers", () => {
  expect(VIEWERS).toEqual([...Object.keys(TEST_USERS), ...Object.keys(COMMISSION_USERS), "public"]);
});
