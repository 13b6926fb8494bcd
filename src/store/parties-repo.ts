/** Parties to the agreement: their rows. */
import type { Selectable } from "kysely";
import type { AgreementLanguage } from "../domain/agreements.js";
import type { Db, Tx } from "./database.js";
import type { PartiesTable } from "./schema.js";

export interface PartyRow {
  code: string;
  nameEn: string;
  nameAr: string;
  shortEn: string | null;
  shortAr: string | null;
  colour: string;
  authoritativeLanguage: AgreementLanguage;
}

function rowToParty(r: Selectable<PartiesTable>): PartyRow {
  return {
    code: r.code,
    nameEn: r.name_en,
    nameAr: r.name_ar,
    shortEn: r.short_en,
    shortAr: r.short_ar,
    colour: r.colour,
    authoritativeLanguage: r.authoritative_language as AgreementLanguage,
  };
}

export async function insertParty(tx: Db | Tx, p: PartyRow): Promise<void> {
  await tx
    .insertInto("parties")
    .values({
      code: p.code,
      name_en: p.nameEn,
      name_ar: p.nameAr,
      short_en: p.shortEn,
      short_ar: p.shortAr,
      colour: p.colour,
      authoritative_language: p.authoritativeLanguage,
    })
    .execute();
}

export async function listPartyRows(db: Db): Promise<PartyRow[]> {
  const rows = await db.selectFrom("parties").selectAll().orderBy("code").execute();
  return rows.map(rowToParty);
}

/** Which of `codes` are parties. */
export async function existingPartyCodes(db: Db | Tx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const found = await db.selectFrom("parties").select("code").where("code", "in", codes).execute();
  return new Set(found.map((p) => p.code));
}

export async function findPartyRow(db: Db | Tx, code: string): Promise<PartyRow | null> {
  const r = await db.selectFrom("parties").selectAll().where("code", "=", code).executeTakeFirst();
  return r ? rowToParty(r) : null;
}

/** Names and colour; the code never changes (records cite it). */
export async function updatePartyRow(tx: Tx, p: PartyRow): Promise<void> {
  await tx
    .updateTable("parties")
    .set({
      name_en: p.nameEn,
      name_ar: p.nameAr,
      short_en: p.shortEn,
      short_ar: p.shortAr,
      colour: p.colour,
      authoritative_language: p.authoritativeLanguage,
    })
    .where("code", "=", p.code)
    .execute();
}
