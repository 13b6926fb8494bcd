/** Recording agreements with their provisions, and reading them. */
import { randomUUID } from "node:crypto";
import { checkAgreementInput, type Agreement, type AgreementInput } from "../domain/agreements.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { insertAgreement, listAgreementRows, takenCodes } from "../store/agreements-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { requirePartiesExist } from "./parties.js";

/** Agreement texts are part of the mandate: the chief or an administrator records them. */
const AGREEMENT_ROLES = ["chief", "admin"];

export async function createAgreement(
  deps: Deps,
  actor: Actor,
  input: AgreementInput,
): Promise<Agreement> {
  // System actors (the CLI, the demo seed) act for the operator.
  if (actor.kind !== "system") requireRole(actor, AGREEMENT_ROLES, "record agreements");
  checkAgreementInput(input);
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const taken = await takenCodes(
      tx,
      input.code,
      input.provisions.map((p) => p.code),
    );
    if (taken.length) {
      throw new DomainError("conflict", `These codes are already recorded: ${taken.join(", ")}.`, {
        codes: taken,
      });
    }
    await requirePartiesExist(
      deps,
      tx,
      input.provisions.flatMap((p) => p.obligatedParties),
    );
    const id = randomUUID();
    const provisions = input.provisions.map((p) => ({ ...p, id: randomUUID() }));
    const agreement: Agreement = {
      id,
      code: input.code,
      titleEn: input.titleEn,
      titleAr: input.titleAr,
      signedAt: input.signedAt,
      entryIntoForce: input.entryIntoForce,
      provisions,
    };
    await insertAgreement(tx, agreement);
    await appendAudit(tx, {
      actor,
      action: "agreement.created",
      subject: `agreement:${id}`,
      at: now,
      rows: [
        { table: "agreements", id },
        ...provisions.map((p) => ({ table: "provisions" as const, id: p.id })),
      ],
      details: { code: input.code, provisions: provisions.map((p) => p.code) },
    });
    return agreement;
  });
}

/** Agreements are public texts: every logged-in user may read them, whatever the role. */
export async function listAgreements(deps: Deps, actor: Actor): Promise<Agreement[]> {
  requireUser(actor);
  return listAgreementRows(deps.db);
}
