/** The public portal's words, in both languages (the portal is server-rendered, not i18next). */
export const PORTAL_LANGUAGES = ["ar", "en"] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

const en = {
  portal: "Public portal",
  skip: "Skip to the content",
  otherLanguage: "العربية",
  nav: {
    home: "Home",
    findings: "Published findings",
    report: "Report a violation",
    receipt: "Check a report",
    staff: "Mission staff: sign in",
  },
  home: {
    intro:
      "This mechanism records reported ceasefire violations, verifies them and publishes its findings. Everything here is public: coordinates are rounded and nothing is published before the parties have received it.",
    latest: "Latest published findings",
    none: "Nothing has been published yet.",
    all: "All published findings",
  },
  findings: {
    title: "Published findings",
    reference: "Reference",
    when: "When",
    where: "Where (rounded)",
    outcome: "Outcome",
    verification: "Verification",
    attribution: "Attribution",
    responsible: "Responsible party",
    provisions: "Provisions cited",
    parties: "Parties concerned",
    narrative: "What the mission found",
    released: "Published",
    fingerprint: "Fingerprint (SHA-256)",
    coarsened: "Location rounded to a grid of {grid}°.",
    noLocation: "No location published",
    older: "Older findings",
    notFound: "There is no published finding with this reference.",
    back: "Back to the published findings",
    narrativeOtherLanguage: "This text was published in Arabic only.",
  },
  report: {
    title: "Report a violation",
    intro:
      "Anyone may report what they saw. You need no account, and you are not asked for your name. The mission reads every report; it may not be able to answer each one.",
    safety:
      "Do not put yourself in danger to report. Do not write names of people who could be harmed if this report were read by others.",
    date: "Day it happened",
    timeOfDay: "About what time (optional)",
    place: "Where (a town, a road, a landmark)",
    category: "What happened",
    description: "Describe what you saw or heard",
    send: "Send the report",
    invalid: "The report was not sent: {problem}",
    missing: "please fill in “{field}”.",
    badDate: "the day must be a date that has passed.",
    received: "Your report has been received",
    keepCode:
      "Keep this receipt code. With it you can check what became of your report, here, at any time. It is shown only now; the mission cannot give it to you again.",
    tracking: "Tracking number",
    checkNow: "Check this report",
    limited: "Too many reports were sent from your connection. Please try again later.",
  },
  receipt: {
    title: "Check a report",
    intro: "Type the receipt code you were given when you sent your report.",
    code: "Receipt code",
    check: "Check",
    notFound:
      "No report has this receipt code. Check the code as it was given when the report was sent.",
    status: "Status of report {tracking}",
    receivedAt: "Received",
    state: {
      received: "Received. The mission has not yet assessed it.",
      in_case: "Assessed: it is part of a case the mission is examining.",
      closed: "Assessed: no case was opened from it.",
    },
    published: "The mission has published its finding on this case:",
    limited: "Too many checks from your connection. Please wait a minute and try again.",
  },
  footer: "Published by the monitoring mechanism. Times are in the mission's time zone ({zone}).",
};

type Words = typeof en;

const ar: Words = {
  portal: "البوابة العامة",
  skip: "انتقل إلى المحتوى",
  otherLanguage: "English",
  nav: {
    home: "الرئيسية",
    findings: "الاستنتاجات المنشورة",
    report: "الإبلاغ عن خرق",
    receipt: "متابعة بلاغ",
    staff: "موظفو البعثة: تسجيل الدخول",
  },
  home: {
    intro:
      "تسجّل هذه الآلية الخروقات المبلّغ عنها لوقف إطلاق النار وتتحقق منها وتنشر استنتاجاتها. كل ما هنا علني: الإحداثيات مقرّبة، ولا يُنشر شيء قبل أن يتسلمه الطرفان.",
    latest: "أحدث الاستنتاجات المنشورة",
    none: "لم يُنشر شيء بعد.",
    all: "كل الاستنتاجات المنشورة",
  },
  findings: {
    title: "الاستنتاجات المنشورة",
    reference: "المرجع",
    when: "متى",
    where: "أين (مقرّب)",
    outcome: "النتيجة",
    verification: "التحقق",
    attribution: "الإسناد",
    responsible: "الطرف المسؤول",
    provisions: "الأحكام المستشهد بها",
    parties: "الأطراف المعنية",
    narrative: "ما توصلت إليه البعثة",
    released: "تاريخ النشر",
    fingerprint: "البصمة (SHA-256)",
    coarsened: "الموقع مقرّب إلى شبكة من {grid} درجة.",
    noLocation: "لم يُنشر موقع",
    older: "استنتاجات أقدم",
    notFound: "لا يوجد استنتاج منشور بهذا المرجع.",
    back: "العودة إلى الاستنتاجات المنشورة",
    narrativeOtherLanguage: "نُشر هذا النص بالإنجليزية فقط.",
  },
  report: {
    title: "الإبلاغ عن خرق",
    intro:
      "يمكن لأي شخص أن يبلّغ عمّا رآه. لا تحتاج إلى حساب، ولا يُطلب منك اسمك. تقرأ البعثة كل بلاغ، وقد لا تتمكن من الرد على كل واحد.",
    safety:
      "لا تعرّض نفسك للخطر من أجل الإبلاغ. لا تكتب أسماء أشخاص قد يتعرضون للأذى إذا قرأ آخرون هذا البلاغ.",
    date: "يوم الحدث",
    timeOfDay: "في أي ساعة تقريبًا (اختياري)",
    place: "المكان (مدينة، طريق، معلم)",
    category: "ماذا حدث",
    description: "صف ما رأيته أو سمعته",
    send: "أرسل البلاغ",
    invalid: "لم يُرسل البلاغ: {problem}",
    missing: "يرجى ملء «{field}».",
    badDate: "يجب أن يكون اليوم تاريخًا قد مضى.",
    received: "تسلّمنا بلاغك",
    keepCode:
      "احتفظ برمز الإيصال هذا. به يمكنك أن تعرف هنا في أي وقت ما آل إليه بلاغك. لا يظهر إلا الآن، ولا تستطيع البعثة أن تعطيك إياه مرة أخرى.",
    tracking: "رقم المتابعة",
    checkNow: "تابع هذا البلاغ",
    limited: "أُرسل عدد كبير من البلاغات من اتصالك. يرجى المحاولة لاحقًا.",
  },
  receipt: {
    title: "متابعة بلاغ",
    intro: "اكتب رمز الإيصال الذي أُعطي لك عند إرسال بلاغك.",
    code: "رمز الإيصال",
    check: "تحقّق",
    notFound: "لا يوجد بلاغ بهذا الرمز. تأكد من الرمز كما أُعطي لك عند إرسال البلاغ.",
    status: "حالة البلاغ {tracking}",
    receivedAt: "تاريخ الاستلام",
    state: {
      received: "تم الاستلام. لم تقيّمه البعثة بعد.",
      in_case: "تم التقييم: البلاغ جزء من ملف تنظر فيه البعثة.",
      closed: "تم التقييم: لم يُفتح ملف بناءً عليه.",
    },
    published: "نشرت البعثة استنتاجها في هذا الملف:",
    limited: "عدد كبير من محاولات التحقق من اتصالك. يرجى الانتظار دقيقة ثم المحاولة.",
  },
  footer: "تنشره آلية الرصد. الأوقات بالمنطقة الزمنية للبعثة ({zone}).",
};

export const PORTAL_WORDS: Record<PortalLanguage, Words> = { en, ar };

/** A text with `{name}` filled in. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
}
