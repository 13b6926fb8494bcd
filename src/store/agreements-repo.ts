/** Agreements, provisions and their wordings (provision_versions): rows in, rows out. */
import type { Selectable } from "kysely";
import {
  compareProvisionCodes,
  type Agreement,
  type AgreementHeader,
  type AgreementLanguage,
  type Provision,
  type ProvisionVersion,
  type ProvisionWithVersions,
  type ProvisionWording,
  type VersionReason,
} from "../domain/agreements.js";
import type { Db, Tx } from "./database.js";
import type { AgreementsTable, ProvisionsTable, ProvisionVersionsTable } from "./schema.js";

type AgreementRow = Selectable<AgreementsTable>;
type ProvisionRow = Selectable<ProvisionsTable>;
type VersionRow = Selectable<ProvisionVersionsTable>;

function rowToVersion(v: VersionRow): ProvisionVersion {
  return {
    version: v.version,
    textEn: v.text_en,
    textAr: v.text_ar,
    obligatedParties: v.obligated_parties,
    reason: reasonOf(v),
    recordedBy: v.recorded_by,
    recordedAt: v.recorded_at,
  };
}

function reasonOf(v: VersionRow): VersionReason {
  if (v.reason_kind === "imported") return { kind: "imported", file: v.imported_from ?? "" };
  if (v.reason_kind === "first_recorded" || v.reason_kind === "added")
    return { kind: v.reason_kind };
  return { kind: "stated", text: v.reason };
}

function rowToProvision(p: ProvisionRow, latest: VersionRow): Provision {
  return {
    id: p.id,
    code: p.code,
    version: latest.version,
    textEn: latest.text_en,
    textAr: latest.text_ar,
    obligatedParties: latest.obligated_parties,
    retiredAt: p.retired_at,
    retiredReason: p.retired_reason,
  };
}

/** The latest wording of each provision, by provision id. */
async function latestVersions(
  db: Db | Tx,
  provisionIds: string[],
): Promise<Map<string, VersionRow>> {
  const latest = new Map<string, VersionRow>();
  if (provisionIds.length === 0) return latest;
  const rows = await db
    .selectFrom("provision_versions")
    .selectAll()
    .where("provision_id", "in", provisionIds)
    .orderBy("version")
    .execute();
  for (const r of rows) latest.set(r.provision_id, r);
  return latest;
}

function rowToAgreement(a: AgreementRow, provisions: Provision[]): Agreement {
  return {
    id: a.id,
    code: a.code,
    titleEn: a.title_en,
    titleAr: a.title_ar,
    signedAt: a.signed_at,
    entryIntoForce: a.entry_into_force,
    authoritativeLanguage: a.authoritative_language as AgreementLanguage,
    provisions: provisions.sort((x, y) => compareProvisionCodes(x.code, y.code)),
  };
}

async function withProvisions(db: Db | Tx, agreements: AgreementRow[]): Promise<Agreement[]> {
  if (agreements.length === 0) return [];
  const provisions = await db
    .selectFrom("provisions")
    .selectAll()
    .where(
      "agreement_id",
      "in",
      agreements.map((a) => a.id),
    )
    .execute();
  const latest = await latestVersions(
    db,
    provisions.map((p) => p.id),
  );
  return agreements.map((a) =>
    rowToAgreement(
      a,
      provisions
        .filter((p) => p.agreement_id === a.id)
        .map((p) => rowToProvision(p, latest.get(p.id)!)),
    ),
  );
}

/** Every agreement with its provisions as in force now, in order of entry into force. */
export async function listAgreementRows(db: Db | Tx): Promise<Agreement[]> {
  const agreements = await db
    .selectFrom("agreements")
    .selectAll()
    .orderBy("entry_into_force")
    .orderBy("code")
    .execute();
  return withProvisions(db, agreements);
}

/** An agreement or a provision named by its id or by its code. */
export type RecordRef = { id: string } | { code: string };

export async function findAgreement(db: Db | Tx, ref: RecordRef): Promise<Agreement | null> {
  const row = await db
    .selectFrom("agreements")
    .selectAll()
    .where((eb) => ("id" in ref ? eb("id", "=", ref.id) : eb("code", "=", ref.code)))
    .executeTakeFirst();
  return row ? ((await withProvisions(db, [row]))[0] ?? null) : null;
}

/** A wording to record, with who recorded it, when and why. */
export interface VersionRecord extends ProvisionWording {
  version: number;
  reason: VersionReason;
  recordedBy: string;
  recordedAt: Date;
}

/** Appends a wording of a provision. */
export async function insertProvisionVersion(
  tx: Tx,
  id: string,
  provisionId: string,
  v: VersionRecord,
): Promise<void> {
  await tx
    .insertInto("provision_versions")
    .values({
      id,
      provision_id: provisionId,
      version: v.version,
      text_en: v.textEn,
      text_ar: v.textAr,
      obligated_parties: v.obligatedParties,
      reason: v.reason.kind === "stated" ? v.reason.text : "",
      reason_kind: v.reason.kind,
      imported_from: v.reason.kind === "imported" ? v.reason.file : null,
      recorded_by: v.recordedBy,
      recorded_at: v.recordedAt,
    })
    .execute();
}

