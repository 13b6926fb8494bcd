/** Violation taxonomy, verification vocabulary and grading codes of domain.md §3–§5. */

export const CATEGORY_CODES = [
  "A1",
  "A2",
  "A3",
  "A4",
  "A5",
  "A6",
  "A7",
  "A8",
  "B1",
  "B2",
  "B3",
  "B4",
  "B5",
  "B6",
  "C1",
  "C2",
  "C3",
  "C4",
  "C5",
  "C6",
  "D1",
  "D2",
  "D3",
  "D4",
  "E1",
  "E2",
  "E3",
  "E4",
  "F",
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** The taxonomy's families (A armed violence … F logged): a code's first letter. */
export const CATEGORY_GROUPS = ["A", "B", "C", "D", "E", "F"] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

export function categoryGroupOf(code: CategoryCode): CategoryGroup {
  return code.charAt(0) as CategoryGroup;
}

/** The codes of a family, or the one code. */
export function categoriesMatching(codeOrGroup: CategoryCode | CategoryGroup): CategoryCode[] {
  return CATEGORY_CODES.filter((c) => c === codeOrGroup || categoryGroupOf(c) === codeOrGroup);
}

export const CATEGORY_LABELS: Record<CategoryCode, { en: string; ar: string }> = {
  A1: { en: "Exchange of fire / ground engagement", ar: "تبادل إطلاق النار / اشتباك بري" },
  A2: { en: "Offensive operation / advance", ar: "عملية هجومية / تقدم" },
  A3: {
    en: "Indirect fire (mortar, artillery, rockets)",
    ar: "قصف غير مباشر (هاون، مدفعية، صواريخ)",
  },
  A4: { en: "Air or drone strike", ar: "غارة جوية أو بطائرة مسيرة" },
  A5: { en: "Mine or IED laying or detonation", ar: "زرع أو تفجير ألغام أو عبوات ناسفة" },
  A6: { en: "Sniper or targeted fire", ar: "قنص أو إطلاق نار موجه" },
  A7: { en: "Attack on civilians or civilian objects", ar: "هجوم على مدنيين أو أعيان مدنية" },
  A8: { en: "Fire at or near monitors", ar: "إطلاق نار على المراقبين أو بالقرب منهم" },
  B1: { en: "Forward movement / failure to withdraw", ar: "تحرك إلى الأمام / عدم الانسحاب" },
  B2: {
    en: "Heavy weapons in violation of withdrawal lines",
    ar: "أسلحة ثقيلة مخالفة لخطوط الانسحاب",
  },
  B3: { en: "Reinforcement or foreign fighters", ar: "تعزيزات أو مقاتلون أجانب" },
  B4: {
    en: "Military flights, airspace or maritime violations",
    ar: "طلعات عسكرية أو خرق للمجال الجوي أو البحري",
  },
  B5: { en: "Arms transfers in breach", ar: "نقل أسلحة بالمخالفة" },
  B6: { en: "Prohibited training agreements", ar: "اتفاقيات تدريب محظورة" },
  C1: { en: "Abduction or arbitrary detention", ar: "اختطاف أو احتجاز تعسفي" },
  C2: { en: "Sexual violence", ar: "عنف جنسي" },
  C3: { en: "Forced or child recruitment", ar: "تجنيد قسري أو تجنيد أطفال" },
  C4: { en: "Denial of humanitarian access", ar: "منع وصول المساعدات الإنسانية" },
  C5: { en: "Looting or destruction of property", ar: "نهب أو تدمير ممتلكات" },
  C6: { en: "Forced displacement", ar: "تهجير قسري" },
  D1: { en: "Freedom-of-movement restriction", ar: "تقييد حرية تنقل المراقبين" },
  D2: { en: "Threats or violence against monitors", ar: "تهديد أو عنف ضد المراقبين" },
  D3: { en: "Technical interference", ar: "تشويش تقني" },
  D4: { en: "Non-cooperation", ar: "عدم التعاون" },
  E1: { en: "Commitment deadline missed", ar: "تفويت موعد التزام" },
  E2: { en: "Hate speech or incitement", ar: "خطاب كراهية أو تحريض" },
  E3: { en: "Detainee-exchange commitment not honoured", ar: "عدم الوفاء بتبادل المحتجزين" },
  E4: { en: "Reversal of a confidence-building measure", ar: "التراجع عن إجراء لبناء الثقة" },
  F: { en: "Logged, normally not a violation", ar: "مسجل، لا يعد خرقاً عادة" },
};

export const SOURCE_KINDS = ["party_complaint", "monitor", "public", "media", "sensor"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const FINDING_OUTCOMES = [
  "violation_attributed",
  "violation_unattributed",
  "not_a_violation",
  "unfounded",
  "unable_to_determine",
  "pending",
] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

/**
 * Whether an incident counts as a violation in reports and maps: the use of force or force
 * posture (families A and B) that no finding has found not to be a violation, or unfounded.
 */
export function countsAsViolation(category: CategoryCode, outcome: string | null): boolean {
  const group = categoryGroupOf(category);
  if (group !== "A" && group !== "B") return false;
  return outcome !== "not_a_violation" && outcome !== "unfounded";
}

/** §5.3: V0 reported … V3 verified, X refuted, U unverifiable. */
export const VERIFICATION_LEVELS = ["V0", "V1", "V2", "V3", "X", "U"] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

export const ATTRIBUTION_LEVELS = [
  "attributed",
  "assessed_likely",
  "area_of_control_only",
  "undetermined",
] as const;
export type AttributionLevel = (typeof ATTRIBUTION_LEVELS)[number];

export const STANDARDS_OF_PROOF = [
  "beyond_reasonable_doubt",
  "clear_and_convincing",
  "balance_of_probabilities",
  "reasonable_grounds",
  "reasonable_suspicion",
] as const;
export type StandardOfProof = (typeof STANDARDS_OF_PROOF)[number];

/** §4 severity: 1 minor/technical, 2 serious, 3 grave. */
export const SEVERITIES = [1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Admiralty / STANAG 2511 grading (§5.1). */
export const SOURCE_RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;
export const INFORMATION_CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;

export const LANGUAGES = ["ar", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
