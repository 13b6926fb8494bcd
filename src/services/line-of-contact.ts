/**
 * The line of contact as the joint commission decides it (issue 13 item 4, decision 0019): the
 * commission's secretariat (its chair or the head of mission) sends a proposed layer version to a
 * meeting of the commission, as an agenda item and a decision "adopt this version as agreed from
 * DATE", in one transaction. The decision
 * takes effect, and the version becomes agreed, when each delegation's head has signed
 * (`answerDecision` calls `adoptLayerVersion` in the signature's transaction).
 */
import { DomainError } from "../domain/errors.js";
import { formatDay } from "../domain/zoned-format.js";
import { disputedOfParts, disputedPartIndexes } from "../domain/geo/disputed-parts.js";
import { linesOf, type LinealGeometry } from "../domain/geo/geojson.js";
import { LAYER_WRITERS } from "../domain/geo/layers.js";
import type { Actor } from "../domain/roles.js";
import {
  findLayer,
  findVersion,
  lockGeo,
  pendingAdoption,
  setVersionDisputed,
} from "../store/geo-repo.js";
import { requireRole } from "./access.js";
import { appendAudit } from "./audit.js";
import { addAgendaItem, requireSecretariat, type MeetingView } from "./commission.js";
import { proposeDecision } from "./commission-decisions.js";
import { inTransaction, type Deps } from "./deps.js";
import { enqueueRecompute, getLayer, notProposed, type GeoLayer } from "./geo.js";
import { forgetPreparedEvaluations } from "./geo-evaluations.js";
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
  const day = (lang: "en" | "ar") => formatDay(from, lang, timeZone);
  const nameAr = layer.nameAr ?? layer.name;
  return {
    titleEn: `${layer.name}: version ${version}`,
    titleAr: `${nameAr}: الإصدار ${version}`,
    textEn: `The commission adopts version ${version} of ${layer.name} as the agreed line from ${day("en")}.`,
    textAr: `تعتمد اللجنة الإصدار ${version} من ${nameAr} خطاً متفقاً عليه اعتباراً من ${day("ar")}.`,
  };
}

/**
 * The chair or the chief (the secretariat, who keep the agenda and propose decisions) sends a
 * proposed version to a meeting's agenda with a decision to adopt it.
 */
export async function sendLayerVersionToCommission(
  deps: Deps,
  actor: Actor,
  layerId: string,
  version: number,
  input: SendToCommissionInput,
): Promise<{ meeting: MeetingView; decisionId: string; meetingId: string }> {
  await requireSecretariat(deps.db, actor, "send a line to the joint commission");
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

/**
 * An analyst or the chief marks which parts of a proposed line of contact are disputed (the
 * parts by position, all of them at once; none: nothing disputed). Only while the version is
 * proposed and not awaiting the delegations' signatures: what they sign is what they saw.
 */
export async function markDisputedParts(
  deps: Deps,
  actor: Actor,
  layerId: string,
  version: number,
  parts: readonly number[],
): Promise<GeoLayer> {
  if (actor.kind !== "system") requireRole(actor, LAYER_WRITERS, "mark disputed parts");
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    await lockGeo(tx);
    const layer = await findLayer(tx, layerId);
    const row = layer ? await findVersion(tx, layerId, version) : undefined;
    if (!layer || !row) {
      throw new DomainError(
        "layer_version_not_found",
        `Geo layer ${layerId} has no version ${version}.`,
      );
    }
    if (layer.kind !== "line_of_contact") {
      throw new DomainError("validation_failed", "Only a line of contact marks disputed parts.", {
        field: "parts",
      });
    }
    if (row.status !== "proposed") {
      throw new DomainError(
        "layer_version_not_proposed",
        `Version ${version} is ${row.status}; disputed parts are marked on a proposed version (an agreed line keeps the parts the commission adopted; propose a new version to change them).`,
        { status: row.status },
      );
    }
    const pending = await pendingAdoption(tx, row.id);
    if (pending) {
      throw new DomainError(
        "conflict",
        `Version ${version} is before the commission (a decision awaiting signatures): the delegations sign the line as it was sent. Revise or withdraw that decision first.`,
        { decisionId: pending.id, meetingId: pending.meeting_id },
      );
    }
    const line = row.geometry as LinealGeometry;
    const count = linesOf(line).length;
    const wrong = parts.find((p) => p >= count);
    if (wrong !== undefined) {
      throw new DomainError(
        "validation_failed",
        `The line has ${count} part${count > 1 ? "s" : ""} (numbered from 0); there is no part ${wrong}.`,
        { field: "parts" },
      );
    }
    const before = disputedPartIndexes(line, row.disputed as LinealGeometry | null);
    const disputed = disputedOfParts(line, parts);
    await setVersionDisputed(tx, row.id, disputed);
    await appendAudit(tx, {
      actor,
      action: "geo.layer_version_disputed_marked",
      subject: `geo_layer:${layerId}`,
      at: now,
      rows: [{ table: "geo_layer_versions", id: row.id }],
      details: { version, parts: [...new Set(parts)].sort((a, b) => a - b), before },
    });
    await enqueueRecompute(tx, now, layerId, row.valid_from, row.valid_to);
  });
  forgetPreparedEvaluations();
  return getLayer(deps, actor, layerId);
}
