/** Signing keys, checkpoints and signed envelopes (decision 0020): requests and answers. */
import { z } from "zod";
import { limit } from "./common.js";
import { isoTime } from "./responses.js";

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const keyId = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .describe("A key's id: the first 16 hex digits of the SHA-256 of its raw public key");
const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);

const PublishedKey = z.object({
  id: keyId,
  algorithm: z.literal("ed25519"),
  publicKey: base64.describe("The raw 32-byte Ed25519 public key, base64"),
  status: z
    .enum(["active", "retired", "revoked"])
    .describe("active: signs now; retired: rotated out, valid for what it signed before"),
  createdAt: isoTime,
  activatedAt: isoTime,
  rotatedAt: isoTime.nullable(),
  rotationReason: z.string().nullable(),
  revokedAt: isoTime
    .nullable()
    .describe("Signatures dated from this instant on are invalid; earlier ones stand"),
  revocationReason: z.string().nullable(),
});
export type PublishedKeyOut = z.input<typeof PublishedKey>;

export const PublishedKeys = z.object({ items: z.array(PublishedKey) });

const CheckpointFields = {
  seq: z.number().int().min(1).describe("The audit entry the checkpoint is the head at"),
  headHash: hex64.describe("That entry's hash"),
  at: isoTime.describe("When, by the database's clock"),
  keyId,
  signature: base64.describe(
    'Ed25519 signature of the canonical JSON {"statement":"cfm-checkpoint/1",seq,headHash,at,keyId}',
  ),
};

const PublishedCheckpoint = z.object({
  ...CheckpointFields,
  cause: z
    .enum(["schedule", "product", "operator"])
    .describe("Made hourly, at a signed release, or by the operator"),
});
export type PublishedCheckpointOut = z.input<typeof PublishedCheckpoint>;

export const CheckpointPage = z.object({
  items: z.array(PublishedCheckpoint),
  nextBeforeSeq: z.number().int().nullable().describe("Pass as beforeSeq for the next page"),
});

export const CheckpointQuery = z.strictObject({
  beforeSeq: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Only checkpoints before this sequence number (newest first)"),
  limit,
});

export const SignedEnvelope = z.object({
  format: z.literal("cfm-signed/1"),
  kind: z.enum(["finding-release", "report"]),
  id: z.string(),
  sha256: hex64.describe("SHA-256 of the canonical JSON of content"),
  content: z.unknown().describe("The frozen content, as every recipient reads it"),
  keyId,
  signedAt: isoTime,
  signature: base64.describe(
    'Ed25519 signature of the canonical JSON {"statement":"cfm-product/1",kind,id,sha256,keyId,signedAt}',
  ),
  publicKeys: z.record(z.string(), base64).describe("The public keys of the signatures, by id"),
  checkpoint: z.object(CheckpointFields).describe("The signed checkpoint covering this signature"),
});

export const DetachedSignatureOut = z
  .object({
    format: z.literal("cfm-detached-signature/1"),
    kind: z.enum(["finding-release", "report"]),
    id: z.string().describe("The product and which of its files, e.g. <id>/partiesPdf"),
    fileName: z.string().describe("The file's name when it was signed (informative)"),
    sha256: hex64.describe("SHA-256 of the file's bytes"),
    keyId,
    signedAt: isoTime,
    signature: base64.describe(
      'Ed25519 signature of the canonical JSON {"statement":"cfm-product/1",kind,id,sha256,keyId,signedAt}',
    ),
    publicKeys: z.record(z.string(), base64).describe("The public keys of the signatures, by id"),
    checkpoint: z
      .object(CheckpointFields)
      .describe("The signed checkpoint covering this signature"),
  })
  .describe(
    "A file's detached signature (FILE.cfm-sig.json beside FILE); check both with `cfm verify FILE`",
  );
