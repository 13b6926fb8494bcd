import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { findingInput, reportInput, seedActors } from "../../test/fixtures.js";
import { addFinding } from "../services/findings.js";
import { createIncident } from "../services/incident-triage.js";
import { transitionIncident } from "../services/incident-workflow.js";
import { createReport } from "../services/intake.js";
import { appendAudit, listAudit } from "./audit-repo.js";
import { verifyAudit } from "./audit-verify.js";
import { migrate } from "./migrate.js";

describeEachEngine("the finding languages migration", (ctx) => {
  const NAME = "20261205T203000_finding_languages.sql";
  const ARABIC = "سقطت قذائف هاون قرب المدرسة (البند LY-2020/2a).";
  let ids: string[];

  const rows = async () =>
    (
      await sql<{
        version: number;
        public_narrative: string;
        public_narrative_ar: string;
        restricted_narrative_ar: string;
        authoritative_language: string;
      }>`SELECT version, public_narrative, public_narrative_ar, restricted_narrative_ar,
           authoritative_language FROM findings ORDER BY version`.execute(ctx.deps.db)
    ).rows;

  beforeAll(async () => {
    // Findings as the application wrote them before: any language in the one column.
    const actors = await seedActors(ctx.deps);
    const r = await createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA" }));
    const incident = await createIncident(ctx.deps, actors.intake, { reportIds: [r.report.id] });
    await transitionIncident(ctx.deps, actors.intake, incident.id, "triaged");
    await transitionIncident(ctx.deps, actors.analyst, incident.id, "under_verification");
    await addFinding(ctx.deps, actors.analyst, incident.id, findingInput());
    await addFinding(
      ctx.deps,
      actors.analyst,
      incident.id,
      findingInput({ publicNarrative: ARABIC, restrictedNarrative: "شاهدان." }),
    );
    ids = (await ctx.deps.db.selectFrom("findings").select("id").execute()).map((f) => f.id);
    await ctx.deps.db.transaction().execute(async (tx) => {
      await sql`ALTER TABLE findings DROP COLUMN public_narrative_ar,
        DROP COLUMN restricted_narrative_ar, DROP COLUMN authoritative_language`.execute(tx);
      await sql`DELETE FROM schema_migrations WHERE name = ${NAME}`.execute(tx);
      await appendAudit(tx, {
        actor: { kind: "system", name: "test" },
        action: "test.before_migration",
        subject: "test",
        at: ctx.clock(),
        rows: ids.map((id) => ({ table: "findings" as const, id })),
      });
    });
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("moves Arabic text to the Arabic columns, keeps English as it was, and the findings verify", async () => {
    expect(await migrate(ctx.deps.db)).toEqual([NAME]);
    expect(await rows()).toEqual([
      {
        version: 1,
        public_narrative: "Access was denied.",
        public_narrative_ar: "",
        restricted_narrative_ar: "",
        authoritative_language: "en",
      },
      {
        version: 2,
        public_narrative: "",
        public_narrative_ar: ARABIC,
        restricted_narrative_ar: "شاهدان.",
        authoritative_language: "ar",
      },
    ]);
    const [entry] = await listAudit(ctx.deps.db, { subject: `migration:${NAME}`, limit: 5 });
    expect(entry!.action).toBe("migration.rehash");
    const res = await verifyAudit(ctx.deps.db);
    expect(res.problem).toBeNull();
  });
});
