/** Reading the CSV exports in tests, as a spreadsheet would: quoted cells, CRLF lines, a BOM. */
import { expect } from "vitest";

/** Parses the CSV the export writes (quoted cells, CRLF lines, a BOM) into header and rows. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines: string[][] = [];
  let cell = "";
  let line: string[] = [];
  let quoted = false;
  const body = text.slice(1);
  for (let n = 0; n < body.length; n++) {
    const c = body[n]!;
    if (quoted) {
      if (c === '"' && body[n + 1] === '"') {
        cell += '"';
        n++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      line.push(cell);
      cell = "";
    } else if (c === "\r" && body[n + 1] === "\n") {
      line.push(cell);
      lines.push(line);
      line = [];
      cell = "";
      n++;
    } else cell += c;
  }
  const [header, ...data] = lines;
  return {
    header: header!,
    rows: data.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""]))),
  };
}
