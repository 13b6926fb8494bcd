/**
 * The audiences kept beside each stored search text (migration 20261211T020000_search_prefilter)
 * narrow what search's index returns before the viewer's scope is applied: a row a viewer may
 * read but whose audiences leave the viewer out would never be found. Over the route rules'
 * scenario (both parties' complaints, releases to the parties and the public, a reply window, a
 * confidential source, the commission), every viewer's scope, now and once every release
 * instant has passed, reads no row its audiences leave out. The readers tables (migration
 * 20261214T010000_search_readers), which search walks newest first, hold exactly those audiences
 * with each row's start, through releases, reclassifications and moved dates.
 */
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import type { Scenario } from "../../test/route-rules.js";
import { buildScenario } from "../../test/route-scenario.js";
import {
  incidentScopeFor,
  publicIncidentScope,
  reportScopeFor,
  type IncidentScope,
  type ReportScope,
} from "../services/access.js";
import { DomainError } from "../domain/errors.js";
import { incidentScopeFilter } from "./incidents-repo.js";
import { scopeFilter } from "./reports-repo.js";
import { incidentAudiences, reportAudiences } from "./search-repo.js";

describeEachEngine("search's audiences", (ctx) => {
  let s: Scenario;

  beforeAll(async () => {
    s = await buildScenario(ctx.deps);
  }, 120_000);

  const scoped = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch (err) {
      if (err instanceof DomainError) return null;
      throw err;
    }
  };

  /** Reports in the scope whose stored text's audiences leave the viewer out. */
  const reportsLeftOut = async (scope: ReportScope) => {
    const keys = reportAudiences(scope);
    if (!keys) return { read: -1, leftOut: [] };
    const rows = await ctx.deps.db
      .selectFrom("reports")
      .innerJoin("report_search_texts as st", "st.report_id", "reports.id")
      .where(scopeFilter(scope))
      .select(["reports.id", sql<boolean>`st.audiences && ${[...keys]}::text[]`.as("kept")])
      .execute();
    return { read: rows.length, leftOut: rows.filter((r) => !r.kept).map((r) => r.id) };
  };

  const incidentsLeftOut = async (scope: IncidentScope) => {
    const keys = incidentAudiences(scope);
    if (!keys) return { read: -1, leftOut: [] };
    const rows = await ctx.deps.db
      .selectFrom("incidents")
      .innerJoin("incident_search_texts as st", "st.incident_id", "incidents.id")
      .where(incidentScopeFilter(scope))
      .select(["incidents.id", sql<boolean>`st.audiences && ${[...keys]}::text[]`.as("kept")])
      .execute();
    return { read: rows.length, leftOut: rows.filter((r) => !r.kept).map((r) => r.id) };
  };

  it("leave out no row any viewer may read, now and once every instant has passed", async () => {
    let weighed = 0;
    for (const at of [ctx.clock(), new Date(ctx.clock().getTime() + 400 * 86_400_000)]) {
      for (const [name, actor] of Object.entries(s.actors)) {
        const reports = scoped(() => reportScopeFor(actor, at));
        const incidents = scoped(() => incidentScopeFor(actor, at));
        if (reports) {
          const r = await reportsLeftOut(reports);
          expect(r.leftOut, `${name}'s reports`).toEqual([]);
          weighed += Math.max(0, r.read);
        }
        if (incidents) {
          const r = await incidentsLeftOut(incidents);
          expect(r.leftOut, `${name}'s incidents`).toEqual([]);
          weighed += Math.max(0, r.read);
        }
      }
      const pub = await incidentsLeftOut(publicIncidentScope(at));
      expect(pub.leftOut, "the public's incidents").toEqual([]);
      weighed += pub.read;
    }
    // The scenario gives the viewers rows to read (not a test of empty scopes).
    expect(weighed).toBeGreaterThan(20);
  });

  it("follow an incident's release and classification", async () => {
    const audiences = async (id: string) =>
      (
        await sql<{ a: string[] }>`SELECT DISTINCT unnest(audiences) AS a FROM incident_search_texts
          WHERE incident_id = ${id} ORDER BY 1`.execute(ctx.deps.db)
      ).rows.map((r) => r.a);
    // The incident released to the public: every party, the commission and the public.
    expect(await audiences(s.ids.iRel)).toEqual(
      expect.arrayContaining(["public", "released", "released-public"]),
    );
    await sql`UPDATE incidents SET classification = 'internal' WHERE id = ${s.ids.iRel}`.execute(
      ctx.deps.db,
    );
    const after = await audiences(s.ids.iRel);
    expect(after).not.toContain("public");
    expect(after).not.toContain("released");
    expect(await readersAstray()).toEqual({ reports: 0, incidents: 0 });
  });

  /** Rows of a readers table not as the stored texts' audiences and the rows' starts say. */
  const astray = async (records: "reports" | "incidents") => {
    const kind = records === "reports" ? "report" : "incident";
    const [rec, texts, readers, id] = [
      sql.table(records),
      sql.table(`${kind}_search_texts`),
      sql.table(`${kind}_search_readers`),
      sql.ref(`${kind}_id`),
    ];
    const should = sql`SELECT x, r.occurred_from, r.id FROM ${rec} r
      JOIN ${texts} s ON s.${id} = r.id, unnest(s.audiences) x`;
    const kept = sql`SELECT audience, occurred_from, ${id} FROM ${readers}`;
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM
      ((${should} EXCEPT ${kept}) UNION ALL (${kept} EXCEPT ${should})) d`.execute(ctx.deps.db);
    return rows[0]!.n;
  };
  const readersAstray = async () => ({
    reports: await astray("reports"),
    incidents: await astray("incidents"),
  });

  it("are walked by search through readers tables that follow them", async () => {
    const { rows: counted } = await sql<{ n: number }>`SELECT
      (SELECT count(*) FROM report_search_readers)
        + (SELECT count(*) FROM incident_search_readers) AS n`.execute(ctx.deps.db);
    expect(Number(counted[0]!.n)).toBeGreaterThan(20);
    expect(await readersAstray()).toEqual({ reports: 0, incidents: 0 });
    // An incident's start moved and its release withdrawn (reports are immutable once received):
    // its readers' rows move with it.
    await sql`UPDATE incidents SET occurred_from = occurred_from - interval '3 days',
      public_release_at = NULL WHERE id = ${s.ids.iRel}`.execute(ctx.deps.db);
    expect(await readersAstray()).toEqual({ reports: 0, incidents: 0 });
  });
});
