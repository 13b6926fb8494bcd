/**
 * Search reads the newest rows first and, when they do not fill the page, asks the index of the
 * stored texts and their audiences (src/store/search-repo.ts): over 2,100 incidents and reports
 * written with SQL, a word only the 60 oldest hold is found newest first as if every row had
 * been read, by the mission and by a party's liaison, who finds only its own (the incidents by
 * their titles: their findings were not released). Every way search may take for a viewer who
 * reads only some rows (the index first, the newest rows first, every row it reads) gives the
 * same rows, each once.
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { insertIncidents } from "../../bench/incident-rows.js";
import { describeEachEngine } from "../../test/db.js";
import { seedActors, type Actors } from "../../test/fixtures.js";
import { searchTuning } from "../store/search-repo.js";
import { search } from "./search.js";

const ROWS = 2_100;
const OLDEST_WITH_WORD = 60;

describeEachEngine("search beyond the newest rows", (ctx) => {
  let actors: Actors;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    const word = sql`CASE WHEN g <= ${OLDEST_WITH_WORD} THEN ' quagmire' ELSE '' END`;
    await insertIncidents(ctx.deps.db, {
      first: 1,
      last: ROWS,
      from: new Date("2020-01-01T00:00:00Z"),
      spanMs: ROWS * 3_600_000,
      by: actors.analyst.userId,
      parties: ["GNA", "LNA"],
      complainant: actors.liaisonGna.userId,
      texts: {
        description: sql`'Shelling reported, row ' || g || ${word}`,
        // The title too: a liaison reads no unreleased finding, so it matches the title alone.
        title: sql`'Incident ' || g || ${word}`,
        narrative: sql`'Shelling of the line, row ' || g`,
      },
      countMap: false,
    });
  }, 120_000);

  /** The ids of rows g (newest first) as the loader derives them. */
  const ids = (kind: "incident" | "report", rows: number[]) =>
    rows.map((g) => {
      const hex = createHash("md5").update(`${kind}${g}`).digest("hex");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    });
  const found = async (actor: Actors[keyof Actors], q: string) => {
    const r = await search(ctx.deps, actor, { q, limit: 20 });
    return {
      incidents: r.items.filter((h) => h.type === "incident").map((h) => h.id),
      reports: r.items.filter((h) => h.type === "report").map((h) => h.id),
      truncated: r.truncated,
    };
  };
  const newestFirst = (from: number, step: number) =>
    Array.from({ length: 20 }, (_, i) => from - i * step);

  it("finds what only the oldest rows hold, newest first, for the mission", async () => {
    const r = await found(actors.analyst, "quagmire");
    expect(r.incidents).toEqual(ids("incident", newestFirst(OLDEST_WITH_WORD, 1)));
    expect(r.reports).toEqual(ids("report", newestFirst(OLDEST_WITH_WORD, 1)));
    expect(r.truncated).toBe(true);
  });

  it("and for a liaison, only its own party's complaints and the incidents holding them", async () => {
    const r = await found(actors.liaisonGna, "quagmire");
    expect(r.reports).toEqual(ids("report", newestFirst(OLDEST_WITH_WORD, 2)));
    expect(r.incidents).toEqual(ids("incident", newestFirst(OLDEST_WITH_WORD, 2)));
    expect(await found(actors.liaisonLna, "quagmire")).toEqual({
      incidents: [],
      reports: [],
      truncated: false,
    });
  });

  it("serves a word common among the newest rows from them", async () => {
    const r = await found(actors.analyst, "shelling");
    expect(r.incidents).toEqual(ids("incident", newestFirst(ROWS, 1)));
    expect(r.reports).toEqual(ids("report", newestFirst(ROWS, 1)));
  });

  it("gives the same rows, each once, whichever way it takes", async () => {
    const defaults = { ...searchTuning };
    const ways = {
      "the index first": { fewMatches: Infinity },
      "a short walk, then the index": { fewMatches: -1, newestFirstTry: 5 },
      "a short walk, then every row read": { fewMatches: -1, newestFirstTry: 5, maxCandidates: 0 },
    };
    // Some of GNA's complaints released to the public: its liaison reads them through two of its
    // audiences, and the walks give them twice.
    await sql`UPDATE incidents SET classification = 'public',
      public_release_at = occurred_from + interval '1 day'
      WHERE 'GNA' = ANY(report_parties) AND id IN (SELECT id FROM incidents ORDER BY id LIMIT 400)`.execute(
      ctx.deps.db,
    );
    const { rows: twice } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (
      SELECT incident_id FROM incident_search_readers WHERE audience IN ('p:GNA', 'released-public')
      GROUP BY incident_id HAVING count(*) > 1) d`.execute(ctx.deps.db);
    expect(twice[0]!.n).toBeGreaterThan(50);
    try {
      for (const actor of [actors.analyst, actors.liaisonGna, actors.liaisonLna]) {
        for (const q of ["quagmire", "shelling", "shelling quagmire", "row 1", "rowe"]) {
          Object.assign(searchTuning, defaults);
          const expected = await found(actor, q);
          for (const [way, tuning] of Object.entries(ways)) {
            Object.assign(searchTuning, defaults, tuning);
            const r = await found(actor, q);
            expect(r, `${actor.username}, "${q}", ${way}`).toEqual(expected);
            expect(new Set(r.reports).size).toBe(r.reports.length);
            expect(new Set(r.incidents).size).toBe(r.incidents.length);
          }
        }
      }
    } finally {
      Object.assign(searchTuning, defaults);
    }
  });
});
