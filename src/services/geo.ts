/**
 * Geo layers and their versions: defining them (analyst, chief), reading and exporting them
 * (every logged-in role: layers are shared with both parties, claimed lines included), and
 * keeping the stored evaluations current when a version is added or ended (decision 0004).
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { BBox, FeatureCollection, Geometry, LinealGeometry } from "../domain/geo/geojson.js";
import { validateGeometry } from "../domain/geo/validate.js";
import { geoJSONToKml } from "../domain/geo/kml.js";
import { lineOfContactFeatures } from "../domain/geo/disputed-parts.js";
import { layerVersionToFeature } from "../domain/geo/layer-io.js";
import {
  isValidAt,
  LAYER_WRITERS,
  type LayerKind,
  type LayerStatus,
} from "../domain/geo/layers.js";
import {
  readVersionInput,
  type GeometrySource,
  type VersionFields,
} from "../domain/geo/version-input.js";
import type { Actor } from "../domain/roles.js";
import {
  findLayer,
  findVersion,
  findVersionById,
  insertLayer,
  insertVersion,
  listLayerRows,
  listVersionRows,
  lockGeo,
  maxVersion,
  rowToLayerVersion,
  adoptionDecisionRows,
  setVersionAgreed,
  setVersionEnd,
  type LayerRow,
  type VersionRow,
} from "../store/geo-repo.js";
import { insertJob } from "../store/jobs-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import {
  forgetPreparedEvaluations,
  GEO_RECOMPUTE_JOB,
  type GeoRecomputePayload,
} from "./geo-evaluations.js";
import { requirePartiesExist } from "./parties.js";

export interface CreateLayerInput {
  kind: LayerKind;
  name: string;
  nameAr?: string;
  party?: string;
  weaponClasses?: string[];
  description?: string;
}

export interface GeoLayerVersionInfo {
  id: string;
  layerId: string;
  version: number;
  validFrom: Date;
  validTo: Date | null;
  status: LayerStatus;
  claimedBy: string | null;
  source: string | null;
  leftParty: string | null;
  rightParty: string | null;
  behindSide: "left" | "right" | null;
  createdAt: Date;
  /** Disputed parts of the line (decision 0019). */
  disputed: LinealGeometry | null;
  /** The commission's latest decision on adopting it, for the readers allowed to see it. */
  commission: VersionCommission | null;
}

/** A decision adopting a version as agreed (decision 0019). */
interface VersionCommission {
  decisionId: string;
  decisionStatus: string;
  meetingId: string;
  meetingReference: string;
  from: Date;
  effectiveAt: Date | null;
}

/** Who sees a decision still awaiting signatures: mission staff who write layers and the
 * commission's members; everyone sees a decision in effect (the line is then agreed). */
const PENDING_ADOPTION_READERS: readonly string[] = ["analyst", "chief", "commission"];

async function withCommission(
  db: Deps["db"],
  actor: Actor,
  versions: GeoLayerVersionInfo[],
): Promise<GeoLayerVersionInfo[]> {
  const rows = await adoptionDecisionRows(
    db,
    versions.map((v) => v.id),
  );
  const seesPending =
    actor.kind === "system" ||
    (actor.kind === "user" && PENDING_ADOPTION_READERS.includes(actor.role));
  return versions.map((v) => {
    const d = rows.find(
      (r) =>
        r.version_id === v.id &&
        r.status !== "superseded" &&
        (r.status === "in_effect" || seesPending),
    );
    return d
      ? {
          ...v,
          commission: {
            decisionId: d.id,
            decisionStatus: d.status,
            meetingId: d.meeting_id,
            meetingReference: d.meeting_reference,
            from: d.adopts_from!,
            effectiveAt: d.effective_at,
          },
        }
      : v;
  });
}

export interface GeoLayer {
  id: string;
  kind: LayerKind;
  name: string;
  nameAr: string | null;
  party: string | null;
  weaponClasses: string[];
  description: string | null;
  isDemo: boolean;
  createdAt: Date;
  versions: GeoLayerVersionInfo[];
}

/** Analysts and the chief; a system actor (a mission profile or the demo loading) too. */
function requireLayerWriter(actor: Actor): void {
  if (actor.kind !== "system") requireRole(actor, LAYER_WRITERS, "define geo layers");
}

