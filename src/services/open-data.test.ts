import { Readable } from "node:stream";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { countRows, describeEachEngine } from "../../test/db.js";
import { PUBLIC_SPECS, publishPublicIncidents } from "../../test/open-data.js";
import { seedDemo } from "../demo/seed.js";
import { coarsen } from "../domain/access-rules.js";
import { CsvStreamParser } from "../domain/open-data/csv-stream.js";
import {
  ACLED_COLUMNS,
  ACLED_LEGACY_COLUMNS,
  UCDP_COLUMNS,
} from "../domain/open-data/crosswalk.js";
import type { OpenDataRecord } from "../domain/open-data/public-record.js";
import type { OpenDataFormat } from "../domain/open-data/export-formats.js";
import { classifyIncident } from "./classification.js";
import { contextOpenData, publicOpenData, publicRecordBatches } from "./open-data-export.js";
import { keepOpenDataFeed, openDataChanges, syncOpenDataFeed } from "./open-data-feed.js";
import { getImport, runImport, startImport } from "./open-data-import.js";
import type { Deps } from "./deps.js";
import { listPublicIncidents } from "./releases.js";

const CLI = { kind: "system", name: "test" } as const;
const CHIEF = {
  kind: "user",
  userId: "00000000-0000-0000-0000-000000000000",
  username: "chief",
  role: "chief",
  party: null,
} as const;

async function text(pieces: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const p of pieces) out += p;
  return out;
}

/** A CSV's rows as objects by header name. */
function table(csv: string): Record<string, string>[] {
  const p = new CsvStreamParser();
  const [header, ...rows] = [...p.push(csv), ...p.end()];
  return rows.map((r) => Object.fromEntries(header!.cells.map((h, i) => [h, r.cells[i]!])));
}

function csvOf(
  columns: readonly string[],
  rows: Record<string, string | number | undefined>[],
): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join(
    "\n",
  );
}

async function importText(
  deps: Deps,
  dataset: "acled" | "ucdp",
  body: string,
  target: "context" | "candidates" = "context",
) {
  const started = await startImport(deps, CLI, {
    dataset,
    target,
    fileName: `${dataset}.csv`,
    content: Readable.from([Buffer.from(body, "utf8")]),
  });
  const done = await runImport(deps, started.id);
  const { problems } = await getImport(deps, CHIEF, started.id, { limit: 1000 });
  return { done, problems };
}

async function allPublic(deps: Deps): Promise<OpenDataRecord[]> {
  const out: OpenDataRecord[] = [];
  for await (const b of publicRecordBatches(deps)) out.push(...b);
  return out;
}

