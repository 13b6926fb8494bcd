/**
 * The incident map's clusters from counted cells (decision 0027): the cells the triggers keep per
 * audience, summed for the cells wholly inside the view, plus a live count of the rest of the box
 * (its border, and the incidents not counted yet because a release or embargo instant of theirs
 * is still to come). The answer is the live query's, to the incident; null when the counted
 * cells cannot give it (a filter they do not keep, a viewer they are not kept for, a clock
 * earlier than what was counted, a zoom finer than the finest level kept).
 */
import { borderStrips, innerCells, type CellCount } from "../domain/map-grid.js";
import type { IncidentScope } from "../domain/scopes.js";
import { categoriesMatching } from "../domain/taxonomy.js";
import {
  compactMapCells,
  inOneSnapshot,
  countedIncidentCells,
  countedLevelFor,
  mapHorizon,
  settleMapCells,
  uncountedIncidentIds,
} from "../store/map-cells-repo.js";
import { incidentCells, type IncidentMapFilter } from "../store/map-repo.js";
import type { Deps } from "./deps.js";

/** The audiences whose counts add up to what this scope sees; null when none are kept. */
function mapAudiences(scope: IncidentScope): string[] | null {
  switch (scope.kind) {
    case "all":
      return scope.area ? null : ["mission", "confidential"];
    case "intake":
      return ["mission"];
    case "releasedOrOwnParty":
      return [`party:${scope.party}`];
    case "released":
      return ["released"];
    case "public":
      return ["public"];
    case "withReportsBy":
      return null;
  }
}

/** Filters the counted cells answer: the box and the category; anything else is live. */
function onlyCountedFilters(f: IncidentMapFilter): boolean {
  const geo = f.geo ?? {};
  return (
    f.state === undefined &&
    f.party === undefined &&
    (f.sector === undefined || f.sector.length === 0) &&
    f.occurredFrom === undefined &&
    f.occurredTo === undefined &&
    Object.values(geo).every((v) => v === undefined)
  );
}

export async function countedIncidentCellsFor(
  deps: Deps,
  scope: IncidentScope,
  f: IncidentMapFilter,
  zoom: number,
  cellDeg: number,
): Promise<CellCount[] | null> {
  const audiences = mapAudiences(scope);
  const level = countedLevelFor(zoom);
  if (audiences === null || level === null || !onlyCountedFilters(f)) return null;
  const inner = innerCells(f.bbox, cellDeg);
  if (!inner) return null;
  const categories = f.category ? categoriesMatching(f.category) : undefined;
  const strips = borderStrips(f.bbox, inner, cellDeg);
  return inOneSnapshot(deps.db, async (db) => {
    // What was counted holds for a clock at or after the latest instant counted (only the
    // viewers outside the mission see by instants).
    const horizon = "now" in scope ? await mapHorizon(db) : null;
    if (horizon && "now" in scope && horizon > scope.now) return null;
    const counted = await countedIncidentCells(db, { audiences, level, zoom, inner, categories });
    const border = await incidentCells(db, scope, f, cellDeg, { kind: "border", inner, strips });
    const ids = await uncountedIncidentIds(db, f.bbox);
    const uncounted = ids.length
      ? await incidentCells(db, scope, f, cellDeg, { kind: "uncountedInner", inner, ids })
      : [];
    return [...counted, ...border, ...uncounted];
  });
}

/**
 * The job loop's upkeep of the counts: incidents whose instants have passed are counted, and
 * the pending deltas folded into the cells. Safe from several processes at once.
 */
export async function keepMapCounts(deps: Deps): Promise<{ settled: number; folded: number }> {
  const settled = await settleMapCells(deps.db);
  const folded = await compactMapCells(deps.db);
  return { settled, folded };
}
