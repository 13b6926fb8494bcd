/**
 * The words for the vocabularies' codes — a finding's outcome, verification, attribution and
 * standard of proof, a commitment's status — in both interface languages: one list for the web
 * app (web/src/i18n), the public portal and the printed report products.
 */
import type {
  AttributionLevel,
  FindingOutcome,
  StandardOfProof,
  VerificationLevel,
} from "./taxonomy.js";
import type { CommitmentStatus } from "./commitments.js";

type Labels<K extends string> = Record<K, { en: string; ar: string }>;

export const FINDING_OUTCOME_LABELS: Labels<FindingOutcome> = {
  violation_attributed: {
    en: "Violation, responsible party named",
    ar: "خرق مع تحديد الطرف المسؤول",
  },
  violation_unattributed: {
    en: "Violation, responsibility undetermined",
    ar: "خرق دون تحديد المسؤولية",
  },
  not_a_violation: { en: "Not a violation", ar: "ليس خرقًا" },
  unfounded: { en: "Unfounded", ar: "لا أساس له" },
  unable_to_determine: { en: "Unable to determine", ar: "تعذّر البت" },
  pending: { en: "Pending", ar: "قيد النظر" },
};

export const VERIFICATION_LEVEL_LABELS: Labels<VerificationLevel> = {
  V0: { en: "V0 — reported / alleged", ar: "V0 — مُبلَّغ عنه / مزعوم" },
  V1: { en: "V1 — partially corroborated", ar: "V1 — مؤيَّد جزئيًا" },
  V2: { en: "V2 — corroborated", ar: "V2 — مؤيَّد" },
  V3: { en: "V3 — verified by the mission", ar: "V3 — تحققت منه البعثة" },
  X: { en: "X — refuted", ar: "X — ثبت عدم صحته" },
  U: { en: "U — unverifiable", ar: "U — يتعذر التحقق منه" },
};

export const ATTRIBUTION_LEVEL_LABELS: Labels<AttributionLevel> = {
  attributed: { en: "Attributed", ar: "منسوب إلى طرف محدد" },
  assessed_likely: { en: "Assessed as likely", ar: "نسبته مرجَّحة" },
  area_of_control_only: { en: "Area of control only", ar: "منطقة السيطرة فقط" },
  undetermined: { en: "Undetermined", ar: "غير محدد" },
};

export const STANDARD_OF_PROOF_LABELS: Labels<StandardOfProof> = {
  beyond_reasonable_doubt: { en: "Beyond reasonable doubt", ar: "بما لا يدع مجالًا للشك المعقول" },
  clear_and_convincing: { en: "Clear and convincing", ar: "أدلة واضحة ومقنعة" },
  balance_of_probabilities: { en: "Balance of probabilities", ar: "رجحان الاحتمالات" },
  reasonable_grounds: { en: "Reasonable grounds to believe", ar: "أسباب معقولة للاعتقاد" },
  reasonable_suspicion: { en: "Reasonable suspicion", ar: "اشتباه معقول" },
};

export const COMMITMENT_STATUS_LABELS: Labels<CommitmentStatus> = {
  not_started: { en: "Not started", ar: "لم يبدأ" },
  in_progress: { en: "In progress", ar: "قيد التنفيذ" },
  partially_met: { en: "Partially met", ar: "أُنجز جزئياً" },
  met: { en: "Met", ar: "أُنجز" },
  overdue: { en: "Overdue", ar: "متأخر" },
  reversed: { en: "Reversed", ar: "تراجع" },
  suspended: { en: "Suspended", ar: "معلّق" },
};

/** One language's words of a label list, keyed as the list is. */
export function labelsIn<K extends string>(
  lang: "en" | "ar",
  labels: Labels<K>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries(labels).map(([k, v]) => [k, (v as { en: string; ar: string })[lang]]),
  ) as Record<K, string>;
}
