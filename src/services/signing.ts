/**
 * Signing products and checkpointing the audit chain (decision 0020). A product is signed in the
 * transaction that releases it: the signature is recorded (an audited row), then the chain's
 * head — which now includes that record — is checkpointed and the checkpoint signed, before the
 * transaction commits. So no product is released unsigned, and every signed product names a
 * checkpoint that covers its own signature.
 */
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../domain/audit-chain.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import {
  checkpointStatement,
  DETACHED_FORMAT,
  productStatement,
  SIGNED_FORMAT,
  type Checkpoint,
  type DetachedSignature,
  type ProductKind,
  type PublishedKey,
  type SignedEnvelope,
} from "../domain/signatures.js";
import { schedulePeriodicJob } from "../store/jobs-repo.js";
import {
  activeKey,
  databaseNow,
  insertCheckpoint,
  insertProductSignature,
  latestCheckpoint,
  listCheckpoints,
  listKeys,
  lockedHead,
  releasesWithoutSignature,
  signaturesOf,
  type StoredSignature,
} from "../store/signatures-repo.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { getPublicIncident, getRelease } from "./releases.js";

export const CHECKPOINT_JOB = "periodic:audit-checkpoint";
/** How often the job looks (cheap: one row), and how far apart scheduled checkpoints are. */
export const CHECKPOINT_LOOK_EVERY_MS = 60_000;
const CHECKPOINT_EVERY_MS = 60 * 60_000;

export type { StoredSignature };

const SIGNER: Actor = { kind: "system", name: "signing" };

/** A signed product: its hash, the signature, and the signed checkpoint that covers it. */
export interface SignedProduct {
  kind: ProductKind;
  id: string;
  sha256: string;
  keyId: string;
  signedAt: string;
  signature: string;
  checkpoint: Checkpoint;
}

async function signingKey(tx: Tx): Promise<PublishedKey> {
  const key = await activeKey(tx);
  if (!key)
    throw new DomainError(
      "signing_key_missing",
      "The mission has no active signing key, and nothing is released unsigned: the operator creates one with `cfm key create`.",
    );
  return key;
}

async function signWith(deps: Deps, key: PublishedKey, message: Buffer): Promise<string> {
  const signature = await deps.keys.sign(key.id, message);
  if (signature === null)
    throw new DomainError(
      "signing_key_unavailable",
      `The private half of the active signing key ${key.id} is not in the keys folder (${deps.keys.location}), and nothing is released unsigned: restore the file, or rotate the key (\`cfm key rotate --reason …\`).`,
      { id: key.id },
    );
  return signature;
}

/** Signs the chain's current head (locked until the transaction ends); null when already signed. */
async function checkpointHead(
  deps: Deps,
  tx: Tx,
  cause: "schedule" | "product" | "operator",
  productSignatureId: string | null,
): Promise<Checkpoint | null> {
  const head = await lockedHead(tx);
  if (head.seq === 0) return null;
  const key = await signingKey(tx);
  const unsigned = {
    seq: head.seq,
    headHash: head.hash,
    at: (await databaseNow(tx)).toISOString(),
    keyId: key.id,
  };
  const checkpoint = {
    ...unsigned,
    signature: await signWith(deps, key, checkpointStatement(unsigned)),
  };
  const added = await insertCheckpoint(tx, { ...checkpoint, cause, productSignatureId });
  return added ? checkpoint : null;
}

/**
 * Signs a product (its bytes, or the SHA-256 already computed) with the active key, records the
 * signature with its audit entry, and checkpoints the head that entry makes. Joins the caller's
 * transaction (pass `{ ...deps, db: tx }`): call it once the product is written, so that its
 * release and its signature commit together or not at all.
 */
export async function signProduct(
  deps: Deps,
  input: { kind: ProductKind; id: string } & ({ bytes: Uint8Array } | { sha256: string }),
): Promise<SignedProduct> {
  const sha256 = "sha256" in input ? input.sha256 : sha256Hex(input.bytes);
  return inTransaction(deps, async (tx) => {
    const key = await signingKey(tx);
    const unsigned = {
      kind: input.kind,
      id: input.id,
      sha256,
      keyId: key.id,
      signedAt: (await databaseNow(tx)).toISOString(),
    };
    const signature = await signWith(deps, key, productStatement(unsigned));
    const rowId = randomUUID();
    await insertProductSignature(tx, {
      id: rowId,
      kind: input.kind,
      product_id: input.id,
      sha256,
      key_id: key.id,
      signed_at: unsigned.signedAt,
      signature,
    });
    await appendAudit(tx, {
      actor: SIGNER,
      action: "product.signed",
      subject: `${input.kind === "finding-release" ? "release" : input.kind}:${input.id}`,
      at: deps.clock(),
      rows: [{ table: "product_signatures", id: rowId }],
      details: { kind: input.kind, sha256, keyId: key.id },
    });
    const checkpoint = await checkpointHead(deps, tx, "product", rowId);
    if (!checkpoint) throw new Error("the head of a new audit entry was already checkpointed");
    return { ...unsigned, signature, checkpoint };
  });
}

