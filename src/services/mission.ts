/**
 * The mission a database serves: created once from a profile (`cfm mission init`), read by
 * everyone (its name and public geography need no login), its settings changed by an
 * administrator. Read often (every stats query needs its time zone), so it is cached per
 * database and read again after a change made here, or after a minute (another process).
 */
import { ADMINISTRATORS, type Actor } from "../domain/roles.js";
import { DomainError } from "../domain/errors.js";
import type { FeatureCollection, PolygonalGeometry } from "../domain/geo/geojson.js";
import {
  replyWindowMs,
  settingsProblems,
  type Mission,
  type MissionSettings,
  type ReleaseRules,
} from "../domain/mission.js";
import { SECTOR_OTHER, SECTOR_UNLOCATED, type Sector } from "../domain/sectors.js";
import type { District } from "../domain/geo/districts.js";
import {
  findMission,
  insertDistricts,
  insertMission,
  insertSectors,
  listDistricts,
  listSectors,
  updateMissionSettings,
  type MissionRecord,
} from "../store/mission-repo.js";
import { existingPartyCodes, insertParty } from "../store/parties-repo.js";
import { listDelegationRows, upsertDelegation } from "../store/delegations-repo.js";
import { requireRole } from "./access.js";
import { importProfileCommitments } from "./commitment-import.js";
import { importAgreements } from "./agreement-import.js";
import { announceChange } from "../store/change-feed.js";
import { appendAudit } from "./audit.js";
import { importGazetteerFile } from "./gazetteer-admin.js";
import { inTransaction, type Db, type Deps } from "./deps.js";
import type { LoadedProfile } from "./mission-profile.js";

export interface MissionState {
  mission: MissionRecord | null;
  districts: District[];
  sectors: Sector[];
}

const CACHE_MS = 60_000;
const cache = new WeakMap<Db, { at: number; state: Promise<MissionState> }>();

/** The mission, its districts and sectors as stored (null mission: not initialised yet). */
export function missionState(deps: Pick<Deps, "db">): Promise<MissionState> {
  const hit = cache.get(deps.db);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.state;
  const state = (async () => ({
    mission: await findMission(deps.db),
    districts: await listDistricts(deps.db),
    sectors: await listSectors(deps.db),
  }))();
  state.catch(() => cache.delete(deps.db));
  cache.set(deps.db, { at: Date.now(), state });
  return state;
}

/** Forgets the mission read here and tells the other processes on the database (decision 0025). */
async function forget(deps: Deps): Promise<void> {
  cache.delete(deps.db);
  // The change committed: a notice that cannot be sent must not undo its answer; the others then
  // read the mission again within CACHE_MS.
  await announceChange(deps.db, "mission").catch(() => {});
}

/** The mission changed in another process: read it, its districts and area again. */
export async function missionChangedElsewhere(deps: Pick<Deps, "db" | "geography">): Promise<void> {
  cache.delete(deps.db);
  await deps.geography.refresh({ changed: true });
}

/** The mission, or `mission_not_initialised`. */
export async function currentMission(deps: Pick<Deps, "db">): Promise<MissionRecord> {
  const { mission } = await missionState(deps);
  if (!mission) {
    throw new DomainError(
      "mission_not_initialised",
      "This database serves no mission yet: run `cfm mission init missions/<name>` first.",
    );
  }
  return mission;
}

/** The mission's time zone; UTC until a mission is created. */
export async function missionTimeZone(deps: Pick<Deps, "db">): Promise<string> {
  return (await missionState(deps)).mission?.timeZone ?? "UTC";
}

/** How long a party has to reply to a draft finding, from the mission's settings. */
export async function missionReplyWindowMs(deps: Pick<Deps, "db">): Promise<number> {
  const { mission } = await missionState(deps);
  return replyWindowMs(mission ?? { replyWindowHours: DEFAULT_REPLY_WINDOW_HOURS });
}
const DEFAULT_REPLY_WINDOW_HOURS = 72;

/** How findings are released, from the mission's settings (none: as each transition asks). */
export async function missionReleaseRules(deps: Pick<Deps, "db">): Promise<ReleaseRules> {
  return (await missionState(deps)).mission?.releaseRules ?? {};
}

