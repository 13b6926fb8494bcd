/**
 * Keyset-pagination cursors shared by the list use cases: an opaque token for "rows strictly
 * after (time, id)" in newest-first order. A forged or damaged cursor is a 400, never a 500.
 */
import { DomainError } from "../domain/errors.js";

export interface CursorPosition {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  const [text, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(text ?? "");
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(at.getTime())) {
    throw new DomainError("validation_failed", "The cursor is not valid; start again without it.", {
      field: "cursor",
    });
  }
  return { at, id };
}

/** One page of a list, and the cursor of the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A page from rows read one past `limit` (so that a next page is known without counting): the
 * first `limit` rows as `present` turns them into items, and a cursor after the last item when
 * there were more.
 */
export async function pageOf<R, T>(
  rows: R[],
  limit: number,
  present: (rows: R[]) => T[] | Promise<T[]>,
  position: (item: T) => CursorPosition,
): Promise<Page<T>> {
  const items = await present(rows.slice(0, limit));
  const last = items[items.length - 1];
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  const { at, id } = position(last);
  return { items, nextCursor: encodeCursor(at, id) };
}
