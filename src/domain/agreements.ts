/** Agreements and their provisions (clauses): what findings cite as breached. */
import { DomainError } from "./errors.js";

interface ProvisionInput {
  /** Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a". */
  code: string;
  textEn: string;
  textAr: string;
  obligatedParties: string[];
}

export interface AgreementInput {
  code: string;
  titleEn: string;
  titleAr: string;
  /** Null when the agreement was announced and accepted but never signed (a truce). */
  signedAt: Date | null;
  /** "D": deadlines of commitments count from this moment. */
  entryIntoForce: Date;
  provisions: ProvisionInput[];
}

export interface Provision extends ProvisionInput {
  id: string;
}

export interface Agreement extends Omit<AgreementInput, "provisions"> {
  id: string;
  provisions: Provision[];
}

export function checkAgreementInput(input: AgreementInput): void {
  if (input.provisions.length === 0) {
    throw new DomainError(
      "validation_failed",
      "An agreement needs at least one provision: findings cite provisions, not agreements.",
      { field: "provisions" },
    );
  }
  const seen = new Set<string>();
  for (const p of input.provisions) {
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

/** Clause order as people read it: "…/2a" before "…/10". */
export function compareProvisionCodes(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
