import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { countRows, describeEachEngine } from "../../../test/db.js";
import {
  loginAll,
  PASSWORD,
  seedActors,
  type Actors,
  type TestUserName,
} from "../../../test/fixtures.js";
import { login } from "../../services/auth.js";
import { verifyAudit } from "../../services/audit.js";
import { addAgendaItem } from "../../services/commission.js";
import { setDelegation } from "../../services/delegations.js";
import { createUser } from "../../services/users.js";

type Who = TestUserName | "chair" | "commissionLna";

describeEachEngine(
  "joint commission API: meetings, co-signed decisions, delegation notes",
  (ctx) => {
    let app: FastifyInstance;
    let actors: Actors;
    const t = {} as Record<Who, string>;
    const ids = {} as Record<"chair" | "commissionLna", string>;
    let meetingId: string;
    let itemId: string;

    beforeAll(async () => {
      actors = await seedActors(ctx.deps);
      Object.assign(t, await loginAll(ctx.deps, actors));
      for (const [name, party] of [
        ["chair", null],
        ["commissionLna", "LNA"],
      ] as const) {
        const u = await createUser(
          ctx.deps,
          { kind: "system", name: "test" },
          {
            username: name.toLowerCase(),
            displayName: name,
            role: "commission",
            party,
            password: PASSWORD,
            isDemo: true,
          },
        );
        ids[name] = u.id;
        const s = await login(ctx.deps, name.toLowerCase(), PASSWORD);
        if (s.kind !== "session") throw new Error(`${name} did not log in`);
        t[name] = s.token;
      }
      // GNA: the commission member (head) and the GNA liaison; LNA: its commission member (head).
      await setDelegation(ctx.deps, actors.admin, "GNA", {
        memberIds: [actors.commission.userId, actors.liaisonGna.userId],
        headUserId: actors.commission.userId,
      });
      await setDelegation(ctx.deps, actors.admin, "LNA", {
        memberIds: [ids.commissionLna],
        headUserId: ids.commissionLna,
      });
      app = await testApp(ctx);
    }, 60_000);

    const as = (who: Who, method: "GET" | "POST" | "PUT" | "PATCH", url: string, body?: unknown) =>
      call(app, method, `/api/v1/commission${url}`, { token: t[who], body });

    it("the chair schedules a meeting with its agenda; the next meeting is listed first", async () => {
      const past = await as("chief", "POST", "/meetings", {
        startsAt: "2019-12-03T09:00:00Z",
        placeEn: "Geneva",
        agenda: [{ titleEn: "Terms of reference" }],
      });
      expect(past.status).toBe(201);
      const res = await as("chair", "POST", "/meetings", {
        startsAt: "2030-11-02T09:00:00Z",
        placeEn: "Ghadames",
        placeAr: "غدامس",
        agenda: [
          { titleEn: "Withdrawal from the lines", titleAr: "الانسحاب من خطوط التماس" },
          { titleEn: "Prisoner exchange", subject: { kind: "meeting", id: past.body.id } },
        ],
      });
      expect(res.status).toBe(201);
      meetingId = res.body.id;
      itemId = res.body.agenda[0].id;
      expect(res.body.agenda.map((i: { position: number }) => i.position)).toEqual([1, 2]);
      expect(res.body.agenda[1].subject).toEqual({ kind: "meeting", id: past.body.id });
      const list = await as("commissionLna", "GET", "/meetings");
      expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([meetingId, past.body.id]);
    });

    it("refuses the case roles, the auditor, the public, and writes by the delegations", async () => {
      for (const who of ["analyst", "intake", "monitor", "auditor", "admin"] as const) {
        expect((await as(who, "GET", "/meetings")).status).toBe(403);
      }
      expect((await call(app, "GET", "/api/v1/commission/meetings")).status).toBe(401);
      const body = { startsAt: "2030-01-01T00:00:00Z", placeEn: "Sirte" };
      for (const who of ["commission", "commissionLna", "liaisonGna"] as const) {
        expect((await as(who, "POST", "/meetings", body)).status).toBe(403);
      }
    });

    it("another use case refers a matter to the agenda (addAgendaItem)", async () => {
      const added = await addAgendaItem(
        ctx.deps,
        { kind: "system", name: "enforcement" },
        meetingId,
        {
          titleEn: "Referral: the Geneva meeting's follow-up",
          subject: { kind: "meeting", id: meetingId },
        },
      );
      expect(added.position).toBe(3);
    });

    it("records attendance of both delegations and the chair, and refuses a stranger", async () => {
      const res = await as("chair", "PUT", `/meetings/${meetingId}/attendance`, {
        entries: [
          { userId: actors.commission.userId, status: "present" },
          { userId: ids.commissionLna, status: "present" },
          { userId: ids.chair, status: "present" },
          { userId: actors.liaisonGna.userId, status: "excused" },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.attendance).toHaveLength(4);
      expect(
        res.body.attendance.find((a: { userId: string }) => a.userId === ids.chair).party,
      ).toBe(null);
      const bad = await as("chair", "PUT", `/meetings/${meetingId}/attendance`, {
        entries: [{ userId: actors.analyst.userId, status: "present" }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe("attendee_invalid");
    });

    it("offers every delegation member, the chair and the head of mission once, to the secretariat only", async () => {
      const list = await as("chief", "GET", "/attendees");
      expect(list.status).toBe(200);
      const items = list.body.items as { id: string; party: string | null; seat: string }[];
      const seat = (id: string) => items.filter((i) => i.id === id).map((i) => [i.party, i.seat]);
      expect(seat(actors.commission.userId)).toEqual([["GNA", "delegate"]]);
      expect(seat(actors.liaisonGna.userId)).toEqual([["GNA", "delegate"]]);
      expect(seat(ids.commissionLna)).toEqual([["LNA", "delegate"]]);
      expect(seat(ids.chair)).toEqual([[null, "chair"]]);
      expect(seat(actors.chief.userId)).toEqual([[null, "chief"]]);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      // Nobody else: not the LNA's liaison (in no delegation), nor the mission's other staff.
      for (const other of [actors.liaisonLna, actors.analyst, actors.admin])
        expect(seat(other.userId)).toEqual([]);
      expect((await as("chair", "GET", "/attendees")).body).toEqual(list.body);
      // The list names both delegations' members: a delegate reads neither the other's nor its own.
      for (const who of [
        "commission",
        "commissionLna",
        "liaisonGna",
        "liaisonLna",
        "analyst",
      ] as const) {
        const refused = await as(who, "GET", "/attendees");
        expect(refused.status, who).toBe(403);
        expect(JSON.stringify(refused.body)).not.toContain(ids.commissionLna);
      }
      // Each of them may be recorded: the chair and the head of mission together.
      const res = await as("chief", "PUT", `/meetings/${meetingId}/attendance`, {
        entries: items.map((i) => ({ userId: i.id, status: "present" })),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const recorded = res.body.attendance as {
        userId: string;
        party: string | null;
        seat: string;
      }[];
      const seatOf = (id: string) => recorded.find((a) => a.userId === id);
      expect(seatOf(ids.chair)).toMatchObject({ party: null, seat: "chair" });
      expect(seatOf(actors.chief.userId)).toMatchObject({ party: null, seat: "chief" });
      expect(seatOf(ids.commissionLna)).toMatchObject({ party: "LNA", seat: "delegate" });
    });

    it("a decision takes effect only when each delegation's head has signed; signing twice is idempotent", async () => {
      const p = await as("chair", "POST", `/meetings/${meetingId}/decisions`, {
        agendaItemId: itemId,
        textEn: "Units return to their camps.",
        textAr: "تعود الوحدات إلى معسكراتها.",
      });
      expect(p.status).toBe(201);
      const d = p.body.decisions[0];
      expect(d.requiredParties).toEqual(["GNA", "LNA"]);
      expect(d.status).toBe("proposed");
      // Not the chair, the chief, nor a delegation member who is not its head.
      for (const who of ["chair", "chief", "liaisonGna"] as const) {
        const r = await as(who, "POST", `/decisions/${d.id}/sign`);
        expect(r.status, who).toBe(403);
        expect(r.body.error.code).toBe("not_delegation_head");
      }
      const one = await as("commission", "POST", `/decisions/${d.id}/sign`);
      expect(one.body.decisions[0].status).toBe("proposed");
      expect(one.body.decisions[0].mayAnswerFor).toBe(null);
      const entries = await countRows(ctx.deps.db, "audit_entries");
      const again = await as("commission", "POST", `/decisions/${d.id}/sign`);
      expect(again.status).toBe(200);
      expect(await countRows(ctx.deps.db, "audit_entries")).toBe(entries);
      expect(await countRows(ctx.deps.db, "commission_signatures")).toBe(1);
      const lnaView = await as("commissionLna", "GET", `/meetings/${meetingId}`);
      expect(lnaView.body.decisions[0].mayAnswerFor).toBe("LNA");
      const two = await as("commissionLna", "POST", `/decisions/${d.id}/sign`);
      const done = two.body.decisions[0];
      expect(done.status).toBe("in_effect");
      expect(done.effectiveAt).not.toBe(null);
      expect(done.answers.map((a: { party: string; kind: string }) => [a.party, a.kind])).toEqual([
        ["GNA", "signed"],
        ["LNA", "signed"],
      ]);
      const revise = await as("chair", "POST", `/decisions/${d.id}/revise`, {
        textEn: "Changed.",
        textAr: "تغيير.",
      });
      expect(revise.status).toBe(409);
      expect(revise.body.error.code).toBe("decision_closed");
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
    });

    it("notifies: the meeting to both delegations and the liaisons, the signature to the heads only", async () => {
      const kinds = async (who: Who) =>
        (
          (await call(app, "GET", "/api/v1/inbox?limit=100", { token: t[who] })).body.items as {
            kind: string;
            link: string;
          }[]
        )
          .filter((n) => n.link === `/commission/${meetingId}`)
          .map((n) => n.kind)
          .sort();
      // The item another use case referred to the agenda (above) is announced too.
      const everyone = [
        "commission.agenda_item_added",
        "commission.decision_in_effect",
        "commission.meeting_scheduled",
      ];
      const head = [...everyone, "commission.decision_to_sign"].sort();
      expect(await kinds("commission")).toEqual(head);
      expect(await kinds("commissionLna")).toEqual(head);
      expect(await kinds("chair")).toEqual(everyone);
      expect(await kinds("chief")).toEqual(everyone);
      expect(await kinds("liaisonLna")).toEqual(everyone);
      expect(await kinds("analyst")).toEqual([]);
    });

    it("a cancelled meeting's pending decision can no longer be signed, revised or answered", async () => {
      const m = await as("chair", "POST", "/meetings", {
        startsAt: "2031-01-10T09:00:00Z",
        placeEn: "Sirte",
        agenda: [{ titleEn: "Prisoner exchange" }],
      });
      expect(m.status, m.raw).toBe(201);
      const p = await as("chair", "POST", `/meetings/${m.body.id}/decisions`, {
        agendaItemId: m.body.agenda[0].id,
        textEn: "An exchange on the 20th.",
        textAr: "تبادل يوم 20.",
      });
      expect(p.status, p.raw).toBe(201);
      const d = p.body.decisions[0];
      expect(
        (await as("commission", "GET", `/meetings/${m.body.id}`)).body.decisions[0],
      ).toMatchObject({ mayAnswerFor: "GNA" });
      expect(
        (await as("chair", "PATCH", `/meetings/${m.body.id}`, { status: "cancelled" })).status,
      ).toBe(200);
      const seen = await as("commission", "GET", `/meetings/${m.body.id}`);
      expect(seen.body.decisions[0]).toMatchObject({ status: "proposed", mayAnswerFor: null });
      for (const [who, path, body] of [
        ["commission", `/decisions/${d.id}/sign`, undefined],
        ["commissionLna", `/decisions/${d.id}/dissent`, { reason: "Never discussed." }],
        ["chair", `/decisions/${d.id}/revise`, { textEn: "On the 21st.", textAr: "يوم 21." }],
      ] as const) {
        const refused = await as(who, "POST", path, body);
        expect(refused.status, path).toBe(409);
        expect(refused.body.error.code).toBe("meeting_transition_not_allowed");
      }
      expect((await as("chief", "GET", `/meetings/${m.body.id}`)).body.decisions).toHaveLength(1);
    });

    it("an item added, a meeting moved or cancelled reach everyone a meeting scheduled does; a delegation's note nobody", async () => {
      const notices = async (who: Who, id: string) =>
        (
          (await call(app, "GET", "/api/v1/inbox?limit=100", { token: t[who] })).body.items as {
            kind: string;
            link: string;
            params: Record<string, string>;
          }[]
        )
          .filter((n) => n.link === `/commission/${id}`)
          .map((n) => `${n.kind} ${n.params.startsAt ?? ""}`)
          .sort();
      const inboxSizes = async () =>
        Promise.all(
          (
            ["commission", "commissionLna", "chair", "chief", "liaisonGna", "liaisonLna"] as const
          ).map(
            async (who) =>
              (await call(app, "GET", "/api/v1/inbox?limit=100", { token: t[who] })).body.items
                .length as number,
          ),
        );
      const m = await as("chair", "POST", "/meetings", {
        startsAt: "2030-12-01T09:00:00Z",
        placeEn: "Sirte",
        agenda: [],
      });
      const id = m.body.id as string;
      expect(
        (await as("chief", "POST", `/meetings/${id}/agenda`, { titleEn: "Demining" })).status,
      ).toBe(201);
      // A new time, then a new place; the same place again changes nothing and says nothing.
      await as("chair", "PATCH", `/meetings/${id}`, { startsAt: "2030-12-02T09:00:00Z" });
      await as("chair", "PATCH", `/meetings/${id}`, { placeEn: "Ghadames" });
      await as("chair", "PATCH", `/meetings/${id}`, { placeEn: "Ghadames" });
      // A delegation's own notes cause no notice to anyone, the other delegation least of all.
      const before = await inboxSizes();
      const note = await as("commission", "POST", `/meetings/${id}/notes`, {
        body: "Our line on demining: sector by sector.",
      });
      expect(note.status).toBe(201);
      expect(await inboxSizes()).toEqual(before);
      // Closed before it was held: refused, it never met; cancelled instead.
      const closed = await as("chair", "PATCH", `/meetings/${id}`, { status: "closed" });
      expect(closed.status).toBe(409);
      expect(closed.body.error.code).toBe("meeting_transition_not_allowed");
      const cancelled = await as("chair", "PATCH", `/meetings/${id}`, { status: "cancelled" });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe("cancelled");
      // A meeting that never met takes no attendance nor minutes.
      for (const path of [`/meetings/${id}/minutes`, `/meetings/${id}/attendance`]) {
        const body = path.endsWith("minutes")
          ? { en: "We met.", ar: null }
          : { entries: [{ userId: ids.chair, status: "present" }] };
        const refused = await as("chair", "PUT", path, body);
        expect(refused.status, path).toBe(409);
        expect(refused.body.error.code).toBe("meeting_transition_not_allowed");
      }
      const expected = [
        "commission.agenda_item_added 2030-12-01T09:00:00.000Z",
        "commission.meeting_cancelled 2030-12-02T09:00:00.000Z",
        "commission.meeting_moved 2030-12-02T09:00:00.000Z",
        "commission.meeting_moved 2030-12-02T09:00:00.000Z",
        "commission.meeting_scheduled 2030-12-01T09:00:00.000Z",
      ];
      for (const who of [
        "commission",
        "commissionLna",
        "chair",
        "chief",
        "liaisonGna",
        "liaisonLna",
      ] as const)
        expect(await notices(who, id), who).toEqual(expected);
      for (const who of ["analyst", "monitor", "auditor"] as const)
        expect(await notices(who, id), who).toEqual([]);
    });

    it("a dissent is recorded for good and the decision does not take effect", async () => {
      const p = await as("chief", "POST", `/meetings/${meetingId}/decisions`, {
        agendaItemId: itemId,
        textEn: "Foreign fighters leave within 90 days.",
        textAr: "يغادر المقاتلون الأجانب خلال 90 يوما.",
      });
      const d = p.body.decisions[1];
      const noReason = await as("commissionLna", "POST", `/decisions/${d.id}/dissent`, {});
      expect(noReason.status).toBe(400);
      const dis = await as("commissionLna", "POST", `/decisions/${d.id}/dissent`, {
        reason: "Not before the withdrawal.",
      });
      expect(dis.body.decisions[1].status).toBe("dissented");
      const signAfter = await as("commissionLna", "POST", `/decisions/${d.id}/sign`);
      expect(signAfter.status).toBe(409);
      expect(signAfter.body.error.code).toBe("decision_already_answered");
      const gna = await as("commission", "POST", `/decisions/${d.id}/sign`);
      expect(gna.body.decisions[1].status).toBe("dissented");
      // The database itself refuses to change or erase an answer.
      await expect(
        ctx.deps.db.updateTable("commission_signatures").set({ reason: "erased" }).execute(),
      ).rejects.toThrow(/never changed or erased/);
      await expect(ctx.deps.db.deleteFrom("commission_signatures").execute()).rejects.toThrow(
        /never changed or erased/,
      );
    });

    it("a dissented decision is revised once: its new version is what changes after", async () => {
      // Found by the reliability suite's fuzzer: a second revision of the dissented version
      // (which stays "dissented" for the record) was a 500, the database refusing a second
      // successor.
      const m = await as("chair", "POST", "/meetings", {
        startsAt: "2031-02-10T09:00:00Z",
        placeEn: "Ghadames",
        agenda: [{ titleEn: "Demining" }],
      });
      const p = await as("chair", "POST", `/meetings/${m.body.id}/decisions`, {
        agendaItemId: m.body.agenda[0].id,
        textEn: "Demine the airport road.",
        textAr: "إزالة الألغام من طريق المطار.",
      });
      const d = p.body.decisions[0];
      await as("commissionLna", "POST", `/decisions/${d.id}/dissent`, { reason: "Not yet." });
      const v2 = await as("chair", "POST", `/decisions/${d.id}/revise`, {
        textEn: "Demine the airport road by March.",
        textAr: "إزالة الألغام من طريق المطار بحلول مارس.",
      });
      expect(v2.status, v2.raw).toBe(200);
      const again = await as("chief", "POST", `/decisions/${d.id}/revise`, {
        textEn: "Demine the airport road by April.",
        textAr: "إزالة الألغام من طريق المطار بحلول أبريل.",
      });
      expect(again.status, again.raw).toBe(409);
      expect(again.body.error.code).toBe("decision_closed");
      expect(again.body.error.message).toMatch(/version 2/);
      const after = (await as("chair", "GET", `/meetings/${m.body.id}`)).body.decisions;
      expect(after.map((x: { version: number; status: string }) => [x.version, x.status])).toEqual([
        [1, "dissented"],
        [2, "proposed"],
      ]);
      const next = after[1];
      const v3 = await as("chief", "POST", `/decisions/${next.id}/revise`, {
        textEn: "Demine the airport road by April.",
        textAr: "إزالة الألغام من طريق المطار بحلول أبريل.",
      });
      expect(v3.status, v3.raw).toBe(200);
      expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
    });

    it("a revision after the first signature is a new version and the signatures restart", async () => {
      const p = await as("chair", "POST", `/meetings/${meetingId}/decisions`, {
        agendaItemId: itemId,
        textEn: "Reopen the coastal road.",
        textAr: "إعادة فتح الطريق الساحلي.",
      });
      const d = p.body.decisions[2];
      const fix = await as("chair", "POST", `/decisions/${d.id}/revise`, {
        textEn: "Reopen the coastal road Misrata–Sirte.",
        textAr: "إعادة فتح الطريق الساحلي مصراتة–سرت.",
      });
      expect(fix.body.decisions).toHaveLength(3);
      expect(fix.body.decisions[2].text.en).toBe("Reopen the coastal road Misrata–Sirte.");
      await as("commission", "POST", `/decisions/${d.id}/sign`);
      const v2 = await as("chair", "POST", `/decisions/${d.id}/revise`, {
        textEn: "Reopen the coastal road by 30 July.",
        textAr: "إعادة فتح الطريق الساحلي بحلول 30 يوليو.",
      });
      const [old, next] = v2.body.decisions.slice(2);
      expect(old.status).toBe("superseded");
      expect(old.text.en).toBe("Reopen the coastal road Misrata–Sirte.");
      expect(next).toMatchObject({
        version: 2,
        supersedesId: d.id,
        status: "proposed",
        answers: [],
      });
      expect((await as("commissionLna", "POST", `/decisions/${d.id}/sign`)).status).toBe(409);
    });

    it("minutes are the secretariat's until shared, then both delegations read them, frozen", async () => {
      await as("chair", "PUT", `/meetings/${meetingId}/minutes`, {
        en: "The commission agreed the withdrawal.",
        ar: "اتفقت اللجنة على الانسحاب.",
      });
      expect((await as("commission", "GET", `/meetings/${meetingId}`)).body.minutes).toBe(null);
      expect((await as("liaisonLna", "GET", `/meetings/${meetingId}`)).body.minutes).toBe(null);
      const shared = await as("chair", "POST", `/meetings/${meetingId}/minutes/share`);
      expect(shared.body.minutesSharedAt).not.toBe(null);
      const lna = await as("commissionLna", "GET", `/meetings/${meetingId}`);
      expect(lna.body.minutes.ar).toBe("اتفقت اللجنة على الانسحاب.");
      const late = await as("chair", "PUT", `/meetings/${meetingId}/minutes`, {
        en: "x",
        ar: null,
      });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe("minutes_already_shared");
    });

    it("a party's liaison outside the delegation reads only settled decisions, no notes", async () => {
      const v = await as("liaisonLna", "GET", `/meetings/${meetingId}`);
      expect(v.status).toBe(200);
      expect(v.body.standing).toBe("party");
      expect(v.body.decisions.map((d: { status: string }) => d.status)).toEqual([
        "in_effect",
        "dissented",
      ]);
      expect((await as("liaisonLna", "GET", `/meetings/${meetingId}/notes`)).status).toBe(403);
      // A version replaced by a revision is not settled: for it, not found, as if absent.
      const all = (await as("chair", "GET", `/meetings/${meetingId}`)).body.decisions;
      const replaced = all.find((d: { status: string }) => d.status === "superseded");
      const sign = (id: string) => as("liaisonLna", "POST", `/decisions/${id}/sign`);
      const [old, absent] = [await sign(replaced.id), await sign(crypto.randomUUID())];
      expect([old.status, old.body.error.code]).toEqual([404, "decision_not_found"]);
      expect(absent.body.error.code).toBe("decision_not_found");
    });

    it("the meeting moves forward only; action items have owners and a commitment link", async () => {
      const held = await as("chair", "PATCH", `/meetings/${meetingId}`, { status: "held" });
      expect(held.body.status).toBe("held");
      // A meeting held is a record, not an appointment: correcting its place calls nobody.
      const count = async () =>
        (await call(app, "GET", "/api/v1/inbox?limit=100", { token: t.commissionLna })).body.items
          .length as number;
      const before = await count();
      const fixed = await as("chair", "PATCH", `/meetings/${meetingId}`, {
        placeEn: "Ghadames (oasis)",
      });
      expect(fixed.status).toBe(200);
      expect(await count()).toBe(before);
      const back = await as("chair", "PATCH", `/meetings/${meetingId}`, { status: "planned" });
      expect(back.status).toBe(409);
      const bad = await as("chair", "POST", `/meetings/${meetingId}/action-items`, {
        titleEn: "Demine",
        owner: { kind: "mission", party: "GNA" },
        deadline: "2030-12-01T00:00:00Z",
      });
      expect(bad.body.error.code).toBe("action_owner_invalid");
      const a = await as("chair", "POST", `/meetings/${meetingId}/action-items`, {
        titleEn: "Exchange the lists of detainees",
        titleAr: "تبادل قوائم المحتجزين",
        owner: { kind: "delegation", party: "LNA" },
        deadline: "2030-12-01T00:00:00Z",
      });
      const item = a.body.actionItems[0];
      expect(item.owner).toEqual({ kind: "delegation", party: "LNA" });
      // A commitment that does not exist is not linked (commission-work.test.ts links real ones).
      const linked = await as("chief", "PATCH", `/action-items/${item.id}`, {
        status: "in_progress",
        commitmentId: "6f1c2b1e-6a55-4f3e-9d68-0d7a8a7f3b10",
      });
      expect(linked.body.error.code).toBe("commitment_not_found");
      const moved = await as("chief", "PATCH", `/action-items/${item.id}`, {
        status: "in_progress",
      });
      expect(moved.body.actionItems[0]).toMatchObject({
        status: "in_progress",
        commitmentId: null,
      });
    });

    describe("a delegation's notes", () => {
      const SECRET = "GNA-ONLY-fallback-position-7731";
      let noteId: string;

      beforeAll(async () => {
        const res = await as("commission", "POST", `/meetings/${meetingId}/notes`, {
          body: SECRET,
          agendaItemId: itemId,
        });
        expect(res.status).toBe(201);
        noteId = res.body.items[0].id;
      });

      it("are read by their own delegation's members, a liaison sitting in it included", async () => {
        for (const who of ["commission", "liaisonGna"] as const) {
          const r = await as(who, "GET", `/meetings/${meetingId}/notes`);
          expect(r.body.items.map((n: { body: string }) => n.body)).toEqual([SECRET]);
        }
      });

      it("never reach the other delegation, the chair or the chief, through any route", async () => {
        const edit = await as("commissionLna", "PATCH", `/notes/${noteId}`, { body: "mine now" });
        expect(edit.status).toBe(404);
        const ghost = await as("commissionLna", "PATCH", `/notes/${crypto.randomUUID()}`, {
          body: "mine now",
        });
        expect(edit.body.error.message.replace(noteId, "")).toBe(
          ghost.body.error.message.replace(/[0-9a-f-]{36}/, ""),
        );
        const lnaNotes = await as("commissionLna", "GET", `/meetings/${meetingId}/notes`);
        expect(lnaNotes.body.items).toEqual([]);
        for (const who of ["chair", "chief"] as const) {
          expect((await as(who, "GET", `/meetings/${meetingId}/notes`)).status).toBe(403);
        }
        const everything: string[] = [];
        for (const who of ["commissionLna", "liaisonLna", "chair", "chief"] as const) {
          everything.push((await as(who, "GET", "/meetings")).raw);
          everything.push((await as(who, "GET", `/meetings/${meetingId}`)).raw);
          everything.push((await as(who, "GET", `/meetings/${meetingId}/notes`)).raw);
        }
        everything.push(
          (await call(app, "GET", "/api/v1/audit?limit=500", { token: t.chief })).raw,
        );
        const search = await call(app, "GET", `/api/v1/search?q=${SECRET}`, { token: t.chief });
        expect(search.body.items).toEqual([]);
        for (const raw of everything) expect(raw).not.toContain(SECRET);
        expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
      });

      it("are edited by the delegation's own members", async () => {
        const r = await as("liaisonGna", "PATCH", `/notes/${noteId}`, {
          body: `${SECRET} (revised)`,
        });
        expect(r.status).toBe(200);
        expect(r.body.items[0].body).toBe(`${SECRET} (revised)`);
      });
    });
  },
);
