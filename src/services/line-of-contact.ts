/**
 * The line of contact as the joint commission decides it (issue 13 item 4, decision 0019): the
 * head of mission sends a proposed layer version to a meeting of the commission, as an agenda
 * item and a decision "adopt this version as agreed from DATE", in one transaction. The decision
 * takes effect, and the version becomes agreed, when each delegation's head has signed
 * (`answerDecision` calls `adoptLayerVersion` in the signature's transaction).
 */
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { findLayer, findVersion, pendingAdoption } from "../store/geo-repo.js";
import { requireRole } from "./access.js";
import { addAgendaItem, type MeetingView } from "./commission.js";
import { proposeDecision } from "./commission-decisions.js";
import { inTransaction, type Deps } from "./deps.js";
import { notProposed } from "./geo.js";
import { missionTimeZone } from "./mission.js";

const LAYER_VERSION_SUBJECT = "geo_layer_version";

export interface SendToCommissionInput {
  meetingId: string;
  /** The version is agreed from this instant once the decision is in effect. */
  from: Date;
  textEn?: string;
  textAr?: string;
}

/** The decision's text, generated from the layer's names and the date (the chief may edit it). */
function adoptionText(
  layer: { name: string; nameAr: string | null },
  version: number,
  from: Date,
  timeZone: string,
): { textEn: string; textAr: string; titleEn: string; titleAr: string } {
  const day = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(from);
  const nameAr = layer.nameAr ?? layer.name;
  return {
    titleEn: `${layer.name}: version ${version}`,
    titleAr: `${nameAr}: الإصدار ${version}`,
    textEn: `The commission adopts version ${version} of ${layer.name} as the agreed line from ${day("en-GB")}.`,
    textAr: `تعتمد اللجنة الإصدار ${version} من ${nameAr} خطاً متفقاً عليه اعتباراً من ${day("ar")}.`,
  };
}

/** The chief sends a proposed version to a meeting's agenda with a decision to adopt it. */
export async function sendLayerVersionToCommission(
  deps: Deps,
  actor: Actor,
  layerId: string,
  version: number,
  input: SendToCommissionInput,
): Promise<{ meeting: MeetingView; decisionId: string; meetingId: string }> {
  requireRole(actor, ["chief"], "send a line to the joint commission");
  const timeZone = await missionTimeZone(deps);
  return inTransaction(deps, async (tx) => {
    const within: Deps = { ...deps, db: tx };
    const layer = await findLayer(tx, layerId);
    const row = layer ? await findVersion(tx, layerId, version) : undefined;
    if (!layer || !row) {
      throw new DomainError(
        "layer_version_not_found",
        `Geo layer ${layerId} has no version ${version}.`,
      );
    }
    if (row.status !== "proposed") throw notProposed(row.version, row.status);
    if (row.valid_to && row.valid_to.getTime() <= input.from.getTime()) {
      throw new DomainError(
        "validation_failed",
        `The version ends at ${row.valid_to.toISOString()}; it cannot be agreed from a later date.`,
        { field: "from" },
      );
    }
    const pending = await pendingAdoption(tx, row.id);
    if (pending) {
      throw new DomainError(
        "conflict",
        `Version ${version} is already before the commission (a decision awaiting signatures); revise that decision instead.`,
        { decisionId: pending.id, meetingId: pending.meeting_id },
      );
    }
    const text = adoptionText(
      { name: layer.name, nameAr: layer.name_ar },
      row.version,
      input.from,
      timeZone,
    );
    const item = await addAgendaItem(within, actor, input.meetingId, {
      titleEn: text.titleEn,
      titleAr: text.titleAr,
      subject: { kind: LAYER_VERSION_SUBJECT, id: row.id },
    });
    const meeting = await proposeDecision(within, actor, input.meetingId, {
      agendaItemId: item.id,
      textEn: input.textEn?.trim() || text.textEn,
      textAr: input.textAr?.trim() || text.textAr,
      adopts: { layerVersionId: row.id, from: input.from },
    });
    const decision = meeting.decisions.find((d) => d.row.agenda_item_id === item.id);
    return { meeting, decisionId: decision!.row.id, meetingId: input.meetingId };
  });
}
