/**
 * A mission profile (missions/<name>/, docs in missions/README.md) checked as a whole before
 * anything is written: mission.json and the geography files it names. Every problem names its
 * file and line. Pure: the caller reads the files and passes their texts.
 */
import type { District } from "./geo/districts.js";
import type { BBox, FeatureCollection, PolygonalGeometry } from "./geo/geojson.js";
import { polygonsOf } from "./geo/geojson.js";
import { validateGeometry } from "./geo/validate.js";
import type { InterfaceLanguage } from "./interface-language.js";
import { readJson, type JsonDoc, type JsonPath } from "./json-positions.js";
import {
  MISSION_LANGUAGES,
  missionArea,
  settingsProblems,
  type Bilingual,
  type Mission,
} from "./mission.js";
import type { Sector } from "./sectors.js";

export const MISSION_FILE = "mission.json";

export interface ProfileProblem {
  file: string;
  line: number;
  message: string;
}

interface ProfileParty {
  code: string;
  name: Bilingual;
  short: Bilingual | null;
  colour: string;
  /** Which of its texts prevails where the two languages differ; the mission's when not said. */
  authoritativeLanguage: "ar" | "en";
}

type ProfileMission = Omit<Mission, "profile" | "createdAt" | "updatedAt">;

export interface MissionProfile {
  mission: ProfileMission;
  parties: ProfileParty[];
  outline: FeatureCollection<PolygonalGeometry>;
  districts: District[];
  sectors: Sector[];
  /** Place files, imported in order. */
  gazetteer: string[];
}

export type ProfileCheck =
  { ok: true; profile: MissionProfile } | { ok: false; problems: ProfileProblem[] };

/** The geography files mission.json names (read before the full check), or null if unreadable. */
export function geographyFilesOf(missionText: string): string[] | null {
  const read = readJson(missionText);
  if (!read.ok) return null;
  const geo = (read.doc.value as { geography?: Record<string, unknown> } | null)?.geography;
  if (!geo || typeof geo !== "object") return null;
  const names = [
    geo.outline,
    geo.districts,
    geo.sectors,
    ...(Array.isArray(geo.gazetteer) ? geo.gazetteer : []),
  ];
  return names.filter((n): n is string => typeof n === "string" && isPlainFileName(n));
}

function isPlainFileName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && !name.includes("..");
}

/** A little helper that records problems against one file's positions. */
class FileCheck {
  readonly problems: ProfileProblem[] = [];
  constructor(
    readonly file: string,
    readonly doc: JsonDoc,
  ) {}
  say(path: JsonPath, message: string): void {
    this.problems.push({ file: this.file, line: this.doc.lineOf(path), message });
  }
  at(path: JsonPath): unknown {
    let v: unknown = this.doc.value;
    for (const k of path)
      v =
        v !== null && typeof v === "object"
          ? (v as Record<string | number, unknown>)[k]
          : undefined;
    return v;
  }
  text(path: JsonPath, opts: { pattern?: RegExp; hint?: string } = {}): string {
    const v = this.at(path);
    const name = path.join(".");
    if (typeof v !== "string" || v.trim() === "")
      this.say(path, `${name} must be a non-empty text`);
    else if (opts.pattern && !opts.pattern.test(v))
      this.say(path, `${name} ${JSON.stringify(v)} ${opts.hint}`);
    return typeof v === "string" ? v : "";
  }
  bilingual(path: JsonPath): Bilingual {
    return { en: this.text([...path, "en"]), ar: this.text([...path, "ar"]) };
  }
}

