/** The gazetteer's places: rows in, places out. */
import { sql, type Selectable } from "kysely";
import type { Place, PlaceKind } from "../domain/geo/gazetteer.js";
import type { Db, Tx } from "./database.js";
import type { PlacesTable } from "./schema.js";

type PlaceRow = Selectable<PlacesTable>;

/** A place as stored: the gazetteer's fields, and what became of it. */
export interface PlaceRecord extends Place {
  /** The place this one was merged into, as a duplicate; null while it is a place of its own. */
  mergedInto: string | null;
  /** Ids of the same place in other sources ("geonames:2210247"), learnt when an import matched it. */
  sourceIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

// Rows per INSERT: 13 parameters each, well under the 65,535 a statement may carry.
const INSERT_BATCH = 500;

function rowToPlace(r: PlaceRow): PlaceRecord {
  return {
    id: r.id,
    name: r.name,
    nameAr: r.name_ar,
    variants: r.variants,
    lat: r.lat,
    lon: r.lon,
    kind: r.kind as PlaceKind,
    population: r.population,
    approximate: r.approximate,
    sources: r.sources,
    ...(r.district ? { districtId: r.district } : {}),
    ...(r.authoritative_name ? { authoritativeName: r.authoritative_name as "ar" | "latin" } : {}),
    mergedInto: r.merged_into,
    sourceIds: r.source_ids,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The number every change to the places raises (a trigger): whether a kept index is current. */
export async function gazetteerVersion(db: Db | Tx): Promise<number> {
  const row = await db.selectFrom("gazetteer_state").select("version").executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Every place of its own (not merged into another), in id order, and the version read with them. */
export async function activePlaces(db: Db): Promise<{ version: number; places: PlaceRecord[] }> {
  // One transaction, so the version names exactly the places read.
  return db.transaction().execute(async (tx) => {
    const version = await gazetteerVersion(tx);
    const rows = await tx
      .selectFrom("places")
      .selectAll()
      .where("merged_into", "is", null)
      .orderBy("id")
      .execute();
    return { version, places: rows.map(rowToPlace) };
  });
}

export async function findPlace(db: Db | Tx, id: string): Promise<PlaceRecord | undefined> {
  const row = await db.selectFrom("places").selectAll().where("id", "=", id).executeTakeFirst();
  return row && rowToPlace(row);
}

/** The place row, locked until the transaction ends (a correction or merge changes it). */
export async function lockPlace(tx: Tx, id: string): Promise<PlaceRecord | undefined> {
  const row = await tx
    .selectFrom("places")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return row && rowToPlace(row);
}

export async function placesByIds(db: Db | Tx, ids: readonly string[]): Promise<PlaceRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("places")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
  return rows.map(rowToPlace);
}

/** Places of their own by name, for a list without a search. */
export async function listPlacesByName(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ total: number; places: PlaceRecord[] }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom("places")
      .selectAll()
      .where("merged_into", "is", null)
      .orderBy(sql`lower(name)`)
      .orderBy("id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom("places")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("merged_into", "is", null)
      .executeTakeFirstOrThrow(),
  ]);
  return { total: Number(count.n), places: rows.map(rowToPlace) };
}

/** A written row as to_jsonb() gives it: its audit row hash is taken from it (decision 0001). */
export interface WrittenRow {
  id: string;
  jsonb: unknown;
}

const rowJsonb = sql<unknown>`to_jsonb(places)`.as("jsonb");

export async function insertPlaces(
  tx: Tx,
  places: readonly Place[],
  at: Date,
): Promise<WrittenRow[]> {
  const written: WrittenRow[] = [];
  for (let i = 0; i < places.length; i += INSERT_BATCH) {
    const rows = await tx
      .insertInto("places")
      .values(
        places.slice(i, i + INSERT_BATCH).map((p) => ({
          id: p.id,
          name: p.name,
          name_ar: p.nameAr,
          variants: p.variants,
          lat: p.lat,
          lon: p.lon,
          kind: p.kind,
          population: p.population,
          approximate: p.approximate,
          district: p.districtId ?? null,
          sources: p.sources,
          authoritative_name: p.authoritativeName ?? null,
          created_at: at,
          updated_at: at,
        })),
      )
      .returning(["id", rowJsonb])
      .execute();
    written.push(...rows);
  }
  return written;
}

export async function updatePlacePosition(
  tx: Tx,
  id: string,
  position: { lat: number; lon: number; approximate: boolean },
  at: Date,
): Promise<WrittenRow[]> {
  return tx
    .updateTable("places")
    .set({ ...position, updated_at: at })
    .where("id", "=", id)
    .returning(["id", rowJsonb])
    .execute();
}

export async function updatePlaceNames(
  tx: Tx,
  id: string,
  names: { variants: string[]; sources: string[]; sourceIds?: string[] },
  at: Date,
): Promise<WrittenRow[]> {
  return tx
    .updateTable("places")
    .set({
      variants: names.variants,
      sources: names.sources,
      ...(names.sourceIds ? { source_ids: names.sourceIds } : {}),
      updated_at: at,
    })
    .where("id", "=", id)
    .returning(["id", rowJsonb])
    .execute();
}

/**
 * Marks `fromId` merged into `intoId`, and so every place merged into `fromId` before: a place id
 * a report recorded leads to the survivor in one step.
 */
export async function markMerged(
  tx: Tx,
  fromId: string,
  intoId: string,
  at: Date,
): Promise<WrittenRow[]> {
  return tx
    .updateTable("places")
    .set({ merged_into: intoId, updated_at: at })
    .where((eb) => eb.or([eb("id", "=", fromId), eb("merged_into", "=", fromId)]))
    .returning(["id", rowJsonb])
    .execute();
}

/** The ids of the places merged into `id` (they lead to it). */
export async function idsMergedInto(db: Db | Tx, id: string): Promise<string[]> {
  const rows = await db.selectFrom("places").select("id").where("merged_into", "=", id).execute();
  return rows.map((r) => r.id);
}

/**
 * Which of `ids` the gazetteer knows, as a place's own id or as an id the place has in another
 * source (`source_ids`): incoming id → the place's id.
 */
export async function placesKnownAs(
  db: Db | Tx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < ids.length; i += INSERT_BATCH) {
    const batch = ids.slice(i, i + INSERT_BATCH);
    const rows = await db
      .selectFrom("places")
      .select(["id", "source_ids"])
      .where((eb) =>
        eb.or([eb("id", "in", batch), sql<boolean>`source_ids && ${sql.val(batch)}::text[]`]),
      )
      .execute();
    const wanted = new Set(batch);
    for (const r of rows) {
      if (wanted.has(r.id)) found.set(r.id, r.id);
      for (const other of r.source_ids)
        if (wanted.has(other) && !found.has(other)) found.set(other, r.id);
    }
  }
  return found;
}

