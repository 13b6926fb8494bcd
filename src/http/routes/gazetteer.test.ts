import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { countRows, describeEachEngine, testGeography } from "../../../test/db.js";
import { loginAll, seedActors, type Actors, type TestUserName } from "../../../test/fixtures.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { defaultSharedDataDir } from "../../demo/geo/build-gazetteer.js";
import { verifyAudit } from "../../services/audit.js";
import { evaluateAllPending } from "../../services/geo-evaluations.js";
import { runPendingJobs } from "../../services/jobs.js";
import { withDatabaseGazetteer } from "../../services/gazetteer-index.js";
import { searchPlaces } from "../../services/places.js";

const GEONAMES_HEADER =
  "geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class\tfeature_code\tcountry_code\tcc2\tadmin1_code\tadmin2_code\tadmin3_code\tadmin4_code\tpopulation\televation\tdem\ttimezone\tmodification_date";
const YEMEN_TSV = [
  GEONAMES_HEADER,
  "79415\tAl Ḩudaydah\tAl Hudaydah\tHodeida,Hodeidah,الحديدة\t14.79781\t42.95452\tP\tPPLA\tYE\t\t08\t\t\t\t617871\t\t10\tAsia/Aden\t2020-06-09",
  "70225\tAş Şalīf\tAs Salif\tSalif,الصليف\t15.30867\t42.67303\tP\tPPL\tYE\t\t08\t\t\t\t3000\t\t5\tAsia/Aden\t2020-06-09",
  "",
].join("\n");

const place = (id: string) => `/api/v1/gazetteer/places/${encodeURIComponent(id)}`;
const MISRATA = "osm:node/5431087789";