const MISSION_CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;
const PARTY_CODE = /^[A-Z][A-Z0-9_-]{0,15}$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const AREA_CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** Checks a profile: `missionText` is mission.json, `files` the texts of the files it names. */
export function checkProfile(
  missionText: string,
  files: Readonly<Record<string, string | undefined>>,
): ProfileCheck {
  const read = readJson(missionText);
  if (!read.ok)
    return {
      ok: false,
      problems: [{ file: MISSION_FILE, line: read.line, message: read.message }],
    };
  const m = new FileCheck(MISSION_FILE, read.doc);
  const mission = checkMission(m);
  const parties = checkParties(m, mission.authoritativeLanguage === "ar" ? "ar" : "en");
  mission.jointBody.delegations.forEach((code, i) => {
    if (!parties.some((p) => p.code === code))
      m.say(
        ["jointBody", "delegations", i],
        `jointBody.delegations names ${JSON.stringify(code)}, which is not one of the parties`,
      );
  });
  const names = {
    outline: m.text(["geography", "outline"], FILE_NAME),
    districts: m.text(["geography", "districts"], FILE_NAME),
    sectors: m.text(["geography", "sectors"], FILE_NAME),
  };
  const gazetteer = checkGazetteerList(m);
  const problems = [...m.problems];
  const load = (key: keyof typeof names): FileCheck | null => {
    const name = names[key];
    if (!name || !isPlainFileName(name)) return null;
    const text = files[name];
    if (text === undefined) {
      problems.push({
        file: MISSION_FILE,
        line: m.doc.lineOf(["geography", key]),
        message: `${name} is named here but the profile has no such file`,
      });
      return null;
    }
    const r = readJson(text);
    if (!r.ok) {
      problems.push({ file: name, line: r.line, message: r.message });
      return null;
    }
    return new FileCheck(name, r.doc);
  };
  for (const g of gazetteer) {
    if (files[g] === undefined)
      problems.push({
        file: MISSION_FILE,
        line: m.doc.lineOf(["geography", "gazetteer"]),
        message: `${g} is named here but the profile has no such file`,
      });
  }
  const outlineFile = load("outline");
  const outline = outlineFile ? checkOutline(outlineFile) : null;
  const area = outline ? missionArea(outline.bbox) : null;
  const districtFile = load("districts");
  const districts = districtFile ? checkAreas(districtFile, area, false) : [];
  const sectorFile = load("sectors");
  const sectors = sectorFile ? checkAreas(sectorFile, area, true) : [];
  for (const f of [outlineFile, districtFile, sectorFile]) if (f) problems.push(...f.problems);
  if (problems.length > 0 || !outline) return { ok: false, problems };
  return {
    ok: true,
    profile: {
      mission: { ...mission, bbox: outline.bbox },
      parties,
      outline: outline.collection,
      districts: districts.map((a) => ({
        id: a.code,
        name: a.nameEn,
        nameAr: a.nameAr,
        variants: a.variants,
        geometry: a.geometry,
      })),
      sectors: sectors.map((a) => ({
        code: a.code,
        nameEn: a.nameEn,
        nameAr: a.nameAr ?? "",
        geometry: a.geometry,
      })),
      gazetteer,
    },
  };
}

const FILE_NAME = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  hint: "must be a file name in the profile's folder",
};

function checkMission(m: FileCheck): Omit<ProfileMission, "bbox"> {
  if (m.at([]) === null || typeof m.at([]) !== "object" || Array.isArray(m.at([]))) {
    m.say([], "mission.json must hold one object");
  }
  const code = m.text(["code"], {
    pattern: MISSION_CODE,
    hint: 'must be lower-case letters, digits and dashes, e.g. "hodeidah-2019"',
  });
  const name = m.bilingual(["name"]);
  const settings = {
    languages: m.at(["languages"]),
    timeZone: m.at(["timeZone"]),
    replyWindowHours: m.at(["replyWindowHours"]),
    releaseRules: m.at(["releaseRules"]) ?? {},
    mandate: m.at(["mandate"]) ?? {},
    dailyReportCutoff: m.at(["dailyReportCutoff"]),
  };
  for (const key of ["languages", "timeZone", "replyWindowHours"] as const) {
    if (settings[key] === undefined) m.say([], `${key} is missing`);
  }
  for (const p of settingsProblems(settings))
    m.say(
      p.field.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      p.message,
    );
  const authoritative = m.at(["authoritativeLanguage"]);
  if (!MISSION_LANGUAGES.includes(authoritative as InterfaceLanguage)) {
    m.say(
      ["authoritativeLanguage"],
      `authoritativeLanguage must be one of ${MISSION_LANGUAGES.join(", ")}`,
    );
  }
  const attribution = checkAttribution(m);
  const jointBody = {
    code: m.text(["jointBody", "code"], {
      pattern: AREA_CODE,
      hint: "must be a short code of letters and digits",
    }),
    name: m.bilingual(["jointBody", "name"]),
    chair: m.at(["jointBody", "chair"]) === undefined ? null : m.bilingual(["jointBody", "chair"]),
    delegations: checkDelegationList(m),
  };
  return {
    code,
    name,
    languages: settings.languages as InterfaceLanguage[],
    authoritativeLanguage: authoritative as InterfaceLanguage,
    timeZone: settings.timeZone as string,
    replyWindowHours: settings.replyWindowHours as number,
    releaseRules: settings.releaseRules as Mission["releaseRules"],
    mandate: settings.mandate as Mission["mandate"],
    ...(settings.dailyReportCutoff !== undefined && {
      dailyReportCutoff: settings.dailyReportCutoff as string,
    }),
    jointBody,
    attribution,
  };
}

