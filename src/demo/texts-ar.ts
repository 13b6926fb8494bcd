/** Arabic report texts of the demo (see ./texts.ts), in the register of Libyan press statements. */
import type { CategoryCode } from "../domain/taxonomy.js";
import { counterCategory } from "./events.js";
import type { PartyCode } from "./parties.js";
import {
  aroundBase,
  compassPoint,
  durationMinutes,
  fill,
  localTime,
  type OutOfScopeKind,
  type Phrasebook,
  type TextContext,
} from "./texts.js";

const MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
];
/** Definite forms, for "إلى الجنوب" and "من جهة الجنوب الغربي". */
const COMPASS = [
  "الشمال",
  "الشمال الشرقي",
  "الشرق",
  "الجنوب الشرقي",
  "الجنوب",
  "الجنوب الغربي",
  "الغرب",
  "الشمال الغربي",
];

/** The preposition لـ joined to a word: لـ + الهدنة is written للهدنة. */
function lam(s: string): string {
  return s.startsWith("ال") ? `لل${s.slice(2)}` : `ل${s}`;
}

interface NounForms {
  one: string;
  two: string;
  /** 3–10: plural. */
  few: string;
  /** 11–99: singular, accusative. */
  many: string;
  /** 100 and more: singular. */
  hundred: string;
}

/** A counted noun with the agreement Arabic needs (digits, as the press writes them). */
function counted(n: number, f: NounForms): string {
  if (n === 1) return f.one;
  if (n === 2) return f.two;
  if (n <= 10) return `${n} ${f.few}`;
  return n < 100 ? `${n} ${f.many}` : `${n} ${f.hundred}`;
}

const EXPLOSION: NounForms = {
  one: "انفجار واحد",
  two: "انفجاران",
  few: "انفجارات",
  many: "انفجاراً",
  hundred: "انفجار",
};
const PROJECTILE: NounForms = {
  one: "مقذوف واحد في الجو",
  two: "مقذوفان في الجو",
  few: "مقذوفات في الجو",
  many: "مقذوفاً في الجو",
  hundred: "مقذوف في الجو",
};
const BURST: NounForms = {
  one: "رشقة واحدة من الرشاشات الثقيلة",
  two: "رشقتان من الرشاشات الثقيلة",
  few: "رشقات من الرشاشات الثقيلة",
  many: "رشقة من الرشاشات الثقيلة",
  hundred: "رشقة من الرشاشات الثقيلة",
};
const SHOT: NounForms = {
  one: "طلقة واحدة",
  two: "طلقتان",
  few: "طلقات",
  many: "طلقة",
  hundred: "طلقة",
};

function date(d: Date): string {
  const t = localTime(d);
  return `${t.day} ${MONTHS[t.month - 1]}`;
}

function when(ctx: TextContext): string {
  const a = localTime(ctx.from);
  const b = localTime(ctx.to);
  const minutes = durationMinutes(ctx);
  if (minutes > 12 * 60) {
    if (a.day === b.day && a.month === b.month) return `طوال يوم ${date(ctx.from)}`;
    return a.month === b.month
      ? `خلال الفترة من ${a.day} إلى ${date(ctx.to)}`
      : `خلال الفترة من ${date(ctx.from)} إلى ${date(ctx.to)}`;
  }
  if (minutes <= 20) {
    return ctx.rnd.pick([
      `عند حوالي الساعة ${a.hhmm} بالتوقيت المحلي يوم ${date(ctx.from)}`,
      `في حدود الساعة ${a.hhmm} من يوم ${date(ctx.from)}`,
    ]);
  }
  if (a.day !== b.day) {
    const first = a.month === b.month ? String(a.day) : date(ctx.from);
    return `في الليلة الفاصلة بين ${first} و${date(ctx.to)}، بين الساعة ${a.hhmm} و${b.hhmm}`;
  }
  const evening = a.hour >= 17 ? "مساء " : "";
  return ctx.rnd.pick([
    `${evening}يوم ${date(ctx.from)} بين الساعة ${a.hhmm} و${b.hhmm}`,
    `بين الساعة ${a.hhmm} و${b.hhmm} بالتوقيت المحلي يوم ${date(ctx.from)}`,
  ]);
}

