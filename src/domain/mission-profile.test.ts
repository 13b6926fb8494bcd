import { describe, expect, it } from "vitest";
import { checkProfile, formatProblem, type ProfileCheck } from "./mission-profile.js";

const square = (w: number, s: number, e: number, n: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const collection = (features: unknown[]) =>
  JSON.stringify({ type: "FeatureCollection", features }, null, 2);
const area = (
  code: string,
  box: [number, number, number, number],
  nameAr: string | null = "اسم",
) => ({
  type: "Feature",
  properties: { code, name_en: code, name_ar: nameAr },
  geometry: square(...box),
});

const MISSION = {
  code: "test-mission",
  name: { en: "Test mission", ar: "بعثة اختبار" },
  languages: ["ar", "en"],
  authoritativeLanguage: "en",
  timeZone: "Asia/Aden",
  replyWindowHours: 72,
  releaseRules: { partiesFirst: true, publicDelayHours: 72 },
  jointBody: { code: "rcc", name: { en: "Committee", ar: "لجنة" } },
  parties: [
    { code: "AAA", name: { en: "A", ar: "أ" }, colour: "#1f77b4" },
    { code: "BBB", name: { en: "B", ar: "ب" }, short: { en: "B", ar: "ب" }, colour: "#d62728" },
  ],
  geography: {
    outline: "outline.geojson",
    districts: "districts.geojson",
    sectors: "sectors.geojson",
    gazetteer: ["gazetteer.json"],
  },
};

const FILES: Record<string, string> = {
  "outline.geojson": collection([
    { type: "Feature", properties: {}, geometry: square(42, 13, 44, 16) },
  ]),
  "districts.geojson": collection([
    area("D1", [42, 13, 43, 16]),
    area("D2", [43, 13, 44, 16], null),
  ]),
  "sectors.geojson": collection([area("city", [42.8, 14.7, 43.1, 14.9])]),
  "gazetteer.json": '{ "places": [] }',
};

function check(
  mission: Record<string, unknown> = MISSION,
  files: Record<string, string | undefined> = FILES,
): ProfileCheck {
  return checkProfile(JSON.stringify(mission, null, 2), files);
}

function problems(result: ProfileCheck): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => formatProblem("missions/x", p));
}

