/**
 * Progress on the Libya profile's commitments along the 2020–2021 timeline (domain.md §9, §11.3):
 * the Tripoli–Benina flight on signature day, the al-Shwayrif exchanges, no withdrawal and no
 * departure of foreign fighters by D+90 (the deadline job marks both overdue), demining from
 * 10 February 2021, the coastal road reopened on 30 July 2021. The road was cleared of mines
 * before it reopened: the demining is recorded met on the morning of the reopening, the one
 * dated fact (domain.md §9, §11.3; the day it was finished is not known). Observations by the field
 * monitor, status changes by the chief, through the services like every demo record.
 */
import type { CommitmentStatus, OBSERVED_STATUSES } from "../domain/commitments.js";
import { listCommitmentsFor, recordObservation } from "../services/commitment-reads.js";
import { changeCommitmentStatus } from "../services/commitments.js";
import type { ScenarioRun, TimedAction } from "./timeline.js";

interface Step {
  at: string;
  /** Words of the commitment's English title. */
  commitment: string;
  noteEn: string;
  noteAr: string;
  shows: (typeof OBSERVED_STATUSES)[number] | null;
  level: "V1" | "V2" | "V3";
  /** The chief's status change after the observation. */
  status?: CommitmentStatus;
}

const STEPS: Step[] = [
  {
    at: "2020-10-23T15:00:00Z",
    commitment: "flights between Tripoli and Benghazi",
    noteEn: "The first Tripoli–Benina flight since the war landed this afternoon.",
    noteAr: "هبطت بعد الظهر أول رحلة بين طرابلس وبنينا منذ الحرب.",
    shows: "met",
    level: "V2",
    status: "met",
  },
  {
    at: "2020-12-26T10:00:00Z",
    commitment: "Exchange of detainees",
    noteEn: "First exchange of detainees at al-Shwayrif, facilitated by the joint committee.",
    noteAr: "أول عملية تبادل للمحتجزين في الشويرف بتيسير من اللجنة المشتركة.",
    shows: "partially_met",
    level: "V3",
    status: "partially_met",
  },
  {
    at: "2021-01-20T09:00:00Z",
    commitment: "return to their camps",
    noteEn: "Units still deployed along the Sirte–Jufra line; no withdrawal to camps observed.",
    noteAr: "لا تزال الوحدات منتشرة على خط سرت–الجفرة؛ لم تُرصد عودة إلى المعسكرات.",
    shows: null,
    level: "V2",
  },
  {
    at: "2021-01-24T09:00:00Z",
    commitment: "foreign fighters",
    noteEn: "No departure of foreign fighters observed at the deadline.",
    noteAr: "لم تُرصد مغادرة للمقاتلين الأجانب عند انقضاء المهلة.",
    shows: null,
    level: "V1",
  },
  {
    at: "2021-02-10T11:00:00Z",
    commitment: "Demining of the coastal road",
    noteEn: "Clearance teams of both sides began work west of Sirte.",
    noteAr: "بدأت فرق إزالة الألغام من الجانبين العمل غرب سرت.",
    shows: "in_progress",
    level: "V3",
    status: "in_progress",
  },
  {
    at: "2021-07-30T06:00:00Z",
    commitment: "Demining of the coastal road",
    noteEn:
      "The sub-committee for clearing the lines of contact confirms the coastal road between Abu Grein and Sirte cleared of mines, ahead of its reopening today.",
    noteAr:
      "تؤكد اللجنة الفرعية لتطهير خطوط التماس خلوّ الطريق الساحلي بين أبوقرين وسرت من الألغام، قبل إعادة فتحه اليوم.",
    shows: "met",
    level: "V2",
    status: "met",
  },
  {
    at: "2021-07-30T12:00:00Z",
    commitment: "coastal road Misrata",
    noteEn: "The coastal road between Misrata and Sirte reopened to traffic.",
    noteAr: "أُعيد فتح الطريق الساحلي بين مصراتة وسرت أمام حركة المرور.",
    shows: "met",
    level: "V3",
    status: "met",
  },
];

async function play(s: ScenarioRun, step: Step): Promise<void> {
  const chief = s.actor("chief");
  const found = (await listCommitmentsFor(s.deps, chief, { limit: 500 })).items.find((v) =>
    v.commitment.title.en.includes(step.commitment),
  );
  // A profile without this commitment (edited by an operator): nothing to record.
  if (!found) return;
  const id = found.commitment.id;
  await recordObservation(s.deps, s.actor("monitor"), id, {
    observedAt: new Date(step.at),
    noteEn: step.noteEn,
    noteAr: step.noteAr,
    showsStatus: step.shows,
    quantity: null,
    phaseKey: null,
    verificationLevel: step.level,
    source: "UNSMIL field team (synthetic)",
    sourceGrades: [],
    evidenceIds: [],
    disputes: false,
  });
  if (step.status) {
    await changeCommitmentStatus(s.deps, chief, id, {
      status: step.status,
      reason: step.noteEn,
    });
  }
}

export function commitmentActions(): TimedAction[] {
  return STEPS.map((step) => ({
    at: new Date(new Date(step.at).getTime() + 30 * 60_000),
    run: (s) => play(s, step),
  }));
}