function agreement(ctx: TextContext): string {
  return ctx.underAgreement
    ? ctx.rnd.pick(["اتفاق وقف إطلاق النار الموقع في جنيف", "اتفاق الوقف الدائم لإطلاق النار"])
    : ctx.rnd.pick(["الهدنة", "وقف إطلاق النار المعلن في 12 يناير"]);
}

/** How each party's liaison office names the other side (all feminine plurals: قوات، مليشيات). */
function nameOf(speaker: PartyCode, target: PartyCode, ctx: TextContext): string {
  if (speaker === "GNA" && target === "LNA") {
    return ctx.rnd.pick(["قوات المعتدي", "الميليشيات المعتدية", "ميليشيات القيادة العامة"]);
  }
  if (speaker === "LNA" && target === "GNA") {
    return ctx.rnd.pick([
      "المليشيات الإرهابية",
      "مليشيات الوفاق",
      "الجماعات المسلحة التابعة لحكومة الوفاق",
      "مليشيات الوفاق ومرتزقتها الأجانب",
    ]);
  }
  return neutralName(target);
}

function neutralName(p: PartyCode): string {
  return p === "GNA" ? "قوات حكومة الوفاق" : "قوات القيادة العامة";
}

const SMALL_ARMS = [
  "بالأسلحة الخفيفة والمتوسطة",
  "بالرشاشات الثقيلة",
  "بمضادات الطيران عيار 14.5 ملم",
];
const INDIRECT = ["بقذائف الهاون", "بصواريخ غراد", "بقذائف المدفعية الثقيلة", "بصواريخ عشوائية"];

const VICTIM_ACTS: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: [
    "أقدمت {accused} {when} على استهداف مواقع قواتنا في {axis} ({site}) {smallArms}.",
    "هاجمت {accused} {when} تمركزاتنا الأمامية في {axis} {smallArms}، واستمر الاشتباك قرابة {duration}.",
  ],
  A2: [
    "شنت {accused} {when} هجوماً على مواقع قواتنا في {axis} بالآليات المدرعة وتحت غطاء مدفعي، وتمكنت قواتنا من صده.",
    "حاولت {accused} {when} التقدم نحو {place} في عملية هجومية واضحة.",
  ],
  A3: [
    "قصفت {accused} {when} {site} في {place} {indirect}.",
    "تعرضت منطقة {place} {when} لقصف {indirect} مصدره مواقع {accused}، وسقطت القذائف على {site}.",
  ],
  A4: [
    "استهدفت طائرة مسيرة تابعة {lamAccused} {when} {site} في {place}.",
    "شن الطيران التابع {lamAccused} {when} غارة على {site} في {place}.",
  ],
  A5: [
    "عُثر على ألغام وعبوات ناسفة خلفتها {accused} في {site} بمنطقة {place}، وانفجرت إحداها {when}.",
  ],
  A6: ["أطلق قناص تابع {lamAccused} {when} النار على {site} في {place}."],
  A7: [
    "استهدفت {accused} {when} المدنيين بشكل متعمد، إذ سقطت قذائف على {site} في {place}.",
    "قصفت {accused} {when} {site} في {place} بعيداً عن أي موقع عسكري.",
  ],
  B1: [
    "تقدمت {accused} {when} واستحدثت تمركزات وسواتر ترابية جديدة قرب {place}، في مخالفة للالتزام بعدم التقدم.",
  ],
  B2: ["نقلت {accused} {when} مدافع وراجمات صواريخ إلى {site} قرب {place}."],
  B3: [
    "دفعت {accused} {when} بتعزيزات إلى محيط {place} تضم رتلاً من نحو {vehicles} آلية وعناصر من المرتزقة الأجانب.",
    "وصلت تعزيزات كبيرة تابعة {lamAccused} إلى {place} {when}.",
  ],
  B4: ["هبطت {when} {aircraft} في {place}، وعلى متنها أسلحة ومقاتلون أجانب لصالح {accused}."],
  B5: ["أُفرغت {when} شحنة أسلحة وذخائر لصالح {accused} في {place}."],
  B6: [
    "يواصل مدربون عسكريون أجانب تدريب عناصر {accused} في {place}، وقد رُصد ذلك مجدداً {when}، رغم تعليق اتفاقيات التدريب.",
  ],
  C1: [
    "اختطفت {accused} {detainees} {when} عند بوابة قرب {place} بسبب انتمائهم المناطقي، واقتادتهم إلى جهة مجهولة.",
  ],
  C4: [
    "أغلقت {accused} {when} الطريق المؤدي إلى {place}، ومنعت مرور سيارة إسعاف وقافلة مساعدات إنسانية.",
  ],
  C5: ["أقدمت {accused} {when} على نهب منازل المواطنين وإحراقها في {place}."],
  C6: ["أجبرت {accused} {when} عائلات في {place} على مغادرة منازلها."],
};

