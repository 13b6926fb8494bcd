/**
 * The two agreements of the Libya 2020 demo. The texts are PARAPHRASES for demonstration, not
 * the authentic texts: the 12 January 2020 truce was announced and accepted, never signed (its
 * terms here follow the Moscow draft as press reported it), and the numbering of the 23 October
 * 2020 agreement is reconstructed from press summaries (domain.md §2.2; check PA-X before citing
 * article numbers). Term 2 is split into 2a and 2b so findings can cite each obligation.
 */
import type { AgreementInput } from "../domain/agreements.js";
import type { CategoryCode } from "../domain/taxonomy.js";
import { createAgreement } from "../services/agreements.js";
import type { ScenarioRun, TimedAction } from "./timeline.js";

const TRUCE = "LY-2020-01-12";
const CEASEFIRE = "LY-2020-10-23";

const BOTH = ["GNA", "LNA"];
const EN_MARK = " (paraphrase)";
const AR_MARK = " (صياغة بتصرف)";

function provision(code: string, textEn: string, textAr: string, obligatedParties = BOTH) {
  return { code, textEn: textEn + EN_MARK, textAr: textAr + AR_MARK, obligatedParties };
}

export const DEMO_AGREEMENTS: readonly AgreementInput[] = [
  {
    code: TRUCE,
    titleEn: "Truce of 12 January 2020 (paraphrased terms, demo)",
    titleAr: "هدنة 12 يناير 2020 (صياغة بتصرف لأغراض العرض)",
    signedAt: null,
    // 00:00 on 12 January, Libya time (UTC+2).
    entryIntoForce: new Date("2020-01-11T22:00:00Z"),
    provisions: [
      provision(
        `${TRUCE}/1`,
        "Cease all hostilities on land, at sea and in the air from 00:00 on 12 January 2020, without preconditions.",
        "وقف جميع الأعمال القتالية براً وبحراً وجواً اعتباراً من منتصف ليل 12 يناير 2020 دون شروط مسبقة.",
      ),
      provision(
        `${TRUCE}/2`,
        "End all offensive operations and de-escalate in all directions; no forward movement or reinforcement of positions.",
        "وقف جميع العمليات الهجومية وخفض التصعيد في جميع الاتجاهات، وعدم التقدم أو تعزيز المواقع.",
      ),
      provision(
        `${TRUCE}/3`,
        "Stabilise and normalise daily life in Tripoli and other cities; refrain from attacks on civilians and civilian objects.",
        "تثبيت الحياة اليومية وتطبيعها في طرابلس والمدن الأخرى، والامتناع عن استهداف المدنيين والأعيان المدنية.",
      ),
      provision(
        `${TRUCE}/4`,
        "Ensure safe and unhindered humanitarian access.",
        "ضمان وصول المساعدات الإنسانية بأمان ودون عوائق.",
      ),
      provision(
        `${TRUCE}/5`,
        "Name members of a 5+5 military commission to determine the line of contact and monitor the ceasefire, and cooperate with the monitoring.",
        "تسمية أعضاء لجنة عسكرية (5+5) لتحديد خط التماس ومراقبة وقف إطلاق النار، والتعاون مع أعمال المراقبة.",
      ),
    ],
  },
  {
    code: CEASEFIRE,
    titleEn:
      "Agreement for a Complete and Permanent Ceasefire, Geneva, 23 October 2020 (paraphrased terms, demo)",
    titleAr:
      "اتفاق وقف إطلاق النار الدائم والشامل، جنيف، 23 أكتوبر 2020 (صياغة بتصرف لأغراض العرض)",
    // Signed in the morning in Geneva; the exact hour is not material to the demo.
    signedAt: new Date("2020-10-23T09:00:00Z"),
    entryIntoForce: new Date("2020-10-23T09:00:00Z"),
    provisions: [
      provision(
        `${CEASEFIRE}/1`,
        "An immediate, complete, countrywide and permanent ceasefire; it does not apply to UN-designated terrorist groups.",
        "وقف فوري وشامل ودائم لإطلاق النار في جميع أنحاء ليبيا، لا يشمل الجماعات المصنفة إرهابية لدى الأمم المتحدة.",
      ),
      provision(
        `${CEASEFIRE}/2a`,
        "All military units and armed groups on the front lines return to their camps.",
        "عودة جميع الوحدات العسكرية والمجموعات المسلحة في خطوط التماس إلى معسكراتها.",
      ),
      provision(
        `${CEASEFIRE}/2b`,
        "All mercenaries and foreign fighters leave Libyan land, air and sea within three months of signature.",
        "مغادرة جميع المرتزقة والمقاتلين الأجانب الأراضي والأجواء والمياه الليبية في مدة أقصاها ثلاثة أشهر من التوقيع.",
      ),
      provision(
        `${CEASEFIRE}/3`,
        "Military training agreements inside Libya are suspended and training crews leave until a unified government takes office.",
        "تعليق اتفاقيات التدريب العسكري داخل ليبيا وخروج أطقم التدريب إلى حين تسلم حكومة موحدة مهامها.",
      ),
      provision(
        `${CEASEFIRE}/4`,
        "A limited joint military force under a joint operations room, reporting to the JMC, secures the evacuated areas and deters violations.",
        "تشكيل قوة عسكرية مشتركة محدودة تتبع غرفة عمليات مشتركة وترفع تقاريرها إلى اللجنة العسكرية المشتركة، لتأمين المناطق التي يتم إخلاؤها وردع الخروقات.",
      ),
      provision(
        `${CEASEFIRE}/5`,
        "Identify and categorise all armed groups, with UN support, and reintegrate their members individually.",
        "حصر جميع المجموعات المسلحة وتصنيفها بدعم من الأمم المتحدة، وإعادة إدماج أفرادها بشكل فردي.",
      ),
      provision(
        `${CEASEFIRE}/6`,
        "Stop media escalation and hate speech.",
        "وقف التصعيد الإعلامي وخطاب الكراهية.",
      ),
      provision(
        `${CEASEFIRE}/7`,
        "Restructure the Petroleum Facilities Guard under the guidance of the National Oil Corporation.",
        "إعادة هيكلة حرس المنشآت النفطية بتوجيه من المؤسسة الوطنية للنفط.",
      ),
      provision(
        `${CEASEFIRE}/8`,
        "A joint committee organises the exchange of detainees.",
        "تشكيل لجنة مشتركة لتبادل المحتجزين.",
      ),
      provision(
        `${CEASEFIRE}/9`,
        "Stop arrests based on identity or political affiliation.",
        "وقف الاعتقالات على أساس الهوية أو الانتماء السياسي.",
      ),
      provision(
        `${CEASEFIRE}/10`,
        "Reopen land and air routes and crossings.",
        "إعادة فتح الطرق البرية والجوية والمنافذ.",
      ),
      provision(
        `${CEASEFIRE}/11`,
        "A monitoring mechanism run jointly by the JMC and UNSMIL; the parties cooperate with it.",
        "آلية مراقبة تديرها اللجنة العسكرية المشتركة وبعثة الأمم المتحدة للدعم في ليبيا، ويتعاون الطرفان معها.",
      ),
      provision(
        `${CEASEFIRE}/12`,
        "The agreement is referred to the UN Security Council for a resolution endorsing it.",
        "إحالة الاتفاق إلى مجلس الأمن الدولي لاعتماده بقرار.",
        [],
      ),
    ],
  },
];

