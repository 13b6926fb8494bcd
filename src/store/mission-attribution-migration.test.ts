import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { initLibyaMission } from "../../test/fixtures.js";
import { appendAudit, listAudit } from "./audit-repo.js";
import { verifyAudit } from "./audit-verify.js";
import { migrate } from "./migrate.js";

describeEachEngine("the mission attribution migration", (ctx) => {
  const NAME = "20261206T040000_mission_attribution.sql";

  beforeAll(async () => {
    // A libya-2020 mission as it was created before profiles carried their credits.
    await initLibyaMission(ctx.deps);
    await ctx.deps.db.transaction().execute(async (tx) => {
      await sql`ALTER TABLE mission DROP COLUMN attribution`.execute(tx);
      await sql`DELETE FROM schema_migrations WHERE name = ${NAME}`.execute(tx);
      await appendAudit(tx, {
        actor: { kind: "system", name: "test" },
        action: "test.before_migration",
        subject: "test",
        at: ctx.clock(),
        rows: [{ table: "mission" as const, id: "libya-2020" }],
      });
    });
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("gives a mission of a shipped profile that profile's credits, and the mission verifies", async () => {
    expect(await migrate(ctx.deps.db)).toEqual([NAME]);
    const { rows } = await sql<{
      attribution: { en: string; ar: string }[];
    }>`SELECT attribution FROM mission`.execute(ctx.deps.db);
    expect(rows[0]!.attribution.map((c) => c.en)).toEqual([
      "Boundaries: Natural Earth (public domain)",
      "Places: © OpenStreetMap contributors (ODbL 1.0); GeoNames (CC BY 4.0)",
    ]);
    expect(rows[0]!.attribution.every((c) => /[\u0600-\u06FF]/.test(c.ar))).toBe(true);
    const [entry] = await listAudit(ctx.deps.db, { subject: `migration:${NAME}`, limit: 5 });
    expect(entry!.action).toBe("migration.rehash");
    expect((await verifyAudit(ctx.deps.db)).problem).toBeNull();
  });
});
