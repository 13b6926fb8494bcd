import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import type { Scenario } from "../../test/route-rules.js";
import { buildScenario, forgetCommissionAndLadder } from "../../test/route-scenario.js";
import {
  verifyWebhookSignature,
  WEBHOOK_MAX_ATTEMPTS,
  webhookBackoffMs,
} from "../domain/notifications.js";
import type { TestUserName } from "../../test/fixtures.js";
import { verifyAudit } from "./audit.js";
import { inTransaction } from "./deps.js";
import { runPendingJobs } from "./jobs.js";
import { smtpMailer } from "./mailer.js";
import {
  changeNotificationSettings,
  markInboxRead,
  markNotificationRead,
  notify,
  readInbox,
} from "./notifications.js";
import { createWebhook, disableWebhook, listWebhookDeliveries } from "./webhooks.js";

interface Mail {
  to: string[];
  raw: string;
}

/** A real SMTP listener on a free port: every message it accepts. */
async function smtpListener(): Promise<{ server: SMTPServer; port: number; mails: Mail[] }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.server.address() as AddressInfo).port, mails };
}

interface Hit {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A real HTTP listener answering `status()` to every POST, keeping what it received. */
async function httpListener(status: () => number) {
  const hits: Hit[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = status();
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, hits };
}

/** The subject header of a raw message, decoded from its RFC 2047 encoded words. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  return header
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeURIComponent(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, "%$1")),
    )
    .trim();
}

describeEachEngine("notifications: inbox, e-mail over SMTP, signed webhooks", (ctx) => {
  let s: Scenario;
  let smtp: Awaited<ReturnType<typeof smtpListener>>;
  const user = (name: TestUserName) => s.actors[name];
  const kindsOf = async (name: TestUserName) =>
    (await readInbox(ctx.deps, user(name), { limit: 50 })).items.map((i) => i.kind).sort();

  beforeAll(async () => {
    smtp = await smtpListener();
    ctx.deps.mailer = smtpMailer({
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      requireTls: false,
      user: null,
      password: null,
      from: "monitor@mission.example",
      linkBase: "https://cfm.example/",
    });
    s = await buildScenario(ctx.deps);
    // This file counts the notices of releases, reply windows and tasks; the scenario's commission
    // meetings and its enforcement ladder announce themselves too (tested in
    // src/http/routes/commission.test.ts and enforcement.test.ts).
    await forgetCommissionAndLadder(ctx.deps, s);
  }, 120_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it("a release reaches both parties' liaisons; the reply window only the party it concerns", async () => {
    expect(await kindsOf("liaisonGna")).toEqual(["release.parties", "reply_window.opened"]);
    expect(await kindsOf("liaisonLna")).toEqual(["release.parties"]);
    expect(await kindsOf("commission")).toEqual(["release.parties"]);
    expect(await kindsOf("monitor")).toEqual(["task.assigned"]);
    for (const name of ["intake", "auditor", "admin"] as const)
      expect(await kindsOf(name)).toEqual([]);
    const gna = await readInbox(ctx.deps, user("liaisonGna"), { limit: 50 });
    const lna = await readInbox(ctx.deps, user("liaisonLna"), { limit: 50 });
    const [rg] = gna.items.filter((i) => i.kind === "release.parties");
    const [rl] = lna.items.filter((i) => i.kind === "release.parties");
    // The same instant for both, and a link to the release.
    expect(rg!.at).toEqual(rl!.at);
    expect(rg!.link).toBe(rl!.link);
    expect(gna.unread).toBe(2);
    // No notice carries any record's content.
    const all = JSON.stringify([gna, lna]);
    for (const canary of Object.values(s.canaries)) expect(all).not.toContain(canary);
  });

  it("a notice addressed to one party never reaches the other party's users", async () => {
    const { notified } = await inTransaction(ctx.deps, (tx) =>
      notify(tx, ctx.clock(), {
        kind: "reply_window.opened",
        subject: `incident:${s.ids.iRoR}`,
        link: `/releases/drafts/${s.ids.iRoR}`,
        params: { incident: "INC-X", closesAt: "2020-01-20T00:00:00Z" },
        // Selected by role and by id too: the LNA's users are still left out.
        recipients: {
          partyLiaisons: ["GNA"],
          roles: ["liaison", "commission"],
          userIds: [user("liaisonLna").userId],
        },
      }),
    );
    expect(notified).toContain(user("liaisonGna").userId);
    expect(notified).not.toContain(user("liaisonLna").userId);
    // The GNA's commission member belongs to the party addressed: selected by role, kept.
    expect(notified).toContain(user("commission").userId);
  });

  it("reading: one notice, then all; another user's notice is not found", async () => {
    const mine = await readInbox(ctx.deps, user("liaisonGna"), { limit: 1 });
    expect(mine.items).toHaveLength(1);
    expect(mine.nextCursor).not.toBeNull();
    const first = mine.items[0]!;
    await expect(
      markNotificationRead(ctx.deps, user("liaisonLna"), first.id),
    ).rejects.toMatchObject({
      code: "notification_not_found",
    });
    const read = await markNotificationRead(ctx.deps, user("liaisonGna"), first.id);
    expect(read.readAt).not.toBeNull();
    const after = await readInbox(ctx.deps, user("liaisonGna"), { limit: 50 });
    expect(after.unread).toBe(after.items.length - 1);
    await markInboxRead(ctx.deps, user("liaisonGna"));
    expect((await readInbox(ctx.deps, user("liaisonGna"), { limit: 50 })).unread).toBe(0);
    // The LNA's count is its own.
    expect((await readInbox(ctx.deps, user("liaisonLna"), { limit: 50 })).unread).toBe(1);
  });

  it("an embargoed notice appears only at its instant", async () => {
    const at = new Date(ctx.clock().getTime() + 3_600_000);
    await inTransaction(ctx.deps, (tx) =>
      notify(tx, ctx.clock(), {
        kind: "release.parties",
        subject: "incident:x",
        link: "/releases/x",
        params: { incident: "INC-E", releaseAt: at.toISOString() },
        recipients: { partyLiaisons: ["LNA"] },
        visibleAt: at,
      }),
    );
    expect((await readInbox(ctx.deps, user("liaisonLna"), { limit: 50 })).unread).toBe(1);
    ctx.clock.advance(3_600_000);
    expect((await readInbox(ctx.deps, user("liaisonLna"), { limit: 50 })).unread).toBe(2);
  });

  it("e-mail arrives at a real SMTP listener, in each user's language; an opted-out kind is not sent", async () => {
    await changeNotificationSettings(ctx.deps, user("liaisonGna"), {
      email: "gna.liaison@example.org",
      language: "ar",
      emailKindsOff: [],
    });
    await changeNotificationSettings(ctx.deps, user("liaisonLna"), {
      email: "lna.liaison@example.org",
      language: "en",
      emailKindsOff: ["release.parties"],
    });
    await inTransaction(ctx.deps, (tx) =>
      notify(tx, ctx.clock(), {
        kind: "release.parties",
        subject: "incident:y",
        link: "/releases/y",
        params: { incident: "INC-2020-0042", releaseAt: "2020-01-15T10:00:00Z" },
        recipients: { partyLiaisons: ["GNA", "LNA"] },
      }),
    );
    await inTransaction(ctx.deps, (tx) =>
      notify(tx, ctx.clock(), {
        kind: "reply_window.closed",
        subject: "incident:y",
        link: "/releases/drafts/y",
        params: { incident: "INC-2020-0042", closesAt: "2020-01-18T10:00:00Z" },
        recipients: { partyLiaisons: ["LNA"] },
      }),
    );
    const before = smtp.mails.length;
    await runPendingJobs(ctx.deps, { limit: 50 });
    const mails = smtp.mails.slice(before);
    expect(mails.map((m) => m.to)).toEqual(
      expect.arrayContaining([["gna.liaison@example.org"], ["lna.liaison@example.org"]]),
    );
    expect(mails).toHaveLength(2);
    const ar = mails.find((m) => m.to[0] === "gna.liaison@example.org")!;
    const en = mails.find((m) => m.to[0] === "lna.liaison@example.org")!;
    expect(subjectOf(ar.raw)).toBe("صدور نتيجة الحادث INC-2020-0042 إلى الأطراف");
    // Times in the mission's zone (Libya: UTC+2).
    expect(subjectOf(en.raw)).toBe(
      "The reply window on INC-2020-0042 closed at 18 Jan 2020, 12:00 (Africa/Tripoli)",
    );
    expect(en.raw.replace(/=\r?\n/g, "")).toContain("https://cfm.example/releases/drafts/y");
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("webhooks: signed, only the endpoint's audience, retried with back-off then failed", async () => {
    const good = await httpListener(() => 204);
    const bad = await httpListener(() => 500);
    try {
      const gna = await createWebhook(ctx.deps, user("admin"), {
        url: good.url,
        description: "GNA liaison system",
        kinds: ["reply_window.opened"],
        audience: "GNA",
      });
      const lna = await createWebhook(ctx.deps, user("admin"), {
        url: bad.url,
        description: "LNA liaison system",
        kinds: ["reply_window.opened"],
        audience: "LNA",
      });
      const mission = await createWebhook(ctx.deps, user("admin"), {
        url: bad.url,
        description: "Mission dashboard",
        kinds: ["reply_window.opened"],
        audience: "mission",
      });
      await inTransaction(ctx.deps, (tx) =>
        notify(tx, ctx.clock(), {
          kind: "reply_window.opened",
          subject: "incident:z",
          link: "/releases/drafts/z",
          params: { incident: "INC-Z", closesAt: "2020-01-20T00:00:00Z" },
          recipients: { partyLiaisons: ["GNA"] },
        }),
      );
      await runPendingJobs(ctx.deps, { limit: 50 });
      expect(good.hits).toHaveLength(1);
      const hit = good.hits[0]!;
      const signature = hit.headers["x-cfm-signature"] as string;
      const timestamp = hit.headers["x-cfm-timestamp"] as string;
      expect(verifyWebhookSignature(gna.secret, timestamp, hit.body, signature)).toBe(true);
      expect(verifyWebhookSignature(lna.secret, timestamp, hit.body, signature)).toBe(false);
      expect(JSON.parse(hit.body)).toMatchObject({
        kind: "reply_window.opened",
        link: "/releases/drafts/z",
        params: { incident: "INC-Z" },
        audience: "GNA",
      });
      // The LNA's endpoint heard nothing of a GNA notice; the mission's failing one was tried.
      expect(bad.hits).toHaveLength(1);
      expect(JSON.parse(bad.hits[0]!.body).audience).toBe("mission");
      for (let i = 0; i < 8; i++) {
        ctx.clock.advance(3_600_000);
        await runPendingJobs(ctx.deps, { limit: 50 });
      }
      expect(bad.hits).toHaveLength(6);
      const log = await listWebhookDeliveries(ctx.deps, user("admin"), { limit: 10 });
      const failed = log.find((d) => d.endpointId === mission.endpoint.id)!;
      expect(failed).toMatchObject({ status: "failed", attempts: 6, lastStatus: 500 });
      expect(failed.lastError).toContain("500");
      expect(log.find((d) => d.endpointId === gna.endpoint.id)).toMatchObject({
        status: "delivered",
        attempts: 1,
        lastStatus: 204,
      });
      expect(log.some((d) => d.endpointId === lna.endpoint.id)).toBe(false);
      await disableWebhook(ctx.deps, user("admin"), mission.endpoint.id);
      await disableWebhook(ctx.deps, user("admin"), gna.endpoint.id);
      await disableWebhook(ctx.deps, user("admin"), lna.endpoint.id);
      // Only the administrator manages them.
      await expect(
        listWebhookDeliveries(ctx.deps, user("chief"), { limit: 10 }),
      ).rejects.toMatchObject({ code: "forbidden" });
    } finally {
      good.server.close();
      bad.server.close();
    }
  });

  it("a failing delivery is tried again after 30 s, 1, 2, 4 and 8 minutes, as docs/webhooks.md says, then failed", async () => {
    // The wait after each failed attempt, as documented.
    const documented = [30, 60, 120, 240, 480].map((s) => s * 1000);
    expect(documented.map((_, n) => webhookBackoffMs(n + 1))).toEqual(documented);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(documented.length + 1);
    expect(webhookBackoffMs(20)).toBe(3_600_000);
    const down = await httpListener(() => 503);
    try {
      const hook = await createWebhook(ctx.deps, user("admin"), {
        url: down.url,
        description: "Mission dashboard, down",
        kinds: ["task.assigned"],
        audience: "mission",
      });
      // A whole second, so that the attempts' timestamps (seconds) are exact.
      ctx.clock.set(new Date(Math.ceil(ctx.clock().getTime() / 1000) * 1000 + 1000));
      const start = ctx.clock().getTime();
      await inTransaction(ctx.deps, (tx) =>
        notify(tx, ctx.clock(), {
          kind: "task.assigned",
          subject: "task:backoff",
          link: "/tasks",
          params: { task: "TSK-BACKOFF", incident: "INC-B", dueAt: "2020-02-01T00:00:00Z" },
          recipients: { roles: ["chief"] },
        }),
      );
      const run = () => runPendingJobs(ctx.deps, { limit: 50 });
      const delivery = async () =>
        (
          await listWebhookDeliveries(ctx.deps, user("admin"), {
            endpointId: hook.endpoint.id,
            limit: 5,
          })
        )[0]!;
      await run();
      expect(down.hits).toHaveLength(1);
      let due = start;
      for (const [n, wait] of documented.entries()) {
        due += wait;
        expect((await delivery()).nextAttemptAt?.getTime(), `after attempt ${n + 1}`).toBe(due);
        // A second early: not yet.
        ctx.clock.set(new Date(due - 1000));
        await run();
        expect(down.hits, `before attempt ${n + 2}`).toHaveLength(n + 1);
        ctx.clock.set(new Date(due));
        await run();
        expect(down.hits, `attempt ${n + 2}`).toHaveLength(n + 2);
      }
      // The attempts as the receiver saw them: spaced exactly as documented, one delivery id.
      const stamps = down.hits.map((h) => Number(h.headers["x-cfm-timestamp"]) * 1000);
      expect(stamps.slice(1).map((t, n) => t - stamps[n]!)).toEqual(documented);
      expect(new Set(down.hits.map((h) => h.headers["x-cfm-delivery"])).size).toBe(1);
      // Six attempts, then failed for good: nothing more hours later.
      ctx.clock.advance(6 * 3_600_000);
      await run();
      expect(down.hits).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
      expect(await delivery()).toMatchObject({
        status: "failed",
        attempts: WEBHOOK_MAX_ATTEMPTS,
        lastStatus: 503,
        nextAttemptAt: null,
      });
      await disableWebhook(ctx.deps, user("admin"), hook.endpoint.id);
    } finally {
      down.server.close();
    }
  });

  it("the reply window's reminder 24 hours before its close, and its closing, reach the party awaited", async () => {
    const gnaBefore = await kindsOf("liaisonGna");
    const window = await ctx.deps.db
      .selectFrom("reply_windows")
      .select(["closes_at", "opened_by"])
      .where("incident_id", "=", s.ids.iRoR)
      .executeTakeFirstOrThrow();
    ctx.clock.set(new Date(window.closes_at.getTime() - 23 * 3_600_000));
    await runPendingJobs(ctx.deps, { limit: 50 });
    const soon = (await kindsOf("liaisonGna")).filter((k) => k === "reply_window.closing_soon");
    expect(soon).toHaveLength(1);
    ctx.clock.set(new Date(window.closes_at.getTime() + 60_000));
    await runPendingJobs(ctx.deps, { limit: 50 });
    expect((await kindsOf("liaisonGna")).filter((k) => k === "reply_window.closed")).toHaveLength(
      1,
    );
    expect(gnaBefore).not.toContain("reply_window.closed");
    // The LNA, which the draft does not concern, hears of neither.
    const lna = await readInbox(ctx.deps, user("liaisonLna"), { limit: 50 });
    expect(lna.items.filter((i) => i.subject === `incident:${s.ids.iRoR}`)).toEqual([]);
    // Whoever opened the window is told it closed.
    const opener = Object.values(s.actors).find((a) => a.userId === window.opened_by)!;
    const openerInbox = await readInbox(ctx.deps, opener, { limit: 50 });
    expect(openerInbox.items.map((i) => i.kind)).toContain("reply_window.closed");
  });
});
