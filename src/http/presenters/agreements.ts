/** What of an agreement leaves the server: the whole public text, the same for every viewer. */
import type { Agreement, Provision } from "../../domain/agreements.js";
import type { AgreementOut, ProvisionOut } from "../schemas/reference-responses.js";

function presentProvision(p: Provision): ProvisionOut {
  return {
    id: p.id,
    code: p.code,
    textEn: p.textEn,
    textAr: p.textAr,
    obligatedParties: p.obligatedParties,
  };
}

export function presentAgreement(a: Agreement): AgreementOut {
  return {
    id: a.id,
    code: a.code,
    titleEn: a.titleEn,
    titleAr: a.titleAr,
    signedAt: a.signedAt?.toISOString() ?? null,
    entryIntoForce: a.entryIntoForce.toISOString(),
    provisions: a.provisions.map(presentProvision),
  };
}