/** Inserts a provision of an agreement (its identity; the wording is a version). */
export async function insertProvision(
  tx: Tx,
  p: { id: string; agreementId: string; code: string; at: Date },
): Promise<void> {
  await tx
    .insertInto("provisions")
    .values({ id: p.id, agreement_id: p.agreementId, code: p.code, created_at: p.at })
    .execute();
}

/** Inserts an agreement's own row (its provisions are inserted one by one). */
export async function insertAgreementRow(tx: Tx, a: Omit<Agreement, "provisions">): Promise<void> {
  await tx
    .insertInto("agreements")
    .values({
      id: a.id,
      code: a.code,
      title_en: a.titleEn,
      title_ar: a.titleAr,
      signed_at: a.signedAt,
      entry_into_force: a.entryIntoForce,
      authoritative_language: a.authoritativeLanguage,
    })
    .execute();
}

export async function updateAgreementHeader(
  tx: Tx,
  id: string,
  h: Required<AgreementHeader>,
): Promise<void> {
  await tx
    .updateTable("agreements")
    .set({
      title_en: h.titleEn,
      title_ar: h.titleAr,
      signed_at: h.signedAt,
      entry_into_force: h.entryIntoForce,
      authoritative_language: h.authoritativeLanguage,
    })
    .where("id", "=", id)
    .execute();
}

export async function retireProvisionRow(
  tx: Tx,
  id: string,
  at: Date,
  reason: string,
): Promise<void> {
  await tx
    .updateTable("provisions")
    .set({ retired_at: at, retired_reason: reason })
    .where("id", "=", id)
    .execute();
}

/** A provision by its id or code, as in force now, with the code of its agreement. */
export async function findProvision(
  db: Db | Tx,
  ref: RecordRef,
): Promise<(Provision & { agreementCode: string }) | null> {
  const row = await db
    .selectFrom("provisions")
    .innerJoin("agreements", "agreements.id", "provisions.agreement_id")
    .selectAll("provisions")
    .select("agreements.code as agreement_code")
    .where((eb) =>
      "id" in ref ? eb("provisions.id", "=", ref.id) : eb("provisions.code", "=", ref.code),
    )
    .executeTakeFirst();
  if (!row) return null;
  const latest = (await latestVersions(db, [row.id])).get(row.id)!;
  return { ...rowToProvision(row, latest), agreementCode: row.agreement_code };
}

/** Every wording of a provision, oldest first. */
export async function provisionVersionRows(
  db: Db | Tx,
  provisionId: string,
): Promise<ProvisionVersion[]> {
  const rows = await db
    .selectFrom("provision_versions")
    .selectAll()
    .where("provision_id", "=", provisionId)
    .orderBy("version")
    .execute();
  return rows.map(rowToVersion);
}

/** Which of these agreement and provision codes are already recorded. */
export async function takenCodes(
  db: Db | Tx,
  agreementCode: string | null,
  provisionCodes: string[],
): Promise<string[]> {
  const agreements = agreementCode
    ? await db.selectFrom("agreements").select("code").where("code", "=", agreementCode).execute()
    : [];
  const provisions = provisionCodes.length
    ? await db.selectFrom("provisions").select("code").where("code", "in", provisionCodes).execute()
    : [];
  return [...agreements, ...provisions].map((r) => r.code);
}

/** Which of `codes` are provisions a new finding may cite (recorded, not retired). */
export async function existingProvisionCodes(db: Db | Tx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const found = await db
    .selectFrom("provisions")
    .select("code")
    .where("code", "in", codes)
    .where("retired_at", "is", null)
    .execute();
  return new Set(found.map((p) => p.code));
}

/** The provisions with these codes (retired ones too), each with its agreement and every wording. */
export async function provisionsWithVersions(
  db: Db | Tx,
  codes: string[],
): Promise<ProvisionWithVersions[]> {
  if (codes.length === 0) return [];
  const provisions = await db
    .selectFrom("provisions")
    .innerJoin("agreements", "agreements.id", "provisions.agreement_id")
    .select([
      "provisions.id",
      "provisions.code",
      "agreements.code as agreement_code",
      "agreements.authoritative_language",
    ])
    .where("provisions.code", "in", codes)
    .execute();
  if (provisions.length === 0) return [];
  const versions = await db
    .selectFrom("provision_versions")
    .selectAll()
    .where(
      "provision_id",
      "in",
      provisions.map((p) => p.id),
    )
    .orderBy("version")
    .execute();
  return provisions.map((p) => ({
    code: p.code,
    agreementCode: p.agreement_code,
    authoritativeLanguage: p.authoritative_language as AgreementLanguage,
    versions: versions.filter((v) => v.provision_id === p.id).map(rowToVersion),
  }));
}
