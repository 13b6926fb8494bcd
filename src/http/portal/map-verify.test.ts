import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { mayView, type RecordKey, type Scenario } from "../../../test/route-rules.js";
import { buildScenario } from "../../../test/route-scenario.js";
import {
  checkpointStatement,
  offlineChecks,
  productStatement,
  type DetachedSignature,
} from "../../domain/signatures.js";
import { classifyIncident } from "../../services/classification.js";
import { publicMap } from "../../services/public-map.js";
import { VERIFY_SCRIPT } from "./verify-script.js";

interface Step {
  name: string;
  ok: boolean;
  text: string;
}
interface BrowserCheck {
  productStatement(p: object): string;
  checkpointStatement(c: object): string;
  offlineSteps(sig: unknown, sha: string): Promise<Step[]>;
  checkFile(
    bytes: Uint8Array,
    sig: unknown,
    getJson: (path: string) => Promise<unknown>,
  ): Promise<Step[]>;
}

/** The very text the portal serves as /portal/assets/verify.js, loaded as a module in Node. */
async function browserCheck(): Promise<BrowserCheck> {
  const file = join(mkdtempSync(join(tmpdir(), "cfm-verify-")), "verify.mjs");
  writeFileSync(file, VERIFY_SCRIPT);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as BrowserCheck;
}