const COUNTER_ACTS: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: [
    "هاجمت {accused} {when} مواقع قواتنا في {axis} {smallArms}، وقامت وحداتنا بالرد على مصادر النيران.",
    "ادعاءات الطرف الآخر باطلة، فقد بادرت {accused} {when} بإطلاق النار على مواقعنا قرب {place}، واقتصر ردنا على مصادر النيران.",
  ],
  A2: ["حاولت {accused} {when} التقدم نحو مواقعنا في {axis}، وتمكنت قواتنا من صد الهجوم."],
  A4: [
    "حاولت طائرة مسيرة تابعة {lamAccused} {when} استهداف مواقعنا قرب {place}، وتصدت لها دفاعاتنا الجوية.",
  ],
};

function minutes(n: number): string {
  return n <= 10 ? `${n} دقائق` : `${n} دقيقة`;
}

function hoursAndMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  const hours = h === 1 ? "ساعة" : h === 2 ? "ساعتين" : `${h} ساعات`;
  if (h === 0) return minutes(m);
  return m === 0 ? hours : `${hours} و${minutes(m)}`;
}

function slots(ctx: TextContext, accused: string) {
  const r = ctx.rnd;
  const frontline = ctx.event.place.tags.includes("frontline");
  const detainees = r.int(2, 6);
  return {
    when: when(ctx),
    accused,
    lamAccused: lam(accused),
    place: ctx.place,
    area: aroundBase(ctx) ? `محيط ${ctx.place}` : ctx.place,
    axis: frontline && r.chance(0.6) ? `محور ${ctx.place}` : ctx.place,
    site: ctx.site,
    smallArms: r.pick(SMALL_ARMS),
    indirect: r.pick(INDIRECT),
    duration: hoursAndMinutes(Math.max(10, Math.round(durationMinutes(ctx) / 5) * 5)),
    vehicles: r.int(3, 12) * 5,
    aircraft: r.pick(["طائرة شحن عسكرية", "طائرتا شحن عسكريتان", "ثلاث طائرات شحن عسكرية"]),
    detainees: detainees === 2 ? "مدنيين اثنين" : `${detainees} مدنيين`,
  };
}

function casualties(ctx: TextContext, counter: boolean): string {
  const { killed, injured, civilians } = ctx.event.casualties;
  if (!ctx.event.category.startsWith("A")) return "";
  if (counter) return ctx.rnd.pick(["ولم تسجل إصابات في صفوف قواتنا.", ""]);
  if (killed + injured === 0) return ctx.rnd.pick(["ولم تسجل إصابات.", ""]);
  const people = (n: number) =>
    civilians
      ? n === 1
        ? "مدني"
        : n === 2
          ? "مدنيين اثنين"
          : `${n} مدنيين`
      : n === 1
        ? "أحد عناصرنا"
        : n === 2
          ? "اثنين من عناصرنا"
          : `${n} من عناصرنا`;
  const others = (n: number) => (n === 1 ? "آخر" : n === 2 ? "اثنين آخرين" : `${n} آخرين`);
  if (killed === 0) return `وأسفر ذلك عن إصابة ${people(injured)} بجروح.`;
  return `وأسفر ذلك عن مقتل ${people(killed)} وإصابة ${others(injured)}.`;
}

