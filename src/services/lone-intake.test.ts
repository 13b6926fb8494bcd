/**
 * A report filed alone is written with its audit entry in one statement (decision 0008). The
 * statement records a row hash computed before the write; these tests check that the prediction
 * holds for reports of every shape (or the path would silently fall back to a transaction, or,
 * worse, record a hash the audit check then calls tampered), and that a failed assumption writes
 * nothing.
 */
import fc from "fast-check";
import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { countRows, describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import type { ReportInput } from "../domain/reports.js";
import { insertReportAudited, type ReportRow } from "../store/reports-repo.js";
import { rowJson } from "../store/row-json.js";
import { appendAudit, appendAuditAlone, verifyAudit } from "./audit.js";
import { createReport, LONE_INTAKE_METRICS } from "./intake.js";

describeEachEngine("a lone report in one statement", (ctx) => {
  let actors: Actors;
  const count = (table: "reports" | "audit_entries") => countRows(ctx.deps.db, table);

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    // First writes, in a transaction: this process learns the head of the chain to chain on and
    // sees that both party codes exist.
    await createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA" }));
    await createReport(ctx.deps, actors.liaisonLna, reportInput({ allegedParty: "GNA" }));
  });

  const instant = fc
    .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2020-01-10T00:00:00Z") })
    .filter((d) => !Number.isNaN(d.getTime()));

  it("holds for reports of every shape: the stored row is the one hashed", async () => {
    const counted = new Map<string, number>();
    const deps = {
      ...ctx.deps,
      metrics: { count: (name: string) => counted.set(name, (counted.get(name) ?? 0) + 1) },
    };
    let filed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          who: fc.constantFrom("liaisonGna", "liaisonLna", "monitor", "intake", "public"),
          from: instant,
          spanMs: fc.integer({ min: 0, max: 3 * 86_400_000 }),
          where: fc.oneof(
            fc.record({
              location: fc.record({
                lat: fc.double({ min: 19.5, max: 33.2, noNaN: true }),
                lon: fc.double({ min: 9.5, max: 25, noNaN: true }),
              }),
            }),
            // Located from the gazetteer, ambiguous, or not found: candidates as JSON.
            fc.record({ placeName: fc.constantFrom("Ain Zara", "عين زارة", "Qasr", "Nowhere-X") }),
          ),
          description: fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }),
          language: fc.constantFrom("ar", "en"),
          counts: fc.option(
            fc.record({ explosions: fc.nat({ max: 50 }), shots: fc.nat({ max: 500 }) }),
            { nil: undefined },
          ),
          embargoMs: fc.option(fc.integer({ min: 1, max: 10 * 86_400_000 }), { nil: undefined }),
          datePrecision: fc.integer({ min: 1, max: 5 }),
          // Received at any millisecond: fractional seconds in the stored timestamp.
          receivedMs: fc.integer({ min: 0, max: 86_400_000 }),
        }),
        async (r) => {
          ctx.clock.set(new Date(Date.parse("2020-01-15T08:00:00Z") + r.receivedMs));
          const sourceKind =
            r.who === "monitor"
              ? "monitor"
              : r.who === "public"
                ? "public"
                : r.who === "intake"
                  ? "media"
                  : "party_complaint";
          const input: ReportInput = {
            ...reportInput(),
            sourceKind,
            occurredFrom: r.from,
            occurredTo: new Date(r.from.getTime() + r.spanMs),
            location: undefined,
            ...r.where,
            description: r.description.trim() || "x",
            language: r.language as ReportInput["language"],
            datePrecision: r.datePrecision,
            ...(r.counts ? { counts: r.counts } : {}),
            ...(r.embargoMs ? { embargoUntil: new Date(ctx.clock().getTime() + r.embargoMs) } : {}),
            ...(sourceKind === "party_complaint" && r.who.startsWith("liaison")
              ? { allegedParty: r.who === "liaisonGna" ? "LNA" : "GNA" }
              : {}),
          };
          const actor =
            r.who === "public" ? ({ kind: "public" } as const) : actors[r.who as keyof Actors];
          await createReport(deps, actor, input);
          filed++;
        },
      ),
      { numRuns: 60 },
    );
    expect(counted.get(LONE_INTAKE_METRICS.oneStatement) ?? 0).toBe(filed);
    expect(counted.get(LONE_INTAKE_METRICS.transaction) ?? 0).toBe(0);
    const verified = await verifyAudit(ctx.deps.db);
    expect(verified.problem).toBeNull();
    expect(verified.ok).toBe(true);
  });

  it("writes nothing when the stored row would differ from the row hashed", async () => {
    const before = { reports: await count("reports"), audit: await count("audit_entries") };
    const report = reportJson(randomUUID());
    // A valid instant, but not as to_jsonb() renders it: the stored row would differ.
    const wrong = { ...report, received_at: "2020-01-15T08:00:00Z" };
    const seq = await appendAuditAlone(ctx.deps.db, receivedEntry(wrong), (entry, prev) =>
      insertReportAudited(ctx.deps.db, wrong, entry, prev),
    );
    expect(seq).toBeNull();
    expect({ reports: await count("reports"), audit: await count("audit_entries") }).toEqual(
      before,
    );
    // The same row as to_jsonb() renders it goes in, with its entry.
    const right = await appendAuditAlone(ctx.deps.db, receivedEntry(report), (entry, prev) =>
      insertReportAudited(ctx.deps.db, report, entry, prev),
    );
    expect(right).not.toBeNull();
    expect(await count("reports")).toBe(before.reports + 1);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("writes nothing when the audit head moved since this process wrote it", async () => {
    const before = { reports: await count("reports"), audit: await count("audit_entries") };
    // Two lone writes on the same guess: the second finds the head moved and goes through its
    // transaction.
    const input = reportInput({ sourceKind: "monitor" });
    const [a, b] = await Promise.all([
      createReport(ctx.deps, actors.monitor, input),
      createReport(ctx.deps, actors.monitor, input),
    ]);
    expect(a.report.id).not.toBe(b.report.id);
    expect(await count("reports")).toBe(before.reports + 2);
    expect(await count("audit_entries")).toBe(before.audit + 2);

    // Another writer (as another server process sharing the database would) appends after this
    // process chained its entry and before the entry is written.
    const report = reportJson(randomUUID());
    const seq = await appendAuditAlone(ctx.deps.db, receivedEntry(report), async (entry, prev) => {
      await ctx.deps.db.transaction().execute((tx) =>
        appendAudit(tx, {
          actor: { kind: "system", name: "other process" },
          action: "test.other_process",
          subject: "test:other",
          at: ctx.clock(),
        }),
      );
      return insertReportAudited(ctx.deps.db, report, entry, prev);
    });
    expect(seq).toBeNull();
    expect(await count("reports")).toBe(before.reports + 2);
    expect(await count("audit_entries")).toBe(before.audit + 3);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  function receivedEntry(report: Record<string, unknown>) {
    const id = report.id as string;
    return {
      actor: actors.monitor,
      action: "report.received",
      subject: `report:${id}`,
      at: ctx.clock(),
      rows: [{ table: "reports" as const, id, jsonb: report }],
    };
  }

  it("numbers reports in the order they were filed, with no repeats", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { report } = await createReport(
        ctx.deps,
        actors.monitor,
        reportInput({ sourceKind: "monitor" }),
      );
      ids.push(report.trackingId);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const numbers = ids.map((t) => Number(t.slice(2)));
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
    for (const t of ids) expect(t).toMatch(/^R-\d{6,}$/);
  });
});

/** A monitor's report row in its to_jsonb() form, written directly by the tests above. */
function reportJson(id: string): Record<string, unknown> {
  return rowJson({
    id,
    tracking_id: `R-T${id.slice(0, 8)}`,
    version: 1,
    supersedes_id: null,
    source_kind: "monitor",
    submitted_by: null,
    submitter_party: null,
    alleged_party: null,
    received_at: new Date("2020-01-15T08:00:00.120Z"),
    occurred_from: new Date("2020-01-14T21:00:00Z"),
    occurred_to: new Date("2020-01-14T23:30:00Z"),
    date_precision: 1,
    lat: 32.795,
    lon: 13.287,
    where_precision: 1,
    place_name: null,
    location_source: "reported",
    place_candidates: null,
    category: "A3",
    description: "Written directly by a test",
    language: "en",
    counts: {},
    source_grade: null,
    is_demo: false,
    status: "received",
    incident_id: null,
    triage_reason: null,
    triaged_by: null,
    triaged_at: null,
    classification: "internal",
    concerned_parties: [],
    embargo_until: null,
  } satisfies ReportRow);
}
