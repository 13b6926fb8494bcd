/**
 * The columns an incident keeps for the access checks (report_parties, report_submitters,
 * parties_release_at, public_release_at; decision 0007, "Cost of the checks") stay exactly what its reports and
 * releases say, through the services that change those: triage, merge, amendment, transitions
 * that release (now or at a later instant). And the audit chain still verifies: the columns are
 * written before the audit entry records the incident row.
 */
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, seedThirdParty, type Actors } from "../../test/fixtures.js";
import type { Actor } from "../domain/roles.js";
import type { FindingInput } from "../domain/incidents.js";
import { verifyAudit } from "./audit.js";
import { classifyIncident } from "./classification.js";
import { addFinding } from "./findings.js";
import { listIncidents } from "./incident-reads.js";
import { createIncident, mergeReport } from "./incident-triage.js";
import { transitionIncident } from "./incident-workflow.js";
import { incidentMap } from "./map.js";
import { search } from "./search.js";
import { createReport } from "./intake.js";
import { amendReport } from "./reports.js";

const FINDING: FindingInput = {
  outcome: "unable_to_determine",
  verificationLevel: "V1",
  attributionLevel: "undetermined",
  provisions: [],
  sourceGrades: [],
  publicNarrative: "Indirect fire impacted a residential area.",
  restrictedNarrative: "Crater analysis suggests rockets from the south.",
  classification: "public",
};

