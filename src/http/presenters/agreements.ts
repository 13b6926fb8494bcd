/**
 * What of an agreement leaves the server: the whole public text, the same for every viewer;
 * parties and the joint body's delegations (members by name, never a credential).
 */
import type { Agreement, Provision, ProvisionVersion } from "../../domain/agreements.js";
import type { FindingCitedProvision, ProvisionHistory } from "../../services/agreements.js";
import type { Delegation } from "../../services/delegations.js";
import type { Party } from "../../services/parties.js";
import type {
  AgreementOut,
  CitedProvisionOut,
  DelegateOut,
  PartyOut,
  ProvisionOut,
  ProvisionVersionOut,
} from "../schemas/reference-responses.js";

export function presentProvision(p: Provision): ProvisionOut {
  return {
    id: p.id,
    code: p.code,
    version: p.version,
    textEn: p.textEn,
    textAr: p.textAr,
    obligatedParties: p.obligatedParties,
    retiredAt: p.retiredAt?.toISOString() ?? null,
    retiredReason: p.retiredReason,
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
    authoritativeLanguage: a.authoritativeLanguage,
    provisions: a.provisions.map(presentProvision),
  };
}

function presentVersion(v: ProvisionVersion): ProvisionVersionOut {
  return {
    version: v.version,
    textEn: v.textEn,
    textAr: v.textAr,
    obligatedParties: v.obligatedParties,
    reason: v.reason.kind === "stated" ? v.reason.text : null,
    reasonKind: v.reason.kind,
    importedFrom: v.reason.kind === "imported" ? v.reason.file : null,
    recordedBy: v.recordedBy,
    recordedAt: v.recordedAt.toISOString(),
  };
}

export function presentCitedProvision(c: FindingCitedProvision): CitedProvisionOut {
  return {
    findingVersion: c.findingVersion,
    code: c.code,
    agreementCode: c.agreementCode,
    authoritativeLanguage: c.authoritativeLanguage,
    version: c.version,
    textEn: c.textEn,
    textAr: c.textAr,
    recordedAt: c.recordedAt.toISOString(),
  };
}

export function presentProvisionHistory(h: ProvisionHistory) {
  return {
    provision: presentProvision(h.provision),
    agreementCode: h.agreementCode,
    versions: h.versions.map(presentVersion),
    inForce: h.inForce,
  };
}

export function presentParty(p: Party): PartyOut {
  return {
    code: p.code,
    nameEn: p.nameEn,
    nameAr: p.nameAr,
    shortEn: p.shortEn ?? p.code,
    shortAr: p.shortAr ?? p.nameAr,
    colour: p.colour,
    authoritativeLanguage: p.authoritativeLanguage ?? "en",
  };
}

function presentDelegate(u: Delegation["members"][number]): DelegateOut {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    disabled: u.disabled,
  };
}

export function presentDelegation(d: Delegation) {
  return {
    party: d.party,
    head: d.head ? presentDelegate(d.head) : null,
    members: d.members.map(presentDelegate),
    updatedAt: d.updatedAt?.toISOString() ?? null,
    eligible: d.eligible.map(presentDelegate),
  };
}
