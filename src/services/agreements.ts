/**
 * Recording agreements and their provisions, editing them as new versions, and reading them. A
 * provision's wording is never overwritten: a change appends a version with who, when and why.
 */
import { randomUUID } from "node:crypto";
import {
  checkAgreementInput,
  checkCode,
  checkWording,
  citedWording,
  versionInForce,
  wordingChanged,
  reasonLabel,
  type Agreement,
  type AgreementHeader,
  type AgreementInput,
  type CitedProvision,
  type Provision,
  type ProvisionInput,
  type ProvisionVersion,
  type ProvisionWording,
  type VersionReason,
} from "../domain/agreements.js";
import { DomainError } from "../domain/errors.js";
import type { Release } from "../domain/releases.js";
import { actorLabel, type Actor } from "../domain/roles.js";
import {
  findAgreement,
  findProvision,
  insertAgreementRow,
  insertProvision,
  insertProvisionVersion,
  listAgreementRows,
  provisionVersionRows,
  provisionsWithVersions,
  retireProvisionRow,
  takenCodes,
  updateAgreementHeader,
  type RecordRef,
} from "../store/agreements-repo.js";
import { findingsOf } from "../store/incidents-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Db, type Deps, type Tx } from "./deps.js";
import { requirePartiesExist } from "./parties.js";

/** Agreement texts are part of the mandate: the chief or an administrator records them. */
const AGREEMENT_ROLES = ["chief", "admin"];

/** Refuses an actor who may not edit agreements; system actors (the CLI, a seed) act for the operator. */
export function requireAgreementEditor(actor: Actor): void {
  if (actor.kind !== "system") requireRole(actor, AGREEMENT_ROLES, "edit agreements");
}

function requireReason(reason: string | undefined): string {
  if (!reason?.trim()) {
    throw new DomainError("validation_failed", "Say why (the reason is kept with the change).", {
      field: "reason",
    });
  }
  return reason.trim();
}

async function refuseTakenCodes(tx: Tx, agreementCode: string | null, codes: string[]) {
  const taken = await takenCodes(tx, agreementCode, codes);
  if (taken.length) {
    throw new DomainError("conflict", `These codes are already recorded: ${taken.join(", ")}.`, {
      field: "code",
      codes: taken,
    });
  }
}

/** Records an agreement with its provisions, each at version 1, inside the caller's transaction. */
export async function createAgreementIn(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  input: AgreementInput,
  reason: VersionReason = { kind: "first_recorded" },
): Promise<Agreement> {
  checkAgreementInput(input);
  const now = deps.clock();
  await refuseTakenCodes(
    tx,
    input.code,
    input.provisions.map((p) => p.code),
  );
  await requirePartiesExist(
    deps,
    tx,
    input.provisions.flatMap((p) => p.obligatedParties),
  );
  const agreement: Agreement = {
    id: randomUUID(),
    code: input.code,
    titleEn: input.titleEn,
    titleAr: input.titleAr,
    signedAt: input.signedAt,
    entryIntoForce: input.entryIntoForce,
    authoritativeLanguage: input.authoritativeLanguage ?? "en",
    provisions: [],
  };
  await insertAgreementRow(tx, agreement);
  const rows: { table: "provisions" | "provision_versions"; id: string }[] = [];
  for (const p of input.provisions) {
    const written = await writeNewProvision(tx, actor, agreement.id, p, now, reason);
    agreement.provisions.push(written.provision);
    rows.push(...written.rows);
  }
  await appendAudit(tx, {
    actor,
    action: "agreement.created",
    subject: `agreement:${agreement.id}`,
    at: now,
    rows: [{ table: "agreements", id: agreement.id }, ...rows],
    details: { code: input.code, provisions: input.provisions.map((p) => p.code) },
  });
  return agreement;
}

async function writeNewProvision(
  tx: Tx,
  actor: Actor,
  agreementId: string,
  p: ProvisionInput,
  at: Date,
  reason: VersionReason,
) {
  const id = randomUUID();
  const versionId = randomUUID();
  await insertProvision(tx, { id, agreementId, code: p.code, at });
  await insertProvisionVersion(tx, versionId, id, {
    ...wordingOf(p),
    version: 1,
    reason,
    recordedBy: actorLabel(actor),
    recordedAt: at,
  });
  const provision: Provision = {
    ...wordingOf(p),
    id,
    code: p.code,
    version: 1,
    retiredAt: null,
    retiredReason: null,
  };
  return {
    provision,
    rows: [
      { table: "provisions" as const, id },
      { table: "provision_versions" as const, id: versionId },
    ],
  };
}

function wordingOf(w: ProvisionWording): ProvisionWording {
  return { textEn: w.textEn, textAr: w.textAr, obligatedParties: w.obligatedParties };
}