const OPENERS: Record<PartyCode, readonly string[]> = {
  GNA: [
    "شكوى غرفة الاتصال التابعة لحكومة الوفاق الوطني.",
    "تفيد غرفة الاتصال التابعة لحكومة الوفاق الوطني بوقوع خرق جديد {agreementLam}.",
    "نبلغ البعثة بخرق خطير {agreementLam}.",
  ],
  LNA: [
    "شكوى غرفة الاتصال بالقيادة العامة.",
    "تبلغ القيادة العامة عن خرق جديد {agreementLam}.",
    "نحيط البعثة علماً بخرق جديد {agreementLam}.",
  ],
};

const CLOSERS: Record<PartyCode, readonly string[]> = {
  GNA: [
    "ونحمّل الطرف المعتدي المسؤولية الكاملة عن هذا الخرق، ونطالب البعثة بتوثيقه.",
    "ونطالب البعثة بالتحقق من هذا الخرق وتسمية الطرف المسؤول عنه.",
  ],
  LNA: [
    "وتحمّل القيادة العامة المليشيات مسؤولية تقويض {agreement}، وتحتفظ بحقها في الرد.",
    "ونطالب البعثة بتوثيق هذا الخرق وإبلاغ الطرف الآخر به.",
  ],
};

/** Said only after fire was exchanged. */
const FIRE_CLOSER: Record<PartyCode, string> = {
  GNA: "وتحتفظ قواتنا بحق الرد على مصادر النيران.",
  LNA: "وستتعامل وحداتنا بحزم مع أي اعتداء جديد.",
};

function closer(ctx: TextContext, party: PartyCode, category: CategoryCode): string {
  const fire = ["A1", "A2", "A3", "A4", "A6", "A7"].includes(category);
  return ctx.rnd.pick(fire ? [...CLOSERS[party], FIRE_CLOSER[party]] : CLOSERS[party]);
}

function complaint(
  ctx: TextContext,
  party: PartyCode,
  alleges: PartyCode,
  counter: boolean,
): string {
  const r = ctx.rnd;
  const category = counter ? counterCategory(ctx.event.category) : ctx.event.category;
  const acts =
    (counter ? COUNTER_ACTS[category] : undefined) ?? VICTIM_ACTS[category] ?? VICTIM_ACTS.A1!;
  const named = agreement(ctx);
  const s = {
    ...slots(ctx, nameOf(party, alleges, ctx)),
    agreement: named,
    agreementLam: lam(named),
  };
  return [
    fill(r.pick(OPENERS[party]), s),
    fill(r.pick(acts), s),
    casualties(ctx, counter),
    fill(closer(ctx, party, category), s),
  ]
    .filter(Boolean)
    .join(" ");
}

function countsText(ctx: TextContext): string {
  const c = ctx.event.counts;
  return [
    c.explosions ? counted(c.explosions, EXPLOSION) : "",
    c.projectiles ? counted(c.projectiles, PROJECTILE) : "",
    c.bursts ? counted(c.bursts, BURST) : "",
    c.shots ? counted(c.shots, SHOT) : "",
  ]
    .filter(Boolean)
    .join("، ");
}

