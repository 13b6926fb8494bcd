/**
 * Reading a mission profile folder (missions/<name>/) from disk, and serving a profile's
 * geography straight from its files (tests, tools). The checks are pure
 * (src/domain/mission-profile.ts); this module only reads.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { prepareDistricts, type PreparedDistricts } from "../domain/geo/districts.js";
import { buildGazetteer, type Gazetteer, type Place } from "../domain/geo/gazetteer.js";
import type { MissionGeography } from "../domain/geo/mission-geography.js";
import { DomainError } from "../domain/errors.js";
import { missionArea } from "../domain/mission.js";
import {
  checkProfile,
  formatProblem,
  geographyFilesOf,
  MISSION_FILE,
  type MissionProfile,
} from "../domain/mission-profile.js";
import { PROJECT_ROOT } from "../project-root.js";

/** Where the shipped profiles live: `missions/` in the project folder. */
export const MISSIONS_DIR = join(PROJECT_ROOT, "missions");

export interface LoadedProfile extends MissionProfile {
  /** The folder's name, recorded as the mission's profile. */
  name: string;
  folder: string;
  /**
   * The files a mission's set-up imports, read with the rest (not inside its transaction), each
   * named "profile/file" for the importers' messages: agreements.json when there is one, and the
   * gazetteer files in order.
   */
  imports: {
    agreements: { fileName: string; text: string } | null;
    /** commitments.json: anchor events and commitments (issue 13), set up after the agreements. */
    commitments: { fileName: string; text: string } | null;
    places: { fileName: string; text: string }[];
  };
}

const readIfThere = (path: string): string | undefined =>
  existsSync(path) ? readFileSync(path, "utf8") : undefined;

/**
 * Reads and checks the profile in `folder`; refuses with `invalid_mission_profile`, every
 * problem on its own line as "folder/file:line: message".
 */
export function loadProfile(folder: string): LoadedProfile {
  const dir = resolve(folder);
  const missionText = readIfThere(join(dir, MISSION_FILE));
  if (missionText === undefined) {
    throw new DomainError(
      "invalid_mission_profile",
      `${folder} is not a mission profile: it has no ${MISSION_FILE}.`,
    );
  }
  const files: Record<string, string | undefined> = {};
  for (const name of geographyFilesOf(missionText) ?? [])
    files[name] = readIfThere(join(dir, name));
  const check = checkProfile(missionText, files);
  if (!check.ok) {
    const lines = check.problems.map((p) => formatProblem(folder, p));
    throw new DomainError(
      "invalid_mission_profile",
      `The mission profile in ${folder} has ${lines.length} problem(s):\n${lines.join("\n")}`,
      { problems: check.problems },
    );
  }
  const name = basename(dir);
  const agreements = readIfThere(join(dir, AGREEMENTS_FILE));
  const commitments = readIfThere(join(dir, COMMITMENTS_FILE));
  return {
    ...check.profile,
    name,
    folder: dir,
    imports: {
      agreements:
        agreements === undefined
          ? null
          : { fileName: join(name, AGREEMENTS_FILE), text: agreements },
      commitments:
        commitments === undefined
          ? null
          : { fileName: join(name, COMMITMENTS_FILE), text: commitments },
      // Checked above: every listed file was read.
      places: check.profile.gazetteer.map((file) => ({
        fileName: join(name, file),
        text: files[file]!,
      })),
    },
  };
}

const AGREEMENTS_FILE = "agreements.json";
const COMMITMENTS_FILE = "commitments.json";

/** The places of a profile's gazetteer files, in order (the project's gazetteer JSON format). */
function gazetteerPlaces(profile: LoadedProfile): Place[] {
  return profile.imports.places.flatMap(({ fileName, text }) => {
    const data = JSON.parse(text) as { places?: Place[] };
    if (!Array.isArray(data.places)) {
      throw new DomainError("invalid_mission_profile", `${fileName} holds no "places" list.`);
    }
    return data.places;
  });
}

/** A profile's geography read from its files, each part built on first use. */
export function profileGeography(folder: string): MissionGeography {
  let profile: LoadedProfile | null = null;
  let gazetteer: Gazetteer | null = null;
  let districts: PreparedDistricts | null = null;
  const loaded = () => (profile ??= loadProfile(folder));
  return {
    gazetteer: () => (gazetteer ??= buildGazetteer(gazetteerPlaces(loaded()))),
    districts: () => (districts ??= prepareDistricts(loaded().districts)),
    area: () => missionArea(loaded().mission.bbox),
    // A profile's files do not change while the process runs.
    refresh: () => Promise.resolve(),
  };
}
