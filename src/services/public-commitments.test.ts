import { beforeAll, expect, it } from "vitest";
import { createAgreementForTest } from "../../test/agreements.js";
import { commitmentInput, seedAnchorD } from "../../test/commitments.js";
import { describeEachEngine } from "../../test/db.js";
import { seedActors, type Actors } from "../../test/fixtures.js";
import { sweepOverdueCommitments } from "./commitment-deadlines.js";
import { recordObservation } from "./commitment-reads.js";
import { changeCommitmentStatus, createCommitment, editCommitment } from "./commitments.js";
import { changeMissionSettings } from "./mission.js";
import { listPublicCommitments, publicCommitmentScoreboard } from "./public-commitments.js";

const HOUR = 3600_000;
const SYSTEM = { kind: "system", name: "test" } as const;

describeEachEngine("the public commitments under the release rules", (ctx) => {
  let a: Actors;
  const board = () => publicCommitmentScoreboard(ctx.deps);
  const listed = async () => (await listPublicCommitments(ctx.deps, { limit: 200 })).items;
  const enter = async (title: string, overrides: Parameters<typeof commitmentInput>[0] = {}) =>
    (
      await createCommitment(
        ctx.deps,
        a.chief,
        commitmentInput({ titleEn: title, obligatedParties: ["LNA"], ...overrides }),
      )
    ).commitment;

  beforeAll(async () => {
    a = await seedActors(ctx.deps);
    await createAgreementForTest(ctx.deps);
    await seedAnchorD(ctx.deps, a.chief);
    // The Libya profile's rules, set here so that the test says what it relies on.
    await changeMissionSettings(ctx.deps, SYSTEM, {
      releaseRules: { partiesFirst: true, publicDelayHours: 72 },
    });
  });

  it("a change is public 72 hours after it is made; before that the public sees what was; a commitment not public never appears nor counts", async () => {
    const open = await enter("Return of units to their camps (public)", { public: true });
    const secret = await enter("SECRET-LNA-CANARY", { public: false });
    // Just entered: the parties have it, the public not yet.
    expect((await board()).all.total).toBe(0);
    expect(await listed()).toEqual([]);

    ctx.clock.advance(72 * HOUR + 60_000);
    const first = await board();
    expect(first.asOf.getTime()).toBe(ctx.clock().getTime() - 72 * HOUR);
    expect(first.all).toMatchObject({ total: 1, met: 0, late: 0, disputed: 0 });
    expect(first.byParty).toEqual([expect.objectContaining({ key: "LNA", total: 1 })]);
    expect(first.byClause).toEqual([expect.objectContaining({ key: "TEST/1", total: 1 })]);
    expect(first.clauses[0]).toMatchObject({ code: "TEST/1" });
    expect((await listed()).map((c) => [c.reference, c.status])).toEqual([
      [open.reference, "not_started"],
    ]);

    // Met now: for 72 hours the public still sees it not started.
    await changeCommitmentStatus(ctx.deps, a.chief, open.id, {
      status: "met",
      reason: "The units are in their camps.",
    });
    ctx.clock.advance(71 * HOUR);
    expect((await board()).all.met).toBe(0);
    expect((await listed())[0]?.status).toBe("not_started");
    ctx.clock.advance(HOUR + 60_000);
    expect((await board()).all.met).toBe(1);
    expect((await listed())[0]?.status).toBe("met");

    // The commitment never marked public is in no list and no count, however long one waits.
    const everything = JSON.stringify([await board(), await listed()]);
    expect(everything).not.toContain("SECRET-LNA-CANARY");
    expect(everything).not.toContain(secret.reference);
    expect((await board()).all.total).toBe(1);
  });

  it("made public, or private again, a commitment follows the delay too", async () => {
    const later = await enter("Exchange of detainees (made public later)");
    ctx.clock.advance(80 * HOUR);
    const before = (await board()).all.total;
    const edit = (isPublic: boolean) =>
      editCommitment(
        ctx.deps,
        a.chief,
        later.id,
        commitmentInput({
          titleEn: "Exchange of detainees (made public later)",
          obligatedParties: ["LNA"],
          public: isPublic,
        }),
      );
    await edit(true);
    expect((await board()).all.total).toBe(before);
    ctx.clock.advance(73 * HOUR);
    expect((await board()).all.total).toBe(before + 1);
    expect((await listed()).map((c) => c.reference)).toContain(later.reference);
    // Private again: shown as it was until the change is 72 hours old, then in no count.
    await edit(false);
    expect((await board()).all.total).toBe(before + 1);
    ctx.clock.advance(73 * HOUR);
    expect((await board()).all.total).toBe(before);
    expect((await listed()).map((c) => c.reference)).not.toContain(later.reference);
  });

  it("the overdue sweep and a party's dispute reach the public board after the delay", async () => {
    const due = await enter("Withdrawal by D+90 (public)", {
      public: true,
      obligatedParties: ["GNA"],
    });
    // Past D+90 (21 January 2021): the sweep marks it overdue; the GNA's member disputes it.
    ctx.clock.set("2021-02-01T00:00:00Z");
    const { late, disputed } = (await board()).all;
    expect(await sweepOverdueCommitments(ctx.deps)).toContain(due.id);
    await recordObservation(ctx.deps, a.commission, due.id, {
      observedAt: ctx.clock(),
      noteEn: "The GNA holds that its units had withdrawn by the deadline.",
      noteAr: "",
      showsStatus: null,
      quantity: null,
      phaseKey: null,
      verificationLevel: "U",
      source: "GNA delegation",
      sourceGrades: [],
      evidenceIds: [],
      disputes: true,
    });
    const shown = async () => (await listed()).find((c) => c.reference === due.reference);
    expect(await shown()).toMatchObject({ status: "not_started", disputed: false });
    expect((await board()).all).toMatchObject({ late, disputed });
    ctx.clock.advance(72 * HOUR + 60_000);
    expect(await shown()).toMatchObject({ status: "overdue", disputed: true });
    expect((await board()).all).toMatchObject({ late: late + 1, disputed: disputed + 1 });
  });

  it("without the parties first, the public sees a change at once", async () => {
    await changeMissionSettings(ctx.deps, SYSTEM, { releaseRules: { partiesFirst: false } });
    const now = await enter("Hotline between the two commands (public)", {
      public: true,
      type: "hotline",
    });
    expect((await listed()).map((c) => c.reference)).toContain(now.reference);
    expect((await board()).asOf).toEqual(ctx.clock());
    await changeMissionSettings(ctx.deps, SYSTEM, {
      releaseRules: { partiesFirst: true, publicDelayHours: 72 },
    });
  });

  it("the public list pages with a cursor, soonest due first, every public commitment once", async () => {
    for (let i = 0; i < 5; i++)
      await enter(`Phase ${i} of the road plan (public)`, {
        public: true,
        deadline: { anchor: "D", offsetDays: 100 + (i % 2) },
      });
    ctx.clock.advance(73 * HOUR);
    const whole = (await listPublicCommitments(ctx.deps, { limit: 200 })).items;
    const paged = [];
    let cursor: string | undefined;
    do {
      const page = await listPublicCommitments(ctx.deps, { cursor, limit: 2 });
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged.map((c) => c.reference)).toEqual(whole.map((c) => c.reference));
    expect(new Set(paged.map((c) => c.reference)).size).toBe(paged.length);
    const deadlines = whole.map((c) => c.deadlineAt?.getTime() ?? Infinity);
    expect(deadlines).toEqual([...deadlines].sort((x, y) => x - y));
    await expect(
      listPublicCommitments(ctx.deps, { cursor: "not-a-cursor", limit: 2 }),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });
});
