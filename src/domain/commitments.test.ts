import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedStatusMoves,
  checkNoCycle,
  checkStatusMove,
  nextDue,
  resolveDeadlines,
  type DeadlineSpec,
} from "./commitments.js";
import { DomainError } from "./errors.js";
import {
  addDays,
  dayInZone,
  daysBetween,
  endOfDayInZone,
  isCalendarDay,
  startOfDayInZone,
} from "./zoned-days.js";

const ZONES = [
  "Europe/Berlin",
  "America/New_York",
  "Asia/Aden",
  "Africa/Tripoli",
  "UTC",
  // Midnight itself is skipped on some spring-forward days here.
  "America/Santiago",
  "Asia/Beirut",
];

const day = fc
  .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2040, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));

describe("deadline days in a time zone", () => {
  it("ends a deadline day at the first instant of the next day in the zone, DST or not", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom(...ZONES),
        (d, n, z) => {
          const due = addDays(d, n);
          const end = endOfDayInZone(due, z);
          expect(dayInZone(end, z)).toBe(addDays(due, 1));
          expect(dayInZone(new Date(end.getTime() - 1), z)).toBe(due);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("counts offsets in calendar days: D+a+b is (D+a)+b, and later offsets end later", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom(...ZONES),
        (d, a, b, z) => {
          expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
          expect(daysBetween(d, addDays(d, a))).toBe(a);
          expect(isCalendarDay(addDays(d, a))).toBe(true);
          const t1 = endOfDayInZone(addDays(d, a), z).getTime();
          const t2 = endOfDayInZone(addDays(d, a + b), z).getTime();
          expect(t2).toBeGreaterThan(t1);
          // A day lasts 23, 24 or 25 hours (more or less by the odd historical shift).
          if (b === 1) expect(Math.abs(t2 - t1 - 86_400_000)).toBeLessThanOrEqual(3_600_000);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("makes the day of the spring change 23 hours long and the autumn one 25 in Berlin and New York", () => {
    const hours = (d: string, z: string) =>
      (endOfDayInZone(d, z).getTime() - startOfDayInZone(d, z).getTime()) / 3_600_000;
    expect(hours("2021-03-28", "Europe/Berlin")).toBe(23);
    expect(hours("2021-10-31", "Europe/Berlin")).toBe(25);
    expect(hours("2021-03-14", "America/New_York")).toBe(23);
    expect(hours("2021-11-07", "America/New_York")).toBe(25);
    expect(hours("2021-03-14", "Africa/Tripoli")).toBe(24);
  });

  it("puts D+90 of 23 Oct 2020 at the end of 21 Jan 2021 in Tripoli (UTC+2)", () => {
    const spec: DeadlineSpec = {
      deadline: { anchor: "D", offsetDays: 90 },
      startBy: null,
      completeWithinDays: null,
      startedOn: null,
      status: "not_started",
      phases: [],
    };
    const due = nextDue(spec, new Map([["D", "2020-10-23"]]), "Africa/Tripoli");
    expect(due?.dueAt.toISOString()).toBe("2021-01-21T22:00:00.000Z");
  });

  it("counts 'complete within 14 days of the start' from the real start, or else the start-by day", () => {
    const anchors = new Map([["D", "2020-10-23"]]);
    const spec: DeadlineSpec = {
      deadline: null,
      startBy: { anchor: "D", offsetDays: 2 },
      completeWithinDays: 14,
      startedOn: null,
      status: "not_started",
      phases: [],
    };
    const before = resolveDeadlines(spec, anchors, "UTC");
    expect(before.map((d) => [d.of, d.day])).toEqual([
      ["start", "2020-10-25"],
      [null, "2020-11-08"],
    ]);
    expect(nextDue(spec, anchors, "UTC")?.of).toBe("start");
    const started = { ...spec, startedOn: "2020-10-24", status: "in_progress" as const };
    expect(resolveDeadlines(started, anchors, "UTC").map((d) => d.day)).toEqual([
      "2020-10-25",
      "2020-11-07",
    ]);
    expect(nextDue(started, anchors, "UTC")?.of).toBe(null);
  });

  it("watches the earliest unmet phase of a timetable, and nothing while the anchor has no date", () => {
    const spec: DeadlineSpec = {
      deadline: { anchor: "S", offsetDays: 21 },
      startBy: null,
      completeWithinDays: null,
      startedOn: null,
      status: "in_progress",
      phases: [
        {
          key: "p1",
          titleEn: "Ports",
          titleAr: "",
          deadline: { anchor: "S", offsetDays: 14 },
          status: "met",
        },
        {
          key: "p2",
          titleEn: "City",
          titleAr: "",
          deadline: { anchor: "S", offsetDays: 18 },
          status: "pending",
        },
      ],
    };
    expect(nextDue(spec, new Map([["S", "2018-12-18"]]), "Asia/Aden")?.of).toBe("p2");
    expect(nextDue(spec, new Map([["S", null]]), "Asia/Aden")).toBe(null);
  });
});

describe("the status machine", () => {
  const now = new Date("2021-02-01T00:00:00Z");
  const past = new Date("2021-01-01T00:00:00Z");
  const future = new Date("2021-03-01T00:00:00Z");

  it("lets only the deadline job make a commitment overdue", () => {
    expect(() => checkStatusMove("in_progress", "overdue", { dueAt: past, now })).toThrow(
      /deadline job/,
    );
  });

  it("lets an overdue commitment resume only when its deadline was moved ahead", () => {
    expect(() => checkStatusMove("overdue", "in_progress", { dueAt: past, now })).toThrow(
      DomainError,
    );
    expect(() => checkStatusMove("overdue", "in_progress", { dueAt: future, now })).not.toThrow();
    expect(allowedStatusMoves("overdue", { dueAt: past, now })).toEqual([
      "met",
      "reversed",
      "suspended",
    ]);
  });

  it("lets a met commitment only be reversed", () => {
    expect(allowedStatusMoves("met", { dueAt: past, now })).toEqual(["reversed"]);
  });
});

/** A random directed graph over n nodes: edges i → j (i depends on j). */
const graphOf = (n: number, edges: [number, number][]) => {
  const g = new Map<string, string[]>();
  for (let i = 0; i < n; i++) g.set(`c${i}`, []);
  for (const [a, b] of edges) g.get(`c${a}`)!.push(`c${b}`);
  return g;
};

describe("dependencies", () => {
  it("accepts any dependency that keeps the graph acyclic (a DAG: edges to lower numbers only)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 12 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 }),
            ),
          ),
        ([n, raw]) => {
          const g = graphOf(n, []);
          // Build the DAG one commitment at a time, as people would enter it.
          for (const [a, b] of raw) {
            if (a === b) continue;
            const [hi, lo] = a > b ? [a, b] : [b, a];
            const deps = [...g.get(`c${hi}`)!, `c${lo}`];
            expect(() => checkNoCycle(g, `c${hi}`, deps)).not.toThrow();
            g.set(`c${hi}`, deps);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses any dependency that closes a cycle, naming it", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((len) =>
            fc.tuple(
              fc.constant(len),
              fc.shuffledSubarray([...Array(12).keys()], { minLength: len, maxLength: len }),
            ),
          ),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 20 }),
        ([, cycle], noise) => {
          const g = graphOf(
            12,
            noise.filter(([a, b]) => a !== b),
          );
          // A chain c[0] ← c[1] ← … ← c[k-1]; then c[k-1] depending on c[0] closes it (k=1: itself).
          for (let i = 0; i + 1 < cycle.length; i++)
            g.get(`c${cycle[i]}`)!.push(`c${cycle[i + 1]}`);
          const last = `c${cycle[cycle.length - 1]}`;
          const first = `c${cycle[0]}`;
          let err: unknown;
          try {
            checkNoCycle(g, last, [...g.get(last)!, first]);
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(DomainError);
          const path = (err as DomainError).details!.cycle as string[];
          expect(path[0]).toBe(last);
          expect(path[path.length - 1]).toBe(last);
          // Each step of the named cycle is a real dependency.
          const withNew = new Map(g);
          withNew.set(last, [...g.get(last)!, first]);
          for (let i = 0; i + 1 < path.length; i++)
            expect(withNew.get(path[i]!)).toContain(path[i + 1]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
