/**
 * The map's time window as the URL holds it, with its defaults filled in: the window ends on the
 * focused incident's day, or on the latest day with located records the viewer may see (asked of
 * the server), or today when there is none. Once known, the defaults are written to the URL
 * (replacing the entry), so that a copied link shows the same days even after new data arrives.
 */
import { useEffect } from "react";
import { get } from "../../api/client.js";
import { navigate, useLocation } from "../../router.js";
import { useApi } from "../../use-api.js";
import { readMapTime, writeMapTime, type MapTime } from "./time-window.js";
import { missionDay, todayInMission } from "./use-layers.js";

/** The same answer for either dataset. */

export interface MapTimeState {
  /** The window with its end known; null while the latest day is being asked. */
  time: (MapTime & { to: string }) | null;
  /** The latest day with located records the viewer may see; null when there is none. */
  latestDay: string | null;
  firstDay: string | null;
  /** Whether the latest day has been asked yet (null then means "no data"). */
  extentKnown: boolean;
  setTime: (t: MapTime) => void;
}

export function useMapTime(
  dataset: "incidents" | "reports",
  /** The focused incident's first instant, when the page opens on one. */
  focusAt: string | null | undefined,
): MapTimeState {
  const { path, query } = useLocation();
  const fromUrl = readMapTime(query);
  const extent = useApi(["map-time-extent", dataset], (signal) =>
    get(`/map/${dataset}/time-extent`, { signal }),
  );
  const latestDay =
    extent.state === "ok" && extent.data.latestEventAt
      ? missionDay(extent.data.latestEventAt)
      : null;
  const firstDay =
    extent.state === "ok" && extent.data.firstEventAt ? missionDay(extent.data.firstEventAt) : null;
  const defaultTo = focusAt
    ? missionDay(focusAt)
    : extent.state === "ok"
      ? (latestDay ?? todayInMission())
      : // the window still opens if the question fails
        extent.state === "error"
        ? todayInMission()
        : null;
  const to = fromUrl.to ?? (focusAt === undefined ? null : defaultTo);
  const time = to ? { ...fromUrl, to } : null;

  const setTime = (t: MapTime) => navigate(`${path}?${writeMapTime(query, t)}`, { replace: true });
  const search = query.toString();
  useEffect(() => {
    // the default written once it is known
    if (time && !fromUrl.to) setTime(time);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `time.to` and the query are what it reads
  }, [time?.to, search]);
  return { time, latestDay, firstDay, extentKnown: extent.state === "ok", setTime };
}
