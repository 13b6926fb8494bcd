/**
 * Stored evaluations: every located report and incident is evaluated against the layer versions
 * valid at its time (occurred_from), and the result is kept with it. Intake does not wait for
 * this: the job runner sweeps records without a current evaluation, and a `geo.recompute` job
 * re-evaluates the records a layer change touches (decision 0004).
 *
 * Writes take one advisory lock that layer-version writes also take, so an evaluation computed
 * against the old versions can never be stored after the recompute that should replace it.
 */
import { createHash } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import {
  evaluationColumns,
  evaluationRecord,
  type EvaluationRecord,
  type GeoSummary,
  type SubjectGeo,
  type SubjectGeoSummary,
} from "../domain/geo/evaluation-record.js";
import {
  evaluatePoint,
  mayBeAmongNearest,
  NEAREST_PLACE_MAX_KM,
  prepareEvaluation,
  type PreparedEvaluation,
} from "../domain/geo/evaluate.js";
import { isValidAt } from "../domain/geo/layers.js";
import type { Gazetteer } from "../domain/geo/gazetteer.js";
import type { MissionGeography } from "../domain/geo/mission-geography.js";
import type { Actor } from "../domain/roles.js";
import {
  evaluationsInBox,
  evaluationsInRange,
  evaluationsNamingPlaces,
  evaluationSummariesOf,
  evaluationsOf,
  lockGeo,
  rowToLayerVersion,
  subjectsToEvaluate,
  upsertEvaluations,
  versionMetas,
  versionsWithLayers,
  type EvaluationWrite,
  type Subject,
  type SubjectKind,
  type VersionMeta,
} from "../store/geo-repo.js";
import { requireUser } from "./access.js";
import { inTransaction, type Db, type Deps, type Tx } from "./deps.js";

/** One version per layer valid at `at` (versions of a layer never overlap; see geo.ts), and
 * every proposed version valid then (they stand beside the timeline, decision 0019). */
function validAt(meta: readonly VersionMeta[], at: Date): VersionMeta[] {
  return meta
    .filter((m) => isValidAt(m, at))
    .sort((a, b) => (a.layerId < b.layerId ? -1 : a.layerId > b.layerId ? 1 : 0));
}

/** The version ids, a proposed one marked: its adoption changes its status, not its id, and
 * marking its disputed parts changes them, not its id. */
function fingerprintOf(set: readonly VersionMeta[]): string {
  const ids = set
    .map((m) =>
      m.status === "proposed" ? `${m.versionId}:p:${m.disputedHash ?? ""}` : m.versionId,
    )
    .sort();
  return createHash("sha256").update(ids.join(",")).digest("hex").slice(0, 32);
}

// Prepared evaluations by the set of versions they hold. A version's content never changes, so
// an entry is never wrong for the geography it was prepared with (the one a process serves; a test
// may serve another); the cache is emptied when versions change only to free memory.
const MAX_PREPARED = 16;
const prepared = new Map<
  string,
  { geography: MissionGeography; gazetteer: Gazetteer; evaluation: PreparedEvaluation }
>();

export function forgetPreparedEvaluations(): void {
  prepared.clear();
}

/** The database (or transaction) the layers are read from, and the geography evaluated in. */
interface Where {
  db: Db | Tx;
  geography: MissionGeography;
}

async function preparedFor(
  { db, geography }: Where,
  set: readonly VersionMeta[],
  fingerprint: string,
  at: Date,
): Promise<PreparedEvaluation> {
  const hit = prepared.get(fingerprint);
  // The same geography with a rebuilt gazetteer (a place added or moved) prepares anew.
  const gazetteer = geography.gazetteer();
  if (hit?.geography === geography && hit.gazetteer === gazetteer) {
    prepared.delete(fingerprint);
    prepared.set(fingerprint, hit);
    return hit.evaluation;
  }
  const rows = await versionsWithLayers(
    db,
    set.map((m) => m.versionId),
  );
  const made = prepareEvaluation(
    rows.map((r) => rowToLayerVersion(r.version, r.layer)),
    at,
    { gazetteer, districts: geography.districts() },
  );
  prepared.delete(fingerprint);
  prepared.set(fingerprint, { geography, gazetteer, evaluation: made });
  if (prepared.size > MAX_PREPARED) prepared.delete(prepared.keys().next().value!);
  return made;
}

async function evaluateWith(
  where: Where,
  meta: readonly VersionMeta[],
  at: Date,
  lat: number,
  lon: number,
): Promise<{ record: EvaluationRecord; fingerprint: string }> {
  const set = validAt(meta, at);
  const fingerprint = fingerprintOf(set);
  const p = await preparedFor(where, set, fingerprint, at);
  const used = set.map(({ validFrom: _f, validTo: _t, status: _s, disputedHash: _d, ...u }) => u);
  return { record: evaluationRecord(evaluatePoint(p, lat, lon), used), fingerprint };
}

