/** Incidents (the unit that is verified) and findings (the mission's versioned conclusion). */
import type { Classification } from "./access-rules.js";
import { DomainError } from "./errors.js";
import type { SubjectGeo } from "./geo/evaluation-record.js";
import type {
  AttributionLevel,
  CategoryCode,
  FindingOutcome,
  Severity,
  StandardOfProof,
  VerificationLevel,
} from "./taxonomy.js";
import type { CaseState } from "./workflow.js";

export interface Incident {
  id: string;
  reference: string;
  state: CaseState;
  title: string;
  /** Made up by the server from category and place, not typed by a person. */
  titleGenerated: boolean;
  category: CategoryCode;
  occurredFrom: Date;
  occurredTo: Date;
  location: { lat: number; lon: number } | null;
  concernedParties: string[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  releasedAt: Date | null;
  /** Who may read the incident outside the mission (decision 0007). */
  classification: Classification;
  embargoUntil: Date | null;
  /** The stored geo evaluation, when loaded (decision 0004). */
  geo?: SubjectGeo;
}

/** How an incident list is ordered: by the event's start, its last change, or its reference. */
export const INCIDENT_SORTS = ["occurred", "updated", "reference"] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];
export const SORT_ORDERS = ["desc", "asc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SourceGrade {
  reportId: string;
  reliability: "A" | "B" | "C" | "D" | "E" | "F";
  credibility: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface FindingInput {
  outcome: FindingOutcome;
  verificationLevel: VerificationLevel;
  attributionLevel: AttributionLevel;
  attributedParty?: string;
  provisions: string[];
  severity?: Severity;
  standardOfProof?: StandardOfProof;
  sourceGrades: SourceGrade[];
  publicNarrative: string;
  restrictedNarrative: string;
  /** Part of the version: who may receive it. Defaults to the incident's classification. */
  classification?: Classification;
  /** The parties the finding concerns; defaults to the incident's concerned parties. */
  concernedParties?: string[];
  embargoUntil?: Date;
}

export interface Finding extends Omit<
  FindingInput,
  | "attributedParty"
  | "severity"
  | "standardOfProof"
  | "classification"
  | "concernedParties"
  | "embargoUntil"
> {
  classification: Classification;
  concernedParties: string[];
  embargoUntil: Date | null;
  id: string;
  incidentId: string;
  version: number;
  attributedParty: string | null;
  severity: Severity | null;
  standardOfProof: StandardOfProof | null;
  draftedBy: string;
  createdAt: Date;
}

/** Consistency rules between the independent axes of a finding (domain.md §0.2, §5). */
export function checkFinding(f: FindingInput): void {
  const names = f.attributionLevel === "attributed" || f.attributionLevel === "assessed_likely";
  if (names && !f.attributedParty) {
    throw new DomainError(
      "validation_failed",
      "An attributed finding must name the responsible party.",
      {
        field: "attributedParty",
      },
    );
  }
  if (!names && f.attributedParty) {
    throw new DomainError(
      "validation_failed",
      `A finding with attribution level "${f.attributionLevel}" does not name a party; remove attributedParty.`,
      { field: "attributedParty" },
    );
  }
  if (f.outcome === "violation_attributed" && !names) {
    throw new DomainError(
      "validation_failed",
      "An attributed violation needs an attribution level that names a party.",
      {
        field: "attributionLevel",
      },
    );
  }
  const violation = f.outcome === "violation_attributed" || f.outcome === "violation_unattributed";
  if (violation && f.provisions.length === 0) {
    throw new DomainError(
      "validation_failed",
      "A violation finding must name the provisions breached.",
      {
        field: "provisions",
      },
    );
  }
}
