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