const TRUCE_CLAUSE: Partial<Record<CategoryCode, readonly string[]>> = {
  A2: ["2"],
  A7: ["1", "3"],
  B1: ["2"],
  B2: ["2"],
  B3: ["2"],
  B4: ["2"],
  B5: ["2"],
  B6: ["2"],
  C1: ["3"],
  C4: ["4"],
  C5: ["3"],
  C6: ["3"],
  D1: ["5"],
  D4: ["5"],
};

const CEASEFIRE_CLAUSE: Partial<Record<CategoryCode, readonly string[]>> = {
  B1: ["2a"],
  B2: ["2a"],
  B3: ["2b"],
  B4: ["2b"],
  B5: ["2b"],
  B6: ["3"],
  C1: ["9"],
  C4: ["10"],
  D1: ["11"],
  D4: ["11"],
};

/** The provisions an act of this category breaches, under the agreement in force at `at`. */
export function provisionsBreached(category: CategoryCode, at: Date): string[] {
  const underCeasefire = at.getTime() >= DEMO_AGREEMENTS[1]!.entryIntoForce.getTime();
  const [code, table] = underCeasefire ? [CEASEFIRE, CEASEFIRE_CLAUSE] : [TRUCE, TRUCE_CLAUSE];
  return (table[category] ?? ["1"]).map((n) => `${code}/${n}`);
}

/** The agreements enter the record when they were made: the truce just before it began. */
export function agreementActions(): TimedAction[] {
  const recordedAt = [new Date("2020-01-11T20:00:00Z"), new Date("2020-10-23T12:00:00Z")];
  return DEMO_AGREEMENTS.map((a, i) => ({
    at: recordedAt[i]!,
    run: (s: ScenarioRun) => createAgreement(s.deps, s.actor("chief"), a),
  }));
}
