/**
 * The scenario the route-enumerating authorization test (src/http/authorization.test.ts) runs
 * against: records of both parties, the mission and the joint commission, built through the
 * services as real users would make them, each with a canary string in its content. Who may see
 * which record is written in test/route-rules.ts.
 */
import { Readable } from "node:stream";
import { seedIllustrativeLayers } from "../src/demo/geo-layers.js";
import { TRIPOLI_WORKING_LINE } from "../src/demo/geo/illustrative-layers.js";
import { classifyIncident } from "../src/services/classification.js";
import {
  createMeeting,
  addAgendaItem,
  saveMinutes,
  shareMinutes,
} from "../src/services/commission.js";
import { changeActionItem, createActionItem } from "../src/services/commission-action-items.js";
import {
  answerDecision,
  proposeDecision,
  reviseDecision,
} from "../src/services/commission-decisions.js";
import { addNote } from "../src/services/commission-notes.js";
import { createCommitment } from "../src/services/commitments.js";
import { setDelegation } from "../src/services/delegations.js";
import type { Deps } from "../src/services/deps.js";
import { addStep, issueNotice } from "../src/services/enforcement.js";
import { uploadEvidence } from "../src/services/evidence.js";
import { addFinding } from "../src/services/findings.js";
import { addLayerVersion, createLayer } from "../src/services/geo.js";
import { createIncident } from "../src/services/incident-triage.js";
import { transitionIncident } from "../src/services/incident-workflow.js";
import { createReport } from "../src/services/intake.js";
import { sendLayerVersionToCommission } from "../src/services/line-of-contact.js";
import { changeMissionSettings } from "../src/services/mission.js";
import { syncOpenDataFeed } from "../src/services/open-data-feed.js";
import { createProduct, editProduct, transitionProduct } from "../src/services/report-products.js";
import { createTask } from "../src/services/tasks.js";
import { createAgreementForTest } from "./agreements.js";
import { commitmentInput, seedAnchorD } from "./commitments.js";
import { findingInput, reportInput, seedActors, seedCommissionUsers } from "./fixtures.js";
import { RECORDS, type RecordKey, type Scenario, type ScenarioActors } from "./route-rules.js";

type Canaries = Record<RecordKey, string>;
type Ids = Record<RecordKey, string>;

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from("JFIF\0")]);

