/**
 * A row as the database's to_jsonb() gives it, computed from the JavaScript values it is written
 * from, so that its audit hash is known before it is written (decision 0008: a lone report and
 * its audit entry in one statement). The statement that writes the row checks in SQL that the
 * stored row equals this value, so a difference writes nothing; it never records a wrong hash.
 *
 * Timestamps are rendered as PostgreSQL renders timestamptz in JSON with the session time zone
 * UTC (both engines run with it: src/store/database.ts): "2020-01-14T21:00:00.12+00:00",
 * fractional seconds without trailing zeros.
 */
function pgTimestamptzJson(d: Date): string {
  const iso = d.toISOString();
  const seconds = iso.slice(0, 19);
  const fraction = iso.slice(20, 23).replace(/0+$/, "");
  return `${seconds}${fraction ? `.${fraction}` : ""}+00:00`;
}

/** The to_jsonb() form of a row of plain values (text, numbers, booleans, arrays, json, dates). */
export function rowJson(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = value instanceof Date ? pgTimestamptzJson(value) : value;
  }
  return out;
}
