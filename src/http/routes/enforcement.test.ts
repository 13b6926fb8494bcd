import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { createAgreementForTest } from "../../../test/agreements.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { setDelegation } from "../../services/delegations.js";

const RESPONSE_CANARY = "CANARY-RESPONSE-لم نطلق النار";

describeEachEngine("the enforcement ladder after a finding of violation", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let actors: Awaited<ReturnType<typeof seedActors>>;

  async function at(when: string) {
    ctx.clock.set(when);
    t = await loginAll(ctx.deps, actors);
  }

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    await at("2020-01-15T08:00:00Z");
    await createAgreementForTest(ctx.deps);
    // The delegations whose heads sign the commission's decisions: the GNA's commission member,
    // the LNA's liaison.
    await setDelegation(ctx.deps, actors.admin, "GNA", {
      memberIds: [actors.commission.userId],
      headUserId: actors.commission.userId,
    });
    await setDelegation(ctx.deps, actors.admin, "LNA", {
      memberIds: [actors.liaisonLna.userId],
      headUserId: actors.liaisonLna.userId,
    });
    app = await testApp(ctx);
  });

  const get = (token: string, url: string) => call(app, "GET", `/api/v1${url}`, { token });
  const post = (token: string, url: string, body: unknown) =>
    call(app, "POST", `/api/v1${url}`, { token, body });
  const move = (token: string, id: string, to: string) =>
    post(token, `/incidents/${id}/transitions`, { to });

  /** A violation attributed to the GNA, concerning both parties, released to the parties. */
  async function releasedViolation(outcome = "violation_attributed") {
    const gna = await post(t.liaisonGna, "/reports", reportJson({ allegedParty: "LNA" }));
    const lna = await post(t.liaisonLna, "/reports", reportJson({ allegedParty: "GNA" }));
    const inc = await post(t.intake, "/incidents", { reportIds: [gna.body.id, lna.body.id] });
    const id = inc.body.id as string;
    await move(t.intake, id, "triaged");
    await move(t.analyst, id, "under_verification");
    const attributed = outcome === "violation_attributed";
    const f = await post(t.analyst, `/incidents/${id}/findings`, {
      outcome,
      verificationLevel: "V3",
      attributionLevel: attributed ? "attributed" : "undetermined",
      ...(attributed ? { attributedParty: "GNA" } : {}),
      provisions: ["TEST/1"],
      sourceGrades: [],
      publicNarrative: "Mortar fire from GNA positions hit Ain Zara.",
      restrictedNarrative: "",
      concernedParties: ["GNA", "LNA"],
    });
    expect(f.status).toBe(201);
    await move(t.analyst, id, "assessed");
    await move(t.analyst, id, "in_review");
    expect((await move(t.chief, id, "endorsed")).status).toBe(200);
    expect((await move(t.chief, id, "restricted_release")).status).toBe(200);
    return id;
  }

  const notice = {
    deadline: "2020-01-20",
    textEn: "The mission notifies the GNA of the violation found.",
    textAr: "تخطر البعثة حكومة الوفاق بالانتهاك الذي ثبت.",
  };

  describe("a notice, a response, referrals and a decision", () => {
    let id: string;
    let noticeId: string;
    let meetingId: string;
    let referralItemId: string;

    it("the chief issues a notice on a released violation, to the attributed party, citing the provisions", async () => {
      id = await releasedViolation();
      expect((await post(t.analyst, `/incidents/${id}/enforcement`, notice)).status).toBe(403);
      const res = await post(t.chief, `/incidents/${id}/enforcement`, notice);
      expect(res.status).toBe(201);
      noticeId = res.body.noticeId;
      expect(res.body.party).toBe("GNA");
      // The end of 20 January in Tripoli (UTC+2), not in UTC.
      expect(res.body.deadlineAt).toBe("2020-01-20T21:59:59.999Z");
      expect(res.body.citedProvisions.map((c: { code: string }) => c.code)).toEqual(["TEST/1"]);
      expect(res.body.responseStatus).toBe("awaiting");
      const audit = await ctx.deps.db
        .selectFrom("audit_entries")
        .select("action")
        .where("action", "=", "enforcement.notice_issued")
        .execute();
      expect(audit).toHaveLength(1);
    });

    it("a retry answers the same notice; other content is refused", async () => {
      const again = await post(t.chief, `/incidents/${id}/enforcement`, notice);
      expect(again.status).toBe(200);
      expect(again.body.noticeId).toBe(noticeId);
      const other = await post(t.chief, `/incidents/${id}/enforcement`, {
        ...notice,
        deadline: "2020-01-25",
      });
      expect(other.status).toBe(409);
      expect(other.body.error.code).toBe("notice_exists");
    });

    it("refuses a referral before the deadline without a response, and an out-of-order step", async () => {
      const early = await post(t.chief, `/enforcement/${noticeId}/steps`, {
        kind: "commission_referral",
        afterSeq: 1,
        textEn: "Referred.",
      });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe("enforcement_deadline_not_passed");
      const decision = await post(t.chief, `/enforcement/${noticeId}/steps`, {
        kind: "commission_decision",
        afterSeq: 1,
        textEn: "Decided.",
        textAr: "قرر.",
      });
      expect(decision.status).toBe(409);
      expect(decision.body.error.code).toBe("enforcement_step_not_allowed");
    });

    it("only the notified party's liaison responds; the other party cannot", async () => {
      const lna = await post(t.liaisonLna, `/enforcement/${noticeId}/steps`, {
        kind: "response",
        afterSeq: 1,
        text: "Not ours to answer.",
        language: "en",
      });
      expect(lna.status).toBe(403);
      const res = await post(t.liaisonGna, `/enforcement/${noticeId}/steps`, {
        kind: "response",
        afterSeq: 1,
        text: RESPONSE_CANARY,
        language: "ar",
      });
      expect(res.status).toBe(201);
      expect(res.body.seq).toBe(2);
      expect(res.body.textAr).toBe(RESPONSE_CANARY);
      // A retry of the same request (the client saw step 1) does not write twice.
      const retry = await post(t.liaisonGna, `/enforcement/${noticeId}/steps`, {
        kind: "response",
        afterSeq: 1,
        text: RESPONSE_CANARY,
        language: "ar",
      });
      expect(retry.status).toBe(409);
      expect(retry.body.error.code).toBe("enforcement_step_stale");
    });

    it("the other party sees the notice, never the response nor whether one came", async () => {
      for (const url of [
        `/incidents/${id}/enforcement`,
        "/enforcement",
        "/enforcement?open=true",
        "/enforcement?party=GNA",
      ]) {
        const res = await get(t.liaisonLna, url);
        expect(res.status, url).toBe(200);
        expect(res.raw, url).not.toContain("CANARY-RESPONSE");
        const n = res.body.items.find((x: { noticeId: string }) => x.noticeId === noticeId);
        expect(n, url).toBeDefined();
        expect(n.responseStatus, url).toBeNull();
        expect(n.steps.map((s: { kind: string }) => s.kind)).toEqual(["notice"]);
      }
      const own = await get(t.liaisonGna, `/incidents/${id}/enforcement`);
      expect(own.raw).toContain("CANARY-RESPONSE");
      expect(own.body.items[0].responseStatus).toBe("responded");
    });

    it("the commission sees the case only once referred, and a party member not the other's response", async () => {
      // The test commission member belongs to the GNA, the notified party: it reads the response.
      expect((await get(t.commission, `/incidents/${id}/enforcement`)).body.items).toEqual([]);
      const meeting = await post(t.chief, "/commission/meetings", {
        startsAt: "2020-01-25T09:00:00Z",
        placeEn: "Sirte",
        agenda: [],
      });
      expect(meeting.status).toBe(201);
      meetingId = meeting.body.id;
      const ref = await post(t.chief, `/enforcement/${noticeId}/steps`, {
        kind: "commission_referral",
        afterSeq: 2,
        textEn: "Referred to the commission's next meeting.",
        textAr: "أحيلت إلى الاجتماع القادم للجنة.",
        meetingId: meeting.body.id,
      });
      expect(ref.status).toBe(201);
      referralItemId = ref.body.agendaItemId;
      // On the meeting's agenda, in the same change, pointing at the incident.
      const agenda = (await get(t.chief, `/commission/meetings/${meeting.body.id}`)).body.agenda;
      expect(agenda).toHaveLength(1);
      expect(agenda[0]).toMatchObject({
        id: ref.body.agendaItemId,
        subject: { kind: "incident", id },
      });
      const ladderRes = await get(t.liaisonLna, `/incidents/${id}/enforcement`);
      expect(ladderRes.status, ladderRes.raw).toBe(200);
      const ladder = ladderRes.body.items[0];
      expect(ladder.steps[1].agenda).toEqual({
        meetingId: meeting.body.id,
        meetingReference: meeting.body.reference,
      });
      const seen = await get(t.commission, `/incidents/${id}/enforcement`);
      expect(seen.body.items[0].steps.map((s: { kind: string }) => s.kind)).toEqual([
        "notice",
        "response",
        "commission_referral",
      ]);
    });

    it("the decision step names the decision both delegations' heads signed at the meeting the case was referred to", async () => {
      const decide = (body: Record<string, unknown>) =>
        post(t.chief, `/enforcement/${noticeId}/steps`, {
          kind: "commission_decision",
          afterSeq: 3,
          ...body,
        });
      const propose = async (meeting: string, agendaItemId: string, textEn: string) => {
        const res = await post(t.chief, `/commission/meetings/${meeting}/decisions`, {
          agendaItemId,
          textEn,
          textAr: "تدعو اللجنة حكومة الوفاق إلى سحب فريق الهاون.",
        });
        expect(res.status, res.raw).toBe(201);
        return (res.body.decisions as { id: string; text: { en: string } }[]).find(
          (d) => d.text.en === textEn,
        )!.id;
      };
      // Words typed on the ladder no longer stand for a decision taken in the platform.
      const typed = await decide({ textEn: "The commission calls on the GNA to withdraw." });
      expect(typed.status).toBe(400);
      expect(typed.body.error.code).toBe("enforcement_decision_required");
      expect(typed.body.error.details.field).toBe("decisionId");
      // Proposed, not yet signed by both heads: not in effect.
      const words = "The commission calls on the GNA to withdraw the mortar team.";
      const decisionId = await propose(meetingId, referralItemId, words);
      const early = await decide({ decisionId });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe("enforcement_decision_not_in_effect");
      // A decision in effect, but of a meeting whose agenda does not hold this case.
      const other = await post(t.chief, "/commission/meetings", {
        startsAt: "2020-01-26T09:00:00Z",
        placeEn: "Ghadames",
        agenda: [{ titleEn: "Prisoner exchange" }],
      });
      const elsewhere = await propose(other.body.id, other.body.agenda[0].id, "Exchange lists.");
      for (const head of [t.commission, t.liaisonLna]) {
        expect(
          (await post(head, `/commission/decisions/${elsewhere}/sign`, undefined)).status,
        ).toBe(200);
      }
      const wrong = await decide({ decisionId: elsewhere });
      expect(wrong.status).toBe(409);
      expect(wrong.body.error.code).toBe("enforcement_decision_not_for_case");
      const ghost = await decide({ decisionId: "6f1c2b1e-6a55-4f3e-9d68-0d7a8a7f3b10" });
      expect(ghost.body.error.code).toBe("enforcement_decision_not_found");
      // Each delegation's head signs: in effect, and cited.
      for (const head of [t.commission, t.liaisonLna]) {
        expect(
          (await post(head, `/commission/decisions/${decisionId}/sign`, undefined)).status,
        ).toBe(200);
      }
      const d = await decide({ decisionId });
      expect(d.status, d.raw).toBe(201);
      expect(d.body.decision).toMatchObject({
        id: decisionId,
        meetingId,
        version: 1,
        textEn: words,
      });
      // The other party reads the decision on the ladder too (both delegations signed it).
      const lna = await get(t.liaisonLna, `/incidents/${id}/enforcement`);
      const step = lna.body.items[0].steps.find(
        (s: { kind: string }) => s.kind === "commission_decision",
      );
      expect(step.decision).toMatchObject({ id: decisionId, textEn: words });
      expect(step.decision.effectiveAt).not.toBeNull();
      const audit = await ctx.deps.db
        .selectFrom("audit_entries")
        .select("data")
        .where("action", "=", "enforcement.commission_decision")
        .execute();
      expect(
        audit.map((e) => (e.data as { details: { decisionId?: string } }).details.decisionId),
      ).toEqual([decisionId]);
    });

    it("the referral to the mandating body the mandate allows", async () => {
      const m = await post(t.chief, `/enforcement/${noticeId}/steps`, {
        kind: "mandating_body_referral",
        afterSeq: 4,
        textEn: "Referred to the Security Council.",
        textAr: "أحيلت إلى مجلس الأمن.",
      });
      expect(m.status).toBe(201);
      const after = await post(t.chief, `/enforcement/${noticeId}/steps`, {
        kind: "commission_decision",
        afterSeq: 5,
        textEn: "Another.",
      });
      expect(after.body.error.code).toBe("enforcement_step_not_allowed");
      const lna = await get(t.liaisonLna, `/incidents/${id}/enforcement`);
      expect(lna.body.items[0].steps.map((s: { kind: string }) => s.kind)).toEqual([
        "notice",
        "commission_referral",
        "commission_decision",
        "mandating_body_referral",
      ]);
      // Numbered as the other party reads them: no gap where the response was.
      expect(lna.body.items[0].steps.map((s: { seq: number }) => s.seq)).toEqual([1, 2, 3, 4]);
      const gna = await get(t.liaisonGna, `/incidents/${id}/enforcement`);
      expect(gna.body.items[0].steps.map((s: { seq: number }) => s.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(lna.body.items[0].open).toBe(false);
    });

    it("each step notifies whom it concerns; the other party never hears of the response", async () => {
      const kinds = async (who: TestUserName) =>
        ((await get(t[who], "/inbox?limit=100")).body.items as { kind: string; link: string }[])
          .filter((n) => n.link === `/incidents/${id}` && n.kind.startsWith("notice."))
          .map((n) => n.kind)
          .sort();
      const after = ["notice.decided", "notice.mandating_referral", "notice.referred"];
      // The referral put the case on a meeting's agenda: that, too, was announced (its link is
      // the meeting's), to both parties.
      for (const who of ["liaisonGna", "liaisonLna", "commission", "chief"] as const) {
        const inbox = (await get(t[who], "/inbox?limit=100")).body.items as {
          kind: string;
          link: string;
        }[];
        expect(
          inbox.filter(
            (n) =>
              n.kind === "commission.agenda_item_added" && n.link === `/commission/${meetingId}`,
          ),
          who,
        ).toHaveLength(1);
      }
      expect(await kinds("liaisonGna")).toEqual([...after, "notice.issued"].sort());
      expect(await kinds("liaisonLna")).toEqual(after);
      expect(await kinds("chief")).toEqual([...after, "notice.issued", "notice.responded"].sort());
      expect(await kinds("analyst")).toEqual(["notice.responded"]);
      const lna = await get(t.liaisonLna, "/inbox?limit=100");
      expect(lna.raw).not.toContain("CANARY-RESPONSE");
      expect(lna.raw).not.toContain("notice.responded");
    });

    it("a correction is a new step; steps are never changed in the database", async () => {
      const steps = (await get(t.chief, `/incidents/${id}/enforcement`)).body.items[0].steps;
      const c = await post(t.chief, `/enforcement/${noticeId}/steps`, {
        kind: "correction",
        afterSeq: 5,
        correctsStepId: steps[3].id,
        textEn: "Corrected: the decision was taken unanimously.",
      });
      expect(c.status).toBe(201);
      await expect(
        ctx.deps.db.updateTable("enforcement_steps").set({ text_en: "x" }).execute(),
      ).rejects.toThrow(/append-only/);
      // The GNA's liaison cannot correct a mission step.
      const bad = await post(t.liaisonGna, `/enforcement/${noticeId}/steps`, {
        kind: "correction",
        afterSeq: 6,
        correctsStepId: steps[3].id,
        textEn: "No.",
      });
      expect(bad.status).toBe(403);
    });
  });

  describe("refusals", () => {
    it("no notice on an unattributed violation", async () => {
      const id = await releasedViolation("violation_unattributed");
      const res = await post(t.chief, `/incidents/${id}/enforcement`, notice);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("notice_requires_released_violation");
    });

    it("no response after the deadline; then 'no response by the deadline' and a referral", async () => {
      const id = await releasedViolation();
      const n = await post(t.chief, `/incidents/${id}/enforcement`, {
        ...notice,
        deadline: "2020-01-16",
      });
      expect(n.status).toBe(201);
      await at("2020-01-17T08:00:00Z");
      const late = await post(t.liaisonGna, `/enforcement/${n.body.noticeId}/steps`, {
        kind: "response",
        afterSeq: 1,
        text: "Late.",
        language: "en",
      });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe("enforcement_deadline_passed");
      const open = await get(t.chief, "/enforcement?open=true");
      const row = open.body.items.find((x: { noticeId: string }) => x.noticeId === n.body.noticeId);
      expect(row.responseStatus).toBe("no_response");
      const ref = await post(t.chief, `/enforcement/${n.body.noticeId}/steps`, {
        kind: "commission_referral",
        afterSeq: 1,
        textEn: "No response: referred.",
      });
      expect(ref.status).toBe(201);
      // Referred to no meeting in the platform: the commission decided outside it, in words.
      const typed = await post(t.chief, `/enforcement/${n.body.noticeId}/steps`, {
        kind: "commission_decision",
        afterSeq: 2,
        textEn: "At its session in Geneva the commission called on the GNA to withdraw.",
      });
      expect(typed.status, typed.raw).toBe(201);
      expect(typed.body.decision).toBeNull();
    });

    it("a deadline already over in the mission's time zone is refused", async () => {
      const id = await releasedViolation();
      const res = await post(t.chief, `/incidents/${id}/enforcement`, {
        ...notice,
        deadline: "2020-01-16",
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.field).toBe("deadline");
    });

    it("corrections: the party corrects its response unseen by the other; the chief corrects the notice", async () => {
      const id = await releasedViolation();
      const n = await post(t.chief, `/incidents/${id}/enforcement`, {
        ...notice,
        deadline: "2020-01-31",
      });
      expect(n.status, n.raw).toBe(201);
      const noticeId = n.body.noticeId as string;
      const response = await post(t.liaisonGna, `/enforcement/${noticeId}/steps`, {
        kind: "response",
        afterSeq: 1,
        text: "Our units did not fire.",
        language: "en",
      });
      expect(response.status).toBe(201);
      const fix = await post(t.liaisonGna, `/enforcement/${noticeId}/steps`, {
        kind: "correction",
        afterSeq: 2,
        correctsStepId: response.body.id,
        textAr: "CANARY-CORRECTION: لم تطلق وحداتنا النار في ذلك اليوم.",
      });
      expect(fix.status, fix.raw).toBe(201);
      // The party may not correct the mission's notice; the chief may.
      const party = await post(t.liaisonGna, `/enforcement/${noticeId}/steps`, {
        kind: "correction",
        afterSeq: 3,
        correctsStepId: noticeId,
        textEn: "No.",
      });
      expect(party.status).toBe(403);
      const chief = await post(t.chief, `/enforcement/${noticeId}/steps`, {
        kind: "correction",
        afterSeq: 3,
        correctsStepId: noticeId,
        textEn: "Corrected: the deadline stands; the provision cited is clause 1.",
      });
      expect(chief.status, chief.raw).toBe(201);
      const other = await get(t.liaisonLna, `/incidents/${id}/enforcement`);
      expect(other.raw).not.toContain("CANARY-CORRECTION");
      expect(other.raw).not.toContain(response.body.id);
      expect(other.body.items[0].steps.map((x: { kind: string }) => x.kind)).toEqual([
        "notice",
        "correction",
      ]);
      // The chief's correction is step 4 of the ladder, the other party's second.
      expect(other.body.items[0].steps.map((x: { seq: number }) => x.seq)).toEqual([1, 2]);
      // Naming the hidden response answers as naming a step that does not exist: the other
      // party may add nothing to this ladder.
      const named = (stepId: string) =>
        post(t.liaisonLna, `/enforcement/${noticeId}/steps`, {
          kind: "correction",
          afterSeq: 4,
          correctsStepId: stepId,
          textEn: "Not ours.",
        });
      const hidden = await named(response.body.id);
      const absent = await named(crypto.randomUUID());
      const refusal = (r: typeof hidden) => ({ status: r.status, ...r.body.error, requestId: 0 });
      expect(refusal(hidden)).toMatchObject({ status: 403, code: "forbidden" });
      expect(refusal(absent)).toEqual(refusal(hidden));
      const own = await get(t.liaisonGna, `/incidents/${id}/enforcement`);
      expect(own.body.items[0].steps.map((x: { kind: string }) => x.kind)).toEqual([
        "notice",
        "response",
        "correction",
        "correction",
      ]);
    });

    it("roles outside the ladder read nothing", async () => {
      for (const who of ["monitor", "auditor", "admin"] as const) {
        expect((await get(t[who], "/enforcement")).status).toBe(403);
      }
    });
  });
});