/** The scenario, built through the services as real users would. */
export async function buildScenario(deps: Deps): Promise<Scenario> {
  const actors: ScenarioActors = {
    ...(await seedActors(deps)),
    ...(await seedCommissionUsers(deps)),
  };
  await createAgreementForTest(deps);
  const tag = Math.random().toString(36).slice(2, 8);
  const canaries = Object.fromEntries(RECORDS.map((r) => [r, `CANARY-${r}-${tag}`])) as Canaries;
  const file = async (actor: Parameters<typeof createReport>[1], key: RecordKey, extra = {}) =>
    (
      await createReport(
        deps,
        actor,
        reportInput({ description: `Shelling near the road. ${canaries[key]}`, ...extra }),
      )
    ).report.id;
  const ids = {} as Ids;
  ids.rGna = await file(actors.liaisonGna, "rGna", { allegedParty: "LNA" });
  ids.rLna = await file(actors.liaisonLna, "rLna", { allegedParty: "GNA" });
  ids.rMon = await file(actors.monitor, "rMon", { sourceKind: "monitor" });
  ids.rPub = await file({ kind: "public" }, "rPub", { sourceKind: "public" });
  const attach = async (actor: Parameters<typeof uploadEvidence>[1], key: RecordKey, to: string) =>
    (
      await uploadEvidence(deps, actor, {
        reportId: to,
        content: Readable.from([JPEG]),
        originalName: `${canaries[key]}.jpg`,
        maxBytes: 1024 * 1024,
      })
    ).id;
  ids.eGna = await attach(actors.liaisonGna, "eGna", ids.rGna);
  ids.eLna = await attach(actors.liaisonLna, "eLna", ids.rLna);
  const open = async (key: RecordKey, report: string) =>
    (await createIncident(deps, actors.intake, { reportIds: [report], title: canaries[key] })).id;
  ids.iGna = await open("iGna", ids.rGna);
  ids.iLna = await open("iLna", ids.rLna);
  ids.iRel = await open("iRel", ids.rMon);
  ids.rGna2 = await file(actors.liaisonGna, "rGna2", { allegedParty: "LNA" });
  ids.iRoR = await open("iRoR", ids.rGna2);
  await classifyIncident(deps, actors.chief, ids.iRel, {
    classification: "public",
    concernedParties: ["GNA", "LNA"],
    reason: "Both parties are concerned; publish.",
  });
  await classifyIncident(deps, actors.chief, ids.iRoR, {
    classification: "parties",
    concernedParties: ["GNA"],
    reason: "Only the GNA is concerned.",
  });
  const toReview = async (incident: string, finding = {}) => {
    const move = (actor: keyof ScenarioActors, to: Parameters<typeof transitionIncident>[3]) =>
      transitionIncident(deps, actors[actor], incident, to);
    await move("intake", "triaged");
    await move("analyst", "under_verification");
    await addFinding(
      deps,
      actors.analyst,
      incident,
      findingInput({
        outcome: "violation_unattributed",
        verificationLevel: "V2",
        provisions: ["TEST/1"],
        publicNarrative: "Indirect fire hit a residential area.",
        ...finding,
      }),
    );
    await move("analyst", "assessed");
    await move("analyst", "in_review");
    return move;
  };
  ids.rSrc = await file(actors.monitor, "rSrc", {
    sourceKind: "monitor",
    classification: "confidential_source",
  });
  // Intake does not see a confidential-source report: the chief opens its incident.
  ids.iConf = (
    await createIncident(deps, actors.chief, { reportIds: [ids.rSrc], title: canaries.iConf })
  ).id;
  await classifyIncident(deps, actors.chief, ids.iConf, {
    classification: "confidential_source",
    reason: "The account comes from a source who must be protected.",
  });
  const moveRel = await toReview(ids.iRel);
  await moveRel("chief", "endorsed");
  // The scenario's mission publishes as soon as the parties have the finding (no public delay),
  // so the published incident is public now, for every route that reads it.
  await changeMissionSettings(
    deps,
    { kind: "system", name: "scenario" },
    {
      releaseRules: { partiesFirst: true, publicDelayHours: 0 },
    },
  );
  await moveRel("chief", "restricted_release");
  await moveRel("chief", "published");
  const moveRoR = await toReview(ids.iRoR);
  await moveRoR("reviewer", "right_of_reply");
  const release = await deps.db
    .selectFrom("releases")
    .select("id")
    .where("incident_id", "=", ids.iRel)
    .executeTakeFirstOrThrow();
  ids.xRel = release.id;
  canaries.xRel = canaries.iRel;
  // A violation the mission attributes to the LNA, released to both parties (not published).
  ids.iVio = (
    await createIncident(deps, actors.intake, {
      reportIds: [await file(actors.intake, "iVio", { sourceKind: "media" })],
      title: canaries.iVio,
    })
  ).id;
  await classifyIncident(deps, actors.chief, ids.iVio, {
    classification: "parties",
    concernedParties: ["GNA", "LNA"],
    reason: "Both parties are concerned; the finding goes to both.",
  });
  const moveVio = await toReview(ids.iVio, {
    outcome: "violation_attributed",
    verificationLevel: "V3",
    attributionLevel: "attributed",
    attributedParty: "LNA",
    concernedParties: ["GNA", "LNA"],
    publicNarrative: "Mortar fire from LNA positions hit Ain Zara.",
  });
  await moveVio("chief", "endorsed");
  await moveVio("chief", "restricted_release");
  ids.tGna = (
    await createTask(deps, actors.analyst, ids.iGna, {
      kind: "site_visit",
      assigneeId: actors.monitor.userId,
      instructions: `Look at the crater. ${canaries.tGna}`,
      language: "en",
      placeName: "Ain Zara",
      location: { lat: 32.795, lon: 13.287 },
      priority: "urgent",
      dueAt: new Date("2020-01-20T00:00:00Z"),
    })
  ).view.task.id;
  await seedAnchorD(deps, actors.chief);
  const commit = async (key: RecordKey, parties: string[], isPublic: boolean) =>
    (
      await createCommitment(
        deps,
        actors.chief,
        commitmentInput({
          titleEn: `Withdrawal ${canaries[key]}`,
          obligatedParties: parties,
          public: isPublic,
        }),
      )
    ).commitment.id;
  ids.cGna = await commit("cGna", ["GNA"], false);
  ids.cLna = await commit("cLna", ["LNA"], false);
  ids.cPub = await commit("cPub", ["LNA"], true);
  Object.assign(ids, await productScenario(deps, actors, canaries));
  await seedIllustrativeLayers(deps, { kind: "system", name: "demo" });
  const commission = await commissionScenario(deps, actors, canaries, ids);
  Object.assign(ids, commission.ids);
  Object.assign(ids, await enforcementScenario(deps, actors, canaries, ids));
  const layer = await deps.db.selectFrom("geo_layers").select("id").executeTakeFirstOrThrow();
  const provision = await deps.db
    .selectFrom("provisions")
    .select(["id", "agreement_id"])
    .where("code", "=", "TEST/1")
    .executeTakeFirstOrThrow();
  await syncOpenDataFeed(deps); // as the job loop would: the public feed holds what is published
  return {
    actors,
    ids,
    canaries,
    layerId: layer.id,
    userId: actors.analyst.userId,
    agreementId: provision.agreement_id,
    provisionId: provision.id,
    agendaItemId: commission.agendaItemId,
    actionItemId: commission.actionItemId,
  };
}

