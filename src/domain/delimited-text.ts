/**
 * Reading CSV and TSV text with a header row, each record with the line it starts on (so a
 * problem in an imported file can be named by its line).
 */

/** A record's cells by column name, and the line (1-based) on which the record starts. */
export interface DelimitedRecord {
  line: number;
  cells: Record<string, string>;
}

/** RFC 4180 CSV with a header row: quoted fields may hold commas, quotes and newlines. */
export function parseCsvRecords(text: string): DelimitedRecord[] {
  const rows: { line: number; cells: string[] }[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== "") rows.push({ line: rowLine, cells: row });
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (quoted && c === '"' && text[i + 1] === '"') field += text[++i];
    else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ",") endField();
    else if (c === "\n") {
      endRow();
      rowLine = line;
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return withHeader(rows);
}

/** Tab-separated values with a header row (no quoting, as GeoNames writes them). */
export function parseTsvRecords(text: string): DelimitedRecord[] {
  return withHeader(
    text
      .split("\n")
      .map((l, i) => ({ line: i + 1, cells: l.replace(/\r$/, "").split("\t") }))
      .filter((r) => r.cells.join("").trim() !== ""),
  );
}

export function parseCsv(text: string): Record<string, string>[] {
  return parseCsvRecords(text).map((r) => r.cells);
}

export function parseTsv(text: string): Record<string, string>[] {
  return parseTsvRecords(text).map((r) => r.cells);
}

/** The records under a header: the first row's cells name the columns. */
function withHeader(rows: { line: number; cells: string[] }[]): DelimitedRecord[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const names = header.cells.map((h) => h.trim());
  return body.map((r) => ({
    line: r.line,
    cells: Object.fromEntries(names.map((h, i) => [h, r.cells[i] ?? ""])),
  }));
}
