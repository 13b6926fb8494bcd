import { beforeAll, expect, it } from "vitest";
import { createAgreementForTest } from "../../test/agreements.js";
import { describeEachEngine } from "../../test/db.js";
import { releasedViolation } from "../../test/enforcement.js";
import { seedActors, type Actors, type TestUserName } from "../../test/fixtures.js";
import { renderNotification } from "../domain/notifications.js";
import { verifyAudit } from "./audit.js";
import { addStep, issueNotice } from "./enforcement.js";
import { runPendingJobs } from "./jobs.js";
import { scheduleNoticeSweep, sweepNoticeDeadlines } from "./notice-deadlines.js";
import { readInbox } from "./notifications.js";

describeEachEngine("a formal notice's response deadline, announced", (ctx) => {
  let a: Actors;
  const notices = async (who: TestUserName, kind: string, incidentId: string) =>
    (await readInbox(ctx.deps, a[who], { limit: 100 })).items
      .filter((n) => n.kind === kind && n.subject === `incident:${incidentId}`)
      .map((n) => n.params);
  const issue = async (incidentId: string, deadline: string) =>
    (
      await issueNotice(ctx.deps, a.chief, incidentId, {
        deadline,
        textEn: "The mission notifies the party of the violation found.",
        textAr: "تخطر البعثة الطرف بالانتهاك الذي ثبت.",
      })
    ).notice;

  beforeAll(async () => {
    a = await seedActors(ctx.deps);
    await createAgreementForTest(ctx.deps);
  });

  it("reminds the day before and tells of a deadline passed, each once, whom it concerns; a response cancels both", async () => {
    // Two notices due by the end of 20 January in Tripoli (UTC+2): 2020-01-20T21:59:59.999Z.
    const toGna = await releasedViolation(ctx.deps, a, "GNA");
    const answered = await releasedViolation(ctx.deps, a, "LNA");
    const gnaNotice = await issue(toGna.id, "2020-01-20");
    const lnaNotice = await issue(answered.id, "2020-01-20");
    const deadlineEnd = "2020-01-20T21:59:59.999Z";
    expect(gnaNotice.deadlineAt.toISOString()).toBe(deadlineEnd);
    // The LNA responds on the 17th: nothing more is owed on its notice.
    ctx.clock.set("2020-01-17T09:00:00Z");
    await addStep(ctx.deps, a.liaisonLna, lnaNotice.noticeId, {
      kind: "response",
      afterSeq: 1,
      text: "Our units did not fire.",
      language: "en",
    });

    // More than a day ahead: nothing yet.
    ctx.clock.set("2020-01-19T21:00:00Z");
    expect(await sweepNoticeDeadlines(ctx.deps)).toEqual({ passed: [], dueSoon: [] });

    // Within the last day: two processes schedule the job, two runners and two sweeps race.
    ctx.clock.set("2020-01-19T22:00:00Z");
    await scheduleNoticeSweep(ctx.deps);
    await scheduleNoticeSweep(ctx.deps);
    const queued = await ctx.deps.db
      .selectFrom("jobs")
      .select("id")
      .where("kind", "=", "periodic:notice-deadlines")
      .where("state", "=", "queued")
      .execute();
    expect(queued).toHaveLength(1);
    await Promise.all([
      runPendingJobs(ctx.deps),
      runPendingJobs(ctx.deps),
      sweepNoticeDeadlines(ctx.deps),
      sweepNoticeDeadlines(ctx.deps),
    ]);
    const soon = { incident: toGna.reference, party: "GNA", deadlineEndAt: deadlineEnd };
    expect(await notices("liaisonGna", "notice.response_due_soon", toGna.id)).toEqual([soon]);
    expect(await notices("chief", "notice.response_due_soon", toGna.id)).toEqual([soon]);
    // Only the notified party: not the other party, nor the commission before a referral.
    for (const who of ["liaisonLna", "commission", "analyst", "monitor"] as const)
      expect(await notices(who, "notice.response_due_soon", toGna.id), who).toEqual([]);
    // The notice answered is reminded to nobody.
    expect(await notices("liaisonLna", "notice.response_due_soon", answered.id)).toEqual([]);
    expect(await notices("chief", "notice.response_due_soon", answered.id)).toEqual([]);
    expect(await sweepNoticeDeadlines(ctx.deps)).toEqual({ passed: [], dueSoon: [] });

    // A notice issued on its deadline's last day already says when: no reminder for it.
    ctx.clock.set("2020-01-20T10:00:00Z");
    const late = await releasedViolation(ctx.deps, a, "LNA");
    const lateNotice = await issue(late.id, "2020-01-20");
    expect(await sweepNoticeDeadlines(ctx.deps)).toEqual({ passed: [], dueSoon: [] });

    // The deadline passes: two sweeps at the same moment tell of it once per notice.
    ctx.clock.set("2020-01-20T22:00:01Z");
    const [s1, s2] = await Promise.all([
      sweepNoticeDeadlines(ctx.deps),
      sweepNoticeDeadlines(ctx.deps),
    ]);
    expect([...s1.passed, ...s2.passed].sort()).toEqual(
      [gnaNotice.noticeId, lateNotice.noticeId].sort(),
    );
    const passed = { incident: toGna.reference, party: "GNA", deadlineEndAt: deadlineEnd };
    // The chief, the analyst who drafted the finding and the notified party's liaisons.
    for (const who of ["chief", "analyst", "liaisonGna"] as const)
      expect(await notices(who, "notice.no_response", toGna.id), who).toEqual([passed]);
    // Never the other party (it may not learn whether a response came), nor another analyst.
    for (const who of ["liaisonLna", "commission", "analyst2", "reviewer"] as const)
      expect(await notices(who, "notice.no_response", toGna.id), who).toEqual([]);
    expect(await notices("liaisonLna", "notice.no_response", late.id)).toHaveLength(1);
    expect(await notices("liaisonGna", "notice.no_response", late.id)).toEqual([]);
    // The notice answered before its deadline is owed nothing.
    expect(await notices("chief", "notice.no_response", answered.id)).toEqual([]);
    ctx.clock.set("2020-01-21T08:00:00Z");
    expect(await sweepNoticeDeadlines(ctx.deps)).toEqual({ passed: [], dueSoon: [] });
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("words both notices in Arabic and English, the deadline's day in the mission's zone", () => {
    const params = {
      incident: "INC-2020-0007",
      party: "GNA",
      deadlineEndAt: "2020-01-20T21:59:59.999Z",
    };
    const zone = "Africa/Tripoli";
    expect(renderNotification("notice.response_due_soon", params, "en", zone)).toBe(
      "The response to the formal notice on INC-2020-0007 is due by the end of 20 Jan 2020",
    );
    expect(renderNotification("notice.no_response", params, "en", zone)).toBe(
      "No response from GNA to the formal notice on INC-2020-0007 by the end of 20 Jan 2020",
    );
    const ar = renderNotification("notice.no_response", params, "ar", zone);
    expect(ar).toContain("لم يردّ GNA على الإخطار الرسمي بشأن الحادث INC-2020-0007");
    expect(ar).not.toMatch(/\{\w+\}/);
  });
});