/**
 * Deletes the notices of the scenario's commission meetings and of its enforcement ladder (iVio's
 * release to the parties among them), for tests that count the other notices.
 */
export async function forgetCommissionAndLadder(deps: Deps, s: Scenario): Promise<void> {
  await deps.db
    .deleteFrom("notifications")
    .where((eb) =>
      eb.or([eb("kind", "like", "commission.%"), eb("subject", "=", `incident:${s.ids.iVio}`)]),
    )
    .execute();
}

/**
 * The joint commission, seated as the administrator seats it: the GNA delegation headed by its
 * commission member; the LNA delegation headed by its commission member, with the LNA liaison
 * sitting in it; the chair of no party. Two meetings: cMtg, whose minutes are shared, with a
 * decision proposed, one superseded, one in effect and one dissented, action items and each
 * delegation's note; cMtg2, whose minutes are still a draft, with the decision adopting a
 * proposed line of contact awaiting signatures (decision 0019).
 */
async function commissionScenario(
  deps: Deps,
  actors: ScenarioActors,
  canaries: Canaries,
  ids: Ids,
) {
  await setDelegation(deps, actors.admin, "GNA", {
    memberIds: [actors.commission.userId],
    headUserId: actors.commission.userId,
  });
  await setDelegation(deps, actors.admin, "LNA", {
    memberIds: [actors.commissionLna.userId, actors.liaisonLna.userId],
    headUserId: actors.commissionLna.userId,
  });
  const m = await createMeeting(deps, actors.chief, {
    startsAt: new Date("2020-11-02T09:00:00Z"),
    placeEn: "Ghadames",
    agenda: [{ titleEn: `Withdrawal from the lines ${canaries.cMtg}` }],
  });
  const meetingId = m.meeting.id;
  const agendaItemId = m.agenda[0]!.id;
  const decide = async (by: "chief" | "chair", key: RecordKey) => {
    const view = await proposeDecision(deps, actors[by], meetingId, {
      agendaItemId,
      textEn: `Withdraw to the camps. ${canaries[key]}`,
      textAr: "العودة إلى المعسكرات.",
    });
    return view.decisions.find((d) => d.row.text_en.includes(canaries[key]))!.row.id;
  };
  const dPro = await decide("chief", "dPro");
  // Signed by the GNA, then revised by the chair: a new version supersedes it.
  const dOld = await decide("chair", "dOld");
  await answerDecision(deps, actors.commission, dOld, { kind: "signed" });
  await reviseDecision(deps, actors.chair, dOld, {
    textEn: "Withdraw to the camps within ten days.",
    textAr: "العودة إلى المعسكرات في غضون عشرة أيام.",
  });
  const dEff = await decide("chief", "dEff");
  await answerDecision(deps, actors.commission, dEff, { kind: "signed" });
  await answerDecision(deps, actors.commissionLna, dEff, { kind: "signed" });
  const dDis = await decide("chair", "dDis");
  await answerDecision(deps, actors.commission, dDis, { kind: "signed" });
  await answerDecision(deps, actors.commissionLna, dDis, {
    kind: "dissented",
    reason: `Not before the demining. ${canaries.dWhy}`,
  });
  // Agenda items about records not every reader of the meeting may read: the LNA's own
  // commitment, and the decision still awaiting signatures.
  await addAgendaItem(deps, actors.chair, meetingId, {
    titleEn: "The withdrawal the LNA committed to",
    subject: { kind: "commitment", id: ids.cLna },
  });
  await addAgendaItem(deps, actors.chief, meetingId, {
    titleEn: "The text still to be signed",
    subject: { kind: "decision", id: dPro },
  });
  const withItem = await createActionItem(deps, actors.chief, meetingId, {
    titleEn: "Map the camps",
    owner: { kind: "delegation", party: "LNA" },
    deadline: new Date("2020-12-01T00:00:00Z"),
  });
  // An action item that became the LNA's commitment: the GNA's readers see neither its id nor title.
  const linked = await createActionItem(deps, actors.chief, meetingId, {
    titleEn: "Withdraw the LNA's units",
    owner: { kind: "party", party: "LNA" },
    deadline: new Date("2020-12-15T00:00:00Z"),
  });
  const linkedId = linked.actionItems.find((a) => a.row.title_en?.startsWith("Withdraw"))!.row.id;
  await changeActionItem(deps, actors.chief, linkedId, { commitmentId: ids.cLna });
  const gna = await addNote(deps, actors.commission, meetingId, { body: canaries.nGna });
  // The LNA liaison sits in its delegation: it writes the delegation's note.
  const lna = await addNote(deps, actors.liaisonLna, meetingId, { body: canaries.nLna });
  await saveMinutes(deps, actors.chair, meetingId, {
    en: `The commission met. ${canaries.mShared}`,
    ar: "اجتمعت اللجنة.",
  });
  await shareMinutes(deps, actors.chief, meetingId);

  const next = await createMeeting(deps, actors.chair, {
    startsAt: new Date("2020-11-20T09:00:00Z"),
    placeEn: "Sirte",
    agenda: [{ titleEn: `Exchange of prisoners ${canaries.cMtg2}` }],
  });
  await saveMinutes(deps, actors.chief, next.meeting.id, {
    en: `Draft: the delegations agree in principle. ${canaries.mDraft}`,
    ar: null,
  });
  const line = await createLayer(deps, actors.chief, {
    kind: "line_of_contact",
    name: "Scenario line",
    nameAr: "خط السيناريو",
  });
  await addLayerVersion(deps, actors.analyst, line.id, {
    validFrom: new Date("2020-11-01T00:00:00Z"),
    status: "proposed",
    leftParty: "GNA",
    rightParty: "LNA",
    geometry: TRIPOLI_WORKING_LINE.geometry,
  });
  const sent = await sendLayerVersionToCommission(deps, actors.chief, line.id, 1, {
    meetingId: next.meeting.id,
    from: new Date("2020-12-01T00:00:00Z"),
    textEn: `The commission adopts the scenario line. ${canaries.dLoc}`,
    textAr: "تعتمد اللجنة خط السيناريو.",
  });
  return {
    ids: {
      cMtg: meetingId,
      cMtg2: next.meeting.id,
      mShared: meetingId,
      mDraft: next.meeting.id,
      dPro,
      dOld,
      dEff,
      dDis,
      dWhy: dDis,
      dLoc: sent.decisionId,
      nGna: gna.notes[0]!.note.id,
      nLna: lna.notes[0]!.note.id,
    },
    agendaItemId,
    actionItemId: withItem.actionItems.find((a) => a.row.title_en === "Map the camps")!.row.id,
  };
}

