import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { findingInput, reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import type { Actor } from "../domain/roles.js";
import type { CaseState } from "../domain/workflow.js";
import { appendAudit, listAudit } from "./audit-repo.js";
import { verifyAudit } from "./audit-verify.js";
import { addFinding } from "../services/findings.js";
import { createIncident } from "../services/incident-triage.js";
import { transitionIncident, type TransitionOptions } from "../services/incident-workflow.js";
import { createReport } from "../services/intake.js";
import { adoptTables, listMigrations, migrate, rehashTables } from "./migrate.js";

/** The real migrations plus one more, later than all of them. */
function migrationsWith(extra: string, name = "29991231T000000_test_extra.sql"): string {
  const dir = mkdtempSync(join(tmpdir(), "cfm-migrations-"));
  for (const m of listMigrations()) writeFileSync(join(dir, m.name), m.sql);
  writeFileSync(join(dir, name), extra);
  return dir;
}

it("reads the audited tables a migration names on its first line", () => {
  expect(rehashTables({ name: "x", sql: "-- cfm:rehash reports, incidents\nALTER …" })).toEqual([
    "reports",
    "incidents",
  ]);
  expect(rehashTables({ name: "x", sql: "ALTER TABLE reports …\n-- cfm:rehash reports" })).toEqual(
    [],
  );
  expect(() => rehashTables({ name: "x", sql: "-- cfm:rehash sessions" })).toThrow(
    /not an audited table/,
  );
  const adopting = listMigrations().find((m) => m.name === "20261206T050000_places_audited.sql");
  expect(adoptTables(adopting!)).toEqual(["places"]);
});

describeEachEngine("a migration that changes audited tables", (ctx) => {
  let actors: Actors;
  let tamperedIncident: string;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    const a = await createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA" }));
    const b = await createReport(ctx.deps, actors.liaisonLna, reportInput({ allegedParty: "GNA" }));
    await createIncident(ctx.deps, actors.intake, { reportIds: [a.report.id] });
    tamperedIncident = (await createIncident(ctx.deps, actors.intake, { reportIds: [b.report.id] }))
      .id;
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("a table made audited has its rows recorded as they are, in one migration.adopt entry", async () => {
    // A place written before places were audited (as the template's are, but with no entry).
    await sql`INSERT INTO places (id, name, name_ar, lat, lon, kind)
      VALUES ('osm:node/1', 'Test', 'تجربة', 31.2, 16.59, 'site')`.execute(ctx.deps.db);
    expect((await verifyAudit(ctx.deps.db)).problem?.reason).toMatch(/places:osm:node\/1 has no/);
    const name = "29991230T000000_test_adopt.sql";
    await migrate(ctx.deps.db, migrationsWith("-- cfm:adopt places\nSELECT 1;", name));
    const [entry] = await listAudit(ctx.deps.db, { order: "desc", limit: 1 });
    expect([entry!.action, entry!.subject]).toEqual(["migration.adopt", `migration:${name}`]);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("without the directive, adding a column breaks every row's recorded hash", async () => {
    const dir = migrationsWith("ALTER TABLE parties ADD COLUMN test_extra text DEFAULT 'x';");
    await migrate(ctx.deps.db, dir);
    const res = await verifyAudit(ctx.deps.db);
    expect(res.ok).toBe(false);
    expect(res.problem?.reason).toMatch(/row parties:\w+ was changed/);
    // Put things back for the next test.
    await sql`ALTER TABLE parties DROP COLUMN test_extra`.execute(ctx.deps.db);
    await sql`DELETE FROM schema_migrations WHERE name = '29991231T000000_test_extra.sql'`.execute(
      ctx.deps.db,
    );
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("with the directive, intact rows are re-recorded and an altered row stays reported", async () => {
    await sql`UPDATE incidents SET title = 'changed behind the application' WHERE id = ${tamperedIncident}`.execute(
      ctx.deps.db,
    );
    const dir = migrationsWith(
      "-- cfm:rehash reports, incidents\n" +
        "ALTER TABLE reports ADD COLUMN test_note text NOT NULL DEFAULT '';\n" +
        "ALTER TABLE incidents ADD COLUMN test_note text NOT NULL DEFAULT '';",
    );
    expect(await migrate(ctx.deps.db, dir)).toEqual(["29991231T000000_test_extra.sql"]);
    const entries = await listAudit(ctx.deps.db, {
      subject: "migration:29991231T000000_test_extra.sql",
      limit: 5,
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe("migration.rehash");
    // 2 reports + 1 intact incident; the altered incident is left out.
    expect((entries[0]!.data as { details: { rows: number } }).details.rows).toBe(3);
    const res = await verifyAudit(ctx.deps.db);
    expect(res.ok).toBe(false);
    expect(res.problem?.reason).toBe(
      `row incidents:${tamperedIncident} was changed after audit entry ${res.problem?.seq} recorded it`,
    );
    expect(res.problem?.seq).toBeLessThan(entries[0]!.seq);
  });
});

describeEachEngine("the incident access columns migration", (ctx) => {
  const NAME = "20261129T110000_incident_visibility.sql";
  const COLUMNS = sql`report_parties, report_submitters, parties_release_at, public_release_at`;
  let incidentIds: string[];
  let written: unknown[];
  let searchTrigger = "";
  let mapView: string;

  /** The three columns of every incident, in id order. */
  const columnsOf = async () =>
    (
      await sql<Record<string, unknown>>`SELECT id, ${COLUMNS} FROM incidents ORDER BY id`.execute(
        ctx.deps.db,
      )
    ).rows;

  beforeAll(async () => {
    // Incidents as the services write them now: both parties' complaints, a release to the
    // parties scheduled a day ahead, and one incident holding only a monitor's report.
    const actors = await seedActors(ctx.deps);
    const a = await createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA" }));
    const b = await createReport(ctx.deps, actors.liaisonLna, reportInput({ allegedParty: "GNA" }));
    const m = await createReport(ctx.deps, actors.monitor, reportInput({ sourceKind: "monitor" }));
    const released = await createIncident(ctx.deps, actors.intake, {
      reportIds: [a.report.id, b.report.id],
    });
    await createIncident(ctx.deps, actors.intake, { reportIds: [m.report.id] });
    const move = (actor: Actor, to: CaseState, opts: TransitionOptions = {}) =>
      transitionIncident(ctx.deps, actor, released.id, to, undefined, opts);
    await move(actors.intake, "triaged");
    await move(actors.analyst, "under_verification");
    await addFinding(ctx.deps, actors.analyst, released.id, findingInput());
    await move(actors.analyst, "assessed");
    await move(actors.analyst, "in_review");
    await move(actors.chief, "endorsed");
    await move(actors.chief, "restricted_release", {
      releaseAt: new Date(ctx.clock().getTime() + 86_400_000),
    });
    written = await columnsOf();
    incidentIds = (await columnsOf()).map((r) => r.id as string);

    // Back to the database as it was before the migration: without the columns, its incident
    // rows recorded as they then were, and the migration not applied.
    await ctx.deps.db.transaction().execute(async (tx) => {
      // The map's counting of incidents (a later migration) reads the columns: set aside, as it
      // was not there yet when this migration first ran.
      const view = await sql<{
        d: string;
      }>`SELECT pg_get_viewdef('map_marks_now'::regclass, true) AS d`.execute(tx);
      mapView = view.rows[0]!.d;
      await sql`DROP VIEW map_marks_now`.execute(tx);
      await sql`ALTER TABLE incidents DISABLE TRIGGER map_incidents_updated`.execute(tx);
      // Nor was search's trigger, which names the columns among those it follows.
      const trigger = await sql<{ d: string }>`SELECT pg_get_triggerdef(oid) AS d FROM pg_trigger
        WHERE tgname = 'incidents_search_text'`.execute(tx);
      searchTrigger = trigger.rows[0]!.d;
      await sql`DROP TRIGGER incidents_search_text ON incidents`.execute(tx);
      await sql`ALTER TABLE incidents DROP COLUMN report_parties, DROP COLUMN report_submitters,
        DROP COLUMN parties_release_at, DROP COLUMN public_release_at`.execute(tx);
      await sql`DELETE FROM schema_migrations WHERE name = ${NAME}`.execute(tx);
      await appendAudit(tx, {
        actor: { kind: "system", name: "test" },
        action: "test.before_migration",
        subject: "test",
        at: ctx.clock(),
        rows: incidentIds.map((id) => ({ table: "incidents" as const, id })),
      });
    });
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("fills the columns as the services keep them, and the incidents still verify", async () => {
    expect(await migrate(ctx.deps.db)).toEqual([NAME]);
    await sql.raw(`CREATE VIEW map_marks_now AS ${mapView}`).execute(ctx.deps.db);
    await sql`ALTER TABLE incidents ENABLE TRIGGER map_incidents_updated`.execute(ctx.deps.db);
    await sql.raw(searchTrigger).execute(ctx.deps.db);
    expect(await columnsOf()).toEqual(written);
    expect(written).toContainEqual(
      expect.objectContaining({
        report_parties: ["GNA", "LNA"],
        parties_release_at: expect.any(Date),
        public_release_at: null,
      }),
    );
    const [entry] = await listAudit(ctx.deps.db, { subject: `migration:${NAME}`, limit: 5 });
    expect(entry!.action).toBe("migration.rehash");
    expect((entry!.data as { details: { rows: number } }).details.rows).toBe(incidentIds.length);
    const res = await verifyAudit(ctx.deps.db);
    expect(res.problem).toBeNull();
    expect(res.ok).toBe(true);
  });
});
