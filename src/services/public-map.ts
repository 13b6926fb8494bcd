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
import { endOfDayInZone, type CalendarDay } from "../domain/zoned-days.js";
import { linesOfContactAt } from "../store/report-products-repo.js";
import type { Deps } from "./deps.js";
import { missionState } from "./mission.js";
import { publicRecordBatches } from "./open-data-export.js";

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

function matches(r: OpenDataRecord, q: PublicMapQuery): boolean {
  if (q.category && r.category !== q.category) return false;
  if (q.from && r.dateEnd < q.from) return false;
  if (q.to && r.dateStart > q.to) return false;
  return true;
}

export async function publicMap(deps: Deps, query: PublicMapQuery): Promise<PublicMap> {
  const kept: OpenDataRecord[] = [];
  let truncated = false;
  // In order of the event's start: keeping the last ones keeps the latest.
  for await (const batch of publicRecordBatches(deps)) {
    for (const r of batch) if (matches(r, query)) kept.push(r);
    if (kept.length > PUBLIC_MAP_LIMIT) {
      kept.splice(0, kept.length - PUBLIC_MAP_LIMIT);
      truncated = true;
    }
  }
  const records = kept.reverse();
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
