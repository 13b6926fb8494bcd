import { join } from "node:path";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { countRows, describeEachEngine } from "../../test/db.js";
import { districtAt } from "../domain/geo/districts.js";
import { searchPlaces } from "../domain/geo/place-search.js";
import { sectorOf } from "../domain/sectors.js";
import { sectorSql } from "../store/sector-sql.js";
import { databaseGeography } from "./database-geography.js";
import { initMission, missionState, missionTimeZone } from "./mission.js";
import {
  loadProfile,
  MISSIONS_DIR,
  profileGeography,
  type LoadedProfile,
} from "./mission-profile.js";

const CLI = { kind: "system", name: "test" } as const;
const HODEIDAH_DIR = join(MISSIONS_DIR, "hodeidah-2019");
/** Hudaydah city centre. */
const HUDAYDAH = { lat: 14.798, lon: 42.954 };

describe("the shipped profiles", () => {
  it("load without a problem", () => {
    for (const name of ["libya-2020", "hodeidah-2019"]) {
      expect(() => loadProfile(join(MISSIONS_DIR, name)), name).not.toThrow();
    }
  });

  it("Hodeidah: a point in Hudaydah city is in the Al Hudaydah governorate and the city sector", () => {
    const geography = profileGeography(HODEIDAH_DIR);
    expect(districtAt(geography.districts(), HUDAYDAH)).toMatchObject({
      id: "YEM-151",
      name: "Al Hudaydah",
      nameAr: "الحديدة",
    });
    expect(sectorOf(HUDAYDAH, loadProfile(HODEIDAH_DIR).sectors)).toBe("hudaydah_city");
    const [top] = searchPlaces(geography.gazetteer(), "الحديدة", { limit: 1 });
    expect(top?.place.name).toMatch(/Hudaydah/);
  });

  it("a broken profile is refused with its file and line", () => {
    expect(() => loadProfile(join(MISSIONS_DIR, "no-such-mission"))).toThrow(/no mission.json/);
  });
});

describeEachEngine("creating the mission from a profile", (ctx) => {
  let hodeidah: LoadedProfile;
  beforeAll(() => {
    hodeidah = loadProfile(HODEIDAH_DIR);
  });

  it("writes nothing at all when a step fails half-way", async () => {
    const audits = await countRows(ctx.deps.db, "audit_entries");
    const twice = { ...hodeidah, sectors: [hodeidah.sectors[0]!, hodeidah.sectors[0]!] };
    await expect(initMission(ctx.deps, CLI, twice)).rejects.toThrow();
    for (const table of ["mission", "districts", "sectors", "parties"] as const) {
      expect(await countRows(ctx.deps.db, table), table).toBe(0);
    }
    expect(await countRows(ctx.deps.db, "audit_entries")).toBe(audits);
  });

  it("creates the mission, districts, sectors and parties on an empty database, audited", async () => {
    const geography = databaseGeography(ctx.deps.db);
    const res = await initMission({ ...ctx.deps, geography }, CLI, hodeidah);
    expect(res.status).toBe("created");
    expect(await countRows(ctx.deps.db, "districts")).toBe(hodeidah.districts.length);
    expect(await countRows(ctx.deps.db, "sectors")).toBe(4);
    const parties = await ctx.deps.db
      .selectFrom("parties")
      .select(["code", "authoritative_language"])
      .orderBy("code")
      .execute();
    // The profile says each party's authoritative language (both Arabic).
    expect(parties.map((p) => [p.code, p.authoritative_language])).toEqual([
      ["ANSAR", "ar"],
      ["GOY", "ar"],
    ]);
    const actions = await ctx.deps.db
      .selectFrom("audit_entries")
      .select("action")
      .where("subject", "!=", "gazetteer:test-template")
      .orderBy("seq")
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      "mission.initialised",
      "party.created",
      "party.created",
      // The RCC's two delegations, without members until an administrator names them.
      "delegation.set",
      "delegation.set",
      // The profile's agreements, commitments (the Stockholm redeployment's two phases, counted
      // from its anchor event) and places, in the same transaction.
      "agreement.created",
      "commitment_anchor.set",
      "commitment.created",
      "commitment.created",
      "gazetteer.imported",
    ]);
    expect(await countRows(ctx.deps.db, "places")).toBeGreaterThan(300);
    expect(await missionTimeZone(ctx.deps)).toBe("Asia/Aden");
    // Its joint body: the RCC, chaired by the United Nations, with both parties' delegations.
    const { mission } = await missionState(ctx.deps);
    expect(mission?.jointBody).toEqual({
      code: "rcc",
      name: { en: "Redeployment Coordination Committee", ar: "لجنة تنسيق إعادة الانتشار" },
      chair: { en: "United Nations", ar: "الأمم المتحدة" },
      delegations: ["GOY", "ANSAR"],
    });
    const delegations = await ctx.deps.db
      .selectFrom("delegations")
      .select(["party_code", "members", "head_user_id"])
      .orderBy("party_code")
      .execute();
    expect(delegations).toEqual([
      { party_code: "ANSAR", members: [], head_user_id: null },
      { party_code: "GOY", members: [], head_user_id: null },
    ]);
    // The server's geography is the database's: Hudaydah's district and sector, in JS and SQL.
    expect(districtAt(geography.districts(), HUDAYDAH)?.id).toBe("YEM-151");
    expect(geography.area()[0]).toBeLessThan(42.954);
    const { rows } = await sql<{ sector: string }>`SELECT ${sectorSql("reports")} AS sector
      FROM (VALUES (${HUDAYDAH.lat}::float8, ${HUDAYDAH.lon}::float8)) AS reports(lat, lon)`.execute(
      ctx.deps.db,
    );
    expect(rows[0]?.sector).toBe("hudaydah_city");
  });

  it("is idempotent: the same profile again changes nothing", async () => {
    const audits = await countRows(ctx.deps.db, "audit_entries");
    const res = await initMission(ctx.deps, CLI, hodeidah);
    expect(res.status).toBe("already_initialised");
    expect(await countRows(ctx.deps.db, "audit_entries")).toBe(audits);
  });

  it("refuses another mission's profile on this database, naming both", async () => {
    const libya = loadProfile(join(MISSIONS_DIR, "libya-2020"));
    await expect(initMission(ctx.deps, CLI, libya)).rejects.toMatchObject({
      code: "mission_mismatch",
      message: expect.stringMatching(/already serves the mission "hodeidah-2019".*"libya-2020"/),
    });
    expect((await missionState(ctx.deps)).mission?.code).toBe("hodeidah-2019");
    expect(await countRows(ctx.deps.db, "mission")).toBe(1);
  });
});
