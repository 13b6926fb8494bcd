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
    mergedInto: r.merged_into,
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

/** Which of `ids` are stored already (merged or not). */
export async function existingPlaceIds(db: Db | Tx, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += INSERT_BATCH) {
    const rows = await db
      .selectFrom("places")
      .select("id")
      .where("id", "in", ids.slice(i, i + INSERT_BATCH))
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
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

export async function insertPlaces(tx: Tx, places: readonly Place[], at: Date): Promise<void> {
  for (let i = 0; i < places.length; i += INSERT_BATCH) {
    await tx
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
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
}

export async function updatePlacePosition(
  tx: Tx,
  id: string,
  position: { lat: number; lon: number; approximate: boolean },
  at: Date,
): Promise<void> {
  await tx
    .updateTable("places")
    .set({ ...position, updated_at: at })
    .where("id", "=", id)
    .execute();
}

export async function updatePlaceNames(
  tx: Tx,
  id: string,
  names: { variants: string[]; sources: string[] },
  at: Date,
): Promise<void> {
  await tx
    .updateTable("places")
    .set({ variants: names.variants, sources: names.sources, updated_at: at })
    .where("id", "=", id)
    .execute();
}

/**
 * Marks `fromId` merged into `intoId`, and so every place merged into `fromId` before: a place id
 * a report recorded leads to the survivor in one step.
 */
export async function markMerged(tx: Tx, fromId: string, intoId: string, at: Date): Promise<void> {
  await tx
    .updateTable("places")
    .set({ merged_into: intoId, updated_at: at })
    .where((eb) => eb.or([eb("id", "=", fromId), eb("merged_into", "=", fromId)]))
    .execute();
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
