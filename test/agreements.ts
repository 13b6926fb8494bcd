/** A minimal agreement with one provision (code TEST/1), created through the service. */
import type { Deps } from "../src/services/deps.js";
import { createAgreement } from "../src/services/agreements.js";

export async function createAgreementForTest(deps: Deps): Promise<void> {
  await createAgreement(
    deps,
    { kind: "system", name: "test" },
    {
      code: "TEST",
      titleEn: "Test truce",
      titleAr: "هدنة",
      signedAt: null,
      entryIntoForce: new Date("2020-01-12T00:00:00Z"),
      provisions: [
        {
          code: "TEST/1",
          textEn: "Cease all fire",
          textAr: "وقف إطلاق النار",
          obligatedParties: ["GNA", "LNA"],
        },
      ],
    },
  );
}
