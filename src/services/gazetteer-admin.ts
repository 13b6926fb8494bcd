/**
 * Keeping the gazetteer: importing place files, adding a place, correcting a position and merging
 * duplicates. Each change is one transaction with its audit entry, and the search index of this
 * process is refreshed once it commits, so place search and intake see it at once.
 */
import { createHash, randomBytes } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import {
  placeProblems,
  parsePlaceFile,
  type PlaceFileFormat,
  type PlaceFileProblem,
} from "../domain/geo/place-files.js";
import { placeMatcher } from "../domain/geo/place-matching.js";
import type { Place, PlaceKind, PlaceNameScript } from "../domain/geo/gazetteer.js";
import { GAZETTEER_CURATORS, GAZETTEER_EDITORS, type Actor } from "../domain/roles.js";
import {
  findPlace,
  idsMergedInto,
  insertPlaces,
  listPlacesByName,
  lockPlace,
  markMerged,
  moveGazetteerLocated,
  placesByIds,
  placesKnownAs,
  placesToMatch,
  updatePlaceNames,
  updatePlacePosition,
  type PlaceRecord,
  type WrittenRow,
} from "../store/places-repo.js";
import { insertJob } from "../store/jobs-repo.js";
import { requireRole } from "./access.js";
import { appendAudit, type AuditInput } from "./audit.js";
import {
  PLACE_ADDED_JOB,
  PLACE_MOVED_JOB,
  type PlaceAddedPayload,
  type PlaceMovedPayload,
} from "./geo-evaluations.js";
import { inTransaction, type Deps } from "./deps.js";
import { searchPlaces } from "./places.js";

export type { PlaceRecord };

/** Operators' scripts (`cfm`, mission set-up) act as the system; people by their role. */
function requireCurator(actor: Actor, doing: string): void {
  if (actor.kind !== "system") requireRole(actor, GAZETTEER_CURATORS, doing);
}

function requireEditor(actor: Actor, doing: string): void {
  if (actor.kind !== "system") requireRole(actor, GAZETTEER_EDITORS, doing);
}

export interface GazetteerImport {
  fileName: string;
  format: PlaceFileFormat;
  /** Places new to the gazetteer, written by this import. */
  added: number;
  /** Places whose id the gazetteer holds already: left as they are (corrections are kept). */
  existing: number;
  /**
   * Places the gazetteer holds under another source's id (same name nearby): not added again;
   * the held place gains their names and id, and keeps its position.
   */
  matched: number;
  /** Rows left out that are no mistake (no name in any script), with their lines. */
  skipped: PlaceFileProblem[];
}

/**
 * Imports a file of places (format told from its name and content). Any problem refuses the
 * whole file, listing every problem with its line; otherwise the places not yet held are added
 * in one transaction with one audit entry. Importing the same file again adds nothing.
 */
export async function importGazetteerFile(
  deps: Deps,
  actor: Actor,
  file: { fileName: string; text: string },
): Promise<GazetteerImport> {
  requireCurator(actor, "import places into the gazetteer");
  const read = parsePlaceFile(file.fileName, file.text);
  if (read.problems.length) {
    const first = read.problems[0]!;
    throw new DomainError(
      "validation_failed",
      `${file.fileName}${first.line ? `, line ${first.line}` : ""}: ${first.message}` +
        (read.problems.length > 1 ? ` (and ${read.problems.length - 1} more problems)` : ""),
      { field: "text", fileName: file.fileName, problems: read.problems.slice(0, 200) },
    );
  }
  const at = deps.clock();
  const result = await inTransaction(deps, async (tx) => {
    const held = await placesKnownAs(
      tx,
      read.places.map((p) => p.place.id),
    );
    const incoming = read.places.map((p) => p.place).filter((p) => !held.has(p.id));
    // A place held under another source's id is not added twice (decision 0013).
    const matcher = placeMatcher(incoming.length ? await placesToMatch(tx) : []);
    const fresh: Place[] = [];
    const matches = new Map<string, { place: PlaceRecord; ids: Place[] }>();
    for (const place of incoming) {
      const same = matcher.match(place);
      if (!same) fresh.push(place);
      else
        matches.set(same.id, { place: same, ids: [...(matches.get(same.id)?.ids ?? []), place] });
    }
    const written = await insertPlaces(tx, fresh, at);
    const job = fresh.length ? await placesAdded(tx, fresh, at) : null;
    for (const { place, ids } of matches.values()) {
      const own = new Set([place.name, place.nameAr].filter(Boolean));
      const names = ids.flatMap((p) => [p.name, p.nameAr ?? "", ...p.variants]);
      written.push(
        ...(await updatePlaceNames(
          tx,
          place.id,
          {
            variants: distinct([...place.variants, ...names.filter((n) => !own.has(n))]),
            sources: distinct([...place.sources, ...ids.flatMap((p) => p.sources)]),
            sourceIds: distinct([...place.sourceIds, ...ids.map((p) => p.id)]),
          },
          at,
        )),
      );
    }
    const summary = {
      fileName: file.fileName,
      format: read.format,
      added: fresh.length,
      existing: held.size,
      matched: incoming.length - fresh.length,
      skipped: read.skipped,
    };
    await appendAudit(tx, {
      actor,
      action: "gazetteer.imported",
      subject: `gazetteer:${file.fileName}`,
      at,
      rows: placeRows(written),
      details: {
        ...summary,
        skipped: read.skipped.length,
        // What was read, so the import can be checked against the file kept elsewhere.
        sha256: createHash("sha256").update(file.text).digest("hex"),
        addedIds: fresh.map((p) => p.id),
        reevaluationJob: job,
        matchedIds: Object.fromEntries(
          [...matches.values()].flatMap(({ place, ids }) => ids.map((p) => [p.id, place.id])),
        ),
      },
    });
    return summary;
  });
  await placesChanged(deps);
  return result;
}

