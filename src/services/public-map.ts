/**
 * The portal's public map (issue 14): the incidents the public may see — exactly the open-data
 * records (publicRecordBatches: public releases whose instant and embargo have passed, their
 * points already on the public grid) — of a period and a category, drawn over the mission's
 * outline, sectors and the line of contact the joint commission adopted, as the public version
 * of a report product draws them. Reads only.
 */
import { drawMap, focusBox } from "../domain/report-map.js";
import type { OpenDataRecord } from "../domain/open-data/public-record.js";
import type { StaticMap } from "../domain/report-products.js";
import { countsAsViolation, type CategoryCode } from "../domain/taxonomy.js";
import type { ReleaseContent } from "../domain/release-content.js";
import { endOfDayInZone, startOfDayInZone, type CalendarDay } from "../domain/zoned-days.js";
import { latestPublicReleases } from "../store/open-data-repo.js";
import { linesOfContactAt } from "../store/report-products-repo.js";
import { publicIncidentScope } from "./access.js";
import type { Deps } from "./deps.js";
import { missionState, missionTimeZone } from "./mission.js";
import { recordOfRelease } from "./open-data-export.js";

/** The most incidents one map holds (the latest of the period); the page says when it is full. */
const PUBLIC_MAP_LIMIT = 1000;

export interface PublicMapQuery {
  /** First and last day of the period, in the mission's time zone (both included). */
  from?: CalendarDay;
  to?: CalendarDay;
  category?: CategoryCode;
}

export interface PublicMap {
  /** Newest first. */
  records: OpenDataRecord[];
  /** More incidents matched than the map holds: the oldest were left out. */
  truncated: boolean;
  /** Null until a mission is set up (no outline to draw on). */
  map: StaticMap | null;
  /** Whether an adopted line of contact is drawn. */
  lineOfContact: boolean;
  timeZone: string;
}

/**
 * The latest PUBLIC_MAP_LIMIT public records of the period and category, newest first: the
 * database reads them from the newest event down (latestPublicReleases), not every record.
 */
async function latestRecords(
  deps: Deps,
  query: PublicMapQuery,
): Promise<{ records: OpenDataRecord[]; truncated: boolean }> {
  await deps.geography.refresh();
  const timeZone = await missionTimeZone(deps);
  // A record's days are its event's instants in the mission's zone: a day range is an instant range.
  const rows = await latestPublicReleases(
    deps.db,
    publicIncidentScope(deps.clock()),
    {
      category: query.category,
      endsFrom: query.from ? startOfDayInZone(query.from, timeZone) : undefined,
      startsBefore: query.to ? endOfDayInZone(query.to, timeZone) : undefined,
    },
    PUBLIC_MAP_LIMIT + 1,
  );
  const records = rows
    .slice(0, PUBLIC_MAP_LIMIT)
    .map((r) => recordOfRelease(deps, r.release_id, r.content as ReleaseContent, timeZone));
  return { records, truncated: rows.length > PUBLIC_MAP_LIMIT };
}

export async function publicMap(deps: Deps, query: PublicMapQuery): Promise<PublicMap> {
  const { records, truncated } = await latestRecords(deps, query);
  const { mission, sectors } = await missionState(deps);
  if (!mission) return { records, truncated, map: null, lineOfContact: false, timeZone: "UTC" };
  const now = deps.clock();
  // The line as it stood at the period's last instant (without one, at the latest incident
  // shown), never later than now: a later line was not yet agreed when these things happened.
  const latest = records[0] ? new Date(records[0].occurredTo) : now;
  const end = query.to
    ? new Date(endOfDayInZone(query.to, mission.timeZone).getTime() - 1)
    : latest;
  const lines = await linesOfContactAt(deps.db, end < now ? end : now, { agreedOnly: true });
  const points = records.flatMap((r) =>
    r.lat === null || r.lon === null
      ? []
      : [
          {
            ref: r.reference,
            lat: r.lat,
            lon: r.lon,
            violation: countsAsViolation(r.category, r.outcome),
            isPublic: true,
          },
        ],
  );
  const map = drawMap({
    bbox: focusBox(points, mission.bbox),
    outline: mission.outline.features.map((f) => f.geometry),
    sectors: sectors.map((s) => ({
      code: s.code,
      name: { en: s.nameEn, ar: s.nameAr },
      geometry: s.geometry,
    })),
    lines,
    points,
  });
  return { records, truncated, map, lineOfContact: lines.length > 0, timeZone: mission.timeZone };
}
