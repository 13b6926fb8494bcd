/** Geo layers, their versions and the stored evaluations: rows in, rows out. */
import { sql, type Selectable, type SqlBool } from "kysely";
import type { LayerVersionUsed } from "../domain/geo/evaluation-record.js";
import type { LinealGeometry, PolygonalGeometry } from "../domain/geo/geojson.js";
import type { LayerKind, LayerStatus, LayerVersion, LineSideName } from "../domain/geo/layers.js";
import type { Db, Tx } from "./database.js";
import type { GeoEvaluationsTable, GeoLayersTable, GeoLayerVersionsTable } from "./schema.js";

export type LayerRow = Selectable<GeoLayersTable>;
export type VersionRow = Selectable<GeoLayerVersionsTable>;
export type EvaluationRow = Selectable<GeoEvaluationsTable>;
export type SubjectKind = "report" | "incident";

export function findLayer(db: Db | Tx, id: string): Promise<LayerRow | undefined> {
  return db.selectFrom("geo_layers").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listLayerRows(db: Db | Tx): Promise<LayerRow[]> {
  return db.selectFrom("geo_layers").selectAll().orderBy("created_at").orderBy("id").execute();
}

/** Every version's fields but its geometry, in layer and version order. */
export function listVersionRows(
  db: Db | Tx,
  layerId?: string,
): Promise<Omit<VersionRow, "geometry">[]> {
  let q = db
    .selectFrom("geo_layer_versions")
    .select([
      "id",
      "layer_id",
      "version",
      "valid_from",
      "valid_to",
      "status",
      "claimed_by",
      "source",
      "left_party",
      "right_party",
      "behind_side",
      "created_by",
      "created_at",
      "disputed",
      "adopted_by_decision_id",
    ]);
  if (layerId) q = q.where("layer_id", "=", layerId);
  return q.orderBy("layer_id").orderBy("version").execute();
}

export function findVersion(
  db: Db | Tx,
  layerId: string,
  version: number,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom("geo_layer_versions")
    .selectAll()
    .where("layer_id", "=", layerId)
    .where("version", "=", version)
    .executeTakeFirst();
}

/** A version as an evaluation names it, with its validity. */
export interface VersionMeta extends LayerVersionUsed {
  /** Part of the fingerprint: adoption turns a proposed version agreed (decision 0019). */
  status: LayerStatus;
  /** Part of the fingerprint: a proposed version's disputed parts may be marked again. */
  disputedHash: string | null;
  validFrom: Date;
  validTo: Date | null;
}

/** Every version of every layer, without geometry. */
export async function versionMetas(db: Db | Tx): Promise<VersionMeta[]> {
  const rows = await db
    .selectFrom("geo_layer_versions as v")
    .innerJoin("geo_layers as l", "l.id", "v.layer_id")
    .select([
      "v.id",
      "v.layer_id",
      "v.version",
      "v.valid_from",
      "v.valid_to",
      "v.status",
      "l.kind",
      "l.name",
      sql<string | null>`md5(v.disputed::text)`.as("disputed_hash"),
    ])
    .execute();
  return rows.map((r) => ({
    status: r.status as LayerStatus,
    disputedHash: r.disputed_hash,
    layerId: r.layer_id,
    versionId: r.id,
    version: r.version,
    kind: r.kind as LayerKind,
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

/** Full versions (with geometry) by id, joined with their layers. */
export async function versionsWithLayers(
  db: Db | Tx,
  ids: string[],
): Promise<{ version: VersionRow; layer: LayerRow }[]> {
  if (ids.length === 0) return [];
  const versions = await db
    .selectFrom("geo_layer_versions")
    .selectAll()
    .where("id", "in", ids)
    .execute();
  const layerIds = [...new Set(versions.map((v) => v.layer_id))];
  const layers = await db
    .selectFrom("geo_layers")
    .selectAll()
    .where("id", "in", layerIds)
    .execute();
  const byId = new Map(layers.map((l) => [l.id, l]));
  return versions.map((version) => ({ version, layer: byId.get(version.layer_id)! }));
}

/** A stored version as the geometry core reads it; the name comes from its layer. */
export function rowToLayerVersion(v: VersionRow, layer: LayerRow): LayerVersion {
  const common = {
    id: v.id,
    layerId: v.layer_id,
    name: layer.name,
    nameAr: layer.name_ar,
    status: v.status as LayerStatus,
    claimedBy: v.claimed_by,
    validFrom: v.valid_from,
    validTo: v.valid_to,
  };
  const kind = layer.kind as LayerKind;
  const lineal = v.geometry as LinealGeometry;
  const polygonal = v.geometry as PolygonalGeometry;
  switch (kind) {
    case "line_of_contact":
      return {
        ...common,
        kind,
        geometry: lineal,
        leftParty: v.left_party,
        rightParty: v.right_party,
        disputed: (v.disputed as LinealGeometry | null) ?? null,
      };
    case "withdrawal_line":
      return {
        ...common,
        kind,
        geometry: lineal,
        party: layer.party,
        weaponClasses: layer.weapon_classes,
        behindSide: (v.behind_side ?? "right") as LineSideName,
      };
    case "road":
      return { ...common, kind, geometry: lineal };
    case "area_of_control":
      return { ...common, kind, geometry: polygonal, party: layer.party ?? "" };
    default:
      return { ...common, kind, geometry: polygonal, party: layer.party };
  }
}

export function insertLayer(
  tx: Tx,
  l: {
    id: string;
    kind: LayerKind;
    name: string;
    nameAr: string | null;
    party: string | null;
    weaponClasses: string[];
    description: string | null;
    isDemo: boolean;
    createdBy: string | null;
    createdAt: Date;
  },
): Promise<LayerRow> {
  return tx
    .insertInto("geo_layers")
    .values({
      id: l.id,
      kind: l.kind,
      name: l.name,
      name_ar: l.nameAr,
      party: l.party,
      weapon_classes: l.weaponClasses,
      description: l.description,
      is_demo: l.isDemo,
      created_by: l.createdBy,
      created_at: l.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function insertVersion(
  tx: Tx,
  v: {
    id: string;
    layerId: string;
    version: number;
    validFrom: Date;
    validTo: Date | null;
    status: LayerStatus;
    claimedBy: string | null;
    source: string | null;
    geometry: LayerVersion["geometry"];
    leftParty: string | null;
    rightParty: string | null;
    behindSide: LineSideName | null;
    disputed?: LinealGeometry | null;
    createdBy: string | null;
    createdAt: Date;
  },
): Promise<VersionRow> {
  return tx
    .insertInto("geo_layer_versions")
    .values({
      id: v.id,
      layer_id: v.layerId,
      version: v.version,
      valid_from: v.validFrom,
      valid_to: v.validTo,
      status: v.status,
      claimed_by: v.claimedBy,
      source: v.source,
      geometry: JSON.stringify(v.geometry),
      left_party: v.leftParty,
      right_party: v.rightParty,
      behind_side: v.behindSide,
      disputed: v.disputed ? JSON.stringify(v.disputed) : null,
      created_by: v.createdBy,
      created_at: v.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Sets a version's end; returns its row. */
export function setVersionEnd(tx: Tx, id: string, validTo: Date): Promise<VersionRow> {
  return tx
    .updateTable("geo_layer_versions")
    .set({ valid_to: validTo })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A proposed version's disputed parts, marked again (decision 0019; the trigger allows it). */
export function setVersionDisputed(
  tx: Tx,
  id: string,
  disputed: LinealGeometry | null,
): Promise<VersionRow> {
  return tx
    .updateTable("geo_layer_versions")
    .set({ disputed: disputed ? JSON.stringify(disputed) : null })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The commission's adoption of a proposed version (decision 0019; the trigger allows it once). */
export function setVersionAgreed(
  tx: Tx,
  id: string,
  validFrom: Date,
  decisionId: string,
): Promise<VersionRow> {
  return tx
    .updateTable("geo_layer_versions")
    .set({ status: "agreed", valid_from: validFrom, adopted_by_decision_id: decisionId })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findVersionById(db: Db | Tx, id: string): Promise<VersionRow | undefined> {
  return db.selectFrom("geo_layer_versions").selectAll().where("id", "=", id).executeTakeFirst();
}

export function maxVersion(tx: Tx, layerId: string): Promise<number> {
  return tx
    .selectFrom("geo_layer_versions")
    .select(sql<number>`coalesce(max(version), 0)`.as("n"))
    .where("layer_id", "=", layerId)
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

/** Serialises layer-version writes and evaluation writes (see services/geo-evaluations.ts). */
export async function lockGeo(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(7261907)`.execute(tx);
}

export interface EvaluationWrite {
  kind: SubjectKind;
  id: string;
  at: Date;
  lat: number;
  lon: number;
  result: unknown;
  fingerprint: string;
  sideParty: string | null;
  distanceKm: number | null;
  nearestLineKm: number | null;
  areaParty: string | null;
  district: string | null;
  zoneLayerIds: string[];
  computedAt: Date;
}

export async function upsertEvaluations(tx: Tx, rows: EvaluationWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto("geo_evaluations")
    .values(
      rows.map((r) => ({
        subject_kind: r.kind,
        subject_id: r.id,
        at: r.at,
        lat: r.lat,
        lon: r.lon,
        result: JSON.stringify(r.result),
        layer_fingerprint: r.fingerprint,
        side_party: r.sideParty,
        distance_km: r.distanceKm,
        nearest_line_km: r.nearestLineKm,
        area_party: r.areaParty,
        district: r.district,
        zone_layer_ids: r.zoneLayerIds,
        computed_at: r.computedAt,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["subject_kind", "subject_id"]).doUpdateSet((eb) => ({
        at: eb.ref("excluded.at"),
        lat: eb.ref("excluded.lat"),
        lon: eb.ref("excluded.lon"),
        result: eb.ref("excluded.result"),
        layer_fingerprint: eb.ref("excluded.layer_fingerprint"),
        side_party: eb.ref("excluded.side_party"),
        distance_km: eb.ref("excluded.distance_km"),
        nearest_line_km: eb.ref("excluded.nearest_line_km"),
        area_party: eb.ref("excluded.area_party"),
        district: eb.ref("excluded.district"),
        zone_layer_ids: eb.ref("excluded.zone_layer_ids"),
        computed_at: eb.ref("excluded.computed_at"),
      })),
    )
    .execute();
}

export function evaluationsOf(
  db: Db | Tx,
  kind: SubjectKind,
  ids: string[],
): Promise<EvaluationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("geo_evaluations")
    .selectAll()
    .where("subject_kind", "=", kind)
    .where("subject_id", "in", ids)
    .execute();
}

/**
 * What a list needs of each evaluation (the place it names), read out of the stored result
 * rather than the whole result: an incident's evaluation is about 3 kB, its summary a tenth.
 */
export function evaluationSummariesOf(
  db: Db | Tx,
  kind: SubjectKind,
  ids: string[],
): Promise<
  {
    subject_id: string;
    at: Date;
    lat: number;
    lon: number;
    description: unknown;
    district: unknown;
    nearest: unknown;
  }[]
> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("geo_evaluations")
    .select(["subject_id", "at", "lat", "lon"])
    .select([
      sql<unknown>`result->'description'`.as("description"),
      sql<unknown>`result->'district'`.as("district"),
      sql<unknown>`result->'nearestPlaces'->0`.as("nearest"),
    ])
    .where("subject_kind", "=", kind)
    .where("subject_id", "in", ids)
    .execute();
}

export interface Subject {
  kind: SubjectKind;
  id: string;
  at: Date;
  lat: number;
  lon: number;
}

/**
 * Located records with no evaluation, or whose evaluation was made for another time or place
 * (an incident's window or location changes when reports are merged into it). Reports are
 * evaluated at occurred_from, incidents too.
 */
export async function subjectsToEvaluate(
  db: Db | Tx,
  kind: SubjectKind,
  limit: number,
): Promise<Subject[]> {
  const table = kind === "report" ? sql.table("reports") : sql.table("incidents");
  const { rows } = await sql<{ id: string; at: Date; lat: number; lon: number }>`
    SELECT s.id, s.occurred_from AS at, s.lat, s.lon FROM ${table} s
    LEFT JOIN geo_evaluations g ON g.subject_kind = ${kind} AND g.subject_id = s.id
    WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL
      AND (g.subject_id IS NULL OR g.at <> s.occurred_from OR g.lat <> s.lat OR g.lon <> s.lon)
    ORDER BY s.id
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ kind, ...r }));
}

/** Stored evaluations made for a time in [from, to), in keyset pages. */
export async function evaluationsInRange(
  db: Db | Tx,
  range: { from: Date; to: Date | null },
  after: { kind: string; id: string } | null,
  limit: number,
): Promise<Subject[]> {
  let q = db
    .selectFrom("geo_evaluations")
    .select(["subject_kind", "subject_id", "at", "lat", "lon"])
    .where("at", ">=", range.from);
  if (range.to) q = q.where("at", "<", range.to);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb("subject_kind", ">", after.kind),
        eb.and([eb("subject_kind", "=", after.kind), eb("subject_id", ">", after.id)]),
      ]),
    );
  }
  const rows = await q.orderBy("subject_kind").orderBy("subject_id").limit(limit).execute();
  return rows.map((r) => ({
    kind: r.subject_kind as SubjectKind,
    id: r.subject_id,
    at: r.at,
    lat: r.lat,
    lon: r.lon,
  }));
}

/** The spatial list filters (GET /reports, GET /incidents): all given must hold. */
export interface GeoFilter {
  /** Within this many km of the nearest valid line of contact. */
  nearLineKm?: number;
  /** Inside this zone (a layer id). */
  zone?: string;
  /** On this party's side of the line of contact. */
  side?: string;
  /** In this district: its id, or its English or Arabic name. */
  district?: string;
}

export function hasGeoFilter(f: GeoFilter | undefined): f is GeoFilter {
  return (
    !!f &&
    (f.nearLineKm !== undefined ||
      f.zone !== undefined ||
      f.side !== undefined ||
      f.district !== undefined)
  );
}

/**
 * A condition on a report or incident row: its stored evaluation matches the filter. Added to
 * the caller's scoped query, so it can only narrow what the caller may already see.
 */
export function geoFilterOn(kind: SubjectKind, table: "reports" | "incidents", f: GeoFilter) {
  const conditions = [sql`g.subject_kind = ${kind}`, sql`g.subject_id = ${sql.ref(`${table}.id`)}`];
  if (f.nearLineKm !== undefined) conditions.push(sql`g.nearest_line_km <= ${f.nearLineKm}`);
  if (f.side !== undefined) conditions.push(sql`g.side_party = ${f.side}`);
  if (f.zone !== undefined) conditions.push(sql`g.zone_layer_ids @> ARRAY[${f.zone}]::uuid[]`);
  if (f.district !== undefined) {
    conditions.push(sql`(g.district = ${f.district}
      OR lower(g.result->'district'->>'name') = ${f.district.toLowerCase()}
      OR g.result->'district'->>'nameAr' = ${f.district})`);
  }
  return sql<SqlBool>`EXISTS (SELECT 1 FROM geo_evaluations g WHERE ${sql.join(conditions, sql` AND `)})`;
}

/**
 * Stored evaluations whose nearest places name one of `placeIds`, at the time and point they
 * were made for, in keyset pages: a moved or merged place changes their distances and wording.
 */
export async function evaluationsNamingPlaces(
  db: Db | Tx,
  placeIds: readonly string[],
  after: { kind: string; id: string } | null,
  limit: number,
): Promise<Subject[]> {
  if (placeIds.length === 0) return [];
  const { rows } = await sql<{ kind: string; id: string; at: Date; lat: number; lon: number }>`
    SELECT g.subject_kind AS kind, g.subject_id AS id, g.at, g.lat, g.lon FROM geo_evaluations g
    WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(g.result->'nearestPlaces') p
                  WHERE p->>'placeId' = ANY(${[...placeIds]}::text[]))
      ${after ? sql`AND (g.subject_kind, g.subject_id) > (${after.kind}, ${after.id})` : sql``}
    ORDER BY g.subject_kind, g.subject_id
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, kind: r.kind as SubjectKind }));
}

/**
 * Stored evaluations made at points inside a box, with the distances of the nearest places they
 * list, a page at a time (for a place added nearby).
 */
export async function evaluationsInBox(
  db: Db | Tx,
  box: { minLat: number; maxLat: number; minLon: number; maxLon: number },
  after: { kind: string; id: string } | null,
  limit: number,
): Promise<(Subject & { listedKm: number[] })[]> {
  const { rows } = await sql<{
    kind: string;
    id: string;
    at: Date;
    lat: number;
    lon: number;
    listed_km: number[] | null;
  }>`
    SELECT g.subject_kind AS kind, g.subject_id AS id, g.at, g.lat, g.lon,
      (SELECT array_agg((p->>'distanceKm')::float8)
       FROM jsonb_array_elements(g.result->'nearestPlaces') p) AS listed_km
    FROM geo_evaluations g
    WHERE g.lat BETWEEN ${box.minLat} AND ${box.maxLat}
      AND g.lon BETWEEN ${box.minLon} AND ${box.maxLon}
      ${after ? sql`AND (g.subject_kind, g.subject_id) > (${after.kind}, ${after.id})` : sql``}
    ORDER BY g.subject_kind, g.subject_id
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({
    kind: r.kind as SubjectKind,
    id: r.id,
    at: r.at,
    lat: r.lat,
    lon: r.lon,
    listedKm: (r.listed_km ?? []).map(Number),
  }));
}

/** The commission decisions adopting these versions (decision 0019), newest first, with their
 * meetings' references. */
export function adoptionDecisionRows(db: Db | Tx, versionIds: string[]) {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("commission_decisions as d")
    .innerJoin("commission_meetings as m", "m.id", "d.meeting_id")
    .select([
      "d.id",
      "d.adopts_layer_version_id as version_id",
      "d.adopts_from",
      "d.status",
      "d.effective_at",
      "d.version",
      "m.id as meeting_id",
      "m.reference as meeting_reference",
    ])
    .where("d.adopts_layer_version_id", "in", versionIds)
    .orderBy("d.proposed_at", "desc")
    .orderBy("d.version", "desc")
    .execute();
}

/** Layer versions a commission decision adopts, with their layers' names (decision 0019). */
export function adoptedVersionRows(db: Db | Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("geo_layer_versions as v")
    .innerJoin("geo_layers as l", "l.id", "v.layer_id")
    .select(["v.id", "v.layer_id", "v.version", "l.name", "l.name_ar"])
    .where("v.id", "in", ids)
    .execute();
}

/** A decision awaiting signatures that would adopt this version (decision 0019). */
export function pendingAdoption(db: Db | Tx, versionId: string) {
  return db
    .selectFrom("commission_decisions")
    .select(["id", "meeting_id"])
    .where("adopts_layer_version_id", "=", versionId)
    .where("status", "=", "proposed")
    .executeTakeFirst();
}