/** Every place of its own with its ids in other sources, inside a transaction (import matching). */
export async function placesToMatch(tx: Tx): Promise<PlaceRecord[]> {
  const rows = await tx.selectFrom("places").selectAll().where("merged_into", "is", null).execute();
  return rows.map(rowToPlace);
}

/**
 * Moves the coordinates of the reports located from the gazetteer by one of `placeIds` (their
 * `place_candidates[0]`) to `to`, and those of their incidents still at `from` (an incident takes
 * its first located report's position). A report's coordinates given by its filer never move.
 */
export async function moveGazetteerLocated(
  tx: Tx,
  placeIds: readonly string[],
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
  at: Date,
): Promise<{ reports: WrittenRow[]; incidents: WrittenRow[] }> {
  if (placeIds.length === 0) return { reports: [], incidents: [] };
  const { rows: reports } = await sql<WrittenRow & { incident_id: string | null }>`
    UPDATE reports SET lat = ${to.lat}::float8, lon = ${to.lon}::float8,
      place_candidates = jsonb_set(jsonb_set(place_candidates,
        '{0,lat}', to_jsonb(${to.lat}::float8)), '{0,lon}', to_jsonb(${to.lon}::float8))
    WHERE location_source = 'gazetteer'
      AND place_candidates->0->>'placeId' = ANY(${[...placeIds]}::text[])
      AND (lat <> ${to.lat}::float8 OR lon <> ${to.lon}::float8)
    RETURNING id::text AS id, to_jsonb(reports) AS jsonb, incident_id::text AS incident_id`.execute(
    tx,
  );
  const incidentIds = [...new Set(reports.flatMap((r) => (r.incident_id ? [r.incident_id] : [])))];
  if (incidentIds.length === 0) return { reports, incidents: [] };
  const { rows: incidents } = await sql<WrittenRow>`
    UPDATE incidents SET lat = ${to.lat}::float8, lon = ${to.lon}::float8, updated_at = ${at}
    WHERE id::text = ANY(${incidentIds}::text[])
      AND lat = ${from.lat}::float8 AND lon = ${from.lon}::float8
    RETURNING id::text AS id, to_jsonb(incidents) AS jsonb`.execute(tx);
  return { reports: reports.map(({ id, jsonb }) => ({ id, jsonb })), incidents };
}

/** A place as the map names it. */
export interface PlaceLabelRow {
  id: string;
  name: string;
  nameAr: string | null;
  lat: number;
  lon: number;
  kind: PlaceKind;
  population: number | null;
}

/**
 * Places of their own in the box [west, south, east, north] of these kinds, the most important
 * first (the kind's rank, then population, then name), at most `limit`.
 */
export async function placesInBox(
  db: Db | Tx,
  box: readonly [number, number, number, number],
  kinds: readonly PlaceKind[],
  rank: Readonly<Record<PlaceKind, number>>,
  limit: number,
): Promise<PlaceLabelRow[]> {
  if (kinds.length === 0) return [];
  const [w, s, e, n] = box;
  const rankOf = sql<number>`CASE places.kind ${sql.join(
    kinds.map((k) => sql`WHEN ${k} THEN ${rank[k]}::int`),
    sql` `,
  )} END`;
  const rows = await db
    .selectFrom("places")
    .select(["id", "name", "name_ar", "lat", "lon", "kind", "population"])
    .where("merged_into", "is", null)
    .where("kind", "in", kinds)
    .where("lon", ">=", w)
    .where("lon", "<=", e)
    .where("lat", ">=", s)
    .where("lat", "<=", n)
    .orderBy(rankOf)
    .orderBy(sql`places.population DESC NULLS LAST`)
    .orderBy("name")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    nameAr: r.name_ar,
    lat: r.lat,
    lon: r.lon,
    kind: r.kind as PlaceKind,
    population: r.population === null ? null : Number(r.population),
  }));
}