function layerNotFound(id: string): DomainError {
  return new DomainError("layer_not_found", `There is no geo layer with id ${id}.`);
}

export async function createLayer(
  deps: Deps,
  actor: Actor,
  input: CreateLayerInput,
  opts: { isDemo?: boolean } = {},
): Promise<GeoLayer> {
  requireLayerWriter(actor);
  const weaponClasses = input.weaponClasses ?? [];
  checkLayerFields(input, weaponClasses);
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    await requirePartiesExist(deps, tx, [input.party]);
    const id = randomUUID();
    const row = await insertLayer(tx, {
      id,
      kind: input.kind,
      name: input.name,
      nameAr: input.nameAr ?? null,
      party: input.party ?? null,
      weaponClasses,
      description: input.description ?? null,
      isDemo: opts.isDemo ?? false,
      createdBy: actor.kind === "user" ? actor.userId : null,
      createdAt: now,
    });
    await appendAudit(tx, {
      actor,
      action: "geo.layer_created",
      subject: `geo_layer:${id}`,
      at: now,
      rows: [{ table: "geo_layers", id }],
      details: { kind: input.kind, name: input.name },
    });
    return rowToLayer(row, []);
  });
}

function checkLayerFields(input: CreateLayerInput, weaponClasses: string[]): void {
  const invalid = (field: string, message: string) =>
    new DomainError("validation_failed", message, { field });
  if (input.kind === "area_of_control" && !input.party) {
    throw invalid("party", "An area of control names the party in control of it (party).");
  }
  if (input.kind === "withdrawal_line" && weaponClasses.length === 0) {
    throw invalid("weaponClasses", "A withdrawal line lists the weapon classes it applies to.");
  }
  if (input.kind !== "withdrawal_line" && weaponClasses.length > 0) {
    throw invalid("weaponClasses", "weaponClasses apply to withdrawal lines only.");
  }
  if (input.party && !["area_of_control", "withdrawal_line", "storage_site"].includes(input.kind)) {
    throw invalid(
      "party",
      "A layer's party is for an area of control, a withdrawal line or a storage site; a line of contact names its parties per version (leftParty, rightParty).",
    );
  }
}

/**
 * Adds a version. A layer's versions never overlap in time; a version that starts after the
 * current open-ended one ends it (its valid_to becomes the new validFrom), in the same
 * transaction and audit entry. Stored evaluations in the affected time range are recomputed by
 * a `geo.recompute` job enqueued in the same transaction.
 */
