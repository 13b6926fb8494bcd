/**
 * Reading a multipart upload, one way for every upload route: the text fields sent before the
 * file, checked by the route's schema, and the file part itself, unread. A body that is not a
 * well-formed multipart form — cut off, no boundary, a broken part header — is the client's
 * error: it answers 400 `upload_malformed`, whether the parser notices before the file or while
 * a service is reading the file's bytes.
 */
import type { Multipart, MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { DomainError } from "../domain/errors.js";

/** Marks an error of the multipart parser, for the error handler (src/http/errors.ts). */
export const MALFORMED_UPLOAD = "CFM_UPLOAD_MALFORMED";

function uploadMalformed(): DomainError {
  return new DomainError(
    "upload_malformed",
    "The upload was cut off or is not a well-formed multipart form; send it again.",
  );
}

/** A parser error raised while the file's bytes are read later is marked as the client's. */
function markStreamErrors(file: MultipartFile): MultipartFile {
  const mark = (err: Error & { code?: string }) => {
    err.code ??= MALFORMED_UPLOAD;
  };
  // A body that arrived whole may have failed already, before anyone listened.
  if (file.file.errored) mark(file.file.errored);
  file.file.once("error", mark);
  return file;
}

function partValue(part: Multipart | Multipart[]): unknown {
  if (Array.isArray(part)) return part.map(partValue);
  return part.type === "field" ? part.value : { file: true };
}

/**
 * The file in form field `field` (at most `maxBytes` + 1 bytes read, so that a file over the limit
 * reaches the store's own check) and the fields before it, parsed by `schema`. On a bad form the
 * file is not read.
 */
export async function readFileForm<S extends z.ZodType>(
  req: FastifyRequest,
  opts: { field: string; maxBytes: number; schema: S; missing: string },
): Promise<{ file: MultipartFile; fields: z.infer<S> }> {
  let file: MultipartFile | undefined;
  try {
    file = await req.file({ limits: { fileSize: opts.maxBytes + 1 } });
  } catch (err) {
    if (err instanceof Error && !("code" in err)) throw uploadMalformed();
    throw err;
  }
  if (!file || file.fieldname !== opts.field) {
    file?.file.destroy();
    throw new DomainError("validation_failed", opts.missing, { field: opts.field });
  }
  const values: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(file.fields)) {
    if (name !== opts.field && part !== undefined) values[name] = partValue(part);
  }
  const parsed = opts.schema.safeParse(values);
  if (!parsed.success) {
    file.file.destroy();
    const issues = parsed.error.issues.map((i) => ({
      field: i.path.join("."),
      message: i.message,
    }));
    const first = issues[0];
    throw new DomainError(
      "validation_failed",
      `The upload form is not valid: ${first?.field || "form"}: ${first?.message ?? "invalid"}`,
      { issues },
    );
  }
  return { file: markStreamErrors(file), fields: parsed.data };
}

/** Every part of a multipart form, in order; a malformed body is the client's error. */
export async function* formParts(
  req: FastifyRequest,
  limits: { fileSize: number; files: number; fields: number },
): AsyncGenerator<Multipart> {
  const parts = req.parts({ limits })[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await parts.next();
    } catch (err) {
      if (err instanceof Error && !("code" in err)) throw uploadMalformed();
      throw err;
    }
    if (next.done) return;
    yield next.value;
  }
}