describeEachEngine("the portal's map and signature check", (ctx) => {
  let app: FastifyInstance;
  let s: Scenario;
  let reference: string;

  beforeAll(async () => {
    s = await buildScenario(ctx.deps);
    ctx.clock.set("2020-02-01T10:00:00Z");
    app = await testApp(ctx);
    reference = (
      await ctx.deps.db
        .selectFrom("incidents")
        .select("reference")
        .where("id", "=", s.ids.iRel)
        .executeTakeFirstOrThrow()
    ).reference;
  }, 120_000);

  const page = async (url: string) => {
    const res = await app.inject({ method: "GET", url });
    return { status: res.statusCode, html: res.body, headers: res.headers };
  };
  const references = async (keys: RecordKey[]) =>
    (
      await ctx.deps.db
        .selectFrom("incidents")
        .select("reference")
        .where(
          "id",
          "in",
          keys.map((k) => s.ids[k]),
        )
        .execute()
    ).map((r) => r.reference);

  it("draws and lists the published incident on the public grid, never at its exact place", async () => {
    for (const lang of ["en", "ar"]) {
      const map = await page(`/portal/${lang}/map`);
      expect(map.status).toBe(200);
      expect(map.html).toContain("<svg");
      expect(map.html).toContain('class="violation"');
      expect(map.html).toContain(reference);
      expect(map.html).toContain(`/portal/${lang}/findings/${s.ids.iRel}`);
      // Reported at 32.795, 13.287: published on the 0.1° grid as 32.75, 13.25.
      expect(map.html).toContain("32.75, 13.25");
      for (const exact of ["32.795", "13.287", "32.79", "13.28", "13.29"])
        expect(map.html).not.toContain(exact);
      expect(map.html).toContain(`href="/portal/${lang}/map"`);
    }
  });

  it("never shows an incident of one party only, not public, embargoed, or not yet released", async () => {
    const others = await references(["iGna", "iLna", "iRoR", "iConf"]);
    const forbidden = (Object.keys(s.ids) as RecordKey[])
      .filter((r) => !mayView("public", r, s))
      .flatMap((r) => [s.canaries[r], s.ids[r]]);
    for (const lang of ["en", "ar"]) {
      const { html } = await page(`/portal/${lang}/map`);
      for (const secret of [...others, ...forbidden]) expect(html).not.toContain(secret);
    }
    const chief = s.actors.chief;
    const embargo = (embargoUntil: Date | null) =>
      classifyIncident(ctx.deps, chief, s.ids.iRel, {
        classification: "public",
        concernedParties: ["GNA", "LNA"],
        embargoUntil,
        reason: "Test of the public map.",
      });
    await embargo(new Date("2020-03-01T00:00:00Z"));
    expect((await page("/portal/en/map")).html).not.toContain(reference);
    await embargo(null);
    expect((await page("/portal/en/map")).html).toContain(reference);

    const { release_at } = await ctx.deps.db
      .selectFrom("releases")
      .select("release_at")
      .where("id", "=", s.ids.xRel)
      .executeTakeFirstOrThrow();
    const now = ctx.clock();
    ctx.clock.set(new Date(new Date(release_at).getTime() - 1000).toISOString());
    try {
      expect((await page("/portal/en/map")).html).not.toContain(reference);
    } finally {
      ctx.clock.set(now.toISOString());
    }
    expect((await page("/portal/en/map")).html).toContain(reference);
  });

  it("chooses the period and category with a plain GET form", async () => {
    const { html } = await page("/portal/en/map");
    expect(html).toMatch(/<form class="portal filters" method="get" action="\/portal\/en\/map">/);
    expect((await page("/portal/en/map?from=2020-01-14&to=2020-01-15&category=A3")).html).toContain(
      reference,
    );
    const other = await page("/portal/en/map?category=A1");
    expect(other.status).toBe(200);
    expect(other.html).not.toContain(reference);
    expect(other.html).toContain("No published incident matches this period and category.");
    expect((await page("/portal/en/map?from=2020-01-16")).html).not.toContain(reference);
    expect((await page("/portal/en/map?to=2020-01-13")).html).not.toContain(reference);
    // An empty field is no filter.
    expect((await page("/portal/en/map?from=&to=&category=")).html).toContain(reference);
  });

  it("lays the Arabic page out right to left, with Arabic place names", async () => {
    const [record] = (await publicMap(ctx.deps, {})).records;
    expect(record?.placeAr ?? record?.admin1Ar).toBeTruthy();
    const arabicName = (record!.placeAr ?? record!.admin1Ar)!;
    const latinName = (record!.place ?? record!.admin1)!;
    const ar = await page("/portal/ar/map");
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.html).toContain(arabicName);
    expect(ar.html).toContain("خريطة الحوادث المنشورة");
    const en = await page("/portal/en/map");
    expect(en.html).toContain(latinName);
    expect(en.html).not.toContain(arabicName);
  });

  it("answers a bad query with a 400 page in the reader's language, never a 500", async () => {
    const ar = await page("/portal/ar/map?from=2020-13-45");
    expect(ar.status).toBe(400);
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.html).toContain("«2020-13-45» ليس يومًا");
    const en = await page("/portal/en/map?to=14/01/2020");
    expect(en.status).toBe(400);
    expect(en.html).toContain("“14/01/2020” is not a day");
    for (const q of [
      "category=Z9",
      "page=0",
      "page=abc",
      "page=99",
      "from=2020-02-01&to=2020-01-01",
      "from=a&from=b",
    ]) {
      const res = await page(`/portal/en/map?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.html, q).toContain('<p class="notice" role="alert">');
    }
  });

  it("serves the signature check with its script, linked from the reports and keys pages", async () => {
    for (const lang of ["en", "ar"]) {
      const plain = await page(`/portal/${lang}/verify`);
      expect(plain.status).toBe(200);
      expect(plain.html).toContain(
        '<script type="module" src="/portal/assets/verify.js"></script>',
      );
      expect(plain.html).toContain("cfm verify FILE.pdf");
      expect(plain.html).not.toContain("data-sig-pdf");
      const one = await page(`/portal/${lang}/verify?report=${s.ids.pRel}`);
      expect(one.status).toBe(200);
      expect(one.html).toContain(
        `data-sig-pdf="/api/v1/public/reports/${s.ids.pRel}.pdf.cfm-sig.json"`,
      );
      expect((await page(`/portal/${lang}/reports`)).html).toContain(
        `/portal/${lang}/verify?report=${s.ids.pRel}`,
      );
      expect((await page(`/portal/${lang}/keys`)).html).toContain(`/portal/${lang}/verify"`);
    }
    expect((await page(`/portal/en/verify?report=${s.ids.pDraft}`)).status).toBe(404);
    const bad = await page("/portal/ar/verify?report=nope");
    expect(bad.status).toBe(400);
    expect(bad.html).toContain("لا يوجد تقرير منشور بهذا المرجع.");
    const script = await page("/portal/assets/verify.js");
    expect(script.status).toBe(200);
    expect(script.headers["content-type"]).toContain("text/javascript");
  });

  it("builds the statements in the browser byte for byte as the server does", async () => {
    const check = await browserCheck();
    const samples = [
      {
        kind: "report" as const,
        id: "0b7e3d4c-1f2a-4b5c-8d9e-0f1a2b3c4d5e",
        sha256: "a".repeat(64),
        keyId: "0123456789abcdef",
        signedAt: "2020-01-15T08:00:00.000Z",
      },
      {
        kind: "finding-release" as const,
        id: 'قصف "سرت" \\ \u2028 é',
        sha256: "0".repeat(64),
        keyId: "fedcba9876543210",
        signedAt: "2020-10-23T23:59:59.999Z",
      },
    ];
    for (const p of samples) {
      expect(check.productStatement({ ...p, signature: "ignored" })).toBe(
        productStatement(p).toString("utf8"),
      );
      const c = { seq: 1234, headHash: p.sha256, at: p.signedAt, keyId: p.keyId };
      expect(check.checkpointStatement({ ...c, signature: "ignored" })).toBe(
        checkpointStatement(c).toString("utf8"),
      );
    }
  });

  it("checks the published PDF as valid in the browser's code, and refuses it once a byte changes", async () => {
    const check = await browserCheck();
    const pdf = await app.inject({
      method: "GET",
      url: `/api/v1/public/reports/${s.ids.pRel}.pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    const sig = JSON.parse(
      (await page(`/api/v1/public/reports/${s.ids.pRel}.pdf.cfm-sig.json`)).html,
    ) as DetachedSignature;
    const getJson = async (path: string) => JSON.parse((await page(path)).html) as unknown;
    const bytes = new Uint8Array(pdf.rawPayload);
    const good = await check.checkFile(bytes, sig, getJson);
    expect(good.map((st) => [st.name, st.ok])).toEqual([
      ["hash", true],
      ["signature", true],
      ["checkpoint", true],
      ["productKey", true],
      ["checkpointKey", true],
      ["published", true],
    ]);
    // The server's own offline checks agree.
    expect(offlineChecks(sig, sig.sha256).every((st) => st.ok)).toBe(true);
    const changed = Uint8Array.from(bytes);
    const at = Math.floor(changed.length / 2);
    changed[at] = changed[at]! ^ 1;
    const bad = await check.checkFile(changed, sig, getJson);
    expect(bad.filter((st) => !st.ok).map((st) => st.text)).toEqual(["hashFail"]);
    const forged = { ...sig, signedAt: "2020-01-01T00:00:00.000Z" };
    const refused = await check.offlineSteps(forged, sig.sha256);
    expect(refused.map((st) => st.ok)).toEqual([true, false, true]);
  });
});
