/** Parties to the agreement (GNA, LNA in the demo), and the one check that a party exists. */
import { AGREEMENT_LANGUAGES, type AgreementLanguage } from "../domain/agreements.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { ADMINISTRATORS } from "../domain/roles.js";
import {
  existingPartyCodes,
  findPartyRow,
  insertParty,
  listPartyRows,
  updatePartyRow,
} from "../store/parties-repo.js";
import { requireRole } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Db, type Deps, type Tx } from "./deps.js";

export interface Party {
  code: string;
  nameEn: string;
  nameAr: string;
  /** For narrow places (list rows, the header); null: the code (English), the full name (Arabic). */
  shortEn?: string | null;
  shortAr?: string | null;
  colour: string;
  /** Which of its texts prevails where the Arabic and the English differ; English when not said. */
  authoritativeLanguage?: AgreementLanguage;
}

/** Parties are the mission's configuration: an administrator (or the operator's CLI) sets them. */
function requirePartyEditor(actor: Actor): void {
  if (actor.kind !== "system") requireRole(actor, ADMINISTRATORS, "edit parties");
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

function checkParty(p: Party): void {
  if (!/^[A-Z][A-Z0-9_]{1,15}$/.test(p.code)) {
    throw new DomainError(
      "validation_failed",
      `The party code "${p.code}" is not usable: 2–16 capital letters, digits or _, starting with a letter.`,
      { field: "code" },
    );
  }
  for (const field of ["nameEn", "nameAr"] as const) {
    if (!p[field].trim()) {
      throw new DomainError("validation_failed", `The party's ${field} is empty.`, { field });
    }
  }
  if (p.authoritativeLanguage && !AGREEMENT_LANGUAGES.includes(p.authoritativeLanguage)) {
    throw new DomainError(
      "validation_failed",
      `The authoritative language "${String(p.authoritativeLanguage)}" is not one of ${AGREEMENT_LANGUAGES.join(", ")}.`,
      { field: "authoritativeLanguage" },
    );
  }
  if (!COLOUR.test(p.colour)) {
    throw new DomainError("validation_failed", `The colour "${p.colour}" is not #rrggbb.`, {
      field: "colour",
    });
  }
}

export async function createParty(deps: Deps, actor: Actor, p: Party): Promise<Party> {
  requirePartyEditor(actor);
  checkParty(p);
  return inTransaction(deps, async (tx) => {
    if (await findPartyRow(tx, p.code)) {
      throw new DomainError("party_exists", `A party with code "${p.code}" exists already.`, {
        field: "code",
      });
    }
    const row = {
      ...p,
      shortEn: p.shortEn ?? null,
      shortAr: p.shortAr ?? null,
      authoritativeLanguage: p.authoritativeLanguage ?? ("en" as const),
    };
    await insertParty(tx, row);
    await appendAudit(tx, {
      actor,
      action: "party.created",
      subject: `party:${p.code}`,
      at: deps.clock(),
      rows: [{ table: "parties", id: p.code }],
    });
    return row;
  });
}

/**
 * Changes a party's names, short names, colour or authoritative language (kept when not given);
 * its code never changes (records cite it).
 */
export async function updateParty(deps: Deps, actor: Actor, p: Party): Promise<Party> {
  requirePartyEditor(actor);
  checkParty(p);
  return inTransaction(deps, async (tx) => {
    const before = await findPartyRow(tx, p.code);
    if (!before) {
      throw new DomainError("party_not_found", `There is no party with code "${p.code}".`, {
        party: p.code,
      });
    }
    const after = {
      ...p,
      shortEn: p.shortEn ?? null,
      shortAr: p.shortAr ?? null,
      authoritativeLanguage: p.authoritativeLanguage ?? before.authoritativeLanguage,
    };
    await updatePartyRow(tx, after);
    const fields = [
      "nameEn",
      "nameAr",
      "shortEn",
      "shortAr",
      "colour",
      "authoritativeLanguage",
    ] as const;
    const changed = fields.filter((k) => before[k] !== after[k]);
    await appendAudit(tx, {
      actor,
      action: "party.updated",
      subject: `party:${p.code}`,
      at: deps.clock(),
      rows: [{ table: "parties", id: p.code }],
      details: { changed },
    });
    return after;
  });
}

export async function listParties(deps: Deps): Promise<Party[]> {
  return listPartyRows(deps.db);
}

/**
 * Party codes seen to exist. Parties are never deleted, so a code once found stays valid; an
 * unknown code is looked up again (it may have been created since), so the cache only saves the
 * lookup on the intake path, it never refuses a real party.
 */
const knownParties = new WeakMap<Deps["db"], Set<string>>();

function knownPartiesOf(deps: Deps): Set<string> {
  let known = knownParties.get(deps.db);
  if (!known) knownParties.set(deps.db, (known = new Set()));
  return known;
}

/** Whether every code given is a party this process has already seen (no lookup). */
export function partiesKnown(deps: Deps, codes: (string | null | undefined)[]): boolean {
  const known = knownPartiesOf(deps);
  return codes.every((c) => !c || known.has(c));
}

/**
 * Refuses with `party_not_found` when a code given (null and undefined skipped) is no party. The
 * one "does this party exist" check of the services; `conn` is the caller's transaction.
 */
export async function requirePartiesExist(
  deps: Deps,
  conn: Db | Tx,
  codes: (string | null | undefined)[],
): Promise<void> {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  const known = knownPartiesOf(deps);
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length === 0) return;
  for (const code of await existingPartyCodes(conn, unknown)) known.add(code);
  const missing = unknown.filter((code) => !known.has(code));
  if (missing.length) {
    throw new DomainError(
      "party_not_found",
      `There is no party with code ${missing.map((m) => `"${m}"`).join(", ")}.`,
      { party: missing[0], missing },
    );
  }
}