describeEachEngine("open data: exports, the changes feed, imports", (ctx) => {
  beforeAll(async () => {
    await seedDemo(ctx.deps, { password: "demo" });
    // Long after the scenario: every public release's instant and embargo have passed.
    ctx.clock.set("2021-01-01T00:00:00Z");
    await publishPublicIncidents(ctx.deps, PUBLIC_SPECS);
  }, 240_000);

  it("exports exactly the published incidents, with coordinates on the public grid", async () => {
    const records = await allPublic(ctx.deps);
    const published: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPublicIncidents(ctx.deps, { cursor, limit: 100 });
      published.push(...page.items.map((r) => r.incidentId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(records.length).toBeGreaterThanOrEqual(PUBLIC_SPECS.length);
    expect(records.map((r) => r.id).sort()).toEqual(published.sort());
    for (const r of records) {
      if (r.lat === null || r.lon === null) continue;
      expect(coarsen({ lat: r.lat, lon: r.lon })).toEqual({ lat: r.lat, lon: r.lon });
      expect(r.wherePrecision).toBe(2);
    }
    // Nothing of the incidents not public: no internal or party-only incident's reference.
    const internal = await ctx.deps.db
      .selectFrom("incidents")
      .select("reference")
      .where("classification", "<>", "public")
      .execute();
    const every = await Promise.all(
      (["acled", "acled-legacy", "ucdp", "geojson", "hxl"] as OpenDataFormat[]).map((f) =>
        text(publicOpenData(ctx.deps, f)),
      ),
    );
    for (const file of every) {
      for (const { reference } of internal) expect(file).not.toContain(reference);
    }
  });

  it("writes every column set with its header and one row per published incident", async () => {
    const n = (await allPublic(ctx.deps)).length;
    const acled = table(await text(publicOpenData(ctx.deps, "acled")));
    expect(Object.keys(acled[0]!)).toEqual([...ACLED_COLUMNS]);
    expect(acled).toHaveLength(n);
    const legacy = table(await text(publicOpenData(ctx.deps, "acled-legacy")));
    expect(Object.keys(legacy[0]!)).toEqual([...ACLED_LEGACY_COLUMNS]);
    const ucdp = table(await text(publicOpenData(ctx.deps, "ucdp")));
    expect(Object.keys(ucdp[0]!)).toEqual([...UCDP_COLUMNS]);
    const hxl = table(await text(publicOpenData(ctx.deps, "hxl")));
    expect(hxl[0]!["Event id"]).toBe("#event+id");
    expect(hxl).toHaveLength(n + 1);
    const geo = JSON.parse(await text(publicOpenData(ctx.deps, "geojson"))) as {
      features: { geometry: { coordinates: number[] } | null }[];
    };
    expect(geo.features).toHaveLength(n);
  });

  it("round trip: the demo's public incidents as ACLED, imported back, lose no row and keep dates, places and coordinates", async () => {
    const records = await allPublic(ctx.deps);
    const csv = await text(publicOpenData(ctx.deps, "acled"));
    const { done, problems } = await importText(ctx.deps, "acled", csv);
    expect(problems).toEqual([]);
    expect(done).toMatchObject({ state: "done", layout: "acled", refused: 0, duplicates: 0 });
    expect(done.imported).toBe(records.length);
    const events = await ctx.deps.db
      .selectFrom("context_events")
      .selectAll()
      .where("dataset", "=", "acled")
      .execute();
    const byId = new Map(events.map((e) => [e.event_id, e]));
    for (const r of records) {
      const e = byId.get(r.reference)!;
      expect(e).toBeDefined();
      expect(e.date_start).toBe(r.dateStart);
      expect(e.location).toBe(r.place ?? r.admin1 ?? "");
      expect(e.admin1).toBe(r.admin1 ?? "");
      if (r.lat !== null) {
        expect(e.lat).toBe(r.lat);
        expect(e.lon).toBe(r.lon);
      }
    }
    // Imported again: every row a duplicate, nothing new.
    const again = await importText(ctx.deps, "acled", csv);
    expect(again.done).toMatchObject({ imported: 0, duplicates: records.length, refused: 0 });
  });

  const acledEvents = [
    {
      event_id_cnty: "LBY9001",
      event_date: "2020-01-18",
      time_precision: 1,
      event_type: "Explosions/Remote violence",
      sub_event_type: "Shelling/artillery/missile attack",
      actor1: "Military Forces of Libya (2014-) Libyan National Army",
      admin1: "Tripoli",
      location: "عين زارة",
      latitude: 32.7761,
      longitude: 13.2344,
      geo_precision: 1,
      notes: 'Shelling hit a residential area; "two houses" damaged.',
      fatalities: 0,
      source: "Libya Observer; Al Wasat",
    },
    {
      event_id_cnty: "LBY9002",
      event_date: "15 January 2020",
      time_precision: 2,
      event_type: "Battles",
      sub_event_type: "Armed clash",
      admin1: "Tripoli",
      location: "Salah al-Din",
      latitude: 32.81,
      longitude: 13.2,
      geo_precision: 2,
      notes: "Clashes, one line\nand another.",
      fatalities: 3,
    },
    {
      event_id_cnty: "LBY9003",
      event_date: "20-01-2020",
      time_precision: 3,
      event_type: "Strategic developments",
      sub_event_type: "Agreement",
      admin1: "Misrata",
      location: "Misrata",
      latitude: 32.3754,
      longitude: 15.0925,
      geo_precision: 3,
      notes: "",
      fatalities: 0,
    },
  ];
  const expected = [
    { id: "LBY9001", date: "2020-01-18", place: "عين زارة", lat: "32.7761", lon: "13.2344" },
    { id: "LBY9002", date: "2020-01-15", place: "Salah al-Din", lat: "32.81", lon: "13.2" },
    { id: "LBY9003", date: "2020-01-20", place: "Misrata", lat: "32.3754", lon: "15.0925" },
  ];

  for (const [name, columns] of [
    ["current", ACLED_COLUMNS],
    ["pre-2023", ACLED_LEGACY_COLUMNS],
  ] as const) {
    it(`an ACLED file (${name} columns) imported and exported again as ACLED gives back every event`, async () => {
      const upper = name === "pre-2023";
      const rows = acledEvents.map((e) => ({
        ...e,
        event_id_cnty: upper ? e.event_id_cnty.replace("LBY", "LBX") : e.event_id_cnty,
      }));
      // Older exports wrote the headers in capitals.
      const header = upper ? columns.map((c) => c.toUpperCase()) : columns;
      const file = csvOf(
        header,
        rows.map((r) =>
          Object.fromEntries(
            columns.map((c, i) => [
              header[i]!,
              (r as Record<string, string | number | undefined>)[c] ?? "",
            ]),
          ),
        ),
      );
      const { done, problems } = await importText(ctx.deps, "acled", file);
      expect(problems).toEqual([]);
      expect(done).toMatchObject({
        imported: 3,
        refused: 0,
        layout: upper ? "acled-legacy" : "acled",
      });
      const out = table(
        await text(contextOpenData(ctx.deps, CHIEF, upper ? "acled-legacy" : "acled", "acled")),
      );
      for (const x of expected) {
        const id = upper ? x.id.replace("LBY", "LBX") : x.id;
        const row = out.find((r) => r.event_id_cnty === id)!;
        expect(row).toBeDefined();
        expect([row.event_date, row.location, row.latitude, row.longitude]).toEqual([
          x.date,
          x.place,
          x.lat,
          x.lon,
        ]);
        const src = acledEvents.find((e) => e.event_id_cnty === x.id)!;
        expect(row.time_precision).toBe(String(src.time_precision));
        expect(row.geo_precision).toBe(String(src.geo_precision));
        expect(row.notes).toBe(src.notes);
        expect(row.source).toBe(src.source ?? "");
      }
    });
  }

  it("a UCDP GED file (with its header, and without one) imported and exported again as UCDP gives back every event", async () => {
    const base = {
      relid: "LBY-2020-1-1",
      year: 2020,
      type_of_violence: 1,
      side_a: "Government of Libya",
      side_b: "LNA",
      where_prec: 1,
      where_coordinates: "سرت",
      adm_1: "Surt",
      latitude: 31.2089,
      longitude: 16.5887,
      geom_wkt: "POINT (16.5887 31.2089)",
      country: "Libya",
      country_id: 620,
      region: "Africa",
      event_clarity: 1,
      date_prec: 1,
      date_start: "2020-01-16 00:00:00.000",
      date_end: "2020-01-16 00:00:00.000",
      best: 2,
      low: 1,
      high: 4,
    };
    const rows = [
      { ...base, id: 700001 },
      {
        ...base,
        id: 700002,
        where_prec: 4,
        date_prec: 3,
        date_end: "2020-01-20",
        where_coordinates: "Sirte",
      },
    ];
    const withHeader = csvOf(UCDP_COLUMNS, rows);
    const headerless = csvOf(UCDP_COLUMNS, [{ ...base, id: 700003 }])
      .split("\n")
      .slice(1)
      .join("\n");
    expect((await importText(ctx.deps, "ucdp", withHeader)).done).toMatchObject({
      imported: 2,
      refused: 0,
    });
    expect((await importText(ctx.deps, "ucdp", headerless)).done).toMatchObject({
      imported: 1,
      refused: 0,
    });
    const out = table(await text(contextOpenData(ctx.deps, CHIEF, "ucdp", "ucdp")));
    expect(out.map((r) => r.id).sort()).toEqual(["700001", "700002", "700003"]);
    const two = out.find((r) => r.id === "700002")!;
    expect(two).toMatchObject({
      date_start: "2020-01-16",
      date_end: "2020-01-20",
      date_prec: "3",
      where_prec: "4",
      where_coordinates: "Sirte",
      latitude: "31.2089",
      longitude: "16.5887",
      best: "2",
      low: "1",
      high: "4",
      country_id: "620",
    });
    expect(out.find((r) => r.id === "700001")!.where_coordinates).toBe("سرت");
  });

  it("reports malformed rows with their line, column and reason, and drops none", async () => {
    const good = { ...acledEvents[0]!, event_id_cnty: "LBY9101" };
    const file =
      csvOf(ACLED_COLUMNS, [
        good,
        { ...good, event_id_cnty: "LBY9102", event_date: "2020-13-45" },
        { ...good, event_id_cnty: "LBY9103", latitude: "north" },
        { ...good, event_id_cnty: "" },
        { ...good, event_id_cnty: "LBY9105", fatalities: -2, geo_precision: 9 },
        good,
      ]) + "\nLBY9106,2020-01-01,only,three";
    const { done, problems } = await importText(ctx.deps, "acled", file);
    expect(done).toMatchObject({ rowsRead: 7, imported: 1, duplicates: 1, refused: 5 });
    expect(done.imported + done.duplicates + done.refused).toBe(done.rowsRead);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, "event_date"],
      [4, "latitude"],
      [5, "event_id_cnty"],
      [6, "geo_precision"],
      [6, "fatalities"],
      [8, null],
    ]);
    expect(problems[0]!.reason).toContain("2020-13-45");
  });

  it("refuses a file that is not ACLED or UCDP, or of the other dataset, saying why", async () => {
    const junk = await importText(ctx.deps, "acled", "name,value\nx,1\n");
    expect(junk.done).toMatchObject({ state: "failed", imported: 0 });
    expect(junk.done.error).toMatch(/not a header/);
    const other = await importText(ctx.deps, "ucdp", csvOf(ACLED_COLUMNS, [acledEvents[0]!]));
    expect(other.done.error).toMatch(/ACLED/);
  });

  it("files candidate reports (media) for intake when chosen, once per event", async () => {
    const before = await countRows(ctx.deps.db, "reports");
    const file = csvOf(ACLED_COLUMNS, [{ ...acledEvents[0]!, event_id_cnty: "LBY9201" }]);
    const first = await importText(ctx.deps, "acled", file, "candidates");
    expect(first.done).toMatchObject({ imported: 1, refused: 0 });
    const again = await importText(ctx.deps, "acled", file, "candidates");
    expect(again.done).toMatchObject({ imported: 0, duplicates: 1 });
    expect(await countRows(ctx.deps.db, "reports")).toBe(before + 1);
    const report = await ctx.deps.db
      .selectFrom("reports")
      .selectAll()
      .where("description", "like", "%ACLED LBY9201%")
      .executeTakeFirstOrThrow();
    expect(report).toMatchObject({ source_kind: "media", category: "A3", place_name: "عين زارة" });
  });

  it("the changes feed, applied by a consumer, ends with exactly the current export; a withdrawn record leaves it", async () => {
    const consumer = new Map<string, OpenDataRecord>();
    let cursor: string | undefined;
    // The job loop keeps the feed; a reader only reads what it last wrote.
    const follow = async () => {
      await syncOpenDataFeed(ctx.deps);
      for (;;) {
        const page = await openDataChanges(ctx.deps, cursor, 50);
        for (const c of page.changes) {
          if (c.change === "withdrawn") consumer.delete(c.id);
          else if (c.record) consumer.set(c.id, c.record);
        }
        if (page.changes.length === 0) return;
        cursor = page.nextCursor;
      }
    };
    const current = async () =>
      Object.fromEntries((await allPublic(ctx.deps)).map((r) => [r.id, r]));
    await follow();
    expect(Object.fromEntries(consumer)).toEqual(await current());

    // The head of mission raises one published incident's classification: no longer public.
    const [gone] = await allPublic(ctx.deps);
    const chief = await ctx.deps.db
      .selectFrom("users")
      .select(["id", "username"])
      .where("role", "=", "chief")
      .executeTakeFirstOrThrow();
    await classifyIncident(
      ctx.deps,
      { ...CHIEF, userId: chief.id, username: chief.username },
      gone!.id,
      { classification: "parties", reason: "Withheld from the public after all." },
    );
    // Until the job loop compares again, a reader is told nothing new: a public request never
    // makes the server compare every published incident. Nor does the loop's offer so soon after
    // the last comparison (ten times its duration, at least a second).
    expect((await openDataChanges(ctx.deps, cursor, 50)).changes).toEqual([]);
    expect(await keepOpenDataFeed(ctx.deps)).toBe(false);
    expect((await openDataChanges(ctx.deps, cursor, 50)).changes).toEqual([]);
    await follow();
    expect(consumer.has(gone!.id)).toBe(false);
    expect(Object.fromEntries(consumer)).toEqual(await current());
    // Read from the start again, the feed no longer serves the withdrawn record's content.
    const history = await openDataChanges(ctx.deps, undefined, 10_000);
    const about = history.changes.filter((c) => c.id === gone!.id);
    expect(about.map((c) => c.change)).toEqual(["created", "withdrawn"]);
    expect(about.every((c) => c.record === null)).toBe(true);
    // Nothing new: the same cursor back.
    const idle = await openDataChanges(ctx.deps, cursor, 50);
    expect(idle).toEqual({ changes: [], nextCursor: cursor });
  });

  it("a node finding another's comparison under way leaves it instead of queueing behind it", async () => {
    // Two connections are needed: the embedded engine has one.
    if (ctx.engine !== "postgres") return;
    // Without NOWAIT the sync would wait for this transaction, which waits for it: the test hangs.
    const synced = await ctx.deps.db.transaction().execute(async (tx) => {
      await sql`LOCK TABLE open_data_published IN EXCLUSIVE MODE`.execute(tx);
      return syncOpenDataFeed(ctx.deps);
    });
    expect(synced).toBe(false);
    expect(await syncOpenDataFeed(ctx.deps)).toBe(true);
  });
});