export async function addLayerVersion(
  deps: Deps,
  actor: Actor,
  layerId: string,
  input: VersionFields & GeometrySource & { disputed?: unknown },
): Promise<GeoLayerVersionInfo> {
  requireLayerWriter(actor);
  const { disputed: disputedInput, ...fields } = input;
  const now = deps.clock();
  const info = await inTransaction(deps, async (tx) => {
    await lockGeo(tx);
    const layer = await findLayer(tx, layerId);
    if (!layer) throw layerNotFound(layerId);
    const {
      version: v,
      source,
      disputed: fileDisputed,
    } = readVersionInput(
      {
        kind: layer.kind as LayerKind,
        name: layer.name,
        nameAr: layer.name_ar,
        party: layer.party,
        weaponClasses: layer.weapon_classes,
      },
      fields,
      "file" in input ? { file: input.file } : { geometry: input.geometry },
      deps.geography.area(),
    );
    // From the JSON body, or the parts of an uploaded file marked disputed (decision 0019).
    const marked = disputedInput === undefined ? fileDisputed : disputedInput;
    const disputed =
      marked === undefined || marked === null
        ? null
        : readDisputed(layer.kind as LayerKind, marked, deps.geography.area());
    if (v.status === "agreed" && actor.kind !== "system") throw agreedByCommission();
    const leftParty = v.kind === "line_of_contact" ? v.leftParty : null;
    const rightParty = v.kind === "line_of_contact" ? v.rightParty : null;
    await requirePartiesExist(deps, tx, [v.claimedBy, leftParty, rightParty]);
    // A proposed version stands beside the layer's timeline (decision 0019): it ends nothing
    // and overlaps nothing until the commission adopts it.
    const existing = (await listVersionRows(tx, layerId)).filter((e) => e.status !== "proposed");
    const ends = v.status === "proposed" ? null : openVersionEndedBy(existing, v.validFrom);
    if (v.status !== "proposed") checkNoOverlap(existing, ends, v.validFrom, v.validTo);
    const id = randomUUID();
    const row = await insertVersion(tx, {
      id,
      layerId,
      version: (await maxVersion(tx, layerId)) + 1,
      validFrom: v.validFrom,
      validTo: v.validTo,
      status: v.status,
      claimedBy: v.claimedBy ?? null,
      source,
      geometry: v.geometry,
      leftParty,
      rightParty,
      behindSide: v.kind === "withdrawal_line" ? v.behindSide : null,
      disputed,
      createdBy: actor.kind === "user" ? actor.userId : null,
      createdAt: now,
    });
    if (ends) await setVersionEnd(tx, ends.id, v.validFrom);
    await appendAudit(tx, {
      actor,
      action: "geo.layer_version_added",
      subject: `geo_layer:${layerId}`,
      at: now,
      rows: [
        { table: "geo_layer_versions", id },
        ...(ends ? [{ table: "geo_layer_versions" as const, id: ends.id }] : []),
      ],
      details: {
        version: row.version,
        validFrom: v.validFrom.toISOString(),
        validTo: v.validTo?.toISOString() ?? null,
        status: v.status,
        ...(ends ? { ends: { version: ends.version } } : {}),
      },
    });
    await enqueueRecompute(tx, now, layerId, v.validFrom, ends ? null : v.validTo);
    return rowToVersionInfo(row);
  });
  forgetPreparedEvaluations();
  return info;
}

type VersionMetaRow = Omit<VersionRow, "geometry">;

/** A line of contact's disputed parts: a valid (Multi)LineString in the mission area. */
function readDisputed(kind: LayerKind, input: unknown, area: BBox | null): LinealGeometry {
  if (kind !== "line_of_contact") {
    throw new DomainError("validation_failed", "Only a line of contact marks disputed parts.", {
      field: "disputed",
    });
  }
  const checked = validateGeometry(input, kind, { area });
  if (!checked.ok) {
    const first = checked.issues[0]!;
    throw new DomainError(
      "invalid_geometry",
      `The disputed parts are not a valid line: ${first.where}: ${first.message}.`,
      {
        field: "disputed",
        issues: checked.issues.map((i) => ({
          field: "disputed",
          code: i.code,
          where: i.where,
          path: i.path,
          message: i.message,
        })),
      },
    );
  }
  return checked.geometry as LinealGeometry;
}

function agreedByCommission(): DomainError {
  return new DomainError(
    "agreed_by_commission",
    'A version becomes "agreed" only when the joint commission adopts it (a decision co-signed by each delegation). Write it as "proposed" and send it to the commission.',
    { field: "status" },
  );
}

/** The open-ended version a version starting at `from` ends, if any. */
function openVersionEndedBy(existing: VersionMetaRow[], from: Date): VersionMetaRow | null {
  const open = existing.find((e) => e.valid_to === null);
  return open && open.valid_from.getTime() < from.getTime() ? open : null;
}

function checkNoOverlap(
  existing: VersionMetaRow[],
  ends: VersionMetaRow | null,
  from: Date,
  to: Date | null,
): void {
  const INF = Number.POSITIVE_INFINITY;
  for (const e of existing) {
    const eTo = e.id === ends?.id ? from : e.valid_to;
    const overlaps =
      e.valid_from.getTime() < (to?.getTime() ?? INF) && from.getTime() < (eTo?.getTime() ?? INF);
    if (!overlaps) continue;
    const range = (f: Date, t: Date | null) =>
      `from ${f.toISOString()} ${t ? `until ${t.toISOString()}` : "with no end"}`;
    throw new DomainError(
      "layer_version_overlap",
      `The new version (${range(from, to)}) overlaps version ${e.version} of this layer (${range(e.valid_from, eTo)}). ` +
        "Versions of one layer must not overlap in time: choose another validFrom or validTo.",
      {
        conflictsWith: {
          version: e.version,
          validFrom: e.valid_from.toISOString(),
          validTo: eTo?.toISOString() ?? null,
        },
      },
    );
  }
}

