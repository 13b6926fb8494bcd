/**
 * The joint commission along the 2020–2021 timeline (domain.md §11.3), synthetic: the Ghadames
 * round (2–3 November 2020), the Sirte round with the coastal road's phase plan (10–13 November
 * 2020) and the seventh round in Sirte (4–7 February 2021). The chair schedules, records who
 * attended and the minutes; each delegation's head signs in their own name; one decision carries a
 * dissent. Everything goes through the services, on the demo's simulated clock.
 */
import type { Actor } from "../domain/roles.js";
import { answerDecision, proposeDecision } from "../services/commission-decisions.js";
import { createActionItem } from "../services/commission-action-items.js";
import {
  changeMeeting,
  createMeeting,
  getMeeting,
  recordAttendance,
  saveMinutes,
  shareMinutes,
} from "../services/commission.js";
import type { ScenarioRun, TimedAction } from "./timeline.js";

interface Item {
  en: string;
  ar: string;
}

interface Decision {
  /** Index of its agenda item. */
  item: number;
  en: string;
  ar: string;
  /** The LNA delegation dissents, with this reason (synthetic). */
  dissent?: string;
}

interface Round {
  scheduledAt: string;
  startsAt: string;
  placeEn: string;
  placeAr: string;
  agenda: Item[];
  decisions: Decision[];
  minutes: Item;
  action?: { en: string; ar: string; deadline: string; owner: "mission" | "GNA" | "LNA" };
}

const ROUNDS: Round[] = [
  {
    scheduledAt: "2020-10-27T09:00:00Z",
    startsAt: "2020-11-02T08:00:00Z",
    placeEn: "Ghadames",
    placeAr: "غدامس",
    agenda: [
      { en: "The mechanism for monitoring the ceasefire", ar: "آلية مراقبة وقف إطلاق النار" },
      { en: "Withdrawal of forces to their bases", ar: "انسحاب القوات إلى قواعدها" },
      { en: "Reopening of the coastal road", ar: "إعادة فتح الطريق الساحلي" },
    ],
    decisions: [
      {
        item: 2,
        en: "A sub-committee of both delegations prepares the reopening of the coastal road, beginning with the clearance of mines.",
        ar: "تُعِدّ لجنة فرعية من الوفدين لإعادة فتح الطريق الساحلي، بدءًا بإزالة الألغام.",
      },
    ],
    minutes: {
      en: "Both delegations and the chair attended. The commission agreed to form a sub-committee on the coastal road (synthetic minutes).",
      ar: "حضر الوفدان والرئيس. اتفقت اللجنة على تشكيل لجنة فرعية بشأن الطريق الساحلي (محضر افتراضي).",
    },
  },
  {
    scheduledAt: "2020-11-05T09:00:00Z",
    startsAt: "2020-11-10T08:00:00Z",
    placeEn: "Sirte",
    placeAr: "سرت",
    agenda: [
      { en: "Phase plan for the coastal road", ar: "خطة المراحل للطريق الساحلي" },
      { en: "Exchange of detainees", ar: "تبادل المحتجزين" },
    ],
    decisions: [
      {
        item: 0,
        en: "The coastal road between Misrata and Sirte reopens in phases once the clearance of mines is complete.",
        ar: "يُعاد فتح الطريق الساحلي بين مصراتة وسرت على مراحل بعد اكتمال إزالة الألغام.",
      },
    ],
    minutes: {
      en: "The commission adopted the coastal road's phase plan and asked the mission for a clearance plan (synthetic minutes).",
      ar: "اعتمدت اللجنة خطة مراحل الطريق الساحلي وطلبت من البعثة خطة لإزالة الألغام (محضر افتراضي).",
    },
    action: {
      en: "Plan for clearing mines along the coastal road",
      ar: "خطة إزالة الألغام على طول الطريق الساحلي",
      deadline: "2021-02-09T22:00:00Z",
      owner: "mission",
    },
  },
  {
    scheduledAt: "2021-01-28T09:00:00Z",
    startsAt: "2021-02-04T08:00:00Z",
    placeEn: "Sirte",
    placeAr: "سرت",
    agenda: [
      {
        en: "Departure of foreign fighters (the 23 January deadline passed)",
        ar: "مغادرة المقاتلين الأجانب (انقضاء مهلة 23 يناير)",
      },
      {
        en: "Demining of the coastal road from 10 February",
        ar: "إزالة الألغام من الطريق الساحلي اعتبارًا من 10 فبراير",
      },
    ],
    decisions: [
      {
        item: 0,
        en: "The commission asks the mandating body to support the departure of all foreign fighters and mercenaries.",
        ar: "تطلب اللجنة من الجهة صاحبة التفويض دعم مغادرة جميع المقاتلين الأجانب والمرتزقة.",
        dissent:
          "The delegation holds that the matter stays with the commission alone (synthetic).",
      },
      {
        item: 1,
        en: "Clearance teams of both sides begin work on the coastal road on 10 February 2021.",
        ar: "تبدأ فرق إزالة الألغام من الجانبين العمل على الطريق الساحلي في 10 فبراير 2021.",
      },
    ],
    minutes: {
      en: "The commission noted that the deadline for the departure of foreign fighters had passed, and set the start of demining (synthetic minutes).",
      ar: "لاحظت اللجنة انقضاء مهلة مغادرة المقاتلين الأجانب، وحددت موعد بدء إزالة الألغام (محضر افتراضي).",
    },
  },
];

