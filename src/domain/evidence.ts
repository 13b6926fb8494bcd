/**
 * Evidence rules that need no I/O: which file types are accepted (decided from the file's own
 * bytes, never from what the client declares) and how a client-supplied file name is kept.
 */
import type { Classification } from "./access-rules.js";

export interface EvidenceItem {
  id: string;
  reportId: string;
  /** SHA-256 of the original bytes, computed while they were received (lowercase hex). */
  sha256: string;
  sizeBytes: number;
  /** Detected from the bytes at receipt. */
  mediaType: string;
  /** The name the uploader's device gave the file; shown to people, never used as a path. */
  originalName: string;
  uploadedBy: string | null;
  receivedAt: Date;
  /** Per-record access (decision 0007); at receipt, those of the report. */
  classification: Classification;
  concernedParties: string[];
  embargoUntil: Date | null;
}

export const CUSTODY_ACTIONS = ["received", "viewed", "downloaded", "verified"] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

export interface CustodyEntry {
  id: string;
  evidenceId: string;
  at: Date;
  /** Who acted, as the audit log names them (`user:<username>`). */
  actor: string;
  action: CustodyAction;
  note: string | null;
}

/**
 * Accepted kinds, keyed by the extension `file-type` reports for the detected bytes, with the
 * media type stored and served. Photos, video, audio recordings and documents — the formats
 * phones and offices produce. Everything else is refused, including plain text: it has no magic
 * bytes, so "text" could only be guessed from the absence of a signature, which would also admit
 * scripts and HTML; a written statement is accepted as PDF.
 */
const ACCEPTED: Readonly<Record<string, string | null>> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  // HEIC/HEIF: keep the detected variant (image/heic, image/heif, …-sequence).
  heic: null,
  mp4: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
  pdf: "application/pdf",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  // Ogg audio: Vorbis, Opus, FLAC-in-Ogg, Speex.
  ogg: "audio/ogg",
  opus: "audio/ogg",
  oga: "audio/ogg",
  spx: "audio/ogg",
  wav: "audio/wav",
};

/** Human-readable list for error messages and documentation. */
export const ACCEPTED_EVIDENCE_KINDS =
  "JPEG, PNG, WebP, HEIC, MP4, QuickTime, WebM, PDF, MP3, M4A, Ogg audio, WAV";

/** The media type to store for a detected file type, or null when the type is not accepted. */
export function acceptedMediaType(
  detected: { ext: string; mime: string } | undefined,
): string | null {
  if (!detected || !Object.hasOwn(ACCEPTED, detected.ext)) return null;
  return ACCEPTED[detected.ext] ?? detected.mime;
}

export const MAX_ORIGINAL_NAME_LENGTH = 255;

/**
 * Keeps the last path segment of a client's file name (browsers may send `C:\fakepath\x.jpg`),
 * at most 255 characters, without control characters (PostgreSQL text cannot hold NUL), lone
 * surrogates, or bidirectional overrides (which can make a name ending in
 * `.exe` display as one ending in `.jpg`).
 */
export function cleanOriginalName(name: string | undefined | null): string {
  const base = (name ?? "").split(/[/\\]/).pop() ?? "";
  const kept = Array.from(base).filter((ch) => !isUnsafeInName(ch.codePointAt(0) ?? 0));
  const short = kept.slice(0, MAX_ORIGINAL_NAME_LENGTH).join("").trim();
  return short !== "" && short !== "." && short !== ".." ? short : "unnamed";
}

function isUnsafeInName(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}
