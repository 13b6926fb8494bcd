/**
 * Signed products and signed checkpoints of the audit chain (decision 0020). Pure: what is
 * signed (a statement in canonical JSON), the file formats, and the checks anyone can run
 * offline with the public keys. Ed25519 through node:crypto, which needs no I/O.
 */
import { createPublicKey, verify } from "node:crypto";
import { canonicalJson, sha256Hex } from "./audit-chain.js";

export const SIGNED_FORMAT = "cfm-signed/1";
export const DETACHED_FORMAT = "cfm-detached-signature/1";
/** The file beside a binary product that carries its signature: `FILE.pdf.cfm-sig.json`. */
export const DETACHED_SUFFIX = ".cfm-sig.json";

/** What kinds of product are signed; report products come next (issue 14 part 1). */
export type ProductKind = "finding-release" | "report";

/** A key's id: the first 16 hex digits of the SHA-256 of its raw 32-byte public key. */
export function keyFingerprint(rawPublicKey: Uint8Array): string {
  return sha256Hex(rawPublicKey).slice(0, 16);
}

export type KeyStatus = "active" | "retired" | "revoked";

/** A public key as the mission publishes it. Times are ISO strings. */
export interface PublishedKey {
  id: string;
  algorithm: "ed25519";
  /** The raw public key, base64. */
  publicKey: string;
  status: KeyStatus;
  createdAt: string;
  activatedAt: string;
  rotatedAt: string | null;
  rotationReason: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
}

export interface Checkpoint {
  seq: number;
  headHash: string;
  at: string;
  keyId: string;
  signature: string;
}

export interface ProductSignature {
  kind: ProductKind;
  id: string;
  sha256: string;
  keyId: string;
  signedAt: string;
  signature: string;
}

/** The bytes a product's signature covers: what, which hash, by which key, when. */
export function productStatement(p: Omit<ProductSignature, "signature">): Buffer {
  return Buffer.from(
    canonicalJson({
      statement: "cfm-product/1",
      kind: p.kind,
      id: p.id,
      sha256: p.sha256,
      keyId: p.keyId,
      signedAt: p.signedAt,
    }),
  );
}

/** The bytes a checkpoint's signature covers. */
export function checkpointStatement(c: Omit<Checkpoint, "signature">): Buffer {
  return Buffer.from(
    canonicalJson({
      statement: "cfm-checkpoint/1",
      seq: c.seq,
      headHash: c.headHash,
      at: c.at,
      keyId: c.keyId,
    }),
  );
}

/** A finding release (or any JSON product) with its frozen content, signature and checkpoint. */
export interface SignedEnvelope extends ProductSignature {
  format: typeof SIGNED_FORMAT;
  content: unknown;
  /** The public keys of the signature and the checkpoint, by id (base64 raw). */
  publicKeys: Record<string, string>;
  checkpoint: Checkpoint;
}

/** The signature of a binary product, in a file beside it (`FILE.pdf.cfm-sig.json`). */
export interface DetachedSignature extends ProductSignature {
  format: typeof DETACHED_FORMAT;
  /** The product's file name when it was signed (informative). */
  fileName: string;
  publicKeys: Record<string, string>;
  checkpoint: Checkpoint;
}

/** The SHA-256 of a JSON product: of its canonical JSON, as release content hashes are. */
export function jsonProductHash(content: unknown): string {
  return sha256Hex(canonicalJson(content));
}

