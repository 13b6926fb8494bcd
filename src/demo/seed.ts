/**
 * The Libya 2020 demo scenario (synthetic data, clearly marked): parties, one user per role,
 * the agreements and their provisions, reports and incidents at every case state. Everything is
 * written through the services, so the audit chain covers it like any other data.
 */
import type { Role } from "../domain/roles.js";
import type { Deps } from "../services/deps.js";
import { createUser } from "../services/users.js";
import { seedParties } from "./parties.js";

export interface DemoLogin {
  username: string;
  role: Role;
  party: string | null;
}

export const DEMO_USERS: readonly (DemoLogin & { displayName: string })[] = [
  { username: "intake", role: "intake", party: null, displayName: "Intake duty officer (demo)" },
  { username: "monitor", role: "monitor", party: null, displayName: "Field monitor (demo)" },
  { username: "analyst", role: "analyst", party: null, displayName: "Analyst (demo)" },
  { username: "analyst2", role: "analyst", party: null, displayName: "Second analyst (demo)" },
  { username: "reviewer", role: "reviewer", party: null, displayName: "Legal reviewer (demo)" },
  { username: "chief", role: "chief", party: null, displayName: "Head of mission (demo)" },
  {
    username: "liaison-gna",
    role: "liaison",
    party: "GNA",
    displayName: "GNA liaison officer (demo)",
  },
  {
    username: "liaison-lna",
    role: "liaison",
    party: "LNA",
    displayName: "LNA liaison officer (demo)",
  },
  { username: "commission", role: "commission", party: null, displayName: "JMC 5+5 member (demo)" },
  { username: "auditor", role: "auditor", party: null, displayName: "Auditor (demo)" },
  { username: "admin", role: "admin", party: null, displayName: "Administrator (demo)" },
];

const SEEDER = { kind: "system", name: "demo-seed" } as const;

export async function isDemoSeeded(deps: Deps): Promise<boolean> {
  const row = await deps.db
    .selectFrom("users")
    .select("id")
    .where("is_demo", "=", true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function seedDemo(
  deps: Deps,
  opts: { password: string },
): Promise<{ seeded: boolean; logins: DemoLogin[] }> {
  const logins = DEMO_USERS.map(({ username, role, party }) => ({ username, role, party }));
  if (await isDemoSeeded(deps)) return { seeded: false, logins };
  await seedParties(deps, SEEDER);
  for (const u of DEMO_USERS) {
    await createUser(deps, SEEDER, { ...u, password: opts.password, isDemo: true });
  }
  return { seeded: true, logins };
}
