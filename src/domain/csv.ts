/**
 * CSV files people open in a spreadsheet (RFC 4180): UTF-8 with a byte-order mark so that Excel
 * reads Arabic right, CRLF line ends, quotes where needed, and text that a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe.
 */

/** The most rows one export may hold; a wider export is refused (narrow the filters). */
export const EXPORT_ROW_CAP = 50_000;

export type CsvValue = string | number | null | undefined;

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as they are, text guarded against formula injection, quoted when needed. */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  const text = typeof v === "number" ? String(v) : FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

/** A whole document: the mark, the header, the rows. */
export function csvDocument(header: readonly string[], rows: readonly CsvValue[][]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join("");
}

/** An instant as ISO 8601 in a time zone, with its offset: 2020-01-14T23:00:00+02:00. */
export function isoInZone(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === "GMT" ? "+00:00" : parts.timeZoneName!.slice(3);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