/** Whether `signature` (base64) is `publicKey`'s (base64 raw) Ed25519 signature of `message`. */
function verifyEd25519(publicKey: string, message: Buffer, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: {
        kty: "OKP",
        crv: "Ed25519",
        x: Buffer.from(publicKey, "base64").toString("base64url"),
      },
      format: "jwk",
    });
    return verify(null, message, key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

/** One check of a verification and its outcome, in words a person understands. */
export interface CheckStep {
  name: string;
  ok: boolean;
  detail: string;
}

type Signed = ProductSignature & { publicKeys: Record<string, string>; checkpoint: Checkpoint };

/**
 * The checks that need nothing but the file: the hash of the content (or of the bytes, for a
 * detached signature), the product's signature and the checkpoint's, each with the public key
 * the file carries, whose id must be that key's fingerprint.
 */
export function offlineChecks(file: Signed, actualSha256: string): CheckStep[] {
  const steps: CheckStep[] = [];
  steps.push(
    actualSha256 === file.sha256
      ? { name: "hash", ok: true, detail: `the content's SHA-256 is ${file.sha256}` }
      : {
          name: "hash",
          ok: false,
          detail: `the content was changed: its SHA-256 is ${actualSha256}, the signed one ${file.sha256}`,
        },
  );
  const keyOf = (id: string) => {
    const b64 = file.publicKeys[id];
    return b64 && keyFingerprint(Buffer.from(b64, "base64")) === id ? b64 : null;
  };
  const productKey = keyOf(file.keyId);
  steps.push(
    productKey && verifyEd25519(productKey, productStatement(file), file.signature)
      ? { name: "signature", ok: true, detail: `signed by key ${file.keyId} at ${file.signedAt}` }
      : {
          name: "signature",
          ok: false,
          detail: productKey
            ? `the signature is not key ${file.keyId}'s signature of this ${file.kind}`
            : `the file does not carry the public key ${file.keyId}`,
        },
  );
  const c = file.checkpoint;
  const checkpointKey = keyOf(c.keyId);
  steps.push(
    checkpointKey && verifyEd25519(checkpointKey, checkpointStatement(c), c.signature)
      ? {
          name: "checkpoint",
          ok: true,
          detail: `checkpoint ${c.seq} (head ${c.headHash.slice(0, 16)}…, ${c.at}) signed by key ${c.keyId}`,
        }
      : {
          name: "checkpoint",
          ok: false,
          detail: `checkpoint ${c.seq}'s signature does not hold for key ${c.keyId}`,
        },
  );
  return steps;
}

/**
 * Whether the published keys still vouch for a signature made at `at` by `keyId` with `publicKey`:
 * the key is published with that public half and was not revoked at or before `at`.
 */
export function keyStatusCheck(
  keys: PublishedKey[],
  keyId: string,
  publicKey: string | undefined,
  at: string,
  what: string,
): CheckStep {
  const name = `key of the ${what}`;
  const key = keys.find((k) => k.id === keyId);
  if (!key) return { name, ok: false, detail: `key ${keyId} is not among the mission's keys` };
  if (publicKey !== undefined && key.publicKey !== publicKey)
    return { name, ok: false, detail: `key ${keyId} is published with another public key` };
  if (key.revokedAt && Date.parse(key.revokedAt) <= Date.parse(at))
    return {
      name,
      ok: false,
      detail: `key ${keyId} was revoked at ${key.revokedAt} (${key.revocationReason ?? "no reason given"}), before the ${what} was signed (${at})`,
    };
  const state = key.revokedAt
    ? `revoked later, at ${key.revokedAt}`
    : key.status === "retired"
      ? `rotated out at ${key.rotatedAt}, still valid for what it signed before`
      : "active";
  return { name, ok: true, detail: `key ${keyId} is the mission's (${state})` };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;

function checkpointOf(v: unknown): Checkpoint | null {
  if (!isObject(v)) return null;
  const { seq, headHash, at, keyId, signature } = v;
  return Number.isInteger(seq) &&
    isText(headHash) &&
    isText(at) &&
    isText(keyId) &&
    isText(signature)
    ? { seq: seq as number, headHash, at, keyId, signature }
    : null;
}

/** The signed file read from parsed JSON, or why it is not one. */
export function parseSignedFile(
  v: unknown,
): SignedEnvelope | DetachedSignature | { problem: string } {
  if (!isObject(v)) return { problem: "the file is not a JSON object" };
  if (v["format"] !== SIGNED_FORMAT && v["format"] !== DETACHED_FORMAT)
    return {
      problem: `the file is neither a signed product (${SIGNED_FORMAT}) nor a detached signature (${DETACHED_FORMAT})`,
    };
  const checkpoint = checkpointOf(v["checkpoint"]);
  const fields = ["kind", "id", "sha256", "keyId", "signedAt", "signature"] as const;
  const missing = fields.filter((f) => !isText(v[f]));
  if (missing.length) return { problem: `the file lacks ${missing.join(", ")}` };
  if (!checkpoint) return { problem: "the file's checkpoint is incomplete" };
  if (!isObject(v["publicKeys"])) return { problem: "the file carries no public keys" };
  return { ...(v as unknown as SignedEnvelope | DetachedSignature), checkpoint };
}
