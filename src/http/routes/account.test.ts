import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson } from "../../../test/api.js";
import { accountsApp, login, missionUser, STRONG_PASSWORD } from "../../../test/accounts.js";
import { describeEachEngine } from "../../../test/db.js";
import {
  loginAll,
  PASSWORD,
  seedActors,
  type Actors,
  type TestUserName,
} from "../../../test/fixtures.js";
import { verifyAudit } from "../../services/audit.js";
import { createUser } from "../../services/users.js";

const DAY = 86_400_000;
const inDays = (ctx: { clock: () => Date }, days: number) =>
  new Date(ctx.clock().getTime() + days * DAY).toISOString();

describeEachEngine("sessions, as their owner and an administrator see them", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  const mine = (token: string) => call(app, "GET", "/api/v1/auth/sessions", { token });

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await accountsApp(ctx);
  });

  it("lists only the caller's own active sessions and marks the current one", async () => {
    const second = (await login(app, "analyst", PASSWORD)).body.token as string;
    const res = await mine(t.analyst);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const fromHttp = res.body.items.find((s: { current: boolean }) => !s.current);
    expect(fromHttp.userAgent).toBe("lightMyRequest");
    expect(JSON.stringify(res.body)).not.toContain(second);
    const other = await mine(t.reviewer);
    expect(other.body.items).toHaveLength(1);
  });

  it("says who is logged in without an error when nobody is (the web app's first question)", async () => {
    const nobody = await call(app, "GET", "/api/v1/auth/session");
    expect(nobody.status).toBe(200);
    expect(nobody.body).toEqual({ user: null });
    const someone = await call(app, "GET", "/api/v1/auth/session", { token: t.liaisonGna });
    expect(someone.status).toBe(200);
    const me = await call(app, "GET", "/api/v1/auth/me", { token: t.liaisonGna });
    expect(someone.body.user).toEqual(me.body);
    expect(someone.body.user).toMatchObject({ role: "liaison", party: "GNA" });
  });

  it("lets a user end their own session, and answers another user's session as not found", async () => {
    const extra = (await login(app, "monitor", PASSWORD)).body.token as string;
    const items = (await mine(extra)).body.items as { id: string; current: boolean }[];
    const extraId = items.find((s) => s.current)!.id;

    const byOther = await call(app, "DELETE", `/api/v1/auth/sessions/${extraId}`, {
      token: t.liaisonGna,
    });
    expect(byOther.status).toBe(404);
    expect(byOther.body.error.code).toBe("session_not_found");
    expect((await mine(extra)).status).toBe(200);

    const own = await call(app, "DELETE", `/api/v1/auth/sessions/${extraId}`, { token: t.monitor });
    expect(own.status).toBe(204);
    expect((await mine(extra)).status).toBe(401);
    expect((await mine(t.monitor)).status).toBe(200);
  });

  it("lets an administrator list and end any user's sessions, and nobody else", async () => {
    const victim = (await login(app, "intake", PASSWORD)).body.token as string;
    const me = await call(app, "GET", "/api/v1/auth/me", { token: victim });
    const url = `/api/v1/admin/users/${me.body.id}/sessions`;
    for (const who of ["chief", "auditor", "liaisonLna", "intake"] as const) {
      expect((await call(app, "GET", url, { token: t[who] })).status).toBe(403);
    }
    const listed = await call(app, "GET", url, { token: t.admin });
    expect(listed.status).toBe(200);
    expect(listed.body.items.length).toBeGreaterThanOrEqual(2);
    const target = listed.body.items[0].id as string;
    const refused = await call(app, "DELETE", `/api/v1/admin/sessions/${target}`, {
      token: t.chief,
    });
    expect(refused.status).toBe(403);
    const done = await call(app, "DELETE", `/api/v1/admin/sessions/${target}`, { token: t.admin });
    expect(done.status).toBe(204);
    const after = await call(app, "GET", url, { token: t.admin });
    expect(after.body.items.map((s: { id: string }) => s.id)).not.toContain(target);
    const unknown = `/api/v1/admin/users/00000000-0000-4000-8000-000000000000/sessions`;
    expect((await call(app, "GET", unknown, { token: t.admin })).status).toBe(404);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });
});