const MONITOR: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: [
    "بين الساعة {t1} و{t2} رصد الفريق على بعد {km} كم إلى {dir} من موقعه: {counts}. تعذر تحديد الطرف الذي بدأ إطلاق النار.",
  ],
  A2: [
    "بين الساعة {t1} و{t2} رصد الفريق: {counts}، مع تحرك آليات مدرعة إلى {dir} من {place}، ويبدو أن السيطرة على {site} قد تغيرت.",
  ],
  A3: [
    "بين الساعة {t1} و{t2} رصد الفريق: {counts}. قُدّر أنها سقوط {weapon} على {site}، وأن مصدر النيران يقع إلى {dir} على بعد {km} كم.",
  ],
  A4: [
    "عند حوالي الساعة {t1} رصد الفريق: {counts}، وشوهد دخان يتصاعد فوق {site}، وكان صوت طائرة مسيرة مسموعاً قبل ذلك بقليل. يُرجَّح أنها غارة جوية.",
  ],
  A5: [
    "زيارة ميدانية برفقة فريق هندسي: انفجرت عبوة ناسفة زُرعت حديثاً في {site}، وجرى تعليم عبوات أخرى تمهيداً لإزالتها.",
  ],
  A6: ["رصد الفريق من جهة {dir}: {counts}، وأصابت إحدى الطلقات سيارة قرب {site}."],
  A7: [
    "زيارة ميدانية إلى {site}: حفرة بقطر {crater} متر تقريباً وأضرار في منزلين. الشظايا متوافقة مع {weapon}، ويُقدَّر أن النيران أُطلقت من جهة {dir}.",
  ],
  A8: [
    "أثناء توقف الدورية قرب {site} أُطلقت النار باتجاهها من مسافة {metres} متر تقريباً من جهة {dir} ({counts}). لا إصابات، وانسحبت الدورية.",
  ],
  B1: [
    "رُصدت سواتر ترابية وخنادق جديدة عند {site}، على بعد نحو {km} كم أمام المواقع المسجلة في الدورية السابقة.",
  ],
  B2: [
    "شوهدت {guns} قطع مدفعية و{mlrs} راجمات صواريخ في {site}، على بعد نحو {km} كم من خط التماس.",
  ],
  B3: [
    "شوهد رتل من نحو {vehicles} آلية، بينها {armoured} مدرعات وشاحنات تقل أفراداً، يتحرك باتجاه {place}.",
  ],
  B4: ["هبطت {transport} في {place} بين الساعة {t1} و{t2}، ورُصدت عمليات تفريغ من مسافة."],
  B5: ["أُفرغت حاويات يُرجَّح أنها شحنات عسكرية في {place} تحت حراسة مشددة بين الساعة {t1} و{t2}."],
  B6: [
    "أفراد بزي عسكري دون شارات، يُرجَّح أنهم مدربون أجانب، يجرون تدريبات على الأسلحة مع وحدات محلية في {place}.",
  ],
  C1: [
    "أفاد سكان للفريق بأن {men} رجال اقتيدوا من بوابة قرب {place}، ولم يتمكن الفريق من مقابلة المحتجزين.",
  ],
  C4: ["الطريق المؤدي إلى {place} مغلق ببوابة مسلحة، وشاهد الفريق قافلة إنسانية تُجبر على العودة."],
  C5: ["شاهد الفريق {houses} منازل محترقة وآثار نهب في {site}."],
  C6: ["شوهدت عائلات تغادر {place} حاملة أمتعتها، وأفاد السكان بخوفهم من أعمال انتقامية."],
  D1: [
    "أوقفت الدورية عند بوابة قرب {place} لمدة {delay} ثم مُنعت من المرور، وبرر آمرها ذلك {reason}.",
  ],
  D4: ["لم يتلقَّ الفريق رداً على طلب تسيير دورية إلى {place} قُدّم قبل {notice} ساعة، فأُلغيت الدورية."],
  F: [
    "تبين أن الانفجارات في {site} عند حوالي الساعة {t1} كانت تفجيراً محكوماً لذخائر غير منفجرة نفذته فرق هندسية، وكان الفريق قد أُبلغ به مسبقاً.",
  ],
};

