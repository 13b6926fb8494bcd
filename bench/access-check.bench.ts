/**
 * The cost of the per-record access checks (decision 0007) on the list endpoints: the same query
 * — same filters, page size 50 (51 rows asked, as the services do to know whether there is a
 * next page), first page and a deep page through the cursor, and the map's count and clusters —
 * for a party liaison (the full predicate), a monitor and a joint-commission member, against the
 * same query with the scope `{ kind: "all" }` (no access check) as the baseline, in the same run.
 * Aim: a checked query costs under 1.3 times its baseline.
 *
 * The repository functions the services call are timed, so the SQL measured is the app's; HTTP
 * figures (the lists, and the map as it is asked for, through app.inject) show whole requests.
 * The map's "count up to the limit" step is shown without an aim: its baseline stops at the
 * limit, so its ratio counts rows read, not the check. The cases take turns,
 * BENCH_ACCESS_ROUNDS times (default 30), so a change in the machine's load falls on all of
 * them; each figure is the median over the rounds.
 *
 * The data (BENCH_ACCESS_RECORDS reports and as many incidents, default 10000), inserted with SQL
 * but shaped as the services write it: party complaints from two liaisons of each party
 * (classification `parties`, concerned party = the submitting party; a few `internal` or
 * `confidential_source`), monitor, public and media reports (`internal`, a few `public`), a tenth
 * under an embargo (past or future); received over 2020. Incident j holds report j (a seventh of
 * the reports stay untriaged, so a seventh of the incidents hold none of the table's reports),
 * concerns the report's submitting and alleged parties, and is spread over the workflow: findings
 * from `assessed` on, reply windows, releases to the parties (and to the public when published
 * and classified public) with instants mostly past, some scheduled. PGlite always; PostgreSQL
 * too when BENCH_DATABASE_URL is set. BENCH_ACCESS_EXPLAIN=1 prints the liaison's query plans.
 */

