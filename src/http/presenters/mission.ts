/** What leaves the server of the mission: no profile folder, no timestamps, no outline here. */
import { DEFAULT_DAILY_REPORT_CUTOFF, type Mission } from "../../domain/mission.js";
import type { z } from "zod";
import type { MissionOut } from "../schemas/mission.js";

export function presentMission(m: Mission): z.input<typeof MissionOut> {
  return {
    code: m.code,
    name: m.name,
    languages: m.languages,
    authoritativeLanguage: m.authoritativeLanguage,
    timeZone: m.timeZone,
    replyWindowHours: m.replyWindowHours,
    releaseRules: m.releaseRules,
    mandate: m.mandate,
    dailyReportCutoff: m.dailyReportCutoff ?? DEFAULT_DAILY_REPORT_CUTOFF,
    jointBody: m.jointBody,
    bbox: m.bbox,
  };
}