describeEachEngine("an incident's access columns follow its reports and releases", (ctx) => {
  let a: Actors;
  let liaisonTpf: Extract<Actor, { kind: "user" }>;
  let incidentId: string;

  /** The columns as stored, and as the reports and releases say (read here, independently). */
  async function columnsAndTruth(id: string) {
    const row = await ctx.deps.db
      .selectFrom("incidents")
      .select(["report_parties", "report_submitters", "parties_release_at", "public_release_at"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const reports = await ctx.deps.db
      .selectFrom("reports")
      .select(["submitter_party", "submitted_by"])
      .where("incident_id", "=", id)
      .execute();
    const releases = await ctx.deps.db
      .selectFrom("releases")
      .select(["audience", "release_at"])
      .where("incident_id", "=", id)
      .execute();
    const earliest = (audience: string) => {
      const ts = releases.filter((r) => r.audience === audience).map((r) => r.release_at.getTime());
      return ts.length ? new Date(Math.min(...ts)) : null;
    };
    const parties = reports.flatMap((r) => (r.submitter_party ? [r.submitter_party] : []));
    const submitters = reports.flatMap((r) => (r.submitted_by ? [r.submitted_by] : []));
    return {
      stored: row,
      truth: {
        report_parties: [...new Set(parties)].sort(),
        report_submitters: [...new Set(submitters)].sort(),
        parties_release_at: earliest("parties"),
        public_release_at: earliest("public"),
      },
    };
  }

  async function expectExact(
    expected?: Partial<Awaited<ReturnType<typeof columnsAndTruth>>["truth"]>,
  ) {
    const { stored, truth } = await columnsAndTruth(incidentId);
    expect(stored).toEqual(truth);
    if (expected) expect(stored).toMatchObject(expected);
    const audit = await verifyAudit(ctx.deps.db);
    expect(audit.problem).toBeNull();
    expect(audit.ok).toBe(true);
  }

  const move = (actor: Actor, to: Parameters<typeof transitionIncident>[3], releaseAt?: Date) =>
    transitionIncident(ctx.deps, actor, incidentId, to, undefined, releaseAt ? { releaseAt } : {});

  /** What the GNA liaison (whose complaint the incident holds) learns of its finding. */
  const liaisonLearns = async () => {
    const map = await incidentMap(ctx.deps, a.liaisonGna, { bbox: "9,19,26,34" });
    const point = map.kind === "points" ? map.points.find((p) => p.id === incidentId) : undefined;
    const hits = await search(ctx.deps, a.liaisonGna, { q: "Indirect fire", limit: 20 });
    return {
      level: point?.verificationLevel ?? null,
      narrativeFound: hits.items.some((h) => h.id === incidentId),
    };
  };

  const commissionSees = async () =>
    (await listIncidents(ctx.deps, a.commission, { limit: 100 })).items.some(
      (i) => i.id === incidentId,
    );

  beforeAll(async () => {
    a = await seedActors(ctx.deps);
    liaisonTpf = await seedThirdParty(ctx.deps);
  });

  it("opening an incident from both parties' complaints (and a monitor's report) records both parties", async () => {
    const lna = await createReport(ctx.deps, a.liaisonLna, reportInput({ allegedParty: "GNA" }));
    const gna = await createReport(ctx.deps, a.liaisonGna, reportInput({ allegedParty: "LNA" }));
    const monitor = await createReport(
      ctx.deps,
      a.monitor,
      reportInput({ sourceKind: "monitor", allegedParty: "LNA" }),
    );
    incidentId = (
      await createIncident(ctx.deps, a.intake, {
        reportIds: [lna.report.id, gna.report.id, monitor.report.id],
      })
    ).id;
    await expectExact({
      report_parties: ["GNA", "LNA"],
      parties_release_at: null,
      public_release_at: null,
    });
  });

  it("merging a third party's complaint adds that party", async () => {
    const tpf = await createReport(ctx.deps, liaisonTpf, reportInput({ allegedParty: "LNA" }));
    await mergeReport(ctx.deps, a.intake, incidentId, tpf.report.id, "same shelling");
    await expectExact({ report_parties: ["GNA", "LNA", "TPF"] });
  });

  it("amending a report in the incident leaves the parties as they are", async () => {
    const { id } = await ctx.deps.db
      .selectFrom("reports")
      .select("id")
      .where("incident_id", "=", incidentId)
      .where("submitter_party", "=", "GNA")
      .executeTakeFirstOrThrow();
    await amendReport(
      ctx.deps,
      a.liaisonGna,
      id,
      reportInput({ allegedParty: "LNA", description: "Shelling of Ain Zara, amended." }),
    );
    await expectExact({ report_parties: ["GNA", "LNA", "TPF"] });
  });

  it("a release scheduled later records its instant, and nobody outside sees it before", async () => {
    await move(a.intake, "triaged");
    await move(a.analyst, "under_verification");
    await addFinding(ctx.deps, a.analyst, incidentId, FINDING);
    await move(a.analyst, "assessed");
    await move(a.analyst, "in_review");
    await move(a.reviewer, "right_of_reply");
    await move(a.chief, "endorsed");
    await expectExact({ parties_release_at: null });
    const later = new Date(ctx.clock().getTime() + 3 * 86_400_000);
    await move(a.chief, "restricted_release", later);
    await expectExact({ parties_release_at: later, public_release_at: null });
    expect(await commissionSees()).toBe(false);
    // The liaison sees the incident (its own complaint), but not the finding before its instant.
    expect(await liaisonLearns()).toEqual({ level: null, narrativeFound: false });
    ctx.clock.set(later);
    expect(await commissionSees()).toBe(true);
    expect(await liaisonLearns()).toEqual({ level: "V1", narrativeFound: true });
    ctx.clock.set(new Date(later.getTime() - 2 * 86_400_000));
  });

  it("an earlier release of a later finding becomes the incident's first release instant", async () => {
    await move(a.chief, "closed");
    await move(a.chief, "reopened");
    await move(a.analyst, "under_verification");
    await addFinding(ctx.deps, a.analyst, incidentId, FINDING);
    await move(a.analyst, "assessed");
    await move(a.analyst, "in_review");
    await move(a.chief, "endorsed");
    const now = ctx.clock();
    await move(a.chief, "restricted_release");
    await expectExact({ parties_release_at: now, public_release_at: null });
    expect(await commissionSees()).toBe(true);
  });

  it("publishing a public finding of a public incident records the public release", async () => {
    await classifyIncident(ctx.deps, a.chief, incidentId, {
      classification: "public",
      reason: "Publish",
    });
    const partiesAt = ctx.clock().getTime(); // the previous test released to the parties then
    ctx.clock.advance(3_600_000);
    await move(a.chief, "published");
    // The mission's rules (libya-2020): the public 72 hours after the parties' release.
    await expectExact({ public_release_at: new Date(partiesAt + 72 * 3_600_000) });
    const { n } = await ctx.deps.db
      .selectFrom("releases")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("incident_id", "=", incidentId)
      .executeTakeFirstOrThrow();
    expect(n).toBe(3);
  });
});
