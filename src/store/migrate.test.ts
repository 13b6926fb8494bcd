import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import { listAudit, verifyAudit } from "../services/audit.js";
import { createIncident } from "../services/incidents.js";
import { createReport } from "../services/reports.js";
import { listMigrations, migrate, rehashTables } from "./migrate.js";

/** The real migrations plus one more, later than all of them. */
function migrationsWith(extra: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cfm-migrations-"));
  for (const m of listMigrations()) writeFileSync(join(dir, m.name), m.sql);
  writeFileSync(join(dir, "29991231T000000_test_extra.sql"), extra);
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
