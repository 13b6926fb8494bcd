/**
 * Releases and the right of reply. A release freezes what its audience reads — the finding as
 * released, with the replies it drew — into one snapshot with a content hash, so that every
 * recipient reads byte-identical content from the same instant (DESIGN.md §1 item 6).
 */
import { coarsen, PUBLIC_GRID_DEGREES, type ReleaseAudience } from "./access-rules.js";
import { canonicalJson, sha256Hex } from "./audit-chain.js";
import type { Finding, Incident } from "./incidents.js";
import type { ReleaseContent } from "./release-content.js";
import type { Language } from "./taxonomy.js";

export interface Release {
  id: string;
  incidentId: string;
  findingId: string;
  findingVersion: number;
  audience: ReleaseAudience;
  releaseAt: Date;
  content: ReleaseContent;
  contentHash: string;
  releasedBy: string;
  createdAt: Date;
}

export interface ReplyWindow {
  id: string;
  incidentId: string;
  findingId: string;
  findingVersion: number;
  opensAt: Date;
  closesAt: Date;
}

export interface Reply {
  id: string;
  incidentId: string;
  findingVersion: number;
  party: string;
  text: string;
  language: Language;
  submittedBy: string;
  submittedAt: Date;
}

export type { ReleaseContent };

/**
 * The snapshot an audience reads. Sources (grades, report ids, who drafted) are never in it; the
 * public gets the public narrative only (in both languages), and coordinates on a 0.1° grid,
 * saying so. A snapshot frozen before findings had two languages lacks the Arabic narratives and
 * the authoritative language; it keeps its bytes, so its hash still checks.
 */
export function releaseContent(
  audience: ReleaseAudience,
  releaseAt: Date,
  incident: Incident,
  finding: Finding,
  replies: Reply[],
): ReleaseContent {
  const pub = audience === "public";
  const location = incident.location && (pub ? coarsen(incident.location) : incident.location);
  return {
    audience,
    releaseAt: releaseAt.toISOString(),
    incident: {
      id: incident.id,
      reference: incident.reference,
      title: incident.title,
      category: incident.category,
      occurredFrom: incident.occurredFrom.toISOString(),
      occurredTo: incident.occurredTo.toISOString(),
      location: location ? { lat: location.lat, lon: location.lon } : null,
      ...(pub && location ? { coarsened: { gridDegrees: PUBLIC_GRID_DEGREES } } : {}),
      concernedParties: incident.concernedParties,
    },
    finding: {
      version: finding.version,
      outcome: finding.outcome,
      verificationLevel: finding.verificationLevel,
      attributionLevel: finding.attributionLevel,
      attributedParty: finding.attributedParty,
      provisions: finding.provisions,
      severity: finding.severity,
      standardOfProof: finding.standardOfProof,
      publicNarrative: finding.publicNarrative,
      publicNarrativeAr: finding.publicNarrativeAr,
      authoritativeLanguage: finding.authoritativeLanguage,
      ...(pub
        ? {}
        : {
            restrictedNarrative: finding.restrictedNarrative,
            restrictedNarrativeAr: finding.restrictedNarrativeAr,
          }),
    },
    ...(pub
      ? {}
      : {
          replies: replies
            .filter((r) => r.findingVersion === finding.version)
            .map((r) => ({
              party: r.party,
              text: r.text,
              language: r.language,
              submittedAt: r.submittedAt.toISOString(),
            })),
        }),
  };
}

/** SHA-256 of the canonical JSON of the content: what each recipient can recompute. */
export function contentHash(content: ReleaseContent): string {
  return sha256Hex(canonicalJson(content));
}
