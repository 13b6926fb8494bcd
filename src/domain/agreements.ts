/**
 * Agreements and their provisions (clauses): what findings cite as breached. A provision's
 * wording is never overwritten: a change is a new version, kept with who recorded it, when and
 * why. A finding cites a code and was drafted at a time; the wording it cites is the version in
 * force then (`versionInForce`).
 */
import { DomainError } from "./errors.js";

export const AGREEMENT_LANGUAGES = ["en", "ar"] as const;
export type AgreementLanguage = (typeof AGREEMENT_LANGUAGES)[number];

/** What a version of a provision says, and whom it obliges. */
export interface ProvisionWording {
  textEn: string;
  textAr: string;
  obligatedParties: string[];
}

export interface ProvisionInput extends ProvisionWording {
  /** Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a". */
  code: string;
}

export interface AgreementInput {
  code: string;
  titleEn: string;
  titleAr: string;
  /** Null when the agreement was announced and accepted but never signed (a truce). */
  signedAt: Date | null;
  /** "D": deadlines of commitments count from this moment. */
  entryIntoForce: Date;
  /** Which language's text prevails where the two differ; English when not said. */
  authoritativeLanguage?: AgreementLanguage;
  provisions: ProvisionInput[];
}

/** A provision as in force now: its latest wording. */
export interface Provision extends ProvisionInput {
  id: string;
  version: number;
  /** Set when the clause no longer binds: new findings may not cite it. */
  retiredAt: Date | null;
  retiredReason: string | null;
}

/**
 * Why a wording was recorded: what a person wrote, or one of the system's own occasions (the
 * first wording of a new agreement, a provision added without a stated reason, an import from a
 * file), which the interface words in the reader's language.
 */
export type VersionReason =
  | { kind: "stated"; text: string }
  | { kind: "first_recorded" }
  | { kind: "added" }
  | { kind: "imported"; file: string };

/** The reason as one string, for the audit entry's details. */
export function reasonLabel(r: VersionReason): string {
  if (r.kind === "stated") return r.text;
  return r.kind === "imported" ? `imported:${r.file}` : r.kind;
}

export interface ProvisionVersion extends ProvisionWording {
  version: number;
  reason: VersionReason;
  /** The actor's label, e.g. "user:chief". */
  recordedBy: string;
  recordedAt: Date;
}

export interface Agreement extends Omit<AgreementInput, "provisions" | "authoritativeLanguage"> {
  id: string;
  authoritativeLanguage: AgreementLanguage;
  provisions: Provision[];
}

/** The agreement's own fields, as edited (its provisions are edited one by one). */
export type AgreementHeader = Omit<AgreementInput, "code" | "provisions">;

/** A code findings can cite and a file can name: letters, digits and . / - _ ( ) */
const CODE = /^[A-Za-z0-9][A-Za-z0-9./_()-]{0,63}$/;

export function checkCode(code: string, field: string): void {
  if (!CODE.test(code)) {
    throw new DomainError(
      "validation_failed",
      `The ${field} "${code}" is not a usable code: 1–64 letters, digits and . / - _ ( ), starting with a letter or digit.`,
      { field },
    );
  }
}

export function checkWording(w: ProvisionWording, field = "provision"): void {
  if (!w.textEn.trim() && !w.textAr.trim()) {
    throw new DomainError(
      "validation_failed",
      `The ${field} needs a text in at least one language.`,
      {
        field: `${field}.text`,
      },
    );
  }
  if (new Set(w.obligatedParties).size !== w.obligatedParties.length) {
    throw new DomainError("validation_failed", `The ${field} names an obligated party twice.`, {
      field: `${field}.obligatedParties`,
    });
  }
}

export function checkAgreementInput(input: AgreementInput): void {
  checkCode(input.code, "code");
  if (input.provisions.length === 0) {
    throw new DomainError(
      "validation_failed",
      "An agreement needs at least one provision: findings cite provisions, not agreements.",
      { field: "provisions" },
    );
  }
  const seen = new Set<string>();
  for (const p of input.provisions) {
    checkCode(p.code, "provision code");
    checkWording(p);
    if (seen.has(p.code)) {
      throw new DomainError(
        "validation_failed",
        `The provision code "${p.code}" appears twice in this agreement.`,
        { field: "provisions", code: p.code },
      );
    }
    seen.add(p.code);
  }
}

/** Whether `next` says something else than `current` (a new version is due). */
export function wordingChanged(current: ProvisionWording, next: ProvisionWording): boolean {
  return (
    current.textEn !== next.textEn ||
    current.textAr !== next.textAr ||
    [...current.obligatedParties].sort().join(",") !== [...next.obligatedParties].sort().join(",")
  );
}

/**
 * The version in force at `at`: the last recorded at or before it; before the first was recorded,
 * the first (a wording recorded after the finding was drafted still says what was cited).
 */
export function versionInForce<V extends { version: number; recordedAt: Date }>(
  versions: readonly V[],
  at: Date,
): V | undefined {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const before = sorted.filter((v) => v.recordedAt.getTime() <= at.getTime());
  return before.at(-1) ?? sorted[0];
}

/**
 * The wording a finding cites: the provision's version in force when the finding was drafted,
 * with the agreement's authoritative language (which text prevails where the two differ).
 */
export interface CitedProvision {
  code: string;
  agreementCode: string;
  authoritativeLanguage: AgreementLanguage;
  version: number;
  textEn: string;
  textAr: string;
  recordedAt: Date;
}

/** What `citedWording` needs of a provision: its agreement and every wording it had. */
export interface ProvisionWithVersions {
  code: string;
  agreementCode: string;
  authoritativeLanguage: AgreementLanguage;
  versions: readonly ProvisionVersion[];
}

/** The wording of `p` a finding drafted at `at` cites; none when the provision has no wording. */
export function citedWording(p: ProvisionWithVersions, at: Date): CitedProvision | null {
  const v = versionInForce(p.versions, at);
  if (!v) return null;
  return {
    code: p.code,
    agreementCode: p.agreementCode,
    authoritativeLanguage: p.authoritativeLanguage,
    version: v.version,
    textEn: v.textEn,
    textAr: v.textAr,
    recordedAt: v.recordedAt,
  };
}

/** Clause order as people read it: "…/2a" before "…/10". */
export function compareProvisionCodes(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
