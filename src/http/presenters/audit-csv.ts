/**
 * The audit log as CSV, for the auditor's own tools: each entry as the page shows it, with its
 * time in UTC and in mission time, and both hashes, so that the chain can be followed offline.
 */
import { csvDocument, isoInZone } from "../../domain/csv.js";
import type { AuditEntryView } from "../../services/audit.js";

const AUDIT_CSV_COLUMNS = [
  "seq",
  "at_utc",
  "at_local",
  "time_zone",
  "actor",
  "action",
  "subject",
  "subject_label",
  "hash",
  "prev_hash",
] as const;

export function presentAuditCsv(entries: readonly AuditEntryView[], timeZone: string): string {
  return csvDocument(
    AUDIT_CSV_COLUMNS,
    entries.map((e) => [
      e.seq,
      e.at,
      isoInZone(new Date(e.at), timeZone),
      timeZone,
      e.actor,
      e.action,
      e.subject,
      e.subjectLabel,
      e.hash,
      e.prevHash,
    ]),
  );
}
