import { Readable } from "node:stream";
import { beforeAll, expect, it } from "vitest";
import { commitmentInput, seedAnchorD } from "../../test/commitments.js";
import { createAgreementForTest } from "../../test/agreements.js";
import { countRows, describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import { DomainError } from "../domain/errors.js";
import { verifyAudit } from "./audit.js";
import {
  openBreachIncident,
  sweepOverdueCommitments,
  scheduleCommitmentSweep,
} from "./commitment-deadlines.js";
import {
  commitmentScoreboard,
  getCommitment,
  listCommitmentsFor,
  recordObservation,
  setCommitmentAnchor,
} from "./commitment-reads.js";
import { changeCommitmentStatus, createCommitment, editCommitment } from "./commitments.js";
import { uploadEvidence } from "./evidence.js";
import { createReport } from "./intake.js";
import { runPendingJobs } from "./jobs.js";
import { readInbox } from "./notifications.js";

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from("JFIF\0")]);

describeEachEngine(
  "commitments",
  (ctx) => {
    let a: Actors;
    const audits = (action: string) =>
      ctx.deps.db.selectFrom("audit_entries").selectAll().where("action", "=", action).execute();

    beforeAll(async () => {
      a = await seedActors(ctx.deps);
      await createAgreementForTest(ctx.deps);
      await seedAnchorD(ctx.deps, a.chief);
    });

    it("the chief enters a commitment with a dependency; its deadline is the end of D+90 in Tripoli", async () => {
      const withdrawal = (await createCommitment(ctx.deps, a.chief, commitmentInput())).commitment;
      const road = (
        await createCommitment(
          ctx.deps,
          a.analyst,
          commitmentInput({
            type: "reopen_route",
            titleEn: "Reopen the coastal road",
            dependsOn: [withdrawal.id],
            target: {
              geometry: {
                type: "LineString",
                coordinates: [
                  [15.09, 32.37],
                  [16.59, 31.2],
                ],
              },
            },
          }),
        )
      ).commitment;
      expect(withdrawal.deadlineAt?.toISOString()).toBe("2021-01-21T22:00:00.000Z");
      expect(road.dependsOn).toEqual([withdrawal.id]);
      const view = await getCommitment(ctx.deps, a.chief, withdrawal.id);
      expect(view.waitedForBy.map((s) => s.reference)).toEqual([road.reference]);
      expect((await audits("commitment.created")).length).toBeGreaterThanOrEqual(2);
    });

    it("refuses a dependency that closes a cycle, and writes nothing", async () => {
      const x = (await createCommitment(ctx.deps, a.chief, commitmentInput({ titleEn: "X" })))
        .commitment;
      const y = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ titleEn: "Y", dependsOn: [x.id] }),
        )
      ).commitment;
      const before = await countRows(ctx.deps.db, "audit_entries");
      const err = await editCommitment(
        ctx.deps,
        a.chief,
        x.id,
        commitmentInput({ titleEn: "X", dependsOn: [y.id] }),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe("commitment_dependency_cycle");
      expect((err as DomainError).message).toContain(
        `${x.reference} ← ${y.reference} ← ${x.reference}`,
      );
      expect(await countRows(ctx.deps.db, "audit_entries")).toBe(before);
    });

    it("refuses an unknown anchor, a bad geometry and a liaison's entry", async () => {
      const code = (p: Promise<unknown>) => p.catch((e: DomainError) => e.code);
      expect(
        await code(
          createCommitment(
            ctx.deps,
            a.chief,
            commitmentInput({ deadline: { anchor: "Z", offsetDays: 1 } }),
          ),
        ),
      ).toBe("commitment_anchor_not_found");
      expect(
        await code(
          createCommitment(
            ctx.deps,
            a.chief,
            commitmentInput({
              target: { geometry: { type: "LineString", coordinates: [[13, 32]] } },
            }),
          ),
        ),
      ).toBe("invalid_geometry");
      expect(await code(createCommitment(ctx.deps, a.liaisonGna, commitmentInput()))).toBe(
        "forbidden",
      );
    });

    it("a party sees its own obligations and the public ones, in the list, the page and the counts", async () => {
      const gnaOnly = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ obligatedParties: ["GNA"], titleEn: "GNA-only secret" }),
        )
      ).commitment;
      const lnaPublic = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ obligatedParties: ["LNA"], titleEn: "LNA public", public: true }),
        )
      ).commitment;
      const lnaList = (await listCommitmentsFor(ctx.deps, a.liaisonLna, { limit: 200 })).items;
      expect(lnaList.map((v) => v.commitment.id)).not.toContain(gnaOnly.id);
      expect(lnaList.map((v) => v.commitment.id)).toContain(lnaPublic.id);
      const gnaList = (await listCommitmentsFor(ctx.deps, a.commission, { limit: 200 })).items;
      expect(gnaList.map((v) => v.commitment.id)).toContain(gnaOnly.id);
      await expect(getCommitment(ctx.deps, a.liaisonLna, gnaOnly.id)).rejects.toMatchObject({
        code: "commitment_not_found",
      });
      const board = await commitmentScoreboard(ctx.deps, a.liaisonLna);
      const all = (await listCommitmentsFor(ctx.deps, a.chief, { limit: 200 })).items;
      const gnaSecretCount = all.filter(
        (v) => !v.commitment.public && !v.commitment.obligatedParties.includes("LNA"),
      ).length;
      const chiefBoard = await commitmentScoreboard(ctx.deps, a.chief);
      expect(board.all.total).toBe(chiefBoard.all.total - gnaSecretCount);
      const gnaRow = board.byParty.find((r) => r.key === "GNA");
      // Of the GNA, the LNA sees only what obliges both parties or is public.
      expect(gnaRow?.total ?? 0).toBe(
        all.filter(
          (v) =>
            v.commitment.obligatedParties.includes("GNA") &&
            (v.commitment.public || v.commitment.obligatedParties.includes("LNA")),
        ).length,
      );
    });

    it("a monitor records progress with evidence from a report it grades; a liaison may not", async () => {
      const c = (
        await createCommitment(ctx.deps, a.chief, commitmentInput({ titleEn: "Demining" }))
      ).commitment;
      const report = await createReport(
        ctx.deps,
        a.monitor,
        reportInput({ sourceKind: "monitor", description: "Demining teams at work." }),
      );
      const ev = await uploadEvidence(ctx.deps, a.monitor, {
        reportId: report.report.id,
        content: Readable.from([JPEG]),
        originalName: "teams.jpg",
        maxBytes: 1024 * 1024,
      });
      const input = {
        observedAt: new Date(ctx.clock().getTime() - 3_600_000),
        noteEn: "Two demining teams seen at work on the road.",
        noteAr: "",
        showsStatus: "in_progress" as const,
        quantity: null,
        phaseKey: null,
        verificationLevel: "V3",
        source: "Mission patrol",
        sourceGrades: [
          { reportId: report.report.id, reliability: "B" as const, credibility: 2 as const },
        ],
        evidenceIds: [ev.id],
        disputes: false,
      };
      // Evidence comes with a graded report, each report graded once, each one the observer reads.
      await expect(
        recordObservation(ctx.deps, a.monitor, c.id, { ...input, sourceGrades: [] }),
      ).rejects.toMatchObject({ code: "validation_failed", details: { field: "evidenceIds" } });
      await expect(
        recordObservation(ctx.deps, a.monitor, c.id, {
          ...input,
          sourceGrades: [...input.sourceGrades, ...input.sourceGrades],
        }),
      ).rejects.toMatchObject({ code: "validation_failed", details: { field: "sourceGrades" } });
      await expect(
        recordObservation(ctx.deps, a.commission, c.id, { ...input, evidenceIds: [] }),
      ).rejects.toMatchObject({ code: "forbidden" }); // a commission member reads no report
      const o = await recordObservation(ctx.deps, a.monitor, c.id, input, { idempotencyKey: "k1" });
      const again = await recordObservation(ctx.deps, a.monitor, c.id, input, {
        idempotencyKey: "k1",
      });
      expect(again.id).toBe(o.id);
      const view = await getCommitment(ctx.deps, a.chief, c.id);
      expect(view.observations.map((x) => x.evidenceIds)).toEqual([[ev.id]]);
      expect(view.observations.map((x) => x.sourceGrades)).toEqual([input.sourceGrades]);
      await expect(
        recordObservation(ctx.deps, a.liaisonGna, c.id, { ...input, evidenceIds: [] }),
      ).rejects.toMatchObject({ code: "forbidden" });
      // The analyst may not cite evidence it cannot read? It can: analysts read every report.
      await expect(
        recordObservation(ctx.deps, a.commission, c.id, {
          ...input,
          sourceGrades: [],
          evidenceIds: [],
          disputes: true,
        }),
      ).resolves.toMatchObject({ disputes: true, recordedParty: "GNA" });
      expect((await getCommitment(ctx.deps, a.chief, c.id)).commitment.disputedAt).not.toBeNull();
    });

    it("the overdue sweep marks each due commitment once, audited by the system, however many run", async () => {
      const due = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({
            titleEn: "Due soon",
            deadline: { date: "2020-01-20" },
            obligatedParties: ["GNA"],
          }),
        )
      ).commitment;
      await changeCommitmentStatus(ctx.deps, a.chief, due.id, {
        status: "in_progress",
        reason: "Begun.",
      });
      // Two processes schedule the periodic job: one run is queued.
      await scheduleCommitmentSweep(ctx.deps);
      await scheduleCommitmentSweep(ctx.deps);
      const queued = await ctx.deps.db
        .selectFrom("jobs")
        .select("id")
        .where("kind", "=", "periodic:commitment-deadlines")
        .where("state", "=", "queued")
        .execute();
      expect(queued).toHaveLength(1);
      // The deadline day is over at midnight Tripoli time (UTC+2): 2020-01-20T22:00Z.
      ctx.clock.set("2020-01-20T21:59:00Z");
      expect(await sweepOverdueCommitments(ctx.deps)).not.toContain(due.id);
      ctx.clock.set("2020-01-20T22:00:00Z");
      const [r1, r2, s1, s2] = await Promise.all([
        runPendingJobs(ctx.deps),
        runPendingJobs(ctx.deps),
        sweepOverdueCommitments(ctx.deps),
        sweepOverdueCommitments(ctx.deps),
      ]);
      expect(r1.done.length + r2.done.length).toBe(1);
      expect([...s1, ...s2].filter((id) => id === due.id).length).toBeLessThanOrEqual(1);
      const entries = (await audits("commitment.overdue")).filter(
        (e) => e.subject === `commitment:${due.id}`,
      );
      expect(entries).toHaveLength(1);
      expect(entries[0]!.actor).toBe("system:commitment-deadlines");
      const view = await getCommitment(ctx.deps, a.chief, due.id);
      expect(view.commitment.status).toBe("overdue");
      expect(view.allowedStatuses).toEqual(["met", "reversed", "suspended"]);
      // Announced once, to the obliged party and the mission, never to the other party.
      const overdueFor = async (who: "liaisonGna" | "liaisonLna" | "chief" | "analyst") =>
        (await readInbox(ctx.deps, a[who], { limit: 100 })).items.filter(
          (n) => n.kind === "commitment.overdue" && n.subject === `commitment:${due.id}`,
        ).length;
      const obliged = view.commitment.obligatedParties;
      expect(await overdueFor("chief")).toBe(1);
      expect(await overdueFor("analyst")).toBe(1);
      expect(await overdueFor("liaisonGna")).toBe(obliged.includes("GNA") ? 1 : 0);
      expect(await overdueFor("liaisonLna")).toBe(obliged.includes("LNA") ? 1 : 0);
      expect(obliged).toEqual(["GNA"]);
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
    });

    it("the chief opens an incident (class E) for an overdue commitment, linked both ways, once", async () => {
      const c = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ titleEn: "Missed", deadline: { date: "2020-01-01" } }),
        )
      ).commitment;
      await expect(openBreachIncident(ctx.deps, a.chief, c.id)).rejects.toMatchObject({
        code: "commitment_transition_not_allowed",
      });
      await sweepOverdueCommitments(ctx.deps);
      await expect(openBreachIncident(ctx.deps, a.analyst, c.id)).rejects.toMatchObject({
        code: "forbidden",
      });
      const opened = await openBreachIncident(ctx.deps, a.chief, c.id);
      const incident = await ctx.deps.db
        .selectFrom("incidents")
        .select(["category", "state"])
        .where("id", "=", opened.incidentId)
        .executeTakeFirstOrThrow();
      expect(incident.category).toBe("E1");
      const view = await getCommitment(ctx.deps, a.chief, c.id);
      expect(view.breaches.map((b) => b.incidentId)).toEqual([opened.incidentId]);
      await expect(openBreachIncident(ctx.deps, a.chief, c.id)).rejects.toMatchObject({
        code: "commitment_breach_exists",
      });
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
    });

    it("recomputes the deadlines counted from an anchor when its date is set", async () => {
      await setCommitmentAnchor(ctx.deps, a.chief, {
        code: "S",
        nameEn: "Stockholm",
        nameAr: "ستوكهولم",
        occurredOn: null,
      });
      const c = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ titleEn: "Redeploy", deadline: { anchor: "S", offsetDays: 21 } }),
        )
      ).commitment;
      expect(c.deadlineAt).toBeNull();
      await setCommitmentAnchor(ctx.deps, a.chief, {
        code: "S",
        nameEn: "Stockholm",
        nameAr: "ستوكهولم",
        occurredOn: "2018-12-18",
      });
      const after = await getCommitment(ctx.deps, a.chief, c.id);
      expect(after.commitment.deadlineAt?.toISOString()).toBe("2019-01-08T22:00:00.000Z");
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
    });
  },
  new Date("2020-01-15T08:00:00Z"),
);