export async function createAgreement(
  deps: Deps,
  actor: Actor,
  input: AgreementInput,
): Promise<Agreement> {
  requireAgreementEditor(actor);
  checkAgreementInput(input);
  return inTransaction(deps, (tx) => createAgreementIn(deps, tx, actor, input));
}

const named = (ref: RecordRef) => ("id" in ref ? ref.id : ref.code);

async function agreementOrThrow(tx: Tx, ref: RecordRef): Promise<Agreement> {
  const agreement = await findAgreement(tx, ref);
  if (!agreement) {
    throw new DomainError("agreement_not_found", `There is no agreement "${named(ref)}".`, {
      agreement: named(ref),
    });
  }
  return agreement;
}

/** Changes an agreement's titles, dates or authoritative language, inside the caller's transaction. */
export async function updateAgreementIn(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  ref: RecordRef,
  header: AgreementHeader,
): Promise<Agreement> {
  const current = await agreementOrThrow(tx, ref);
  const next = { ...header, authoritativeLanguage: header.authoritativeLanguage ?? "en" };
  await updateAgreementHeader(tx, current.id, next);
  await appendAudit(tx, {
    actor,
    action: "agreement.updated",
    subject: `agreement:${current.id}`,
    at: deps.clock(),
    rows: [{ table: "agreements", id: current.id }],
    details: { code: current.code, changed: changedHeaderFields(current, next) },
  });
  return { ...current, ...next };
}

export function changedHeaderFields(a: Agreement, h: Required<AgreementHeader>): string[] {
  const same = (x: Date | null, y: Date | null) =>
    (x?.getTime() ?? null) === (y?.getTime() ?? null);
  const changed: string[] = [];
  if (a.titleEn !== h.titleEn) changed.push("titleEn");
  if (a.titleAr !== h.titleAr) changed.push("titleAr");
  if (!same(a.signedAt, h.signedAt)) changed.push("signedAt");
  if (!same(a.entryIntoForce, h.entryIntoForce)) changed.push("entryIntoForce");
  if (a.authoritativeLanguage !== h.authoritativeLanguage) changed.push("authoritativeLanguage");
  return changed;
}

export async function updateAgreement(
  deps: Deps,
  actor: Actor,
  ref: RecordRef,
  header: AgreementHeader,
): Promise<Agreement> {
  requireAgreementEditor(actor);
  return inTransaction(deps, (tx) => updateAgreementIn(deps, tx, actor, ref, header));
}

/** Adds a provision to an agreement, inside the caller's transaction. */
export async function addProvisionIn(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  agreementRef: RecordRef,
  input: ProvisionInput,
  reason: VersionReason = { kind: "added" },
): Promise<Provision> {
  checkCode(input.code, "code");
  checkWording(input);
  const agreement = await agreementOrThrow(tx, agreementRef);
  await refuseTakenCodes(tx, null, [input.code]);
  await requirePartiesExist(deps, tx, input.obligatedParties);
  const now = deps.clock();
  const { provision, rows } = await writeNewProvision(tx, actor, agreement.id, input, now, reason);
  await appendAudit(tx, {
    actor,
    action: "provision.added",
    subject: `agreement:${agreement.id}`,
    at: now,
    rows,
    details: { agreement: agreement.code, code: input.code, reason: reasonLabel(reason) },
  });
  return provision;
}

export async function addProvision(
  deps: Deps,
  actor: Actor,
  agreementRef: RecordRef,
  input: ProvisionInput & { reason?: string },
): Promise<Provision> {
  requireAgreementEditor(actor);
  const text = input.reason?.trim();
  return inTransaction(deps, (tx) =>
    addProvisionIn(
      deps,
      tx,
      actor,
      agreementRef,
      input,
      text ? { kind: "stated", text } : undefined,
    ),
  );
}

async function provisionOrThrow(tx: Db | Tx, ref: RecordRef) {
  const provision = await findProvision(tx, ref);
  if (!provision) {
    throw new DomainError("not_found", `There is no provision "${named(ref)}".`, {
      provision: named(ref),
    });
  }
  return provision;
}

/**
 * Records a new wording of a provision (inside the caller's transaction); the old one stays,
 * readable. The same wording again records nothing and answers the provision as it is.
 */
