import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import {
  DEMO_LAYERS,
  TRIPOLI_LNA_CLAIMED_LINE,
  TRIPOLI_WORKING_LINE,
} from "../demo/geo/illustrative-layers.js";
import { libyaMissionArea } from "../demo/geo/libya-geo.js";
import type { EvaluationRecord } from "../domain/geo/evaluation-record.js";
import type { LineOfContactVersion } from "../domain/geo/layers.js";
import { validateGeometry } from "../domain/geo/validate.js";
import { insertJob, findJob } from "../store/jobs-repo.js";
import { verifyAudit } from "./audit.js";
import { addLayerVersion, createLayer, endLayerVersion } from "./geo.js";
import { evaluateLocation, sweepUnevaluated } from "./geo-evaluations.js";
import { MAX_ATTEMPTS, runPendingJobs, startJobLoop } from "./jobs.js";
import { createReport } from "./intake.js";
import { getReport } from "./reports.js";

// domain.md §11.4
const AIN_ZARA = { lat: 32.795, lon: 13.287 };
const SALAH_AL_DIN = { lat: 32.81, lon: 13.21 };

/** The Tripoli working line moved 0.05° (about 5.5 km) north: Ain Zara falls south of it. */
function movedNorth(line: LineOfContactVersion) {
  const coordinates = line.geometry.coordinates as [number, number][];
  return { type: "LineString", coordinates: coordinates.map(([lon, lat]) => [lon, lat + 0.05]) };
}

function lineFields(v: LineOfContactVersion) {
  return {
    status: v.status,
    ...(v.claimedBy ? { claimedBy: v.claimedBy } : {}),
    leftParty: v.leftParty!,
    rightParty: v.rightParty!,
    geometry: v.geometry,
  };
}

describe("the demo layers", () => {
  it("are all valid in the mission area and say they are illustrative", () => {
    for (const v of DEMO_LAYERS) {
      expect(
        validateGeometry(v.geometry, v.kind, { area: libyaMissionArea() }),
        v.id,
      ).toMatchObject({ ok: true });
      if (v.kind !== "road") expect(v.name, v.id).toMatch(/illustrative/);
    }
  });
});

