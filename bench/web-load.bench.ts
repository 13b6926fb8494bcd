/**
 * Time from navigation to a usable dashboard and to a usable map, in headless Chromium (Debian's
 * build), with 100,000 incidents in the database, next to the same pages with 100 incidents in the
 * same run. Aim: under 2 s, and at most 1.5 times the small case.
 *
 * "Usable" is what the page itself declares when its data is in and drawn: the dashboard sets
 * `data-state="ready"` on `[data-testid=dashboard]`, the map on `[data-testid=incident-map]` once
 * MapLibre is idle with the incidents drawn. The pages are served by the real app (web/dist,
 * built first when missing) on a scratch PGlite database filled directly with SQL.
 *
 * BENCH_WEB_INCIDENTS (default 100000) and BENCH_WEB_ROUNDS (default 5) size the run; the small
 * and the large case take turns, and each figure is the median of its rounds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { chromium, type Browser } from "playwright-core";
import { libyaGeography } from "../src/demo/geo/libya-geo.js";
import { demoProfile } from "../src/demo/parties.js";
import { initMission } from "../src/services/mission.js";
import { ensureSigningKey } from "../src/services/signing-keys.js";
import { fileKeyStore } from "../src/store/key-store.js";
import type { Actor } from "../src/domain/roles.js";
import { buildApp } from "../src/http/app.js";
import type { Deps } from "../src/services/deps.js";
import { createUser } from "../src/services/users.js";
import { openDatabase, type Database } from "../src/store/database.js";
import { fileEvidenceStore } from "../src/store/evidence-store.js";
import { refreshAllIncidentVisibility } from "../src/store/incidents-repo.js";
import { migrate } from "../src/store/migrate.js";
import { relativeTo, type ResultRow } from "./report.js";
import { positiveInt } from "./scratch.js";

const LARGE = positiveInt("BENCH_WEB_INCIDENTS", 100_000);
const SMALL = 100;
const ROUNDS = positiveInt("BENCH_WEB_ROUNDS", 5);
const CHROMIUM = process.env.CFM_CHROMIUM ?? "/usr/bin/chromium";
const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const SYSTEM: Actor = { kind: "system", name: "bench" };
const PASSWORD = "long bench pass phrase for the mission";

interface Site {
  base: string;
  token: string;
  close(): Promise<void>;
}

export async function run(): Promise<ResultRow[]> {
  if (!existsSync(join(REPO, "web/dist/index.html"))) {
    execFileSync("npm", ["run", "build:web"], { cwd: REPO, stdio: "inherit" });
  }
  const small = await openSite(SMALL);
  const large = await openSite(LARGE);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--enable-unsafe-swiftshader",
    ],
  });
  try {
    const pages = [
      { name: "dashboard", path: "/dashboard", ready: "[data-testid=dashboard][data-state=ready]" },
      { name: "map", path: "/map", ready: "[data-testid=incident-map][data-state=ready]" },
    ];
    const times: Record<string, number[]> = {};
    for (const p of pages) {
      // One unmeasured visit each, so both cases start with a warm server.
      await visit(browser, small, p.path, p.ready);
      await visit(browser, large, p.path, p.ready);
    }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const p of pages) {
        for (const [label, site] of [
          ["small", small],
          ["large", large],
        ] as const) {
          (times[`${p.name}:${label}`] ??= []).push(await visit(browser, site, p.path, p.ready));
        }
      }
      console.error(`   web-load: round ${round}/${ROUNDS} done`);
    }
    const rows: ResultRow[] = [];
    for (const p of pages) {
      const base = median(times[`${p.name}:small`]!);
      const big = median(times[`${p.name}:large`]!);
      rows.push(
        ...relativeTo(
          { figure: `${p.name}: navigation → usable, ${SMALL} incidents`, value: base, unit: "ms" },
          [
            {
              figure: `${p.name}: navigation → usable, ${LARGE.toLocaleString("en")} incidents`,
              value: big,
              unit: "ms",
              target: 1.5,
            },
          ],
        ),
      );
    }
    return rows;
  } finally {
    await browser.close();
    await small.close();
    await large.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Milliseconds from navigation start to the page declaring itself usable. */
