import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { countRows, describeEachEngine } from "../../../test/db.js";
import {
  loginAll,
  PASSWORD,
  seedActors,
  type Actors,
  type TestUserName,
} from "../../../test/fixtures.js";
import { login } from "../../services/auth.js";
import { verifyAudit } from "../../services/audit.js";
import { createUser } from "../../services/users.js";

describeEachEngine("tasks API: assigning site visits and requests to monitors", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let actors: Actors;
  /** A second monitor, to whom nothing of the first monitor's tasks belongs. */
  let other: { id: string; token: string };
  let incidentId: string;
  let secretIncidentId: string;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    const u = await createUser(
      ctx.deps,
      { kind: "system", name: "test" },
      {
        username: "monitor2",
        displayName: "Second monitor",
        role: "monitor",
        party: null,
        password: PASSWORD,
        isDemo: true,
      },
    );
    const s = await login(ctx.deps, "monitor2", PASSWORD);
    if (s.kind !== "session") throw new Error("monitor2 did not log in");
    other = { id: u.id, token: s.token };
    app = await testApp(ctx);
    // One incident holds the monitor's own report (the monitor reads it), one a GNA complaint.
    const mine = await file(t.monitor, { sourceKind: "monitor" });
    const gna = await file(t.liaisonGna, { allegedParty: "LNA", description: "SECRET-GNA text" });
    incidentId = await open(mine, "Shelling of Ain Zara");
    secretIncidentId = await open(gna, "SECRET-GNA title");
  }, 60_000);

  async function file(token: string, overrides: Record<string, unknown> = {}) {
    const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(overrides) });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function open(reportId: string, title: string) {
    const res = await call(app, "POST", "/api/v1/incidents", {
      token: t.intake,
      body: { reportIds: [reportId], title },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  const visit = (overrides: Record<string, unknown> = {}) => ({
    kind: "site_visit",
    assigneeId: actors.monitor.userId,
    instructions: "Check the crater south of the school and count the impacts.",
    language: "en",
    placeName: "Ain Zara",
    location: { lat: 32.795, lon: 13.287 },
    priority: "urgent",
    dueAt: "2020-01-16T12:00:00Z",
    ...overrides,
  });

  async function assign(on: string, overrides: Record<string, unknown> = {}, token = t.analyst) {
    const res = await call(app, "POST", `/api/v1/incidents/${on}/tasks`, {
      token,
      body: visit(overrides),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  describe("a site visit, end to end", () => {
    let taskId: string;
    let reportId: string;

    it("an analyst lists the mission's monitors and assigns a site visit to one", async () => {
      const monitors = await call(app, "GET", "/api/v1/monitors", { token: t.analyst });
      expect(monitors.status).toBe(200);
      const names = monitors.body.items.map((m: { username: string }) => m.username);
      expect(names).toEqual(expect.arrayContaining(["monitor", "monitor2"]));
      expect(names).not.toContain("analyst");
      const res = await call(app, "POST", `/api/v1/incidents/${incidentId}/tasks`, {
        token: t.analyst,
        body: visit(),
      });
      expect(res.status).toBe(201);
      expect(res.headers.location).toBe(`/api/v1/tasks/${res.body.id}`);
      expect(res.body).toMatchObject({
        kind: "site_visit",
        status: "open",
        priority: "urgent",
        placeName: "Ain Zara",
        location: { lat: 32.795, lon: 13.287 },
        assignee: { id: actors.monitor.userId, displayName: "monitor" },
        incident: { id: incidentId, title: "Shelling of Ain Zara" },
      });
      expect(res.body.reference).toMatch(/^TSK-\d{5}$/);
      taskId = res.body.id;
    });

    it("the monitor finds it in its own tasks, counted as open, and may accept or decline it", async () => {
      const res = await call(app, "GET", "/api/v1/me/tasks", { token: t.monitor });
      expect(res.status).toBe(200);
      const task = res.body.items.find((x: { id: string }) => x.id === taskId);
      expect(task.allowedActions).toEqual(["accept", "decline"]);
      expect(task.instructions).toContain("crater");
      expect(res.body.counts.open).toBeGreaterThanOrEqual(1);
      // The monitor filed a report in this incident, so it may read the incident.
      expect(task.incident).toMatchObject({ id: incidentId, title: "Shelling of Ain Zara" });
      // Who assigned it, by name; not the analyst's account id.
      expect(task.createdBy).toEqual({ displayName: "analyst" });
    });

    it("the case roles list the incident's tasks", async () => {
      for (const token of [t.analyst, t.reviewer, t.chief]) {
        const res = await call(app, "GET", `/api/v1/incidents/${incidentId}/tasks`, { token });
        expect(res.status).toBe(200);
        expect(res.body.items.map((x: { id: string }) => x.id)).toContain(taskId);
      }
    });

    it("a task cannot be completed before it is accepted", async () => {
      const res = await call(app, "POST", `/api/v1/tasks/${taskId}/complete`, {
        token: t.monitor,
        body: { outcome: "Seen." },
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("task_transition_not_allowed");
    });

    it("the monitor accepts it; accepting again (a retry) changes nothing", async () => {
      const res = await call(app, "POST", `/api/v1/tasks/${taskId}/accept`, { token: t.monitor });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe("accepted");
      expect(res.body.allowedActions).toEqual(["decline", "complete"]);
      const entries = await countRows(ctx.deps.db, "audit_entries");
      const again = await call(app, "POST", `/api/v1/tasks/${taskId}/accept`, {
        token: t.monitor,
      });
      expect(again.status).toBe(200);
      expect(again.body.status).toBe("accepted");
      expect(await countRows(ctx.deps.db, "audit_entries")).toBe(entries);
    });

    it("another monitor cannot see, accept or complete it: it does not exist for them", async () => {
      for (const [method, path, body] of [
        ["GET", `/api/v1/tasks/${taskId}`, undefined],
        ["POST", `/api/v1/tasks/${taskId}/accept`, undefined],
        ["POST", `/api/v1/tasks/${taskId}/complete`, { outcome: "Done." }],
      ] as const) {
        const res = await call(app, method, path, { token: other.token, body });
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe("task_not_found");
      }
      const mine = await call(app, "GET", "/api/v1/me/tasks", { token: other.token });
      expect(mine.body.items).toEqual([]);
    });

    it("completing cannot cite a report the monitor may not see", async () => {
      const gnaReport = await file(t.liaisonGna, { allegedParty: "LNA" });
      const res = await call(app, "POST", `/api/v1/tasks/${taskId}/complete`, {
        token: t.monitor,
        body: { outcome: "Seen.", reportId: gnaReport },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("task_report_not_found");
      expect(
        (await call(app, "GET", `/api/v1/tasks/${taskId}`, { token: t.monitor })).body.status,
      ).toBe("accepted");
    });

    it("the monitor files a report from the visit and completes the task citing it", async () => {
      reportId = await file(t.monitor, { sourceKind: "monitor", description: "Crater seen." });
      const res = await call(app, "POST", `/api/v1/tasks/${taskId}/complete`, {
        token: t.monitor,
        body: { outcome: "Three impacts south of the school.", reportId },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: "done",
        outcome: "Three impacts south of the school.",
        resultReportId: reportId,
        allowedActions: [],
      });
      const seen = await call(app, "GET", `/api/v1/incidents/${incidentId}/tasks`, {
        token: t.analyst,
      });
      expect(seen.body.items.find((x: { id: string }) => x.id === taskId).status).toBe("done");
    });

    it("a done task can be neither declined nor cancelled", async () => {
      const d = await call(app, "POST", `/api/v1/tasks/${taskId}/decline`, {
        token: t.monitor,
        body: { reason: "Too late." },
      });
      expect(d.status).toBe(409);
      const c = await call(app, "POST", `/api/v1/tasks/${taskId}/cancel`, {
        token: t.analyst,
        body: { reason: "No longer needed." },
      });
      expect(c.status).toBe(409);
      expect(c.body.error.code).toBe("task_transition_not_allowed");
    });
  });

  describe("declining and cancelling", () => {
    it("the monitor declines with a reason; the analyst sees the reason", async () => {
      const id = await assign(incidentId, {
        kind: "information_request",
        placeName: undefined,
        location: undefined,
      });
      const res = await call(app, "POST", `/api/v1/tasks/${id}/decline`, {
        token: t.monitor,
        body: { reason: "The road to Ain Zara is closed by a checkpoint." },
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe("declined");
      const list = await call(app, "GET", `/api/v1/incidents/${incidentId}/tasks`, {
        token: t.analyst,
      });
      const task = list.body.items.find((x: { id: string }) => x.id === id);
      expect(task.statusReason).toContain("checkpoint");
    });

    it("a reviewer cancels an open task; the monitor may no longer act on it", async () => {
      const id = await assign(incidentId);
      const res = await call(app, "POST", `/api/v1/tasks/${id}/cancel`, {
        token: t.reviewer,
        body: { reason: "Verified from imagery instead." },
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe("cancelled");
      const accept = await call(app, "POST", `/api/v1/tasks/${id}/accept`, { token: t.monitor });
      expect(accept.status).toBe(409);
      expect(accept.body.error.code).toBe("task_transition_not_allowed");
    });

    it("the monitor cannot cancel its task, and an analyst cannot accept it", async () => {
      const id = await assign(incidentId);
      const c = await call(app, "POST", `/api/v1/tasks/${id}/cancel`, {
        token: t.monitor,
        body: { reason: "No." },
      });
      expect(c.status).toBe(403);
      const a = await call(app, "POST", `/api/v1/tasks/${id}/accept`, { token: t.analyst });
      expect(a.status).toBe(403);
    });

    it("a decline needs a reason", async () => {
      const id = await assign(incidentId);
      const res = await call(app, "POST", `/api/v1/tasks/${id}/decline`, {
        token: t.monitor,
        body: { reason: "   " },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    });
  });

  describe("bad input when assigning", () => {
    async function refused(body: Record<string, unknown>, on = incidentId) {
      const before = await countRows(ctx.deps.db, "tasks");
      const res = await call(app, "POST", `/api/v1/incidents/${on}/tasks`, {
        token: t.analyst,
        body: visit(body),
      });
      expect(await countRows(ctx.deps.db, "tasks")).toBe(before);
      return res;
    }

    it("an unknown monitor is refused with assignee_not_found", async () => {
      const res = await refused({ assigneeId: "00000000-0000-4000-8000-000000000000" });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("assignee_not_found");
    });

    it("assigning to someone who is not a monitor is refused with assignee_not_monitor", async () => {
      for (const who of ["analyst", "liaisonGna"] as const) {
        const res = await refused({ assigneeId: actors[who].userId });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe("assignee_not_monitor");
      }
    });

    it("a site visit without a place, a due date in the past, or an unknown kind are refused", async () => {
      const noPlace = await refused({ placeName: undefined, location: undefined });
      expect(noPlace.status).toBe(400);
      expect(noPlace.body.error.details).toMatchObject({ field: "location" });
      const past = await refused({ dueAt: "2020-01-01T00:00:00Z" });
      expect(past.status).toBe(400);
      expect(past.body.error.details).toMatchObject({ field: "dueAt" });
      const kind = await refused({ kind: "patrol" });
      expect(kind.status).toBe(400);
      expect(kind.body.error.code).toBe("validation_failed");
      const nul = await refused({ instructions: "bad\u0000text" });
      expect(nul.status).toBe(400);
    });

    it("an incident that does not exist is answered incident_not_found", async () => {
      const res = await refused({}, "00000000-0000-4000-8000-000000000000");
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("incident_not_found");
    });

    it("intake, the monitor, the parties and the commission may not assign tasks", async () => {
      for (const who of ["intake", "monitor", "liaisonGna", "commission", "auditor"] as const) {
        const res = await call(app, "POST", `/api/v1/incidents/${incidentId}/tasks`, {
          token: t[who],
          body: visit(),
        });
        expect(res.status, who).toBe(403);
      }
    });

    it("a retry with the same Idempotency-Key gives the same task, not a second one", async () => {
      const headers = { "idempotency-key": "task-retry-0001" };
      const first = await call(app, "POST", `/api/v1/incidents/${incidentId}/tasks`, {
        token: t.analyst,
        body: visit(),
        headers,
      });
      expect(first.status).toBe(201);
      const before = await countRows(ctx.deps.db, "tasks");
      const again = await call(app, "POST", `/api/v1/incidents/${incidentId}/tasks`, {
        token: t.analyst,
        body: visit(),
        headers,
      });
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.body.id);
      expect(await countRows(ctx.deps.db, "tasks")).toBe(before);
      const changed = await call(app, "POST", `/api/v1/incidents/${incidentId}/tasks`, {
        token: t.analyst,
        body: visit({ instructions: "Something else." }),
        headers,
      });
      expect(changed.status).toBe(409);
      expect(changed.body.error.code).toBe("idempotency_key_reused");
    });
  });

  describe("what the monitor and the parties read", () => {
    it("a monitor gets a task on an incident it may not read with the place and instructions, and no incident content", async () => {
      const id = await assign(secretIncidentId, {}, t.chief);
      const res = await call(app, "GET", `/api/v1/tasks/${id}`, { token: t.monitor });
      expect(res.status).toBe(200);
      expect(res.body.placeName).toBe("Ain Zara");
      expect(res.body.instructions).toContain("crater");
      expect(res.body.incident.reference).toMatch(/^INC-\d{5}$/);
      expect(res.body.incident.id).toBeNull();
      expect(res.body.incident.title).toBeNull();
      expect(res.raw).not.toContain("SECRET-GNA");
      expect(res.raw).not.toContain(secretIncidentId);
      // The incident itself stays closed to the monitor.
      const inc = await call(app, "GET", `/api/v1/incidents/${secretIncidentId}`, {
        token: t.monitor,
      });
      expect(inc.status).toBe(404);
    });

    it("a party liaison sees no task, not even on an incident holding its own complaint", async () => {
      const id = await assign(secretIncidentId);
      for (const who of ["liaisonGna", "liaisonLna", "commission"] as const) {
        const one = await call(app, "GET", `/api/v1/tasks/${id}`, { token: t[who] });
        expect(one.status, who).toBe(404);
        const list = await call(app, "GET", `/api/v1/incidents/${secretIncidentId}/tasks`, {
          token: t[who],
        });
        expect(list.status, who).toBe(403);
        const mine = await call(app, "GET", "/api/v1/me/tasks", { token: t[who] });
        expect(mine.status, who).toBe(403);
      }
      // The GNA liaison reads its incident, and nothing of the task shows there.
      const inc = await call(app, "GET", `/api/v1/incidents/${secretIncidentId}`, {
        token: t.liaisonGna,
      });
      expect(inc.status).toBe(200);
      expect(inc.raw).not.toContain(id);
      expect(inc.raw).not.toContain("crater");
    });

    it("the monitor filters its tasks by status", async () => {
      const res = await call(app, "GET", "/api/v1/me/tasks?status=done,declined", {
        token: t.monitor,
      });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const x of res.body.items) expect(["done", "declined"]).toContain(x.status);
      const bad = await call(app, "GET", "/api/v1/me/tasks?status=finished", {
        token: t.monitor,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe("validation_failed");
    });
  });

  it("every task change is in the audit chain, which verifies", async () => {
    const { rows } = await ctx.deps.db
      .selectFrom("audit_entries")
      .select((eb) => eb.fn.countAll<number>().as("rows"))
      .where("action", "like", "task.%")
      .executeTakeFirstOrThrow()
      .then((r) => ({ rows: Number(r.rows) }));
    expect(rows).toBeGreaterThanOrEqual(8);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });
});
