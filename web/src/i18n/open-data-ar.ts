/** النصوص العربية للبيانات المفتوحة: صفحة الاستيراد، والملفات العامة، وطبقة السياق في الخريطة. */
export const openDataAr = {
  openData: {
    nav: "البيانات المفتوحة",
    title: "البيانات المفتوحة",
    intro:
      "استورد أحداثاً من ملفات ACLED أو UCDP GED سياقاً بجانب سجلات البعثة، أو بلاغات مرشحة لقسم الاستقبال. الحوادث التي نشرتها البعثة بيانات مفتوحة للجميع.",
    importTitle: "استيراد ملف",
    dataset: "مجموعة البيانات",
    datasets: { acled: "ACLED (الأعمدة الحالية أو ما قبل 2023)", ucdp: "UCDP GED" },
    target: "تصبح الصفوف",
    targets: {
      context: "أحداث سياق (طبقة مستقلة في الخريطة)",
      candidates: "بلاغات مرشحة (إعلامية) يفرزها قسم الاستقبال",
    },
    file: "ملف CSV",
    fileHint:
      "يدل سطر الترويسة على مجموعة الأعمدة. الصفوف المستوردة من قبل (نفس المجموعة ونفس معرف الحدث) تُتخطى.",
    send: "ارفع واستورد",
    uploading: "جارٍ الرفع…",
    progress: "قراءة {{file}}: {{percent}}٪",
    states: { queued: "في الانتظار", running: "جارٍ الاستيراد", done: "اكتمل", failed: "فشل" },
    counts:
      "قُرئ {{rows}} صفاً: استُورد {{imported}}، وتُخطي {{duplicates}} مكرراً، ورُفض {{refused}}.",
    problemsTitle: "الصفوف المرفوضة",
    noProblems: "لم يُرفض أي صف.",
    line: "السطر",
    column: "العمود",
    reason: "السبب",
    wholeRow: "(الصف كله)",
    moreProblems: "تُعرض أول {{count}} صفوف مرفوضة؛ يسردها الأمر `cfm import` كلها.",
    recent: "عمليات الاستيراد الأخيرة",
    noImports: "لم يُستورد شيء بعد.",
    when: "البدء",
    fileName: "الملف",
    state: "الحالة",
    result: "النتيجة",
    open: "اعرض",
    publicTitle: "الملفات العامة",
    publicIntro:
      "ما يحق للجمهور رؤيته كما نُشر (إحداثيات على الشبكة العامة، والسرد العام فقط)، متاح للجميع دون تسجيل دخول:",
    formats: {
      acled: "ACLED (الأعمدة الحالية)",
      "acled-legacy": "ACLED (أعمدة ما قبل 2023)",
      ucdp: "UCDP GED",
      geojson: "GeoJSON",
      hxl: "CSV موسوم بوسوم HXL",
    },
    changes: "سجل التغييرات (JSON) للبقاء على اطلاع",
    contextLayer: "أحداث السياق (ACLED وUCDP)",
  },
};
