/** What the dashboard, search, history and evidence endpoints answer, as the web app uses it. */
import type { TaskKind } from "./task-types.js";

export type WindowName = "today" | "last7" | "last30";
export const WINDOW_NAMES: readonly WindowName[] = ["today", "last7", "last30"];

interface StatCounts {
  reports: number;
  incidents: number;
  violations: number;
}

export interface BreakdownRow extends StatCounts {
  key: string;
}

export type BreakdownName = "byCategory" | "bySide" | "bySector" | "byVerificationLevel";
export const BREAKDOWNS: readonly BreakdownName[] = [
  "byCategory",
  "bySide",
  "bySector",
  "byVerificationLevel",
];

interface WindowStats extends Record<BreakdownName, BreakdownRow[]> {
  from: string;
  to: string;
  totals: StatCounts;
}

export interface TrendDay {
  day: string;
  reports: number;
  incidents: number;
}

export interface DashboardStats {
  reference: { at: string; day: string; timeZone: string };
  includesReports: boolean;
  latestEventAt: string | null;
  entryIntoForce: string | null;
  windows: Record<WindowName, WindowStats>;
  trend: TrendDay[];
}

type MatchedField = "label" | "description" | "placeName" | "title" | "publicNarrative";

export interface SearchHit {
  type: "report" | "incident";
  id: string;
  label: string;
  title: string;
  titleGenerated?: boolean;
  category: string;
  occurredFrom: string;
  matchedField: MatchedField;
  snippet: string;
  language: string | null;
}

export interface SearchResponse {
  query: string;
  normalized: string;
  truncated: boolean;
  items: SearchHit[];
  /** The record the query names when it is exactly one tracking id or reference the caller may see. */
  exact: Pick<SearchHit, "type" | "id" | "label"> | null;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
  hash: string;
  /** For a task's entry (only to those who may read the incident's tasks). */
  task?: { id: string; reference: string; kind: TaskKind; assigneeName: string };
}
