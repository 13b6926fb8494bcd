/**
 * Wall-clock times in the mission's time zone. The conversions are pure domain code
 * (src/domain/wall-time.ts), shared with the server, which computes deadlines ("the end of that
 * day in the mission's time zone") with the same functions the browser shows them with.
 */
export {
  dayEndIso,
  dayStartIso,
  isoToWallTime,
  wallClockOffsetMinutes,
  wallTimeToIso,
} from "../../../src/domain/wall-time.js";
