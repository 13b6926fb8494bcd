/**
 * The geo layers as on a chosen day (time travel): the layers valid at midday of that day in
 * mission time, asked of the server (`?at=`), and their geometry for the map. The day is the map's
 * (by default the end of its time window: see use-map-time.ts).
 */
import { useEffect, useState } from "react";
import type { GeoLayer } from "../../api/geo-types.js";
import { layersAt, overlayFeatures } from "../../map/overlays.js";
import { useParties } from "../../parties.js";
import { isoToWallTime, wallTimeToIso } from "../../time/mission-time.js";
import { useApi } from "../../use-api.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

export const missionDay = (iso: string) => isoToWallTime(iso, missionTimeZone()).slice(0, 10);

export function todayInMission(): string {
  return missionDay(new Date().toISOString());
}

/** The instant a day stands for: its midday in mission time. */
export function middayOf(day: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? wallTimeToIso(`${day}T12:00`, missionTimeZone()) : null;
}

/** Today when any layer is valid today; otherwise the last day one was. */
function latestDayWithLayers(all: readonly GeoLayer[], now = new Date()): string {
  let latest: number | null = null;
  for (const v of all.flatMap((l) => l.versions)) {
    const end = v.validTo ? new Date(v.validTo).getTime() : Infinity;
    if (new Date(v.validFrom).getTime() <= now.getTime() && end > now.getTime()) {
      return missionDay(now.toISOString());
    }
    // the last instant it was valid
    const last = Math.min(end, now.getTime()) - 1;
    if (new Date(v.validFrom).getTime() <= last && (latest === null || last > latest))
      latest = last;
  }
  return missionDay(new Date(latest ?? now.getTime()).toISOString());
}

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

export function useLayers(day: string | null) {
  const parties = useParties();
  const all = useApi(["geo-layers", "all-versions"], () => layersAt(null));
  const latestDay = all.state === "ok" ? latestDayWithLayers(all.data) : null;

  const at = day ? middayOf(day) : null;
  const valid = useApi(["geo-layers", "map-overlays", at, parties], async () => {
    if (!at) return null;
    const layers = await layersAt(at);
    return { layers, features: await overlayFeatures(layers, parties) };
  });
  // The last layers drawn stay on the map while another day's load.
  const [drawn, setDrawn] = useState<{ layers: GeoLayer[]; features: GeoJSON.FeatureCollection }>({
    layers: [],
    features: EMPTY,
  });
  const loaded = valid.state === "ok" ? valid.data : null;
  useEffect(() => {
    if (loaded) setDrawn(loaded);
  }, [loaded]);
  return {
    day,
    latestDay,
    /** The first day any layer is valid: the date input's lower bound. */
    firstDay:
      all.state === "ok" && all.data.length > 0
        ? missionDay(
            all.data
              .flatMap((l) => l.versions.map((v) => v.validFrom))
              .reduce((a, b) => (a < b ? a : b)),
          )
        : null,
    valid,
    layers: drawn.layers,
    features: drawn.features,
    allError: all.state === "error" ? all : null,
  };
}
