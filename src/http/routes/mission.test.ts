import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { countRows, describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { missionReplyWindowMs } from "../../services/mission.js";

describeEachEngine("the mission API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;

  beforeAll(async () => {
    app = await testApp(ctx);
  });

  it("says plainly that no mission is set up yet, before `cfm mission init`", async () => {
    const res = await call(app, "GET", "/api/v1/mission");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("mission_not_initialised");
    expect(res.body.error.message).toContain("cfm mission init");
  });

  describe("once the Libya profile is loaded", () => {
    beforeAll(async () => {
      t = await loginAll(ctx.deps, await seedActors(ctx.deps));
    });

    it("gives anyone, without logging in, the mission's name and settings", async () => {
      const res = await call(app, "GET", "/api/v1/mission");
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        code: "libya-2020",
        name: { en: expect.stringContaining("Libya"), ar: expect.stringContaining("ليبيا") },
        languages: ["ar", "en"],
        authoritativeLanguage: "en",
        timeZone: "Africa/Tripoli",
        replyWindowHours: 72,
        releaseRules: { partiesFirst: true, publicDelayHours: 72 },
        mandate: {
          mandatingBody: { en: "United Nations Security Council", ar: expect.any(String) },
          referralAllowed: true,
        },
        dailyReportCutoff: "19:30",
        jointBody: {
          code: "jmc",
          name: { en: "5+5 Joint Military Commission", ar: expect.any(String) },
          chair: { en: expect.stringContaining("UNSMIL"), ar: expect.any(String) },
          delegations: ["GNA", "LNA"],
        },
        bbox: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)],
      });
      const [w, s, e, n] = res.body.bbox;
      expect(w).toBeLessThan(e);
      expect(s).toBeLessThan(n);
    });

    it("gives anyone the outline, districts and sectors as GeoJSON", async () => {
      const res = await call(app, "GET", "/api/v1/mission/geography");
      expect(res.status).toBe(200);
      expect(res.body.outline.type).toBe("FeatureCollection");
      expect(res.body.outline.features).toHaveLength(1);
      expect(res.body.districts.features).toHaveLength(22);
      expect(
        res.body.sectors.features.map((f: { properties: { code: string } }) => f.properties),
      ).toEqual([
        {
          code: "tripoli_front",
          name_en: "Tripoli and the southern front",
          name_ar: "طرابلس والجبهة الجنوبية",
        },
        {
          code: "sirte_jufra",
          name_en: "Sirte–Jufra and the central front",
          name_ar: "سرت–الجفرة والجبهة الوسطى",
        },
      ]);
      expect(res.body.sectors.features[0].geometry.type).toBe("Polygon");
    });

    it("gives the credits of the profile's data, as missions/libya-2020/mission.json has them", async () => {
      const res = await call(app, "GET", "/api/v1/mission/geography");
      const profile = JSON.parse(
        readFileSync(new URL("../../../missions/libya-2020/mission.json", import.meta.url), "utf8"),
      ) as { attribution: unknown };
      expect(res.body.attribution).toEqual(profile.attribution);
      expect(res.body.attribution.map((c: { en: string }) => c.en).join(" ")).toMatch(
        /Natural Earth.*OpenStreetMap.*GeoNames/,
      );
    });

    it("lets only an administrator change the settings", async () => {
      const body = { replyWindowHours: 48 };
      expect((await call(app, "PATCH", "/api/v1/mission/settings", { body })).status).toBe(401);
      for (const who of ["chief", "analyst", "liaisonGna", "auditor"] as const) {
        const res = await call(app, "PATCH", "/api/v1/mission/settings", { token: t[who], body });
        expect(res.status, who).toBe(403);
      }
      expect((await call(app, "GET", "/api/v1/mission")).body.replyWindowHours).toBe(72);
    });

    it("refuses bad settings naming the field, and changes nothing", async () => {
      const audits = await countRows(ctx.deps.db, "audit_entries");
      const bad = [
        [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
        [{ replyWindowHours: 0 }, "replyWindowHours"],
        [{ languages: ["fr"] }, "languages"],
        [{ releaseRules: { publicDelayHours: -1 } }, "publicDelayHours"],
        // Found by the fuzzer: a delay of 2^53 hours put the public's view before any date the
        // database holds, and every public commitment page answered 500 from then on.
        [{ releaseRules: { publicDelayHours: Number.MAX_SAFE_INTEGER } }, "publicDelayHours"],
        [{ mandate: { referralAllowed: true, mandatingBody: null } }, "mandate.mandatingBody"],
        [{ colour: "#000000" }, "colour"],
        [{}, "setting"],
      ] as const;
      for (const [body, field] of bad) {
        const res = await call(app, "PATCH", "/api/v1/mission/settings", { token: t.admin, body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.code).toBe("validation_failed");
        expect(JSON.stringify(res.body.error), JSON.stringify(body)).toContain(field);
      }
      expect(await countRows(ctx.deps.db, "audit_entries")).toBe(audits);
      expect((await call(app, "GET", "/api/v1/mission")).body.timeZone).toBe("Africa/Tripoli");
    });

    it("applies an administrator's change at once, audited: time zone and reply window", async () => {
      const res = await call(app, "PATCH", "/api/v1/mission/settings", {
        token: t.admin,
        body: { timeZone: "Asia/Aden", replyWindowHours: 24 },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ timeZone: "Asia/Aden", replyWindowHours: 24 });
      const entry = await ctx.deps.db
        .selectFrom("audit_entries")
        .select(["action", "subject", "actor", "data"])
        .orderBy("seq", "desc")
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({
        action: "mission.settings_changed",
        subject: "mission:libya-2020",
        actor: "user:admin",
      });
      expect(JSON.stringify(entry.data)).toContain("Africa/Tripoli");
      // The reply window a right of reply opens with, and the dashboard's days, follow.
      expect(await missionReplyWindowMs(ctx.deps)).toBe(24 * 3_600_000);
      const stats = await call(app, "GET", "/api/v1/stats/dashboard", { token: t.chief });
      expect(stats.body.reference.timeZone).toBe("Asia/Aden");
      const audit = await call(app, "GET", "/api/v1/audit/verify", { token: t.auditor });
      expect(audit.body.ok).toBe(true);
    });

    it("the mandate is changed like any setting: audited with what it was", async () => {
      const mandate = {
        mandatingBody: { en: "The Security Council", ar: "مجلس الأمن" },
        referralAllowed: false,
      };
      const res = await call(app, "PATCH", "/api/v1/mission/settings", {
        token: t.admin,
        body: { mandate },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.mandate).toEqual(mandate);
      const entry = await ctx.deps.db
        .selectFrom("audit_entries")
        .select(["action", "data"])
        .orderBy("seq", "desc")
        .executeTakeFirstOrThrow();
      expect(entry.action).toBe("mission.settings_changed");
      expect(JSON.stringify(entry.data)).toContain('"referralAllowed":false');
      // The chief does not change the mission's settings (the administrator does).
      const chief = await call(app, "PATCH", "/api/v1/mission/settings", {
        token: t.chief,
        body: { mandate },
      });
      expect(chief.status).toBe(403);
    });
  });
});
