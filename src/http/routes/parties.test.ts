import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import {
  loginAll,
  PASSWORD,
  seedActors,
  type Actors,
  type TestUserName,
} from "../../../test/fixtures.js";
import { createUser } from "../../services/users.js";

describeEachEngine("parties and delegations API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let a: Actors;
  let lnaDelegate: string;

  beforeAll(async () => {
    a = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, a);
    lnaDelegate = (
      await createUser(
        ctx.deps,
        { kind: "system", name: "test" },
        {
          username: "lna-delegate",
          displayName: "LNA-DELEGATE-NAME",
          role: "commission",
          party: "LNA",
          password: PASSWORD,
          isDemo: true,
        },
      )
    ).id;
    app = await testApp(ctx);
  });

  it("an administrator adds a party and renames it; the code stays", async () => {
    const body = { code: "AQAP", nameEn: "Third", nameAr: "ثالث", colour: "#00aa00" };
    const created = await call(app, "POST", "/api/v1/parties", { token: t.admin, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: "AQAP",
      shortEn: "AQAP",
      shortAr: "ثالث",
      // Not said: English, as agreements and findings are.
      authoritativeLanguage: "en",
    });
    const again = await call(app, "POST", "/api/v1/parties", { token: t.admin, body });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "party_exists", details: { field: "code" } });
    const renamed = await call(app, "PATCH", "/api/v1/parties/AQAP", {
      token: t.admin,
      body: { nameEn: "Third party", nameAr: "طرف ثالث", shortEn: "3P", colour: "#00aa00" },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ code: "AQAP", nameEn: "Third party", shortEn: "3P" });
    const audit = await ctx.deps.db
      .selectFrom("audit_entries")
      .select("action")
      .where("action", "like", "party.%")
      .execute();
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(["party.updated"]));
  });

  it("a party records its authoritative language; an edit that does not say keeps it", async () => {
    const edit = (extra: object) =>
      call(app, "PATCH", "/api/v1/parties/AQAP", {
        token: t.admin,
        body: { nameEn: "Third party", nameAr: "طرف ثالث", colour: "#00aa00", ...extra },
      });
    expect((await edit({})).body.authoritativeLanguage).toBe("en");
    expect((await edit({ authoritativeLanguage: "ar" })).body.authoritativeLanguage).toBe("ar");
    expect((await edit({ shortEn: "3rd" })).body.authoritativeLanguage).toBe("ar");
    const entries = await ctx.deps.db
      .selectFrom("audit_entries")
      .select("data")
      .where("action", "=", "party.updated")
      .where("subject", "=", "party:AQAP")
      .execute();
    expect(JSON.stringify(entries.map((e) => e.data))).toContain("authoritativeLanguage");
    const list = await call(app, "GET", "/api/v1/parties", { token: t.liaisonGna });
    expect(list.body.items.find((p: { code: string }) => p.code === "AQAP")).toMatchObject({
      authoritativeLanguage: "ar",
    });
    const bad = await edit({ authoritativeLanguage: "fr" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    expect(JSON.stringify(bad.body.error)).toContain("authoritativeLanguage");
  });

  it("bad input is a 400 naming the field; a chief or a liaison may not edit parties", async () => {
    const bad = await call(app, "PATCH", "/api/v1/parties/GNA", {
      token: t.admin,
      body: { nameEn: "GNA", nameAr: "الوفاق", colour: "blue" },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toMatch(/colour/);
    for (const who of ["chief", "liaisonGna"] as const) {
      const res = await call(app, "PATCH", "/api/v1/parties/GNA", {
        token: t[who],
        body: { nameEn: "Hijacked", nameAr: "x", colour: "#000000" },
      });
      expect(res.status, who).toBe(403);
    }
  });

  it("sets a delegation; a party's user reads its own delegation only", async () => {
    const set = await call(app, "PUT", "/api/v1/delegations/LNA", {
      token: t.admin,
      body: { memberIds: [lnaDelegate, a.liaisonLna.userId], headUserId: lnaDelegate },
    });
    expect(set.status).toBe(200);
    const lna = set.body.items.find((d: { party: string }) => d.party === "LNA");
    expect(lna.head.displayName).toBe("LNA-DELEGATE-NAME");
    expect(lna.members).toHaveLength(2);

    const gna = await call(app, "GET", "/api/v1/delegations", { token: t.liaisonGna });
    expect(gna.status).toBe(200);
    expect(gna.body.items.map((d: { party: string }) => d.party)).toEqual(["GNA"]);
    expect(JSON.stringify(gna.body)).not.toMatch(/LNA-DELEGATE-NAME|lna-delegate/);

    const own = await call(app, "GET", "/api/v1/delegations", { token: t.liaisonLna });
    expect(own.body.items[0].members).toHaveLength(2);
    expect(own.body.items[0].eligible).toEqual([]);

    const chief = await call(app, "GET", "/api/v1/delegations", { token: t.chief });
    expect(chief.body.items.map((d: { party: string }) => d.party)).toEqual(["AQAP", "GNA", "LNA"]);
    for (const who of ["analyst", "monitor", "auditor", "intake"] as const) {
      const res = await call(app, "GET", "/api/v1/delegations", { token: t[who] });
      expect(res.status, who).toBe(403);
    }
  });

  it("a member of the other party, or a head outside the members, is refused naming the field", async () => {
    const wrongParty = await call(app, "PUT", "/api/v1/delegations/GNA", {
      token: t.admin,
      body: { memberIds: [lnaDelegate], headUserId: null },
    });
    expect(wrongParty.status).toBe(400);
    expect(wrongParty.body.error).toMatchObject({
      code: "delegation_member_invalid",
      details: { field: "memberIds" },
    });
    const head = await call(app, "PUT", "/api/v1/delegations/GNA", {
      token: t.admin,
      body: { memberIds: [a.liaisonGna.userId], headUserId: lnaDelegate },
    });
    expect(head.body.error).toMatchObject({ details: { field: "headUserId" } });
    const liaison = await call(app, "PUT", "/api/v1/delegations/GNA", {
      token: t.liaisonGna,
      body: { memberIds: [a.liaisonGna.userId], headUserId: null },
    });
    expect(liaison.status).toBe(403);
  });
});
