/** What the audit log, its verification and an incident's history answer. */
import { z } from "zod";
import { AUDIT_SLICE_FORMAT } from "../../domain/audit-slice.js";
import { TASK_KINDS } from "../../domain/tasks.js";
import { isoTime, listOf, recordId } from "./responses.js";

const sha256 = z.string().describe("SHA-256, hexadecimal");

const entryFields = {
  seq: z.number().int().describe("Position in the chain, from 1"),
  at: isoTime,
  actor: z.string().describe('Who: "user:<username>", "public" or "system:<name>"'),
  action: z.string().describe('What was done, e.g. "incident.transition"'),
};

const AuditEntry = z.object({
  ...entryFields,
  subject: z.string().describe('What it is about, e.g. "incident:<id>"'),
  dataHash: sha256,
  prevHash: sha256,
  hash: sha256,
  data: z.unknown().describe("The entry's details and the hashes of the rows it changed"),
  subjectLabel: z
    .string()
    .nullable()
    .describe("The subject's reference, tracking number or username, where it has one"),
});

export const AuditPage = z.object({
  items: z.array(AuditEntry),
  nextAfter: z.number().int().nullable().describe("Oldest first: pass as `after` for more"),
  nextBefore: z.number().int().nullable().describe("Newest first: pass as `before` for more"),
});

export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int().describe("Entries checked"),
  rowsChecked: z.number().int().describe("Audited rows compared with their recorded hash"),
  problem: z
    .object({
      seq: z.number().int().nullable().describe("The first entry that no longer holds"),
      field: z
        .enum(["seq", "prev_hash", "data", "hash", "head", "row"])
        .describe(
          "What fails: seq (an entry missing), prev_hash (the link), data (the details), hash (the entry's own fields), head (entries removed at the end), row (an audited row changed, added or deleted)",
        ),
      row: z
        .object({ table: z.string(), id: z.string() })
        .nullable()
        .describe("The audited row, when a row fails"),
      reason: z.string(),
    })
    .nullable(),
});

const chainPoint = z.object({
  seq: z.number().int().describe("Sequence number (0: before the first entry)"),
  hash: sha256.describe("That entry's hash (zeros before the first entry)"),
});

export const AuditSliceFile = z.object({
  format: z.literal(AUDIT_SLICE_FORMAT),
  exportedAt: isoTime,
  range: z.object({ from: isoTime.nullable(), to: isoTime.nullable() }),
  before: chainPoint.describe("The entry just before the first one exported"),
  head: chainPoint.describe("The newest entry of the log when exported"),
  entries: z
    .array(
      z.object({
        ...entryFields,
        subject: z.string(),
        data: z.unknown().describe("The entry's details and the hashes of the rows it changed"),
        dataHash: sha256,
        prevHash: sha256,
        hash: sha256,
      }),
    )
    .describe("Every entry of the range, oldest first, with no gap"),
});

const HistoryEntry = z.object({
  ...entryFields,
  details: z
    .record(z.string(), z.unknown())
    .describe("The facts recorded with the entry (audit-repo writes an object, {} for none)"),
  hash: sha256.describe("The entry's hash, to find it in the audit log"),
  task: z
    .object({
      id: recordId,
      reference: z.string(),
      kind: z.enum(TASK_KINDS),
      assigneeName: z.string(),
    })
    .optional()
    .describe("For a task's entry: which task, and to whom it is assigned"),
});

export const IncidentHistory = listOf(HistoryEntry);
