/**
 * What a release freezes: the snapshot every recipient reads and whose canonical JSON is hashed
 * (src/domain/releases.ts). Types only, no Node modules, so the web app reads the same shape.
 */
import type { ReleaseAudience } from "./access-rules.js";

/**
 * JSON only (it is stored as jsonb and hashed as canonical JSON). A type, not an interface: the
 * response schema keeps fields it does not name (older or newer snapshots), and an interface
 * would not fit its index signature.
 */
export type ReleaseContent = {
  audience: ReleaseAudience;
  releaseAt: string;
  incident: {
    id: string;
    reference: string;
    title: string;
    category: string;
    occurredFrom: string;
    occurredTo: string;
    location: { lat: number; lon: number } | null;
    /** Present when the location was coarsened for the public. */
    coarsened?: { gridDegrees: number };
    concernedParties: string[];
  };
  finding: {
    version: number;
    outcome: string;
    verificationLevel: string;
    attributionLevel: string;
    attributedParty: string | null;
    provisions: string[];
    severity: number | null;
    standardOfProof: string | null;
    /** English text (or, in a release frozen before findings had two languages, the only text). */
    publicNarrative: string;
    /** Not in a public release. */
    restrictedNarrative?: string;
    /** Absent from releases frozen before findings had two languages (src/domain/bilingual.ts). */
    publicNarrativeAr?: string;
    /** Not in a public release. */
    restrictedNarrativeAr?: string;
    authoritativeLanguage?: string;
  };
  /** The parties' replies to this finding version; not in a public release. */
  replies?: { party: string; text: string; language: string; submittedAt: string }[];
};
