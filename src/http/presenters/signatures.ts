/** What of keys and checkpoints is published: the public halves and signed statements only. */
import type { Checkpoint, PublishedKey } from "../../domain/signatures.js";
import type { PublishedCheckpointOut, PublishedKeyOut } from "../schemas/signatures.js";

export function presentKey(k: PublishedKey): PublishedKeyOut {
  return {
    id: k.id,
    algorithm: k.algorithm,
    publicKey: k.publicKey,
    status: k.status,
    createdAt: k.createdAt,
    activatedAt: k.activatedAt,
    rotatedAt: k.rotatedAt,
    rotationReason: k.rotationReason,
    revokedAt: k.revokedAt,
    revocationReason: k.revocationReason,
  };
}

export function presentCheckpoint(c: Checkpoint & { cause: string }): PublishedCheckpointOut {
  return {
    seq: c.seq,
    headHash: c.headHash,
    at: c.at,
    keyId: c.keyId,
    signature: c.signature,
    cause: c.cause as PublishedCheckpointOut["cause"],
  };
}