describeEachEngine("geo layers, stored evaluations and jobs", (ctx) => {
  let actors: Actors;
  let front: string;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
  });

  async function evaluationOf(kind: "report" | "incident", id: string) {
    const row = await ctx.deps.db
      .selectFrom("geo_evaluations")
      .selectAll()
      .where("subject_kind", "=", kind)
      .where("subject_id", "=", id)
      .executeTakeFirst();
    return row && { ...row, result: row.result as EvaluationRecord };
  }

  async function fileAt(where: { lat: number; lon: number }, occurred: string) {
    const from = new Date(occurred);
    const { report } = await createReport(
      ctx.deps,
      actors.liaisonGna,
      reportInput({
        location: where,
        occurredFrom: from,
        occurredTo: new Date(from.getTime() + 3_600_000),
      }),
    );
    return report;
  }

  it("a new layer and its first version are audited, and enqueue a persisted recompute job", async () => {
    const layer = await createLayer(ctx.deps, actors.analyst, {
      kind: "line_of_contact",
      name: "Tripoli southern front",
    });
    front = layer.id;
    const v1 = await addLayerVersion(ctx.deps, actors.analyst, front, {
      validFrom: new Date("2020-01-12T00:00:00Z"),
      source: "JMC working map",
      ...lineFields({ ...TRIPOLI_WORKING_LINE, validTo: null }),
    });
    expect(v1.version).toBe(1);
    const entries = await ctx.deps.db
      .selectFrom("audit_entries")
      .select(["action", "subject"])
      .where("subject", "=", `geo_layer:${front}`)
      .orderBy("seq")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["geo.layer_created", "geo.layer_version_added"]);
    const jobs = await ctx.deps.db
      .selectFrom("jobs")
      .selectAll()
      .where("kind", "=", "geo.recompute")
      .execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: "queued", attempts: 0 });
    expect(jobs[0]!.payload).toMatchObject({ layerId: front, from: "2020-01-12T00:00:00.000Z" });
    await runPendingJobs(ctx.deps);
    expect((await findJob(ctx.deps.db, jobs[0]!.id))!.state).toBe("done");
    expect(await verifyAudit(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it("the sweep evaluates new located reports at their event time; intake stored none", async () => {
    const report = await fileAt(AIN_ZARA, "2020-01-14T21:00:00Z");
    expect(await evaluationOf("report", report.id)).toBeUndefined();
    expect((await getReport(ctx.deps, actors.chief, report.id)).geo).toEqual({ status: "pending" });
    const { evaluated, done } = await sweepUnevaluated(ctx.deps);
    expect(evaluated).toBeGreaterThanOrEqual(1);
    expect(done).toBe(true);
    const e = (await evaluationOf("report", report.id))!;
    expect(e.at.toISOString()).toBe("2020-01-14T21:00:00.000Z");
    expect(e.result.lineOfContact).toMatchObject({ layerId: front, side: "GNA" });
    expect(e.result.lineOfContact!.distanceKm).toBeCloseTo(-3.3, 1);
    expect(e.side_party).toBe("GNA");
    expect(e.result.layerVersions).toEqual([
      expect.objectContaining({ layerId: front, version: 1 }),
    ]);
    expect((await getReport(ctx.deps, actors.chief, report.id)).geo).toMatchObject({
      status: "evaluated",
    });
  });

  it("a new version ends the open one, and the recompute job updates evaluations after it only", async () => {
    ctx.clock.set("2020-04-02T08:00:00Z");
    const january = await fileAt(AIN_ZARA, "2020-01-20T10:00:00Z");
    const april = await fileAt(AIN_ZARA, "2020-04-01T10:00:00Z");
    await sweepUnevaluated(ctx.deps);
    expect((await evaluationOf("report", april.id))!.side_party).toBe("GNA");

    const v2 = await addLayerVersion(ctx.deps, actors.chief, front, {
      validFrom: new Date("2020-03-01T00:00:00Z"),
      ...lineFields(TRIPOLI_WORKING_LINE),
      geometry: movedNorth(TRIPOLI_WORKING_LINE),
    });
    expect(v2.version).toBe(2);
    const v1 = await ctx.deps.db
      .selectFrom("geo_layer_versions")
      .select("valid_to")
      .where("layer_id", "=", front)
      .where("version", "=", 1)
      .executeTakeFirstOrThrow();
    expect(v1.valid_to!.toISOString()).toBe("2020-03-01T00:00:00.000Z");
    // Until the job runs, the stored evaluation is the old one.
    expect((await evaluationOf("report", april.id))!.side_party).toBe("GNA");
    const before = (await evaluationOf("report", january.id))!;

    ctx.clock.advance(60_000);
    const ran = await runPendingJobs(ctx.deps);
    expect(ran.done).toHaveLength(1);
    const after = (await evaluationOf("report", april.id))!;
    expect(after.side_party).toBe("LNA");
    expect(after.result.layerVersions).toEqual([expect.objectContaining({ version: 2 })]);
    expect(after.computed_at.getTime()).toBeGreaterThan(before.computed_at.getTime());
    const jan = (await evaluationOf("report", january.id))!;
    expect(jan.side_party).toBe("GNA");
    expect(jan.result.layerVersions).toEqual([expect.objectContaining({ version: 1 })]);
    expect(jan.computed_at).toEqual(before.computed_at);
  });

  it("evaluates ad hoc with the version valid at the asked time", async () => {
    const jan = await evaluateLocation(ctx.deps, actors.liaisonLna, {
      ...AIN_ZARA,
      at: new Date("2020-02-01T00:00:00Z"),
    });
    const may = await evaluateLocation(ctx.deps, actors.liaisonLna, {
      ...AIN_ZARA,
      at: new Date("2020-05-01T00:00:00Z"),
    });
    expect(jan.lineOfContact).toMatchObject({ side: "GNA" });
    expect(may.lineOfContact).toMatchObject({ side: "LNA" });
    const before = await evaluateLocation(ctx.deps, actors.chief, {
      ...AIN_ZARA,
      at: new Date("2019-12-01T00:00:00Z"),
    });
    expect(before.lineOfContact).toBeNull();
    expect(before.linesOfContact).toEqual([]);
    expect(before.description).toEqual({ en: "at Ain Zara", ar: "في عين زارة" });
  });

  it("with an agreed or working line and a claimed one valid at once, gives both, nearest first", async () => {
    const claim = await createLayer(ctx.deps, actors.analyst, {
      kind: "line_of_contact",
      name: "Tripoli front as claimed by the LNA",
    });
    await addLayerVersion(ctx.deps, actors.analyst, claim.id, {
      validFrom: new Date("2020-01-12T00:00:00Z"),
      validTo: new Date("2020-03-01T00:00:00Z"),
      ...lineFields(TRIPOLI_LNA_CLAIMED_LINE),
    });
    const e = await evaluateLocation(ctx.deps, actors.chief, {
      ...AIN_ZARA,
      at: new Date("2020-02-01T00:00:00Z"),
    });
    expect(e.linesOfContact.map((l) => [l.layerId, l.side, l.status])).toEqual([
      [claim.id, "LNA", "claimed"],
      [front, "GNA", "working"],
    ]);
    expect(Math.abs(e.linesOfContact[0]!.distanceKm)).toBeLessThan(
      Math.abs(e.linesOfContact[1]!.distanceKm),
    );
    // The mission's working line speaks, though the claimed one is nearer.
    expect(e.lineOfContact).toMatchObject({ layerId: front, side: "GNA" });
    const salahAlDin = await evaluateLocation(ctx.deps, actors.chief, {
      ...SALAH_AL_DIN,
      at: new Date("2020-02-01T00:00:00Z"),
    });
    expect(salahAlDin.linesOfContact.map((l) => l.side)).toEqual(["GNA", "GNA"]);
  });

  it("refuses a version whose validity overlaps another of the same layer, writing nothing", async () => {
    const count = async () =>
      (await ctx.deps.db.selectFrom("geo_layer_versions").select("id").execute()).length;
    const n = await count();
    await expect(
      addLayerVersion(ctx.deps, actors.chief, front, {
        validFrom: new Date("2020-02-01T00:00:00Z"),
        validTo: new Date("2020-02-15T00:00:00Z"),
        ...lineFields(TRIPOLI_WORKING_LINE),
      }),
    ).rejects.toMatchObject({
      code: "layer_version_overlap",
      message: expect.stringContaining("overlaps version 1"),
    });
    expect(await count()).toBe(n);
  });

  it("refuses a layer or a version naming a party that does not exist, writing nothing", async () => {
    const layers = async () =>
      (await ctx.deps.db.selectFrom("geo_layers").select("id").execute()).length;
    const n = await layers();
    await expect(
      createLayer(ctx.deps, actors.analyst, {
        kind: "area_of_control",
        name: "Nobody's area",
        party: "XYZ",
      }),
    ).rejects.toMatchObject({ code: "party_not_found", details: { party: "XYZ" } });
    expect(await layers()).toBe(n);
    await expect(
      addLayerVersion(ctx.deps, actors.chief, front, {
        validFrom: new Date("2021-01-01T00:00:00Z"),
        ...lineFields(TRIPOLI_WORKING_LINE),
        leftParty: "XYZ",
      }),
    ).rejects.toMatchObject({ code: "party_not_found", details: { party: "XYZ" } });
  });

  it("an explicit end is audited, set once, and recomputes what it changes", async () => {
    const ended = await endLayerVersion(
      ctx.deps,
      actors.chief,
      front,
      2,
      new Date("2020-06-05T00:00:00Z"),
    );
    expect(ended.validTo!.toISOString()).toBe("2020-06-05T00:00:00.000Z");
    await expect(
      endLayerVersion(ctx.deps, actors.chief, front, 2, new Date("2020-07-01T00:00:00Z")),
    ).rejects.toMatchObject({ code: "conflict" });
    ctx.clock.set("2020-08-02T08:00:00Z");
    const late = await fileAt(AIN_ZARA, "2020-08-01T10:00:00Z");
    await sweepUnevaluated(ctx.deps);
    expect((await evaluationOf("report", late.id))!.result.lineOfContact).toBeNull();
    const last = await ctx.deps.db
      .selectFrom("audit_entries")
      .select("action")
      .where("subject", "=", `geo_layer:${front}`)
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(last.action).toBe("geo.layer_version_ended");
    expect(await verifyAudit(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it("versions are append-only in the database itself", async () => {
    await expect(
      ctx.deps.db
        .updateTable("geo_layer_versions")
        .set({ status: "agreed" })
        .where("layer_id", "=", front)
        .execute(),
    ).rejects.toThrow(/never rewritten/);
    await expect(
      ctx.deps.db.deleteFrom("geo_layer_versions").where("layer_id", "=", front).execute(),
    ).rejects.toThrow(/never deleted/);
  });

  it("the loop `serve` runs evaluates a new report within a few ticks, and stops cleanly", async () => {
    const report = await fileAt(SALAH_AL_DIN, "2020-08-01T12:00:00Z");
    const loop = startJobLoop(ctx.deps, { intervalMs: 20 });
    try {
      for (let i = 0; i < 250 && !(await evaluationOf("report", report.id)); i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await loop.stop();
    }
    expect(await evaluationOf("report", report.id)).toBeDefined();
  });

  it("only analysts and the chief define layers", async () => {
    for (const who of ["liaisonGna", "intake", "reviewer", "admin"] as const) {
      await expect(
        createLayer(ctx.deps, actors[who], { kind: "road", name: "Coastal road" }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});

describeEachEngine("the persisted job runner", (ctx) => {
  const boom = async () => {
    throw new Error("boom: the geometry store is unreachable");
  };

  it("keeps a job across runners, retries a failing one and records last_error, then fails it", async () => {
    const id = await insertJob(ctx.deps.db, {
      kind: "test.flaky",
      payload: { n: 1 },
      now: ctx.clock(),
    });
    // A runner started later (a restart) finds it: the queue is the table.
    const first = await runPendingJobs(ctx.deps, { handlers: { "test.flaky": boom } });
    expect(first.retrying).toEqual([id]);
    let job = (await findJob(ctx.deps.db, id))!;
    expect(job).toMatchObject({ state: "queued", attempts: 1 });
    expect(job.last_error).toContain("boom");
    expect(job.run_after.getTime()).toBeGreaterThan(ctx.clock().getTime());
    // Not due yet: nothing runs.
    expect((await runPendingJobs(ctx.deps, { handlers: { "test.flaky": boom } })).retrying).toEqual(
      [],
    );
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      ctx.clock.advance(10 * 60_000);
      await runPendingJobs(ctx.deps, { handlers: { "test.flaky": boom } });
    }
    job = (await findJob(ctx.deps.db, id))!;
    expect(job).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS });
    expect(job.last_error).toContain("boom");
    expect(job.finished_at).not.toBeNull();
  });

  it("fails a job of unknown kind with a reason, and reclaims one a stopped worker left running", async () => {
    const unknown = await insertJob(ctx.deps.db, {
      kind: "no.such",
      payload: {},
      now: ctx.clock(),
    });
    const stuck = await insertJob(ctx.deps.db, { kind: "test.ok", payload: {}, now: ctx.clock() });
    await ctx.deps.db
      .updateTable("jobs")
      .set({
        state: "running",
        attempts: 1,
        started_at: new Date(ctx.clock().getTime() - 3_600_000),
      })
      .where("id", "=", stuck)
      .execute();
    const ran: unknown[] = [];
    const result = await runPendingJobs(ctx.deps, {
      handlers: { "test.ok": async (_d, p) => void ran.push(p) },
    });
    expect(result.failed).toContain(unknown);
    expect(result.done).toContain(stuck);
    expect((await findJob(ctx.deps.db, unknown))!.last_error).toContain(
      'no handler for job kind "no.such"',
    );
    expect(await findJob(ctx.deps.db, stuck)).toMatchObject({ state: "done", attempts: 2 });
  });
});
