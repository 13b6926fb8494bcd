/**
 * What of the joint commission's records leaves the server. The services already chose what each
 * reader may see (minutes before sharing, decisions not yet settled, another delegation's notes
 * never); this lists the fields.
 */
import type { ActionItemOfCommitment } from "../../services/commission-action-items.js";
import type { MeetingSummary, MeetingView } from "../../services/commission.js";
import type { Attendee } from "../../services/commission-attendees.js";
import type { NoteView } from "../../services/commission-notes.js";
import type {
  ActionItemOfCommitmentOut,
  AttendeeOut,
  MeetingOut,
  MeetingSummaryOut,
  NoteOut,
} from "../schemas/commission-responses.js";

type ActionOut = MeetingOut["actionItems"][number];

function actionFields(a: ActionItemOfCommitment["row"]) {
  return {
    id: a.id,
    title: { en: a.title_en, ar: a.title_ar },
    owner: { kind: a.owner_kind as ActionOut["owner"]["kind"], party: a.owner_party },
    deadline: a.deadline.toISOString(),
    status: a.status as ActionOut["status"],
    statusReason: a.status_reason,
  };
}

export function presentActionItemOfCommitment(
  a: ActionItemOfCommitment,
): ActionItemOfCommitmentOut {
  return {
    ...actionFields(a.row),
    meetingId: a.row.meeting_id,
    meetingReference: a.meetingReference,
  };
}

export function presentMeetingSummary(m: MeetingSummary): MeetingSummaryOut {
  return {
    id: m.id,
    reference: m.reference,
    startsAt: m.startsAt.toISOString(),
    place: m.place,
    status: m.status,
    agendaItems: m.agendaItems,
    minutesShared: m.minutesShared,
  };
}

export function presentMeeting(v: MeetingView): MeetingOut {
  const m = v.meeting;
  return {
    ...presentMeetingSummary({
      id: m.id,
      reference: m.reference,
      startsAt: m.starts_at,
      place: { en: m.place_en, ar: m.place_ar },
      status: m.status as MeetingSummary["status"],
      agendaItems: v.agenda.length,
      minutesShared: m.minutes_shared_at !== null,
    }),
    standing: v.standing,
    agenda: v.agenda.map((i) => ({
      id: i.id,
      position: i.position,
      title: { en: i.title_en, ar: i.title_ar },
      text: { en: i.text_en, ar: i.text_ar },
      subject: i.subject_kind && i.subject_id ? { kind: i.subject_kind, id: i.subject_id } : null,
    })),
    attendance: v.attendance.map((a) => ({
      userId: a.userId,
      name: a.name,
      party: a.party,
      seat: a.seat,
      status: a.status,
    })),
    minutes: v.minutes,
    minutesSharedAt: m.minutes_shared_at?.toISOString() ?? null,
    decisions: v.decisions.map((d) => ({
      id: d.row.id,
      agendaItemId: d.row.agenda_item_id,
      version: d.row.version,
      supersedesId: d.row.supersedes_id,
      text: { en: d.row.text_en, ar: d.row.text_ar },
      status: d.row.status as MeetingOut["decisions"][number]["status"],
      requiredParties: d.row.required_parties,
      answers: d.answers.map((a) => ({ ...a, at: a.at.toISOString() })),
      proposedAt: d.row.proposed_at.toISOString(),
      effectiveAt: d.row.effective_at?.toISOString() ?? null,
      mayAnswerFor: d.mayAnswerFor,
      adopts: d.adopts && { ...d.adopts, from: d.adopts.from.toISOString() },
    })),
    actionItems: v.actionItems.map(({ row: a, commitment }) => ({
      ...actionFields(a),
      agendaItemId: a.agenda_item_id,
      decisionId: a.decision_id,
      // Another party's commitment is not named, not even by its id.
      commitmentId: commitment?.id ?? null,
      commitment,
    })),
    notesParty: v.notesParty,
  };
}

export function presentNote(n: NoteView): NoteOut {
  return {
    id: n.note.id,
    agendaItemId: n.note.agenda_item_id,
    party: n.note.party_code,
    body: n.note.body,
    authorName: n.authorName,
    createdAt: n.note.created_at.toISOString(),
    updatedAt: n.note.updated_at.toISOString(),
  };
}

export function presentAttendee(a: Attendee): AttendeeOut {
  return { id: a.id, name: a.name, party: a.party, seat: a.seat };
}