export interface NewPlace {
  name: string;
  nameAr: string;
  variants: string[];
  lat: number;
  lon: number;
  kind: PlaceKind;
  population: number | null;
  approximate: boolean;
  /** Which name prevails; the Arabic one when not said. */
  authoritativeName?: PlaceNameScript;
}

/** Adds a place the gazetteer lacks, named in Latin and Arabic script. */
export async function addPlace(deps: Deps, actor: Actor, input: NewPlace): Promise<PlaceRecord> {
  requireEditor(actor, "add a place to the gazetteer");
  const place: Place = {
    id: `cfm:${slugOf(input.name)}-${randomBytes(3).toString("hex")}`,
    name: input.name.trim(),
    nameAr: input.nameAr.trim(),
    variants: distinct(input.variants),
    lat: input.lat,
    lon: input.lon,
    kind: input.kind,
    population: input.population,
    approximate: input.approximate,
    sources: ["mission"],
    authoritativeName: input.authoritativeName ?? "ar",
  };
  const wrong = placeProblems(place)[0];
  if (wrong) throw new DomainError("validation_failed", wrong.message, { field: wrong.field });
  const at = deps.clock();
  await inTransaction(deps, async (tx) => {
    const written = await insertPlaces(tx, [place], at);
    const job = await placesAdded(tx, [place], at);
    await appendAudit(tx, {
      actor,
      action: "place.added",
      subject: `place:${place.id}`,
      at,
      rows: placeRows(written),
      details: { ...place, reevaluationJob: job },
    });
  });
  await placesChanged(deps);
  return (await findPlace(deps.db, place.id))!;
}

/**
 * Moves a place to where it really is; the old position stays in the audit entry. Reports
 * located by the place's name move with it, and a job re-evaluates what it changed (decision 0013).
 */
export async function correctPlacePosition(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { lat: number; lon: number; approximate: boolean; reason: string },
): Promise<PlaceRecord> {
  requireEditor(actor, "correct a place's position");
  const at = deps.clock();
  await inTransaction(deps, async (tx) => {
    const place = await ownPlace(tx, id);
    const to = { lat: input.lat, lon: input.lon, approximate: input.approximate };
    const written = await updatePlacePosition(tx, id, to, at);
    const placeIds = [id, ...(await idsMergedInto(tx, id))];
    const moved = await followPlace(tx, placeIds, place, to, at);
    await appendAudit(tx, {
      actor,
      action: "place.position_corrected",
      subject: `place:${id}`,
      at,
      rows: [...placeRows(written), ...moved.rows],
      details: {
        ...moved.details,
        from: { lat: place.lat, lon: place.lon, approximate: place.approximate },
        to,
        reason: input.reason,
      },
    });
  });
  await placesChanged(deps);
  return (await findPlace(deps.db, id))!;
}

/**
 * Merges a duplicate into the place that stays: the duplicate's names become the survivor's
 * variants, and the duplicate is kept, marked merged, so a place id a report recorded still
 * leads to the survivor (`placeById`).
 */
export async function mergePlaces(
  deps: Deps,
  actor: Actor,
  input: { from: string; into: string; reason: string },
): Promise<PlaceRecord> {
  requireCurator(actor, "merge places");
  if (input.from === input.into) {
    throw new DomainError("validation_failed", "A place cannot be merged into itself.", {
      field: "into",
    });
  }
  const at = deps.clock();
  await inTransaction(deps, async (tx) => {
    // Locked in id order, so two merges of the same pair cannot wait on each other.
    const [a, b] = [input.from, input.into].sort();
    const locked = new Map([
      [a!, await ownPlace(tx, a!, a === input.from ? "from" : "into")],
      [b!, await ownPlace(tx, b!, b === input.from ? "from" : "into")],
    ]);
    const from = locked.get(input.from)!;
    const into = locked.get(input.into)!;
    const own = new Set([into.name, into.nameAr].filter(Boolean));
    const names = distinct([from.name, from.nameAr ?? "", ...from.variants]).filter(
      (n) => !own.has(n),
    );
    const variants = distinct([...into.variants, ...names]);
    const sources = distinct([...into.sources, ...from.sources]);
    const placeIds = [from.id, ...(await idsMergedInto(tx, from.id))];
    const sourceIds = distinct([...into.sourceIds, ...from.sourceIds]);
    const written = [
      ...(await updatePlaceNames(tx, into.id, { variants, sources, sourceIds }, at)),
      ...(await markMerged(tx, from.id, into.id, at)),
    ];
    const moved = await followPlace(tx, placeIds, from, into, at);
    await appendAudit(tx, {
      actor,
      action: "place.merged",
      subject: `place:${into.id}`,
      at,
      rows: [...placeRows(written), ...moved.rows],
      details: {
        ...moved.details,
        merged: from.id,
        into: into.id,
        namesAdded: variants.filter((v) => !into.variants.includes(v)),
        mergedPlace: { name: from.name, nameAr: from.nameAr, lat: from.lat, lon: from.lon },
        reason: input.reason,
      },
    });
  });
  await placesChanged(deps);
  return (await findPlace(deps.db, input.into))!;
}