/** Refuses a sector filter that names none of the mission's sectors (nor "other", "unlocated"). */
export async function requireSector(
  deps: Pick<Deps, "db">,
  codes: readonly string[] | undefined,
): Promise<void> {
  const named = (codes ?? []).filter((c) => c !== SECTOR_OTHER && c !== SECTOR_UNLOCATED);
  if (named.length === 0) return;
  const { sectors } = await missionState(deps);
  const unknown = named.filter((code) => !sectors.some((s) => s.code === code));
  if (unknown.length > 0) {
    throw new DomainError(
      "validation_failed",
      `${unknown.map((c) => `sector "${c}"`).join(", ")} ${unknown.length === 1 ? "is" : "are"} none of the mission's sectors (${[...sectors.map((s) => s.code), SECTOR_OTHER, SECTOR_UNLOCATED].join(", ")}).`,
      { field: "sector" },
    );
  }
}

export interface InitResult {
  status: "created" | "already_initialised";
  mission: Mission;
  /** What the profile's files added (nothing when the mission was there already). */
  imported: { provisions: number; places: number };
}

/**
 * Creates the mission of `profile` on a database that serves none: the mission (with its joint
 * body), districts, sectors and parties, with their audit entries, in one transaction. The same
 * profile again changes nothing; another mission's database is refused.
 */
export async function initMission(
  deps: Deps,
  actor: Actor,
  profile: LoadedProfile,
  // Tests set up the mission without its content: they write their own agreements, and their
  // databases hold the gazetteer already (test/gazetteer.ts).
  include: { agreements: boolean; places: boolean } = { agreements: true, places: true },
): Promise<InitResult> {
  const result = await inTransaction(deps, async (tx) => {
    const existing = await findMission(tx);
    if (existing) {
      if (existing.code !== profile.mission.code) {
        throw new DomainError(
          "mission_mismatch",
          `This database already serves the mission "${existing.code}" (profile ${existing.profile}); ` +
            `it cannot also serve "${profile.mission.code}". Use a new database for another mission.`,
          { existing: existing.code, requested: profile.mission.code },
        );
      }
      return {
        status: "already_initialised" as const,
        mission: existing,
        imported: { provisions: 0, places: 0 },
      };
    }
    const at = deps.clock();
    const mission: MissionRecord = {
      ...profile.mission,
      outline: profile.outline,
      profile: profile.name,
      createdAt: at,
      updatedAt: at,
    };
    await insertMission(tx, mission);
    await insertDistricts(tx, profile.districts);
    await insertSectors(tx, profile.sectors);
    await appendAudit(tx, {
      actor,
      action: "mission.initialised",
      subject: `mission:${mission.code}`,
      at,
      details: {
        profile: profile.name,
        districts: profile.districts.length,
        sectors: profile.sectors.length,
      },
      rows: [
        { table: "mission", id: mission.code },
        ...profile.districts.map((d) => ({ table: "districts" as const, id: d.id })),
        ...profile.sectors.map((s) => ({ table: "sectors" as const, id: s.code })),
      ],
    });
    // A party already in the database (one created before missions were data) is kept as it is.
    const existingParties = await existingPartyCodes(
      tx,
      profile.parties.map((p) => p.code),
    );
    for (const p of profile.parties.filter((x) => !existingParties.has(x.code))) {
      await insertParty(tx, {
        code: p.code,
        nameEn: p.name.en,
        nameAr: p.name.ar,
        shortEn: p.short?.en ?? null,
        shortAr: p.short?.ar ?? null,
        colour: p.colour,
        authoritativeLanguage: p.authoritativeLanguage,
      });
      await appendAudit(tx, {
        actor,
        action: "party.created",
        subject: `party:${p.code}`,
        at,
        details: { mission: mission.code },
        rows: [{ table: "parties", id: p.code }],
      });
    }
    // The joint body's delegations the profile names, without members yet (an administrator
    // names them, decision 0016); a delegation already set up is kept as it is.
    const delegations = new Map((await listDelegationRows(tx)).map((d) => [d.party, d]));
    for (const party of profile.mission.jointBody.delegations) {
      if (delegations.get(party)?.updatedAt) continue;
      await upsertDelegation(tx, { party, headUserId: null, memberIds: [], updatedAt: at });
      await appendAudit(tx, {
        actor,
        action: "delegation.set",
        subject: `party:${party}`,
        at,
        rows: [{ table: "delegations", id: party }],
        details: { members: 0, head: null, jointBody: mission.jointBody.code },
      });
    }
    // The profile's agreements and place files, in this same transaction: a mission is set up
    // whole or not at all. The index of places is brought up to date once it commits (below).
    const within: Deps = { ...deps, db: tx };
    const imported = { provisions: 0, places: 0 };
    const { agreements, commitments, places } = profile.imports;
    if (include.agreements && agreements) {
      imported.provisions = (
        await importAgreements(within, actor, agreements)
      ).provisionsAdded.length;
    }
    // Commitments implement the agreements' clauses: after them.
    if (include.agreements && agreements && commitments) {
      await importProfileCommitments(within, actor, commitments);
    }
    for (const file of include.places ? places : []) {
      imported.places += (await importGazetteerFile(within, actor, file)).added;
    }
    return { status: "created" as const, mission, imported };
  });
  await forget(deps);
  await deps.geography.refresh({ changed: true });
  return result;
}

