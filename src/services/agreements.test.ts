import { beforeAll, expect, it } from "vitest";
import type { AgreementInput } from "../domain/agreements.js";
import { describeEachEngine } from "../../test/db.js";
import { seedActors, type Actors } from "../../test/fixtures.js";
import { createAgreement, listAgreements } from "./agreements.js";
import { verifyAudit } from "./audit.js";

function agreement(overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    code: "CFA-1",
    titleEn: "Ceasefire agreement",
    titleAr: "اتفاق وقف إطلاق النار",
    signedAt: new Date("2020-10-23T09:00:00Z"),
    entryIntoForce: new Date("2020-10-23T09:00:00Z"),
    provisions: [
      { code: "CFA-1/1", textEn: "Cease fire", textAr: "وقف النار", obligatedParties: ["GNA"] },
    ],
    ...overrides,
  };
}

describeEachEngine("agreements service", (ctx) => {
  let a: Actors;

  beforeAll(async () => {
    a = await seedActors(ctx.deps);
  });

  it("records an agreement and all its provisions under one audit entry", async () => {
    const before = await verifyAudit(ctx.deps.db);
    const created = await createAgreement(
      ctx.deps,
      a.admin,
      agreement({
        provisions: [
          { code: "CFA-1/1", textEn: "Cease fire", textAr: "وقف النار", obligatedParties: [] },
          {
            code: "CFA-1/2",
            textEn: "Return to camps",
            textAr: "العودة إلى المعسكرات",
            obligatedParties: ["GNA", "LNA"],
          },
        ],
      }),
    );
    const after = await verifyAudit(ctx.deps.db);
    expect(after.ok).toBe(true);
    expect(after.entries).toBe(before.entries + 1);
    const entry = await ctx.deps.db
      .selectFrom("audit_entries")
      .selectAll()
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe("agreement.created");
    expect(entry.subject).toBe(`agreement:${created.id}`);
    // The agreement, its two provisions and their first wordings.
    expect((entry.data as { rows: unknown[] }).rows).toHaveLength(5);
    const [listed] = await listAgreements(ctx.deps, a.liaisonLna);
    expect(listed).toEqual(created);
  });

  it("a party liaison or an analyst may not record agreements", async () => {
    for (const actor of [a.liaisonGna, a.analyst]) {
      await expect(
        createAgreement(ctx.deps, actor, agreement({ code: "X" })),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("refuses a code already in use, for the agreement or any provision", async () => {
    await expect(createAgreement(ctx.deps, a.chief, agreement())).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      createAgreement(ctx.deps, a.chief, agreement({ code: "CFA-2" })),
    ).rejects.toMatchObject({ code: "conflict", details: { codes: ["CFA-1/1"] } });
  });

  it("refuses an unknown obligated party, an empty or a repeated provision list", async () => {
    const p = { code: "CFA-3/1", textEn: "x", textAr: "س", obligatedParties: ["XYZ"] };
    await expect(
      createAgreement(ctx.deps, a.chief, agreement({ code: "CFA-3", provisions: [p] })),
    ).rejects.toMatchObject({ code: "party_not_found" });
    await expect(
      createAgreement(ctx.deps, a.chief, agreement({ code: "CFA-3", provisions: [] })),
    ).rejects.toMatchObject({ code: "validation_failed" });
    const ok = { ...p, obligatedParties: [] };
    await expect(
      createAgreement(ctx.deps, a.chief, agreement({ code: "CFA-3", provisions: [ok, ok] })),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await listAgreements(ctx.deps, a.chief)).toHaveLength(1);
  });

  it("reading needs a login", async () => {
    await expect(listAgreements(ctx.deps, { kind: "public" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});
