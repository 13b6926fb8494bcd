/** Arabic texts of the enforcement ladder: the incident's timeline and the notices page. */
import type { enforcementEn } from "./enforcement-en.js";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const enforcementAr: Strings<typeof enforcementEn> = {
  enforcement: {
    nav: "الإخطارات",
    title: "الإخطارات الرسمية",
    intro:
      "الإخطارات الموجهة إلى طرف بعد ثبوت انتهاك، الأقرب موعدًا أولًا: هل ردّ الطرف، وأين وصلت كل حالة.",
    section: "الإنفاذ",
    sectionIntro:
      "بعد إصدار نتيجة بوقوع انتهاك: إخطار رسمي للطرف المسؤول، ثم ردّه، ثم الإحالة إلى اللجنة المشتركة، ثم قرار اللجنة، ثم الإحالة إلى الجهة صاحبة الولاية. لا تُعدَّل أي خطوة: التصحيح خطوة جديدة.",
    none: "لا يوجد إخطار رسمي بشأن هذه الحادثة.",
    noneListed: "لا توجد إخطارات.",
    onlyOpen: "الإخطارات المفتوحة فقط",
    notice: "إخطار إلى",
    deadline: "الموعد النهائي للرد",
    deadlineEnd: "نهاية يوم {{day}} (بتوقيت البعثة)",
    party: "الطرف",
    incident: "الحادثة",
    stage: "المرحلة",
    status: {
      awaiting: "بانتظار الرد",
      responded: "ورد الرد",
      no_response: "لم يرد رد حتى الموعد النهائي",
    },
    open: "مفتوح",
    decided: "صدر القرار",
    provisions: "الأحكام المستند إليها",
    kind: {
      notice: "إخطار رسمي",
      response: "رد الطرف",
      commission_referral: "أحيلت إلى اللجنة المشتركة",
      commission_decision: "قرار اللجنة المشتركة",
      mandating_body_referral: "أحيلت إلى الجهة صاحبة الولاية",
      correction: "تصحيح",
    },
    corrects: "تصحيح للخطوة {{seq}}",
    correctedBy: "صُحّحت بالخطوة {{seq}}",
    onAgenda: "على جدول أعمال اجتماع اللجنة المشتركة",
    decisionOf: "قرار اللجنة المشتركة في اجتماعها",
    decisionVersion: "الصيغة {{version}}",
    inEffectSince: "نافذ منذ",
    by: "الخطوة {{seq}}",
    issue: {
      title: "إصدار إخطار رسمي",
      intro:
        "إلى الطرف الذي تسميه النتيجة الصادرة، مع الأحكام التي تستند إليها. يجوز للطرف الرد حتى نهاية يوم الموعد النهائي بتوقيت البعثة.",
      deadline: "الموعد النهائي للرد (اليوم)",
      textEn: "الإخطار (بالإنجليزية)",
      textAr: "الإخطار (بالعربية)",
      submit: "إصدار الإخطار",
      done: "صدر الإخطار.",
    },
    respond: {
      title: "ردّكم",
      intro: "يرجى الرد قبل نهاية يوم {{day}} (بتوقيت البعثة). لا يطّلع الطرف الآخر على ردّكم.",
      text: "الرد",
      language: "لغة الرد",
      submit: "إرسال الرد",
      done: "سُجّل ردّكم.",
    },
    correct: {
      open: "تصحيح خطوة…",
      title: "تصحيح خطوة",
      intro:
        "التصحيح لا يمحو شيئاً: يُضاف إلى التسلسل الزمني خطوةً جديدة تحلّ محلّ الخطوة التي تصححها، وتبقى تلك كما كُتبت.",
      step: "الخطوة المصحَّحة",
      option: "الخطوة {{seq}}: {{kind}}",
      textEn: "التصحيح (بالإنجليزية)",
      textAr: "التصحيح (بالعربية)",
      submit: "تسجيل التصحيح",
      done: "سُجّل التصحيح.",
      cancel: "إلغاء",
    },
    next: {
      title: "الخطوة التالية",
      kind: "الخطوة",
      textEn: "النص (بالإنجليزية)",
      textAr: "النص (بالعربية)",
      submit: "تسجيل الخطوة",
      done: "سُجّلت الخطوة.",
      corrects: "الخطوة المصحَّحة",
      meeting: "إدراجها في جدول أعمال",
      noMeeting: "لا اجتماع بعد",
      noteEn: "ملاحظة (بالإنجليزية، اختيارية)",
      noteAr: "ملاحظة (بالعربية، اختيارية)",
      decision: "القرار الذي وقّعه الوفدان",
      chooseDecision: "اختر القرار…",
      decisionHint:
        "قرار صادر في الاجتماع {{meeting}} الذي أُحيلت إليه القضية، ونافذ بتوقيع رئيس كل وفد.",
      noDecision:
        "لا قرار نافذاً بعد في الاجتماع {{meeting}}: يصبح القرار نافذاً حين يوقّعه رئيس كل وفد، في صفحة الاجتماع.",
    },
  },
};
