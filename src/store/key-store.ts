/**
 * The mission's private signing keys, kept outside the database (decision 0020): one PKCS#8 PEM
 * file per key, `<id>.pem`, mode 0600, in a folder of mode 0700 (CFM_KEYS_DIR, default
 * `<dataDir>/keys`). Whoever controls the database alone cannot sign. The private half never
 * leaves this module: callers generate, sign and remove by key id.
 */
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { keyFingerprint } from "../domain/signatures.js";

export interface KeyStore {
  /** Where the keys are, for messages to the operator. */
  readonly location: string;
  /** Makes a new Ed25519 key pair, stores its private half, returns the public half (base64 raw). */
  generate(): Promise<{ id: string; publicKey: string }>;
  /** The Ed25519 signature (base64) of `message` by key `id`; null when its file is not here. */
  sign(id: string, message: Buffer): Promise<string | null>;
  /** Deletes a key's private half (a key generated but never recorded). */
  remove(id: string): Promise<void>;
}

export function fileKeyStore(dir: string): KeyStore {
  const cache = new Map<string, KeyObject>();
  const pathOf = (id: string) => {
    if (!/^[0-9a-f]{16}$/.test(id)) throw new Error(`not a key id: ${id}`);
    return join(dir, `${id}.pem`);
  };
  return {
    location: dir,
    async generate() {
      const { publicKey, privateKey } = generateKeyPairSync("ed25519");
      const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
      const id = keyFingerprint(raw);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
      const pem = privateKey.export({ format: "pem", type: "pkcs8" }) as string;
      await writeFile(pathOf(id), pem, { mode: 0o600, flag: "wx" });
      cache.set(id, privateKey);
      return { id, publicKey: raw.toString("base64") };
    },
    async sign(id, message) {
      let key = cache.get(id);
      if (!key) {
        let pem: string;
        try {
          pem = await readFile(pathOf(id), "utf8");
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
          throw err;
        }
        key = createPrivateKey(pem);
        cache.set(id, key);
      }
      return sign(null, message, key).toString("base64");
    },
    async remove(id) {
      cache.delete(id);
      await rm(pathOf(id), { force: true });
    },
  };
}
