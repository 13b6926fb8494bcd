/**
 * CSV read a piece at a time (RFC 4180: quoted fields may hold commas, quotes and line breaks),
 * so a file of any size is read with bounded memory: each `push` returns the records completed
 * by that piece, and only the record in progress is kept. Each record carries the line it starts
 * on, so a problem can be named by its line in the file.
 */

export interface CsvRow {
  /** The line (1-based) on which the record starts. */
  line: number;
  cells: string[];
}

export class CsvStreamParser {
  private row: string[] = [];
  private field = "";
  private quoted = false;
  /** A quote seen inside a quoted field: either the end of the field or the first of a pair. */
  private quotePending = false;
  private line = 1;
  private rowLine = 1;
  private started = false;

  /** The records completed by this piece of text. */
  push(text: string): CsvRow[] {
    const out: CsvRow[] = [];
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (this.quotePending) {
        this.quotePending = false;
        if (c === '"') {
          this.field += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (c === '"') this.quotePending = true;
        else {
          if (c === "\n") this.line++;
          this.field += c;
        }
        continue;
      }
      if (c === '"') this.quoted = true;
      else if (c === ",") this.endField();
      else if (c === "\n") {
        this.line++;
        this.endRow(out);
        this.rowLine = this.line;
      } else if (c !== "\r") this.field += c;
    }
    return out;
  }

  /** The last record, when the text did not end with a line break. */
  end(): CsvRow[] {
    const out: CsvRow[] = [];
    if (this.field !== "" || this.row.length > 0) this.endRow(out);
    return out;
  }

  private endField() {
    this.row.push(this.field);
    this.field = "";
  }

  private endRow(out: CsvRow[]) {
    this.endField();
    // A blank line is no record.
    if (this.row.length > 1 || this.row[0] !== "")
      out.push({ line: this.rowLine, cells: this.row });
    this.row = [];
  }
}

/** Reads the records of a stream of text pieces (a file read as UTF-8), one at a time. */
export async function* csvRows(pieces: AsyncIterable<string>): AsyncGenerator<CsvRow> {
  const parser = new CsvStreamParser();
  for await (const piece of pieces) yield* parser.push(piece);
  yield* parser.end();
}
