import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import {
  loginAll,
  PASSWORD,
  seedActors,
  type Actors,
  type TestUserName,
} from "../../../test/fixtures.js";
import { TRIPOLI_WORKING_LINE } from "../../demo/geo/illustrative-layers.js";
import { login } from "../../services/auth.js";
import { verifyAudit } from "../../services/audit.js";
import { setDelegation } from "../../services/delegations.js";
import { createUser } from "../../services/users.js";

type Who = TestUserName | "commissionLna" | "chair";

// domain.md §11.4
const AIN_ZARA = { lat: 32.795, lon: 13.287 };

/** The Tripoli working line moved 0.05° (about 5.5 km) north: another proposal. */
function movedNorth() {
  const coordinates = TRIPOLI_WORKING_LINE.geometry.coordinates as [number, number][];
  return { type: "LineString", coordinates: coordinates.map(([lon, lat]) => [lon, lat + 0.05]) };
}

const LINE = {
  validFrom: "2020-01-12T00:00:00Z",
  leftParty: "GNA",
  rightParty: "LNA",
  geometry: TRIPOLI_WORKING_LINE.geometry,
};

describeEachEngine("the line of contact as the joint commission decides it", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  const t = {} as Record<Who, string>;
  let layerId: string;
  let meetingId: string;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    Object.assign(t, await loginAll(ctx.deps, actors));
    const lna = await createUser(
      ctx.deps,
      { kind: "system", name: "test" },
      {
        username: "commissionlna",
        displayName: "LNA delegation head",
        role: "commission",
        party: "LNA",
        password: PASSWORD,
        isDemo: true,
      },
    );
    const s = await login(ctx.deps, "commissionlna", PASSWORD);
    if (s.kind !== "session") throw new Error("commissionlna did not log in");
    t.commissionLna = s.token;
    // The joint body's chair: a commission member of no party (decision 0016).
    await createUser(
      ctx.deps,
      { kind: "system", name: "test" },
      {
        username: "chair",
        displayName: "JMC chair",
        role: "commission",
        party: null,
        password: PASSWORD,
        isDemo: true,
      },
    );
    const c = await login(ctx.deps, "chair", PASSWORD);
    if (c.kind !== "session") throw new Error("chair did not log in");
    t.chair = c.token;
    await setDelegation(ctx.deps, actors.admin, "GNA", {
      memberIds: [actors.commission.userId],
      headUserId: actors.commission.userId,
    });
    await setDelegation(ctx.deps, actors.admin, "LNA", {
      memberIds: [lna.id],
      headUserId: lna.id,
    });
    app = await testApp(ctx);
    const layer = await as("chief", "POST", "/geo/layers", {
      kind: "line_of_contact",
      name: "Tripoli front",
      nameAr: "جبهة طرابلس",
    });
    layerId = layer.body.id;
    const meeting = await as("chief", "POST", "/commission/meetings", {
      startsAt: "2020-02-01T09:00:00Z",
      placeEn: "Geneva",
      agenda: [],
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    meetingId = meeting.body.id;
  }, 60_000);

  const as = (who: Who, method: "GET" | "POST", url: string, body?: unknown) =>
    call(app, method, `/api/v1${url}`, { token: t[who], body });
  const version = async (who: Who, v: number) =>
    (await as(who, "GET", `/geo/layers/${layerId}`)).body.versions.find(
      (x: { version: number }) => x.version === v,
    );
  const evaluate = async (at: string) =>
    (await as("analyst", "GET", `/geo/evaluate?lat=${AIN_ZARA.lat}&lon=${AIN_ZARA.lon}&at=${at}`))
      .body;

  it("an analyst or the chief may not write an agreed version; proposed, working, claimed yes", async () => {
    for (const who of ["analyst", "chief"] as const) {
      const res = await as(who, "POST", `/geo/layers/${layerId}/versions`, {
        ...LINE,
        status: "agreed",
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("agreed_by_commission");
      expect(res.body.error.message).toContain("commission");
    }
    const res = await as("analyst", "POST", `/geo/layers/${layerId}/versions`, {
      ...LINE,
      status: "proposed",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ version: 1, status: "proposed", commission: null });
  });

  it("a proposed version is evaluated, says proposed, and never speaks before a working line", async () => {
    const alone = await evaluate("2020-01-20T00:00:00Z");
    expect(alone.lineOfContact).toMatchObject({ status: "proposed", side: "GNA" });
    const other = await as("analyst", "POST", "/geo/layers", {
      kind: "line_of_contact",
      name: "Mission working line",
    });
    const moved = await as("analyst", "POST", `/geo/layers/${other.body.id}/versions`, {
      ...LINE,
      validFrom: "2020-01-15T00:00:00Z",
      validTo: "2020-01-25T00:00:00Z",
      status: "working",
      geometry: movedNorth(),
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    const both = await evaluate("2020-01-20T00:00:00Z");
    expect(both.lineOfContact).toMatchObject({ status: "working", side: "LNA" });
    expect(both.linesOfContact.map((l: { status: string }) => l.status).sort()).toEqual([
      "proposed",
      "working",
    ]);
  });

  it("only the secretariat sends a proposed version to the commission; the decision text is generated", async () => {
    const body = { meetingId, from: "2020-02-02T00:00:00Z" };
    // Not an analyst, nor a delegate (a party's commission member or liaison), nor a monitor.
    for (const who of [
      "analyst",
      "commission",
      "commissionLna",
      "liaisonGna",
      "monitor",
    ] as const) {
      const res = await as(who, "POST", `/geo/layers/${layerId}/versions/1/commission`, body);
      expect(res.status, who).toBe(403);
    }
    const res = await as("chief", "POST", `/geo/layers/${layerId}/versions/1/commission`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const v1 = res.body.layer.versions[0];
    expect(v1).toMatchObject({
      status: "proposed",
      commission: { decisionStatus: "proposed", meetingId, from: "2020-02-02T00:00:00.000Z" },
    });
    const meeting = await as("chief", "GET", `/commission/meetings/${meetingId}`);
    const d = meeting.body.decisions.find((x: { id: string }) => x.id === res.body.decisionId);
    expect(d.text.en).toContain(
      "version 1 of Tripoli front as the agreed line from 2 February 2020",
    );
    expect(d.text.ar).toContain("جبهة طرابلس");
    expect(d.adopts).toMatchObject({ layerId, version: 1, from: "2020-02-02T00:00:00.000Z" });
    const item = meeting.body.agenda.find((i: { id: string }) => i.id === d.agendaItemId);
    expect(item.subject).toEqual({ kind: "geo_layer_version", id: v1.id });
    // A retry does not put it on the agenda twice.
    const again = await as("chief", "POST", `/geo/layers/${layerId}/versions/1/commission`, body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
  });

  it("a party's liaison outside the delegation does not learn of the pending decision", async () => {
    expect((await version("liaisonLna", 1)).commission).toBeNull();
    expect((await version("liaisonGna", 1)).commission).toBeNull();
    expect((await version("commissionLna", 1)).commission).toMatchObject({
      decisionStatus: "proposed",
    });
  });

  it("co-signed by both delegation heads, it becomes agreed from the stated date", async () => {
    const { decisionId } = (await version("chief", 1)).commission;
    const jobsBefore = await ctx.deps.db
      .selectFrom("jobs")
      .select("id")
      .where("kind", "=", "geo.recompute")
      .execute();
    expect(
      (await as("commission", "POST", `/commission/decisions/${decisionId}/sign`)).status,
    ).toBe(200);
    expect((await version("chief", 1)).status).toBe("proposed");
    const signed = await as("commissionLna", "POST", `/commission/decisions/${decisionId}/sign`);
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const v1 = await version("liaisonLna", 1);
    expect(v1).toMatchObject({
      status: "agreed",
      validFrom: "2020-02-02T00:00:00.000Z",
      commission: { decisionId, decisionStatus: "in_effect", meetingId },
    });
    const jobsAfter = await ctx.deps.db
      .selectFrom("jobs")
      .select("id")
      .where("kind", "=", "geo.recompute")
      .execute();
    expect(jobsAfter.length).toBe(jobsBefore.length + 1);
    expect((await evaluate("2020-02-10T00:00:00Z")).lineOfContact).toMatchObject({
      status: "agreed",
    });
    // Before the stated date it is not a line at all any more.
    expect((await evaluate("2020-01-20T00:00:00Z")).lineOfContact).toMatchObject({
      status: "working",
    });
    const audit = await ctx.deps.db
      .selectFrom("audit_entries")
      .select(["action", "data"])
      .where("action", "=", "geo.layer_version_adopted")
      .execute();
    expect(audit).toHaveLength(1);
    expect(await verifyAudit(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it("a dissent leaves the next proposal proposed; the agreed line stays agreed", async () => {
    const v2 = await as("analyst", "POST", `/geo/layers/${layerId}/versions`, {
      ...LINE,
      validFrom: "2020-03-01T00:00:00Z",
      status: "proposed",
      geometry: movedNorth(),
    });
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    // A proposal ends nothing: version 1 stays open.
    expect((await version("chief", 1)).validTo).toBeNull();
    const sent = await as("chief", "POST", `/geo/layers/${layerId}/versions/2/commission`, {
      meetingId,
      from: "2020-03-05T00:00:00Z",
    });
    expect(sent.status).toBe(201);
    await as("commission", "POST", `/commission/decisions/${sent.body.decisionId}/sign`);
    const no = await as(
      "commissionLna",
      "POST",
      `/commission/decisions/${sent.body.decisionId}/dissent`,
      {
        reason: "The line runs through our positions.",
      },
    );
    expect(no.status).toBe(200);
    expect(await version("chief", 2)).toMatchObject({
      status: "proposed",
      commission: { decisionStatus: "dissented" },
    });
    expect(await version("chief", 1)).toMatchObject({ status: "agreed", validTo: null });
    expect((await evaluate("2020-03-10T00:00:00Z")).lineOfContact).toMatchObject({
      status: "agreed",
      versionId: (await version("chief", 1)).id,
    });
  });

  it("a later adopted version ends the agreed one at its date", async () => {
    const v3 = await as("chief", "POST", `/geo/layers/${layerId}/versions`, {
      ...LINE,
      validFrom: "2020-04-01T00:00:00Z",
      status: "proposed",
      geometry: movedNorth(),
    });
    expect(v3.status).toBe(201);
    const sent = await as("chief", "POST", `/geo/layers/${layerId}/versions/3/commission`, {
      meetingId,
      from: "2020-04-10T00:00:00Z",
      textEn: "Adopt the northern line.",
      textAr: "اعتماد الخط الشمالي.",
    });
    expect(sent.status).toBe(201);
    for (const who of ["commission", "commissionLna"] as const)
      await as(who, "POST", `/commission/decisions/${sent.body.decisionId}/sign`);
    expect(await version("chief", 3)).toMatchObject({
      status: "agreed",
      validFrom: "2020-04-10T00:00:00.000Z",
    });
    expect((await version("chief", 1)).validTo).toBe("2020-04-10T00:00:00.000Z");
    // An adopted version is no longer proposed: it cannot go to the commission again.
    const again = await as("chief", "POST", `/geo/layers/${layerId}/versions/3/commission`, {
      meetingId,
      from: "2020-05-01T00:00:00Z",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("layer_version_not_proposed");
    expect(await verifyAudit(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it("the commission's chair sends a proposed version too, and it is adopted the same way", async () => {
    const v4 = await as("analyst", "POST", `/geo/layers/${layerId}/versions`, {
      ...LINE,
      validFrom: "2020-05-01T00:00:00Z",
      status: "proposed",
      geometry: TRIPOLI_WORKING_LINE.geometry,
    });
    expect(v4.status, JSON.stringify(v4.body)).toBe(201);
    const url = `/geo/layers/${layerId}/versions/4/commission`;
    const badDay = await as("chair", "POST", url, { meetingId, from: "not a day" });
    expect(badDay.status).toBe(400);
    expect(badDay.body.error.code).toBe("validation_failed");
    const sent = await as("chair", "POST", url, { meetingId, from: "2020-05-10T00:00:00Z" });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(
      sent.body.layer.versions.find((v: { version: number }) => v.version === 4),
    ).toMatchObject({ status: "proposed", commission: { decisionStatus: "proposed", meetingId } });
    const meeting = await as("chair", "GET", `/commission/meetings/${meetingId}`);
    const d = meeting.body.decisions.find((x: { id: string }) => x.id === sent.body.decisionId);
    expect(d.adopts).toMatchObject({ layerId, version: 4 });
    const item = meeting.body.agenda.find((i: { id: string }) => i.id === d.agendaItemId);
    expect(item.subject.kind).toBe("geo_layer_version");
    // A retry by the chief is the same conflict as the chair's own.
    const again = await as("chief", "POST", url, { meetingId, from: "2020-05-10T00:00:00Z" });
    expect(again.status).toBe(409);
    const audit = await ctx.deps.db
      .selectFrom("audit_entries")
      .select(["actor", "action"])
      .where("action", "in", ["commission.agenda_item_added", "commission.decision_proposed"])
      .where("actor", "=", "user:chair")
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "commission.agenda_item_added",
      "commission.decision_proposed",
    ]);
    for (const who of ["commission", "commissionLna"] as const)
      await as(who, "POST", `/commission/decisions/${sent.body.decisionId}/sign`);
    expect(await version("chief", 4)).toMatchObject({
      status: "agreed",
      validFrom: "2020-05-10T00:00:00.000Z",
    });
    expect(await verifyAudit(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it("a line marks disputed parts; an evaluation near one says so, elsewhere not", async () => {
    const layer = await as("analyst", "POST", "/geo/layers", {
      kind: "line_of_contact",
      name: "Sirte front",
    });
    const line = {
      type: "LineString",
      coordinates: [
        [16.0, 31.0],
        [16.2, 31.0],
        [16.4, 31.0],
      ],
    };
    const disputed = {
      type: "LineString",
      coordinates: [
        [16.0, 31.0],
        [16.2, 31.0],
      ],
    };
    const bad = await as("analyst", "POST", `/geo/layers/${layer.body.id}/versions`, {
      ...LINE,
      status: "working",
      geometry: line,
      disputed: { type: "LineString", coordinates: [[16.0, 31.0]] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.field).toBe("disputed");
    const res = await as("analyst", "POST", `/geo/layers/${layer.body.id}/versions`, {
      ...LINE,
      validFrom: "2025-01-01T00:00:00Z",
      status: "working",
      geometry: line,
      disputed,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.disputed).toEqual(disputed);
    const near = async (lon: number) => {
      const e = await as(
        "liaisonLna",
        "GET",
        `/geo/evaluate?lat=31.02&lon=${lon}&at=2025-02-01T00:00:00Z`,
      );
      return e.body.linesOfContact.find((l: { layerId: string }) => l.layerId === layer.body.id);
    };
    expect(await near(16.1)).toMatchObject({ nearDisputed: true });
    const clear = await near(16.35);
    expect(clear.nearDisputed).toBe(false);
    expect(clear.disputedKm).toBeGreaterThan(10);
  });
});
