/** Arabic texts of the mission settings page. */
import type { missionEn } from "./mission-en.js";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> } & {
  [plural: string]: unknown;
};

export const missionAr: Strings<typeof missionEn> = {
  missionSettings: {
    nav: "إعدادات البعثة",
    title: "إعدادات البعثة",
    intro:
      "طريقة عمل هذه البعثة: لغاتها، والتوقيت الذي تُكتب به كل التواريخ وتُعرض، والمهلة المتاحة للطرف للرد على مسودة نتيجة، ومتى تُنشر النتائج. يُحفظ كل تغيير في سجل التدقيق.",
    mission: "البعثة",
    jointBody: "الهيئة المشتركة",
    chairedBy: "يرأسها: {{chair}}",
    languages: "لغات العمل",
    languagesHint:
      "اللغات التي تعمل بها البعثة. تُحفظ النصوص بكلتيهما، والأولى هي اللغة الافتراضية.",
    firstLanguage: "لغة الواجهة الافتراضية",
    firstLanguageHint: "اللغة التي تُفتح بها الواجهة لمن لم يختر لغة بعد.",
    timeZone: "المنطقة الزمنية",
    timeZoneHint:
      "تُكتب كل التواريخ وتُعرض بهذا التوقيت أيًّا كان توقيت الجهاز. تغييره يغيّر طريقة عرض الأوقات السابقة لا الأوقات نفسها.",
    zoneOption: "{{zone}} ({{offset}})",
    replyWindowHours: "مهلة الرد (بالساعات)",
    replyWindowHint: "المدة المتاحة للطرف للرد على مسودة نتيجة قبل أن يجوز إصدارها.",
    releaseRules: "قواعد الإصدار",
    partiesFirst: "تتسلم الأطراف النتيجة قبل نشرها للعموم",
    publicDelayHours: "مهلة النشر للعموم (بالساعات)",
    publicDelayHint: "المدة بعد تسلّم الأطراف النتيجة التي يجوز بعدها نشرها للعموم (0: فورًا).",
    dailyReportCutoff: "موعد إقفال التقرير اليومي",
    dailyReportCutoffHint:
      "يغطي تقرير اليوم الساعات الأربع والعشرين المنتهية في هذا الموعد، بتوقيت البعثة (نظام 24 ساعة، مثل 19:30).",
    // الولاية (القرار 0017)
    mandate: "الولاية",
    mandateHint:
      "هل يجوز لسلّم الإنفاذ إحالة حالة إلى الجهة التي منحت البعثة ولايتها، بعد قرار اللجنة المشتركة.",
    mandatingBodyEn: "الجهة مانحة الولاية (بالإنجليزية)",
    mandatingBodyAr: "الجهة مانحة الولاية (بالعربية)",
    mandatingBodyHint: "مثل مجلس الأمن. اترك الحقلين فارغين إن لم توجد.",
    referralAllowed: "تجيز الولاية إحالة حالة إلى الجهة مانحة الولاية",
    save: "حفظ الإعدادات",
    saving: "جارٍ الحفظ…",
    saved: "حُفظت الإعدادات.",
    fixFields_one: "صحّح الحقل المشار إليه أدناه.",
    fixFields_other: "صحّح الحقول المشار إليها أدناه ({{count}}).",
    fixFields_zero: "صحّح الحقول المشار إليها أدناه.",
    fixFields_two: "صحّح الحقلين المشار إليهما أدناه.",
    fixFields_few: "صحّح الحقول المشار إليها أدناه ({{count}}).",
    fixFields_many: "صحّح الحقول المشار إليها أدناه ({{count}}).",
    problem: {
      bothNames: "سمِّ الجهة مانحة الولاية باللغتين، أو اترك الاسمين فارغين.",
      nameTheBody: "سمِّ الجهة مانحة الولاية قبل إجازة الإحالة إليها.",
      noLanguage: "اختر لغة عمل واحدة على الأقل.",
      unknownZone: "اختر منطقة زمنية من القائمة.",
      wholeHours: "عدد صحيح من الساعات من {{min}} إلى {{max}}.",
      wholeHoursFrom: "عدد صحيح من الساعات، {{min}} أو أكثر.",
      timeOfDay: "وقت من اليوم بنظام 24 ساعة، مثل 19:30.",
      refused: "لم يقبل الخادم هذه القيمة.",
    },
  },
};
