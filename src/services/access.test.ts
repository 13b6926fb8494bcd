/**
 * Property: random records with random classifications, concerned parties, embargoes, states and
 * releases never leak across parties. For every viewer (each role, each party, the public) what
 * the list, count and get-by-id services return agrees with an oracle written here, from the
 * access matrix of docs/decisions/0007 — not by calling the code under test.
 *
 * Records are inserted directly (the read paths are under test, not intake) and accumulate over
 * the runs; the oracle judges the whole accumulated set each time.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { seedActors, type Actors } from "../../test/fixtures.js";
import type { Actor } from "../domain/roles.js";
import { refreshIncidentVisibility } from "../store/incidents-repo.js";
import { createParty } from "./parties.js";
import { createUser } from "./users.js";
import { getEvidence } from "./evidence.js";
import { getIncident, listIncidents } from "./incident-reads.js";
import { countIncidents, countReports } from "./record-counts.js";
import { getPublicIncident, listPublicIncidents, listReleases } from "./releases.js";
import { getReport, listReports } from "./reports.js";

const CLASSES = ["public", "parties", "mandating_body", "internal", "confidential_source"] as const;
type Cls = (typeof CLASSES)[number];
const PARTIES = ["GNA", "LNA", "TPF"] as const;
const STATES = ["triaged", "in_review", "right_of_reply", "endorsed", "published", "closed"];
const T0 = Date.parse("2020-01-15T08:00:00Z");
const hours = (h: number) => new Date(T0 + h * 3600_000);

type User = Extract<Actor, { kind: "user" }>;
type Viewer = User | { kind: "public" };

interface Attrs {
  cls: Cls;
  concerned: string[];
  embargo: Date | null;
}
interface MReport extends Attrs {
  id: string;
  submittedBy: User;
  evidence: (Attrs & { id: string; uploadedBy: User })[];
}
interface MRelease {
  id: string;
  audience: "parties" | "mandating_body" | "public";
  at: Date;
}
interface MIncident extends Attrs {
  id: string;
  state: string;
  reports: MReport[];
  releases: MRelease[];
}

// ---------- the oracle: decision 0007, restated ----------
const SOURCE = ["analyst", "reviewer", "chief"];
const OUT = ["public", "parties"];
const embargoOk = (a: Attrs, now: Date) => a.embargo === null || a.embargo <= now;
const partyReads = (a: Attrs, party: string, now: Date) =>
  (a.cls === "public" || (a.cls === "parties" && a.concerned.includes(party))) && embargoOk(a, now);

function seesReport(v: Viewer, r: MReport, now: Date): boolean | "forbidden" {
  if (v.kind !== "user") return "forbidden";
  if (SOURCE.includes(v.role)) return true;
  const own = r.submittedBy.userId === v.userId;
  if (v.role === "intake") return own || r.cls !== "confidential_source";
  if (v.role === "monitor") return own;
  if (v.role === "liaison") return own || partyReads(r, v.party!, now);
  return "forbidden";
}

function releaseReaches(v: Viewer, i: MIncident, rel: MRelease, now: Date): boolean {
  if (v.kind === "user" && SOURCE.includes(v.role)) return true;
  if (v.kind === "user" && v.role === "intake") return i.cls !== "confidential_source";
  const out = rel.at <= now && embargoOk(i, now);
  if (v.kind === "public") return out && rel.audience === "public" && i.cls === "public";
  if (v.role === "liaison")
    return (
      out &&
      OUT.includes(i.cls) &&
      (rel.audience === "public" || (rel.audience === "parties" && i.concerned.includes(v.party!)))
    );
  if (v.role === "commission")
    return out && OUT.includes(i.cls) && rel.audience !== "mandating_body";
  return false;
}

function seesIncident(v: Viewer, i: MIncident, now: Date): boolean | "forbidden" {
  if (v.kind !== "user") return "forbidden";
  if (SOURCE.includes(v.role)) return true;
  if (v.role === "intake") return i.cls !== "confidential_source";
  if (v.role === "monitor")
    return (
      i.cls !== "confidential_source" && i.reports.some((r) => r.submittedBy.userId === v.userId)
    );
  const released = i.releases.some((rel) => releaseReaches(v, i, rel, now));
  if (v.role === "liaison") {
    const P = v.party!;
    const ownComplaint = i.reports.some((r) => r.submittedBy.party === P);
    const inReply =
      i.state === "right_of_reply" &&
      i.concerned.includes(P) &&
      OUT.includes(i.cls) &&
      embargoOk(i, now);
    return ownComplaint || inReply || released;
  }
  if (v.role === "commission") return released;
  return "forbidden";
}

function seesEvidence(v: Viewer, r: MReport, e: MReport["evidence"][0], now: Date) {
  if (v.kind !== "user") return "forbidden";
  if (v.role === "auditor") return true;
  const report = seesReport(v, r, now);
  if (report !== true) return report;
  if (SOURCE.includes(v.role)) return true;
  const own = e.uploadedBy.userId === v.userId;
  if (v.role === "liaison") return own || partyReads(e, v.party!, now);
  return own || e.cls !== "confidential_source";
}

// ---------- generators ----------
const attrs = fc.record({
  cls: fc.constantFrom(...CLASSES),
  concerned: fc.subarray([...PARTIES]),
  embargo: fc.option(fc.integer({ min: -48, max: 48 }).map(hours), { nil: null }),
});

describeEachEngine("per-record access never leaks (property)", (ctx) => {
  let a: Actors & Record<"liaisonGna2" | "liaisonTpf", User>;
  let users: User[];
  const reports: MReport[] = [];
  const incidents: MIncident[] = [];
  let seq = 0;

  beforeAll(async () => {
    const base = await seedActors(ctx.deps);
    const sys: Actor = { kind: "system", name: "test" };
    await createParty(ctx.deps, sys, {
      code: "TPF",
      nameEn: "Third",
      nameAr: "ثالث",
      colour: "#00aa00",
    });
    const extra = async (username: string, party: string): Promise<User> => {
      const u = await createUser(ctx.deps, sys, {
        username,
        displayName: username,
        role: "liaison",
        party,
        password: "correct horse battery staple",
        isDemo: true,
      });
      return { kind: "user", userId: u.id, username, role: "liaison", party };
    };
    a = {
      ...base,
      liaisonGna2: await extra("liaisongna2", "GNA"),
      liaisonTpf: await extra("liaisontpf", "TPF"),
    };
    users = Object.values(a);
  }, 60_000);

  const submitters = () => [
    a.liaisonGna,
    a.liaisonGna2,
    a.liaisonLna,
    a.liaisonTpf,
    a.monitor,
    a.intake,
    a.analyst,
  ];

  const reportArb = () =>
    fc.record({
      attrs,
      by: fc.nat(6),
      evidence: fc.array(fc.record({ attrs, by: fc.nat(6) }), { maxLength: 1 }),
    });
  const incidentArb = () =>
    fc.record({
      attrs,
      state: fc.constantFrom(...STATES),
      reports: fc.array(reportArb(), { maxLength: 2 }),
      releases: fc.array(
        fc.record({
          audience: fc.constantFrom(
            "parties" as const,
            "mandating_body" as const,
            "public" as const,
          ),
          at: fc.integer({ min: -48, max: 48 }).map(hours),
        }),
        { maxLength: 2 },
      ),
    });

  async function insertReport(
    g: { attrs: Attrs; by: number; evidence: { attrs: Attrs; by: number }[] },
    incidentId: string | null,
  ): Promise<MReport> {
    const by = submitters()[g.by]!;
    const id = randomUUID();
    const n = ++seq;
    await ctx.deps.db
      .insertInto("reports")
      .values({
        id,
        tracking_id: `P-${n}-${id.slice(0, 8)}`,
        source_kind:
          by.role === "liaison" ? "party_complaint" : by.role === "monitor" ? "monitor" : "media",
        submitted_by: by.userId,
        submitter_party: by.party,
        received_at: hours(-100 + n / 1000),
        occurred_from: hours(-120),
        occurred_to: hours(-110),
        date_precision: 1,
        lat: 32.8,
        lon: 13.2,
        where_precision: 1,
        category: "A3",
        description: "generated",
        language: "en",
        counts: "{}",
        status: incidentId ? "in_incident" : "received",
        incident_id: incidentId,
        classification: g.attrs.cls,
        concerned_parties: g.attrs.concerned,
        embargo_until: g.attrs.embargo,
      })
      .execute();
    const evidence = [];
    for (const e of g.evidence) {
      const uploadedBy = submitters()[e.by]!;
      const eid = randomUUID();
      await ctx.deps.db
        .insertInto("evidence_items")
        .values({
          id: eid,
          report_id: id,
          sha256: "a".repeat(64),
          size_bytes: 1,
          media_type: "image/jpeg",
          original_name: "x.jpg",
          uploaded_by: uploadedBy.userId,
          received_at: hours(-100),
          classification: e.attrs.cls,
          concerned_parties: e.attrs.concerned,
          embargo_until: e.attrs.embargo,
        })
        .execute();
      evidence.push({ ...e.attrs, id: eid, uploadedBy });
    }
    const m: MReport = { ...g.attrs, id, submittedBy: by, evidence };
    reports.push(m);
    return m;
  }

  async function insertIncident(g: {
    attrs: Attrs;
    state: string;
    reports: { attrs: Attrs; by: number; evidence: { attrs: Attrs; by: number }[] }[];
    releases: { audience: MRelease["audience"]; at: Date }[];
  }): Promise<MIncident> {
    const id = randomUUID();
    const n = ++seq;
    await ctx.deps.db
      .insertInto("incidents")
      .values({
        id,
        reference: `P-${n}-${id.slice(0, 8)}`,
        state: g.state,
        title: "generated",
        category: "A3",
        occurred_from: hours(-120),
        occurred_to: hours(-110),
        concerned_parties: g.attrs.concerned,
        created_by: a.intake.userId,
        created_at: hours(-100),
        updated_at: hours(-100 + n / 1000),
        classification: g.attrs.cls,
        embargo_until: g.attrs.embargo,
      })
      .execute();
    const m: MIncident = { ...g.attrs, id, state: g.state, reports: [], releases: [] };
    for (const r of g.reports) m.reports.push(await insertReport(r, id));
    if (g.releases.length) {
      const fid = randomUUID();
      await ctx.deps.db
        .insertInto("findings")
        .values({
          id: fid,
          incident_id: id,
          version: 1,
          outcome: "violation_unattributed",
          verification_level: "V2",
          attribution_level: "undetermined",
          provisions: [],
          source_grades: "[]",
          public_narrative: "",
          restricted_narrative: "",
          drafted_by: a.analyst.userId,
          created_at: hours(-100),
        })
        .execute();
      for (const rel of g.releases) {
        const rid = randomUUID();
        await ctx.deps.db
          .insertInto("releases")
          .values({
            id: rid,
            incident_id: id,
            finding_id: fid,
            finding_version: 1,
            audience: rel.audience,
            release_at: rel.at,
            // What a release freezes, cut to what the reads look at: the incident, the finding.
            content: JSON.stringify({ incident: { id }, finding: { provisions: [] } }),
            content_hash: "b".repeat(64),
            released_by: a.chief.userId,
            created_at: hours(-100),
          })
          .execute();
        m.releases.push({ id: rid, ...rel });
      }
    }
    // What the services keep on the incident row for the access checks (the oracle reads the
    // model above, never these columns).
    await refreshIncidentVisibility(ctx.deps.db, id);
    incidents.push(m);
    return m;
  }

  /** Runs a read; "forbidden", "hidden" (404) or the value. */
  async function attempt<T>(fn: () => Promise<T>): Promise<T | "forbidden" | "hidden"> {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === "forbidden" || code === "unauthenticated") return "forbidden";
      if (code?.endsWith("_not_found")) return "hidden";
      throw err;
    }
  }
  const expectedGet = (v: boolean | "forbidden") =>
    v === true ? "shown" : v === false ? "hidden" : "forbidden";
  const got = (r: unknown) => (r === "forbidden" || r === "hidden" ? r : "shown");
  const sorted = (xs: string[]) => [...xs].sort();

  it("lists, counts and lookups agree with the access matrix for every viewer", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(reportArb(), { maxLength: 3 }),
        fc.array(incidentArb(), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: -60, max: 60 }),
        async (looseGen, incidentGen, nowH) => {
          const batchR: MReport[] = [];
          const batchI: MIncident[] = [];
          for (const g of looseGen) batchR.push(await insertReport(g, null));
          for (const g of incidentGen) {
            const i = await insertIncident(g);
            batchI.push(i);
            batchR.push(...i.reports);
          }
          const now = hours(nowH);
          ctx.clock.set(now);
          const viewers: Viewer[] = [...users, { kind: "public" }];
          for (const v of viewers) {
            const who = v.kind === "user" ? v.username : "public";
            // Reports: list, count, get.
            const wantR = reports.filter((r) => seesReport(v, r, now) === true).map((r) => r.id);
            // Who may not read reports at all depends on the role only (there may be no reports).
            const forbiddenR =
              v.kind !== "user" || ![...SOURCE, "intake", "monitor", "liaison"].includes(v.role);
            const list = await attempt(() => listReports(ctx.deps, v as Actor, { limit: 100_000 }));
            const count = await attempt(() => countReports(ctx.deps, v as Actor));
            if (forbiddenR) {
              expect([got(list), got(count)], `${who} may not read reports`).toEqual([
                "forbidden",
                "forbidden",
              ]);
            } else {
              const ids = (list as Awaited<ReturnType<typeof listReports>>).items.map((r) => r.id);
              expect(sorted(ids), `${who} lists reports`).toEqual(sorted(wantR));
              expect(count, `${who} counts reports`).toBe(wantR.length);
            }
            for (const r of batchR) {
              const res = await attempt(() => getReport(ctx.deps, v as Actor, r.id));
              expect(got(res), `${who} gets report`).toBe(expectedGet(seesReport(v, r, now)));
              for (const e of r.evidence) {
                const ev = await attempt(() => getEvidence(ctx.deps, v as Actor, e.id));
                expect(got(ev), `${who} gets evidence`).toBe(
                  expectedGet(seesEvidence(v, r, e, now)),
                );
              }
            }
            // Incidents: list, count, get.
            const wantI = incidents
              .filter((i) => seesIncident(v, i, now) === true)
              .map((i) => i.id);
            const forbiddenI = seesIncident(v, incidents[0]!, now) === "forbidden";
            const listI = await attempt(() =>
              listIncidents(ctx.deps, v as Actor, { limit: 100_000 }),
            );
            const countI = await attempt(() => countIncidents(ctx.deps, v as Actor));
            if (forbiddenI) {
              expect([got(listI), got(countI)], `${who} may not read incidents`).toEqual([
                "forbidden",
                "forbidden",
              ]);
            } else {
              const ids = (listI as Awaited<ReturnType<typeof listIncidents>>).items.map(
                (i) => i.id,
              );
              expect(sorted(ids), `${who} lists incidents`).toEqual(sorted(wantI));
              expect(countI, `${who} counts incidents`).toBe(wantI.length);
              for (const i of batchI) {
                const res = await attempt(() => getIncident(ctx.deps, v as Actor, i.id));
                expect(got(res), `${who} gets incident`).toBe(expectedGet(seesIncident(v, i, now)));
              }
            }
            // Releases.
            const wantRel = incidents.flatMap((i) =>
              i.releases.filter((rel) => releaseReaches(v, i, rel, now)).map((rel) => rel.id),
            );
            if (v.kind === "public") {
              const pub = await listPublicIncidents(ctx.deps, { limit: 100_000 });
              const wantPub = incidents
                .filter((i) => i.releases.some((rel) => releaseReaches(v, i, rel, now)))
                .map((i) => i.id);
              expect(sorted(pub.items.map((r) => r.incidentId)), "public lists").toEqual(
                sorted(wantPub),
              );
              for (const i of batchI) {
                const one = await attempt(() => getPublicIncident(ctx.deps, i.id));
                expect(got(one), "public gets").toBe(wantPub.includes(i.id) ? "shown" : "hidden");
              }
            } else if (!forbiddenI) {
              const rel = await listReleases(ctx.deps, v, { limit: 100_000 });
              expect(sorted(rel.items.map((r) => r.id)), `${who} lists releases`).toEqual(
                sorted(wantRel),
              );
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 600_000);
});
