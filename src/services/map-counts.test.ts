/**
 * The map's counted cells (decision 0027) answer exactly what the live query answers, for every
 * viewer they are kept for, after any sequence of changes: incidents opened from the parties'
 * and the mission's reports, reports merged, findings drafted, moves along the workflow that
 * release to the parties or the public (now or later), reclassifications and embargoes (passed
 * or to come), moved locations, time passing, and the upkeep (settle, fold) run or not.
 */
import fc from "fast-check";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { findingInput, reportInput, seedActors, seedThirdParty } from "../../test/fixtures.js";
import { cellDegrees, foldClusters, parseBBox, type Cluster } from "../domain/map-grid.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import type { IncidentScope } from "../domain/scopes.js";
import { CLASSIFICATIONS } from "../domain/access-rules.js";
import { TRANSITIONS, type CaseState } from "../domain/workflow.js";
import { VERIFICATION_LEVELS } from "../domain/taxonomy.js";
import { incidentCells } from "../store/map-repo.js";
import { classifyIncident } from "./classification.js";
import { addFinding } from "./findings.js";
import { createIncident, mergeReport } from "./incident-triage.js";
import { transitionIncident } from "./incident-workflow.js";
import { createReport } from "./intake.js";
import { incidentMap } from "./map.js";
import { countedIncidentCellsFor, keepMapCounts } from "./map-counts.js";

// Points near Tripoli (some on cell edges of the kept levels), Sirte, Benghazi, the south.
const POINTS = [
  { lat: 32.795, lon: 13.287 },
  { lat: 32.8125, lon: 13.359375 },
  { lat: 32.87, lon: 13.18 },
  { lat: 31.205, lon: 16.589 },
  { lat: 32.1, lon: 20.07 },
  { lat: 26.59, lon: 12.77 },
  { lat: 30.9375, lon: 14.0625 },
];
const VIEWS = [
  { bbox: "9,19,26,34", zoom: 6 },
  { bbox: "12.9,32.5,13.6,33.0", zoom: 8 },
  { bbox: "13.1,31.0,20.5,33.5", zoom: 7 },
];
const SUBMITTERS = ["GNA", "LNA", "TPF", "monitor"] as const;
type Submitter = (typeof SUBMITTERS)[number];

type Op =
  | { k: "create"; by: Submitter[]; at: number; category: "A1" | "A3" | "B1" }
  | { k: "merge"; inc: number; by: Submitter; at: number }
  | { k: "move"; inc: number; step: number; later: boolean }
  | { k: "finding"; inc: number; level: number }
  | { k: "classify"; inc: number; cls: number; embargo: "keep" | "lift" | "past" | "future" }
  | { k: "relocate"; inc: number; at: number }
  | { k: "clock"; hours: number }
  | { k: "keep" };

const at = fc.nat(POINTS.length - 1);
const inc = fc.nat(50);
const OP: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      k: fc.constant("create" as const),
      by: fc.uniqueArray(fc.constantFrom(...SUBMITTERS), { minLength: 1, maxLength: 2 }),
      at,
      category: fc.constantFrom("A1" as const, "A3" as const, "B1" as const),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("merge" as const),
      inc,
      by: fc.constantFrom(...SUBMITTERS),
      at,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("move" as const),
      inc,
      step: fc.nat(9),
      later: fc.boolean(),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({ k: fc.constant("finding" as const), inc, level: fc.nat(5) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      k: fc.constant("classify" as const),
      inc,
      cls: fc.nat(CLASSIFICATIONS.length - 1),
      embargo: fc.constantFrom(
        "keep" as const,
        "lift" as const,
        "past" as const,
        "future" as const,
      ),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ k: fc.constant("relocate" as const), inc, at }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant("clock" as const), hours: fc.nat(100) }), weight: 1 },
  { arbitrary: fc.constant({ k: "keep" as const }), weight: 1 },
);

/** Clusters as compared: counts and breakdowns exact (positions are compared apart). */
function comparable(clusters: Cluster[]) {
  return clusters
    .map((c) => ({ cell: `${c.cx}:${c.cy}`, count: c.count, breakdown: c.breakdown }))
    .sort((a, b) => a.cell.localeCompare(b.cell));
}

/** The largest difference of mean positions, cell by cell (sums kept apart round apart). */
function positionDrift(a: Cluster[], b: Cluster[]): number {
  const at = new Map(b.map((c) => [`${c.cx}:${c.cy}`, c]));
  return Math.max(
    0,
    ...a.map((c) => {
      const o = at.get(`${c.cx}:${c.cy}`);
      return o ? Math.max(Math.abs(o.lon - c.lon), Math.abs(o.lat - c.lat)) : Infinity;
    }),
  );
}

