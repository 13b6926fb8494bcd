/** The joint body's delegations, one per party: rows in, rows out. */
import type { Db, Tx } from "./database.js";

export interface DelegationRow {
  party: string;
  headUserId: string | null;
  memberIds: string[];
  updatedAt: Date | null;
}

/** A delegation's member, as the page lists them. */
export interface DelegateRow {
  id: string;
  username: string;
  displayName: string;
  role: string;
  party: string | null;
  disabled: boolean;
}

/** Every party's delegation (an empty one for a party that has none yet), by party code. */
export async function listDelegationRows(db: Db | Tx, party?: string): Promise<DelegationRow[]> {
  let q = db
    .selectFrom("parties")
    .leftJoin("delegations", "delegations.party_code", "parties.code")
    .select([
      "parties.code",
      "delegations.head_user_id",
      "delegations.members",
      "delegations.updated_at",
    ])
    .orderBy("parties.code");
  if (party) q = q.where("parties.code", "=", party);
  const rows = await q.execute();
  return rows.map((r) => ({
    party: r.code,
    headUserId: r.head_user_id ?? null,
    memberIds: r.members ?? [],
    updatedAt: r.updated_at ?? null,
  }));
}

export async function upsertDelegation(tx: Tx, d: DelegationRow & { updatedAt: Date }) {
  await tx
    .insertInto("delegations")
    .values({
      party_code: d.party,
      head_user_id: d.headUserId,
      members: d.memberIds,
      updated_at: d.updatedAt,
    })
    .onConflict((oc) =>
      oc.column("party_code").doUpdateSet({
        head_user_id: d.headUserId,
        members: d.memberIds,
        updated_at: d.updatedAt,
      }),
    )
    .execute();
}

/** The users named, for checking and listing delegates. */
export async function delegateRows(db: Db | Tx, ids: string[]): Promise<DelegateRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "party_code", "disabled_at"])
    .where("id", "in", ids)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    party: r.party_code,
    disabled: r.disabled_at !== null,
  }));
}

/** The users who may sit in a party's delegation: its commission members and liaisons. */
export async function eligibleDelegateRows(db: Db | Tx, party: string): Promise<DelegateRow[]> {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("party_code", "=", party)
    .where("role", "in", ["commission", "liaison"])
    .where("disabled_at", "is", null)
    .orderBy("username")
    .execute();
  return delegateRows(
    db,
    rows.map((r) => r.id),
  );
}

/**
 * The commission's secretariat as users: the joint body's chairs (commission members of no party)
 * and the heads of mission, enabled, by name.
 */
export async function secretariatRows(db: Db | Tx): Promise<DelegateRow[]> {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where((eb) =>
      eb.or([
        eb("role", "=", "chief"),
        eb.and([eb("role", "=", "commission"), eb("party_code", "is", null)]),
      ]),
    )
    .where("disabled_at", "is", null)
    .orderBy("display_name")
    .orderBy("id")
    .execute();
  return delegateRows(
    db,
    rows.map((r) => r.id),
  );
}
