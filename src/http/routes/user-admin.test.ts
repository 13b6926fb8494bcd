import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../../../test/api.js";
import { accountsApp, login, STRONG_PASSWORD } from "../../../test/accounts.js";
import { countRows, describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, TEST_USERS, type TestUserName } from "../../../test/fixtures.js";

type UserRow = {
  id: string;
  username: string;
  role: string;
  party: string | null;
  team: string | null;
  disabled: boolean;
};

describeEachEngine("administering users and teams", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let ids: Record<TestUserName, string>;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    ids = Object.fromEntries(Object.entries(actors).map(([k, a]) => [k, a.userId])) as Record<
      TestUserName,
      string
    >;
    t = await loginAll(ctx.deps, actors);
    app = await accountsApp(ctx);
  });

  const admin = (method: "GET" | "POST" | "PATCH", url: string, body?: unknown) =>
    call(app, method, `/api/v1${url}`, { token: t.admin, ...(body !== undefined ? { body } : {}) });
  const users = async (query = "") => {
    const res = await admin("GET", `/admin/users${query}`);
    expect(res.status).toBe(200);
    return res.body.items as UserRow[];
  };
  const lastAudit = () =>
    ctx.deps.db
      .selectFrom("audit_entries")
      .select(["action", "subject", "data"])
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();

  describe("creating a user with an enrolment link", () => {
    it("creates the user, audits it, and the link lets them choose a password once", async () => {
      const res = await admin("POST", "/admin/users", {
        username: "new-liaison",
        displayName: "Nadia (GNA)",
        role: "liaison",
        party: "GNA",
      });
      expect(res.status).toBe(201);
      const token = res.body.enrolment.token as string;
      expect(token.length).toBeGreaterThan(20);
      expect(await lastAudit()).toMatchObject({
        action: "user.created",
        subject: `user:${res.body.id}`,
      });
      expect(JSON.stringify((await lastAudit()).data)).not.toContain(token);

      // Before the link is used nobody knows the password.
      expect((await login(app, "new-liaison")).status).toBe(401);
      const weak = await call(app, "POST", "/api/v1/auth/enrolment", {
        body: { token, password: "short" },
      });
      expect(weak.status).toBe(400);
      expect(weak.body.error.code).toBe("weak_password");
      const used = await call(app, "POST", "/api/v1/auth/enrolment", {
        body: { token, password: STRONG_PASSWORD },
      });
      expect(used.status).toBe(200);
      expect(used.body).toEqual({ username: "new-liaison" });
      const again = await call(app, "POST", "/api/v1/auth/enrolment", {
        body: { token, password: STRONG_PASSWORD },
      });
      expect(again.status).toBe(400);
      expect(again.body.error.code).toBe("enrolment_link_invalid");
      const session = await login(app, "new-liaison");
      expect(session.status).toBe(200);
      // Not a demo user: the second factor comes next.
      expect(session.body.enrolmentRequired).toBe(true);
    });

    it("refuses a taken username, naming it", async () => {
      const res = await admin("POST", "/admin/users", {
        username: "analyst",
        displayName: "Another",
        role: "analyst",
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({
        code: "username_taken",
        details: { field: "username" },
      });
    });

    it("refuses a liaison without a party, or a party that does not exist", async () => {
      const before = await countRows(ctx.deps.db, "users");
      const none = await admin("POST", "/admin/users", {
        username: "x-liaison",
        displayName: "X",
        role: "liaison",
      });
      expect(none.status).toBe(400);
      expect(none.body.error.details.field).toBe("party");
      const unknown = await admin("POST", "/admin/users", {
        username: "x-ghost",
        displayName: "X",
        role: "liaison",
        party: "XYZ",
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error).toMatchObject({
        code: "party_not_found",
        details: { field: "party" },
      });
      expect(await countRows(ctx.deps.db, "users")).toBe(before);
    });

    it("creates a commission member of no party: the joint body's chair (decision 0016)", async () => {
      const chair = await admin("POST", "/admin/users", {
        username: "x-chair",
        displayName: "Chair",
        role: "commission",
      });
      expect(chair.status).toBe(201);
      expect(chair.body.party ?? null).toBe(null);
    });

    it("refuses a mission role with a party, and a team for a role that has none", async () => {
      const party = await admin("POST", "/admin/users", {
        username: "x-analyst",
        displayName: "X",
        role: "analyst",
        party: "GNA",
      });
      expect(party.status).toBe(400);
      expect(party.body.error.details.field).toBe("party");
      const team = await admin("POST", "/admin/users", {
        username: "x-reviewer",
        displayName: "X",
        role: "reviewer",
        team: "no-such",
      });
      expect(team.status).toBe(400);
      expect(team.body.error.details.field).toBe("team");
    });

    it("names the field of a malformed username", async () => {
      const res = await admin("POST", "/admin/users", {
        username: "Bad Name",
        displayName: "X",
        role: "analyst",
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain("username");
    });
  });

  describe("creating a user with an initial password", () => {
    const INITIAL = "cedar trees along the wadi";
    const as = (token: string, method: "GET" | "POST", url: string, body?: unknown) =>
      call(app, method, `/api/v1${url}`, { token, ...(body !== undefined ? { body } : {}) });

    it("creates the user without a link, audits it, and never answers or records the password", async () => {
      const res = await admin("POST", "/admin/users", {
        username: "initial-monitor",
        displayName: "Idris",
        role: "monitor",
        initialPassword: INITIAL,
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: res.body.id, enrolment: null, passwordChangeRequired: true });
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: "user.created", subject: `user:${res.body.id}` });
      expect(audit.data).toMatchObject({ details: { initialPassword: true } });
      expect(JSON.stringify(audit.data)).not.toContain(INITIAL);
      const listed = (await users("?q=initial-monitor"))[0] as UserRow & {
        passwordChangeRequired: boolean;
      };
      expect(listed).toMatchObject({ username: "initial-monitor", passwordChangeRequired: true });
    });

    it("refuses an initial password the policy refuses, naming the field, and creates nobody", async () => {
      const before = await countRows(ctx.deps.db, "users");
      for (const initialPassword of ["xq7z", "weak-initial-user-1"]) {
        const res = await admin("POST", "/admin/users", {
          username: "weak-initial-user",
          displayName: "W",
          role: "analyst",
          initialPassword,
        });
        expect(res.status, initialPassword).toBe(400);
        expect(res.body.error).toMatchObject({
          code: "weak_password",
          details: { field: "initialPassword" },
        });
        expect(JSON.stringify(res.body)).not.toContain(initialPassword);
      }
      expect(await countRows(ctx.deps.db, "users")).toBe(before);
    });

    it("lets only an administrator create users, the chief included", async () => {
      for (const who of ["chief", "analyst"] as const) {
        const res = await as(t[who], "POST", "/admin/users", {
          username: `by-${who}`,
          displayName: "X",
          role: "monitor",
          initialPassword: INITIAL,
        });
        expect(res.status, who).toBe(403);
        expect(res.body.error.code, who).toBe("forbidden");
      }
    });

    it("holds the user to changing it at first log-in: every other route answers 403 until then", async () => {
      await admin("POST", "/admin/users", {
        username: "initial-analyst",
        displayName: "Amal",
        role: "analyst",
        initialPassword: INITIAL,
      });
      const first = await login(app, "initial-analyst", INITIAL);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ passwordChangeRequired: true, enrolmentRequired: true });
      const token = first.body.token as string;
      const me = await as(token, "GET", "/auth/me");
      expect(me.status).toBe(200);
      expect(me.body.passwordChangeRequired).toBe(true);
      for (const [method, url] of [
        ["GET", "/reports"],
        ["GET", "/incidents"],
        ["POST", "/auth/totp/enrol"],
        ["GET", "/auth/sessions"],
      ] as const) {
        const refused = await as(token, method, url);
        expect(refused.status, url).toBe(403);
        expect(refused.body.error.code, url).toBe("password_change_required");
      }
      // The same password again is no change.
      const same = await as(token, "POST", "/auth/password", { current: INITIAL, new: INITIAL });
      expect(same.status).toBe(400);
      expect(same.body.error.code).toBe("weak_password");
      const changed = await as(token, "POST", "/auth/password", {
        current: INITIAL,
        new: STRONG_PASSWORD,
      });
      expect(changed.status).toBe(200);
      const audit = await lastAudit();
      expect(audit.action).toBe("auth.password_changed");
      expect(audit.data).toMatchObject({ details: { initialPasswordReplaced: true } });
      expect(JSON.stringify(audit.data)).not.toContain(STRONG_PASSWORD);

      // The same session goes on: now the second factor is what comes next.
      expect((await as(token, "GET", "/auth/me")).body.passwordChangeRequired).toBe(false);
      const reports = await as(token, "GET", "/reports");
      expect(reports.body.error.code).toBe("second_factor_enrolment_required");
      expect((await as(token, "POST", "/auth/totp/enrol")).status).toBe(200);
      expect((await login(app, "initial-analyst", INITIAL)).status).toBe(401);
      expect((await login(app, "initial-analyst")).body.passwordChangeRequired).toBe(false);
      const listed = (await users("?q=initial-analyst"))[0] as UserRow & {
        passwordChangeRequired: boolean;
      };
      expect(listed.passwordChangeRequired).toBe(false);
    });
  });

  describe("giving an existing user a new initial password", () => {
    const NEW_INITIAL = "olive groves past the ridge";

    it("ends their sessions, keeps their second factor, holds them to a change, audits no password", async () => {
      await admin("POST", "/admin/users", {
        username: "forgetful-monitor",
        displayName: "Faris",
        role: "monitor",
        initialPassword: "cedar trees along the wadi",
      });
      const id = (await users("?q=forgetful-monitor"))[0]!.id;
      const first = await login(app, "forgetful-monitor", "cedar trees along the wadi");
      const old = first.body.token as string;
      await call(app, "POST", "/api/v1/auth/password", {
        token: old,
        body: { current: "cedar trees along the wadi", new: STRONG_PASSWORD },
      });

      const res = await admin("POST", `/admin/users/${id}/initial-password`, {
        initialPassword: NEW_INITIAL,
        reason: "Forgot the password at the Sirte team site.",
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ sessionsEnded: 1 });
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: "user.initial_password_set", subject: `user:${id}` });
      expect(audit.data).toMatchObject({ details: { passwordChangeRequired: true } });
      expect(JSON.stringify(audit.data)).not.toContain(NEW_INITIAL);

      expect((await call(app, "GET", "/api/v1/auth/me", { token: old })).status).toBe(401);
      expect((await login(app, "forgetful-monitor", STRONG_PASSWORD)).status).toBe(401);
      const again = await login(app, "forgetful-monitor", NEW_INITIAL);
      expect(again.status).toBe(200);
      expect(again.body.passwordChangeRequired).toBe(true);
    });

    it("refuses a weak password by field, a disabled or unknown user, and every role but the administrator", async () => {
      const id = ids.monitor;
      const weak = await admin("POST", `/admin/users/${id}/initial-password`, {
        initialPassword: "xq7z",
        reason: "Test.",
      });
      expect(weak.status).toBe(400);
      expect(weak.body.error).toMatchObject({
        code: "weak_password",
        details: { field: "initialPassword" },
      });
      const unknown = await admin(
        "POST",
        "/admin/users/00000000-0000-4000-8000-000000000000/initial-password",
        { initialPassword: NEW_INITIAL, reason: "Test." },
      );
      expect(unknown.status).toBe(404);
      for (const who of ["chief", "liaisonGna"] as const) {
        const res = await call(app, "POST", `/api/v1/admin/users/${id}/initial-password`, {
          token: t[who],
          body: { initialPassword: NEW_INITIAL, reason: "Test." },
        });
        expect(res.status, who).toBe(403);
      }
    });
  });

  describe("teams", () => {
    it("creates a team with sectors of the mission, refuses an unknown sector by field", async () => {
      const bad = await admin("POST", "/admin/teams", {
        code: "north",
        nameEn: "North",
        nameAr: "الشمال",
        sectors: ["nowhere"],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.field).toBe("sectors");
      const ok = await admin("POST", "/admin/teams", {
        code: "tripoli",
        nameEn: "Tripoli team",
        nameAr: "فريق طرابلس",
        sectors: ["tripoli_front"],
      });
      expect(ok.status).toBe(201);
      expect(await lastAudit()).toMatchObject({ action: "team.created", subject: "team:tripoli" });
      const dup = await admin("POST", "/admin/teams", {
        code: "tripoli",
        nameEn: "Again",
        nameAr: "مرة أخرى",
        sectors: [],
      });
      expect(dup.status).toBe(409);
      expect(dup.body.error.details.field).toBe("code");
    });

    it("edits a team and lists it with its members", async () => {
      const res = await admin("PATCH", "/admin/teams/tripoli", { areaOnly: true });
      expect(res.status).toBe(204);
      expect(await lastAudit()).toMatchObject({ action: "team.updated" });
      const missing = await admin("PATCH", "/admin/teams/nope", { areaOnly: true });
      expect(missing.status).toBe(404);
      const list = await admin("GET", "/admin/teams");
      expect(list.body.items).toEqual([
        {
          code: "tripoli",
          nameEn: "Tripoli team",
          nameAr: "فريق طرابلس",
          sectors: ["tripoli_front"],
          areaOnly: true,
          members: 0,
        },
      ]);
    });

    it("assigns a monitor to a team, and refuses a team for a reviewer", async () => {
      const res = await admin("PATCH", `/admin/users/${ids.monitor}`, { team: "tripoli" });
      expect(res.status).toBe(204);
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: "user.updated", subject: `user:${ids.monitor}` });
      expect(JSON.stringify(audit.data)).toContain("tripoli");
      const refused = await admin("PATCH", `/admin/users/${ids.reviewer}`, { team: "tripoli" });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.field).toBe("team");
      const rows = await users("?team=tripoli");
      expect(rows.map((u) => u.username)).toEqual(["monitor"]);
    });
  });

  describe("changing and disabling users", () => {
    it("changes a role and party together; a change that breaks a rule changes nothing", async () => {
      const id = (
        await admin("POST", "/admin/users", {
          username: "mover",
          displayName: "M",
          role: "analyst",
        })
      ).body.id;
      const bad = await admin("PATCH", `/admin/users/${id}`, { role: "liaison" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.field).toBe("party");
      expect((await users("?q=mover"))[0]).toMatchObject({ role: "analyst", party: null });
      const ok = await admin("PATCH", `/admin/users/${id}`, { role: "liaison", party: "LNA" });
      expect(ok.status).toBe(204);
      expect((await users("?q=mover"))[0]).toMatchObject({ role: "liaison", party: "LNA" });
      const back = await admin("PATCH", `/admin/users/${id}`, { role: "analyst" });
      expect(back.status).toBe(400);
      expect(back.body.error.details.field).toBe("party");
    });

    it("filters the list by role, party, state and text", async () => {
      expect((await users("?role=liaison&party=GNA")).map((u) => u.username)).toEqual([
        "liaisongna",
        "new-liaison",
      ]);
      expect((await users("?q=LIAISON")).map((u) => u.username)).toEqual([
        "liaisongna",
        "liaisonlna",
        "new-liaison",
      ]);
      expect(await users("?disabled=true")).toEqual([]);
      const bad = await admin("GET", "/admin/users?role=pilot");
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.error)).toContain("role");
    });

    it("disabling ends the user's sessions and tokens at once; enabling lets them log in again", async () => {
      const username = "analyst2";
      const token = await call(app, "POST", "/api/v1/auth/tokens", {
        token: t.analyst2,
        body: {
          name: "script",
          scopes: ["reports:read"],
          expiresAt: new Date(ctx.clock().getTime() + 86400_000).toISOString(),
        },
      });
      expect(token.status).toBe(201);
      const res = await admin("POST", `/admin/users/${ids.analyst2}/disable`, {
        reason: "Left the mission.",
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ sessionsEnded: 1, tokensRevoked: 1 });
      expect(await lastAudit()).toMatchObject({ action: "user.disabled" });
      expect((await call(app, "GET", "/api/v1/auth/me", { token: t.analyst2 })).status).toBe(401);
      expect(
        (await call(app, "GET", "/api/v1/auth/me", { token: token.body.token as string })).status,
      ).toBe(401);
      expect((await users("?disabled=true")).map((u) => u.username)).toEqual([username]);
      const twice = await admin("POST", `/admin/users/${ids.analyst2}/disable`, {
        reason: "Again.",
      });
      expect(twice.status).toBe(409);
      const enabled = await admin("POST", `/admin/users/${ids.analyst2}/enable`, {
        reason: "Back.",
      });
      expect(enabled.status).toBe(200);
      expect(await lastAudit()).toMatchObject({ action: "user.enabled" });
      expect(await users("?disabled=true")).toEqual([]);
    });

    it("an administrator cannot disable or de-role the last active administrator", async () => {
      const disable = await admin("POST", `/admin/users/${ids.admin}/disable`, { reason: "Oops." });
      expect(disable.status).toBe(409);
      expect(disable.body.error).toMatchObject({
        code: "last_administrator",
        details: { field: "disabled" },
      });
      const derole = await admin("PATCH", `/admin/users/${ids.admin}`, { role: "auditor" });
      expect(derole.status).toBe(409);
      expect(derole.body.error.details.field).toBe("role");
      // With a second administrator, the first may step down.
      const second = (
        await admin("POST", "/admin/users", {
          username: "admin2",
          displayName: "A2",
          role: "admin",
        })
      ).body.id;
      expect((await admin("PATCH", `/admin/users/${ids.admin}`, { role: "auditor" })).status).toBe(
        204,
      );
      // Now admin2 is the last one (and not logged in): it stays, and the first is an auditor.
      const me = await call(app, "GET", "/api/v1/admin/users", { token: t.admin });
      expect(me.status).toBe(403);
      expect(second).toEqual(expect.any(String));
    });
  });

  it("refuses every write to every role but the administrator, liaisons included, and writes nothing", async () => {
    const before = await countRows(ctx.deps.db, "audit_entries");
    for (const name of Object.keys(TEST_USERS) as TestUserName[]) {
      if (name === "admin") continue;
      const attempts = [
        call(app, "POST", "/api/v1/admin/users", {
          token: t[name],
          body: { username: `by-${name.toLowerCase()}`, displayName: "X", role: "analyst" },
        }),
        call(app, "PATCH", `/api/v1/admin/users/${ids[name]}`, {
          token: t[name],
          body: { role: "admin" },
        }),
        call(app, "POST", `/api/v1/admin/users/${ids.monitor}/disable`, {
          token: t[name],
          body: { reason: "X" },
        }),
        call(app, "POST", "/api/v1/admin/teams", {
          token: t[name],
          body: { code: "rogue", nameEn: "R", nameAr: "ر", sectors: [] },
        }),
        call(app, "GET", "/api/v1/admin/teams", { token: t[name] }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect([401, 403], name).toContain(res.status);
      }
    }
    expect(await countRows(ctx.deps.db, "audit_entries")).toBe(before);
  });
});