/**
 * The enforcement ladder on iVio (decision 0017): the chief's notice to the LNA, the LNA's
 * response and its correction of it, and the chief's referral onto cMtg's agenda.
 */
async function enforcementScenario(
  deps: Deps,
  actors: ScenarioActors,
  canaries: Canaries,
  ids: Ids,
): Promise<Pick<Ids, "nVio" | "sResp" | "sFix">> {
  const { notice } = await issueNotice(deps, actors.chief, ids.iVio, {
    deadline: "2020-01-20",
    textEn: `The mission notifies the LNA of the violation found. ${canaries.nVio}`,
    textAr: "تخطر البعثة القيادة العامة بالانتهاك الذي ثبت.",
  });
  const response = await addStep(deps, actors.liaisonLna, notice.noticeId, {
    kind: "response",
    afterSeq: 1,
    text: `لم تطلق وحداتنا النار. ${canaries.sResp}`,
    language: "ar",
  });
  const fix = await addStep(deps, actors.liaisonLna, notice.noticeId, {
    kind: "correction",
    afterSeq: 2,
    correctsStepId: response.id,
    textEn: "",
    textAr: `لم تطلق وحداتنا النار في ذلك اليوم. ${canaries.sFix}`,
  });
  await addStep(deps, actors.chief, notice.noticeId, {
    kind: "commission_referral",
    afterSeq: 3,
    textEn: "Referred to the commission's meeting.",
    textAr: "أحيلت إلى اجتماع اللجنة.",
    meetingId: ids.cMtg,
  });
  return { nVio: notice.noticeId, sResp: response.id, sFix: fix.id };
}

