/**
 * Two `cfm serve` processes on one PostgreSQL database behind nginx (decision 0025): what a user
 * does through one is seen through the other. nginx gives a round-robin port over both nodes and
 * one port per node, so a step can be sent to the node it is about. PostgreSQL only (it needs
 * TEST_DATABASE_URL) and nginx (Debian's); skipped without them.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportJson } from "../../test/api.js";
import { nginxPath, startCluster, type Cluster } from "../../test/cluster.js";

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const LOGIN_RATE = 8;

interface Answer {
  status: number;
  body: { token?: string; error?: { code: string }; [k: string]: unknown };
  upstream: string | null;
}

async function send(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; client?: string; form?: FormData } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.client) headers["x-forwarded-for"] = opts.client;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  let body: Answer["body"] = {};
  try {
    body = text ? (JSON.parse(text) as Answer["body"]) : {};
  } catch {
    body = { text };
  }
  return { status: res.status, body, upstream: res.headers.get("x-upstream") };
}

/**
 * Asks `ask` again until `done` holds or 3 s pass, and returns the last answer. A node hears of
 * another's change through NOTIFY, which arrives a moment after the change's answer; the cluster
 * trusts what it read for a minute (CFM_CACHE_MS), so only the notice can end it this soon.
 */
async function eventually(ask: () => Promise<Answer>, done: (a: Answer) => boolean) {
  const until = Date.now() + 3_000;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.skipIf(!ADMIN_URL || !nginxPath())(
  "two servers on one PostgreSQL behind nginx",
  { timeout: 300_000 },
  () => {
    let cluster: Cluster;
    let a: string;
    let b: string;
    let client = 0;
    /** A client address of its own for each step, so that the steps' rate limits do not meet. */
    const newClient = () => `198.51.100.${++client}`;
    const login = (base: string, username: string, password = "demo", from = newClient()) =>
      send(base, "POST", "/api/v1/auth/login", { body: { username, password }, client: from });
    const tokenOf = async (base: string, username: string) => {
      const res = await login(base, username);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.token!;
    };

    beforeAll(async () => {
      cluster = await startCluster({
        adminUrl: ADMIN_URL!,
        count: 2,
        env: { CFM_LOGIN_RATE_PER_MINUTE: String(LOGIN_RATE), CFM_CACHE_MS: "60000" },
      });
      [a, b] = cluster.nodeUrls as [string, string];
    }, 400_000);

    afterAll(async () => {
      await cluster?.stop();
    });

    it("serves through nginx from both nodes, and a session opened on one works on the other", async () => {
      const token = await tokenOf(a, "analyst");
      expect((await send(b, "GET", "/api/v1/auth/me", { token })).status).toBe(200);
      const upstreams = new Set<string>();
      for (let i = 0; i < 6; i++) {
        const res = await send(cluster.proxyUrl, "GET", "/api/v1/auth/me", { token });
        expect(res.status).toBe(200);
        upstreams.add(res.upstream ?? "");
      }
      expect([...upstreams].sort()).toEqual(cluster.nodes.map((n) => `127.0.0.1:${n.port}`).sort());
    });

    it("a logout on one node is refused on the other as soon as it hears", async () => {
      const token = await tokenOf(a, "reviewer");
      // Read twice on B: its session cache now holds the session.
      expect((await send(b, "GET", "/api/v1/auth/me", { token })).status).toBe(200);
      expect((await send(b, "GET", "/api/v1/auth/me", { token })).status).toBe(200);
      expect((await send(a, "POST", "/api/v1/auth/logout", { token })).status).toBe(204);
      const after = await eventually(
        () => send(b, "GET", "/api/v1/auth/me", { token }),
        (r) => r.status !== 200,
      );
      expect(after.status).toBe(401);
    });

    it("an administrator's revoke-all on one node ends sessions cached on the other", async () => {
      const chief = await tokenOf(b, "chief");
      expect((await send(b, "GET", "/api/v1/auth/me", { token: chief })).status).toBe(200);
      const admin = await tokenOf(a, "admin");
      const revoked = await send(a, "POST", "/api/v1/admin/emergency/revoke-all-sessions", {
        token: admin,
        body: { reason: "A laptop was lost (several-nodes test)." },
      });
      expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
      const after = await eventually(
        () => send(b, "GET", "/api/v1/auth/me", { token: chief }),
        (r) => r.status !== 200,
      );
      expect(after.status).toBe(401);
    });

    it("read-only mode switched on one node refuses writes on the other as soon as it hears", async () => {
      const admin = await tokenOf(a, "admin");
      const intake = await tokenOf(b, "intake");
      const file = (base: string) =>
        send(base, "POST", "/api/v1/reports", {
          token: intake,
          body: reportJson({ sourceKind: "monitor" }),
        });
      // A write on B: B now holds "not read-only" in its cache.
      expect((await file(b)).status).toBe(201);
      const on = await send(a, "POST", "/api/v1/admin/emergency/read-only", {
        token: admin,
        body: { enabled: true, reason: "Investigating (several-nodes test)." },
      });
      expect(on.status, JSON.stringify(on.body)).toBe(200);
      const refused = await eventually(
        () => file(b),
        (r) => r.status !== 201,
      );
      expect(refused.body.error?.code).toBe("read_only_mode");
      const off = await send(b, "POST", "/api/v1/admin/emergency/read-only", {
        token: admin,
        body: { enabled: false, reason: "Done." },
      });
      expect(off.status).toBe(200);
      const accepted = await eventually(
        () => file(a),
        (r) => r.status === 201,
      );
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    });

    it("the mission's settings changed on one node are read on the other as soon as it hears", async () => {
      const admin = await tokenOf(a, "admin");
      // B reads (and keeps) the mission first.
      const before = await send(b, "GET", "/api/v1/mission", { token: admin });
      expect(before.status).toBe(200);
      const hours = (before.body.replyWindowHours as number) === 48 ? 96 : 48;
      const changed = await send(a, "PATCH", "/api/v1/mission/settings", {
        token: admin,
        body: { replyWindowHours: hours },
      });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      const read = await eventually(
        () => send(b, "GET", "/api/v1/mission", { token: admin }),
        (r) => r.body.replyWindowHours === hours,
      );
      expect(read.body.replyWindowHours).toBe(hours);
    });

    it("counts a client's logins on both nodes together, by the address nginx forwards", async () => {
      const from = newClient();
      const answers: number[] = [];
      for (let i = 0; i < LOGIN_RATE + 1; i++)
        answers.push((await login(i % 2 ? b : a, "analyst2", "demo", from)).status);
      expect(answers.slice(0, LOGIN_RATE).every((s) => s === 200)).toBe(true);
      expect(answers[LOGIN_RATE]).toBe(429);
      // Another client, through the same proxy, is not limited: the address is the forwarded one.
      expect((await login(cluster.proxyUrl, "analyst2")).status).toBe(200);
    });

    it("locks an account for the guessing address across both nodes, never for the owner", async () => {
      const guesser = newClient();
      for (let i = 0; i < 5; i++) {
        const res = await login(i % 2 ? a : b, "monitor", "wrong password", guesser);
        expect(res.body.error?.code).toBe("invalid_credentials");
      }
      const locked = await login(a, "monitor", "demo", guesser);
      expect(locked.status).toBe(429);
      expect(locked.body.error?.code).toBe("account_locked");
      expect((await login(b, "monitor", "demo", guesser)).body.error?.code).toBe("account_locked");
      expect((await login(b, "monitor", "demo", newClient())).status).toBe(200);
    });

    it("evidence filed through one node is downloaded through the other", async () => {
      const intake = await tokenOf(a, "intake");
      const report = await send(a, "POST", "/api/v1/reports", {
        token: intake,
        body: reportJson({ sourceKind: "monitor" }),
      });
      expect(report.status, JSON.stringify(report.body)).toBe(201);
      // A PNG: the store checks the type from the bytes.
      const png = Buffer.from(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e5273fbc0000000049454e44ae426082",
        "hex",
      );
      const form = new FormData();
      form.append("file", new Blob([png], { type: "image/png" }), "photo.png");
      const up = await send(a, "POST", `/api/v1/reports/${String(report.body.id)}/evidence`, {
        token: intake,
        form,
      });
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      const res = await fetch(`${b}/api/v1/evidence/${String(up.body.id)}/content`, {
        headers: { authorization: `Bearer ${await tokenOf(b, "intake")}` },
      });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    });

    it("queues each periodic job once, however many nodes schedule it", async () => {
      // Both nodes have run their job loops (every second) since they started.
      await new Promise((r) => setTimeout(r, 2500));
      const db = new pg.Client({ connectionString: cluster.databaseUrl });
      await db.connect();
      try {
        const { rows } = await db.query<{ kind: string; n: number }>(
          `SELECT kind, count(*)::int AS n FROM jobs WHERE kind LIKE 'periodic:%' GROUP BY kind ORDER BY kind`,
        );
        expect(rows).toEqual([
          { kind: "periodic:audit-checkpoint", n: 1 },
          { kind: "periodic:commitment-deadlines", n: 1 },
          { kind: "periodic:notice-deadlines", n: 1 },
        ]);
      } finally {
        await db.end();
      }
    });
  },
);
