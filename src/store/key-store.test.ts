/** The private keys' folder (decision 0020): one file per key, readable by the server's user only. */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keyFingerprint, productStatement } from "../domain/signatures.js";
import { fileKeyStore } from "./key-store.js";

describe("the key store", () => {
  it("writes a PKCS#8 file of mode 0600 in a folder of mode 0700, named by the key's fingerprint", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cfm-keystore-")), "keys");
    const store = fileKeyStore(dir);
    const key = await store.generate();
    expect(key.id).toBe(keyFingerprint(Buffer.from(key.publicKey, "base64")));
    const file = join(dir, `${key.id}.pem`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, "utf8")).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it("signs with a key read back from its file; answers null for a key it does not hold", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cfm-keystore-"));
    const key = await fileKeyStore(dir).generate();
    const message = productStatement({
      kind: "report",
      id: "r1",
      sha256: "0".repeat(64),
      keyId: key.id,
      signedAt: "2020-01-15T08:00:00.000Z",
    });
    // A fresh store (another process) reads the file.
    const again = fileKeyStore(dir);
    expect(await again.sign(key.id, message)).toMatch(/^[A-Za-z0-9+/]+=*$/);
    await again.remove(key.id);
    expect(await fileKeyStore(dir).sign(key.id, message)).toBeNull();
    await expect(again.sign("../etc/passwd", message)).rejects.toThrow(/not a key id/);
  });
});
