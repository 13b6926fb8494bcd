/** The offline checks of a signed file and the published keys' verdict (decision 0020). */
import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkpointStatement,
  jsonProductHash,
  keyFingerprint,
  keyStatusCheck,
  offlineChecks,
  parseSignedFile,
  productStatement,
  SIGNED_FORMAT,
  type PublishedKey,
  type SignedEnvelope,
} from "./signatures.js";

function newKey() {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
  return {
    id: keyFingerprint(raw),
    publicKey: raw.toString("base64"),
    sign: (m: Buffer) => sign(null, m, privateKey).toString("base64"),
  };
}

function envelope(content: unknown, key = newKey()): SignedEnvelope {
  const product = {
    kind: "finding-release" as const,
    id: "r1",
    sha256: jsonProductHash(content),
    keyId: key.id,
    signedAt: "2020-01-15T08:00:00.000Z",
  };
  const checkpoint = { seq: 7, headHash: "a".repeat(64), at: product.signedAt, keyId: key.id };
  return {
    format: SIGNED_FORMAT,
    ...product,
    content,
    signature: key.sign(productStatement(product)),
    publicKeys: { [key.id]: key.publicKey },
    checkpoint: { ...checkpoint, signature: key.sign(checkpointStatement(checkpoint)) },
  };
}

const published = (over: Partial<PublishedKey> & { id: string; publicKey: string }) =>
  ({
    algorithm: "ed25519",
    status: "active",
    createdAt: "2020-01-01T00:00:00.000Z",
    activatedAt: "2020-01-01T00:00:00.000Z",
    rotatedAt: null,
    rotationReason: null,
    revokedAt: null,
    revocationReason: null,
    ...over,
  }) as PublishedKey;

describe("a signed file, offline", () => {
  it("holds as signed", () => {
    const e = envelope({ a: 1, b: "ب" });
    expect(offlineChecks(e, jsonProductHash(e.content)).every((s) => s.ok)).toBe(true);
  });

  it("fails on changed content, a changed date, or a key that is not the one named", () => {
    const e = envelope({ a: 1 });
    expect(offlineChecks(e, jsonProductHash({ a: 2 }))[0]).toMatchObject({ ok: false });
    const redated = { ...e, signedAt: "2020-01-14T08:00:00.000Z" };
    expect(offlineChecks(redated, e.sha256)[1]).toMatchObject({ ok: false, name: "signature" });
    const other = newKey();
    const swapped = { ...e, publicKeys: { [e.keyId]: other.publicKey } };
    expect(offlineChecks(swapped, e.sha256)[1]?.detail).toContain("does not carry");
    const moved = { ...e, checkpoint: { ...e.checkpoint, seq: 8 } };
    expect(offlineChecks(moved, e.sha256)[2]).toMatchObject({ ok: false, name: "checkpoint" });
  });

  it("is read only when it is complete", () => {
    expect(parseSignedFile({ format: "other" })).toHaveProperty("problem");
    const { checkpoint: _c, ...noCheckpoint } = envelope({});
    expect(parseSignedFile(noCheckpoint)).toHaveProperty("problem");
    expect(parseSignedFile(JSON.parse(JSON.stringify(envelope({}))))).not.toHaveProperty("problem");
  });
});

describe("the published keys' verdict", () => {
  const k = newKey();
  const at = "2020-02-01T00:00:00.000Z";
  it("a rotated key still vouches for what it signed", () => {
    const keys = [published({ ...k, status: "retired", rotatedAt: "2020-01-20T00:00:00.000Z" })];
    expect(keyStatusCheck(keys, k.id, k.publicKey, at, "x").ok).toBe(true);
  });
  it("a key revoked at or before the signing time does not; revoked later, it does", () => {
    const revoked = (revokedAt: string) => [published({ ...k, status: "revoked", revokedAt })];
    expect(keyStatusCheck(revoked(at), k.id, k.publicKey, at, "x").ok).toBe(false);
    expect(keyStatusCheck(revoked("2020-03-01T00:00:00.000Z"), k.id, k.publicKey, at, "x").ok).toBe(
      true,
    );
  });
  it("an unknown key, or a known id with another public half, does not", () => {
    expect(keyStatusCheck([], k.id, k.publicKey, at, "x").ok).toBe(false);
    const other = newKey();
    expect(keyStatusCheck([published(k)], k.id, other.publicKey, at, "x").ok).toBe(false);
  });
});
