/**
 * Who may be recorded at a meeting of the joint commission (decision 0016): every member of each
 * party's delegation, the joint body's chairs and the heads of mission — each once, as the
 * secretariat's attendance form offers them. Only the secretariat, who record attendance, read
 * the list: it names both delegations' members.
 */
import type { Actor } from "../domain/roles.js";
import { delegateRows, listDelegationRows, secretariatRows } from "../store/delegations-repo.js";
import { requireSecretariat } from "./commission.js";
import type { Deps } from "./deps.js";

export interface Attendee {
  id: string;
  name: string;
  /** The party whose delegation the person sits in; null for the chair and the head of mission. */
  party: string | null;
  seat: "delegate" | "chair" | "chief";
}

export async function meetingAttendees(deps: Deps, actor: Actor): Promise<Attendee[]> {
  await requireSecretariat(deps.db, actor, "record attendance");
  const delegations = await listDelegationRows(deps.db);
  const members = new Map(
    (await delegateRows(deps.db, [...new Set(delegations.flatMap((d) => d.memberIds))])).map(
      (u) => [u.id, u],
    ),
  );
  const out: Attendee[] = [];
  const seen = new Set<string>();
  for (const d of delegations) {
    for (const id of d.memberIds) {
      const u = members.get(id);
      if (!u || seen.has(id)) continue;
      seen.add(id);
      out.push({ id, name: u.displayName, party: d.party, seat: "delegate" });
    }
  }
  for (const u of await secretariatRows(deps.db)) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    out.push({
      id: u.id,
      name: u.displayName,
      party: null,
      seat: u.role === "chief" ? "chief" : "chair",
    });
  }
  return out;
}
