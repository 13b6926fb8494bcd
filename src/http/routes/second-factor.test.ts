import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson } from "../../../test/api.js";
import {
  accountsApp,
  codeAt,
  enrolledUser,
  fullLogin,
  login,
  missionUser,
  secondFactor,
} from "../../../test/accounts.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, PASSWORD, seedActors } from "../../../test/fixtures.js";
import { verifyAudit } from "../../services/audit.js";

describeEachEngine("the TOTP second factor", (ctx) => {
  let app: FastifyInstance;
  let admin: string;
  let chief: string;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    const t = await loginAll(ctx.deps, actors);
    admin = t.admin;
    chief = t.chief;
    app = await accountsApp(ctx);
  });

  it("gives a mission user without a factor a session that can only enrol", async () => {
    await missionUser(ctx.deps, "no-factor");
    const res = await login(app, "no-factor");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enrolmentRequired: true });
    const token = res.body.token as string;
    const reports = await call(app, "GET", "/api/v1/reports", { token });
    expect(reports.status).toBe(403);
    expect(reports.body.error.code).toBe("second_factor_enrolment_required");
    const filed = await call(app, "POST", "/api/v1/reports", { token, body: reportJson() });
    expect(filed.body.error.code).toBe("second_factor_enrolment_required");
    const me = await call(app, "GET", "/api/v1/auth/me", { token });
    expect(me.body).toMatchObject({
      username: "no-factor",
      enrolmentRequired: true,
      secondFactor: { enrolled: false },
    });
    expect((await call(app, "POST", "/api/v1/auth/logout", { token })).status).toBe(204);
  });

  it("requires it of outside staff too: a party liaison and a commission member", async () => {
    await missionUser(ctx.deps, "liaison-x", "liaison", "GNA");
    await missionUser(ctx.deps, "jmc-x", "commission", "GNA");
    expect((await login(app, "liaison-x")).body.enrolmentRequired).toBe(true);
    expect((await login(app, "jmc-x")).body.enrolmentRequired).toBe(true);
  });

  it("enrols with a QR code, confirms with a code, and hands out ten recovery codes once", async () => {
    await missionUser(ctx.deps, "enroller");
    const token = (await login(app, "enroller")).body.token as string;
    const enrol = await call(app, "POST", "/api/v1/auth/totp/enrol", { token });
    expect(enrol.status).toBe(200);
    const secret = enrol.body.secret as string;
    expect(enrol.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Ceasefire%20Monitor:enroller\?/);
    expect(enrol.body.qrSvg).toContain("<svg");

    const wrong = await call(app, "POST", "/api/v1/auth/totp/confirm", {
      token,
      body: { code: await codeAt(ctx, secret, 5) },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("invalid_second_factor");

    const ok = await call(app, "POST", "/api/v1/auth/totp/confirm", {
      token,
      body: { code: await codeAt(ctx, secret) },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.recoveryCodes).toHaveLength(10);
    expect(new Set(ok.body.recoveryCodes).size).toBe(10);
    // the session that proved both factors is now a full one
    expect((await call(app, "GET", "/api/v1/reports", { token })).status).toBe(200);
    const again = await call(app, "POST", "/api/v1/auth/totp/enrol", { token });
    expect(again.body.error.code).toBe("second_factor_already_enrolled");

    // neither the secret nor a recovery code is in the audit log
    const audit = await ctx.deps.db.selectFrom("audit_entries").select("data").execute();
    const text = JSON.stringify(audit);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(ok.body.recoveryCodes[0]);
    const actions = await ctx.deps.db
      .selectFrom("audit_entries")
      .select("action")
      .where("subject", "like", "user:%")
      .execute();
    expect(actions.map((a) => a.action)).toContain("auth.second_factor_enrolled");
  });

  it("asks for the code after the password, and refuses the same code twice", async () => {
    const u = await enrolledUser(ctx, app, "two-step");
    const first = await login(app, "two-step");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ secondFactorRequired: true });
    expect(first.body.token).toBeUndefined();
    expect(first.headers["set-cookie"]).toBeUndefined();

    const code = await codeAt(ctx, u.secret);
    const ok = await secondFactor(app, { challenge: first.body.challenge, code });
    expect(ok.status).toBe(200);
    expect(ok.body.enrolmentRequired).toBe(false);
    expect(String(ok.headers["set-cookie"])).toContain("cfm_session=");
    expect((await call(app, "GET", "/api/v1/reports", { token: ok.body.token })).status).toBe(200);

    // the same code, within its 30 seconds, is refused
    const replay = await login(app, "two-step");
    const refused = await secondFactor(app, { challenge: replay.body.challenge, code });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("second_factor_code_used");
    // the next step's code works with the same challenge
    ctx.clock.advance(30_000);
    const next = await secondFactor(app, {
      challenge: replay.body.challenge,
      code: await codeAt(ctx, u.secret),
    });
    expect(next.status).toBe(200);
    // and a completed challenge cannot be used again
    ctx.clock.advance(30_000);
    const reuse = await secondFactor(app, {
      challenge: replay.body.challenge,
      code: await codeAt(ctx, u.secret),
    });
    expect(reuse.body.error.code).toBe("login_challenge_invalid");
  });

  it("counts wrong codes towards the lockout", async () => {
    const u = await enrolledUser(ctx, app, "guessed");
    const first = await login(app, "guessed");
    for (let i = 0; i < 5; i++) {
      const res = await secondFactor(app, {
        challenge: first.body.challenge,
        code: String(100000 + i),
      });
      expect(res.body.error.code).toBe("invalid_second_factor");
    }
    const locked = await secondFactor(app, {
      challenge: first.body.challenge,
      code: await codeAt(ctx, u.secret),
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("account_locked");
    expect((await login(app, "guessed")).body.error.code).toBe("account_locked");
    ctx.clock.advance(16 * 60_000);
    await fullLogin(ctx, app, "guessed", u.secret);
  });

  it("accepts each recovery code once, typed in any case and spacing", async () => {
    const u = await enrolledUser(ctx, app, "lost-phone");
    const code = u.recoveryCodes[3]!;
    const typed = code.toUpperCase().replaceAll("-", " ");
    const first = await login(app, "lost-phone");
    const ok = await secondFactor(app, { challenge: first.body.challenge, recoveryCode: typed });
    expect(ok.status).toBe(200);
    const me = await call(app, "GET", "/api/v1/auth/me", { token: ok.body.token });
    expect(me.body.secondFactor).toEqual({ enrolled: true, recoveryCodesLeft: 9 });

    const second = await login(app, "lost-phone");
    const spent = await secondFactor(app, { challenge: second.body.challenge, recoveryCode: code });
    expect(spent.status).toBe(401);
    expect(spent.body.error.code).toBe("invalid_second_factor");
    const other = await secondFactor(app, {
      challenge: second.body.challenge,
      recoveryCode: u.recoveryCodes[4]!,
    });
    expect(other.status).toBe(200);
  });

  it("lets a challenge expire after five minutes", async () => {
    const u = await enrolledUser(ctx, app, "slow-typist");
    const first = await login(app, "slow-typist");
    ctx.clock.advance(5 * 60_000 + 1000);
    const late = await secondFactor(app, {
      challenge: first.body.challenge,
      code: await codeAt(ctx, u.secret),
    });
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe("login_challenge_invalid");
  });

  it("is reset only by an administrator, after which the user enrols again", async () => {
    const u = await enrolledUser(ctx, app, "reset-me");
    const url = `/api/v1/admin/users/${u.userId}/second-factor/reset`;
    const body = { reason: "phone lost in the field" };
    expect((await call(app, "POST", url, { token: chief, body })).status).toBe(403);
    expect((await call(app, "POST", url, { token: u.token, body })).status).toBe(403);
    expect((await call(app, "POST", url, { token: admin, body })).status).toBe(204);
    const again = await login(app, "reset-me");
    expect(again.body).toMatchObject({ enrolmentRequired: true });
    const entry = await ctx.deps.db
      .selectFrom("audit_entries")
      .select(["actor", "data"])
      .where("action", "=", "admin.second_factor_reset")
      .executeTakeFirstOrThrow();
    expect(entry.actor).toBe("user:admin");
    expect(JSON.stringify(entry.data)).toContain("phone lost in the field");
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("waives the factor for demo users only while the demo waiver is on", async () => {
    // the fixtures' users are demo users; the test deps have the waiver on
    expect((await login(app, "reviewer", PASSWORD)).body.enrolmentRequired).toBe(false);
    const strict = await accountsApp(ctx, { ...ctx.deps, demoSecondFactorWaiver: false });
    const res = await login(strict, "reviewer", PASSWORD);
    expect(res.body.enrolmentRequired).toBe(true);
    const denied = await call(strict, "GET", "/api/v1/reports", { token: res.body.token });
    expect(denied.body.error.code).toBe("second_factor_enrolment_required");
  });
});