import {
  CompiledQuery,
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";

import { demoProfile } from "../src/demo/parties.js";
import { initMission } from "../src/services/mission.js";
import type { BBox } from "../src/domain/geo/geojson.js";
import { cellDegrees, zoomForBBox } from "../src/domain/map-grid.js";
import type { Actor, Role } from "../src/domain/roles.js";
import { buildApp } from "../src/http/app.js";
import {
  incidentScopeFor,
  reportScopeFor,
  type IncidentScope,
  type ReportScope,
} from "../src/services/access.js";
import { createApiToken } from "../src/services/api-tokens.js";
import type { Db, Deps } from "../src/services/deps.js";
import { createUser } from "../src/services/users.js";
import { type Engine } from "../src/store/database.js";

import {
  incidentScopeFilter,
  listIncidentRows,
  refreshAllIncidentVisibility,
} from "../src/store/incidents-repo.js";
import {
  countIncidentsUpTo,
  countReportsUpTo,
  incidentCells,
  reportCells,
} from "../src/store/map-repo.js";

import { listReleaseRows } from "../src/store/releases-repo.js";
import { listReports, scopeFilter } from "../src/store/reports-repo.js";
import { MAX_POINTS } from "../src/services/map.js";
import { absolute, relativeTo, type Measurement, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const RECORDS = positiveInt("BENCH_ACCESS_RECORDS", 10_000);
const ROUNDS = positiveInt("BENCH_ACCESS_ROUNDS", 30);
const EXPLAIN = Boolean(process.env.BENCH_ACCESS_EXPLAIN);
const PAGE = 50;
/** A checked query should cost less than this many times its baseline. */
const AIM = 1.3;
const SYSTEM: Actor = { kind: "system", name: "bench" };
const PASSWORD = "bench access pass phrase";
const LIBYA: BBox = [9, 19, 26, 34];
/** Deep pages: the cursor of a row in the middle of the year, the same for every viewer. */
const MID_YEAR = new Date("2020-07-01T00:00:00Z");
const LAST_ID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

export async function run(): Promise<ResultRow[]> {
  const rows = await measure("pglite");
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres")));
  return rows;
}

async function measure(engine: Engine): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "access" });
  try {
    const users = await seed(scratch.deps);
    const t0 = performance.now();
    await fill(scratch.deps.db, users);
    console.error(
      `   ${engine}: ${RECORDS} reports and incidents in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    return await measureOn(engine, scratch.deps, users);
  } finally {
    await scratch.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Viewers and cases

type UserActor = Extract<Actor, { kind: "user" }>;

interface Users {
  analyst: UserActor;
  intake: UserActor;
  monitorA: UserActor;
  monitorB: UserActor;
  /** The liaison measured: GNA, files a tenth of the reports. */
  liaisonGna: UserActor;
  liaisonGnaB: UserActor;
  liaisonLna: UserActor;
  liaisonLnaB: UserActor;
  commission: UserActor;
}

/** A viewer: its scopes at `now`, or null where it reads no such records (403). */
interface Viewer {
  name: string;
  reports(now: Date): ReportScope | null;
  incidents(now: Date): IncidentScope | null;
}

const orNull = <T>(f: () => T): T | null => {
  try {
    return f();
  } catch {
    return null;
  }
};

function viewers(users: Users): { baseline: Viewer; checked: Viewer[] } {
  const of = (name: string, actor: UserActor): Viewer => ({
    name,
    reports: (now) => orNull(() => reportScopeFor(actor, now)),
    incidents: (now) => orNull(() => incidentScopeFor(actor, now)),
  });
  return {
    baseline: {
      name: "no access check (baseline)",
      reports: () => ({ kind: "all" }),
      incidents: () => ({ kind: "all" }),
    },
    checked: [
      of("GNA liaison", users.liaisonGna),
      of("monitor", users.monitorA),
      of("commission", users.commission),
    ],
  };
}

/** One query of an endpoint, run under the scopes of a viewer at `now`. */
interface Endpoint {
  name: string;
  /** Null when the viewer may not use the endpoint. */
  query(db: Db, viewer: Viewer, now: Date): (() => Promise<unknown>) | null;
}

function endpoints(): Endpoint[] {
  const page = PAGE + 1;
  const libya = { bbox: LIBYA };
  const cellDeg = cellDegrees(zoomForBBox(LIBYA));
  const reports = (
    name: string,
    run: (db: Db, scope: ReportScope) => Promise<unknown>,
  ): Endpoint => ({
    name,
    query(db, viewer, now) {
      const scope = viewer.reports(now);
      return scope && (() => run(db, scope));
    },
  });
  const incidents = (
    name: string,
    run: (db: Db, scope: IncidentScope) => Promise<unknown>,
  ): Endpoint => ({
    name,
    query(db, viewer, now) {
      const scope = viewer.incidents(now);
      return scope && (() => run(db, scope));
    },
  });
  return [
    reports("GET /reports, first page", (db, s) => listReports(db, s, { limit: page })),
    reports("GET /reports, deep page (cursor)", (db, s) =>
      listReports(db, s, { limit: page, before: { receivedAt: MID_YEAR, id: LAST_ID } }),
    ),
    reports("GET /map/reports, count (whole Libya)", (db, s) =>
      countReportsUpTo(db, s, libya, MAX_POINTS + 1),
    ),
    reports("GET /map/reports, clusters (whole Libya)", (db, s) =>
      reportCells(db, s, libya, cellDeg),
    ),
    incidents("GET /incidents, first page", (db, s) => listIncidentRows(db, s, { limit: page })),
    incidents("GET /incidents, deep page (cursor)", (db, s) =>
      listIncidentRows(db, s, {
        limit: page,
        sort: "updated",
        after: { key: MID_YEAR, id: LAST_ID },
      }),
    ),
    incidents("GET /map/incidents, count (whole Libya)", (db, s) =>
      countIncidentsUpTo(db, s, libya, MAX_POINTS + 1),
    ),
    incidents("GET /map/incidents, clusters (whole Libya)", (db, s) =>
      incidentCells(db, s, libya, cellDeg),
    ),
    incidents("GET /releases, first page", (db, s) => listReleaseRows(db, s, { limit: page })),
    incidents("GET /releases, deep page (cursor)", (db, s) =>
      listReleaseRows(db, s, { limit: page, before: { releaseAt: MID_YEAR, id: LAST_ID } }),
    ),
  ];
}

interface Case {
  endpoint: string;
  viewer: string;
  /** The endpoint's baseline: the same query without an access check. */
  baseline: boolean;
  run: (now: Date) => Promise<unknown>;
  times: number[];
}

async function measureOn(engine: Engine, deps: Deps, users: Users): Promise<ResultRow[]> {
  const { baseline, checked } = viewers(users);
  const cases: Case[] = [];
  for (const ep of endpoints()) {
    for (const v of [baseline, ...checked]) {
      if (!ep.query(deps.db, v, new Date())) continue;
      cases.push({
        endpoint: ep.name,
        viewer: v.name,
        baseline: v === baseline,
        run: (now) => ep.query(deps.db, v, now)!(),
        times: [],
      });
    }
  }
  const http = await httpCases(engine, deps, users);
  cases.push(...http.cases);
  try {
    if (EXPLAIN) await explainAll(engine, deps.db, checked[0]!);
    const context = await visibleCounts(deps.db, [baseline, ...checked]);
    // Warm-up: once each, unmeasured (plans, caches, JIT).
    for (const c of cases) await c.run(new Date());
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order, so no case always runs right after the same other one.
      const order = cases.map((_, i) => cases[(i + round) % cases.length]!);
      for (const c of order) {
        const now = new Date();
        const t0 = performance.now();
        await c.run(now);
        c.times.push(performance.now() - t0);
      }
    }
    return [...tables(engine, cases), ...absolute(context.map(withEngine(engine)))];
  } finally {
    await http.close();
  }
}

const withEngine =
  (engine: Engine) =>
  (m: Measurement): Measurement => ({ ...m, figure: `${engine}: ${m.figure}` });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** One table section per endpoint: its baseline, then each viewer relative to it. */
function tables(engine: Engine, cases: Case[]): ResultRow[] {
  const rows: ResultRow[] = [];
  const over: string[] = [];
  for (const endpoint of [...new Set(cases.map((c) => c.endpoint))]) {
    const mine = cases.filter((c) => c.endpoint === endpoint);
    const base = mine.find((c) => c.baseline)!;
    const m = (c: Case): Measurement => ({
      figure: `${engine}: ${endpoint}: ${c.viewer}`,
      value: median(c.times),
      unit: "ms/query",
    });
    // A count up to the limit is a step of the map request, not a list: the baseline stops at
    // the limit, a scoped viewer reads on until it has found as many visible rows (or reads
    // all), so its ratio is rows read, not the cost of the check. Shown, with no aim; the whole
    // map request (HTTP …geojson) carries the aim.
    const aim = endpoint.includes(", count ") ? null : AIM;
    const section = relativeTo(
      m(base),
      mine.filter((c) => c !== base).map((c) => ({ ...m(c), target: aim })),
    );
    for (const r of section) if (aim && r.ratio !== null && r.ratio > aim) over.push(r.figure);
    rows.push(...section);
  }
  if (over.length > 0) console.log(`access-check: above ${AIM}x: ${over.join("; ")}`);
  return rows;
}

/** How many records each viewer may read (context for the ratios). */
async function visibleCounts(db: Db, vs: Viewer[]): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const now = new Date();
  for (const v of vs) {
    const rs = v.reports(now);
    if (rs) {
      const { n } = await db
        .selectFrom("reports")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where(scopeFilter(rs))
        .executeTakeFirstOrThrow();
      out.push({ figure: `reports visible to ${v.name}`, value: Number(n), unit: "reports" });
    }
    const is = v.incidents(now);
    if (is) {
      const { n } = await db
        .selectFrom("incidents")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where(incidentScopeFilter(is))
        .executeTakeFirstOrThrow();
      out.push({ figure: `incidents visible to ${v.name}`, value: Number(n), unit: "incidents" });
      const rows = await listReleaseRows(db, is, { limit: 1_000_000 });
      out.push({ figure: `releases visible to ${v.name}`, value: rows.length, unit: "releases" });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The whole request: GET /api/v1/reports?limit=50 through the app, an analyst (scope all) and
// the GNA liaison, each with an API token.

async function httpCases(
  engine: Engine,
  deps: Deps,
  users: Users,
): Promise<{ cases: Case[]; close(): Promise<void> }> {
  const app = await buildApp(deps, { engine });
  await app.ready();
  const token = async (actor: UserActor) =>
    (
      await createApiToken(deps, actor, {
        name: "bench",
        scopes: ["reports:read", "incidents:read"],
        expiresAt: new Date(Date.now() + 86_400_000),
      })
    ).token;
  const get = (bearer: string, url: string) => async () => {
    const res = await app.inject({
      method: "GET",
      url,
      headers: { authorization: `Bearer ${bearer}` },
    });
    if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
    return res.body;
  };
  const analyst = await token(users.analyst);
  const checked = [
    { name: "GNA liaison", bearer: await token(users.liaisonGna) },
    { name: "monitor", bearer: await token(users.monitorA) },
  ];
  const cases: Case[] = [];
  const libya = LIBYA.join(",");
  for (const [path, label] of [
    ["/api/v1/reports?limit=50", "HTTP GET /reports?limit=50, whole request"],
    ["/api/v1/incidents?limit=50", "HTTP GET /incidents?limit=50, whole request"],
    // The map as it is asked for: count up to the limit, then clusters or points.
    [`/api/v1/reports.geojson?bbox=${libya}`, "HTTP GET /reports.geojson (Libya), whole request"],
    [
      `/api/v1/incidents.geojson?bbox=${libya}`,
      "HTTP GET /incidents.geojson (Libya), whole request",
    ],
  ] as const) {
    cases.push({
      endpoint: label,
      viewer: "analyst, no access check (baseline)",
      baseline: true,
      run: get(analyst, path),
      times: [],
    });
    for (const v of checked) {
      cases.push({
        endpoint: label,
        viewer: v.name,
        baseline: false,
        run: get(v.bearer, path),
        times: [],
      });
    }
  }
  return { cases, close: () => app.close() };
}

// ---------------------------------------------------------------------------------------------
// EXPLAIN ANALYZE of the liaison's queries (BENCH_ACCESS_EXPLAIN=1): the repository functions run
// against a Kysely that records each query instead of answering it.

class Capture implements KyselyPlugin {
  nodes: RootOperationNode[] = [];
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(node);
    return node;
  }
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

async function explainAll(engine: Engine, db: Db, liaison: Viewer): Promise<void> {
  for (const ep of endpoints()) {
    const capture = new Capture();
    const q = ep.query(db.withPlugin(capture), liaison, new Date());
    if (!q) continue;
    await q();
    const node = capture.nodes.at(-1)!;
    const compiled = db.getExecutor().compileQuery(node, { queryId: "explain" });
    const { rows } = await db.executeQuery<{ "QUERY PLAN": string }>(
      CompiledQuery.raw(`EXPLAIN (ANALYZE, COSTS OFF) ${compiled.sql}`, [...compiled.parameters]),
    );
    console.error(`\n-- ${engine}: ${ep.name}, ${liaison.name}`);
    for (const r of rows) console.error(r["QUERY PLAN"]);
  }
}

// ---------------------------------------------------------------------------------------------
// Data

async function seed(deps: Deps): Promise<Users> {
  await initMission(deps, SYSTEM, demoProfile());
  const user = async (username: string, role: Role, party: string | null = null) => {
    const u = await createUser(deps, SYSTEM, {
      username,
      displayName: username,
      role,
      party,
      password: PASSWORD,
    });
    return { kind: "user" as const, userId: u.id, username, role, party };
  };
  return {
    analyst: await user("analyst", "analyst"),
    intake: await user("intake", "intake"),
    monitorA: await user("monitor-a", "monitor"),
    monitorB: await user("monitor-b", "monitor"),
    liaisonGna: await user("liaison-gna", "liaison", "GNA"),
    liaisonGnaB: await user("liaison-gna-b", "liaison", "GNA"),
    liaisonLna: await user("liaison-lna", "liaison", "LNA"),
    liaisonLnaB: await user("liaison-lna-b", "liaison", "LNA"),
    commission: await user("commission", "commission"),
  };
}

/**
 * The rows of both tables come from the same numbering g = 1…RECORDS, so that incident g and
 * report g agree: k = g % 10 is the kind of report (0: the measured GNA liaison's complaint,
 * 1–2 the other GNA liaison's, 3–5 LNA liaisons', 6–7 monitors', 8 the public form's, 9 media
 * filed by intake), h a pseudo-random percentile, s the incident's place in the workflow.
 */
function numbered(users: Users) {
  const yearSeconds = 366 * 86_400;
  return sql`SELECT g, g % 10 AS k, (g * 7919) % 100 AS h, (g * 37) % 20 AS s,
      timestamptz '2020-01-01 00:00:00+00'
        + ((g - 1) * ${yearSeconds / RECORDS}::float8) * interval '1 second' AS t,
      CASE WHEN g % 10 IN (0, 1, 2) THEN 'GNA' WHEN g % 10 IN (3, 4, 5) THEN 'LNA' END AS sp,
      CASE WHEN g % 10 IN (0, 1, 2) THEN 'LNA'
           WHEN g % 10 IN (3, 4, 5) THEN 'GNA'
           WHEN g % 10 IN (6, 7) THEN CASE WHEN g % 4 < 2 THEN 'GNA' ELSE 'LNA' END
           WHEN g % 10 = 8 AND g % 3 = 0 THEN 'LNA' END AS ap,
      CASE g % 10 WHEN 0 THEN ${users.liaisonGna.userId}::uuid
        WHEN 1 THEN ${users.liaisonGnaB.userId}::uuid WHEN 2 THEN ${users.liaisonGnaB.userId}::uuid
        WHEN 3 THEN ${users.liaisonLna.userId}::uuid WHEN 4 THEN ${users.liaisonLna.userId}::uuid
        WHEN 5 THEN ${users.liaisonLnaB.userId}::uuid
        WHEN 6 THEN ${users.monitorA.userId}::uuid WHEN 7 THEN ${users.monitorB.userId}::uuid
        WHEN 9 THEN ${users.intake.userId}::uuid END AS by,
      CASE WHEN g % 3 = 0 THEN 32.8 + ((g * 7907) % 1000 - 500) / 4000.0
           ELSE 20 + ((g * 7907) % 13000) / 1000.0 END AS lat,
      CASE WHEN g % 3 = 0 THEN 13.29 + ((g * 6007) % 1000 - 500) / 3300.0
           ELSE 10 + ((g * 6007) % 15000) / 1000.0 END AS lon,
      (ARRAY['A1','A2','A3','A4','A6','B1','D1'])[1 + g % 7] AS cat
    FROM generate_series(1, ${RECORDS}::int) g`;
}

const STATES = [
  "received",
  "triaged",
  "triaged",
  "de_escalation",
  "under_verification",
  "under_verification",
  "under_verification",
  "assessed",
  "assessed",
  "in_review",
  "right_of_reply",
  "right_of_reply",
  "endorsed",
  "published",
  "published",
  "restricted_release",
  "restricted_release",
  "follow_up",
  "closed",
  "closed",
];

async function fill(db: Db, users: Users): Promise<void> {
  const n = numbered(users);
  const states = sql.raw(`(ARRAY[${STATES.map((s) => `'${s}'`).join(",")}])[1 + n.s]`);
  const now = new Date();
  // Incidents first (reports point at them). Released: published, restricted release, follow-up,
  // and half the closed ones. Concerned parties: the report's submitting and alleged parties.
  await sql`INSERT INTO incidents (id, reference, state, title, category, occurred_from,
      occurred_to, lat, lon, concerned_parties, created_by, created_at, updated_at, released_at,
      classification, embargo_until)
    SELECT md5('inc' || x.g)::uuid, 'INC-B' || lpad(x.g::text, 6, '0'), x.state,
      x.cat || ' bench incident', x.cat, x.t - interval '2 days', x.t - interval '46 hours',
      x.lat, x.lon,
      ARRAY(SELECT DISTINCT p FROM unnest(ARRAY[x.sp, x.ap]) p WHERE p IS NOT NULL ORDER BY p),
      ${users.intake.userId}::uuid, x.t + interval '1 day',
      x.t + interval '1 day' + (x.h % 30) * interval '1 day', NULL,
      CASE WHEN x.released AND x.state = 'published' AND x.h < 30 THEN 'public'
           WHEN x.released AND x.h IN (95, 96) THEN 'internal'
           WHEN x.released THEN 'parties'
           WHEN x.h < 5 THEN 'internal' WHEN x.h < 7 THEN 'confidential_source'
           WHEN x.h = 7 THEN 'mandating_body' ELSE 'parties' END,
      CASE WHEN x.h BETWEEN 85 AND 89 THEN x.t + interval '10 days'
           WHEN x.h BETWEEN 90 AND 92 THEN ${now}::timestamptz + interval '30 days' END
    FROM (SELECT n.*, st.state,
            (st.state IN ('published', 'restricted_release', 'follow_up')
              OR (st.state = 'closed' AND n.g % 2 = 0)) AS released
          FROM (${n}) n CROSS JOIN LATERAL (SELECT ${states} AS state) st) x`.execute(db);

  // Reports: a seventh untriaged, the rest in incident g.
  await sql`INSERT INTO reports (id, tracking_id, source_kind, submitted_by, submitter_party,
      alleged_party, received_at, occurred_from, occurred_to, lat, lon, location_source, category,
      description, language, status, incident_id, triaged_by, triaged_at, classification,
      concerned_parties, embargo_until)
    SELECT md5('rep' || x.g)::uuid, 'B-' || lpad(x.g::text, 6, '0'),
      CASE WHEN x.k <= 5 THEN 'party_complaint' WHEN x.k <= 7 THEN 'monitor'
           WHEN x.k = 8 THEN 'public' ELSE 'media' END,
      x.by, x.sp, x.ap, x.t, x.t - interval '2 days', x.t - interval '46 hours', x.lat, x.lon,
      'reported', x.cat, 'bench report', CASE WHEN x.g % 2 = 0 THEN 'en' ELSE 'ar' END,
      CASE WHEN x.g % 7 = 0 THEN 'received' ELSE 'in_incident' END,
      CASE WHEN x.g % 7 <> 0 THEN md5('inc' || x.g)::uuid END,
      CASE WHEN x.g % 7 <> 0 THEN ${users.intake.userId}::uuid END,
      CASE WHEN x.g % 7 <> 0 THEN x.t + interval '1 day' END,
      CASE WHEN x.k <= 5 THEN CASE WHEN x.h < 4 THEN 'confidential_source'
                                   WHEN x.h < 8 THEN 'internal' ELSE 'parties' END
           WHEN x.k = 9 AND x.h < 10 THEN 'public'
           WHEN x.k IN (6, 8) AND x.h < 3 THEN 'confidential_source'
           ELSE 'internal' END,
      CASE WHEN x.sp IS NOT NULL THEN ARRAY[x.sp] ELSE '{}'::text[] END,
      CASE WHEN x.h BETWEEN 90 AND 94 THEN x.t + interval '5 days'
           WHEN x.h BETWEEN 95 AND 97 THEN ${now}::timestamptz + interval '20 days' END
    FROM (${n}) x`.execute(db);

  // Findings from `assessed` on (and on closed incidents that were released): version 1, and a
  // second version for a quarter; the incident's classification and parties.
  await sql`INSERT INTO findings (id, incident_id, version, outcome, verification_level,
      attribution_level, attributed_party, provisions, severity, standard_of_proof, source_grades,
      public_narrative, restricted_narrative, drafted_by, created_at, classification,
      concerned_parties, embargo_until)
    SELECT md5('fnd' || i.reference || '-' || v)::uuid, i.id, v,
      (ARRAY['violation_attributed','violation_unattributed','not_a_violation','unable_to_determine'])[1 + v % 4],
      (ARRAY['V0','V1','V2','V3'])[1 + (v + length(i.title)) % 4], 'assessed_likely',
      i.concerned_parties[1], '{}', 2, 'balance_of_probabilities', '[]',
      'Public narrative.', 'Restricted narrative.', ${users.analyst.userId}::uuid,
      i.created_at + v * interval '1 day', i.classification, i.concerned_parties, NULL
    FROM incidents i, generate_series(1, 2) v
    WHERE (i.state IN ('assessed','in_review','right_of_reply','endorsed','published',
                       'restricted_release','follow_up')
           OR (i.state = 'closed' AND i.reference ~ '[02468]$'))
      AND (v = 1 OR right(i.reference, 1) IN ('0', '4'))`.execute(db);

  // Releases of the latest finding: to the parties; published public incidents also to the
  // public. The instant: mostly when the case moved (2020), a tenth scheduled in the future;
  // never before the incident's embargo.
  await sql`INSERT INTO releases (id, incident_id, finding_id, finding_version, audience,
      release_at, content, content_hash, released_by, created_at)
    SELECT md5('rel' || i.reference || a.audience)::uuid, i.id, f.id, f.version, a.audience,
      GREATEST(CASE WHEN (x.h + a.n) % 10 = 0
                    THEN ${now}::timestamptz + (1 + x.h % 20) * interval '1 day'
                    ELSE i.updated_at END, i.embargo_until),
      jsonb_build_object('audience', a.audience, 'incident', i.reference),
      md5(i.reference || a.audience) || md5(a.audience || i.reference),
      ${users.analyst.userId}::uuid, i.updated_at
    FROM incidents i
    JOIN LATERAL (SELECT * FROM findings f WHERE f.incident_id = i.id
                  ORDER BY f.version DESC LIMIT 1) f ON true
    JOIN LATERAL (SELECT (substr(i.reference, 6)::int * 7919) % 100 AS h) x ON true
    JOIN LATERAL (VALUES ('parties', 0), ('public', 1)) a(audience, n)
      ON a.audience = 'parties' OR (i.state = 'published' AND i.classification = 'public')
    WHERE i.state IN ('published','restricted_release','follow_up','closed')`.execute(db);
  await sql`UPDATE incidents i SET released_at = r.first
    FROM (SELECT incident_id, min(release_at) AS first FROM releases GROUP BY incident_id) r
    WHERE r.incident_id = i.id`.execute(db);
  // What the services keep on each incident for the access checks: its reports' parties and its
  // first release instants per audience.
  await refreshAllIncidentVisibility(db);

  // Reply windows: every incident in the right of reply (a fifth still open now), and a third of
  // those that went on past it.
  await sql`INSERT INTO reply_windows (id, incident_id, finding_id, finding_version, opens_at,
      closes_at, opened_by)
    SELECT md5('win' || i.reference)::uuid, i.id, f.id, f.version, o.opens,
      o.opens + interval '72 hours', ${users.analyst.userId}::uuid
    FROM incidents i
    JOIN LATERAL (SELECT * FROM findings f WHERE f.incident_id = i.id
                  ORDER BY f.version DESC LIMIT 1) f ON true
    JOIN LATERAL (SELECT CASE WHEN i.state = 'right_of_reply' AND i.reference ~ '[05]$'
                              THEN ${now}::timestamptz - interval '1 day'
                              ELSE i.updated_at - interval '3 days' END AS opens) o ON true
    WHERE i.state = 'right_of_reply'
       OR (i.state IN ('endorsed','published','restricted_release','follow_up')
           AND i.reference ~ '[147]$')`.execute(db);

  // As autovacuum would leave it: the updates of incidents above leave dead row versions.
  await sql`VACUUM ANALYZE`.execute(db);
}

// ---------------------------------------------------------------------------------------------