describeEachEngine("API tokens", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  let t: Record<TestUserName, string>;
  const create = (token: string, body: Record<string, unknown>) =>
    call(app, "POST", "/api/v1/auth/tokens", { token, body });

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await accountsApp(ctx);
    for (const who of ["liaisonGna", "liaisonLna"] as const) {
      const res = await call(app, "POST", "/api/v1/reports", { token: t[who], body: reportJson() });
      expect(res.status).toBe(201);
    }
  });

  it("is shown once, stored hashed, and listed without its secret", async () => {
    const res = await create(t.analyst, {
      name: "dashboard feed",
      scopes: ["reports:read"],
      expiresAt: inDays(ctx, 30),
    });
    expect(res.status).toBe(201);
    expect(res.body.token).toMatch(/^cfm_pat_/);
    const list = await call(app, "GET", "/api/v1/auth/tokens", { token: t.analyst });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ name: "dashboard feed", active: true });
    expect(JSON.stringify(list.body)).not.toContain(res.body.token);
    const stored = await ctx.deps.db.selectFrom("api_tokens").select("token_hash").execute();
    expect(JSON.stringify(stored)).not.toContain(res.body.token);
    const other = await call(app, "GET", "/api/v1/auth/tokens", { token: t.reviewer });
    expect(other.body.items).toHaveLength(0);
  });

  it("works only on routes of its scopes, and never on account routes", async () => {
    const { token } = (
      await create(t.analyst, {
        name: "reader",
        scopes: ["reports:read"],
        expiresAt: inDays(ctx, 10),
      })
    ).body;
    expect((await call(app, "GET", "/api/v1/reports", { token })).status).toBe(200);
    const write = await call(app, "POST", "/api/v1/reports", { token, body: reportJson() });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe("token_scope_insufficient");
    expect((await call(app, "GET", "/api/v1/incidents", { token })).status).toBe(403);
    const minting = await create(token, {
      name: "more",
      scopes: ["reports:read"],
      expiresAt: inDays(ctx, 1),
    });
    expect(minting.body.error.code).toBe("token_scope_insufficient");
    for (const url of ["/api/v1/auth/tokens", "/api/v1/auth/sessions"]) {
      expect((await call(app, "GET", url, { token })).status).toBe(403);
    }
    expect((await call(app, "GET", "/api/v1/auth/me", { token })).body.via).toBe("token");
  });

  it("acts with its user's role and party, never more", async () => {
    const { token } = (
      await create(t.liaisonGna, {
        name: "gna complaints system",
        scopes: ["reports:read", "reports:create"],
        expiresAt: inDays(ctx, 90),
      })
    ).body;
    const list = await call(app, "GET", "/api/v1/reports", { token });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(
      list.body.items.every((r: { submitterParty: string }) => r.submitterParty === "GNA"),
    ).toBe(true);
    const filed = await call(app, "POST", "/api/v1/reports", { token, body: reportJson() });
    expect(filed.status).toBe(201);
    expect(filed.body.submitterParty).toBe("GNA");
    // a monitor's token with the audit scope still cannot read the audit log
    const { token: monitorToken } = (
      await create(t.monitor, {
        name: "x",
        scopes: ["audit:read"],
        expiresAt: inDays(ctx, 1),
      })
    ).body;
    expect((await call(app, "GET", "/api/v1/audit", { token: monitorToken })).status).toBe(403);
  });

  it("must expire within a year, and stops working when it expires", async () => {
    for (const expiresAt of [inDays(ctx, 400), inDays(ctx, -1)]) {
      const res = await create(t.analyst, { name: "bad", scopes: ["reports:read"], expiresAt });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("token_expiry_invalid");
    }
    const unknownScope = await create(t.analyst, {
      name: "bad",
      scopes: ["incidents:write"],
      expiresAt: inDays(ctx, 1),
    });
    expect(unknownScope.status).toBe(400);
    const { token } = (
      await create(t.analyst, {
        name: "short",
        scopes: ["reports:read"],
        expiresAt: inDays(ctx, 2),
      })
    ).body;
    expect((await call(app, "GET", "/api/v1/reports", { token })).status).toBe(200);
    ctx.clock.advance(2 * DAY + 1000);
    const expired = await call(app, "GET", "/api/v1/reports", { token });
    expect(expired.status).toBe(401);
  });

  it("can be revoked by its owner only", async () => {
    // the clock moved past the fixtures' sessions in the test above: log in again
    t = await loginAll(ctx.deps, actors);
    const res = await create(t.analyst, {
      name: "to revoke",
      scopes: ["reports:read"],
      expiresAt: inDays(ctx, 5),
    });
    const url = `/api/v1/auth/tokens/${res.body.id}`;
    const byOther = await call(app, "DELETE", url, { token: t.admin });
    expect(byOther.status).toBe(404);
    expect(byOther.body.error.code).toBe("token_not_found");
    expect((await call(app, "GET", "/api/v1/reports", { token: res.body.token })).status).toBe(200);
    expect((await call(app, "DELETE", url, { token: t.analyst })).status).toBe(204);
    expect((await call(app, "GET", "/api/v1/reports", { token: res.body.token })).status).toBe(401);
    const audit = await ctx.deps.db
      .selectFrom("audit_entries")
      .select("action")
      .where("action", "like", "auth.api_token_%")
      .execute();
    expect(audit.map((a) => a.action)).toContain("auth.api_token_revoked");
  });
});

