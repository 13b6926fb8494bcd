/**
 * The mission's signing keys (decision 0020): created, rotated and revoked by the operator
 * (`cfm key`), each change audited; the public halves are published (GET /public/keys). Exactly
 * one key is active. A rotated key stays published and valid for what it signed before; a
 * revoked key is published as revoked, with the instant from which its signatures are refused.
 */
import { DomainError } from "../domain/errors.js";
import { actorLabel, type Actor } from "../domain/roles.js";
import type { PublishedKey } from "../domain/signatures.js";
import {
  activeKey,
  databaseNow,
  findKey,
  insertKey,
  listKeys,
  retireKey,
  revokeKey,
} from "../store/signatures-repo.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";

/** Keys are the operator's: the command line (a system actor), never a user through the API. */
function requireOperator(actor: Actor, doing: string): void {
  if (actor.kind !== "system")
    throw new DomainError("forbidden", `Only the operator (cfm key) may ${doing}.`);
}

/** Every key the mission has had, oldest first: what is published. */
export function publishedKeys(deps: Deps): Promise<PublishedKey[]> {
  return listKeys(deps.db);
}

/**
 * Generates a key, records it active and audits it, inside `tx`; the private file is removed
 * again if the transaction fails, so no key exists on disk that the database does not know.
 */
async function addActiveKey(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  action: string,
  details: Record<string, unknown>,
  before: (at: Date) => Promise<void>,
): Promise<PublishedKey> {
  const key = await deps.keys.generate();
  try {
    const at = await databaseNow(tx);
    await before(at);
    await insertKey(tx, { id: key.id, publicKey: key.publicKey, at, createdBy: actorLabel(actor) });
    await appendAudit(tx, {
      actor,
      action,
      subject: `signing_key:${key.id}`,
      at: deps.clock(),
      rows: [
        { table: "signing_keys", id: key.id },
        ...((details["replaces"] as string | undefined)
          ? [{ table: "signing_keys" as const, id: details["replaces"] as string }]
          : []),
      ],
      details,
    });
    return (await findKey(tx, key.id))!;
  } catch (err) {
    await deps.keys.remove(key.id);
    throw err;
  }
}

/** The first key (or a new one after the last was revoked); refused while a key is active. */
export async function createSigningKey(deps: Deps, actor: Actor): Promise<PublishedKey> {
  requireOperator(actor, "create a signing key");
  const key = await inTransaction(deps, async (tx) => {
    const current = await activeKey(tx, true);
    if (current)
      throw new DomainError(
        "signing_key_exists",
        `Key ${current.id} is active; replace it with \`cfm key rotate --reason …\`.`,
        { id: current.id },
      );
    return addActiveKey(deps, tx, actor, "signing_key.created", {}, async () => {});
  });
  return key;
}

/**
 * Creates the first key when the mission has none (first start, `mission init`, the demo);
 * null when one is active already.
 */
export async function ensureSigningKey(deps: Deps, actor: Actor): Promise<PublishedKey | null> {
  requireOperator(actor, "create a signing key");
  if (await activeKey(deps.db)) return null;
  try {
    return await createSigningKey(deps, actor);
  } catch (err) {
    // Another process created it meanwhile.
    if (err instanceof DomainError && err.code === "signing_key_exists") return null;
    throw err;
  }
}

/** Whether the active key's private half is in the keys folder (null: no active key). */
export async function activeKeyAvailable(
  deps: Deps,
): Promise<{ id: string; available: boolean } | null> {
  const key = await activeKey(deps.db);
  if (!key) return null;
  return { id: key.id, available: (await deps.keys.sign(key.id, Buffer.from("probe"))) !== null };
}

/** A new active key; the old one is retired, still published and valid for what it signed. */
export async function rotateSigningKey(
  deps: Deps,
  actor: Actor,
  reason: string,
): Promise<{ key: PublishedKey; retired: string | null }> {
  requireOperator(actor, "rotate the signing key");
  const why = reasonOrRefuse(reason);
  return inTransaction(deps, async (tx) => {
    const current = await activeKey(tx, true);
    const key = await addActiveKey(
      deps,
      tx,
      actor,
      "signing_key.rotated",
      { reason: why, ...(current ? { replaces: current.id } : {}) },
      async (at) => {
        if (current) await retireKey(tx, current.id, at, why);
      },
    );
    return { key, retired: current?.id ?? null };
  });
}

/**
 * Revokes a key: signatures it dated from `from` (default: now) on are refused. Revoking the
 * active key makes a new one active in the same transaction, so releases are never unsigned.
 */
export async function revokeSigningKey(
  deps: Deps,
  actor: Actor,
  id: string,
  reason: string,
  from?: Date,
): Promise<{ revoked: PublishedKey; replacement: PublishedKey | null }> {
  requireOperator(actor, "revoke a signing key");
  const why = reasonOrRefuse(reason);
  return inTransaction(deps, async (tx) => {
    const key = await findKey(tx, id, true);
    if (!key)
      throw new DomainError("signing_key_not_found", `The mission has no signing key ${id}.`, {
        id,
      });
    if (key.status === "revoked")
      throw new DomainError(
        "signing_key_revoked",
        `Key ${id} was already revoked at ${key.revokedAt}.`,
        { id },
      );
    const now = await databaseNow(tx);
    const at = from ?? now;
    if (at.getTime() > now.getTime() || at.getTime() < Date.parse(key.createdAt))
      throw new DomainError(
        "validation_failed",
        `A revocation takes effect between the key's creation (${key.createdAt}) and now.`,
        { field: "from" },
      );
    await revokeKey(tx, id, at, why);
    const details = { reason: why, revokedAt: at.toISOString() };
    if (key.status !== "active") {
      await appendAudit(tx, {
        actor,
        action: "signing_key.revoked",
        subject: `signing_key:${id}`,
        at: deps.clock(),
        rows: [{ table: "signing_keys", id }],
        details,
      });
      return { revoked: (await findKey(tx, id))!, replacement: null };
    }
    const replacement = await addActiveKey(
      deps,
      tx,
      actor,
      "signing_key.revoked_and_replaced",
      { ...details, replaces: id },
      async () => {},
    );
    return { revoked: (await findKey(tx, id))!, replacement };
  });
}

function reasonOrRefuse(reason: string): string {
  const why = reason.trim();
  if (!why) throw new DomainError("validation_failed", "Say why (--reason).", { field: "reason" });
  return why;
}
