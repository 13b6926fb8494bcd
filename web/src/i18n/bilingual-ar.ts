/** المحتوى باللغتين: علامات الترجمة، وسرد الاستنتاج في محرره. */
export const bilingualAr = {
  bilingual: {
    missing: "الترجمة غير متوفرة — النص معروض باللغة {{language}}",
    readIn: "اقرأ باللغة {{language}}",
    translation: "ترجمة: المعتمد هو النص باللغة {{language}}",
  },
  findingLanguages: {
    legend: "السرد",
    authoritative: "اللغة المعتمدة",
    authoritativeHint:
      "يُعتمد نصها عند اختلاف النصين وهو إلزامي (السرد العلني متى لم تعد النتيجة معلّقة)؛ اللغة الأخرى اختيارية.",
    publicIn: "السرد العلني باللغة {{language}}",
    restrictedIn: "السرد المقيَّد باللغة {{language}}",
    optional: "اختياري: ترجمة.",
    optionalMissing: "اختياري: الترجمة غير متوفرة.",
    needPublic: "اكتب السرد العلني باللغة {{language}}، وهي اللغة المعتمدة.",
    needRestricted: "اكتب السرد المقيَّد باللغة {{language}}، وهي اللغة المعتمدة، أو احذف ترجمته.",
  },
};
