/** Accounts: creating users (CLI, demo seed) and checking passwords (argon2id). */
import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { DomainError } from "../domain/errors.js";
import { ROLES, type Actor, type Role } from "../domain/roles.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";

export const MIN_PASSWORD_LENGTH = 12;

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  party: string | null;
  password: string;
  isDemo?: boolean;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  party: string | null;
  isDemo: boolean;
}

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export function checkPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError(
      "weak_password",
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
}

// Verifying against a real hash for unknown users keeps the response time the same, so a login
// attempt cannot tell which usernames exist.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password");
  const target = stored ?? (await dummyHash);
  try {
    return (await verify(target, password)) && stored !== null;
  } catch {
    return false;
  }
}

export async function createUser(deps: Deps, actor: Actor, input: NewUser): Promise<User> {
  if (!ROLES.includes(input.role)) {
    throw new DomainError("validation_failed", `Unknown role "${input.role}".`);
  }
  if (input.role === "liaison" && !input.party) {
    throw new DomainError("validation_failed", "A party liaison must belong to a party.");
  }
  if (!input.isDemo) checkPasswordPolicy(input.password);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps, async (tx) => {
    if (input.party) {
      const party = await tx
        .selectFrom("parties")
        .select("code")
        .where("code", "=", input.party)
        .executeTakeFirst();
      if (!party)
        throw new DomainError("party_not_found", `There is no party with code "${input.party}".`);
    }
    const taken = await tx
      .selectFrom("users")
      .select("id")
      .where("username", "=", input.username)
      .executeTakeFirst();
    if (taken)
      throw new DomainError("username_taken", `The username "${input.username}" is already taken.`);
    const id = randomUUID();
    await tx
      .insertInto("users")
      .values({
        id,
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        party_code: input.party,
        password_hash: passwordHash,
        is_demo: input.isDemo ?? false,
      })
      .execute();
    await appendAudit(tx, {
      actor,
      action: "user.created",
      subject: `user:${id}`,
      at: deps.clock(),
      rows: [{ table: "users", id }],
      details: { username: input.username, role: input.role, party: input.party },
    });
    return {
      id,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      party: input.party,
      isDemo: input.isDemo ?? false,
    };
  });
}