/** A place by id; a merged one answers with the place it was merged into (`mergedFrom`). */
export async function placeById(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<PlaceRecord & { mergedFrom: string | null }> {
  requireEditor(actor, "read the gazetteer's records");
  const place = await findPlace(deps.db, id);
  if (!place) throw placeNotFound(id, "id");
  if (!place.mergedInto) return { ...place, mergedFrom: null };
  const survivor = await findPlace(deps.db, place.mergedInto);
  return { ...survivor!, mergedFrom: id };
}

/**
 * The gazetteer for its keepers: places matching `q` (either script, the place search's
 * normalisation), or every place by name; `total` counts the places listed without a limit.
 */
export async function listGazetteer(
  deps: Deps,
  actor: Actor,
  query: { q?: string; limit: number; offset: number },
): Promise<{ total: number; places: PlaceRecord[] }> {
  requireEditor(actor, "list the gazetteer");
  const q = query.q?.trim();
  if (!q) return listPlacesByName(deps.db, query);
  await placesChanged(deps);
  const hits = searchPlaces(deps, actor, { q, limit: query.offset + query.limit });
  const page = hits.slice(query.offset).map((h) => h.id);
  const byId = new Map((await placesByIds(deps.db, page)).map((p) => [p.id, p]));
  return {
    total: hits.length,
    places: page.map((id) => byId.get(id)).filter((p): p is PlaceRecord => !!p),
  };
}

function placeRows(written: readonly WrittenRow[]): NonNullable<AuditInput["rows"]> {
  return written.map((r) => ({ table: "places", id: r.id, jsonb: r.jsonb }));
}

/** A `geo.place_added` job re-evaluates what the added places are now nearest to. */
function placesAdded(
  tx: Parameters<typeof insertJob>[0],
  places: readonly Place[],
  now: Date,
): Promise<string> {
  const payload: PlaceAddedPayload = { points: places.map((p) => ({ lat: p.lat, lon: p.lon })) };
  return insertJob(tx, { kind: PLACE_ADDED_JOB, payload, now });
}

/**
 * The reports located by these places' names take the new position, and their incidents still at
 * the old one; a `geo.place_moved` job then re-evaluates them and every evaluation naming the
 * places, once the move has committed and the place index is rebuilt.
 */
async function followPlace(
  tx: Parameters<typeof moveGazetteerLocated>[0],
  placeIds: string[],
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
  at: Date,
): Promise<{ rows: NonNullable<AuditInput["rows"]>; details: Record<string, unknown> }> {
  const moved = await moveGazetteerLocated(tx, placeIds, from, to, at);
  const payload: PlaceMovedPayload = { placeIds };
  const job = await insertJob(tx, { kind: PLACE_MOVED_JOB, payload, now: at });
  return {
    rows: [
      ...moved.reports.map((r) => ({ table: "reports" as const, id: r.id, jsonb: r.jsonb })),
      ...moved.incidents.map((r) => ({ table: "incidents" as const, id: r.id, jsonb: r.jsonb })),
    ],
    details: {
      reportsMoved: moved.reports.length,
      incidentsMoved: moved.incidents.length,
      reevaluationJob: job,
    },
  };
}

async function ownPlace(
  tx: Parameters<typeof lockPlace>[0],
  id: string,
  field = "id",
): Promise<PlaceRecord> {
  const place = await lockPlace(tx, id);
  if (!place) throw placeNotFound(id, field);
  if (place.mergedInto) {
    throw new DomainError(
      "conflict",
      `Place ${id} was merged into ${place.mergedInto}; change that place instead.`,
      { field, mergedInto: place.mergedInto },
    );
  }
  return place;
}

function placeNotFound(id: string, field: string): DomainError {
  return new DomainError("place_not_found", `No place ${id} in the gazetteer.`, { field });
}

function distinct(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/** "Al-Khums port" → "al-khums-port": a readable id for a place the mission adds. */
function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return slug || "place";
}

/**
 * After a change to the places commits, this process's index reads them at once. Inside a
 * caller's transaction (a mission's set-up, which imports its place files) nothing has committed
 * yet: the caller refreshes once it has.
 */
async function placesChanged(deps: Deps): Promise<void> {
  if (!deps.db.isTransaction) await deps.geography.refresh({ changed: true });
}
