/**
 * Bearer secrets (session tokens, login challenges, API tokens, recovery codes): random, shown to
 * their holder once, and stored only as a SHA-256 hash. They carry 256 bits (recovery codes 80),
 * so a fast hash is enough; argon2 is for passwords, which people choose.
 */
import { createHash, randomBytes } from "node:crypto";

export function newOpaqueToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashOpaqueToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
