/** What the audit log, its verification and an incident's history answer. */
import { z } from "zod";
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
      reason: z.string(),
    })
    .nullable(),
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