describe("checking a mission profile", () => {
  it("accepts a whole profile and derives the mission's box from the outline", () => {
    const result = check();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.mission.bbox).toEqual([42, 13, 44, 16]);
    expect(result.profile.districts.map((d) => [d.id, d.nameAr])).toEqual([
      ["D1", "اسم"],
      ["D2", null],
    ]);
    expect(result.profile.parties[1]!.short).toEqual({ en: "B", ar: "ب" });
    expect(result.profile.gazetteer).toEqual(["gazetteer.json"]);
  });

  it("reads a party's authoritative language, the mission's when not said; refuses another one on its line", () => {
    const parties = [{ ...MISSION.parties[0], authoritativeLanguage: "ar" }, MISSION.parties[1]];
    const result = check({ ...MISSION, parties });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.parties.map((p) => p.authoritativeLanguage)).toEqual(["ar", "en"]);
    const arabic = check({ ...MISSION, authoritativeLanguage: "ar" });
    expect(arabic.ok && arabic.profile.parties.map((p) => p.authoritativeLanguage)).toEqual([
      "ar",
      "ar",
    ]);
    const wrong = { ...MISSION, parties: [{ ...MISSION.parties[0], authoritativeLanguage: "fr" }] };
    const line =
      JSON.stringify(wrong, null, 2)
        .split("\n")
        .findIndex((l) => l.includes('"fr"')) + 1;
    expect(problems(check(wrong))).toEqual([
      `missions/x/mission.json:${line}: parties.0.authoritativeLanguage must be "ar" or "en"`,
    ]);
  });

  it("carries the profile's credits, in both languages, and checks them", () => {
    const attribution = [{ en: "Boundaries: Natural Earth", ar: "الحدود: Natural Earth" }];
    const result = check({ ...MISSION, attribution });
    expect(result.ok && result.profile.mission.attribution).toEqual(attribution);
    // none given: none shown
    expect(check().ok && (check() as { profile: { mission: object } }).profile.mission).toEqual(
      expect.objectContaining({ attribution: [] }),
    );
    expect(problems(check({ ...MISSION, attribution: "Natural Earth" }))).toEqual([
      expect.stringMatching(/mission.json:\d+: attribution must be a list of credits/),
    ]);
    expect(problems(check({ ...MISSION, attribution: [{ en: "Natural Earth" }] }))).toEqual([
      expect.stringMatching(/mission.json:\d+: attribution.0.ar must be a non-empty text/),
    ]);
    expect(
      problems(check({ ...MISSION, attribution: [{ en: "x".repeat(301), ar: "س" }] })),
    ).toEqual([expect.stringMatching(/attribution.0.en is longer than 300 characters/)]);
  });

  it("names the file and line of a JSON syntax error", () => {
    const broken = JSON.stringify(MISSION, null, 2).replace(
      '"timeZone": "Asia/Aden",',
      '"timeZone": "Asia/Aden"',
    );
    const result = checkProfile(broken, FILES);
    const line = broken.split("\n").findIndex((l) => l.includes("replyWindowHours")) + 1;
    expect(problems(result)).toEqual([
      expect.stringMatching(new RegExp(`^missions/x/mission.json:${line}: not valid JSON`)),
    ]);
  });

  it("names the line of a time zone that is not IANA", () => {
    const mission = { ...MISSION, timeZone: "Libya/Tripoli" };
    const line =
      JSON.stringify(mission, null, 2)
        .split("\n")
        .findIndex((l) => l.includes('"timeZone"')) + 1;
    expect(problems(check(mission))).toEqual([
      `missions/x/mission.json:${line}: timeZone "Libya/Tripoli" is not an IANA time zone (e.g. "Asia/Aden")`,
    ]);
  });

  it("refuses a party code used twice, a bad colour and an unknown language, each on its line", () => {
    const parties = [MISSION.parties[0], { ...MISSION.parties[1], code: "AAA", colour: "red" }];
    const found = problems(check({ ...MISSION, parties, languages: ["ar", "fr"] }));
    expect(found).toContainEqual('missions/x/mission.json:9: language "fr" is not one of ar, en');
    expect(found).toContainEqual(
      expect.stringMatching(/mission.json:\d+: party code "AAA" is used twice/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/mission.json:\d+: parties.1.colour "red" must be a colour/),
    );
  });

  it("reads the joint body's chair and delegations; refuses a delegation of no party, on its line", () => {
    const jointBody = {
      ...MISSION.jointBody,
      chair: { en: "United Nations", ar: "الأمم المتحدة" },
      delegations: ["AAA", "BBB"],
    };
    const result = check({ ...MISSION, jointBody });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.profile.mission.jointBody).toMatchObject({
        chair: { en: "United Nations", ar: "الأمم المتحدة" },
        delegations: ["AAA", "BBB"],
      });
    // Without them: no chair, no delegation set up.
    const plain = check();
    if (plain.ok)
      expect(plain.profile.mission.jointBody).toMatchObject({ chair: null, delegations: [] });
    const found = problems(
      check({ ...MISSION, jointBody: { ...jointBody, delegations: ["AAA", "XYZ", "AAA"] } }),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /mission.json:\d+: jointBody.delegations names "XYZ", which is not one of the parties/,
      ),
    );
    expect(found).toContainEqual(expect.stringMatching(/party "AAA" is listed twice/));
  });

  it("says which file is missing, and which required fields are", () => {
    const { jointBody: _dropped, ...rest } = MISSION;
    const found = problems(check(rest, { ...FILES, "sectors.geojson": undefined }));
    expect(found).toContainEqual(
      expect.stringMatching(
        /mission.json:\d+: sectors.geojson is named here but the profile has no such file/,
      ),
    );
    expect(found).toContainEqual(expect.stringMatching(/jointBody.code must be a non-empty text/));
  });

  it("validates the geometry of districts and sectors, naming the file and the line", () => {
    const open = { ...square(42.8, 14.7, 43.1, 14.9) };
    open.coordinates[0]!.pop();
    const bad = collection([{ ...area("city", [0, 0, 0, 0]), geometry: open }]);
    const found = problems(check(MISSION, { ...FILES, "sectors.geojson": bad }));
    expect(found).toEqual([
      expect.stringMatching(/^missions\/x\/sectors.geojson:\d+: feature 0: .*not closed/),
    ]);
  });

  it("recognises swapped coordinates against the outline's area", () => {
    const swapped = collection([area("city", [14.7, 42.8, 14.9, 43.1])]);
    const found = problems(check(MISSION, { ...FILES, "sectors.geojson": swapped }));
    expect(found.join("\n")).toMatch(/sectors.geojson:\d+: feature 0: .*\[lat, lon\]/);
  });

  it("refuses two districts with one code, and a sector without an Arabic name", () => {
    const districts = collection([area("D1", [42, 13, 43, 16]), area("D1", [43, 13, 44, 16])]);
    const sectors = collection([area("city", [42.8, 14.7, 43.1, 14.9], null)]);
    const found = problems(
      check(MISSION, { ...FILES, "districts.geojson": districts, "sectors.geojson": sectors }),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/districts.geojson:\d+: code "D1" is used by two features/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /sectors.geojson:\d+: features.0.properties.name_ar must be a non-empty text/,
      ),
    );
  });
});
