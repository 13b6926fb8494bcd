import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { createAgreementForTest } from "../../../test/agreements.js";

describeEachEngine("incident history and parties API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let incidentId: string;
  let otherIncident: string;
  let monitorId: string;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    monitorId = actors.monitor.userId;
    await createAgreementForTest(ctx.deps);
    app = await testApp(ctx);
    const file = async (token: string, body: Record<string, unknown> = {}) =>
      (await call(app, "POST", "/api/v1/reports", { token, body: reportJson(body) })).body
        .id as string;
    const open = async (reportId: string) =>
      (
        await call(app, "POST", "/api/v1/incidents", {
          token: t.intake,
          body: { reportIds: [reportId] },
        })
      ).body.id as string;
    incidentId = await open(await file(t.liaisonGna));
    otherIncident = await open(await file(t.monitor, { sourceKind: "monitor" }));
    const dup = await file(t.liaisonLna);
    await call(app, "POST", `/api/v1/incidents/${incidentId}/reports`, {
      token: t.intake,
      body: { reportId: dup, reason: "Same shelling, other side's account" },
    });
    await call(app, "POST", `/api/v1/incidents/${incidentId}/transitions`, {
      token: t.intake,
      body: { to: "triaged", note: "Within mandate" },
    });
    for (const level of ["V1", "V2"]) {
      const f = await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
        token: t.analyst,
        body: {
          outcome: "pending",
          verificationLevel: level,
          attributionLevel: "undetermined",
        },
      });
      expect(f.status).toBe(201);
    }
  });

  it("a case role reads the incident's own history, oldest first, with notes and reasons", async () => {
    const res = await call(app, "GET", `/api/v1/incidents/${incidentId}/history`, {
      token: t.analyst,
    });
    expect(res.status).toBe(200);
    const items = res.body.items as { action: string; actor: string; details: never }[];
    expect(items.map((e) => e.action)).toEqual([
      "incident.opened",
      "report.merged",
      "incident.transitioned",
      "finding.drafted",
      "finding.drafted",
    ]);
    expect(items[1]!.details).toMatchObject({ reason: "Same shelling, other side's account" });
    expect(items[2]!.details).toMatchObject({
      from: "received",
      to: "triaged",
      note: "Within mandate",
    });
    expect(items[4]!).toMatchObject({ actor: "user:analyst", details: { version: 2 } });
  });

  describe("with the incident's tasks", () => {
    let taskId: string;
    let cancelledId: string;
    let declinedId: string;
    const taskActions = (items: { action: string }[]) =>
      items.map((e) => e.action).filter((a) => a.startsWith("task."));

    beforeAll(async () => {
      const assign = async (instructions: string) => {
        const res = await call(app, "POST", `/api/v1/incidents/${incidentId}/tasks`, {
          token: t.analyst,
          body: {
            kind: "site_visit",
            assigneeId: monitorId,
            instructions,
            language: "en",
            placeName: "Ain Zara",
            priority: "urgent",
            dueAt: "2020-01-16T12:00:00Z",
          },
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.body.id as string;
      };
      taskId = await assign("Count the craters south of the school.");
      cancelledId = await assign("Ask the clinic how many were hurt.");
      for (const [path, body] of [
        [`/api/v1/tasks/${taskId}/accept`, undefined],
        [`/api/v1/tasks/${taskId}/complete`, { outcome: "Three fresh craters, no unexploded." }],
      ] as const) {
        const res = await call(app, "POST", path, { token: t.monitor, body });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
      const c = await call(app, "POST", `/api/v1/tasks/${cancelledId}/cancel`, {
        token: t.reviewer,
        body: { reason: "The clinic answered the analyst directly." },
      });
      expect(c.status, JSON.stringify(c.body)).toBe(200);
      declinedId = await assign("Photograph the water tower.");
      const d = await call(app, "POST", `/api/v1/tasks/${declinedId}/decline`, {
        token: t.monitor,
        body: { reason: "The road to the tower is closed by the checkpoint." },
      });
      expect(d.status, JSON.stringify(d.body)).toBe(200);
    });

    it("the tasking roles read each task's assignment, acceptance, decline, completion and cancellation", async () => {
      for (const token of [t.analyst, t.reviewer, t.chief]) {
        const res = await call(app, "GET", `/api/v1/incidents/${incidentId}/history`, { token });
        expect(res.status).toBe(200);
        const items = res.body.items as {
          seq: number;
          action: string;
          details: Record<string, unknown>;
          task?: { id: string; reference: string; kind: string; assigneeName: string };
        }[];
        expect(taskActions(items)).toEqual([
          "task.created",
          "task.created",
          "task.accepted",
          "task.done",
          "task.cancelled",
          "task.created",
          "task.declined",
        ]);
        // One timeline: the task entries sit among the case's own, in the log's order.
        expect(items.map((e) => e.seq)).toEqual([...items.map((e) => e.seq)].sort((a, b) => a - b));
        const done = items.find((e) => e.action === "task.done")!;
        expect(done.task).toMatchObject({
          id: taskId,
          reference: expect.stringMatching(/\S/),
          kind: "site_visit",
          assigneeName: expect.stringMatching(/\S/),
        });
        expect(done.details).toMatchObject({ outcome: "Three fresh craters, no unexploded." });
        const cancelled = items.find((e) => e.action === "task.cancelled")!;
        expect(cancelled.task?.id).toBe(cancelledId);
        expect(cancelled.details).toMatchObject({
          reason: "The clinic answered the analyst directly.",
        });
        const declined = items.find((e) => e.action === "task.declined")!;
        expect(declined).toMatchObject({
          actor: "user:monitor",
          task: { id: declinedId },
          details: { reason: "The road to the tower is closed by the checkpoint." },
        });
      }
    });

    it("intake reads the case's history but not its tasks, as the tasks service rules", async () => {
      const res = await call(app, "GET", `/api/v1/incidents/${incidentId}/history`, {
        token: t.intake,
      });
      expect(res.status).toBe(200);
      expect(taskActions(res.body.items)).toEqual([]);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(taskId);
      expect(text).not.toContain("Three fresh craters");
      expect(text).not.toContain("water tower");
      expect((await call(app, "GET", `/api/v1/tasks/${taskId}`, { token: t.intake })).status).toBe(
        404,
      );
    });

    it("a party liaison, of a party in the case, sees no task in it (nor the commission)", async () => {
      for (const token of [t.liaisonGna, t.liaisonLna, t.commission]) {
        const res = await call(app, "GET", `/api/v1/incidents/${incidentId}/history`, { token });
        expect(res.status).toBe(403);
        const text = JSON.stringify(res.body);
        expect(text).not.toContain("task.");
        expect(text).not.toContain(taskId);
        expect(text).not.toContain("Three fresh craters");
        expect(text).not.toContain("water tower");
        // … and the tasks service does not let them read it either.
        const task = await call(app, "GET", `/api/v1/tasks/${taskId}`, { token });
        expect(task.status).toBe(404);
      }
    });
  });

  it("holds nothing of another incident", async () => {
    const res = await call(app, "GET", `/api/v1/incidents/${otherIncident}/history`, {
      token: t.reviewer,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(["incident.opened"]);
  });

  it("is internal: a party liaison, even of a party in the case, is refused", async () => {
    for (const token of [t.liaisonGna, t.liaisonLna, t.monitor, t.commission]) {
      const res = await call(app, "GET", `/api/v1/incidents/${incidentId}/history`, { token });
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain("Within mandate");
    }
  });

  it("follows the caller's scope: intake does not read a confidential-source case", async () => {
    const classified = await call(
      app,
      "POST",
      `/api/v1/incidents/${otherIncident}/classification`,
      {
        token: t.chief,
        body: { classification: "confidential_source", reason: "A source must be protected." },
      },
    );
    expect(classified.status).toBe(200);
    const intake = await call(app, "GET", `/api/v1/incidents/${otherIncident}/history`, {
      token: t.intake,
    });
    expect(intake.status).toBe(404);
    const analyst = await call(app, "GET", `/api/v1/incidents/${otherIncident}/history`, {
      token: t.analyst,
    });
    expect(analyst.status).toBe(200);
  });

  it("answers 404 for an incident that does not exist", async () => {
    const res = await call(
      app,
      "GET",
      "/api/v1/incidents/00000000-0000-4000-8000-000000000000/history",
      { token: t.chief },
    );
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("incident_not_found");
  });

  it("every logged-in user reads the parties' full and short names, colours and authoritative language; a visitor does not", async () => {
    for (const token of [t.liaisonGna, t.analyst, t.auditor]) {
      const res = await call(app, "GET", "/api/v1/parties", { token });
      expect(res.status).toBe(200);
      expect(res.body.items.map((p: { code: string }) => p.code)).toEqual(["GNA", "LNA"]);
      expect(res.body.items[0]).toEqual({
        code: "GNA",
        nameEn: expect.any(String),
        nameAr: expect.any(String),
        shortEn: "GNA",
        shortAr: "الوفاق",
        colour: expect.stringMatching(/^#[0-9a-fA-F]{6}$/),
        authoritativeLanguage: "ar",
      });
    }
    expect((await call(app, "GET", "/api/v1/parties")).status).toBe(401);
  });
});