/** The most credits a profile may give, and the longest one. */
const MAX_ATTRIBUTIONS = 10;
const MAX_ATTRIBUTION_LENGTH = 300;

/** `attribution`: the credits of the profile's data, each in both languages (optional). */
function checkAttribution(m: FileCheck): Bilingual[] {
  const list = m.at(["attribution"]);
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    m.say(["attribution"], 'attribution must be a list of credits, each { "en": …, "ar": … }');
    return [];
  }
  if (list.length > MAX_ATTRIBUTIONS)
    m.say(["attribution"], `attribution may give at most ${MAX_ATTRIBUTIONS} credits`);
  return list.slice(0, MAX_ATTRIBUTIONS).map((_, i) => {
    const credit = m.bilingual(["attribution", i]);
    for (const lang of ["en", "ar"] as const) {
      if (credit[lang].length > MAX_ATTRIBUTION_LENGTH)
        m.say(
          ["attribution", i, lang],
          `attribution.${i}.${lang} is longer than ${MAX_ATTRIBUTION_LENGTH} characters`,
        );
    }
    return credit;
  });
}

/** `jointBody.delegations`: the parties whose delegations sit on the body (optional). */
function checkDelegationList(m: FileCheck): string[] {
  const list = m.at(["jointBody", "delegations"]);
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    m.say(["jointBody", "delegations"], "jointBody.delegations must list party codes");
    return [];
  }
  const out: string[] = [];
  list.forEach((code, i) => {
    if (typeof code !== "string" || !PARTY_CODE.test(code))
      m.say(["jointBody", "delegations", i], "jointBody.delegations must list party codes");
    else if (out.includes(code))
      m.say(["jointBody", "delegations", i], `party ${JSON.stringify(code)} is listed twice`);
    else out.push(code);
  });
  return out;
}

function checkParties(m: FileCheck, missionLanguage: "ar" | "en"): ProfileParty[] {
  const list = m.at(["parties"]);
  if (!Array.isArray(list) || list.length === 0) {
    m.say(["parties"], "parties must list at least one party");
    return [];
  }
  const seen = new Map<string, number>();
  return list.map((_, i) => {
    const code = m.text(["parties", i, "code"], {
      pattern: PARTY_CODE,
      hint: 'must be upper-case letters and digits, e.g. "GOY"',
    });
    if (seen.has(code))
      m.say(
        ["parties", i, "code"],
        `party code ${JSON.stringify(code)} is used twice (also party ${seen.get(code)})`,
      );
    seen.set(code, i);
    const short =
      m.at(["parties", i, "short"]) === undefined ? null : m.bilingual(["parties", i, "short"]);
    const colour = m.text(["parties", i, "colour"], {
      pattern: COLOUR,
      hint: "must be a colour written #rrggbb",
    });
    const language = m.at(["parties", i, "authoritativeLanguage"]);
    if (language !== undefined && language !== "ar" && language !== "en") {
      m.say(
        ["parties", i, "authoritativeLanguage"],
        `parties.${i}.authoritativeLanguage must be "ar" or "en"`,
      );
    }
    return {
      code,
      name: m.bilingual(["parties", i, "name"]),
      short,
      colour,
      authoritativeLanguage: language === "ar" || language === "en" ? language : missionLanguage,
    };
  });
}