/** The public keys a signed file needs, by id. */
async function publicKeysFor(deps: Deps, ids: string[]): Promise<Record<string, string>> {
  const keys = await listKeys(deps.db);
  return Object.fromEntries(keys.filter((k) => ids.includes(k.id)).map((k) => [k.id, k.publicKey]));
}

/** The signature file for a binary product (`FILE.pdf.cfm-sig.json` beside `FILE.pdf`). */
export async function detachedSignature(
  deps: Deps,
  signed: SignedProduct,
  fileName: string,
): Promise<DetachedSignature> {
  return {
    format: DETACHED_FORMAT,
    fileName,
    ...signed,
    publicKeys: await publicKeysFor(deps, [signed.keyId, signed.checkpoint.keyId]),
  };
}

async function envelopeOf(
  deps: Deps,
  release: { id: string; content: unknown },
  signature: StoredSignature | undefined,
): Promise<SignedEnvelope> {
  if (!signature?.checkpoint)
    throw new DomainError(
      "release_unsigned",
      `Release ${release.id} has not been signed yet; the server signs earlier releases when it starts.`,
      { id: release.id },
    );
  const { checkpoint } = signature;
  return {
    format: SIGNED_FORMAT,
    kind: "finding-release",
    id: release.id,
    sha256: signature.sha256,
    content: release.content,
    keyId: signature.keyId,
    signedAt: signature.signedAt,
    signature: signature.signature,
    publicKeys: await publicKeysFor(deps, [signature.keyId, checkpoint.keyId]),
    checkpoint: {
      seq: checkpoint.seq,
      headHash: checkpoint.headHash,
      at: checkpoint.at,
      keyId: checkpoint.keyId,
      signature: checkpoint.signature,
    },
  };
}

/** A release as a signed envelope, for whoever may read the release (the same scope). */
export async function signedRelease(deps: Deps, actor: Actor, id: string): Promise<SignedEnvelope> {
  const release = await getRelease(deps, actor, id);
  return envelopeOf(deps, release, release.signature ?? undefined);
}

/** An incident's public release as a signed envelope, without login. */
export async function signedPublicIncident(
  deps: Deps,
  incidentId: string,
): Promise<SignedEnvelope> {
  const release = await getPublicIncident(deps, incidentId);
  const sigs = await signaturesOf(deps.db, "finding-release", [release.id]);
  return envelopeOf(deps, release, sigs.get(release.id));
}

/** Published checkpoints, newest first. */
export async function publishedCheckpoints(
  deps: Deps,
  filter: { beforeSeq?: number; limit: number },
): Promise<{ items: (Checkpoint & { cause: string })[]; nextBeforeSeq: number | null }> {
  const rows = await listCheckpoints(deps.db, { ...filter, limit: filter.limit + 1 });
  const items = rows.slice(0, filter.limit);
  return {
    items,
    nextBeforeSeq: rows.length > filter.limit ? (items.at(-1)?.seq ?? null) : null,
  };
}

/**
 * The periodic job: checkpoints the head when it moved since the last checkpoint and that one is
 * an hour old (by the database's clock). Run by one process at a time: the head is locked.
 */
export async function checkpointJob(
  deps: Deps,
  _payload?: unknown,
  everyMs = CHECKPOINT_EVERY_MS,
): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const head = await lockedHead(tx);
    const last = await latestCheckpoint(tx);
    if (last && last.seq >= head.seq) return;
    const now = await databaseNow(tx);
    if (last && now.getTime() - Date.parse(last.at) < everyMs) return;
    if (!(await activeKey(tx))) return;
    await checkpointHead(deps, tx, "schedule", null);
  });
}

/** Queues the next look unless one is queued already (by this process or another). */
export async function scheduleCheckpoint(deps: Deps): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps, (tx) =>
    schedulePeriodicJob(tx, CHECKPOINT_JOB, now, CHECKPOINT_LOOK_EVERY_MS),
  );
}

/** A checkpoint of the head now, asked for by the operator; null when the head has one. */
export async function checkpointNow(deps: Deps, actor: Actor): Promise<Checkpoint | null> {
  if (actor.kind !== "system")
    throw new DomainError("forbidden", "Only the operator may checkpoint the audit log.");
  return inTransaction(deps, (tx) => checkpointHead(deps, tx, "operator", null));
}

/**
 * Signs the releases made before signatures existed (or while no key was available), oldest
 * first, each in its own transaction; returns how many.
 */
export async function signEarlierReleases(deps: Deps): Promise<number> {
  const unsigned = await releasesWithoutSignature(deps.db);
  for (const r of unsigned)
    await signProduct(deps, { kind: "finding-release", id: r.id, sha256: r.contentHash });
  return unsigned.length;
}
