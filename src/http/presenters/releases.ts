/**
 * What of releases, drafts in the right of reply and replies leaves the server. A release is
 * presented from its frozen snapshot only, so every recipient gets the same bytes and hash.
 */
import type { Release, Reply } from "../../domain/releases.js";
import { isCaseRole, type Actor } from "../../domain/roles.js";
import type { FindingCitedProvision } from "../../services/agreements.js";
import type { StoredSignature } from "../../services/signing.js";
import type { ReplyDraft } from "../../services/replies.js";
import type {
  PublicIncidentOut,
  ReleaseOut,
  ReleaseSummaryOut,
  ReplyDraftOut,
  ReplyOut,
} from "../schemas/incidents-responses.js";
import { presentCitedProvision } from "./agreements.js";
import { presentIncident } from "./incidents.js";

export function presentRelease(
  r: Release & {
    citedProvisions?: FindingCitedProvision[];
    signature?: StoredSignature | null;
  },
  viewer: Actor,
): ReleaseOut {
  return {
    id: r.id,
    incidentId: r.incidentId,
    findingVersion: r.findingVersion,
    audience: r.audience,
    releaseAt: r.releaseAt.toISOString(),
    content: r.content,
    contentHash: r.contentHash,
    // Who released it and when it was scheduled is the mission's own business.
    ...(isCaseRole(viewer)
      ? { releasedBy: r.releasedBy, createdAt: r.createdAt.toISOString() }
      : {}),
    ...(r.citedProvisions ? { citedProvisions: r.citedProvisions.map(presentCitedProvision) } : {}),
    ...(r.signature === undefined
      ? {}
      : {
          signature: r.signature && {
            keyId: r.signature.keyId,
            signedAt: r.signature.signedAt,
            checkpointSeq: r.signature.checkpoint?.seq ?? null,
          },
        }),
  };
}

/** A release as listed on an incident page: which, to whom, when, and its hash. */
export function presentReleaseSummary(r: Release): ReleaseSummaryOut {
  return {
    id: r.id,
    findingVersion: r.findingVersion,
    audience: r.audience,
    releaseAt: r.releaseAt.toISOString(),
    contentHash: r.contentHash,
  };
}

export function presentReply(r: Reply): ReplyOut {
  return {
    id: r.id,
    incidentId: r.incidentId,
    findingVersion: r.findingVersion,
    party: r.party,
    text: r.text,
    language: r.language,
    submittedAt: r.submittedAt.toISOString(),
  };
}

/**
 * The draft finding as the parties read it in the right of reply: both narratives, never the
 * sources (no source grades, no reports, no drafter).
 */
export function presentDraft(d: ReplyDraft, viewer: Actor): ReplyDraftOut {
  const f = d.finding;
  return {
    incident: presentIncident(d.incident, viewer),
    finding: {
      version: f.version,
      outcome: f.outcome,
      verificationLevel: f.verificationLevel,
      attributionLevel: f.attributionLevel,
      attributedParty: f.attributedParty,
      provisions: f.provisions,
      severity: f.severity,
      standardOfProof: f.standardOfProof,
      publicNarrative: f.publicNarrative,
      restrictedNarrative: f.restrictedNarrative,
      publicNarrativeAr: f.publicNarrativeAr,
      restrictedNarrativeAr: f.restrictedNarrativeAr,
      authoritativeLanguage: f.authoritativeLanguage,
      concernedParties: f.concernedParties,
    },
    replyDeadline: d.window.closesAt.toISOString(),
    open: d.open,
    replies: d.replies.map(presentReply),
    citedProvisions: d.citedProvisions.map(presentCitedProvision),
  };
}

/**
 * The public read path: the public release's snapshot as it was frozen (coarsened location with
 * `content.incident.coarsened`, public narrative only), so anyone can recompute its hash.
 */
export function presentPublicIncident(r: Release): PublicIncidentOut {
  return {
    id: r.incidentId,
    releaseId: r.id,
    releaseAt: r.releaseAt.toISOString(),
    content: r.content,
    contentHash: r.contentHash,
  };
}