function monitor(ctx: TextContext): string {
  const r = ctx.rnd;
  const e = ctx.event;
  const s = {
    ...slots(ctx, ""),
    t1: localTime(ctx.from).hhmm,
    t2: localTime(ctx.to).hhmm,
    counts: countsText(ctx),
    dir: COMPASS[compassPoint(e.originBearing)]!,
    km: r.pick(["1-2", "2-3", "3-5"]),
    weapon: r.pick(["قذائف هاون", "قذائف مدفعية", "صواريخ عيار 122 ملم"]),
    crater: r.pick(["0.8", "1.2", "1.5", "2"]),
    metres: r.int(3, 8) * 100,
    guns: r.int(3, 8),
    mlrs: r.int(3, 5),
    armoured: r.int(4, 10),
    transport: r.pick(["طائرة نقل كبيرة", "طائرتا نقل كبيرتان", "ثلاث طائرات نقل كبيرة"]),
    men: r.int(3, 6),
    houses: r.int(3, 9),
    delay: hoursAndMinutes(r.int(8, 40) * 5),
    reason: r.pick([
      "بتعليمات من القيادة",
      "بعدم توفر ضمانات أمنية",
      "بضرورة الحصول على إذن كتابي مسبق",
    ]),
    notice: r.pick([24, 48, 72]),
  };
  let body: string;
  if (e.truth === "unfounded") {
    body = fill(
      "زيارة ميدانية إلى {site} إثر بلاغ عن هجوم يوم {date}: لم يُعثر على حفر جديدة أو أضرار أو شظايا، ولم يُفد السكان الذين التقاهم الفريق بوقوع أي قصف تلك الليلة.",
      { ...s, date: date(e.from) },
    );
  } else {
    body = fill(r.pick(MONITOR[e.category] ?? MONITOR.A1!), s);
  }
  const kinetic = e.category.startsWith("A") && e.truth === "violation";
  const hurt = e.casualties.killed + e.casualties.injured > 0;
  const tail = kinetic
    ? hurt
      ? " تعذر التأكد من الإصابات التي أفاد بها السكان."
      : " لم تُرصد إصابات."
    : "";
  return `فريق المراقبة ${ctx.team}، ${ctx.place}: ${body}${tail}`;
}

const WITNESS: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: ["إطلاق نار وانفجارات طوال الليل حول {site} في {place}، ولم نستطع الخروج من البيت."],
  A3: [
    "انفجارات قوية قرب بيتنا في {area} منذ الساعة {t1}، وسقطت قذيفة في الشارع المجاور. الأطفال في حالة رعب، نرجو التدخل.",
    "قذائف تسقط الآن على {site} في {place}.",
  ],
  A4: ["ضربة قوية على {site} في {place} حوالي الساعة {t1}، وسمعنا صوت طائرة مسيرة قبل الانفجار."],
  A5: ["انفجر لغم في بيت في {place} عند عودة العائلة إليه، وهناك عبوات أخرى في المنطقة."],
  B1: ["جرافات وآليات مسلحة تحفر مواقع جديدة قرب {place} منذ أمس."],
  B2: ["وصلت اليوم مدافع وراجمات صواريخ إلى قرب {place}."],
  B3: ["أرتال كثيرة من السيارات المسلحة تمر قرب {place} الليلة باتجاه الجبهة."],
  B4: ["طائرات كبيرة تهبط في {place} ليلاً مرة أخرى."],
  B5: ["شاحنات تفرغ حاويات تحت حراسة مشددة في {place} الليلة."],
  B6: ["جنود أجانب يدربون مسلحين في {place}، ونراهم كل يوم."],
  C1: ["أخي اعتُقل عند بوابة قرب {place} يوم {date} ولا نعرف مكانه حتى الآن."],
  C4: ["الطريق المؤدي إلى {place} مقفل، وسيارة الإسعاف لم تستطع المرور."],
  C5: ["بيتنا في {place} تعرض للنهب والحرق بعد الاشتباكات."],
  C6: ["اضطررنا لمغادرة {place} مع أطفالنا بعد أن طلب منا مسلحون الرحيل."],
  F: ["انفجارات كبيرة قرب {place} هذا الصباح، نعتقد أنه قصف."],
};

function witness(ctx: TextContext): string {
  const c = ctx.event.category;
  const fallback: CategoryCode = !c.startsWith("A")
    ? "B3"
    : ["A2", "A6", "A7"].includes(c)
      ? "A3"
      : "A1";
  const key: CategoryCode = WITNESS[c] ? c : fallback;
  return fill(ctx.rnd.pick(WITNESS[key]!), {
    ...slots(ctx, ""),
    t1: localTime(ctx.from).hhmm,
    date: date(ctx.from),
  });
}

