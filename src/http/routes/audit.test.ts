import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import {
  loginAll,
  reportInput,
  seedActors,
  TEST_USERS,
  type TestUserName,
} from "../../../test/fixtures.js";
import { createIncident, transitionIncident } from "../../services/incidents.js";
import { createReport } from "../../services/reports.js";
import { exportAuditLog } from "../../services/audit.js";
import { parseCsv } from "../../../test/csv.js";

type Entry = {
  seq: number;
  at: string;
  subject: string;
  subjectLabel: string | null;
  hash: string;
  prevHash: string;
};

describeEachEngine("reading the audit log: newest first, by subject and by time", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let incident: { id: string; reference: string };
  let tracking: string;
  let openedAt: Date;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    const { report } = await createReport(ctx.deps, actors.liaisonGna, reportInput());
    tracking = report.trackingId;
    ctx.clock.advance(3_600_000);
    openedAt = ctx.clock();
    incident = await createIncident(ctx.deps, actors.intake, { reportIds: [report.id] });
    ctx.clock.advance(3_600_000);
    await transitionIncident(ctx.deps, actors.intake, incident.id, "triaged", "within mandate");
  });

  const read = async (query: string, token = t.auditor) => {
    const res = await call(app, "GET", `/api/v1/audit${query}`, { token });
    expect(res.status, res.raw).toBe(200);
    return res.body as { items: Entry[]; nextAfter: number | null; nextBefore: number | null };
  };

  it("pages newest first with `before`, and the pages meet the oldest-first log", async () => {
    const all = await read("?limit=1000");
    const seqs = all.items.map((e) => e.seq);
    const first = await read("?order=desc&limit=3");
    expect(first.items.map((e) => e.seq)).toEqual(seqs.slice(-3).reverse());
    expect(first.nextAfter).toBeNull();
    expect(first.nextBefore).toBe(seqs[seqs.length - 3]);
    const second = await read(`?order=desc&limit=3&before=${first.nextBefore}`);
    expect(second.items.map((e) => e.seq)).toEqual(seqs.slice(-6, -3).reverse());
    const rest = await read(`?order=desc&limit=1000&before=${second.nextBefore}`);
    expect(rest.items).toHaveLength(seqs.length - 6);
    expect(rest.nextBefore).toBeNull();
  });

  it("finds an incident's entries by its reference, and names the subject by it", async () => {
    const byId = await read(`?subject=incident:${incident.id}&order=desc`);
    expect(byId.items).toHaveLength(2);
    const byRef = await read(`?subject=${encodeURIComponent(incident.reference)}&order=desc`);
    expect(byRef.items).toEqual(byId.items);
    expect(byRef.items.every((e) => e.subjectLabel === incident.reference)).toBe(true);
    const report = await read(`?subject=${encodeURIComponent(tracking)}`);
    expect(report.items.length).toBeGreaterThan(0);
    expect(report.items[0]!.subjectLabel).toBe(tracking);
    const user = await read("?subject=liaisongna");
    expect(user.items[0]!.subject).toMatch(/^user:/);
    expect(user.items[0]!.subjectLabel).toBe("liaisongna");
    expect((await read("?subject=INC-NO-SUCH")).items).toEqual([]);
  });

  it("keeps the entries written in a time window", async () => {
    const from = openedAt.toISOString();
    const to = new Date(openedAt.getTime() + 1000).toISOString();
    const res = await read(`?from=${from}&to=${to}`);
    expect(res.items.map((e) => e.subject)).toEqual([`incident:${incident.id}`]);
    const later = await read(`?from=${to}`);
    expect(later.items.every((e) => e.at >= to)).toBe(true);
    expect(later.items.map((e) => e.subject)).toContain(`incident:${incident.id}`);
  });

  it("refuses a window that ends before it begins, and an unknown order", async () => {
    for (const q of ["?from=2020-02-01T00:00:00Z&to=2020-01-01T00:00:00Z", "?order=random"]) {
      const res = await call(app, "GET", `/api/v1/audit${q}`, { token: t.auditor });
      expect(res.status, q).toBe(400);
      expect(res.body.error.code, q).toBe("validation_failed");
    }
  });

  it("exports what the page shows as CSV: newest first, the same filters, both hashes", async () => {
    const res = await call(
      app,
      "GET",
      `/api/v1/audit.csv?subject=${encodeURIComponent(incident.reference)}`,
      { token: t.auditor },
    );
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toMatch(
      /filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const { header, rows } = parseCsv(res.raw);
    expect(header).toEqual([
      "seq",
      "at_utc",
      "at_local",
      "time_zone",
      "actor",
      "action",
      "subject",
      "subject_label",
      "hash",
      "prev_hash",
    ]);
    const listed = await read(`?subject=incident:${incident.id}&order=desc`);
    expect(rows.map((r) => Number(r.seq))).toEqual(listed.items.map((e) => e.seq));
    expect(rows.map((r) => r.action)).toEqual(["incident.transitioned", "incident.opened"]);
    expect(rows[0]!.subject_label).toBe(incident.reference);
    expect(rows[0]!.at_local).toMatch(/\+02:00$/);
    expect(rows.map((r) => [r.hash, r.prev_hash])).toEqual(
      listed.items.map((e) => [e.hash, e.prevHash]),
    );
    const chief = await call(app, "GET", "/api/v1/audit.csv", { token: t.chief });
    expect(chief.status).toBe(200);
    const refused = await call(app, "GET", "/api/v1/audit.csv", { token: t.liaisonGna });
    expect(refused.status).toBe(403);
    expect(refused.raw).not.toContain(incident.id);
  });

  it("refuses an export wider than the cap rather than cutting it short", async () => {
    const actor = {
      kind: "user" as const,
      userId: "x",
      username: "auditor",
      role: "auditor" as const,
      party: null,
    };
    await expect(exportAuditLog(ctx.deps, actor, {}, 3)).rejects.toMatchObject({
      code: "export_too_large",
    });
    expect(
      (await exportAuditLog(ctx.deps, actor, { subject: `incident:${incident.id}` }, 3)).entries,
    ).toHaveLength(2);
  });

  it("is for the auditor and the chief only, whatever the filter", async () => {
    expect((await read("?order=desc", t.chief)).items.length).toBeGreaterThan(0);
    const query = `?order=desc&subject=${encodeURIComponent(incident.reference)}`;
    for (const name of Object.keys(TEST_USERS) as TestUserName[]) {
      if (name === "auditor" || name === "chief") continue;
      const res = await call(app, "GET", `/api/v1/audit${query}`, { token: t[name] });
      expect(res.status, name).toBe(403);
      expect(res.raw, name).not.toContain(incident.id);
    }
  });
});
