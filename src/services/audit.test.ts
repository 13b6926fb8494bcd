import fc from "fast-check";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { findingInput, reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import { AUDITED_TABLES } from "../store/schema.js";
import { listAudit, PRIMARY_KEY, verifyAudit, type VerifyOptions } from "./audit.js";
import type { Tx } from "./deps.js";
import { addFinding } from "./findings.js";
import { createIncident } from "./incident-triage.js";
import { transitionIncident } from "./incident-workflow.js";
import { createReport } from "./intake.js";

class Rollback extends Error {}

describeEachEngine("audit chain on the database", (ctx) => {
  let actors: Actors;
  let incidentId: string;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    const a = await createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA" }));
    const b = await createReport(
      ctx.deps,
      actors.liaisonLna,
      reportInput({ allegedParty: "GNA", description: "قصف مدفعي", language: "ar" }),
    );
    const incident = await createIncident(ctx.deps, actors.intake, {
      reportIds: [a.report.id, b.report.id],
    });
    incidentId = incident.id;
    await transitionIncident(ctx.deps, actors.intake, incidentId, "triaged", "within mandate");
    await addFinding(ctx.deps, actors.analyst, incidentId, findingInput());
  });

  /** Runs `tamper` inside a transaction that is always rolled back, and verifies inside it. */
  async function verifyAfter(tamper: (tx: Tx) => Promise<unknown>, opts?: VerifyOptions) {
    return (await tryVerifyAfter(tamper, opts))!;
  }

  /** As verifyAfter; null when the database itself refused the change (a check constraint). */
  async function tryVerifyAfter(tamper: (tx: Tx) => Promise<unknown>, opts?: VerifyOptions) {
    let result: Awaited<ReturnType<typeof verifyAudit>> | null = null;
    await ctx.deps.db
      .transaction()
      .execute(async (tx) => {
        await tamper(tx);
        result = await verifyAudit(tx, opts);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (err instanceof Rollback) return;
        if ((err as { code?: string }).code?.startsWith("23")) return;
        throw err;
      });
    return result as Awaited<ReturnType<typeof verifyAudit>> | null;
  }

  it("an untouched record verifies", async () => {
    const res = await verifyAudit(ctx.deps.db);
    expect(res.problem).toBeNull();
    expect(res.ok).toBe(true);
    expect(res.entries).toBeGreaterThan(10);
  });

  it("every state change wrote its entry: the incident's history is in the log", async () => {
    const entries = await listAudit(ctx.deps.db, { subject: `incident:${incidentId}`, limit: 100 });
    expect(entries.map((e) => e.action)).toEqual([
      "incident.opened",
      "incident.transitioned",
      "finding.drafted",
    ]);
  });

  it("a row changed directly in the database is detected, naming the entry that recorded it", async () => {
    const entries = await listAudit(ctx.deps.db, { subject: `incident:${incidentId}`, limit: 100 });
    const last = entries[entries.length - 1]!;
    const res = await verifyAfter((tx) =>
      tx.updateTable("incidents").set({ title: "edited" }).where("id", "=", incidentId).execute(),
    );
    expect(res.ok).toBe(false);
    expect(res.problem?.seq).toBe(last.seq);
    expect(res.problem?.reason).toContain(`incidents:${incidentId}`);
  });

  it("a report edited behind the immutability trigger is detected", async () => {
    const res = await verifyAfter(async (tx) => {
      await sql`ALTER TABLE reports DISABLE TRIGGER reports_immutable`.execute(tx);
      await sql`UPDATE reports SET description = description || '.' WHERE id = (SELECT id FROM reports LIMIT 1)`.execute(
        tx,
      );
    });
    expect(res.ok).toBe(false);
    expect(res.problem?.reason).toMatch(/row reports:.* was changed after audit entry \d+/);
  });

  it("an audit entry changed directly is detected at that entry", async () => {
    const res = await verifyAfter((tx) =>
      tx
        .updateTable("audit_entries")
        .set({ actor: "user:someone-else" })
        .where("seq", "=", 3)
        .execute(),
    );
    expect(res.ok).toBe(false);
    expect(res.problem?.seq).toBe(3);
  });

  it("removing the newest entries is detected", async () => {
    const res = await verifyAfter(async (tx) => {
      const { rows } = await sql<{
        m: number;
      }>`SELECT max(seq)::int AS m FROM audit_entries`.execute(tx);
      await tx.deleteFrom("audit_entries").where("seq", "=", rows[0]!.m).execute();
    });
    expect(res.ok).toBe(false);
  });

  it("a row inserted directly, without the application, is detected", async () => {
    const res = await verifyAfter((tx) =>
      tx
        .insertInto("parties")
        .values({ code: "XYZ", name_en: "Injected", name_ar: "مدسوس" })
        .execute(),
    );
    expect(res.ok).toBe(false);
    expect(res.problem?.reason).toContain("parties:XYZ has no audit entry");
  });

  it("reading the chain in small batches gives the same answer", async () => {
    const whole = await verifyAudit(ctx.deps.db);
    expect(await verifyAudit(ctx.deps.db, { batch: 3 })).toEqual(whole);
    const broken = await verifyAfter(
      (tx) =>
        tx.updateTable("audit_entries").set({ actor: "user:x" }).where("seq", "=", 4).execute(),
      { batch: 3 },
    );
    expect(broken.problem).toMatchObject({ seq: 4, field: "hash" });
  });

  it("a run from the checkpoint checks only the entries after the last verified one, and their rows", async () => {
    const first = await verifyAudit(ctx.deps.db, { from: "checkpoint", record: true });
    expect(first.ok).toBe(true);
    const head = first.headSeq;
    const again = await verifyAudit(ctx.deps.db, { from: "checkpoint", record: true });
    expect(again).toMatchObject({ ok: true, entries: 0, fromSeq: head + 1, full: false });
    const r = await createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA" }));
    const next = await verifyAudit(ctx.deps.db, { from: "checkpoint" });
    expect(next).toMatchObject({ ok: true, fromSeq: head + 1, full: false });
    expect(next.entries).toBe(next.headSeq - head);
    expect(next.entries).toBeGreaterThan(0);
    expect(next.rowsChecked).toBeGreaterThan(0);
    // A row the newer entries recorded, changed behind the application, is found.
    const changed = await verifyAfter(
      async (tx) => {
        await sql`ALTER TABLE reports DISABLE TRIGGER reports_immutable`.execute(tx);
        await tx
          .updateTable("reports")
          .set({ description: "rewritten" })
          .where("id", "=", r.report.id)
          .execute();
      },
      { from: "checkpoint" },
    );
    expect(changed.ok).toBe(false);
    expect(changed.problem?.reason).toContain(`reports:${r.report.id} was changed after`);
  });

  it("a changed entry before the checkpoint escapes a run from it, and a full run finds it", async () => {
    expect((await verifyAudit(ctx.deps.db, { record: true })).ok).toBe(true);
    const tamper = (tx: Tx) =>
      tx.updateTable("audit_entries").set({ actor: "user:x" }).where("seq", "=", 3).execute();
    expect((await verifyAfter(tamper, { from: "checkpoint" })).ok).toBe(true);
    const full = await verifyAfter(tamper, { from: "start" });
    expect(full.problem).toMatchObject({ seq: 3, field: "hash" });
  });

  it("a run from the checkpoint refuses when the checkpoint's own entry changed", async () => {
    const res = await verifyAudit(ctx.deps.db, { record: true });
    const changed = await verifyAfter(
      (tx) =>
        tx
          .updateTable("audit_entries")
          .set({ subject: "report:elsewhere" })
          .where("seq", "=", res.headSeq)
          .execute(),
      { from: "checkpoint" },
    );
    expect(changed.ok).toBe(false);
    expect(changed.problem?.seq).toBe(res.headSeq);
    expect(changed.problem?.reason).toMatch(/where the last verification ended.*--full/);
  });

  it("any single-character change to any text column of any audited row is detected", async () => {
    const targets: { table: string; column: string; key: string; id: string }[] = [];
    for (const table of AUDITED_TABLES) {
      const key = PRIMARY_KEY[table];
      const { rows: cols } = await sql<{
        column_name: string;
      }>`SELECT column_name FROM information_schema.columns
        WHERE table_name = ${table} AND data_type = 'text' AND column_name <> ${key}`.execute(
        ctx.deps.db,
      );
      const { rows: ids } = await sql<{
        id: string;
      }>`SELECT ${sql.ref(key)}::text AS id FROM ${sql.table(table)} LIMIT 5`.execute(ctx.deps.db);
      for (const c of cols)
        for (const r of ids) targets.push({ table, column: c.column_name, key, id: r.id });
    }
    expect(targets.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.nat(), async (t, pos) => {
        const res = await tryVerifyAfter(async (tx) => {
          await sql`ALTER TABLE reports DISABLE TRIGGER reports_immutable`.execute(tx);
          // overwrite one character (or set a value where there was none)
          await sql`UPDATE ${sql.table(t.table)} SET ${sql.ref(t.column)} =
            CASE WHEN coalesce(length(${sql.ref(t.column)}), 0) = 0 THEN 'x'
                 ELSE overlay(${sql.ref(t.column)} placing
                   CASE WHEN substr(${sql.ref(t.column)}, ${(pos % 64) + 1}, 1) = 'z' THEN 'y' ELSE 'z' END
                   from least(${(pos % 64) + 1}, length(${sql.ref(t.column)})) for 1) END
            WHERE ${sql.ref(t.key)}::text = ${t.id}`.execute(tx);
        });
        fc.pre(res !== null); // the database's own constraints refused this change
        expect(res!.ok).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});
