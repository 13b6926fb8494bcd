import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { createAgreementForTest } from "../../../test/agreements.js";
import { describeEachEngine } from "../../../test/db.js";
import {
  PASSWORD,
  loginAll,
  seedActors,
  seedThirdParty,
  type TestUserName,
} from "../../../test/fixtures.js";
import { canonicalJson, sha256Hex } from "../../domain/audit-chain.js";
import { login } from "../../services/auth.js";

/** Findings in Arabic and English: what goes in, what each reader gets out, and what never leaks. */
describeEachEngine("finding narratives in two languages", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let actors: Awaited<ReturnType<typeof seedActors>>;
  /** A liaison of a third party, which no incident here concerns. */
  let tpfToken: string;

  async function at(when: string) {
    ctx.clock.set(when);
    t = await loginAll(ctx.deps, actors);
    tpfToken = ((await login(ctx.deps, "liaisontpf", PASSWORD)) as { token: string }).token;
  }

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    await seedThirdParty(ctx.deps);
    await at("2020-01-15T08:00:00Z");
    await createAgreementForTest(ctx.deps);
    app = await testApp(ctx);
  });

  const get = (token: string | undefined, url: string) =>
    call(app, "GET", `/api/v1${url}`, token ? { token } : {});
  const post = (token: string, url: string, body: unknown) =>
    call(app, "POST", `/api/v1${url}`, { token, body });
  const move = (token: string, id: string, to: string, extra: Record<string, unknown> = {}) =>
    post(token, `/incidents/${id}/transitions`, { to, ...extra });

  const finding = {
    outcome: "violation_unattributed",
    verificationLevel: "V2",
    attributionLevel: "undetermined",
    provisions: ["TEST/1"],
    severity: 2,
    standardOfProof: "reasonable_grounds",
    authoritativeLanguage: "ar",
    publicNarrativeAr: "سقطت قذائف هاون على حي سكني في عين زارة.",
    publicNarrative: "Mortar rounds struck a residential area of Ain Zara.",
    restrictedNarrativeAr: "يشير تحليل الحفر إلى صواريخ غراد من الجنوب.",
    restrictedNarrative: "Crater analysis points to Grad rockets from the south.",
  };
  const RESTRICTED_WORDS = ["غراد", "Grad rockets"];

  async function incidentUnderVerification(): Promise<string> {
    const gna = await post(t.liaisonGna, "/reports", reportJson({ allegedParty: "LNA" }));
    const inc = await post(t.intake, "/incidents", { reportIds: [gna.body.id] });
    const id = inc.body.id as string;
    await move(t.intake, id, "triaged");
    await move(t.analyst, id, "under_verification");
    return id;
  }

  describe("drafting", () => {
    let id: string;
    beforeAll(async () => {
      id = await incidentUnderVerification();
    });

    it("a finding carries both narratives and its authoritative language, in and out", async () => {
      const res = await post(t.analyst, `/incidents/${id}/findings`, finding);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        authoritativeLanguage: "ar",
        publicNarrativeAr: finding.publicNarrativeAr,
        publicNarrative: finding.publicNarrative,
        restrictedNarrativeAr: finding.restrictedNarrativeAr,
        restrictedNarrative: finding.restrictedNarrative,
      });
      const page = await get(t.reviewer, `/incidents/${id}`);
      expect(page.body.findings[0]).toMatchObject({
        authoritativeLanguage: "ar",
        publicNarrativeAr: finding.publicNarrativeAr,
      });
    });

    it("the authoritative narrative is required; the field is named and nothing is written", async () => {
      const before = (await get(t.reviewer, `/incidents/${id}`)).body.findings.length;
      const res = await post(t.analyst, `/incidents/${id}/findings`, {
        ...finding,
        publicNarrativeAr: "",
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.details.field).toBe("publicNarrativeAr");
      expect(res.body.error.message).toMatch(/Arabic, the authoritative language/);
      const translationOnly = await post(t.analyst, `/incidents/${id}/findings`, {
        ...finding,
        authoritativeLanguage: "en",
        restrictedNarrative: "",
      });
      expect(translationOnly.status).toBe(400);
      expect(translationOnly.body.error.details.field).toBe("restrictedNarrative");
      expect((await get(t.reviewer, `/incidents/${id}`)).body.findings).toHaveLength(before);
    });

    it("an unknown authoritative language is refused naming the field", async () => {
      const res = await post(t.analyst, `/incidents/${id}/findings`, {
        ...finding,
        authoritativeLanguage: "fr",
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain("authoritativeLanguage");
    });

    it("a finding written only in English keeps the old shape: English authoritative, Arabic missing", async () => {
      const res = await post(t.analyst, `/incidents/${id}/findings`, {
        outcome: "pending",
        verificationLevel: "V1",
        attributionLevel: "undetermined",
        publicNarrative: "Still being verified.",
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        authoritativeLanguage: "en",
        publicNarrativeAr: "",
        restrictedNarrativeAr: "",
      });
    });
  });

  describe("release", () => {
    let id: string;
    let releaseId: string;

    beforeAll(async () => {
      await at("2020-01-20T08:00:00Z");
      id = await incidentUnderVerification();
      expect((await post(t.analyst, `/incidents/${id}/findings`, finding)).status).toBe(201);
      await move(t.analyst, id, "assessed");
      await move(t.analyst, id, "in_review");
    });

    it("before release no party reads the narratives, in either language", async () => {
      const page = await get(t.liaisonGna, `/incidents/${id}`);
      expect(page.status).toBe(200);
      expect(page.body.findings).toEqual([]);
      for (const word of [...RESTRICTED_WORDS, "عين زارة"]) expect(page.raw).not.toContain(word);
    });

    it("a release to the parties carries both languages, and its hash checks", async () => {
      await move(t.chief, id, "endorsed");
      expect((await move(t.chief, id, "restricted_release")).status).toBe(200);
      const list = await get(t.chief, `/releases?incidentId=${id}`);
      releaseId = list.body.items[0].id;
      const gna = await get(t.liaisonGna, `/releases/${releaseId}`);
      expect(gna.status).toBe(200);
      expect(gna.body.content.finding).toMatchObject({
        authoritativeLanguage: "ar",
        publicNarrativeAr: finding.publicNarrativeAr,
        publicNarrative: finding.publicNarrative,
        restrictedNarrativeAr: finding.restrictedNarrativeAr,
      });
      expect(gna.body.contentHash).toBe(sha256Hex(canonicalJson(gna.body.content)));
      // A party the incident does not concern reads neither narrative.
      const tpf = await get(tpfToken, `/releases/${releaseId}`);
      expect(tpf.status).toBe(404);
      for (const word of RESTRICTED_WORDS) expect(tpf.raw).not.toContain(word);
    });

    it("a party's search finds the public narrative in either language, never the restricted one", async () => {
      for (const q of ["عين زاره", "Ain Zara"]) {
        const hits = await get(t.liaisonGna, `/search?q=${encodeURIComponent(q)}`);
        expect(hits.status).toBe(200);
        expect(hits.body.items.map((h: { id: string }) => h.id)).toContain(id);
      }
      const ar = await get(t.liaisonGna, `/search?q=${encodeURIComponent("قذائف")}`);
      const hit = ar.body.items.find((h: { id: string }) => h.id === id);
      expect(hit).toMatchObject({ matchedField: "publicNarrativeAr", language: "ar" });
      for (const who of [t.liaisonGna, t.liaisonLna, tpfToken, t.analyst]) {
        const restricted = await get(who, `/search?q=${encodeURIComponent("غراد")}`);
        expect(restricted.body.items.map((h: { id: string }) => h.id)).not.toContain(id);
      }
    });

    it("a release frozen before narratives had two languages still reads and verifies", async () => {
      const current = (await get(t.chief, `/releases/${releaseId}`)).body;
      const finding = { ...current.content.finding };
      delete finding.publicNarrativeAr;
      delete finding.restrictedNarrativeAr;
      delete finding.authoritativeLanguage;
      const content = { ...current.content, finding };
      const oldId = randomUUID();
      await ctx.deps.db
        .insertInto("releases")
        .values({
          id: oldId,
          incident_id: id,
          finding_id: (await get(t.chief, `/incidents/${id}`)).body.findings[0].id,
          finding_version: current.findingVersion,
          audience: "parties",
          release_at: new Date("2020-01-20T08:00:00Z"),
          content: JSON.stringify(content),
          content_hash: sha256Hex(canonicalJson(content)),
          released_by: actors.chief.userId!,
          created_at: new Date("2020-01-20T08:00:00Z"),
        })
        .execute();
      const old = await get(t.liaisonGna, `/releases/${oldId}`);
      expect(old.status).toBe(200);
      expect(old.body.content.finding.publicNarrativeAr).toBeUndefined();
      expect(old.body.contentHash).toBe(sha256Hex(canonicalJson(old.body.content)));
    });
  });

  describe("publication", () => {
    it("the public reads both public narratives and no restricted one in either language", async () => {
      await at("2020-02-01T08:00:00Z");
      const id = await incidentUnderVerification();
      expect(
        (
          await post(t.analyst, `/incidents/${id}/findings`, {
            ...finding,
            classification: "public",
          })
        ).status,
      ).toBe(201);
      await move(t.analyst, id, "assessed");
      await move(t.analyst, id, "in_review");
      await post(t.chief, `/incidents/${id}/classification`, {
        classification: "public",
        reason: "Publish",
      });
      await move(t.chief, id, "endorsed");
      // The mission's rules: the parties first, the public 72 hours after them.
      await move(t.chief, id, "restricted_release");
      expect((await move(t.chief, id, "published")).status).toBe(200);
      await at("2020-02-04T08:00:00Z");
      const one = await get(undefined, `/public/incidents/${id}`);
      expect(one.status).toBe(200);
      expect(one.body.content.finding).toMatchObject({
        publicNarrativeAr: finding.publicNarrativeAr,
        publicNarrative: finding.publicNarrative,
        authoritativeLanguage: "ar",
      });
      expect(one.raw).not.toContain("restrictedNarrative");
      for (const word of RESTRICTED_WORDS) expect(one.raw).not.toContain(word);
    });
  });
});
