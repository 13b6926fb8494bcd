/**
 * The stored search texts (migration 20261210T010000_search_text): they follow every write of
 * the rows they are made from, amendments, findings and titles included; they hold the same
 * normalisation as the query (alef and hamza forms, ta marbuta, alef maqsura, diacritics,
 * tatweel, the article); the migration fills them for the rows an existing database holds.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { normalizeForSearch } from "../../domain/arabic.js";
import { migrate } from "../../store/migrate.js";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { createAgreementForTest } from "../../../test/agreements.js";
import {
  SEARCH_PREFILTER_MIGRATION,
  SEARCH_READERS_MIGRATION,
  SEARCH_TEXT_MIGRATION,
  undoSearchTextMigration,
} from "../../../test/search-texts.js";

describeEachEngine("stored search texts", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  const find = async (token: string, q: string) => {
    const res = await call(app, "GET", `/api/v1/search?q=${encodeURIComponent(q)}`, { token });
    expect(res.status).toBe(200);
    return (res.body.items as { id: string; matchedField: string }[]).map((h) => h.id);
  };
  const file = async (token: string, body: Record<string, unknown>) => {
    const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(body) });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const storedReportText = async (id: string) => {
    const { rows } = await sql<{ text: string }>`
      SELECT text FROM report_search_texts WHERE report_id = ${id}`.execute(ctx.deps.db);
    return rows[0]?.text;
  };

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    await createAgreementForTest(ctx.deps);
    app = await testApp(ctx);
  });

  it("an amended report is found by its new words, not by its old ones", async () => {
    const v1 = await file(t.liaisonGna, { description: "Mortar rounds fell near the granary." });
    expect(await find(t.analyst, "granary")).toEqual([v1]);
    const res = await call(app, "POST", `/api/v1/reports/${v1}/amendments`, {
      token: t.liaisonGna,
      body: reportJson({ description: "Mortar rounds fell near the bakery.", placeName: "Qasr" }),
    });
    expect(res.status).toBe(201);
    const v2 = res.body.id as string;
    expect(await find(t.analyst, "granary")).toEqual([]);
    expect(await find(t.analyst, "bakery")).toEqual([v2]);
    expect(await find(t.analyst, "bakery qasr")).toEqual([v2]);
    // and the other party still finds neither
    expect(await find(t.liaisonLna, "bakery")).toEqual([]);
  });

  it("a row rewritten in place (as a migration may) changes its stored text", async () => {
    const id = await file(t.liaisonGna, { description: "Sniper fire on the ring road." });
    // Reports are immutable to the application; a migration may still rewrite one.
    await ctx.deps.db.transaction().execute(async (tx) => {
      await sql`ALTER TABLE reports DISABLE TRIGGER reports_immutable`.execute(tx);
      await sql`UPDATE reports SET description = 'Sniper fire at the stadium.',
        place_name = 'Zawiya' WHERE id = ${id}`.execute(tx);
      await sql`ALTER TABLE reports ENABLE TRIGGER reports_immutable`.execute(tx);
    });
    expect(await storedReportText(id)).toBe(
      normalizeForSearch("Sniper fire at the stadium. Zawiya"),
    );
    expect(await find(t.analyst, "ring road")).toEqual([]);
    expect(await find(t.analyst, "stadium zawiya")).toEqual([id]);
  });

  it("holds Arabic as the query is normalised: alef forms, ta marbuta, alef maqsura, harakat, tatweel, article", async () => {
    const description = "سَقَطَتْ قـذيـفةٌ على مُسْتَشْفَى إبن سينا قرب الحَدِيقَةِ وأصابت آلية";
    const id = await file(t.monitor, { sourceKind: "monitor", description, language: "ar" });
    const stored = await storedReportText(id);
    expect(stored).toBe(normalizeForSearch(`${description} `));
    expect(stored).toContain("مستشفي ابن سينا قرب حديقه");
    expect(stored).not.toMatch(/[\u064B-\u0652\u0640ةىأإآ]/u);
    for (const q of [
      "قذيفه",
      "قذيفة",
      "مستشفى",
      "ابن سينا",
      "إبن سينا",
      "الحديقة",
      "حديقه",
      "اليه",
    ]) {
      expect(await find(t.analyst, q), q).toEqual([id]);
    }
  });

  it("an incident's texts follow its title and each finding's public narratives, never the restricted ones", async () => {
    const report = await file(t.liaisonLna, { description: "Armoured column seen moving west." });
    const inc = await call(app, "POST", "/api/v1/incidents", {
      token: t.intake,
      body: { reportIds: [report], title: "Armoured column near Wadi Kaam" },
    });
    expect(inc.status).toBe(201);
    const incidentId = inc.body.id as string;
    await call(app, "POST", `/api/v1/incidents/${incidentId}/transitions`, {
      token: t.intake,
      body: { to: "triaged" },
    });
    const f = await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
      token: t.analyst,
      body: {
        outcome: "unable_to_determine",
        verificationLevel: "V1",
        attributionLevel: "undetermined",
        publicNarrative: "Tracks of tracked vehicles were seen on the riverbed.",
        publicNarrativeAr: "شوهدت آثارُ مدرّعات في مجرى الوادي",
        restrictedNarrative: "A confidential informant named the commander.",
      },
    });
    expect(f.status).toBe(201);
    const texts = async () =>
      (
        await sql<{ version: number; text: string }>`SELECT version, text FROM incident_search_texts
          WHERE incident_id = ${incidentId} ORDER BY version`.execute(ctx.deps.db)
      ).rows;
    expect(await texts()).toEqual([
      { version: 0, text: normalizeForSearch("Armoured column near Wadi Kaam") },
      {
        version: 1,
        text: normalizeForSearch(
          "Armoured column near Wadi Kaam Tracks of tracked vehicles were seen on the riverbed. شوهدت آثارُ مدرّعات في مجرى الوادي",
        ),
      },
    ]);
    expect(await find(t.analyst, "riverbed")).toEqual([incidentId]);
    expect(await find(t.analyst, "اثار مدرعات")).toEqual([incidentId]);
    expect(await find(t.analyst, "informant")).toEqual([]);
    // The liaison whose complaint it is finds it by title, not by the unreleased narrative.
    expect(await find(t.liaisonLna, "wadi kaam")).toEqual(expect.arrayContaining([incidentId]));
    expect(await find(t.liaisonLna, "riverbed")).toEqual([]);
    // A new title reaches every text of the incident.
    await sql`UPDATE incidents SET title = 'Armoured column near Bir Ghanam'
      WHERE id = ${incidentId}`.execute(ctx.deps.db);
    expect(
      (await texts()).map((r) => r.text.startsWith("armoured column near bir ghanam")),
    ).toEqual([true, true]);
    expect(await find(t.analyst, "wadi kaam")).toEqual([]);
    expect(await find(t.analyst, "bir ghanam riverbed")).toEqual([incidentId]);
  });

  it("the migration fills the texts of the rows a database already holds", async () => {
    const before = await file(t.monitor, {
      sourceKind: "monitor",
      description: "Heavy machine-gun fire at the port of Misratah.",
      placeName: "ميناء مصراتة",
    });
    await undoSearchTextMigration(ctx.deps.db);
    expect(await migrate(ctx.deps.db)).toEqual([
      SEARCH_TEXT_MIGRATION,
      SEARCH_PREFILTER_MIGRATION,
      SEARCH_READERS_MIGRATION,
    ]);
    expect(await storedReportText(before)).toBe(
      normalizeForSearch("Heavy machine-gun fire at the port of Misratah. ميناء مصراتة"),
    );
    const { rows } = await sql<{ missing: number }>`
      SELECT (SELECT count(*) FROM reports r WHERE NOT EXISTS
          (SELECT 1 FROM report_search_texts s WHERE s.report_id = r.id))
        + (SELECT count(*) FROM incidents i WHERE NOT EXISTS
          (SELECT 1 FROM incident_search_texts s WHERE s.incident_id = i.id AND s.version = 0))
        + (SELECT count(*) FROM findings f WHERE NOT EXISTS (SELECT 1 FROM incident_search_texts s
          WHERE s.incident_id = f.incident_id AND s.version = f.version))
        + (SELECT count(*) FROM report_search_texts s WHERE s.audiences <> '{}' AND NOT EXISTS
          (SELECT 1 FROM report_search_readers x WHERE x.report_id = s.report_id))
        + (SELECT count(*) FROM incident_search_texts s WHERE s.audiences <> '{}' AND NOT EXISTS
          (SELECT 1 FROM incident_search_readers x WHERE x.incident_id = s.incident_id))
        AS missing`.execute(ctx.deps.db);
    expect(Number(rows[0]!.missing)).toBe(0);
    expect(await find(t.analyst, "مصراته")).toEqual([before]);
  });
});