export async function enqueueRecompute(
  tx: Tx,
  now: Date,
  layerId: string,
  from: Date,
  to: Date | null,
): Promise<void> {
  const payload: GeoRecomputePayload = {
    layerId,
    from: from.toISOString(),
    to: to?.toISOString() ?? null,
  };
  await insertJob(tx, { kind: GEO_RECOMPUTE_JOB, payload, now });
}

/**
 * The joint commission adopted a proposed version (its decision took effect, decision 0019): in
 * the caller's transaction the version becomes agreed from the decision's date, the layer's open
 * version that started before that date ends then, the row change is audited and the stored
 * evaluations over the changed range are recomputed by a queued job.
 */
export async function adoptLayerVersion(
  tx: Tx,
  actor: Actor,
  now: Date,
  input: { decisionId: string; layerVersionId: string; from: Date },
): Promise<void> {
  await lockGeo(tx);
  const row = await findVersionById(tx, input.layerVersionId);
  if (!row) throw new DomainError("layer_version_not_found", "The version to adopt is gone.");
  if (row.status !== "proposed") throw notProposed(row.version, row.status);
  const from = input.from;
  if (row.valid_to && row.valid_to.getTime() <= from.getTime()) {
    throw new DomainError(
      "validation_failed",
      `The version ends at ${row.valid_to.toISOString()}, before the date it would be agreed from.`,
      { field: "from" },
    );
  }
  const existing = (await listVersionRows(tx, row.layer_id)).filter((e) => e.status !== "proposed");
  const ends = openVersionEndedBy(existing, from);
  checkNoOverlap(existing, ends, from, row.valid_to);
  const agreed = await setVersionAgreed(tx, row.id, from, input.decisionId);
  if (ends) await setVersionEnd(tx, ends.id, from);
  await appendAudit(tx, {
    actor,
    action: "geo.layer_version_adopted",
    subject: `geo_layer:${row.layer_id}`,
    at: now,
    rows: [
      { table: "geo_layer_versions", id: row.id },
      ...(ends ? [{ table: "geo_layer_versions" as const, id: ends.id }] : []),
    ],
    details: {
      version: agreed.version,
      decisionId: input.decisionId,
      validFrom: from.toISOString(),
      ...(ends ? { ends: { version: ends.version } } : {}),
    },
  });
  const since = from.getTime() < row.valid_from.getTime() ? from : row.valid_from;
  await enqueueRecompute(tx, now, row.layer_id, since, null);
}

export function notProposed(version: number, status: string): DomainError {
  return new DomainError(
    "layer_version_not_proposed",
    `Version ${version} is ${status}; only a proposed version goes to the commission to be adopted.`,
    { status },
  );
}

/** Ends an open-ended version at `validTo` (an explicit end, audited; nothing replaces it). */
export async function endLayerVersion(
  deps: Deps,
  actor: Actor,
  layerId: string,
  version: number,
  validTo: Date,
): Promise<GeoLayerVersionInfo> {
  requireLayerWriter(actor);
  const now = deps.clock();
  const info = await inTransaction(deps, async (tx) => {
    await lockGeo(tx);
    const row = await findVersion(tx, layerId, version);
    if (!row) throw versionNotFound(layerId, version);
    if (row.valid_to) {
      throw new DomainError(
        "conflict",
        `Version ${version} already ends at ${row.valid_to.toISOString()}; a version's end is set once.`,
      );
    }
    if (validTo.getTime() <= row.valid_from.getTime()) {
      throw new DomainError(
        "validation_failed",
        `validTo must be later than the version's validFrom (${row.valid_from.toISOString()}).`,
        { field: "validTo" },
      );
    }
    const ended = await setVersionEnd(tx, row.id, validTo);
    await appendAudit(tx, {
      actor,
      action: "geo.layer_version_ended",
      subject: `geo_layer:${layerId}`,
      at: now,
      rows: [{ table: "geo_layer_versions", id: row.id }],
      details: { version, validTo: validTo.toISOString() },
    });
    await enqueueRecompute(tx, now, layerId, validTo, null);
    return rowToVersionInfo(ended);
  });
  forgetPreparedEvaluations();
  return info;
}