describeEachEngine(
  "the map's counted cells",
  (ctx) => {
    let a: Awaited<ReturnType<typeof seedActors>>;
    let tpf: Extract<Actor, { kind: "user" }>;
    const incidents: string[] = [];

    const reporter = (by: Submitter) =>
      by === "GNA" ? a.liaisonGna : by === "LNA" ? a.liaisonLna : by === "TPF" ? tpf : a.monitor;

    async function file(by: Submitter, point: number, category = "A3") {
      const other = by === "GNA" ? "LNA" : "GNA";
      const input = reportInput({
        allegedParty: other,
        location: POINTS[point],
        category,
        ...(by === "monitor" ? { sourceKind: "monitor" } : {}),
      });
      return (await createReport(ctx.deps, reporter(by), input)).report.id;
    }

    const actorFor = (roles: readonly string[]) =>
      roles.includes("chief")
        ? roles.includes("reviewer")
          ? a.reviewer
          : a.chief
        : roles.includes("analyst")
          ? a.analyst
          : roles.includes("reviewer")
            ? a.reviewer
            : a.intake;

    async function apply(op: Op): Promise<void> {
      const id = incidents.length
        ? incidents[("inc" in op ? op.inc : 0) % incidents.length]!
        : null;
      switch (op.k) {
        case "create": {
          const reportIds = [];
          for (const by of op.by) reportIds.push(await file(by, op.at, op.category));
          incidents.push((await createIncident(ctx.deps, a.intake, { reportIds })).id);
          return;
        }
        case "merge":
          if (id) await mergeReport(ctx.deps, a.intake, id, await file(op.by, op.at), "same");
          return;
        case "move": {
          if (!id) return;
          const { state } = await ctx.deps.db
            .selectFrom("incidents")
            .select("state")
            .where("id", "=", id)
            .executeTakeFirstOrThrow();
          const next = TRANSITIONS.filter((t) => t.from === state);
          const t = next[op.step % Math.max(1, next.length)];
          if (!t) return;
          const later = new Date(ctx.clock().getTime() + 36 * 3_600_000);
          await transitionIncident(
            ctx.deps,
            actorFor(t.roles),
            id,
            t.to as CaseState,
            undefined,
            op.later ? { releaseAt: later } : {},
          );
          return;
        }
        case "finding":
          if (id) {
            await addFinding(
              ctx.deps,
              a.analyst,
              id,
              findingInput({ verificationLevel: VERIFICATION_LEVELS[op.level] }),
            );
          }
          return;
        case "classify": {
          if (!id) return;
          const hours = op.embargo === "past" ? -2 : 48;
          await classifyIncident(ctx.deps, a.chief, id, {
            classification: CLASSIFICATIONS[op.cls]!,
            reason: "test",
            ...(op.embargo === "keep"
              ? {}
              : op.embargo === "lift"
                ? { embargoUntil: null }
                : { embargoUntil: new Date(ctx.clock().getTime() + hours * 3_600_000) }),
          });
          return;
        }
        case "relocate":
          // As a corrected gazetteer place moves its incidents (places-repo.ts).
          if (id) {
            const p = POINTS[op.at]!;
            await sql`UPDATE incidents SET lat = ${p.lat}::float8, lon = ${p.lon}::float8
              WHERE id = ${id}`.execute(ctx.deps.db);
          }
          return;
        case "clock":
          ctx.clock.advance(op.hours * 3_600_000);
          return;
        case "keep":
          await keepMapCounts(ctx.deps);
          return;
      }
    }

    const scopes = (): [string, IncidentScope][] => {
      const now = ctx.clock();
      return [
        ["staff", { kind: "all" }],
        ["intake", { kind: "intake" }],
        ["GNA", { kind: "releasedOrOwnParty", party: "GNA", now }],
        ["LNA", { kind: "releasedOrOwnParty", party: "LNA", now }],
        ["TPF", { kind: "releasedOrOwnParty", party: "TPF", now }],
        ["commission", { kind: "released", now }],
        ["public", { kind: "public", now }],
      ];
    };

    async function expectCountsAgree() {
      for (const [who, scope] of scopes()) {
        for (const v of VIEWS) {
          const cellDeg = cellDegrees(v.zoom);
          const f = { bbox: parseBBox(v.bbox) };
          const counted = await countedIncidentCellsFor(ctx.deps, scope, f, v.zoom, cellDeg);
          const live = await incidentCells(ctx.deps.db, scope, f, cellDeg);
          expect(counted, `${who} ${v.bbox}`).not.toBeNull();
          const fromCounts = foldClusters(counted!, cellDeg);
          const fromRows = foldClusters(live, cellDeg);
          expect(comparable(fromCounts), `${who} ${v.bbox} z${v.zoom}`).toEqual(
            comparable(fromRows),
          );
          expect(positionDrift(fromCounts, fromRows)).toBeLessThan(1e-9);
        }
      }
    }

    beforeAll(async () => {
      a = await seedActors(ctx.deps);
      tpf = await seedThirdParty(ctx.deps);
    });

    it("equal the live counts for staff, intake, each party, the commission and the public after random changes", async () => {
      // Incidents in every place from every submitter first, so that each random run has some to
      // change whatever it draws.
      for (const [i, by] of SUBMITTERS.entries()) {
        await apply({ k: "create", by: [by], at: i % POINTS.length, category: "A3" });
        await apply({ k: "create", by: [by], at: (i + 4) % POINTS.length, category: "B1" });
      }
      await fc.assert(
        fc.asyncProperty(fc.array(OP, { minLength: 5, maxLength: 20 }), async (ops) => {
          for (const op of ops) {
            try {
              await apply(op);
            } catch (err) {
              // A move the workflow refuses (no finding yet, the same drafter) changes nothing.
              if (!(err instanceof DomainError)) throw err;
            }
          }
          await expectCountsAgree();
        }),
        { numRuns: 4 },
      );
      expect(incidents.length).toBeGreaterThan(5);
    }, 600_000);

    describe("through the map", () => {
      it("a party's liaison counts its own complaints and what was released to it, never the other's", async () => {
        const map = async (actor: Actor) => {
          const view = await incidentMap(ctx.deps, actor, { bbox: "9,19,26,34", maxPoints: 1 });
          return view.total;
        };
        const before = { gna: await map(a.liaisonGna), lna: await map(a.liaisonLna) };
        const lnaOnly = await file("LNA", 3);
        const id = (await createIncident(ctx.deps, a.intake, { reportIds: [lnaOnly] })).id;
        incidents.push(id);
        expect(await map(a.liaisonLna)).toBe(before.lna + 1);
        expect(await map(a.liaisonGna)).toBe(before.gna);
      });

      it("an instant still to come is counted live until the upkeep counts it once passed", async () => {
        const id = (
          await createIncident(ctx.deps, a.intake, { reportIds: [await file("monitor", 4)] })
        ).id;
        await classifyIncident(ctx.deps, a.chief, id, {
          classification: "public",
          reason: "test",
          embargoUntil: new Date(Date.now() + 1500),
        });
        const marks = async () =>
          (
            await sql<{ v: Date | null }>`SELECT volatile_until AS v FROM map_marks
              WHERE incident_id = ${id}`.execute(ctx.deps.db)
          ).rows[0]!.v;
        expect(await marks()).not.toBeNull();
        await expectCountsAgree();
        await new Promise((r) => setTimeout(r, 1600));
        ctx.clock.set(new Date(Math.max(ctx.clock().getTime(), Date.now())));
        const { settled } = await keepMapCounts(ctx.deps);
        expect(settled).toBeGreaterThanOrEqual(1);
        expect(await marks()).toBeNull();
        await expectCountsAgree();
      });

      it("a viewer whose clock is before the latest instant counted is answered live", async () => {
        const id = (
          await createIncident(ctx.deps, a.intake, { reportIds: [await file("monitor", 5)] })
        ).id;
        await classifyIncident(ctx.deps, a.chief, id, {
          classification: "public",
          reason: "test",
          embargoUntil: new Date(Date.now() - 3_600_000),
        });
        const scope: IncidentScope = {
          kind: "releasedOrOwnParty",
          party: "GNA",
          now: new Date("2000-01-01T00:00:00Z"),
        };
        const counted = await countedIncidentCellsFor(
          ctx.deps,
          scope,
          { bbox: parseBBox("9,19,26,34") },
          6,
          cellDegrees(6),
        );
        expect(counted).toBeNull();
      });
    });
  },
  // The test clock starts at the real time: instants it schedules are still to come for the
  // database too, so incidents wait uncounted as they would on a live server.
  new Date(),
);
