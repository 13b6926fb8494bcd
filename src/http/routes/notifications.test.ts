import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, type TestUserName } from "../../../test/fixtures.js";
import type { Scenario } from "../../../test/route-rules.js";
import { buildScenario, forgetCommissionAndLadder } from "../../../test/route-scenario.js";

describeEachEngine("notifications API: each user's own inbox", (ctx) => {
  let app: FastifyInstance;
  let s: Scenario;
  let t: Record<TestUserName, string>;

  beforeAll(async () => {
    s = await buildScenario(ctx.deps);
    // The scenario's commission meetings and enforcement ladder announce themselves too
    // (src/http/routes/commission.test.ts, enforcement.test.ts).
    await forgetCommissionAndLadder(ctx.deps, s);
    t = await loginAll(ctx.deps, s.actors);
    app = await testApp(ctx);
  }, 120_000);

  const inbox = async (who: TestUserName, q = "") => {
    const res = await call(app, "GET", `/api/v1/inbox${q}`, { token: t[who] });
    expect(res.status).toBe(200);
    return res.body as {
      items: { id: string; kind: string; link: string; subject: string }[];
      unread: number;
    };
  };

  it("a party's liaison reads its own notices and cannot read or mark the other party's", async () => {
    const gna = await inbox("liaisonGna");
    const lna = await inbox("liaisonLna");
    expect(gna.items.map((i) => i.kind).sort()).toEqual(["release.parties", "reply_window.opened"]);
    expect(lna.items.map((i) => i.kind)).toEqual(["release.parties"]);
    // The GNA's reply-window notice names an incident the LNA may not read: never in its inbox,
    // its list, its count or any filter.
    const gnaOnly = gna.items.find((i) => i.kind === "reply_window.opened")!;
    expect(gnaOnly.subject).toBe(`incident:${s.ids.iRoR}`);
    for (const q of ["", "?unread=true", "?limit=1"]) {
      const page = await call(app, "GET", `/api/v1/inbox${q}`, { token: t.liaisonLna });
      expect(page.raw).not.toContain(s.ids.iRoR);
    }
    expect(lna.unread).toBe(1);
    const steal = await call(app, "POST", `/api/v1/inbox/${gnaOnly.id}/read`, {
      token: t.liaisonLna,
    });
    expect(steal.status).toBe(404);
    expect(steal.body.error.code).toBe("notification_not_found");
    expect((await inbox("liaisonGna")).unread).toBe(2);
  });

  it("opening a notice marks it read; all read sets the count to zero", async () => {
    const first = (await inbox("liaisonGna")).items[0]!;
    const res = await call(app, "POST", `/api/v1/inbox/${first.id}/read`, { token: t.liaisonGna });
    expect(res.status).toBe(200);
    expect(res.body.readAt).not.toBeNull();
    expect((await inbox("liaisonGna")).unread).toBe(1);
    expect((await inbox("liaisonGna", "?unread=true")).items).toHaveLength(1);
    const all = await call(app, "POST", "/api/v1/inbox/read-all", { token: t.liaisonGna });
    expect(all.body).toEqual({ marked: 1 });
    expect((await inbox("liaisonGna")).unread).toBe(0);
    expect((await inbox("liaisonLna")).unread).toBe(1);
  });

  it("a user records an e-mail address and refuses a kind; bad input is a 400 naming the field", async () => {
    const put = await call(app, "PUT", "/api/v1/account/notifications", {
      token: t.monitor,
      body: { email: "monitor@example.org", language: "ar", emailKindsOff: ["release.parties"] },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ email: "monitor@example.org", language: "ar" });
    const bad = await call(app, "PUT", "/api/v1/account/notifications", {
      token: t.monitor,
      body: { email: "not an address", language: "ar", emailKindsOff: [] },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("email");
    const other = await call(app, "GET", "/api/v1/account/notifications", { token: t.analyst });
    expect(other.body.email).toBeNull();
  });

  it("the administrator registers a webhook, sees its secret once, and reads the delivery log", async () => {
    const created = await call(app, "POST", "/api/v1/admin/webhooks", {
      token: t.admin,
      body: { url: "http://127.0.0.1:9/hook", kinds: ["release.parties"], audience: "LNA" },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const list = await call(app, "GET", "/api/v1/admin/webhooks", { token: t.admin });
    expect(list.raw).not.toContain(created.body.secret);
    const noParty = await call(app, "POST", "/api/v1/admin/webhooks", {
      token: t.admin,
      body: { url: "http://127.0.0.1:9/hook", kinds: ["release.parties"], audience: "XYZ" },
    });
    expect(noParty.status).toBe(400);
    expect(noParty.body.error.details.field).toBe("audience");
    // A NUL character the database cannot store: a 400, not a 500.
    const nul = await call(app, "POST", "/api/v1/admin/webhooks", {
      token: t.admin,
      body: {
        url: "http://127.0.0.1:9/hook",
        kinds: ["release.parties"],
        audience: "LNA",
        description: "a\u0000b",
      },
    });
    expect(nul.status).toBe(400);
    const log = await call(app, "GET", "/api/v1/admin/webhooks/deliveries", { token: t.admin });
    expect(log.status).toBe(200);
    const refused = await call(app, "GET", "/api/v1/admin/webhooks/deliveries", {
      token: t.liaisonGna,
    });
    expect(refused.status).toBe(403);
  });
});
