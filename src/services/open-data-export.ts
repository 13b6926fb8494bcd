/**
 * Open-data exports (decision 0021): what the public may see — the latest public release of each
 * incident whose release instant and embargo have passed and whose classification is public —
 * written as ACLED, ACLED (pre-2023), UCDP GED, HXL or GeoJSON, read and written a batch at a
 * time so memory stays flat whatever the number of rows. Also the context events, for the
 * mission's case roles only.
 */
import { districtAt } from "../domain/geo/districts.js";
import { nearestPlaces } from "../domain/geo/gazetteer.js";
import {
  CONTEXT_HXL_START,
  contextEventText,
  documentEnd,
  documentStart,
  publicRecordText,
  recordSeparator,
  type OpenDataFormat,
} from "../domain/open-data/export-formats.js";
import type { ContextDataset } from "../domain/open-data/import-rows.js";
import {
  openDataRecord,
  type OpenDataRecord,
  type PlaceNaming,
} from "../domain/open-data/public-record.js";
import type { ReleaseContent } from "../domain/release-content.js";
import { CONTEXT_EVENT_READERS, type Actor } from "../domain/roles.js";
import {
  contextEventBatch,
  publicReleaseBatch,
  rowToContextEvent,
  type PublicPosition,
} from "../store/open-data-repo.js";
import { publicIncidentScope, requireRole } from "./access.js";
import type { Deps } from "./deps.js";
import { missionTimeZone } from "./mission.js";

/** Rows read per query: large enough to be quick, small enough to keep memory flat. */
const OPEN_DATA_BATCH = 1000;

/**
 * A published point is named after the gazetteer place nearest it within this distance (about a
 * cell of the public grid), else after its district only.
 */
const PLACE_RADIUS_KM = 10;

/** The place and district of a published (coarsened) point: nothing finer than the point. */
function namingOf(deps: Deps, location: { lat: number; lon: number } | null): PlaceNaming {
  if (!location) return { place: null, district: null };
  const [near] = nearestPlaces(
    deps.geography.gazetteer(),
    location.lat,
    location.lon,
    1,
    PLACE_RADIUS_KM,
  );
  return {
    place: near ? { name: near.name, nameAr: near.nameAr } : null,
    district: districtAt(deps.geography.districts(), location),
  };
}

/** What the public release says of an incident, as one open-data record. */
export function recordOfRelease(
  deps: Deps,
  releaseId: string,
  content: ReleaseContent,
  timeZone: string,
): OpenDataRecord {
  return openDataRecord(releaseId, content, timeZone, namingOf(deps, content.incident.location));
}

/** Every record the public may see at the export's start, in order of the event's start. */
export async function* publicRecordBatches(deps: Deps): AsyncGenerator<OpenDataRecord[]> {
  await deps.geography.refresh();
  const timeZone = await missionTimeZone(deps);
  // One instant for the whole export, so that a release falling due half-way is not half in.
  const scope = publicIncidentScope(deps.clock());
  let after: PublicPosition | null = null;
  for (;;) {
    const rows = await publicReleaseBatch(deps.db, scope, after, OPEN_DATA_BATCH);
    yield rows.map((r) =>
      recordOfRelease(deps, r.release_id, r.content as ReleaseContent, timeZone),
    );
    if (rows.length < OPEN_DATA_BATCH) return;
    const last = rows.at(-1)!;
    after = { occurredFrom: last.occurred_from, id: last.incident_id };
  }
}

/** The public export as pieces of text (one per batch), for a stream. No login needed. */
export async function* publicOpenData(deps: Deps, format: OpenDataFormat): AsyncGenerator<string> {
  yield* document(format, documentStart(format), publicRecordBatches(deps), (r) =>
    publicRecordText(format, r),
  );
}

async function* document<T>(
  format: OpenDataFormat,
  start: string,
  batches: AsyncIterable<T[]>,
  text: (item: T) => string,
): AsyncGenerator<string> {
  yield start;
  const separator = recordSeparator(format);
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    const body = batch.map(text).join(separator);
    yield first ? body : separator + body;
    first = false;
  }
  yield documentEnd(format);
}

/** The context events (of one dataset, or all) as pieces of text. Case roles only. */
export async function* contextOpenData(
  deps: Deps,
  actor: Actor,
  format: OpenDataFormat,
  dataset?: ContextDataset,
): AsyncGenerator<string> {
  // The operator at the console (cfm export --context) is a system actor.
  if (actor.kind !== "system") requireRole(actor, CONTEXT_EVENT_READERS, "export context events");
  const start = format === "hxl" ? CONTEXT_HXL_START : documentStart(format);
  yield* document(format, start, contextBatches(deps, dataset), (e) => contextEventText(format, e));
}

async function* contextBatches(deps: Deps, dataset?: ContextDataset) {
  let after: { dateStart: string; id: string } | null = null;
  for (;;) {
    const rows = await contextEventBatch(deps.db, after, OPEN_DATA_BATCH, dataset);
    yield rows.map(rowToContextEvent);
    if (rows.length < OPEN_DATA_BATCH) return;
    const last = rows.at(-1)!;
    after = { dateStart: last.date_start, id: last.id };
  }
}
