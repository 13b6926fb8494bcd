/**
 * Releases, drafts in the right of reply and replies, as the API answers them
 * (src/http/presenters/releases.ts).
 */
import type { Incident } from "./types.js";

import type { ReleaseAudience } from "../../../src/domain/access-rules.js";
import type { ReleaseContent } from "../../../src/domain/release-content.js";

export type { ReleaseContent };

/** One release: the frozen content every recipient reads, and its SHA-256. */
export interface Release {
  id: string;
  incidentId: string;
  findingVersion: number;
  audience: ReleaseAudience;
  releaseAt: string;
  content: ReleaseContent;
  contentHash: string;
  /** The mission's own business: case roles only. */
  releasedBy?: string;
  createdAt?: string;
}

/** A release as listed on the incident page. */
export interface ReleaseSummary {
  id: string;
  findingVersion: number;
  audience: ReleaseAudience;
  releaseAt: string;
  contentHash: string;
}

export interface Reply {
  id: string;
  incidentId: string;
  findingVersion: number;
  party: string;
  text: string;
  language: "ar" | "en";
  submittedAt: string;
}

export interface ReplyWindowInfo {
  opensAt: string;
  closesAt: string;
  findingVersion: number;
}

/** The draft finding as a party reads it in the right of reply: never its sources. */
export interface DraftFinding {
  version: number;
  outcome: string;
  verificationLevel: string;
  attributionLevel: string;
  attributedParty: string | null;
  provisions: string[];
  severity: number | null;
  standardOfProof: string | null;
  publicNarrative: string;
  restrictedNarrative: string;
  concernedParties: string[];
}

/** GET /incidents/{id}/draft */
export interface ReplyDraft {
  incident: Incident;
  finding: DraftFinding;
  replyDeadline: string;
  /** Whether the server accepts a reply now. */
  open: boolean;
  /** The caller's own party's replies (the mission: all). */
  replies: Reply[];
}