function checkGazetteerList(m: FileCheck): string[] {
  const list = m.at(["geography", "gazetteer"]);
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    m.say(["geography", "gazetteer"], "geography.gazetteer must be a list of file names");
    return [];
  }
  return list.map((_, i) => m.text(["geography", "gazetteer", i], FILE_NAME));
}

function features(f: FileCheck): unknown[] {
  const value = f.at([]) as { type?: unknown; features?: unknown } | null;
  if (!value || value.type !== "FeatureCollection" || !Array.isArray(value.features)) {
    f.say([], `${f.file} must be a GeoJSON FeatureCollection`);
    return [];
  }
  if (value.features.length === 0) f.say(["features"], `${f.file} has no features`);
  return value.features;
}

function checkOutline(
  f: FileCheck,
): { collection: FeatureCollection<PolygonalGeometry>; bbox: BBox } | null {
  const list = features(f);
  const geometries: PolygonalGeometry[] = [];
  list.forEach((_, i) => {
    const g = checkGeometry(f, i, null, true);
    if (g) geometries.push(g);
  });
  if (f.problems.length > 0 || geometries.length === 0) return null;
  return {
    collection: {
      type: "FeatureCollection",
      features: list as FeatureCollection<PolygonalGeometry>["features"],
    },
    bbox: bboxOf(geometries),
  };
}

/**
 * `lenient`: the outline only draws the basemap and bounds the area, so a ring of the source
 * data that touches itself (Natural Earth's 1:10m Yemen has one spike) is let through there.
 */
function checkGeometry(
  f: FileCheck,
  i: number,
  area: BBox | null,
  lenient = false,
): PolygonalGeometry | null {
  const geometry = f.at(["features", i, "geometry"]);
  const result = validateGeometry(geometry, "area_of_control", { area });
  if (result.ok) return result.geometry as PolygonalGeometry;
  const issues = lenient
    ? result.issues.filter((x) => x.code !== "self_intersection")
    : result.issues;
  if (issues.length === 0) return geometry as PolygonalGeometry;
  for (const issue of issues.slice(0, 5)) {
    f.say(
      ["features", i, "geometry", "coordinates", ...issue.path],
      `feature ${i}: ${issue.message}`,
    );
  }
  return null;
}

interface Area {
  code: string;
  nameEn: string;
  nameAr: string | null;
  variants: string[];
  geometry: PolygonalGeometry;
}

/** Districts or sectors: features with a unique code, names and a valid polygonal geometry. */
function checkAreas(f: FileCheck, area: BBox | null, arabicRequired: boolean): Area[] {
  const seen = new Set<string>();
  const areas: Area[] = [];
  features(f).forEach((_, i) => {
    const p = ["features", i, "properties"];
    const code = f.text([...p, "code"], {
      pattern: AREA_CODE,
      hint: "must be a short code of letters, digits, dots, colons and dashes",
    });
    if (seen.has(code))
      f.say([...p, "code"], `code ${JSON.stringify(code)} is used by two features`);
    seen.add(code);
    const nameEn = f.text([...p, "name_en"]);
    const nameAr =
      arabicRequired || f.at([...p, "name_ar"]) != null ? f.text([...p, "name_ar"]) : null;
    const variants = f.at([...p, "variants"]) ?? [];
    if (!Array.isArray(variants) || variants.some((v) => typeof v !== "string")) {
      f.say([...p, "variants"], "variants must be a list of names");
    }
    const geometry = checkGeometry(f, i, area);
    if (geometry) areas.push({ code, nameEn, nameAr, variants: variants as string[], geometry });
  });
  return areas;
}

function bboxOf(geometries: PolygonalGeometry[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    for (const rings of polygonsOf(g)) {
      for (const [lon, lat] of rings[0] ?? []) {
        box[0] = Math.min(box[0], lon!);
        box[1] = Math.min(box[1], lat!);
        box[2] = Math.max(box[2], lon!);
        box[3] = Math.max(box[3], lat!);
      }
    }
  }
  return box;
}

/** "mission.json:12: …", the way an editor or a terminal links to a line. */
export function formatProblem(folder: string, p: ProfileProblem): string {
  return `${folder.replace(/\/$/, "")}/${p.file}:${p.line}: ${p.message}`;
}
