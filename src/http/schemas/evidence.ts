/** Request schemas for evidence. The file itself is streamed, not validated here. */
import { z } from "zod";
import { text } from "./common.js";

/** The text fields of an upload form; they must come before the `file` field. */
export const EvidenceUploadFields = z.strictObject({
  note: text(2000)
    .optional()
    .describe("Recorded on the `received` custody entry, e.g. who handed the file over and how"),
});
export type EvidenceUploadFields = z.infer<typeof EvidenceUploadFields>;

/** The multipart field that carries the file. */
export const EVIDENCE_FILE_FIELD = "file";
