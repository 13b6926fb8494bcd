/**
 * The migration that turns the system's English reasons of provision wordings into kinds: rows
 * written before it (as sentences) read as kinds after it, a person's reason stays as written,
 * and the audit chain still verifies (the runner re-records the rows it rewrote).
 */
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { appendAudit, listAudit } from "./audit-repo.js";
import { verifyAudit } from "./audit-verify.js";
import { migrate } from "./migrate.js";

describeEachEngine("the provision reason migration", (ctx) => {
  const NAME = "20261207T000000_provision_version_reason_kind.sql";
  const AGREEMENT = "00000000-0000-4000-8000-0000000000a1";
  const REASONS = [
    "Wording as first recorded.",
    "Provision added.",
    "Imported from round 7 (Sirte).json.",
    "The agreed text says 21 days.",
  ];

  beforeAll(async () => {
    // Wordings as the code before the migration wrote them.
    await ctx.deps.db.transaction().execute(async (tx) => {
      await sql`ALTER TABLE provision_versions DROP COLUMN reason_kind`.execute(tx);
      await sql`ALTER TABLE provision_versions DROP COLUMN imported_from`.execute(tx);
      await sql`DELETE FROM schema_migrations WHERE name = ${NAME}`.execute(tx);
      await sql`INSERT INTO agreements (id, code, title_en, title_ar, entry_into_force)
        VALUES (${AGREEMENT}, 'CFA', 'Ceasefire', 'وقف إطلاق النار', now())`.execute(tx);
      const rows: { table: "provisions" | "provision_versions"; id: string }[] = [];
      for (const [i, reason] of REASONS.entries()) {
        const pid = `00000000-0000-4000-8000-00000000010${i}`;
        const vid = `00000000-0000-4000-8000-00000000020${i}`;
        await sql`INSERT INTO provisions (id, agreement_id, code)
          VALUES (${pid}, ${AGREEMENT}, ${`CFA-${i}`})`.execute(tx);
        await sql`INSERT INTO provision_versions (id, provision_id, version, text_en, text_ar,
            reason, recorded_by, recorded_at)
          VALUES (${vid}, ${pid}, 1, 'x', 'س', ${reason}, 'system:test', now())`.execute(tx);
        rows.push({ table: "provisions", id: pid }, { table: "provision_versions", id: vid });
      }
      await appendAudit(tx, {
        actor: { kind: "system", name: "test" },
        action: "test.before_migration",
        subject: "test",
        at: ctx.clock(),
        rows: [{ table: "agreements", id: AGREEMENT }, ...rows],
      });
    });
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("reads the old sentences as kinds, keeps a person's reason, and the chain verifies", async () => {
    expect(await migrate(ctx.deps.db)).toEqual([NAME]);
    const { rows } = await sql<{
      reason: string;
      reason_kind: string;
      imported_from: string | null;
    }>`SELECT v.reason, v.reason_kind, v.imported_from
       FROM provision_versions v JOIN provisions p ON p.id = v.provision_id
       ORDER BY p.code`.execute(ctx.deps.db);
    expect(rows.map((r) => [r.reason_kind, r.reason, r.imported_from])).toEqual([
      ["first_recorded", "", null],
      ["added", "", null],
      ["imported", "", "round 7 (Sirte).json"],
      ["stated", "The agreed text says 21 days.", null],
    ]);
    const [entry] = await listAudit(ctx.deps.db, { subject: `migration:${NAME}`, limit: 5 });
    expect(entry!.action).toBe("migration.rehash");
    expect((await verifyAudit(ctx.deps.db)).problem).toBeNull();
    // Still append-only.
    await expect(
      sql`UPDATE provision_versions SET reason = 'changed' WHERE reason_kind = 'stated'`.execute(
        ctx.deps.db,
      ),
    ).rejects.toThrow(/never overwritten/);
  });
});
