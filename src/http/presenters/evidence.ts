/** What of an evidence item leaves the server, and for whom (see src/services/evidence.ts). */
import type { CustodyEntry, EvidenceItem } from "../../domain/evidence.js";
import { hasRole, isCaseRole, type Actor } from "../../domain/roles.js";
import type { EvidenceDetail, ReportWithEvidence } from "../../services/evidence.js";
import type {
  EvidenceDetailOut,
  EvidenceOut,
  ReportWithEvidenceOut,
} from "../schemas/reports-responses.js";
import { presentReport } from "./reports.js";

/** Metadata and hash: for everyone who may see the report. */
export function presentEvidence(e: EvidenceItem): EvidenceOut {
  return {
    id: e.id,
    sha256: e.sha256,
    sizeBytes: e.sizeBytes,
    mediaType: e.mediaType,
    originalName: e.originalName,
    receivedAt: e.receivedAt.toISOString(),
    classification: e.classification,
    concernedParties: e.concernedParties,
    embargoUntil: e.embargoUntil?.toISOString() ?? null,
  };
}

/**
 * A report with its evidence; with `sources`, the confidential source fields for those who read
 * them (the read was audited), or `redacted` naming the fields withheld from this viewer. Also
 * the versions of the report the viewer may read, and whether it may amend this one.
 */
export function presentReportWithEvidence(
  read: ReportWithEvidence,
  viewer: Actor,
): ReportWithEvidenceOut {
  const { report: r, evidence, sources, versions } = read;
  const later = versions.find((v) => v.version > r.version);
  return {
    ...presentReport(r, viewer),
    evidence: evidence.map(presentEvidence),
    ...(sources?.sources
      ? {
          sourceIdentity: sources.sources.sourceIdentity,
          witnesses: sources.sources.witnesses,
        }
      : {}),
    redacted: sources?.redacted ?? [],
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      receivedAt: v.receivedAt.toISOString(),
      status: v.status,
    })),
    // The next version the viewer may read (null if none, or none it may read).
    supersededById: later?.id ?? null,
    mayAmend: read.mayAmend,
  };
}

function presentCustody(c: CustodyEntry) {
  return { at: c.at.toISOString(), actor: c.actor, action: c.action, note: c.note };
}

export function presentEvidenceDetail(d: EvidenceDetail, viewer: Actor): EvidenceDetailOut {
  const e = d.item;
  const custody = d.custody ? { custody: d.custody.map(presentCustody) } : {};
  // The auditor reads custody records, not case content: a file name can be case content.
  if (hasRole(viewer, "auditor")) {
    const { originalName: _name, ...meta } = presentEvidence(e);
    return { ...meta, reportId: e.reportId, ...custody };
  }
  return {
    ...presentEvidence(e),
    reportId: e.reportId,
    ...(isCaseRole(viewer) ? { uploadedBy: e.uploadedBy } : {}),
    ...custody,
  };
}

/**
 * Headers for serving an original: its detected type, as a download (never rendered inline, so
 * a hostile file cannot run in the application's origin), with the hash it was stored under.
 */
export function evidenceContentHeaders(e: EvidenceItem): Record<string, string> {
  return {
    "content-type": e.mediaType,
    "content-length": String(e.sizeBytes),
    "content-disposition": attachmentDisposition(e.originalName),
    "x-content-sha256": e.sha256,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  };
}

/** RFC 6266: an ASCII fallback name and the exact name in RFC 8187 encoding (Arabic names). */
function attachmentDisposition(name: string): string {
  const fallback = Array.from(name, (ch) =>
    /^[\x20-\x7e]$/.test(ch) && ch !== '"' && ch !== "\\" ? ch : "_",
  ).join("");
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
