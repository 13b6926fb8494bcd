/** Agreements and provisions: rows in, rows out. */
import type { Selectable } from "kysely";
import { compareProvisionCodes, type Agreement } from "../domain/agreements.js";
import type { Db, Tx } from "./database.js";
import type { AgreementsTable, ProvisionsTable } from "./schema.js";

type AgreementRow = Selectable<AgreementsTable>;
type ProvisionRow = Selectable<ProvisionsTable>;

function rowToAgreement(a: AgreementRow, provisions: ProvisionRow[]): Agreement {
  return {
    id: a.id,
    code: a.code,
    titleEn: a.title_en,
    titleAr: a.title_ar,
    signedAt: a.signed_at,
    entryIntoForce: a.entry_into_force,
    provisions: provisions
      .filter((p) => p.agreement_id === a.id)
      .sort((x, y) => compareProvisionCodes(x.code, y.code))
      .map((p) => ({
        id: p.id,
        code: p.code,
        textEn: p.text_en,
        textAr: p.text_ar,
        obligatedParties: p.obligated_parties,
      })),
  };
}

/** Every agreement with its provisions, in order of entry into force. */
export async function listAgreementRows(db: Db | Tx): Promise<Agreement[]> {
  const agreements = await db
    .selectFrom("agreements")
    .selectAll()
    .orderBy("entry_into_force")
    .orderBy("code")
    .execute();
  const provisions = await db.selectFrom("provisions").selectAll().execute();
  return agreements.map((a) => rowToAgreement(a, provisions));
}

/** Inserts an agreement with its provisions. */
export async function insertAgreement(tx: Tx, a: Agreement): Promise<void> {
  await tx
    .insertInto("agreements")
    .values({
      id: a.id,
      code: a.code,
      title_en: a.titleEn,
      title_ar: a.titleAr,
      signed_at: a.signedAt,
      entry_into_force: a.entryIntoForce,
    })
    .execute();
  await tx
    .insertInto("provisions")
    .values(
      a.provisions.map((p) => ({
        id: p.id,
        agreement_id: a.id,
        code: p.code,
        text_en: p.textEn,
        text_ar: p.textAr,
        obligated_parties: p.obligatedParties,
      })),
    )
    .execute();
}

/** Which of these agreement and provision codes are already recorded. */
export async function takenCodes(
  db: Db | Tx,
  agreementCode: string,
  provisionCodes: string[],
): Promise<string[]> {
  const agreements = await db
    .selectFrom("agreements")
    .select("code")
    .where("code", "=", agreementCode)
    .execute();
  const provisions = provisionCodes.length
    ? await db.selectFrom("provisions").select("code").where("code", "in", provisionCodes).execute()
    : [];
  return [...agreements, ...provisions].map((r) => r.code);
}

/** Which of `codes` are provisions. */
export async function existingProvisionCodes(db: Db | Tx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const found = await db
    .selectFrom("provisions")
    .select("code")
    .where("code", "in", codes)
    .execute();
  return new Set(found.map((p) => p.code));
}
