/** The mission row (one per database), its districts and its sectors. */
import { sql } from "kysely";
import type { District } from "../domain/geo/districts.js";
import {
  polygonsOf,
  type BBox,
  type FeatureCollection,
  type PolygonalGeometry,
  type Position,
} from "../domain/geo/geojson.js";
import type { Mandate } from "../domain/enforcement.js";
import type { InterfaceLanguage } from "../domain/interface-language.js";
import type { Bilingual, Mission, MissionSettings, ReleaseRules } from "../domain/mission.js";
import type { Sector } from "../domain/sectors.js";
import type { Db, Tx } from "./database.js";

export interface MissionRecord extends Mission {
  outline: FeatureCollection<PolygonalGeometry>;
}

export async function findMission(db: Db | Tx): Promise<MissionRecord | null> {
  const r = await db.selectFrom("mission").selectAll().executeTakeFirst();
  if (!r) return null;
  return {
    code: r.code,
    name: { en: r.name_en, ar: r.name_ar },
    languages: r.languages as InterfaceLanguage[],
    authoritativeLanguage: r.authoritative_language as InterfaceLanguage,
    timeZone: r.time_zone,
    replyWindowHours: r.reply_window_hours,
    releaseRules: r.release_rules as ReleaseRules,
    mandate: r.mandate as Mandate,
    dailyReportCutoff: r.daily_report_cutoff,
    jointBody: {
      code: r.joint_body_code,
      name: { en: r.joint_body_name_en, ar: r.joint_body_name_ar },
      chair: (r.joint_body_chair as Bilingual | null) ?? null,
      delegations: r.joint_body_delegations,
    },
    outline: r.outline as FeatureCollection<PolygonalGeometry>,
    bbox: r.bbox.map(Number) as BBox,
    attribution: r.attribution as Bilingual[],
    profile: r.profile,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertMission(tx: Tx, m: MissionRecord): Promise<void> {
  await tx
    .insertInto("mission")
    .values({
      code: m.code,
      name_en: m.name.en,
      name_ar: m.name.ar,
      languages: m.languages,
      authoritative_language: m.authoritativeLanguage,
      time_zone: m.timeZone,
      reply_window_hours: m.replyWindowHours,
      release_rules: JSON.stringify(m.releaseRules),
      mandate: JSON.stringify(m.mandate),
      ...(m.dailyReportCutoff && { daily_report_cutoff: m.dailyReportCutoff }),
      joint_body_code: m.jointBody.code,
      joint_body_name_en: m.jointBody.name.en,
      joint_body_name_ar: m.jointBody.name.ar,
      joint_body_chair: m.jointBody.chair && JSON.stringify(m.jointBody.chair),
      joint_body_delegations: m.jointBody.delegations,
      outline: JSON.stringify(m.outline),
      bbox: m.bbox,
      attribution: JSON.stringify(m.attribution),
      profile: m.profile,
      created_at: m.createdAt,
      updated_at: m.updatedAt,
    })
    .execute();
}

export async function updateMissionSettings(
  tx: Tx,
  code: string,
  s: Partial<MissionSettings>,
  at: Date,
): Promise<void> {
  await tx
    .updateTable("mission")
    .set({
      ...(s.languages && { languages: s.languages }),
      ...(s.timeZone && { time_zone: s.timeZone }),
      ...(s.replyWindowHours && { reply_window_hours: s.replyWindowHours }),
      ...(s.releaseRules && { release_rules: JSON.stringify(s.releaseRules) }),
      ...(s.mandate && { mandate: JSON.stringify(s.mandate) }),
      ...(s.dailyReportCutoff && { daily_report_cutoff: s.dailyReportCutoff }),
      updated_at: at,
    })
    .where("code", "=", code)
    .execute();
}

export async function insertDistricts(tx: Tx, districts: readonly District[]): Promise<void> {
  for (const [position, d] of districts.entries()) {
    await tx
      .insertInto("districts")
      .values({
        code: d.id,
        position,
        name_en: d.name,
        name_ar: d.nameAr,
        variants: d.variants,
        geometry: JSON.stringify(d.geometry),
      })
      .execute();
  }
}

export async function listDistricts(db: Db | Tx): Promise<District[]> {
  const rows = await db.selectFrom("districts").selectAll().orderBy("position").execute();
  return rows.map((r) => ({
    id: r.code,
    name: r.name_en,
    nameAr: r.name_ar,
    variants: r.variants,
    geometry: r.geometry as District["geometry"],
  }));
}

/** PostgreSQL's polygon text for a ring of [lon, lat] positions: "((lon,lat),…)". */
function polygonText(ring: Position[]): string {
  return `(${ring.map(([lon, lat]) => `(${lon},${lat})`).join(",")})`;
}

/** Writes the sectors and their polygons (sector_parts, for `sectorSql`). */
export async function insertSectors(tx: Tx, sectors: readonly Sector[]): Promise<void> {
  for (const [position, s] of sectors.entries()) {
    await tx
      .insertInto("sectors")
      .values({
        code: s.code,
        position,
        name_en: s.nameEn,
        name_ar: s.nameAr,
        geometry: JSON.stringify(s.geometry),
      })
      .execute();
    for (const [part, [outer, ...holes]] of polygonsOf(s.geometry).entries()) {
      await sql`INSERT INTO sector_parts (sector_code, position, part, outer_ring, holes)
        VALUES (${s.code}, ${position}, ${part}, ${polygonText(outer ?? [])}::polygon,
          ${holes.map(polygonText)}::polygon[])`.execute(tx);
    }
  }
}

export async function listSectors(db: Db | Tx): Promise<Sector[]> {
  const rows = await db.selectFrom("sectors").selectAll().orderBy("position").execute();
  return rows.map((r) => ({
    code: r.code,
    nameEn: r.name_en,
    nameAr: r.name_ar,
    geometry: r.geometry as Sector["geometry"],
  }));
}
