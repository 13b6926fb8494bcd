/** Arabic texts of the app's own date fields and file picker (not the browser's widgets). */
import type { fieldsEn } from "./fields-en.js";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> } & {
  [plural: string]: unknown;
};

export const fieldsAr: Strings<typeof fieldsEn> = {
  typed: {
    dateTimeFormat: "السنة-الشهر-اليوم ثم الساعة بنظام 24 ساعة، مثل",
    dayFormat: "السنة-الشهر-اليوم، مثل",
    dateTimeEcho: "{{when}} بتوقيت البعثة",
    notDateTime: "اكتب التاريخ والوقت بصيغة السنة-الشهر-اليوم الساعة:الدقيقة، بالأرقام فقط.",
    notDay: "اكتب اليوم بصيغة السنة-الشهر-اليوم، بالأرقام فقط.",
    noSuchDay: "لا يوجد هذا اليوم في التقويم: تحقّق من الشهر واليوم.",
    noSuchTime: "لا يوجد هذا الوقت: الساعات من 00 إلى 23 والدقائق من 00 إلى 59.",
    outOfRange: "اختر يومًا من {{min}} إلى {{max}}.",
    fixFirst: "صحّح التاريخ والوقت في «{{field}}» أولًا.",
    missing: "هذا التاريخ مطلوب.",
  },
  filePicker: {
    choose: "اختر ملفات…",
    chooseOne: "اختر ملفًا…",
    noFile: "لم يُختر أي ملف.",
    chosen_zero: "لم يُختر أي ملف.",
    chosen_one: "اختير ملف واحد:",
    chosen_two: "اختير ملفان:",
    chosen_few: "اختيرت {{count}} ملفات:",
    chosen_many: "اختير {{count}} ملفًا:",
    chosen_other: "اختير {{count}} ملف:",
  },
};