describeEachEngine("changing one's password", (ctx) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    await seedActors(ctx.deps);
    app = await accountsApp(ctx, { ...ctx.deps, demoSecondFactorWaiver: true });
  });

  it("checks the current password and the policy, and ends the user's other sessions", async () => {
    // a demo user, so that a password alone gives a full session
    const a = (await login(app, "chief", PASSWORD)).body.token as string;
    const b = (await login(app, "chief", PASSWORD)).body.token as string;
    const change = (body: Record<string, string>) =>
      call(app, "POST", "/api/v1/auth/password", { token: a, body });

    const wrong = await change({ current: "not it at all", new: STRONG_PASSWORD });
    expect(wrong.status).toBe(401);
    for (const [weak, rule] of [
      ["short one", "too_short"],
      ["chief of mission", "contains_username"],
      ["Password 1234", "common_password"],
    ] as const) {
      const res = await change({ current: PASSWORD, new: weak });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: "weak_password", details: { rule } });
    }
    const ok = await change({ current: PASSWORD, new: STRONG_PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.otherSessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await call(app, "GET", "/api/v1/auth/me", { token: a })).status).toBe(200);
    expect((await call(app, "GET", "/api/v1/auth/me", { token: b })).status).toBe(401);
    expect((await login(app, "chief", PASSWORD)).status).toBe(401);
    expect((await login(app, "chief", STRONG_PASSWORD)).status).toBe(200);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("applies the policy when an account is created, except for demo accounts", async () => {
    await expect(missionUser(ctx.deps, "strong-one", "analyst")).resolves.toBeTypeOf("string");
    const system = { kind: "system", name: "test" } as const;
    const base = { displayName: "x", role: "analyst" as const, party: null };
    await expect(
      createUser(ctx.deps, system, { ...base, username: "weak2", password: "demo" }),
    ).rejects.toMatchObject({ code: "weak_password" });
    await expect(
      createUser(ctx.deps, system, { ...base, username: "weak3", password: "demo", isDemo: true }),
    ).resolves.toMatchObject({ isDemo: true });
  });
});

