/** Signing keys (public halves), product signatures and audit checkpoints: rows in, rows out. */
import { sql, type Insertable, type Selectable } from "kysely";
import type { Checkpoint, KeyStatus, ProductKind, PublishedKey } from "../domain/signatures.js";
import type { Db, Tx } from "./database.js";
import type { AuditCheckpointsTable, ProductSignaturesTable, SigningKeysTable } from "./schema.js";

type KeyRow = Selectable<SigningKeysTable>;
type SignatureRow = Selectable<ProductSignaturesTable>;
type CheckpointRow = Selectable<AuditCheckpointsTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function rowToKey(r: KeyRow): PublishedKey {
  return {
    id: r.id,
    algorithm: "ed25519",
    publicKey: r.public_key,
    status: r.status as KeyStatus,
    createdAt: r.created_at.toISOString(),
    activatedAt: r.activated_at.toISOString(),
    rotatedAt: iso(r.rotated_at),
    rotationReason: r.rotation_reason,
    revokedAt: iso(r.revoked_at),
    revocationReason: r.revocation_reason,
  };
}

function rowToCheckpoint(r: CheckpointRow): Checkpoint & { cause: string } {
  return {
    seq: Number(r.seq),
    headHash: r.head_hash,
    at: r.at.toISOString(),
    keyId: r.key_id,
    signature: r.signature,
    cause: r.cause,
  };
}

/** The database's clock, to the millisecond (what a signed time can carry exactly). */
export async function databaseNow(db: Db | Tx): Promise<Date> {
  const { rows } = await sql<{
    now: Date;
  }>`SELECT date_trunc('milliseconds', clock_timestamp()) AS now`.execute(db);
  return new Date(rows[0]!.now);
}

export async function listKeys(db: Db | Tx): Promise<PublishedKey[]> {
  const rows = await db.selectFrom("signing_keys").selectAll().orderBy("created_at").execute();
  return rows.map(rowToKey);
}

/** The active key; `lock` holds it (and so the right to replace it) until the transaction ends. */
export async function activeKey(db: Db | Tx, lock = false): Promise<PublishedKey | null> {
  let q = db.selectFrom("signing_keys").selectAll().where("status", "=", "active");
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? rowToKey(row) : null;
}

export async function findKey(db: Db | Tx, id: string, lock = false): Promise<PublishedKey | null> {
  let q = db.selectFrom("signing_keys").selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? rowToKey(row) : null;
}

export async function insertKey(
  tx: Tx,
  row: { id: string; publicKey: string; at: Date; createdBy: string },
): Promise<void> {
  await tx
    .insertInto("signing_keys")
    .values({
      id: row.id,
      public_key: row.publicKey,
      status: "active",
      created_at: row.at,
      activated_at: row.at,
      created_by: row.createdBy,
    })
    .execute();
}

export async function retireKey(tx: Tx, id: string, at: Date, reason: string): Promise<void> {
  await tx
    .updateTable("signing_keys")
    .set({ status: "retired", rotated_at: at, rotation_reason: reason })
    .where("id", "=", id)
    .execute();
}

export async function revokeKey(tx: Tx, id: string, at: Date, reason: string): Promise<void> {
  await tx
    .updateTable("signing_keys")
    .set({ status: "revoked", revoked_at: at, revocation_reason: reason })
    .where("id", "=", id)
    .execute();
}

export async function insertProductSignature(
  tx: Tx,
  row: Insertable<ProductSignaturesTable>,
): Promise<void> {
  await tx.insertInto("product_signatures").values(row).execute();
}

export interface StoredSignature {
  id: string;
  kind: ProductKind;
  productId: string;
  sha256: string;
  keyId: string;
  signedAt: string;
  signature: string;
  checkpoint: Checkpoint | null;
}

function rowToSignature(r: SignatureRow, checkpoint: CheckpointRow | undefined): StoredSignature {
  return {
    id: r.id,
    kind: r.kind as ProductKind,
    productId: r.product_id,
    sha256: r.sha256,
    keyId: r.key_id,
    signedAt: r.signed_at.toISOString(),
    signature: r.signature,
    checkpoint: checkpoint ? rowToCheckpoint(checkpoint) : null,
  };
}

/** The signatures of these products of one kind, each with the checkpoint made for it. */
export async function signaturesOf(
  db: Db | Tx,
  kind: ProductKind,
  productIds: string[],
): Promise<Map<string, StoredSignature>> {
  if (productIds.length === 0) return new Map();
  const sigs = await db
    .selectFrom("product_signatures")
    .selectAll()
    .where("kind", "=", kind)
    .where("product_id", "in", productIds)
    .execute();
  const checkpoints = sigs.length
    ? await db
        .selectFrom("audit_checkpoints")
        .selectAll()
        .where(
          "product_signature_id",
          "in",
          sigs.map((s) => s.id),
        )
        .execute()
    : [];
  const byId = new Map(checkpoints.map((c) => [c.product_signature_id, c]));
  return new Map(sigs.map((s) => [s.product_id, rowToSignature(s, byId.get(s.id))]));
}

/** Releases made before signatures existed (decision 0020), oldest first. */
export async function releasesWithoutSignature(
  db: Db | Tx,
): Promise<{ id: string; contentHash: string }[]> {
  const { rows } = await sql<{
    id: string;
    content_hash: string;
  }>`SELECT r.id, r.content_hash FROM releases r
    WHERE NOT EXISTS (SELECT 1 FROM product_signatures s
      WHERE s.kind = 'finding-release' AND s.product_id = r.id::text)
    ORDER BY r.created_at, r.id`.execute(db);
  return rows.map((r) => ({ id: r.id, contentHash: r.content_hash }));
}

/** The audit chain's head, locked until the transaction ends (no entry can be added meanwhile). */
export async function lockedHead(tx: Tx): Promise<{ seq: number; hash: string }> {
  const head = await tx
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

/** Adds a checkpoint unless the head already has one; true when added. */
export async function insertCheckpoint(
  tx: Tx,
  c: Checkpoint & { cause: string; productSignatureId: string | null },
): Promise<boolean> {
  const res = await tx
    .insertInto("audit_checkpoints")
    .values({
      seq: c.seq,
      head_hash: c.headHash,
      at: c.at,
      key_id: c.keyId,
      signature: c.signature,
      cause: c.cause,
      product_signature_id: c.productSignatureId,
    })
    .onConflict((oc) => oc.column("seq").doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function latestCheckpoint(db: Db | Tx) {
  const row = await db
    .selectFrom("audit_checkpoints")
    .selectAll()
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? rowToCheckpoint(row) : null;
}

/** Checkpoints newest first, before `beforeSeq` when given. */
export async function listCheckpoints(db: Db | Tx, f: { beforeSeq?: number; limit: number }) {
  let q = db.selectFrom("audit_checkpoints").selectAll();
  if (f.beforeSeq !== undefined) q = q.where("seq", "<", f.beforeSeq);
  const rows = await q.orderBy("seq", "desc").limit(f.limit).execute();
  return rows.map(rowToCheckpoint);
}
