/** A minimal agreement with one provision, written directly with its audit entry. */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../src/services/audit.js";
import { inTransaction, type Deps } from "../src/services/deps.js";

export async function createAgreementForTest(deps: Deps): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const agreementId = randomUUID();
    const provisionId = randomUUID();
    await tx
      .insertInto("agreements")
      .values({
        id: agreementId,
        code: "TEST",
        title_en: "Test truce",
        title_ar: "هدنة",
        entry_into_force: new Date("2020-01-12T00:00:00Z"),
      })
      .execute();
    await tx
      .insertInto("provisions")
      .values({
        id: provisionId,
        agreement_id: agreementId,
        code: "TEST/1",
        text_en: "Cease all fire",
        text_ar: "وقف إطلاق النار",
        obligated_parties: ["GNA", "LNA"],
      })
      .execute();
    await appendAudit(tx, {
      actor: { kind: "system", name: "test" },
      action: "agreement.created",
      subject: `agreement:${agreementId}`,
      at: deps.clock(),
      rows: [
        { table: "agreements", id: agreementId },
        { table: "provisions", id: provisionId },
      ],
    });
  });
}