describe("emergency modes", () => {
  describeEachEngine("read-only mode", (ctx) => {
    let app: FastifyInstance;
    let t: Record<TestUserName, string>;
    const switchTo = (token: string, enabled: boolean) =>
      call(app, "POST", "/api/v1/admin/emergency/read-only", {
        token,
        body: { enabled, reason: "suspected compromise of an account" },
      });

    beforeAll(async () => {
      const actors = await seedActors(ctx.deps);
      t = await loginAll(ctx.deps, actors);
      app = await accountsApp(ctx);
    });

    it("is switched by an administrator only", async () => {
      for (const who of ["chief", "auditor", "analyst"] as const) {
        expect((await switchTo(t[who], true)).status).toBe(403);
      }
      expect((await call(app, "GET", "/api/v1/health")).body.readOnly.enabled).toBe(false);
    });

    it("refuses every write while on, and allows reads, logins and switching it off", async () => {
      expect((await switchTo(t.admin, true)).status).toBe(200);
      const health = await call(app, "GET", "/api/v1/health");
      expect(health.body.readOnly).toMatchObject({
        enabled: true,
        reason: "suspected compromise of an account",
      });

      const refusals = [
        await call(app, "POST", "/api/v1/reports", { body: reportJson({ sourceKind: "public" }) }),
        await call(app, "POST", "/api/v1/reports", { token: t.liaisonGna, body: reportJson() }),
        await call(app, "POST", "/api/v1/incidents", {
          token: t.intake,
          body: { reportIds: [], title: "x" },
        }),
        await call(app, "POST", "/api/v1/auth/tokens", {
          token: t.analyst,
          body: { name: "x", scopes: ["reports:read"], expiresAt: inDays(ctx, 1) },
        }),
      ];
      for (const res of refusals) {
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe("read_only_mode");
        expect(res.body.error.message).toContain("suspected compromise");
      }
      expect((await call(app, "GET", "/api/v1/reports", { token: t.analyst })).status).toBe(200);
      const fresh = await login(app, "reviewer", PASSWORD);
      expect(fresh.status).toBe(200);
      expect(
        (await call(app, "POST", "/api/v1/auth/logout", { token: fresh.body.token })).status,
      ).toBe(204);

      expect((await switchTo(t.admin, false)).status).toBe(200);
      const after = await call(app, "POST", "/api/v1/reports", {
        token: t.liaisonGna,
        body: reportJson(),
      });
      expect(after.status).toBe(201);
    });

    it("records both switches in the audit chain", async () => {
      const actions = await ctx.deps.db
        .selectFrom("audit_entries")
        .select("action")
        .where("action", "like", "admin.read_only_%")
        .orderBy("seq")
        .execute();
      expect(actions.map((a) => a.action)).toEqual(["admin.read_only_on", "admin.read_only_off"]);
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
      // a direct change to the setting is noticed
      await ctx.deps.db
        .updateTable("system_settings")
        .set({ value: JSON.stringify({ enabled: true, reason: "x" }) })
        .execute();
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(false);
    });
  });

  describeEachEngine("revoking all sessions", (ctx) => {
    let app: FastifyInstance;
    let t: Record<TestUserName, string>;

    beforeAll(async () => {
      const actors = await seedActors(ctx.deps);
      t = await loginAll(ctx.deps, actors);
      app = await accountsApp(ctx);
    });

    it("is for administrators only", async () => {
      const res = await call(app, "POST", "/api/v1/admin/emergency/revoke-all-sessions", {
        token: t.chief,
        body: { reason: "drill" },
      });
      expect(res.status).toBe(403);
      expect((await call(app, "GET", "/api/v1/auth/me", { token: t.analyst })).status).toBe(200);
    });

    it("ends every session and API token, the caller's own included", async () => {
      const pat = (
        await call(app, "POST", "/api/v1/auth/tokens", {
          token: t.analyst,
          body: { name: "feed", scopes: ["reports:read"], expiresAt: inDays(ctx, 3) },
        })
      ).body.token as string;
      expect((await call(app, "GET", "/api/v1/reports", { token: pat })).status).toBe(200);
      const res = await call(app, "POST", "/api/v1/admin/emergency/revoke-all-sessions", {
        token: t.admin,
        body: { reason: "laptop with an admin session stolen" },
      });
      expect(res.status).toBe(200);
      expect(res.body.sessions).toBe(Object.keys(t).length);
      expect(res.body.tokens).toBe(1);
      for (const token of [...Object.values(t), pat]) {
        expect((await call(app, "GET", "/api/v1/auth/me", { token })).status).toBe(401);
      }
      expect((await login(app, "analyst", PASSWORD)).status).toBe(200);
      const entry = await ctx.deps.db
        .selectFrom("audit_entries")
        .select(["actor", "data"])
        .where("action", "=", "admin.all_sessions_revoked")
        .executeTakeFirstOrThrow();
      expect(entry.actor).toBe("user:admin");
      expect(JSON.stringify(entry.data)).toContain("laptop with an admin session stolen");
    });
  });
});