const HEADLINES: Partial<Record<CategoryCode, string>> = {
  A1: "اندلاع اشتباكات بالأسلحة المتوسطة في محور {place}",
  A2: "هجوم ومحاولة تقدم في محور {place}",
  A3: "تجدد القصف على {site} في {place}",
  A4: "غارة بطائرة مسيرة على {site} في {place}",
  A5: "انفجار لغم في {place}",
  A6: "إصابة أحد سكان {place} بنيران قناص",
  A7: "سقوط قذائف على {site} في {place}",
  B1: "تحركات عسكرية واستحداث تمركزات جديدة قرب {place}",
  B2: "نقل أسلحة ثقيلة إلى محيط {place}",
  B3: "وصول تعزيزات عسكرية إلى {place}",
  B4: "هبوط طائرات شحن عسكرية في {place}",
  B5: "تفريغ شحنة أسلحة في {place}",
  B6: "استمرار تدريبات عسكرية يشرف عليها أجانب في {place}",
  C1: "احتجاز مدنيين عند بوابة قرب {place}",
  C4: "إغلاق الطريق المؤدي إلى {place}",
  C5: "أعمال نهب وحرق لمنازل في {place}",
  C6: "نزوح عائلات من {place}",
  D1: "منع دورية للمراقبين من المرور قرب {place}",
  F: "دوي انفجارات قرب {place}",
};

function media(ctx: TextContext, leaning: PartyCode | null): string {
  const r = ctx.rnd;
  const outlet =
    leaning === "GNA"
      ? r.pick(["أفادت قناة تلفزيونية مقرها طرابلس", "أفاد موقع إخباري مقرب من حكومة الوفاق"])
      : leaning === "LNA"
        ? r.pick(["أفاد موقع إخباري مقرب من القيادة العامة", "أفادت قناة تلفزيونية تبث من الشرق"])
        : r.pick(["أفادت صفحة إخبارية محلية على مواقع التواصل", "أفادت وكالة أنباء ليبية"]);
  const headline = fill(HEADLINES[ctx.event.category] ?? HEADLINES.A1!, slots(ctx, ""));
  const source = r.pick([
    "نقلاً عن سكان",
    "نقلاً عن مصدر عسكري",
    "نقلاً عن مسؤول محلي",
    "مع نشر مقطع مصور من المكان",
  ]);
  const blame = leaning
    ? ` وحمّل المصدر ${neutralName(leaning === "GNA" ? "LNA" : "GNA")} المسؤولية.`
    : " ولم يُحدَّد الطرف المسؤول.";
  return `${outlet} ب${headline} يوم ${date(ctx.from)}، ${source}.${blame}`;
}

const OUT_OF_SCOPE: Record<OutOfScopeKind, string> = {
  robbery: "سطو مسلح على محل تجاري في {place} ليلة أمس، وسرق المسلحون سيارة صاحب المحل.",
  celebratory_fire:
    "إطلاق نار كثيف في {place} الليلة، وتبين أنه إطلاق في الهواء احتفالاً بعرس، لكن الرصاص سقط على أسطح البيوت.",
  tribal_clash:
    "أفادت وسائل إعلام محلية باشتباكات بين مجموعتين مسلحتين محليتين في {site} ب{place} إثر خلاف بين عائلات.",
  before_truce:
    "قصف شارعنا في {place} يوم 20 ديسمبر 2019 دمّر سيارتي، وأريد تسجيل ذلك للحصول على تعويض.",
  power_cut: "الكهرباء مقطوعة في {place} منذ ثلاثة أيام، ولا يوجد ضغط في المياه.",
  terrorist_group:
    "أعلنت قوات أمنية عن عملية ضد خلية تابعة لتنظيم إرهابي مدرج على قوائم الأمم المتحدة في {site} ب{place}.",
};

function outOfScope(kind: OutOfScopeKind, ctx: TextContext): string {
  return fill(OUT_OF_SCOPE[kind], slots(ctx, ""));
}

export const arabicPhrasebook: Phrasebook = { complaint, monitor, witness, media, outOfScope };