describeEachEngine("the gazetteer's administration", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;
  let actors: Actors;
  const as = (who: TestUserName, method: "GET" | "POST", url: string, body?: unknown) =>
    call(app, method, url, { token: tokens[who], ...(body === undefined ? {} : { body }) });
  const lastAudit = () =>
    ctx.deps.db
      .selectFrom("audit_entries")
      .selectAll()
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
  });

  it("an analyst adds a place that search and intake find at once, in either script", async () => {
    const added = await as("analyst", "POST", "/api/v1/gazetteer/places", {
      name: "Qasr Bin Ghashir checkpoint",
      nameAr: "بوابة قصر بن غشير",
      variants: ["Gasr Ben Gashir gate"],
      lat: 32.6861,
      lon: 13.1783,
      kind: "site",
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      nameAr: "بوابة قصر بن غشير",
      sources: ["mission"],
      // The Arabic name prevails unless the keeper says otherwise.
      authoritativeName: "ar",
    });
    expect(added.headers.location).toBe(place(added.body.id));
    const audit = await lastAudit();
    expect([audit.action, audit.subject]).toEqual(["place.added", `place:${added.body.id}`]);

    const found = await as(
      "liaisonLna",
      "GET",
      `/api/v1/places?q=${encodeURIComponent("بوّابة قصر بن غشير")}`,
    );
    expect(found.body.items[0]).toMatchObject({ id: added.body.id, match: "exact" });
    const { location: _, ...noCoordinates } = reportJson({ allegedParty: "LNA" });
    const report = await as("liaisonGna", "POST", "/api/v1/reports", {
      ...noCoordinates,
      placeName: "Gasr Ben Gashir gate",
    });
    expect(report.body.locationResolution.status).toBe("gazetteer");
    expect(report.body.location).toEqual({ lat: 32.6861, lon: 13.1783 });
  });

  it("an added place becomes the nearest place of what was evaluated near it, by a job", async () => {
    await runPendingJobs(ctx.deps);
    const evaluation = async (id: string) =>
      (
        await sql<{
          result: { nearestPlaces: { placeId: string; distanceKm: number }[] };
        }>`SELECT result FROM geo_evaluations WHERE subject_id = ${id}`.execute(ctx.deps.db)
      ).rows[0]!.result;
    // A report in the open desert south of Sirte, far from any place the gazetteer holds, and
    // one 150 km away, which a new place there cannot be the nearest of.
    const file = async (lat: number, lon: number) => {
      const res = await as("monitor", "POST", "/api/v1/reports", {
        ...reportJson({ sourceKind: "monitor" }),
        location: { lat, lon },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const near = await file(30.2, 16.9);
    const far = await file(28.9, 16.9);
    await evaluateAllPending(ctx.deps);
    const farBefore = await evaluation(far);
    expect((await evaluation(near)).nearestPlaces[0]?.placeId).not.toMatch(/^cfm:/);

    const added = await as("analyst", "POST", "/api/v1/gazetteer/places", {
      name: "Bir Desert Well",
      nameAr: "بئر الصحراء",
      variants: [],
      lat: 30.21,
      lon: 16.9,
      kind: "site",
      authoritativeName: "latin",
    });
    expect(added.status).toBe(201);
    // Recorded as said, and read back so.
    expect(added.body.authoritativeName).toBe("latin");
    const again = await as("analyst", "GET", place(added.body.id));
    expect(again.body.authoritativeName).toBe("latin");
    expect((await lastAudit()).data).toMatchObject({
      details: { reevaluationJob: expect.any(String) },
    });
    expect((await runPendingJobs(ctx.deps)).done).toHaveLength(1);
    expect((await evaluation(near)).nearestPlaces[0]).toMatchObject({ placeId: added.body.id });
    expect(await evaluation(far)).toEqual(farBefore);
  });

  it("another server sees a change within a second, by the version number", async () => {
    let now = 0;
    const other = withDatabaseGazetteer(testGeography, ctx.database.db, () => now);
    await other.refresh();
    const before = other.gazetteer();
    await as("admin", "POST", "/api/v1/gazetteer/places", {
      name: "Wadi Test",
      nameAr: "وادي التجربة",
      lat: 31.5,
      lon: 14.5,
      kind: "site",
    });
    expect(other.gazetteer()).toBe(before);
    // Within the second the last look stands for (intake and search refresh on every request).
    now += 500;
    await other.refresh();
    expect(other.gazetteer()).toBe(before);
    now += 600;
    await other.refresh();
    expect(other.gazetteer()).not.toBe(before);
    const hits = searchPlaces({ geography: other }, actors.analyst, {
      q: "وادي التجربه",
      limit: 1,
    });
    expect(hits[0]?.name).toBe("Wadi Test");
    // Nothing changed since: the index is kept.
    const kept = other.gazetteer();
    now += 2000;
    await other.refresh();
    expect(other.gazetteer()).toBe(kept);
  });

  const evaluation = (id: string) =>
    ctx.deps.db
      .selectFrom("geo_evaluations")
      .selectAll()
      .where("subject_id", "=", id)
      .executeTakeFirstOrThrow();

  it("a corrected position is used at once, and the audit entry keeps the old one", async () => {
    // A report located by the place's name, and one a filer placed 2 km from it.
    const { location: _, ...noCoordinates } = reportJson({ allegedParty: "LNA" });
    const located = await as("liaisonGna", "POST", "/api/v1/reports", {
      ...noCoordinates,
      placeName: "Misrata",
    });
    expect(located.body.location).toEqual({ lat: 32.3745923, lon: 15.0905803 });
    const near = await as("liaisonGna", "POST", "/api/v1/reports", {
      ...reportJson({ allegedParty: "LNA" }),
      location: { lat: 32.3925, lon: 15.0905803 },
    });
    await evaluateAllPending(ctx.deps);
    const nearBefore = await evaluation(near.body.id);
    const nearest = (r: unknown) =>
      (r as { nearestPlaces: { placeId: string; distanceKm: number }[] }).nearestPlaces[0]!;
    expect(nearest(nearBefore.result).placeId).toBe(MISRATA);

    const res = await as("chief", "POST", `${place(MISRATA)}/position`, {
      lat: 32.38,
      lon: 15.1,
      approximate: true,
      reason: "The point sat on the port, not the centre.",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: MISRATA, lat: 32.38, lon: 15.1, approximate: true });
    const audit = await lastAudit();
    expect(audit.action).toBe("place.position_corrected");
    expect(audit.data).toMatchObject({
      details: {
        from: { lat: 32.3745923, lon: 15.0905803, approximate: false },
        to: { lat: 32.38, lon: 15.1, approximate: true },
      },
    });
    expect(audit.data).toMatchObject({ details: { reportsMoved: 1 } });
    const hit = await as("monitor", "GET", "/api/v1/places?q=Misrata&limit=1");
    expect(hit.body.items[0]).toMatchObject({ lat: 32.38, lon: 15.1 });

    // The located report moved with its place (recorded in the same audit entry); the filer's did not.
    const moved = await as("chief", "GET", `/api/v1/reports/${located.body.id}`);
    expect(moved.body.location).toEqual({ lat: 32.38, lon: 15.1 });
    expect(moved.body.locationResolution.candidates[0]).toMatchObject({ lat: 32.38, lon: 15.1 });
    // Only a located report's derived coordinates may move; what a filer gave never does.
    await expect(
      sql`UPDATE reports SET lat = 32.4 WHERE id = ${near.body.id}`.execute(ctx.deps.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`UPDATE reports SET description = 'x' WHERE id = ${located.body.id}`.execute(ctx.deps.db),
    ).rejects.toThrow(/immutable/);
    const kept = await as("chief", "GET", `/api/v1/reports/${near.body.id}`);
    expect(kept.body.location).toEqual({ lat: 32.3925, lon: 15.0905803 });
    // Until the job has run, the old evaluation is not shown as current.
    expect(moved.body.geoStatus).toBe("pending");

    // The move's job (and the added place's of the test before).
    const ran = await runPendingJobs(ctx.deps);
    expect([ran.failed, ran.done.length > 0]).toEqual([[], true]);
    const after = await evaluation(located.body.id);
    expect([after.lat, after.lon]).toEqual([32.38, 15.1]);
    expect(nearest(after.result)).toMatchObject({ placeId: MISRATA, distanceKm: 0 });
    const nearAfter = await evaluation(near.body.id);
    expect(nearest(nearAfter.result).distanceKm).not.toBe(nearest(nearBefore.result).distanceKm);
    expect(nearAfter.computed_at.getTime()).toBeGreaterThan(nearBefore.computed_at.getTime() - 1);
    const shown = await as("chief", "GET", `/api/v1/reports/${located.body.id}`);
    expect(shown.body.geoStatus).toBe("evaluated");
    expect(shown.body.geo.description.en).toMatch(/Misrata/);
  });

  it("notices a place changed behind the audit's back (cfm audit verify)", async () => {
    expect((await verifyAudit(ctx.deps.db)).problem).toBe(null);
    const { rows } = await sql<{
      lat: number;
    }>`SELECT lat FROM places WHERE id = ${MISRATA}`.execute(ctx.deps.db);
    await sql`UPDATE places SET lat = 32.5 WHERE id = ${MISRATA}`.execute(ctx.deps.db);
    const res = await verifyAudit(ctx.deps.db);
    expect(res.ok).toBe(false);
    expect(res.problem).toMatchObject({ field: "row", row: { table: "places", id: MISRATA } });
    await sql`UPDATE places SET lat = ${rows[0]!.lat} WHERE id = ${MISRATA}`.execute(ctx.deps.db);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("merging a duplicate keeps its names on the survivor and its id leading there", async () => {
    // Albirkat (a village by Ghat), entered as a duplicate of Ghat for the test.
    const { location: _, ...noCoordinates } = reportJson({ allegedParty: "LNA" });
    const before = await as("liaisonGna", "POST", "/api/v1/reports", {
      ...noCoordinates,
      placeName: "البركت",
    });
    const recorded = before.body.locationResolution.candidates[0].placeId;
    expect(recorded).toBe("osm:node/260714665");

    const res = await as("admin", "POST", "/api/v1/gazetteer/merges", {
      from: "osm:node/260714665",
      into: "osm:node/260714409",
      reason: "One oasis.",
    });
    expect(res.status).toBe(200);
    expect(res.body.variants).toEqual(expect.arrayContaining(["Albirkat", "البركت"]));
    expect((await lastAudit()).action).toBe("place.merged");

    const followed = await as("analyst", "GET", place(recorded));
    expect(followed.body).toMatchObject({ id: "osm:node/260714409", mergedFrom: recorded });
    const search = await as("intake", "GET", `/api/v1/places?q=${encodeURIComponent("البركت")}`);
    expect(search.body.items.map((h: { id: string }) => h.id)).not.toContain(recorded);
    expect(search.body.items[0].id).toBe("osm:node/260714409");

    const again = await as("admin", "POST", "/api/v1/gazetteer/merges", {
      from: "osm:node/260714665",
      into: "osm:node/260714409",
      reason: "Twice.",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ field: "from" });
  });

  it("refuses a merge or a place id with a NUL character: a 400, not a 500", async () => {
    // Found by the reliability suite's fuzzer: the ids went to the database unchecked.
    for (const [from, into] of [
      ["osm:node/260714665\u0000", "osm:node/260714409"],
      ["osm:node/260714665", "\u0000"],
    ]) {
      const res = await as("admin", "POST", "/api/v1/gazetteer/merges", {
        from,
        into,
        reason: "One oasis.",
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    // The same in a place's path (found by the fuzzer too).
    const moved = await as("admin", "POST", `${place(MISRATA)}%00/position`, {
      lat: 32.37,
      lon: 15.09,
      reason: "Surveyed.",
    });
    expect(moved.status).toBe(400);
    expect((await as("analyst", "GET", `${place(MISRATA)}%00`)).status).toBe(400);
  });

  it("imports a GeoNames file once: again, it adds nothing", async () => {
    const places = await countRows(ctx.deps.db, "places");
    const first = await as("chief", "POST", "/api/v1/gazetteer/imports", {
      fileName: "YE.tsv",
      text: YEMEN_TSV,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ format: "geonames-tsv", added: 2, existing: 0, matched: 0 });
    expect((await lastAudit()).action).toBe("gazetteer.imported");
    const again = await as("admin", "POST", "/api/v1/gazetteer/imports", {
      fileName: "YE.tsv",
      text: YEMEN_TSV,
    });
    expect(again.body).toMatchObject({ added: 0, existing: 2 });
    expect(await countRows(ctx.deps.db, "places")).toBe(places + 2);
    const found = await as(
      "liaisonGna",
      "GET",
      `/api/v1/places?q=${encodeURIComponent("الحديدة")}`,
    );
    expect(found.body.items[0]).toMatchObject({ id: "geonames:79415", name: "Al Hudaydah" });
  });

  const shared = defaultSharedDataDir();
  const LY = join(shared, "geonames_cities500_LY.tsv");
  it.skipIf(!existsSync(LY))(
    "imports GeoNames after the project's own file without duplicating its places",
    async () => {
      const text = readFileSync(LY, "utf8");
      const places = await countRows(ctx.deps.db, "places");
      const res = await as("admin", "POST", "/api/v1/gazetteer/imports", {
        fileName: "geonames_cities500_LY.tsv",
        text,
      });
      expect(res.status).toBe(200);
      // The project's file holds GeoNames' Libyan towns already, most under OpenStreetMap ids.
      expect(res.body.added + res.body.existing + res.body.matched).toBe(55);
      expect(res.body.matched).toBeGreaterThan(40);
      expect(await countRows(ctx.deps.db, "places")).toBe(places + res.body.added);
      // Tobruk is one place, holding its GeoNames id and names.
      const tobruk = await as("admin", "GET", `/api/v1/gazetteer/places?q=Tobruk&limit=5`);
      const ids = tobruk.body.items.filter((p: { name: string }) => p.name === "Tobruk");
      expect(ids).toHaveLength(1);
      expect(ids[0]).toMatchObject({ sourceIds: ["geonames:81302"] });
      expect(ids[0].sources).toContain("geonames");
      expect(ids[0].id).not.toBe("geonames:81302");
      const audit = await lastAudit();
      // Every place added or matched is recorded with its row hash.
      const rows = (audit.data as { rows: { table: string }[] }).rows;
      expect(rows.length).toBeGreaterThanOrEqual(res.body.added + 1);
      expect(rows.every((r) => r.table === "places")).toBe(true);
      // Again: every place is known, by its own id or its GeoNames id.
      const again = await as("admin", "POST", "/api/v1/gazetteer/imports", {
        fileName: "geonames_cities500_LY.tsv",
        text,
      });
      expect(again.body).toMatchObject({ added: 0, matched: 0, existing: 55 });
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
    },
  );

  it("refuses a file with a bad line whole, naming the file, line and field", async () => {
    const places = await countRows(ctx.deps.db, "places");
    const audits = await countRows(ctx.deps.db, "audit_entries");
    const csv = [
      "osm_type,osm_id,place,name,name_ar,lat,lon",
      "node,901,village,Good,جيد,31.1,13.1",
      "node,902,castle,Bad,سيء,31.1,13.1",
    ].join("\n");
    const res = await as("admin", "POST", "/api/v1/gazetteer/imports", {
      fileName: "extract.csv",
      text: csv,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.message).toMatch(/^extract\.csv, line 3: kind "castle"/);
    expect(res.body.error.details.problems).toEqual([
      {
        line: 3,
        field: "kind",
        code: "kind_unknown",
        params: { kind: "castle", kinds: expect.stringContaining("village") },
        message: expect.any(String),
      },
    ]);
    expect(await countRows(ctx.deps.db, "places")).toBe(places);
    expect(await countRows(ctx.deps.db, "audit_entries")).toBe(audits);
  });

  it("lists places with all their names, searched with Arabic normalisation", async () => {
    const res = await as(
      "analyst",
      "GET",
      `/api/v1/gazetteer/places?q=${encodeURIComponent("مِصْرَاته")}&limit=3`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ id: MISRATA, nameAr: "مصراتة" });
    expect(res.body.items[0].variants.length).toBeGreaterThan(0);
    const all = await as("admin", "GET", "/api/v1/gazetteer/places?limit=2&offset=0");
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThan(900);
  });

  it("refuses the roles that do not keep the gazetteer, and bad input by field", async () => {
    const body = { name: "X", nameAr: "س", lat: 31, lon: 13, kind: "site" };
    expect((await as("liaisonGna", "POST", "/api/v1/gazetteer/places", body)).status).toBe(403);
    expect((await as("monitor", "GET", "/api/v1/gazetteer/places")).status).toBe(403);
    const merge = { from: "osm:node/1", into: "osm:node/2", reason: "x" };
    expect((await as("analyst", "POST", "/api/v1/gazetteer/merges", merge)).status).toBe(403);
    const imp = { fileName: "a.tsv", text: YEMEN_TSV };
    expect((await as("analyst", "POST", "/api/v1/gazetteer/imports", imp)).status).toBe(403);

    const latin = await as("admin", "POST", "/api/v1/gazetteer/places", { ...body, nameAr: "Sin" });
    expect(latin.status).toBe(400);
    expect(latin.body.error.details.issues[0].field).toBe("nameAr");
    const far = await as("admin", "POST", `${place(MISRATA)}/position`, {
      lat: 91,
      lon: 15,
      reason: "x",
    });
    expect(far.body.error.details.issues[0].field).toBe("lat");
    const missing = await as("admin", "POST", `${place("osm:node/1")}/position`, {
      lat: 1,
      lon: 1,
      reason: "x",
    });
    expect([missing.status, missing.body.error.code]).toEqual([404, "place_not_found"]);
  });

  it("leaves an audit chain that verifies", async () => {
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });
});