/** A draft, a public daily report released, and a periodic one released to the parties only. */
async function productScenario(
  deps: Deps,
  actors: ScenarioActors,
  canaries: Canaries,
): Promise<Pick<Ids, "pDraft" | "pRel" | "pPty">> {
  const make = async (
    input: Parameters<typeof createProduct>[2],
    added: Record<string, { en: string; ar: string }>,
    release: boolean,
  ) => {
    const { product } = await createProduct(deps, actors.analyst, input);
    await editProduct(deps, actors.analyst, product.id, { added });
    if (release) {
      await transitionProduct(deps, actors.analyst, product.id, "submit");
      await transitionProduct(deps, actors.reviewer, product.id, "approve");
      await transitionProduct(deps, actors.chief, product.id, "release");
    }
    return product.id;
  };
  const text = (s: string) => ({ en: s, ar: s });
  return {
    pDraft: await make(
      { kind: "daily", classification: "public", day: "2020-01-15" },
      { summary: text(canaries.pDraft) },
      false,
    ),
    pRel: await make(
      { kind: "daily", classification: "public", day: "2020-01-15" },
      { summary: text(canaries.pRel), annex: text(canaries.pPty) },
      true,
    ),
    pPty: await make(
      { kind: "periodic", classification: "parties", from: "2020-01-01", to: "2020-01-15" },
      { summary: text(canaries.pPty) },
      true,
    ),
  };
}
