/**
 * What the dashboard, search and history endpoints answer, read off the generated types; the
 * window and breakdown names are the keys of the dashboard's answer, listed for the page.
 */
import type { Answer } from "./answers.js";

export type DashboardStats = Answer<"/api/v1/stats/dashboard", "get">;
export type WindowName = keyof DashboardStats["windows"];
export const WINDOW_NAMES: readonly WindowName[] = ["today", "last7", "last30"];

type WindowStats = DashboardStats["windows"][WindowName];
export type BreakdownName = Exclude<keyof WindowStats, "from" | "to" | "totals">;
export const BREAKDOWNS: readonly BreakdownName[] = [
  "byCategory",
  "bySide",
  "bySector",
  "byVerificationLevel",
];
export type BreakdownRow = WindowStats[BreakdownName][number];
export type TrendDay = DashboardStats["trend"][number];

export type SearchHit = Answer<"/api/v1/search", "get">["items"][number];

export type HistoryEntry = Answer<"/api/v1/incidents/{id}/history", "get">["items"][number];
