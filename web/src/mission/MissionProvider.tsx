/**
 * The mission this server runs (GET /mission): its name, languages, time zone, reply window,
 * release rules, joint body and extent. Read once at start through the query cache, kept on the
 * device for a start without a connection, and given to the whole app: the formatters' time zone
 * is set before anything is drawn, and the interface texts that name the mission's time read its
 * zone and offset (`{{zone}}`, `{{utcOffset}}`).
 */
import { useQuery } from "@tanstack/react-query";
import i18next from "i18next";
import { createContext, Fragment, useContext, useEffect, useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../api/answers.js";
import { get } from "../api/client.js";
import { applyMissionLanguage, type UiLanguage } from "../i18n/index.js";
import { ErrorNotice } from "../ui/notices.js";
import { setMissionTimeZone, utcOffsetLabel } from "./mission-zone.js";
import { remembered } from "./remembered.js";

export type Mission = Answer<"/api/v1/mission", "get">;

const copy = remembered<Mission>(
  "cfm.mission",
  (v) => typeof v === "object" && v !== null && typeof (v as Mission).timeZone === "string",
);

/** The mission's read in the query cache: the same for every user, kept when the user changes. */
export const MISSION_KEY = ["mission"] as const;

async function load(signal: AbortSignal): Promise<Mission> {
  const mission = await get("/mission", { signal });
  copy.set(mission);
  return mission;
}

const MissionContext = createContext<Mission | null>(null);

/** Sets what every formatter and text reads of the mission: its zone and the zone's offset. */
function applyZone(timeZone: string): void {
  setMissionTimeZone(timeZone);
  const interpolation = (i18next.options.interpolation ??= {});
  interpolation.defaultVariables = {
    ...interpolation.defaultVariables,
    zone: timeZone,
    utcOffset: utcOffsetLabel(timeZone),
  };
}

export function MissionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: MISSION_KEY,
    queryFn: ({ signal }) => load(signal),
    // Read once per page load, and again after a change the server accepted (invalidation).
    staleTime: Infinity,
  });
  // Until the first answer, after a log-out cleared the cache, and offline: the device's copy.
  const mission = query.data ?? copy.get();
  // Before the first paint of the children, so no date is drawn in another zone.
  if (mission) applyZone(mission.timeZone);
  const firstLanguage = mission?.languages[0];
  useEffect(() => {
    if (firstLanguage) applyMissionLanguage(firstLanguage);
  }, [firstLanguage]);
  if (!mission) {
    return query.status === "error" ? (
      <main className="page" id="main">
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      </main>
    ) : (
      <p className="boot" role="status">
        {t("common.loading")}
      </p>
    );
  }
  return (
    <MissionContext.Provider value={mission}>
      {/* Another zone redraws everything: dates are formatted outside React's reach too. */}
      <Fragment key={mission.timeZone}>{children}</Fragment>
    </MissionContext.Provider>
  );
}

export function useMission(): Mission {
  const mission = useContext(MissionContext);
  if (!mission) throw new Error("useMission outside MissionProvider");
  return mission;
}

/** The mission's name in the interface language. */
export function missionName(mission: Mission, lang: UiLanguage): string {
  return mission.name[lang] || mission.name.en;
}

/**
 * The mission's extent [west, south, east, north], the same array while its numbers are the same
 * (the mission is read again after every accepted change; a map is not made anew for that).
 */
export function useMissionBbox(): readonly number[] {
  const { bbox } = useMission();
  const key = bbox.join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, see above
  return useMemo(() => bbox, [key]);
}