/** Ad hoc: a point at a time, against the layers valid then (GET /geo/evaluate). */
export async function evaluateLocation(
  deps: Deps,
  actor: Actor,
  input: { lat: number; lon: number; at?: Date },
): Promise<EvaluationRecord & { at: Date }> {
  requireUser(actor);
  const at = input.at ?? deps.clock();
  await deps.geography.refresh();
  const meta = await versionMetas(deps.db);
  const { record } = await evaluateWith(deps, meta, at, input.lat, input.lon);
  return { ...record, at };
}

/** Evaluates and stores these records, in one transaction under the geo lock. */
async function evaluateSubjects(deps: Deps, subjects: Subject[]): Promise<number> {
  if (subjects.length === 0) return 0;
  await deps.geography.refresh();
  return inTransaction(deps, async (tx) => {
    await lockGeo(tx);
    const meta = await versionMetas(tx);
    const computedAt = deps.clock();
    const rows: EvaluationWrite[] = [];
    for (const s of subjects) {
      const where = { db: tx, geography: deps.geography };
      const { record, fingerprint } = await evaluateWith(where, meta, s.at, s.lat, s.lon);
      rows.push({ ...s, result: record, fingerprint, computedAt, ...evaluationColumns(record) });
    }
    await upsertEvaluations(tx, rows);
    return rows.length;
  });
}

const BATCH = 200;

/**
 * Evaluates located records that have no current evaluation, a batch at a time, up to
 * `maxBatches`; `done` is false when more may remain.
 */
export async function sweepUnevaluated(
  deps: Deps,
  opts: { batchSize?: number; maxBatches?: number } = {},
): Promise<{ evaluated: number; done: boolean }> {
  const size = opts.batchSize ?? BATCH;
  const maxBatches = opts.maxBatches ?? 10;
  let evaluated = 0;
  let batches = 0;
  for (const kind of ["report", "incident"] as const) {
    for (;;) {
      if (batches >= maxBatches) return { evaluated, done: false };
      const subjects = await subjectsToEvaluate(deps.db, kind, size);
      evaluated += await evaluateSubjects(deps, subjects);
      batches++;
      if (subjects.length < size) break;
    }
  }
  return { evaluated, done: true };
}

/** Evaluates every located record that needs it, however many (the demo seed, `cfm` tools). */
export async function evaluateAllPending(deps: Deps): Promise<number> {
  let total = 0;
  for (;;) {
    const { evaluated, done } = await sweepUnevaluated(deps, { maxBatches: 50 });
    total += evaluated;
    if (done) return total;
  }
}

/** Re-evaluates the stored evaluations made for a time in [from, to). */
async function recomputeEvaluations(
  deps: Deps,
  range: { from: Date; to: Date | null },
): Promise<number> {
  let after: { kind: string; id: string } | null = null;
  let total = 0;
  for (;;) {
    const subjects = await evaluationsInRange(deps.db, range, after, BATCH);
    total += await evaluateSubjects(deps, subjects);
    const last = subjects[subjects.length - 1];
    if (!last || subjects.length < BATCH) return total;
    after = { kind: last.kind, id: last.id };
  }
}

export const GEO_RECOMPUTE_JOB = "geo.recompute";

export interface GeoRecomputePayload {
  layerId: string;
  /** ISO 8601: the time range whose evaluations the change may alter. */
  from: string;
  to: string | null;
}

/** The `geo.recompute` job: payload as enqueued by a layer-version change. */
export async function geoRecomputeJob(deps: Deps, payload: unknown): Promise<void> {
  const p = payload as Partial<GeoRecomputePayload> | null;
  const from = new Date(p?.from ?? "");
  const to = p?.to ? new Date(p.to) : null;
  if (Number.isNaN(from.getTime()) || (to && Number.isNaN(to.getTime()))) {
    throw new DomainError("validation_failed", `geo.recompute: bad payload ${JSON.stringify(p)}`);
  }
  await recomputeEvaluations(deps, { from, to });
}

export const PLACE_MOVED_JOB = "geo.place_moved";

export interface PlaceMovedPayload {
  /** The places moved or merged away (with the places merged into them before). */
  placeIds: string[];
}

/**
 * The `geo.place_moved` job, enqueued by a position correction or a merge in its transaction
 * (decision 0013): first the records located by the place, whose coordinates moved with it (and
 * any other record awaiting evaluation), then every stored evaluation that names the place among
 * its nearest places, so "3 km N of …" and the distances are measured from where it now is.
 * A job and not the correction's transaction: it needs the place index rebuilt from the
 * committed places, and a town's neighbourhood can hold thousands of evaluations.
 */
