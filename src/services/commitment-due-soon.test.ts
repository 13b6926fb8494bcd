import { beforeAll, expect, it } from "vitest";
import { commitmentInput, seedAnchorD } from "../../test/commitments.js";
import { createAgreementForTest } from "../../test/agreements.js";
import { describeEachEngine } from "../../test/db.js";
import { seedActors, type Actors } from "../../test/fixtures.js";
import { scheduleCommitmentSweep, sweepDueSoonCommitments } from "./commitment-deadlines.js";
import { changeCommitmentStatus, createCommitment, editCommitment } from "./commitments.js";
import { runPendingJobs } from "./jobs.js";
import { readInbox } from "./notifications.js";

describeEachEngine(
  "commitments due soon",
  (ctx) => {
    let a: Actors;
    type Who = "liaisonGna" | "liaisonLna" | "commission" | "chief" | "analyst" | "monitor";
    const dueSoonFor = async (who: Who, id: string) =>
      (await readInbox(ctx.deps, a[who], { limit: 100 })).items
        .filter((n) => n.kind === "commitment.due_soon" && n.subject === `commitment:${id}`)
        .map((n) => n.params.dueEndAt);

    beforeAll(async () => {
      a = await seedActors(ctx.deps);
      await createAgreementForTest(ctx.deps);
      await seedAnchorD(ctx.deps, a.chief);
    });

    it("reminds 7 days and 1 day before a deadline, each once however many sweeps and runners, the obliged party only", async () => {
      // Due by the end of 20 March 2021 in Tripoli (UTC+2): 2021-03-20T22:00Z.
      const c = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ deadline: { date: "2021-03-20" }, obligatedParties: ["GNA"] }),
        )
      ).commitment;
      const met = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ titleEn: "Met early", deadline: { date: "2021-03-20" } }),
        )
      ).commitment;
      await changeCommitmentStatus(ctx.deps, a.chief, met.id, { status: "met", reason: "Done." });

      // Eight days ahead: nothing yet.
      ctx.clock.set("2021-03-12T21:59:00Z");
      expect((await sweepDueSoonCommitments(ctx.deps)).map((s) => s.id)).not.toContain(c.id);

      // Within seven days: two processes schedule the job, two runners and two sweeps race.
      ctx.clock.set("2021-03-13T22:00:00Z");
      await scheduleCommitmentSweep(ctx.deps);
      await scheduleCommitmentSweep(ctx.deps);
      const [, , s1, s2] = await Promise.all([
        runPendingJobs(ctx.deps),
        runPendingJobs(ctx.deps),
        sweepDueSoonCommitments(ctx.deps),
        sweepDueSoonCommitments(ctx.deps),
      ]);
      expect([...s1, ...s2].filter((s) => s.id === c.id).length).toBeLessThanOrEqual(1);
      const dueEnd = "2021-03-20T22:00:00.000Z";
      expect(await dueSoonFor("liaisonGna", c.id)).toEqual([dueEnd]);
      expect(await dueSoonFor("commission", c.id)).toEqual([dueEnd]);
      expect(await dueSoonFor("chief", c.id)).toEqual([dueEnd]);
      expect(await dueSoonFor("analyst", c.id)).toEqual([dueEnd]);
      expect(await dueSoonFor("liaisonLna", c.id)).toEqual([]);
      expect(await dueSoonFor("monitor", c.id)).toEqual([]);
      // A second sweep the next day sends nothing again; a met commitment is never reminded.
      ctx.clock.set("2021-03-15T08:00:00Z");
      expect(await sweepDueSoonCommitments(ctx.deps)).toEqual([]);
      expect(await dueSoonFor("chief", met.id)).toEqual([]);

      // The last day: the one-day reminder, once, from two sweeps at the same moment.
      ctx.clock.set("2021-03-20T00:00:00Z");
      const [d1, d2] = await Promise.all([
        sweepDueSoonCommitments(ctx.deps),
        sweepDueSoonCommitments(ctx.deps),
      ]);
      expect([...d1, ...d2]).toEqual([{ id: c.id, leadDays: 1 }]);
      expect(await dueSoonFor("liaisonGna", c.id)).toEqual([dueEnd, dueEnd]);
      expect(await sweepDueSoonCommitments(ctx.deps)).toEqual([]);

      // The deadline moved five days on: a new deadline, reminded afresh (7 days, then 1).
      await editCommitment(
        ctx.deps,
        a.chief,
        c.id,
        commitmentInput({ deadline: { date: "2021-03-25" }, obligatedParties: ["GNA"] }),
      );
      expect(await sweepDueSoonCommitments(ctx.deps)).toEqual([{ id: c.id, leadDays: 7 }]);
      expect((await dueSoonFor("liaisonGna", c.id)).sort()).toEqual([
        dueEnd,
        dueEnd,
        "2021-03-25T22:00:00.000Z",
      ]);
    });

    it("a commitment entered the day before its deadline gets only the one-day reminder", async () => {
      ctx.clock.set("2021-04-10T08:00:00Z");
      const c = (
        await createCommitment(
          ctx.deps,
          a.chief,
          commitmentInput({ deadline: { date: "2021-04-10" }, obligatedParties: ["LNA"] }),
        )
      ).commitment;
      expect(await sweepDueSoonCommitments(ctx.deps)).toEqual([{ id: c.id, leadDays: 1 }]);
      expect(await dueSoonFor("liaisonLna", c.id)).toHaveLength(1);
      expect(await dueSoonFor("liaisonGna", c.id)).toEqual([]);
    });
  },
  new Date("2021-03-01T08:00:00Z"),
);
