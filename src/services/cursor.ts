/**
 * Keyset-pagination cursors shared by the list use cases: an opaque token for "rows strictly
 * after (time, id)" in newest-first order. A forged or damaged cursor is a 400, never a 500.
 */
import { DomainError } from "../domain/errors.js";

export interface CursorPosition {
  at: Date;
  id: string;
}

function encodeCursor(at: Date, id: string): string {
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

/**
 * A cursor for a list the caller may sort: the sort and direction it was made for (a cursor of
 * another sort is refused rather than silently skipping rows), the key of the last row (an
 * instant or a text) and its id.
 */
export interface SortedPosition {
  sort: string;
  key: Date | string;
  id: string;
}

export function encodeSortedCursor(p: SortedPosition): string {
  const key = p.key instanceof Date ? { t: p.key.toISOString() } : { s: p.key };
  return Buffer.from(JSON.stringify({ o: p.sort, ...key, i: p.id })).toString("base64url");
}

export function decodeSortedCursor(cursor: string, sort: string): SortedPosition {
  const invalid = (why: string) =>
    new DomainError("validation_failed", `The cursor ${why}; start again without it.`, {
      field: "cursor",
    });
  let v: { o?: unknown; t?: unknown; s?: unknown; i?: unknown };
  try {
    v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as typeof v;
  } catch {
    throw invalid("is not valid");
  }
  if (typeof v !== "object" || v === null) throw invalid("is not valid");
  if (typeof v.i !== "string" || !/^[0-9a-f-]{36}$/.test(v.i)) throw invalid("is not valid");
  if (v.o !== sort) throw invalid("belongs to another sort order");
  if (typeof v.s === "string") return { sort, key: v.s, id: v.i };
  const at = new Date(typeof v.t === "string" ? v.t : "");
  if (Number.isNaN(at.getTime())) throw invalid("is not valid");
  return { sort, key: at, id: v.i };
}

/**
 * A cursor for a list in order of an instant that may be missing (those without close the
 * list), then of a unique text (a reference): the commitments, soonest due first.
 */
export interface DueCursor {
  at: Date | null;
  key: string;
}

export function encodeDueCursor(p: DueCursor): string {
  return Buffer.from(JSON.stringify({ d: p.at?.toISOString() ?? null, k: p.key })).toString(
    "base64url",
  );
}

export function decodeDueCursor(cursor: string): DueCursor {
  const invalid = new DomainError(
    "validation_failed",
    "The cursor is not valid; start again without it.",
    { field: "cursor" },
  );
  let v: { d?: unknown; k?: unknown };
  try {
    v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as typeof v;
  } catch {
    throw invalid;
  }
  if (typeof v !== "object" || v === null || typeof v.k !== "string" || v.k.length > 200)
    throw invalid;
  if (v.d === null) return { at: null, key: v.k };
  const at = new Date(typeof v.d === "string" ? v.d : "");
  if (Number.isNaN(at.getTime())) throw invalid;
  return { at, key: v.k };
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
  return pageWithCursor(rows, limit, present, (last) => {
    const { at, id } = position(last);
    return encodeCursor(at, id);
  });
}

/** pageOf with the cursor made by `cursorAfter` (for lists with their own cursor kind). */
export async function pageWithCursor<R, T>(
  rows: R[],
  limit: number,
  present: (rows: R[]) => T[] | Promise<T[]>,
  cursorAfter: (item: T) => string,
): Promise<Page<T>> {
  const items = await present(rows.slice(0, limit));
  const last = items[items.length - 1];
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  return { items, nextCursor: cursorAfter(last) };
}
