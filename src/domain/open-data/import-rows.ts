/**
 * Rows of ACLED (current or pre-2023 columns) and UCDP GED files read as context events: the
 * layout told by the header, each row either an event or the problems that refuse it (row,
 * column, reason) — never dropped without a word. Pure.
 */
import { isCalendarDay, type CalendarDay } from "../zoned-days.js";
import { dateFromAcled, UCDP_COLUMNS, whereFromAcled, type ImportLayout } from "./crosswalk.js";

export const CONTEXT_DATASETS = ["acled", "ucdp"] as const;
export type ContextDataset = (typeof CONTEXT_DATASETS)[number];

/** An event of another dataset, kept beside the mission's own records and never mixed in. */
export interface ContextEventInput {
  dataset: ContextDataset;
  /** The dataset's own id (ACLED event_id_cnty, UCDP id): with the dataset, the identity. */
  eventId: string;
  dateStart: CalendarDay;
  dateEnd: CalendarDay;
  /** UCDP date_prec (1–5); ACLED's time_precision is derived on export. */
  datePrecision: number;
  location: string;
  admin1: string;
  admin2: string;
  country: string;
  lat: number;
  lon: number;
  /** UCDP where_prec (1–7); ACLED's geo_precision is derived on export. */
  wherePrecision: number;
  actor1: string;
  actor2: string;
  eventType: string;
  subEventType: string;
  fatalities: number | null;
  notes: string;
  source: string;
  /** The row as read, by lower-case column name: the columns not mapped are written back. */
  cells: Record<string, string>;
}

/** A context event as held. */
export interface ContextEvent extends ContextEventInput {
  id: string;
  importId: string | null;
  importedAt: Date;
}

export interface RowProblem {
  /** The line of the file the row starts on. */
  row: number;
  /** The column at fault; null for the row as a whole. */
  column: string | null;
  reason: string;
}

/** Which layout a header row is, or null when it is none of them. */
export function detectLayout(header: readonly string[]): ImportLayout | null {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  if (names.has("event_id_cnty") && names.has("event_date")) {
    if (names.has("disorder_type")) return "acled";
    if (names.has("event_id_no_cnty") || names.has("data_id") || names.has("iso3"))
      return "acled-legacy";
    return "acled";
  }
  if (names.has("id") && names.has("date_start") && names.has("latitude")) return "ucdp";
  return null;
}

/**
 * Whether a first row is a UCDP record without a header (some Candidate releases ship so): the
 * GED's 49 cells, a numeric id first.
 */
export function isHeaderlessUcdp(first: readonly string[]): boolean {
  return first.length === UCDP_COLUMNS.length && /^\d+$/.test(first[0]!.trim());
}