const userOf = (a: Actor) => (a as Extract<Actor, { kind: "user" }>).userId;

/** Schedules a round; then, on its day, holds it: attendance, decisions, signatures, minutes. */
export function commissionActions(): TimedAction[] {
  const ids = new Map<Round, string>();
  return ROUNDS.flatMap((round) => [
    {
      at: new Date(round.scheduledAt),
      run: async (s: ScenarioRun) => {
        const view = await createMeeting(s.deps, s.actor("chair"), {
          startsAt: new Date(round.startsAt),
          placeEn: round.placeEn,
          placeAr: round.placeAr,
          agenda: round.agenda.map((i) => ({ titleEn: i.en, titleAr: i.ar })),
        });
        ids.set(round, view.meeting.id);
      },
    },
    {
      at: new Date(new Date(round.startsAt).getTime() + 6 * 3_600_000),
      run: (s: ScenarioRun) => holdRound(s, round, ids.get(round)),
    },
  ]);
}

async function holdRound(s: ScenarioRun, round: Round, id: string | undefined): Promise<void> {
  if (!id) return;
  const chair = s.actor("chair");
  const heads = { GNA: s.actor("commission"), LNA: s.actor("commission-lna") };
  await recordAttendance(s.deps, chair, id, [
    { userId: userOf(heads.GNA), status: "present" },
    { userId: userOf(heads.LNA), status: "present" },
    { userId: userOf(chair), status: "present" },
  ]);
  const agenda = (await getMeeting(s.deps, chair, id)).agenda;
  for (const d of round.decisions) {
    const item = agenda[d.item];
    if (!item) continue;
    const before = new Set((await getMeeting(s.deps, chair, id)).decisions.map((x) => x.row.id));
    const after = await proposeDecision(s.deps, chair, id, {
      agendaItemId: item.id,
      textEn: d.en,
      textAr: d.ar,
    });
    const decision = after.decisions.find((x) => !before.has(x.row.id));
    if (!decision) continue;
    await answerDecision(s.deps, heads.GNA, decision.row.id, { kind: "signed" });
    await answerDecision(
      s.deps,
      heads.LNA,
      decision.row.id,
      d.dissent ? { kind: "dissented", reason: d.dissent } : { kind: "signed" },
    );
  }
  if (round.action) {
    await createActionItem(s.deps, chair, id, {
      titleEn: round.action.en,
      titleAr: round.action.ar,
      owner:
        round.action.owner === "mission"
          ? { kind: "mission" }
          : { kind: "party", party: round.action.owner },
      deadline: new Date(round.action.deadline),
    });
  }
  await changeMeeting(s.deps, chair, id, { status: "held" });
  await saveMinutes(s.deps, chair, id, { en: round.minutes.en, ar: round.minutes.ar });
  await shareMinutes(s.deps, chair, id);
}
