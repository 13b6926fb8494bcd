import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp, withoutRequestId } from "../../../test/api.js";
import { createAgreementForTest } from "../../../test/agreements.js";
import { commitmentJson, seedAnchorD } from "../../../test/commitments.js";
import { countRows, describeEachEngine } from "../../../test/db.js";
import {
  loginAll,
  PASSWORD,
  reportInput,
  seedActors,
  type Actors,
  type TestUserName,
} from "../../../test/fixtures.js";
import { login } from "../../services/auth.js";
import { verifyAudit } from "../../services/audit.js";
import { changeCommitmentStatus } from "../../services/commitments.js";
import { setDelegation } from "../../services/delegations.js";
import { createIncident } from "../../services/incidents.js";
import { createReport } from "../../services/reports.js";
import { createUser } from "../../services/users.js";

type Who = TestUserName | "chair" | "commissionLna";

/**
 * The commission's work from the browser's side (decision 0016): every creation takes an
 * Idempotency-Key, an agenda item's subject is a record its adder may read, action items are
 * edited and become commitments.
 */
describeEachEngine("joint commission API: retries, agenda subjects, action items", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  const t = {} as Record<Who, string>;
  let meetingId: string;
  let itemId: string;
  /** An incident not released: the chief reads it, the chair (released ones only) does not. */
  let incidentId: string;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    Object.assign(t, await loginAll(ctx.deps, actors));
    const ids: Record<string, string> = {};
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
    await setDelegation(ctx.deps, actors.admin, "GNA", {
      memberIds: [actors.commission.userId],
      headUserId: actors.commission.userId,
    });
    await setDelegation(ctx.deps, actors.admin, "LNA", {
      memberIds: [ids.commissionLna!],
      headUserId: ids.commissionLna!,
    });
    await createAgreementForTest(ctx.deps);
    await seedAnchorD(ctx.deps, actors.chief);
    const { report } = await createReport(ctx.deps, actors.liaisonGna, reportInput());
    incidentId = (await createIncident(ctx.deps, actors.intake, { reportIds: [report.id] })).id;
    app = await testApp(ctx);
  }, 60_000);

  const as = (
    who: Who,
    method: "GET" | "POST" | "PATCH",
    url: string,
    body?: unknown,
    key?: string,
  ) =>
    call(app, method, `/api/v1${url}`, {
      token: t[who],
      body,
      ...(key ? { headers: { "idempotency-key": key } } : {}),
    });

  it("a meeting retried with its Idempotency-Key is made once; another request under it is refused", async () => {
    const body = { startsAt: "2030-11-02T09:00:00Z", placeEn: "Ghadames", agenda: [] };
    const first = await as("chair", "POST", "/commission/meetings", body, "meeting-key-0001");
    expect(first.status).toBe(201);
    const entries = await countRows(ctx.deps.db, "audit_entries");
    const again = await as("chair", "POST", "/commission/meetings", body, "meeting-key-0001");
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await countRows(ctx.deps.db, "commission_meetings")).toBe(1);
    expect(await countRows(ctx.deps.db, "audit_entries")).toBe(entries);
    const other = await as(
      "chair",
      "POST",
      "/commission/meetings",
      { ...body, placeEn: "Sirte" },
      "meeting-key-0001",
    );
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe("idempotency_key_reused");
    // The key is the user's: the chief's same key is a different request, and its own meeting.
    const chief = await as("chief", "POST", "/commission/meetings", body, "meeting-key-0001");
    expect(chief.status).toBe(201);
    expect(chief.body.id).not.toBe(first.body.id);
    meetingId = first.body.id;
    // Without a key each try makes a meeting (as before).
    const a = await as("chair", "POST", "/commission/meetings", body);
    const b = await as("chair", "POST", "/commission/meetings", body);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it("an agenda item, a decision, an action item and a note, each retried, are made once", async () => {
    const item = { titleEn: "Withdrawal from the lines" };
    const i1 = await as(
      "chair",
      "POST",
      `/commission/meetings/${meetingId}/agenda`,
      item,
      "agenda-key-01",
    );
    const i2 = await as(
      "chair",
      "POST",
      `/commission/meetings/${meetingId}/agenda`,
      item,
      "agenda-key-01",
    );
    expect([i1.status, i2.status]).toEqual([201, 200]);
    expect(i2.body.agenda).toHaveLength(1);
    itemId = i1.body.agenda[0].id;

    const decision = { agendaItemId: itemId, textEn: "Units return.", textAr: "تعود الوحدات." };
    const url = `/commission/meetings/${meetingId}/decisions`;
    const d1 = await as("chair", "POST", url, decision, "decision-key-01");
    const d2 = await as("chair", "POST", url, decision, "decision-key-01");
    expect([d1.status, d2.status]).toEqual([201, 200]);
    expect(d2.body.decisions).toHaveLength(1);

    const action = {
      titleEn: "Exchange the lists of detainees",
      owner: { kind: "delegation", party: "LNA" },
      deadline: "2030-12-01T00:00:00Z",
    };
    const aUrl = `/commission/meetings/${meetingId}/action-items`;
    const a1 = await as("chief", "POST", aUrl, action, "action-key-001");
    const a2 = await as("chief", "POST", aUrl, action, "action-key-001");
    expect([a1.status, a2.status]).toEqual([201, 200]);
    expect(a2.body.actionItems).toHaveLength(1);
    expect(a2.body.actionItems[0].id).toBe(a1.body.actionItems[0].id);

    const nUrl = `/commission/meetings/${meetingId}/notes`;
    const n1 = await as(
      "commission",
      "POST",
      nUrl,
      { body: "Yes, after demining." },
      "note-key-0001",
    );
    const n2 = await as(
      "commission",
      "POST",
      nUrl,
      { body: "Yes, after demining." },
      "note-key-0001",
    );
    expect([n1.status, n2.status]).toEqual([201, 200]);
    expect(n2.body.items).toHaveLength(1);
    // The other delegation's same key makes its own note, in its own delegation's notes.
    const lna = await as("commissionLna", "POST", nUrl, { body: "Not yet." }, "note-key-0001");
    expect(lna.status).toBe(201);
    expect(lna.body.items.map((n: { body: string }) => n.body)).toEqual(["Not yet."]);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("an agenda item's subject exists and its adder may read it; missing and unseen look alike", async () => {
    const url = `/commission/meetings/${meetingId}/agenda`;
    const about = (kind: string, id: string) => ({ titleEn: "A matter", subject: { kind, id } });
    // The chair reads released incidents only: this one, unreleased, is as if absent.
    const unseen = await as("chair", "POST", url, about("incident", incidentId));
    const missing = await as("chair", "POST", url, about("incident", crypto.randomUUID()));
    const garbled = await as("chair", "POST", url, about("incident", "x-1"));
    for (const r of [unseen, missing, garbled]) {
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("agenda_subject_not_found");
    }
    const shape = (r: typeof unseen) =>
      JSON.stringify({
        ...(withoutRequestId(r.body) as typeof r.body).error,
        message: r.body.error.message.replace(/[0-9a-f-]{36}/, ""),
      });
    expect(shape(unseen)).toBe(shape(missing));
    // A delegation member is refused before anything about the record is looked at.
    const d1 = await as("commission", "POST", url, about("incident", incidentId));
    const d2 = await as("commission", "POST", url, about("incident", crypto.randomUUID()));
    expect([d1.status, d2.status]).toEqual([403, 403]);
    expect(withoutRequestId(d1.body)).toEqual(withoutRequestId(d2.body));
    const unknown = await as("chief", "POST", url, about("rumour", incidentId));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("validation_failed");
    // The chief reads every incident: the same subject is accepted from them.
    const ok = await as("chief", "POST", url, about("incident", incidentId));
    expect(ok.status).toBe(201);
    const added = ok.body.agenda.at(-1);
    expect(added.subject).toEqual({ kind: "incident", id: incidentId });
    // A reader of the meeting sees the subject only where it may read the record: the GNA's
    // liaison its own complaint's incident; the chair and the delegations (released incidents
    // only) the item's title, not the incident's id.
    const seenBy = async (who: Who) => {
      const m = await as(who, "GET", `/commission/meetings/${meetingId}`);
      return m.body.agenda.find((i: { id: string }) => i.id === added.id);
    };
    expect((await seenBy("liaisonGna")).subject).toEqual({ kind: "incident", id: incidentId });
    for (const who of ["chair", "commission", "commissionLna"] as const) {
      const item = await seenBy(who);
      expect(item.title.en, who).toBe("A matter");
      expect(item.subject, who).toBeNull();
    }
    const meeting = await as("chair", "POST", url, about("meeting", meetingId));
    expect(meeting.status).toBe(201);
  });

  it("the secretariat edits an action item: title, owner, deadline, status; cancelling says why", async () => {
    const m = await as("chair", "GET", `/commission/meetings/${meetingId}`);
    const id = m.body.actionItems[0].id;
    const edit = await as("chair", "PATCH", `/commission/action-items/${id}`, {
      titleAr: "تبادل قوائم المحتجزين",
      owner: { kind: "mission" },
      deadline: "2030-12-15T00:00:00Z",
      status: "in_progress",
    });
    expect(edit.status).toBe(200);
    expect(edit.body.actionItems[0]).toMatchObject({
      title: { en: "Exchange the lists of detainees", ar: "تبادل قوائم المحتجزين" },
      owner: { kind: "mission", party: null },
      deadline: "2030-12-15T00:00:00.000Z",
      status: "in_progress",
    });
    const bad = await as("chair", "PATCH", `/commission/action-items/${id}`, {
      owner: { kind: "party" },
    });
    expect(bad.body.error.code).toBe("action_owner_invalid");
    const noReason = await as("chair", "PATCH", `/commission/action-items/${id}`, {
      status: "cancelled",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.field).toBe("reason");
    const cancelled = await as("chief", "PATCH", `/commission/action-items/${id}`, {
      status: "cancelled",
      reason: "Overtaken by the exchange of 21 Jan.",
    });
    expect(cancelled.body.actionItems[0]).toMatchObject({
      status: "cancelled",
      statusReason: "Overtaken by the exchange of 21 Jan.",
    });
    for (const who of ["commission", "commissionLna", "liaisonLna"] as const) {
      const r = await as(who, "PATCH", `/commission/action-items/${id}`, { status: "done" });
      expect(r.status, who).toBe(403);
    }
    const audit = await ctx.deps.db
      .selectFrom("audit_entries")
      .select("action")
      .where("action", "=", "commission.action_item_changed")
      .execute();
    expect(audit).toHaveLength(2);
  });

  it("an action item becomes a commitment, linked both ways; its being met shows on the item", async () => {
    const created = await as("chief", "POST", `/commission/meetings/${meetingId}/action-items`, {
      titleEn: "Withdraw to the bases",
      owner: { kind: "party", party: "LNA" },
      deadline: "2030-12-01T00:00:00Z",
    });
    const id = created.body.actionItems.find(
      (a: { title: { en: string } }) => a.title.en === "Withdraw to the bases",
    ).id;
    const body = { ...commitmentJson({ obligatedParties: ["LNA"] }), source: undefined };
    const url = `/commission/action-items/${id}/commitment`;
    // Commitments are the mission's register: the chair links, the chief enters.
    expect((await as("chair", "POST", url, body)).status).toBe(403);
    expect((await as("commissionLna", "POST", url, body)).status).toBe(403);
    const one = await as("chief", "POST", url, body, "commitment-key-1");
    expect(one.status).toBe(201);
    const two = await as("chief", "POST", url, body, "commitment-key-1");
    expect(two.status).toBe(200);
    expect(await countRows(ctx.deps.db, "commitments")).toBe(1);
    const item = (b: typeof one.body) => b.actionItems.find((a: { id: string }) => a.id === id);
    const commitmentId = item(one.body).commitmentId;
    expect(one.headers.location).toBe(`/api/v1/commitments/${commitmentId}`);
    expect(item(two.body).commitmentId).toBe(commitmentId);
    const c = await as("chief", "GET", `/commitments/${commitmentId}`);
    expect(c.body.source).toEqual({ kind: "commission_action_item", id });
    const another = await as("chief", "POST", url, body, "commitment-key-2");
    expect(another.status).toBe(409);
    expect(another.body.error.code).toBe("action_item_linked");
    expect(await countRows(ctx.deps.db, "commitments")).toBe(1);

    const back = await as("chief", "GET", `/commission/action-items?commitment=${commitmentId}`);
    expect(back.body.items).toMatchObject([
      { id, meetingId, title: { en: "Withdraw to the bases" } },
    ]);
    for (const move of ["in_progress", "met"] as const) {
      await changeCommitmentStatus(ctx.deps, actors.chief, commitmentId, {
        status: move,
        reason: "Verified by the monitors.",
      });
    }
    const seen = await as("commissionLna", "GET", `/commission/meetings/${meetingId}`);
    expect(item(seen.body).commitment).toMatchObject({ id: commitmentId, status: "met" });
    // The GNA's commission member reads only the GNA's and the public commitments.
    const gna = await as("commission", "GET", `/commission/meetings/${meetingId}`);
    expect(item(gna.body)).toMatchObject({ commitmentId: null, commitment: null });
    expect(gna.raw).not.toContain(commitmentId);
    const gnaBack = await as(
      "commission",
      "GET",
      `/commission/action-items?commitment=${commitmentId}`,
    );
    expect(gnaBack.status).toBe(404);
  });

  it("the secretariat links an existing commitment it may read, and unlinks it", async () => {
    const m = await as("chair", "GET", `/commission/meetings/${meetingId}`);
    const first = m.body.actionItems.find((a: { commitmentId: string | null }) => !a.commitmentId);
    const ghost = await as("chair", "PATCH", `/commission/action-items/${first.id}`, {
      commitmentId: crypto.randomUUID(),
    });
    expect(ghost.status).toBe(404);
    expect(ghost.body.error.code).toBe("commitment_not_found");
    const c = await as("chief", "POST", "/commitments", commitmentJson({ titleEn: "Demining" }));
    const linked = await as("chair", "PATCH", `/commission/action-items/${first.id}`, {
      commitmentId: c.body.id,
    });
    const item = linked.body.actionItems.find((a: { id: string }) => a.id === first.id);
    expect(item.commitment).toMatchObject({ id: c.body.id, reference: c.body.reference });
    const unlinked = await as("chair", "PATCH", `/commission/action-items/${first.id}`, {
      commitmentId: null,
    });
    expect(
      unlinked.body.actionItems.find((a: { id: string }) => a.id === first.id).commitment,
    ).toBe(null);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });
});