/** The mission as anyone may read it (the login page shows its name). */
export async function publicMission(deps: Deps): Promise<MissionRecord> {
  return currentMission(deps);
}

type Collection = FeatureCollection<PolygonalGeometry>;

export interface MissionGeographyView {
  outline: Collection;
  districts: Collection;
  sectors: Collection;
  /** The credits of this geography and the gazetteer, from the mission's profile. */
  attribution: Mission["attribution"];
}

const collection = (
  items: readonly { geometry: PolygonalGeometry; properties: Record<string, unknown> | null }[],
): Collection => ({
  type: "FeatureCollection",
  features: items.map((f) => ({ type: "Feature", geometry: f.geometry, properties: f.properties })),
});

/** The mission's outline, districts and sectors as GeoJSON: public map geography. */
export async function missionGeographyView(deps: Deps): Promise<MissionGeographyView> {
  const mission = await currentMission(deps);
  const { districts, sectors } = await missionState(deps);
  return {
    outline: collection(
      mission.outline.features.map((f) => ({
        geometry: f.geometry,
        properties: f.properties ?? null,
      })),
    ),
    districts: collection(
      districts.map((d) => ({
        geometry: d.geometry,
        properties: { code: d.id, name_en: d.name, name_ar: d.nameAr },
      })),
    ),
    sectors: collection(
      sectors.map((s) => ({
        geometry: s.geometry,
        properties: { code: s.code, name_en: s.nameEn, name_ar: s.nameAr },
      })),
    ),
    attribution: mission.attribution,
  };
}

/**
 * An administrator (or the operator at the command line, a system actor) changes the mission's
 * settings; every field given is checked first, and nothing is written when one is wrong.
 */
export async function changeMissionSettings(
  deps: Deps,
  actor: Actor,
  change: Partial<MissionSettings>,
): Promise<MissionRecord> {
  if (actor.kind !== "system") requireRole(actor, ADMINISTRATORS, "change the mission's settings");
  const problems = settingsProblems(change);
  if (problems.length > 0) {
    throw new DomainError("validation_failed", problems.map((p) => p.message).join("; "), {
      field: problems[0]!.field,
      problems,
    });
  }
  const before = await currentMission(deps);
  await inTransaction(deps, async (tx) => {
    const at = deps.clock();
    await updateMissionSettings(tx, before.code, change, at);
    const was = Object.fromEntries(
      Object.keys(change).map((k) => [k, before[k as keyof MissionSettings]]),
    );
    await appendAudit(tx, {
      actor,
      action: "mission.settings_changed",
      subject: `mission:${before.code}`,
      at,
      details: { before: was, after: change },
      rows: [{ table: "mission", id: before.code }],
    });
  });
  await forget(deps);
  return currentMission(deps);
}