export async function reviseProvisionIn(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  ref: RecordRef,
  wording: ProvisionWording,
  reason: VersionReason,
): Promise<{ provision: Provision; changed: boolean }> {
  checkWording(wording);
  const current = await provisionOrThrow(tx, ref);
  const code = current.code;
  if (!wordingChanged(current, wording)) return { provision: current, changed: false };
  if (current.retiredAt) {
    throw new DomainError("provision_retired", `The provision "${code}" was retired.`, {
      provision: code,
    });
  }
  await requirePartiesExist(deps, tx, wording.obligatedParties);
  const now = deps.clock();
  const versionId = randomUUID();
  const version = current.version + 1;
  await insertProvisionVersion(tx, versionId, current.id, {
    ...wordingOf(wording),
    version,
    reason,
    recordedBy: actorLabel(actor),
    recordedAt: now,
  });
  await appendAudit(tx, {
    actor,
    action: "provision.revised",
    subject: `provision:${current.id}`,
    at: now,
    rows: [{ table: "provision_versions", id: versionId }],
    details: { code, version, reason: reasonLabel(reason) },
  });
  return { provision: { ...current, ...wordingOf(wording), version }, changed: true };
}

export async function reviseProvision(
  deps: Deps,
  actor: Actor,
  ref: RecordRef,
  input: ProvisionWording & { reason: string },
): Promise<Provision> {
  requireAgreementEditor(actor);
  const reason = requireReason(input.reason);
  checkWording(input);
  return (
    await inTransaction(deps, (tx) =>
      reviseProvisionIn(deps, tx, actor, ref, input, { kind: "stated", text: reason }),
    )
  ).provision;
}

/** Retires a provision: its wordings stay readable, new findings may no longer cite it. */
export async function retireProvision(
  deps: Deps,
  actor: Actor,
  ref: RecordRef,
  input: { reason: string },
): Promise<Provision> {
  requireAgreementEditor(actor);
  const reason = requireReason(input.reason);
  return inTransaction(deps, async (tx) => {
    const current = await provisionOrThrow(tx, ref);
    const code = current.code;
    if (current.retiredAt) {
      throw new DomainError("provision_retired", `The provision "${code}" was already retired.`, {
        provision: code,
      });
    }
    const now = deps.clock();
    await retireProvisionRow(tx, current.id, now, reason);
    await appendAudit(tx, {
      actor,
      action: "provision.retired",
      subject: `provision:${current.id}`,
      at: now,
      rows: [{ table: "provisions", id: current.id }],
      details: { code, reason },
    });
    return { ...current, retiredAt: now, retiredReason: reason };
  });
}

/** Agreements are public texts: every logged-in user may read them, whatever the role. */
export async function listAgreements(deps: Deps, actor: Actor): Promise<Agreement[]> {
  requireUser(actor);
  return listAgreementRows(deps.db);
}

export interface ProvisionHistory {
  provision: Provision;
  agreementCode: string;
  versions: ProvisionVersion[];
  /** The version in force at the time asked (a finding's drafting time), when one was asked. */
  inForce: number | null;
}

/** A provision with every wording it had, and which one was in force at `at`. */
export async function provisionHistory(
  deps: Deps,
  actor: Actor,
  ref: RecordRef,
  at?: Date,
): Promise<ProvisionHistory> {
  requireUser(actor);
  const provision = await provisionOrThrow(deps.db, ref);
  const versions = await provisionVersionRows(deps.db, provision.id);
  return {
    provision,
    agreementCode: provision.agreementCode,
    versions,
    inForce: at ? (versionInForce(versions, at)?.version ?? null) : null,
  };
}

/** What a finding version cites, and when it was drafted. */
export interface FindingCitation {
  findingVersion: number;
  codes: readonly string[];
  draftedAt: Date;
}

export type FindingCitedProvision = CitedProvision & { findingVersion: number };

/**
 * The wording each finding cites, as in force when it was drafted, in the order the finding cites
 * the codes. For callers that have already decided the viewer may read these findings (agreements
 * are public texts; the findings are not).
 */
export async function citedProvisionsOf(
  db: Db | Tx,
  citations: readonly FindingCitation[],
): Promise<FindingCitedProvision[]> {
  const codes = [...new Set(citations.flatMap((c) => c.codes))];
  const provisions = new Map((await provisionsWithVersions(db, codes)).map((p) => [p.code, p]));
  return citations.flatMap((c) =>
    c.codes.flatMap((code) => {
      const p = provisions.get(code);
      const cited = p && citedWording(p, c.draftedAt);
      return cited ? [{ ...cited, findingVersion: c.findingVersion }] : [];
    }),
  );
}

/** What the finding a release froze cites, and when that finding was drafted. */
export async function releasedCitation(
  db: Db | Tx,
  release: Release | undefined,
): Promise<FindingCitation[]> {
  if (!release) return [];
  const row = (await findingsOf(db, release.incidentId)).find((f) => f.id === release.findingId);
  return [
    {
      findingVersion: release.findingVersion,
      codes: release.content.finding.provisions,
      draftedAt: row?.created_at ?? release.releaseAt,
    },
  ];
}