async function visit(browser: Browser, site: Site, path: string, ready: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: "en-GB",
  });
  try {
    const url = new URL(site.base);
    await context.addCookies([
      { name: "cfm_session", value: site.token, domain: url.hostname, path: "/", httpOnly: true },
    ]);
    await context.addInitScript({ content: 'localStorage.setItem("cfm.language", "en");' });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(site.base + path);
    await page.locator(ready).waitFor({ timeout: 60_000 });
    return Date.now() - t0;
  } finally {
    await context.close();
  }
}

/** A scratch database with `incidents` incidents (and as many reports), served by the real app. */
async function openSite(incidents: number): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), "cfm-bench-web-"));
  let database: Database | undefined;
  try {
    database = await openDatabase({ engine: "pglite", dataDir: join(dir, "data") });
    await migrate(database.db);
    const deps: Deps = {
      db: database.db,
      clock: () => new Date("2020-12-31T12:00:00Z"),
      evidence: fileEvidenceStore(join(dir, "evidence")),
      keys: fileKeyStore(join(dir, "keys")),
      geography: libyaGeography,
      demoSecondFactorWaiver: true,
    };
    await initMission(deps, SYSTEM, demoProfile());
    await ensureSigningKey(deps, SYSTEM);
    const analyst = await createUser(deps, SYSTEM, {
      username: "analyst",
      displayName: "Analyst",
      role: "analyst",
      party: null,
      password: PASSWORD,
      // Logs in without a second factor under the demo waiver, as `npm start` does.
      isDemo: true,
    });
    const t0 = Date.now();
    await fill(deps, analyst.id, incidents);
    console.error(`   web-load: ${incidents} incidents filled in ${Date.now() - t0} ms`);
    const app = await buildApp(deps, {
      engine: "pglite",
      rateLimits: { loginPerMinute: 1000, publicReportsPerHour: 1000 },
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "analyst", password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const { token } = (await res.json()) as { token: string };
    const db = database;
    return {
      base,
      token,
      async close() {
        await app.close();
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Incidents, each with one report and, for most, a finding, spread over 2020 and over the
 * Tripoli and Sirte fronts. Straight SQL: this is load, not a scenario (no audit entries).
 */
async function fill(deps: Deps, userId: string, n: number): Promise<void> {
  await sql`
    INSERT INTO incidents (id, reference, state, title, category, occurred_from, occurred_to,
      lat, lon, concerned_parties, created_by, created_at, updated_at)
    SELECT gen_random_uuid(), 'B-' || lpad(i::text, 7, '0'),
      (ARRAY['received','triaged','under_verification','assessed','published','closed'])[1 + i % 6],
      'Bench incident ' || i,
      (ARRAY['A1','A2','A3','A5','B1','C1'])[1 + i % 6],
      t, t + interval '2 hours',
      CASE WHEN i % 2 = 0 THEN 32.70 + (i % 997) / 4000.0 ELSE 31.00 + (i % 991) / 2000.0 END,
      CASE WHEN i % 2 = 0 THEN 13.05 + (i % 983) / 2500.0 ELSE 16.30 + (i % 977) / 1500.0 END,
      ARRAY['GNA','LNA'], ${userId}, t, t
    FROM (SELECT i, timestamptz '2020-01-12' + (i % 354) * interval '1 day'
            + (i % 24) * interval '1 hour' AS t
          FROM generate_series(1, ${n}) AS i) s`.execute(deps.db);
  await sql`
    INSERT INTO reports (id, tracking_id, source_kind, submitted_by, received_at, occurred_from,
      occurred_to, lat, lon, category, description, language, status, incident_id)
    SELECT gen_random_uuid(), 'RB-' || lpad(row_number() OVER ()::text, 7, '0'), 'monitor',
      ${userId}, created_at, occurred_from, occurred_to, lat, lon, category,
      'Bench report for ' || reference, 'en', 'in_incident', id
    FROM incidents`.execute(deps.db);
  await sql`
    INSERT INTO findings (id, incident_id, version, outcome, verification_level,
      attribution_level, drafted_by, created_at)
    SELECT gen_random_uuid(), id, 1, 'violation_unattributed',
      (ARRAY['V0','V1','V2','V3'])[1 + abs(hashtext(reference)) % 4], 'undetermined',
      ${userId}, created_at
    FROM incidents WHERE state IN ('assessed','published','closed')`.execute(deps.db);
  // What the services keep on each incident for the access checks (its reports' parties and
  // release instants). VACUUM: the update's dead row versions would be autovacuum's to remove.
  await refreshAllIncidentVisibility(deps.db);
  await sql`VACUUM ANALYZE`.execute(deps.db);
}
