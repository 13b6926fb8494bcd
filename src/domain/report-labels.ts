/**
 * The words a report product is written with, in both languages: headings, column names and the
 * vocabularies' labels the printed document needs (the web app has its own in web/src/i18n).
 */
import { FINDING_OUTCOME_LABELS } from "./labels.js";
import type { Bi, SectionKey } from "./report-products.js";

export const HEADINGS: Record<SectionKey | "introduction", Bi> = {
  introduction: { en: "Introduction", ar: "مقدمة" },
  summary: { en: "Summary", ar: "ملخص" },
  sectors: { en: "Ceasefire violations per sector", ar: "خروقات وقف إطلاق النار حسب القطاع" },
  notable: { en: "Notable incidents", ar: "حوادث بارزة" },
  restrictions: {
    en: "Restrictions of the monitors' freedom of movement",
    ar: "القيود على حرية تنقل المراقبين",
  },
  cbms: { en: "Confidence-building measures facilitated", ar: "تدابير بناء الثقة التي تم تيسيرها" },
  map: { en: "Map", ar: "الخريطة" },
  annex: {
    en: "Annex: every recorded ceasefire violation",
    ar: "ملحق: جميع خروقات وقف إطلاق النار المسجلة",
  },
  incident: { en: "The incident", ar: "الحادثة" },
  complaints: {
    en: "Complaints and the mission's findings, per party and category",
    ar: "الشكاوى ونتائج البعثة حسب الطرف والفئة",
  },
  trend: { en: "Trends", ar: "الاتجاهات" },
  scoreboard: { en: "Commitments scoreboard", ar: "لوحة متابعة الالتزامات" },
};

export const WORDS = {
  reference: { en: "Reference", ar: "المرجع" },
  period: { en: "Period", ar: "الفترة" },
  classification: { en: "Classification", ar: "التصنيف" },
  public: { en: "Public", ar: "علني" },
  parties: { en: "Restricted to the parties", ar: "مقيد للأطراف" },
  publicVersion: { en: "Public version", ar: "النسخة العلنية" },
  draft: { en: "DRAFT — not released", ar: "مسودة — لم تصدر" },
  released: { en: "Released", ar: "صدر في" },
  fingerprint: { en: "SHA-256 of the content", ar: "بصمة المحتوى SHA-256" },
  sector: { en: "Sector", ar: "القطاع" },
  violations: { en: "Violations", ar: "الخروقات" },
  explosions: { en: "Explosions", ar: "الانفجارات" },
  previous: { en: "Previous period", ar: "الفترة السابقة" },
  change: { en: "Change", ar: "التغير" },
  time: { en: "Time", ar: "الوقت" },
  place: { en: "Place", ar: "المكان" },
  category: { en: "Category", ar: "الفئة" },
  party: { en: "Party", ar: "الطرف" },
  complaints: { en: "Complaints", ar: "الشكاوى" },
  status: { en: "Status", ar: "الحالة" },
  commitment: { en: "Commitment", ar: "الالتزام" },
  observations: { en: "Observations", ar: "المشاهدات" },
  total: { en: "Total", ar: "المجموع" },
  due: { en: "Due", ar: "مستحق" },
  met: { en: "Met", ar: "أُنجز" },
  late: { en: "Late", ar: "متأخر" },
  disputed: { en: "Disputed", ar: "متنازع عليه" },
  incidents: { en: "Incidents", ar: "الحوادث" },
  none: { en: "None recorded in this period.", ar: "لم يسجل شيء خلال هذه الفترة." },
  other: { en: "Outside the sectors", ar: "خارج القطاعات" },
  unlocated: { en: "Not located", ar: "غير محدد الموقع" },
  all: { en: "All parties", ar: "جميع الأطراف" },
  noFinding: { en: "No finding yet", ar: "لا نتيجة بعد" },
  lineOfContact: { en: "Line of contact", ar: "خط التماس" },
  violation: { en: "Violation", ar: "خرق" },
  otherIncident: { en: "Other incident", ar: "حادثة أخرى" },
  coarsened: {
    en: "Positions shown on a 0.1° grid.",
    ar: "المواقع مبينة على شبكة 0.1 درجة.",
  },
} satisfies Record<string, Bi>;

/** The outcomes a complaints table counts: a finding's, and none yet. */
export const OUTCOME_LABELS: Record<string, Bi> = {
  ...FINDING_OUTCOME_LABELS,
  no_finding: WORDS.noFinding,
};

/** "+3", "−2", "0": a change against the previous period. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

export function summaryLines(t: {
  violations: number;
  explosions: number;
  previousViolations: number;
  previousExplosions: number;
  incidents: number;
  restrictions: number;
  cbms: number;
}): Bi[] {
  return [
    {
      en: `${t.violations} ceasefire violations recorded (previous period: ${t.previousViolations}, change ${signed(t.violations - t.previousViolations)}).`,
      ar: `سجل ${t.violations} خرقا لوقف إطلاق النار (الفترة السابقة: ${t.previousViolations}، التغير ${signed(t.violations - t.previousViolations)}).`,
    },
    {
      en: `${t.explosions} explosions among them (previous period: ${t.previousExplosions}).`,
      ar: `من بينها ${t.explosions} انفجارا (الفترة السابقة: ${t.previousExplosions}).`,
    },
    {
      en: `${t.incidents} incidents recorded in all.`,
      ar: `سجلت ${t.incidents} حادثة في المجموع.`,
    },
    {
      en: `${t.restrictions} restrictions of the monitors' freedom of movement.`,
      ar: `${t.restrictions} من القيود على حرية تنقل المراقبين.`,
    },
    {
      en: `${t.cbms} observations of progress on confidence-building measures.`,
      ar: `${t.cbms} من المشاهدات لتقدم تدابير بناء الثقة.`,
    },
  ];
}
