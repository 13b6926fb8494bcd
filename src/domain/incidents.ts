/** Incidents (the unit that is verified) and findings (the mission's versioned conclusion). */
import type { Classification } from "./access-rules.js";
import { otherLanguage } from "./bilingual.js";
import { DomainError } from "./errors.js";
import type { SubjectGeo } from "./geo/evaluation-record.js";
import type {
  AttributionLevel,
  CategoryCode,
  FindingOutcome,
  Severity,
  StandardOfProof,
  Language,
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
  /** English text of the public narrative. */
  publicNarrative: string;
  /** English text of the restricted narrative. */
  restrictedNarrative: string;
  publicNarrativeAr?: string;
  restrictedNarrativeAr?: string;
  /** The language whose text prevails when the two differ; English when not said. */
  authoritativeLanguage?: Language;
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
  | "publicNarrativeAr"
  | "restrictedNarrativeAr"
  | "authoritativeLanguage"
> {
  publicNarrativeAr: string;
  restrictedNarrativeAr: string;
  authoritativeLanguage: Language;
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

/** Which field of a finding a consistency rule blames, and the rule it breaks. */
export interface FindingProblem {
  field: "attributedParty" | "attributionLevel" | "provisions" | NarrativeField;
  rule:
    | "party_required"
    | "party_not_allowed"
    | "naming_level_required"
    | "provisions_required"
    | "narrative_required";
  message: string;
}

type NarrativeField =
  "publicNarrative" | "publicNarrativeAr" | "restrictedNarrative" | "restrictedNarrativeAr";

type NarrativeInput = Pick<
  FindingInput,
  | "outcome"
  | "publicNarrative"
  | "restrictedNarrative"
  | "publicNarrativeAr"
  | "restrictedNarrativeAr"
  | "authoritativeLanguage"
>;

const LANGUAGE_NAME: Record<Language, string> = { ar: "Arabic", en: "English" };

/**
 * The narratives in the authoritative language: the public one once the finding concludes
 * anything (its outcome is no longer pending), and either one as soon as its translation is
 * written. The other language is optional.
 */
function narrativeProblems(f: NarrativeInput): FindingProblem[] {
  const auth = f.authoritativeLanguage ?? "en";
  const field = (kind: "public" | "restricted", lang: Language): NarrativeField =>
    `${kind}Narrative${lang === "ar" ? "Ar" : ""}`;
  const text = (kind: "public" | "restricted", lang: Language) =>
    (f[field(kind, lang)] ?? "").trim();
  const problems: FindingProblem[] = [];
  for (const kind of ["public", "restricted"] as const) {
    if (text(kind, auth)) continue;
    const translated = text(kind, otherLanguage(auth)) !== "";
    if (translated || (kind === "public" && f.outcome !== "pending")) {
      problems.push({
        field: field(kind, auth),
        rule: "narrative_required",
        message: `The ${kind} narrative in ${LANGUAGE_NAME[auth]}, the authoritative language, is required${translated ? " when its translation is written" : ""}.`,
      });
    }
  }
  return problems;
}

/**
 * Consistency rules between the independent axes of a finding (domain.md §0.2, §5): every rule
 * the finding breaks, in the order checkFinding() reports them. The web app's finding editor says
 * them before sending.
 */
export function findingProblems(
  f: Pick<FindingInput, "attributionLevel" | "attributedParty" | "provisions"> &
    Partial<NarrativeInput> &
    Pick<FindingInput, "outcome">,
): FindingProblem[] {
  const problems: FindingProblem[] = [];
  const names = f.attributionLevel === "attributed" || f.attributionLevel === "assessed_likely";
  if (names && !f.attributedParty) {
    problems.push({
      field: "attributedParty",
      rule: "party_required",
      message: "An attributed finding must name the responsible party.",
    });
  }
  if (!names && f.attributedParty) {
    problems.push({
      field: "attributedParty",
      rule: "party_not_allowed",
      message: `A finding with attribution level "${f.attributionLevel}" does not name a party; remove attributedParty.`,
    });
  }
  if (f.outcome === "violation_attributed" && !names) {
    problems.push({
      field: "attributionLevel",
      rule: "naming_level_required",
      message: "An attributed violation needs an attribution level that names a party.",
    });
  }
  const violation = f.outcome === "violation_attributed" || f.outcome === "violation_unattributed";
  if (violation && f.provisions.length === 0) {
    problems.push({
      field: "provisions",
      rule: "provisions_required",
      message: "A violation finding must name the provisions breached.",
    });
  }
  return [
    ...problems,
    ...narrativeProblems({ publicNarrative: "", restrictedNarrative: "", ...f }),
  ];
}

/** Refuses a finding that breaks a consistency rule, naming the first one (findingProblems()). */
export function checkFinding(f: FindingInput): void {
  const [first] = findingProblems(f);
  if (first) throw new DomainError("validation_failed", first.message, { field: first.field });
}
