import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { listPublicIncidents } from "../services/releases.js";
import { CASE_STATES } from "../domain/workflow.js";
import { listAgreements } from "../services/agreements.js";
import { verifyAudit } from "../services/audit.js";
import { PLACES } from "./places.js";
import { complainantOf, generateScenario, type DemoReport } from "./reports.js";
import { createUser } from "../services/users.js";
import { seedDemo } from "./seed.js";
import { sweepOverdueCommitments } from "../services/commitment-deadlines.js";

/** Real people of the Libya 2020 setting; the synthetic texts must name none of them. */
const REAL_NAMES = [
  "Haftar",
  "حفتر",
  "Sarraj",
  "السراج",
  "Salam",
  "سلامة",
  "Williams",
  "Shahma",
  "شحمة",
  "Ammami",
  "العمامي",
  "Dujarric",
  "دوجاريك",
  "Putin",
  "بوتين",
  "Erdo",
  "أردوغان",
  "Lavrov",
  "لافروف",
];

function metres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dy = (a.lat - b.lat) * 111_320;
  const dx = (a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

describe("the Libya 2020 demo scenario (generated)", () => {
  const { events, reports } = generateScenario();

  it("is deterministic: two generations of the report list are identical", () => {
    const again = generateScenario().reports;
    expect(again).toEqual(reports);
    expect(JSON.stringify(again)).toBe(JSON.stringify(reports));
  });

  it("has events both parties complain about, each blaming the other, close in time and place", () => {
    const mutual = events.filter((e) => {
      const complaints = reports.filter((r) => r.eventKey === e.key && r.source === "complaint");
      const gna = complaints.find((r) => complainantOf(r) === "GNA");
      const lna = complaints.find((r) => complainantOf(r) === "LNA");
      return gna?.input.allegedParty === "LNA" && lna?.input.allegedParty === "GNA";
    });
    expect(mutual.length).toBeGreaterThanOrEqual(20);
    for (const e of mutual) {
      const [a, b] = reports.filter((r) => r.eventKey === e.key && r.source === "complaint");
      const hours = Math.abs(a!.input.occurredFrom.getTime() - b!.input.occurredFrom.getTime());
      expect(hours).toBeLessThanOrEqual(3_600_000);
      if (a!.input.location && b!.input.location) {
        expect(metres(a!.input.location, b!.input.location)).toBeLessThan(2_500);
      }
    }
  });

  it("spans January to December 2020 on the Tripoli front, then the Sirte–Jufra line", () => {
    const months = new Set(reports.map((r) => r.receivedAt.toISOString().slice(0, 7)));
    expect(months.size).toBe(12);
    const placeOf = (r: DemoReport) => events.find((e) => e.key === r.eventKey)!.place;
    const early = reports.filter((r) => r.eventKey && r.receivedAt < new Date("2020-05-01"));
    const late = reports.filter((r) => r.eventKey && r.receivedAt > new Date("2020-07-15"));
    const tripoli = early.filter((r) => placeOf(r).front === "tripoli").length / early.length;
    expect(tripoli).toBeGreaterThan(0.9);
    const lateFront = late.filter((r) => placeOf(r).tags.includes("frontline"));
    expect(lateFront.length).toBeGreaterThan(20);
    expect(lateFront.every((r) => placeOf(r).front === "central")).toBe(true);
  });

  it("uses taxonomy categories, mostly use of force", () => {
    const categories = reports.map((r) => r.input.category);
    const share = (p: (c: string) => boolean) => categories.filter(p).length / categories.length;
    expect(share((c) => ["A1", "A3", "A4"].includes(c))).toBeGreaterThan(0.4);
    for (const group of ["A", "B", "C", "D"])
      expect(share((c) => c.startsWith(group))).toBeGreaterThan(0);
  });

  it("claims exact coordinates only for a monitor at a place with a published point", () => {
    for (const r of reports.filter((x) => x.input.wherePrecision === 1)) {
      expect(r.source).toBe("monitor");
      const e = events.find((x) => x.key === r.eventKey)!;
      expect(e.place.provenance).not.toBe("K");
      expect(metres(r.input.location!, e.point)).toBeLessThan(300);
    }
  });

  it("receives every report after the event it describes, within 2020", () => {
    for (const r of reports) {
      expect(r.input.occurredTo.getTime()).toBeLessThanOrEqual(r.receivedAt.getTime());
      expect(r.receivedAt.getUTCFullYear()).toBe(2020);
    }
  });

  it("names no real person, and uses the Arabic place names of the gazetteer", () => {
    for (const r of reports) {
      for (const name of REAL_NAMES) expect(r.input.description).not.toContain(name);
    }
    const arabic = reports.filter((r) => r.input.language === "ar");
    const gazetteer = new Set(PLACES.map((p) => p.ar));
    expect(arabic.filter((r) => r.eventKey).every((r) => gazetteer.has(r.input.placeName!))).toBe(
      true,
    );
  });
});

describeEachEngine("the Libya 2020 demo seed", (ctx) => {
  let seeded: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    seeded = await seedDemo(ctx.deps, { password: "demo" });
  }, 120_000);

  const db = () => ctx.deps.db;

  it("files a few hundred reports in both languages, every one marked as demo data", async () => {
    const rows = await db().selectFrom("reports").select(["language", "is_demo"]).execute();
    expect(seeded.seeded).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(rows.every((r) => r.is_demo)).toBe(true);
    const arabic = rows.filter((r) => r.language === "ar").length / rows.length;
    expect(arabic).toBeGreaterThan(0.35);
    expect(arabic).toBeLessThan(0.65);
  });

  it("holds both parties' complaints, and an incident where each blames the other", async () => {
    const complaints = await db()
      .selectFrom("reports")
      .select(["incident_id", "submitter_party", "alleged_party"])
      .where("source_kind", "=", "party_complaint")
      .execute();
    expect(new Set(complaints.map((c) => c.submitter_party))).toEqual(new Set(["GNA", "LNA"]));
    const mutual = new Set(
      complaints
        .filter((c) => c.submitter_party === "GNA" && c.alleged_party === "LNA")
        .map((c) => c.incident_id)
        .filter((id) =>
          complaints.some(
            (c) => c.incident_id === id && c.submitter_party === "LNA" && c.alleged_party === "GNA",
          ),
        ),
    );
    mutual.delete(null);
    expect(mutual.size).toBeGreaterThan(0);
  });

  it("has at least two incidents at every case state", async () => {
    const rows = await db()
      .selectFrom("incidents")
      .select("state")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .groupBy("state")
      .execute();
    const count = new Map(rows.map((r) => [r.state, Number(r.n)]));
    for (const state of CASE_STATES) expect(count.get(state) ?? 0, state).toBeGreaterThanOrEqual(2);
  });

  it("merges duplicates, closes a few reports out of scope and leaves most for triage", async () => {
    const rows = await db()
      .selectFrom("reports")
      .select("status")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .groupBy("status")
      .execute();
    const count = new Map(rows.map((r) => [r.status, Number(r.n)]));
    const total = [...count.values()].reduce((a, b) => a + b, 0);
    expect(count.get("merged")).toBeGreaterThan(0);
    expect(count.get("out_of_scope")).toBeGreaterThanOrEqual(3);
    expect(count.get("received")! / total).toBeGreaterThan(0.5);
  });

  it("records both agreements, with the provisions the findings cite", async () => {
    const liaison = await db()
      .selectFrom("users")
      .select("id")
      .where("username", "=", "liaison-lna")
      .executeTakeFirstOrThrow();
    const agreements = await listAgreements(ctx.deps, {
      kind: "user",
      userId: liaison.id,
      username: "liaison-lna",
      role: "liaison",
      party: "LNA",
    });
    expect(agreements.map((a) => a.code)).toEqual(["LY-2020-01-12", "LY-2020-10-23"]);
    const codes = new Set(agreements.flatMap((a) => a.provisions.map((p) => p.code)));
    const findings = await db().selectFrom("findings").select("provisions").execute();
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) for (const code of f.provisions) expect(codes).toContain(code);
  });

  it("gives the demo monitor tasks in different states, on incidents under verification", async () => {
    const monitor = await db()
      .selectFrom("users")
      .select("id")
      .where("username", "=", "monitor")
      .executeTakeFirstOrThrow();
    const tasks = await db()
      .selectFrom("tasks")
      .innerJoin("incidents", "incidents.id", "tasks.incident_id")
      .select(["tasks.status", "tasks.assignee_id", "incidents.state"])
      .execute();
    expect(seeded.summary?.tasks).toBe(3);
    expect(tasks.map((t) => t.status).sort()).toEqual(["accepted", "done", "open"]);
    expect(tasks.every((t) => t.assignee_id === monitor.id)).toBe(true);
    expect(tasks.every((t) => t.state === "under_verification")).toBe(true);
  });

  it("holds three joint commission rounds, with co-signed decisions, a dissent and shared minutes", async () => {
    const meetings = await db()
      .selectFrom("commission_meetings")
      .select(["place_en", "status", "minutes_shared_at"])
      .orderBy("starts_at")
      .execute();
    expect(meetings.map((m) => m.place_en)).toEqual(["Ghadames", "Sirte", "Sirte"]);
    expect(meetings.every((m) => m.status === "held" && m.minutes_shared_at !== null)).toBe(true);
    const decisions = await db().selectFrom("commission_decisions").select("status").execute();
    expect(decisions.map((d) => d.status).sort()).toEqual([
      "dissented",
      "in_effect",
      "in_effect",
      "in_effect",
    ]);
    const signatures = await db().selectFrom("commission_signatures").select("kind").execute();
    expect(signatures).toHaveLength(8);
  });

  it("publishes findings to the public, parties first, without their restricted text", async () => {
    // Read after the scenario, once the public delay has passed for every release.
    const was = ctx.clock();
    ctx.clock.set("2021-12-31T00:00:00Z");
    const page = await listPublicIncidents(ctx.deps, { limit: 500 });
    ctx.clock.set(was.toISOString());
    expect(page.items.length).toBeGreaterThan(5);
    for (const r of page.items) {
      expect(r.audience).toBe("public");
      expect(r.content.finding.restrictedNarrative).toBeUndefined();
      const parties = await db()
        .selectFrom("releases")
        .select("release_at")
        .where("incident_id", "=", r.incidentId)
        .where("audience", "=", "parties")
        .executeTakeFirstOrThrow();
      expect(parties.release_at.getTime()).toBeLessThan(r.releaseAt.getTime());
    }
  });

  it("keeps the audit chain intact, in time order over 2020–2021 (commitments run into 2021)", async () => {
    const res = await verifyAudit(db());
    expect(res.problem).toBeNull();
    expect(res.ok).toBe(true);
    const ats = (await db().selectFrom("audit_entries").select("at").orderBy("seq").execute()).map(
      (r) => r.at,
    );
    expect(ats).toEqual([...ats].sort());
    expect(ats.every((at) => /^202[01]-/.test(at))).toBe(true);
  });

  it("follows the commitments' real timeline: the road cleared of mines before it reopened on 30 July 2021", async () => {
    const list = await db()
      .selectFrom("commitments")
      .select(["id", "title_en", "status", "status_changed_at"])
      .execute();
    const of = (words: string) => list.find((c) => c.title_en.includes(words))!;
    const demining = of("Demining of the coastal road");
    const road = of("coastal road Misrata");
    expect([demining.status, road.status]).toEqual(["met", "met"]);
    expect(demining.status_changed_at.getTime()).toBeLessThan(road.status_changed_at.getTime());
    expect(road.status_changed_at.toISOString().slice(0, 10)).toBe("2021-07-30");
    // The deadline job, run today (in a transaction rolled back): what was missed is marked
    // overdue (the withdrawal, the departure of foreign fighters); what was met, never.
    let marked: string[] = [];
    await db()
      .transaction()
      .execute(async (tx) => {
        marked = await sweepOverdueCommitments({
          ...ctx.deps,
          db: tx,
          clock: () => new Date("2026-01-01T00:00:00Z"),
        });
        throw new Error("rollback");
      })
      .catch((err: unknown) => {
        if (!(err instanceof Error && err.message === "rollback")) throw err;
      });
    expect(marked).not.toContain(demining.id);
    expect(marked).not.toContain(road.id);
    expect(marked).toContain(of("return to their camps").id);
    expect(marked).toContain(of("foreign fighters").id);
  });

  it("a second seed is a no-op", async () => {
    const count = async () =>
      Number(
        (
          await db()
            .selectFrom("audit_entries")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const again = await seedDemo(ctx.deps, { password: "demo" });
    expect(again.seeded).toBe(false);
    expect(again.logins).toEqual(seeded.logins);
    expect(await count()).toBe(before);
  });
});

describeEachEngine("a demo load that stopped half-way", (ctx) => {
  it("is refused with a message, not served as if complete", async () => {
    await createUser(
      ctx.deps,
      { kind: "system", name: "test" },
      {
        username: "intake",
        displayName: "Intake (demo)",
        role: "intake",
        party: null,
        password: "demo",
        isDemo: true,
      },
    );
    await expect(seedDemo(ctx.deps, { password: "demo" })).rejects.toThrow(/only partly loaded/);
  });
});