export async function placeMovedJob(deps: Deps, payload: unknown): Promise<void> {
  const p = payload as Partial<PlaceMovedPayload> | null;
  const placeIds = p?.placeIds;
  if (!Array.isArray(placeIds) || !placeIds.every((id) => typeof id === "string")) {
    throw new DomainError("validation_failed", `geo.place_moved: bad payload ${JSON.stringify(p)}`);
  }
  await deps.geography.refresh({ changed: true });
  await evaluateAllPending(deps);
  let after: { kind: string; id: string } | null = null;
  for (;;) {
    const subjects = await evaluationsNamingPlaces(deps.db, placeIds, after, BATCH);
    await evaluateSubjects(deps, subjects);
    const last = subjects[subjects.length - 1];
    if (!last || subjects.length < BATCH) return;
    after = { kind: last.kind, id: last.id };
  }
}

export const PLACE_ADDED_JOB = "geo.place_added";

export interface PlaceAddedPayload {
  /** Where the places added are. */
  points: { lat: number; lon: number }[];
}

/**
 * The `geo.place_added` job, enqueued by adding places (one, or an import's) in their
 * transaction: the stored evaluations near an added place whose nearest places it may now be
 * among ("3 km N of" the new village rather than 20 km from the town) are evaluated again.
 */
export async function placeAddedJob(deps: Deps, payload: unknown): Promise<void> {
  const p = payload as Partial<PlaceAddedPayload> | null;
  const points = p?.points;
  if (
    !Array.isArray(points) ||
    !points.every((x) => Number.isFinite(x?.lat) && Number.isFinite(x?.lon))
  ) {
    throw new DomainError("validation_failed", `geo.place_added: bad payload ${JSON.stringify(p)}`);
  }
  await deps.geography.refresh({ changed: true });
  for (const place of points) {
    const dLat = NEAREST_PLACE_MAX_KM / 111;
    const dLon =
      NEAREST_PLACE_MAX_KM / (111 * Math.max(0.01, Math.cos((place.lat * Math.PI) / 180)));
    const box = {
      minLat: place.lat - dLat,
      maxLat: place.lat + dLat,
      minLon: place.lon - dLon,
      maxLon: place.lon + dLon,
    };
    let after: { kind: string; id: string } | null = null;
    for (;;) {
      const page = await evaluationsInBox(deps.db, box, after, BATCH);
      await evaluateSubjects(
        deps,
        page
          .filter((s) => mayBeAmongNearest(s, s.listedKm, place))
          .map((s) => ({ kind: s.kind, id: s.id, at: s.at, lat: s.lat, lon: s.lon })),
      );
      const last = page[page.length - 1];
      if (!last || page.length < BATCH) break;
      after = { kind: last.kind, id: last.id };
    }
  }
}

type Located = { id: string; occurredFrom: Date; location?: { lat: number; lon: number } | null };
type Stored = { subject_id: string; at: Date; lat: number; lon: number };

/**
 * Each item's stored evaluation read by `read` (for the located ones), made into what the item
 * carries by `evaluated`; "pending" when there is none yet or it was made for another time or
 * place than the record's current one, "no_location" without coordinates.
 */
async function storedFor<T extends Located, R extends Stored, G>(
  items: T[],
  read: (ids: string[]) => Promise<R[]>,
  evaluated: (row: R) => G,
): Promise<(G | { status: "pending" } | { status: "no_location" })[]> {
  const rows = await read(items.filter((i) => i.location).map((i) => i.id));
  const byId = new Map(rows.map((r) => [r.subject_id, r]));
  return items.map((item) => {
    if (!item.location) return { status: "no_location" };
    const row = byId.get(item.id);
    const current =
      row &&
      row.at.getTime() === item.occurredFrom.getTime() &&
      row.lat === item.location.lat &&
      row.lon === item.location.lon;
    return current ? evaluated(row) : { status: "pending" };
  });
}

/** The stored evaluation of each record, for presenting (storedFor). */
export async function withGeo<T extends Located>(
  db: Db,
  kind: SubjectKind,
  items: T[],
): Promise<(T & { geo: SubjectGeo })[]> {
  const geos = await storedFor(
    items,
    (ids) => evaluationsOf(db, kind, ids),
    (row): SubjectGeo => ({
      status: "evaluated",
      record: row.result as EvaluationRecord,
      at: row.at,
      evaluatedAt: row.computed_at,
    }),
  );
  return items.map((item, i) => ({ ...item, geo: geos[i]! }));
}

/** What a list shows of each record's stored evaluation (withGeo for the record's own page). */
export async function withGeoSummary<T extends Located>(
  db: Db,
  kind: SubjectKind,
  items: T[],
): Promise<(T & { geoSummary: SubjectGeoSummary })[]> {
  const summaries = await storedFor(
    items,
    (ids) => evaluationSummariesOf(db, kind, ids),
    (row): SubjectGeoSummary => ({
      status: "evaluated",
      summary: {
        description: (row.description ?? null) as GeoSummary["description"],
        district: (row.district ?? null) as GeoSummary["district"],
        nearestPlaces: (row.nearest ? [row.nearest] : []) as GeoSummary["nearestPlaces"],
      },
    }),
  );
  return items.map((item, i) => ({ ...item, geoSummary: summaries[i]! }));
}