export function datasetOfLayout(layout: ImportLayout): ContextDataset {
  return layout === "ucdp" ? "ucdp" : "acled";
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** An event date as ACLED and UCDP write it: 2020-01-15 (time ignored), 15-01-2020, 15 January 2020. */
function parseEventDate(text: string): CalendarDay | null {
  const s = text.trim();
  const pad = (n: string | number) => String(n).padStart(2, "0");
  let day: string | null = null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/.exec(s);
  if (m) day = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) {
    day = `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  } else if ((m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(s))) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2]!.toLowerCase()));
    if (month >= 0 && m[2]!.length >= 3) day = `${m[3]}-${pad(month + 1)}-${pad(m[1]!)}`;
  }
  return day && isCalendarDay(day) ? day : null;
}

/** A text cell as written: our own exports guard formula-like text with an apostrophe. */
function textOf(v: string | undefined): string {
  const s = (v ?? "").trim();
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/** Reads one row's cells, noting each problem; `get` gives a column's text. */
class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    readonly line: number,
    readonly cells: Record<string, string>,
  ) {}

  text(column: string): string {
    return textOf(this.cells[column]);
  }

  problem(column: string | null, reason: string): void {
    this.problems.push({ row: this.line, column, reason });
  }

  required(column: string): string {
    const v = this.text(column);
    if (!v) this.problem(column, "is empty; the row needs it");
    return v;
  }

  date(column: string, required: boolean): CalendarDay | null {
    const v = this.text(column);
    if (!v) {
      if (required) this.problem(column, "is empty; the row needs the event's date");
      return null;
    }
    const day = parseEventDate(v);
    if (!day)
      this.problem(
        column,
        `"${v}" is not a date (write 2020-01-15, 15-01-2020 or 15 January 2020)`,
      );
    return day;
  }

  coordinate(column: string, limit: number): number {
    const v = this.text(column);
    const n = Number(v);
    if (!v) this.problem(column, "is empty; the row needs coordinates");
    else if (!Number.isFinite(n) || Math.abs(n) > limit)
      this.problem(column, `"${v}" is not a number between -${limit} and ${limit}`);
    return n;
  }

  code(column: string, max: number, fallback: number): number {
    const v = this.text(column);
    if (!v) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      this.problem(column, `"${v}" is not a code from 1 to ${max}`);
      return fallback;
    }
    return n;
  }

  count(column: string): number | null {
    const v = this.text(column);
    if (!v) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      this.problem(column, `"${v}" is not a whole number of deaths (0 or more)`);
      return null;
    }
    return n;
  }
}

export type ParsedRow = { event: ContextEventInput } | { problems: RowProblem[] };

/**
 * One data row under the header `names` (lower-case) of `layout`. A row whose cells do not
 * match the header in number is refused as a whole: its columns cannot be told apart.
 */
export function parseImportRow(
  layout: ImportLayout,
  names: readonly string[],
  row: { line: number; cells: readonly string[] },
): ParsedRow {
  if (row.cells.length !== names.length) {
    return {
      problems: [
        {
          row: row.line,
          column: null,
          reason: `the row has ${row.cells.length} cells where the header names ${names.length} columns`,
        },
      ],
    };
  }
  const cells: Record<string, string> = {};
  names.forEach((name, i) => (cells[name] = row.cells[i]!));
  const r = new RowReader(row.line, cells);
  const event = layout === "ucdp" ? ucdpEvent(r) : acledEvent(r);
  return r.problems.length > 0 ? { problems: r.problems } : { event };
}

function acledEvent(r: RowReader): ContextEventInput {
  const date = r.date("event_date", true);
  return {
    dataset: "acled",
    eventId: r.required("event_id_cnty"),
    dateStart: date ?? "",
    dateEnd: date ?? "",
    datePrecision: dateFromAcled(r.code("time_precision", 3, 1)),
    location: r.text("location"),
    admin1: r.text("admin1"),
    admin2: r.text("admin2"),
    country: r.text("country"),
    lat: r.coordinate("latitude", 90),
    lon: r.coordinate("longitude", 180),
    wherePrecision: whereFromAcled(r.code("geo_precision", 3, 1)),
    actor1: r.text("actor1"),
    actor2: r.text("actor2"),
    eventType: r.text("event_type"),
    subEventType: r.text("sub_event_type"),
    fatalities: r.count("fatalities"),
    notes: r.text("notes"),
    source: r.text("source"),
    cells: r.cells,
  };
}

function ucdpEvent(r: RowReader): ContextEventInput {
  const start = r.date("date_start", true);
  const end = r.date("date_end", false) ?? start;
  if (start && end && end < start)
    r.problem("date_end", `ends (${end}) before it starts (${start})`);
  return {
    dataset: "ucdp",
    eventId: r.required("id"),
    dateStart: start ?? "",
    dateEnd: end ?? "",
    datePrecision: r.code("date_prec", 5, 1),
    location: r.text("where_coordinates"),
    admin1: r.text("adm_1"),
    admin2: r.text("adm_2"),
    country: r.text("country"),
    lat: r.coordinate("latitude", 90),
    lon: r.coordinate("longitude", 180),
    wherePrecision: r.code("where_prec", 7, 1),
    actor1: r.text("side_a"),
    actor2: r.text("side_b"),
    eventType: r.text("type_of_violence"),
    subEventType: "",
    fatalities: r.count("best"),
    notes: r.text("where_description"),
    source: r.text("source_article"),
    cells: r.cells,
  };
}
