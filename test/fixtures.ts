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
type UserActor = Extract<Actor, { kind: "user" }>;
export type Actors = Record<TestUserName, UserActor>;

/**
 * The joint body's chair (a commission user of no party, decision 0016) and the LNA's commission
 * member: not among every test's users, for the tests that need the whole commission.
 */
export const COMMISSION_USERS = {
  chair: { role: "commission", party: null },
  commissionLna: { role: "commission", party: "LNA" },
} as const satisfies Record<string, { role: Role; party: string | null }>;

export type CommissionUserName = keyof typeof COMMISSION_USERS;

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

/** One user per entry, named after its key (lower case). */
async function seedUsers<K extends string>(
  deps: Deps,
  list: Record<K, { role: Role; party: string | null }>,
): Promise<Record<K, UserActor>> {
  const actors = {} as Record<K, UserActor>;
  for (const [name, u] of Object.entries(list) as [K, { role: Role; party: string | null }][]) {
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

/** The Libya mission (its parties among it) and one user per role. */
export async function seedActors(deps: Deps): Promise<Actors> {
  await initLibyaMission(deps);
  return seedUsers(deps, TEST_USERS);
}

/** The chair and the LNA's commission member (COMMISSION_USERS), in a mission already seeded. */
export function seedCommissionUsers(deps: Deps): Promise<Record<CommissionUserName, UserActor>> {
  return seedUsers(deps, COMMISSION_USERS);
}

/** Bearer tokens for every test user, for API tests. */
export function loginAll(deps: Deps, actors: Actors): Promise<Record<TestUserName, string>> {
  return loginUsers(deps, actors);
}

/** Bearer tokens for these users, for API tests. */
export async function loginUsers<K extends string>(
  deps: Deps,
  actors: Record<K, UserActor>,
): Promise<Record<K, string>> {
  const tokens = {} as Record<K, string>;
  for (const name of Object.keys(actors) as K[]) {
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
