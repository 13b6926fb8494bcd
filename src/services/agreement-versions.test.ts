import { beforeAll, expect, it } from "vitest";
import { countRows, describeEachEngine } from "../../test/db.js";
import { seedActors, type Actors } from "../../test/fixtures.js";
import { existingProvisionCodes } from "../store/agreements-repo.js";
import {
  addProvision,
  createAgreement,
  listAgreements,
  provisionHistory,
  retireProvision,
  reviseProvision,
  updateAgreement,
} from "./agreements.js";
import { verifyAudit } from "./audit.js";

describeEachEngine("provisions edited as new versions", (ctx) => {
  let a: Actors;
  const code = { code: "HOD/4" };

  beforeAll(async () => {
    a = await seedActors(ctx.deps);
    ctx.clock.set("2019-01-01T00:00:00Z");
    await createAgreement(ctx.deps, a.admin, {
      code: "HOD",
      titleEn: "Agreement on Hudaydah",
      titleAr: "اتفاق الحديدة",
      signedAt: new Date("2018-12-13T00:00:00Z"),
      entryIntoForce: new Date("2018-12-18T00:00:00Z"),
      authoritativeLanguage: "en",
      provisions: [
        {
          code: "HOD/4",
          textEn: "Redeploy within 14 days",
          textAr: "إعادة الانتشار خلال 14 يوما",
          obligatedParties: ["GNA"],
        },
      ],
    });
  });

  it("a new wording is a new version; the old one stays readable with who, when and why", async () => {
    ctx.clock.set("2019-02-01T00:00:00Z");
    const revised = await reviseProvision(ctx.deps, a.chief, code, {
      textEn: "Redeploy within 21 days",
      textAr: "إعادة الانتشار خلال 21 يوما",
      obligatedParties: ["GNA", "LNA"],
      reason: "The agreed text says 21 days.",
    });
    expect(revised.version).toBe(2);
    const h = await provisionHistory(ctx.deps, a.liaisonGna, code);
    expect(h.versions.map((v) => [v.version, v.textEn, v.recordedBy])).toEqual([
      [1, "Redeploy within 14 days", "user:admin"],
      [2, "Redeploy within 21 days", "user:chief"],
    ]);
    expect(h.versions[1]!.reason).toEqual({
      kind: "stated",
      text: "The agreed text says 21 days.",
    });
    expect(h.versions[0]!.reason).toEqual({ kind: "first_recorded" });
    const [listed] = await listAgreements(ctx.deps, a.monitor);
    expect(listed!.provisions[0]).toMatchObject({ version: 2, obligatedParties: ["GNA", "LNA"] });
  });

  it("a finding drafted before the change cites the wording in force when it was drafted", async () => {
    const at = async (t: string) =>
      (await provisionHistory(ctx.deps, a.analyst, code, new Date(t))).inForce;
    expect(await at("2019-01-15T00:00:00Z")).toBe(1);
    expect(await at("2019-02-01T00:00:00Z")).toBe(2);
    expect(await at("2020-01-01T00:00:00Z")).toBe(2);
    // Before any wording was recorded, the first is the one cited.
    expect(await at("2018-12-20T00:00:00Z")).toBe(1);
  });

  it("the same wording again records nothing; a change needs a reason", async () => {
    const before = await countRows(ctx.deps.db, "provision_versions");
    const same = {
      textEn: "Redeploy within 21 days",
      textAr: "إعادة الانتشار خلال 21 يوما",
      obligatedParties: ["LNA", "GNA"],
    };
    await reviseProvision(ctx.deps, a.chief, code, { ...same, reason: "Again." });
    expect(await countRows(ctx.deps.db, "provision_versions")).toBe(before);
    await expect(
      reviseProvision(ctx.deps, a.chief, code, { ...same, textEn: "x", reason: " " }),
    ).rejects.toMatchObject({ code: "validation_failed", details: { field: "reason" } });
  });

  it("the wording table refuses an update: versions are never overwritten", async () => {
    await expect(
      ctx.deps.db.updateTable("provision_versions").set({ text_en: "changed" }).execute(),
    ).rejects.toThrow(/never overwritten/);
  });

  it("a liaison, a monitor or an analyst may not edit agreements", async () => {
    for (const who of [a.liaisonGna, a.monitor, a.analyst, a.commission]) {
      await expect(
        reviseProvision(ctx.deps, who, code, {
          textEn: "x",
          textAr: "",
          obligatedParties: [],
          reason: "r",
        }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(retireProvision(ctx.deps, who, code, { reason: "r" })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
  });

  it("adds a provision and edits the agreement's header, each audited", async () => {
    await addProvision(
      ctx.deps,
      a.chief,
      { code: "HOD" },
      {
        code: "HOD/5",
        textEn: "",
        textAr: "نزع الألغام",
        obligatedParties: ["LNA"],
      },
    );
    const updated = await updateAgreement(
      ctx.deps,
      a.admin,
      { code: "HOD" },
      {
        titleEn: "Agreement on the City of Hudaydah",
        titleAr: "اتفاق مدينة الحديدة",
        signedAt: new Date("2018-12-13T00:00:00Z"),
        entryIntoForce: new Date("2018-12-18T00:00:00Z"),
        authoritativeLanguage: "ar",
      },
    );
    expect(updated.authoritativeLanguage).toBe("ar");
    await expect(
      addProvision(
        ctx.deps,
        a.chief,
        { code: "HOD" },
        {
          code: "HOD/5",
          textEn: "dup",
          textAr: "",
          obligatedParties: [],
        },
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      addProvision(
        ctx.deps,
        a.chief,
        { code: "HOD" },
        {
          code: "HOD/6",
          textEn: "x",
          textAr: "",
          obligatedParties: ["NOPE"],
        },
      ),
    ).rejects.toMatchObject({ code: "party_not_found" });
  });

  it("a retired provision keeps its wordings but may no longer be cited or revised", async () => {
    const retired = await retireProvision(
      ctx.deps,
      a.chief,
      { code: "HOD/5" },
      {
        reason: "Completed.",
      },
    );
    expect(retired.retiredReason).toBe("Completed.");
    expect(await existingProvisionCodes(ctx.deps.db, ["HOD/4", "HOD/5"])).toEqual(
      new Set(["HOD/4"]),
    );
    await expect(
      reviseProvision(
        ctx.deps,
        a.chief,
        { code: "HOD/5" },
        {
          textEn: "changed",
          textAr: "",
          obligatedParties: [],
          reason: "r",
        },
      ),
    ).rejects.toMatchObject({ code: "provision_retired" });
    expect((await provisionHistory(ctx.deps, a.chief, { code: "HOD/5" })).versions).toHaveLength(1);
  });

  it("the audit chain still verifies", async () => {
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });
});