function versionNotFound(layerId: string, version: number): DomainError {
  return new DomainError(
    "layer_version_not_found",
    `Geo layer ${layerId} has no version ${version}.`,
  );
}

/** Every layer with its versions (no geometry); with `at`, only the versions valid then. */
export async function listLayers(
  deps: Deps,
  actor: Actor,
  filter: { at?: Date; kind?: LayerKind } = {},
): Promise<GeoLayer[]> {
  requireUser(actor);
  const [layers, versions] = await Promise.all([listLayerRows(deps.db), listVersionRows(deps.db)]);
  const byLayer = new Map<string, GeoLayerVersionInfo[]>();
  const infos = await withCommission(deps.db, actor, versions.map(rowToVersionInfo));
  for (const info of infos) {
    if (filter.at && !isValidAt(info, filter.at)) continue;
    byLayer.set(info.layerId, [...(byLayer.get(info.layerId) ?? []), info]);
  }
  return layers
    .filter((l) => !filter.kind || l.kind === filter.kind)
    .map((l) => rowToLayer(l, byLayer.get(l.id) ?? []))
    .filter((l) => !filter.at || l.versions.length > 0);
}

export async function getLayer(deps: Deps, actor: Actor, id: string): Promise<GeoLayer> {
  requireUser(actor);
  const layer = await findLayer(deps.db, id);
  if (!layer) throw layerNotFound(id);
  const versions = await listVersionRows(deps.db, id);
  return rowToLayer(layer, await withCommission(deps.db, actor, versions.map(rowToVersionInfo)));
}

export interface LayerExport {
  filename: string;
  contentType: string;
  body: string;
}

/** One version as a GeoJSON FeatureCollection or a KML document, importable again. */
export async function exportLayerVersion(
  deps: Deps,
  actor: Actor,
  layerId: string,
  version: number,
  format: "geojson" | "kml",
): Promise<LayerExport> {
  requireUser(actor);
  const layer = await findLayer(deps.db, layerId);
  if (!layer) throw layerNotFound(layerId);
  const row = await findVersion(deps.db, layerId, version);
  if (!row) throw versionNotFound(layerId, version);
  const feature = layerVersionToFeature(rowToLayerVersion(row, layer));
  feature.properties = { ...feature.properties, version: row.version, source: row.source };
  // A line of contact with disputed parts: one feature per part, each marked (decision 0019).
  const collection: FeatureCollection<Geometry> = {
    type: "FeatureCollection",
    features: layer.kind === "line_of_contact" ? lineOfContactFeatures(feature) : [feature],
  };
  const base = `${slug(layer.name)}-v${row.version}`;
  return format === "geojson"
    ? {
        filename: `${base}.geojson`,
        contentType: "application/geo+json",
        body: JSON.stringify(collection),
      }
    : {
        filename: `${base}.kml`,
        contentType: "application/vnd.google-earth.kml+xml",
        body: geoJSONToKml(collection, `${layer.name} v${row.version}`),
      };
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "layer"
  );
}

function rowToLayer(r: LayerRow, versions: GeoLayerVersionInfo[]): GeoLayer {
  return {
    id: r.id,
    kind: r.kind as LayerKind,
    name: r.name,
    nameAr: r.name_ar,
    party: r.party,
    weaponClasses: r.weapon_classes,
    description: r.description,
    isDemo: r.is_demo,
    createdAt: r.created_at,
    versions,
  };
}

function rowToVersionInfo(v: VersionMetaRow): GeoLayerVersionInfo {
  return {
    id: v.id,
    layerId: v.layer_id,
    version: v.version,
    validFrom: v.valid_from,
    validTo: v.valid_to,
    status: v.status as LayerStatus,
    claimedBy: v.claimed_by,
    source: v.source,
    leftParty: v.left_party,
    rightParty: v.right_party,
    behindSide: v.behind_side as GeoLayerVersionInfo["behindSide"],
    createdAt: v.created_at,
    disputed: (v.disputed as LinealGeometry | null) ?? null,
    commission: null,
  };
}
