/**
 * The mission's time zone: days on the dashboard, dates in exports. One constant until missions
 * are data (issue 12 makes it part of the mission profile).
 */
export const MISSION_TIME_ZONE = "Africa/Tripoli";
