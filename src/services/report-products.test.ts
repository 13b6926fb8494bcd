import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DETACHED_SUFFIX } from "../domain/signatures.js";
import { runVerify } from "../cli/verify.js";
import type { Readable } from "node:stream";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import { verifyAudit } from "./audit.js";
import { classifyIncident } from "./classification.js";
import { createIncident } from "./incident-triage.js";
import { createReport } from "./intake.js";
import {
  createProduct,
  editProduct,
  getProduct,
  listProducts,
  listPublicProducts,
  moveProduct,
  productFile,
  productSignatureFile,
  publicProductFile,
  publicProductSignatureFile,
  regenerateProduct,
  releaseProduct,
} from "./report-products.js";

async function text(body: Readable | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const parts: Buffer[] = [];
  for await (const c of body) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

const pdfText = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");

describeEachEngine("report products", (ctx) => {
  let a: Actors;
  let listedRef: string;

  beforeAll(async () => {
    a = await seedActors(ctx.deps);
    // A monitor's observation of shelling near Ain Zara, 12 explosions, classified public for
    // both parties: listed. A GNA complaint about the same night, concerning the GNA only: counted,
    // never listed.
    const seen = await createReport(
      ctx.deps,
      a.monitor,
      reportInput({ sourceKind: "monitor", counts: { explosions: 12 } }),
    );
    const listed = await createIncident(ctx.deps, a.intake, { reportIds: [seen.report.id] });
    await classifyIncident(ctx.deps, a.chief, listed.id, {
      classification: "public",
      concernedParties: ["GNA", "LNA"],
      reason: "Both parties concerned.",
    });
    listedRef = listed.reference;
    const complaint = await createReport(
      ctx.deps,
      a.liaisonGna,
      reportInput({
        allegedParty: "LNA",
        counts: { explosions: 3 },
        occurredFrom: new Date("2020-01-15T02:00:00Z"),
        occurredTo: new Date("2020-01-15T03:00:00Z"),
        description: "SECRET-GNA-COMPLAINT shelling.",
      }),
    );
    const internal = await createIncident(ctx.deps, a.intake, {
      reportIds: [complaint.report.id],
      title: "SECRET-GNA-TITLE",
    });
    await classifyIncident(ctx.deps, a.chief, internal.id, {
      classification: "internal",
      concernedParties: ["GNA", "LNA"],
      reason: "Internal for now.",
    });
  });

  it("an analyst generates the daily report: violations per sector, explosions, the listed incident only", async () => {
    const { product } = await createProduct(ctx.deps, a.analyst, {
      kind: "daily",
      classification: "public",
      day: "2020-01-15",
    });
    expect(product.reference).toBe("DR-2020-01-15");
    expect(product.state).toBe("draft");
    // 19:30 in Tripoli (UTC+2) on the 14th to 19:30 on the 15th.
    expect(product.periodFrom.toISOString()).toBe("2020-01-14T17:30:00.000Z");
    expect(product.periodTo.toISOString()).toBe("2020-01-15T17:30:00.000Z");
    const summary = product.generated.sections.find((s) => s.key === "summary");
    // The internal incident is neither counted nor listed.
    expect(summary).toMatchObject({ totals: { violations: 1, explosions: 12, incidents: 1 } });
    const annex = product.generated.sections.find((s) => s.key === "annex");
    expect(annex?.key === "annex" && annex.incidents.map((i) => i.reference)).toEqual([listedRef]);
    expect(annex?.key === "annex" && annex.incidents[0]!.place?.name.ar).toBe("عين زارة");
    expect(JSON.stringify(product.generated)).not.toContain("SECRET-GNA");
  });

  it("added text survives regeneration; the author may not approve; another analyst does; the chief releases", async () => {
    const { product } = await createProduct(ctx.deps, a.analyst, {
      kind: "daily",
      classification: "public",
      day: "2020-01-15",
    });
    expect(product.reference).toBe("DR-2020-01-15-2");
    await editProduct(ctx.deps, a.analyst, product.id, {
      added: {
        summary: { en: "Calm overall.", ar: "الهدوء عمومًا." },
        annex: { en: "PARTIES-ONLY-NOTE", ar: "ملاحظة للأطراف فقط" },
      },
    });
    const again = await regenerateProduct(ctx.deps, a.analyst, product.id);
    expect(again.added.summary?.en).toBe("Calm overall.");
    await moveProduct(ctx.deps, a.analyst, product.id, "submit");
    await expect(moveProduct(ctx.deps, a.analyst, product.id, "approve")).rejects.toMatchObject({
      code: "product_four_eyes",
    });
    await expect(releaseProduct(ctx.deps, a.chief, product.id)).rejects.toMatchObject({
      code: "product_state_conflict",
    });
    await moveProduct(ctx.deps, a.analyst2, product.id, "approve");
    await expect(releaseProduct(ctx.deps, a.analyst2, product.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    // Before the release, a party's liaison does not know the product exists.
    await expect(getProduct(ctx.deps, a.liaisonLna, product.id)).rejects.toMatchObject({
      code: "product_not_found",
    });
    const released = await releaseProduct(ctx.deps, a.chief, product.id);
    expect(released.state).toBe("released");
    expect(released.releaseAt?.getTime()).toBe(ctx.clock().getTime());
    expect(released.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // Both parties read the same bytes from the release instant.
    const gna = await text((await productFile(ctx.deps, a.liaisonGna, product.id, "pdf")).body);
    const lna = await text((await productFile(ctx.deps, a.liaisonLna, product.id, "pdf")).body);
    expect(gna.equals(lna)).toBe(true);
    const pdf = pdfText(gna);
    expect(pdf).toContain("التقرير اليومي — ");
    expect(pdf).toContain("عين زارة");
    expect(pdf).toContain("Daily report");
    const partiesHtml = (
      await text((await productFile(ctx.deps, a.liaisonGna, product.id, "html")).body)
    ).toString();
    expect(partiesHtml).toContain("PARTIES-ONLY-NOTE");
    expect(partiesHtml).toContain(released.contentHash);
    expect(partiesHtml).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);

    // The public version: no parties-only section, nor its added text.
    expect((await listPublicProducts(ctx.deps, { limit: 10 })).map((p) => p.id)).toContain(
      product.id,
    );
    const publicHtml = (
      await text((await publicProductFile(ctx.deps, product.id, "html")).body)
    ).toString();
    expect(publicHtml).toContain("Calm overall.");
    expect(publicHtml).not.toContain("PARTIES-ONLY-NOTE");
    expect(publicHtml).not.toContain("s-annex");
    expect(publicHtml).not.toContain(listedRef + "</span>");

    // Frozen: the row no longer changes.
    await expect(editProduct(ctx.deps, a.chief, product.id, { added: {} })).rejects.toMatchObject({
      code: "product_state_conflict",
    });
    await expect(
      ctx.deps.db
        .updateTable("report_products")
        .set({ added: "{}" })
        .where("id", "=", product.id)
        .execute(),
    ).rejects.toThrow(/released and frozen/);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);

    // Every released file is signed: `cfm verify` accepts the PDF with its signature beside it,
    // and refuses it after a one-byte change; a party may not fetch the public file's twin early.
    const dir = mkdtempSync(join(tmpdir(), "cfm-product-"));
    const pdfPath = join(dir, `${product.reference}.pdf`);
    writeFileSync(pdfPath, gna);
    const sig = await productSignatureFile(ctx.deps, a.liaisonGna, product.id, "pdf");
    expect(sig).toMatchObject({ kind: "report", id: `${product.id}/partiesPdf` });
    writeFileSync(pdfPath + DETACHED_SUFFIX, JSON.stringify(sig));
    const verify = async () => {
      const err: string[] = [];
      const code = await runVerify(
        pdfPath,
        {},
        {
          out: () => {},
          err: (l) => err.push(l),
          fetch,
          openDatabase: async () => ({ deps: ctx.deps, close: async () => {} }),
        },
      );
      return { code, err: err.join("\n") };
    };
    expect((await verify()).code).toBe(0);
    const changed = Buffer.from(gna);
    changed[changed.length - 10] = changed[changed.length - 10]! ^ 1;
    writeFileSync(pdfPath, changed);
    expect((await verify()).code).toBe(1);
    const publicSig = await publicProductSignatureFile(ctx.deps, product.id, "html");
    expect(publicSig.sha256).toBe(released.files.publicHtml);
    await expect(
      productSignatureFile(
        ctx.deps,
        a.analyst,
        (
          await createProduct(ctx.deps, a.analyst, {
            kind: "daily",
            classification: "public",
            day: "2020-01-14",
          })
        ).product.id,
        "pdf",
      ),
    ).rejects.toMatchObject({ code: "release_unsigned" });
  }, 60_000);

  it("a party's liaison lists released products only; drafts stay unseen", async () => {
    const list = await listProducts(ctx.deps, a.liaisonGna, { limit: 50 });
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((p) => p.state === "released")).toBe(true);
    const mission = await listProducts(ctx.deps, a.reviewer, { limit: 50 });
    expect(mission.some((p) => p.state === "draft")).toBe(true);
    await expect(listProducts(ctx.deps, a.monitor, { limit: 5 })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("a retry with the same idempotency key gives the same draft; a different request is refused", async () => {
    const input = {
      kind: "periodic" as const,
      classification: "parties" as const,
      from: "2020-01-01",
      to: "2020-01-31",
    };
    const first = await createProduct(ctx.deps, a.chief, input, {
      idempotencyKey: "period-jan-2020",
    });
    const again = await createProduct(ctx.deps, a.chief, input, {
      idempotencyKey: "period-jan-2020",
    });
    expect(again).toMatchObject({ replayed: true, product: { id: first.product.id } });
    await expect(
      createProduct(
        ctx.deps,
        a.chief,
        { ...input, to: "2020-01-30" },
        { idempotencyKey: "period-jan-2020" },
      ),
    ).rejects.toMatchObject({ code: "idempotency_key_reused" });
    const complaints = first.product.generated.sections.find((s) => s.key === "complaints");
    expect(complaints?.key === "complaints" && complaints.rows).toEqual([
      { party: "GNA", category: "A3", complaints: 1, outcomes: { no_finding: 1 } },
    ]);
  });

  it("a spot report needs an incident both parties may read", async () => {
    const secret = (
      await ctx.deps.db
        .selectFrom("incidents")
        .select("id")
        .where("title", "=", "SECRET-GNA-TITLE")
        .executeTakeFirstOrThrow()
    ).id;
    await expect(
      createProduct(ctx.deps, a.analyst, {
        kind: "spot",
        classification: "public",
        incidentId: secret,
      }),
    ).rejects.toMatchObject({ code: "product_incident_not_releasable" });
  });
});
