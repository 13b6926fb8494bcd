import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call } from "../../../test/api.js";
import { accountsApp, enrolledUser, login } from "../../../test/accounts.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, TEST_USERS, type TestUserName } from "../../../test/fixtures.js";

type Row = Record<string, unknown> & { username: string };

describeEachEngine("the administrators' list of users", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let enrolled: Awaited<ReturnType<typeof enrolledUser>>;
  let challenge: string;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await accountsApp(ctx);
    enrolled = await enrolledUser(ctx, app, "enrolled-analyst");
    // A second enrolled user, midway through logging in: a second-factor challenge is pending.
    await enrolledUser(ctx, app, "spare");
    challenge = (await login(app, "spare")).body.challenge as string;
  });

  const list = async () => {
    const res = await call(app, "GET", "/api/v1/admin/users", { token: t.admin });
    expect(res.status).toBe(200);
    return res.body.items as Row[];
  };

  it("lists every user with their role, party, second factor, sessions and last login", async () => {
    const items = await list();
    expect(items.map((u) => u.username)).toEqual(
      [...Object.keys(TEST_USERS).map((n) => n.toLowerCase()), "enrolled-analyst", "spare"].sort(),
    );
    const gna = items.find((u) => u.username === "liaisongna")!;
    expect(gna).toMatchObject({ role: "liaison", party: "GNA", activeSessions: 1 });
    expect(gna.lastLoginAt).toEqual(expect.any(String));
    const me = items.find((u) => u.username === "enrolled-analyst")!;
    expect(me).toMatchObject({
      id: enrolled.userId,
      role: "analyst",
      party: null,
      secondFactorEnrolled: true,
      disabled: false,
    });
    expect(items.find((u) => u.username === "admin")!.secondFactorEnrolled).toBe(false);
  });

  it("shows no password hash, second-factor secret, recovery code, challenge or session token", async () => {
    const res = await call(app, "GET", "/api/v1/admin/users", { token: t.admin });
    const body = res.raw;
    expect(body).not.toContain("$argon2");
    expect(body).not.toContain(enrolled.secret);
    for (const code of enrolled.recoveryCodes) expect(body).not.toContain(code);
    for (const token of [...Object.values(t), enrolled.token, challenge])
      expect(body).not.toContain(token);
    const keys = new Set((res.body.items as Row[]).flatMap((u) => Object.keys(u)));
    expect([...keys].sort()).toEqual(
      [
        "activeSessions",
        "disabled",
        "displayName",
        "id",
        "isDemo",
        "lastLoginAt",
        "party",
        "passwordChangeRequired",
        "role",
        "secondFactorEnrolled",
        "team",
        "username",
      ].sort(),
    );
  });

  it("counts a session the administrator ends", async () => {
    const before = (await list()).find((u) => u.username === "enrolled-analyst")!;
    const sessions = await call(app, "GET", `/api/v1/admin/users/${enrolled.userId}/sessions`, {
      token: t.admin,
    });
    const first = (sessions.body.items as { id: string }[])[0]!;
    const ended = await call(app, "DELETE", `/api/v1/admin/sessions/${first.id}`, {
      token: t.admin,
    });
    expect(ended.status).toBe(204);
    const after = (await list()).find((u) => u.username === "enrolled-analyst")!;
    expect(after.activeSessions).toBe((before.activeSessions as number) - 1);
  });

  it("is refused to every role but the administrator, and to the public", async () => {
    for (const name of Object.keys(TEST_USERS) as TestUserName[]) {
      if (name === "admin") continue;
      const res = await call(app, "GET", "/api/v1/admin/users", { token: t[name] });
      expect(res.status, name).toBe(403);
      expect(res.body.error.code, name).toBe("forbidden");
      expect(res.raw, name).not.toContain("liaisonlna");
    }
    const nobody = await call(app, "GET", "/api/v1/admin/users");
    expect(nobody.status).toBe(401);
  });
});
