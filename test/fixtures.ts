/** Parties and one user per role, created through the services like real data. */
import type { Actor, Role } from "../src/domain/roles.js";
import { login } from "../src/services/auth.js";
import type { Deps } from "../src/services/deps.js";
import { createParty } from "../src/services/parties.js";
import { createUser } from "../src/services/users.js";
import { initMission } from "../src/services/mission.js";
import { loadProfile, type LoadedProfile } from "../src/services/mission-profile.js";
import { LIBYA_PROFILE_DIR } from "../src/demo/geo/libya-geo.js";

export const PASSWORD = "correct horse battery staple";

export const TEST_USERS = {
  intake: { role: "intake", party: null },
  monitor: { role: "monitor", party: null },
  analyst: { role: "analyst", party: null },
  analyst2: { role: "analyst", party: null },
  reviewer: { role: "reviewer", party: null },
  chief: { role: "chief", party: null },
  liaisonGna: { role: "liaison", party: "GNA" },
  liaisonLna: { role: "liaison", party: "LNA" },
  commission: { role: "commission", party: "GNA" },
  auditor: { role: "auditor", party: null },
  admin: { role: "admin", party: null },
} as const satisfies Record<string, { role: Role; party: string | null }>;

export type TestUserName = keyof typeof TEST_USERS;
export type Actors = Record<TestUserName, Extract<Actor, { kind: "user" }>>;

const SYSTEM: Actor = { kind: "system", name: "test" };

let libyaProfile: LoadedProfile | null = null;

/** The mission of the shipped `libya-2020` profile, with its parties (GNA, LNA), districts, sectors. */
export async function initLibyaMission(deps: Deps): Promise<void> {
  libyaProfile ??= loadProfile(LIBYA_PROFILE_DIR);
  await initMission(deps, SYSTEM, libyaProfile, { agreements: false, places: false });
}

/**
 * A third party (TPF) and its liaison, who is concerned by nothing the tests file: what a party
 * not concerned may read.
 */
export async function seedThirdParty(deps: Deps): Promise<Extract<Actor, { kind: "user" }>> {
  await createParty(deps, SYSTEM, {
    code: "TPF",
    nameEn: "Third",
    nameAr: "ثالث",
    colour: "#00aa00",
  });
  const u = await createUser(deps, SYSTEM, {
    username: "liaisontpf",
    displayName: "TPF liaison",
    role: "liaison",
    party: "TPF",
    password: PASSWORD,
    isDemo: true,
  });
  return { kind: "user", userId: u.id, username: "liaisontpf", role: "liaison", party: "TPF" };
}

/** The Libya mission (its parties among it) and one user per role. */
export async function seedActors(deps: Deps): Promise<Actors> {
  await initLibyaMission(deps);
  const actors = {} as Actors;
  for (const [name, u] of Object.entries(TEST_USERS) as [
    TestUserName,
    (typeof TEST_USERS)[TestUserName],
  ][]) {
    const username = name.toLowerCase();
    const user = await createUser(deps, SYSTEM, {
      username,
      displayName: name,
      role: u.role,
      party: u.party,
      password: PASSWORD,
      // Demo users, so that with the demo waiver (on in test deps, test/db.ts) they log in with
      // a password alone. Tests of the second factor create users of their own (decision 0006).
      isDemo: true,
    });
    actors[name] = { kind: "user", userId: user.id, username, role: u.role, party: u.party };
  }
  return actors;
}

/** Bearer tokens for every test user, for API tests. */
export async function loginAll(deps: Deps, actors: Actors): Promise<Record<TestUserName, string>> {
  const tokens = {} as Record<TestUserName, string>;
  for (const name of Object.keys(actors) as TestUserName[]) {
    const res = await login(deps, actors[name].username, PASSWORD);
    if (res.kind !== "session" || res.enrolmentRequired) {
      throw new Error(`${name} did not get a full session: is the demo waiver on in the deps?`);
    }
    tokens[name] = res.token;
  }
  return tokens;
}

export function reportInput(overrides: Record<string, unknown> = {}) {
  return {
    sourceKind: "party_complaint" as const,
    occurredFrom: new Date("2020-01-14T21:00:00Z"),
    occurredTo: new Date("2020-01-14T23:30:00Z"),
    location: { lat: 32.795, lon: 13.287 },
    category: "A3" as const,
    description: "Shelling of residential area in Ain Zara from the south.",
    language: "en" as const,
    ...overrides,
  };
}

/** The smallest finding an analyst may record: nothing could be determined. */
export function findingInput(overrides: Record<string, unknown> = {}) {
  return {
    outcome: "unable_to_determine" as const,
    verificationLevel: "V1" as const,
    attributionLevel: "undetermined" as const,
    provisions: [],
    sourceGrades: [],
    publicNarrative: "Access was denied.",
    restrictedNarrative: "",
    ...overrides,
  };
}
