/**
 * The test databases' signing key (decision 0020): derived from a fixed seed, so the template
 * database records its public half and every test's key folder holds its private half. Tests
 * that release a finding sign with it, as the server signs with the mission's key.
 */
import { createHash, createPrivateKey, createPublicKey } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keyFingerprint } from "../src/domain/signatures.js";
import type { Tx } from "../src/store/database.js";
import { fileKeyStore, type KeyStore } from "../src/store/key-store.js";
import { insertKey } from "../src/store/signatures-repo.js";

const SEED = createHash("sha256").update("ceasefire-monitor test signing key").digest();
// PKCS#8 for an Ed25519 private key: this fixed prefix, then the 32-byte seed.
const PKCS8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), SEED]);
const PRIVATE = createPrivateKey({ key: PKCS8, format: "der", type: "pkcs8" });
const RAW_PUBLIC = Buffer.from(createPublicKey(PRIVATE).export({ format: "jwk" }).x!, "base64url");

export const TEST_KEY_ID = keyFingerprint(RAW_PUBLIC);

/** A key folder holding the test key's private half. */
export function testKeyStore(): KeyStore {
  const dir = mkdtempSync(join(tmpdir(), "cfm-keys-"));
  writeFileSync(
    join(dir, `${TEST_KEY_ID}.pem`),
    PRIVATE.export({ format: "pem", type: "pkcs8" }) as string,
    { mode: 0o600 },
  );
  return fileKeyStore(dir);
}

/** Records the test key as the active one; the caller audits the row. */
export async function insertTestSigningKey(tx: Tx, at: Date): Promise<string> {
  await insertKey(tx, {
    id: TEST_KEY_ID,
    publicKey: RAW_PUBLIC.toString("base64"),
    at,
    createdBy: "system:test",
  });
  return TEST_KEY_ID;
}
