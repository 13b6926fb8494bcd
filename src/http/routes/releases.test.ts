import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import {
  PASSWORD,
  loginAll,
  seedActors,
  seedThirdParty,
  type TestUserName,
} from "../../../test/fixtures.js";
import { createAgreementForTest } from "../../../test/agreements.js";
import { canonicalJson, sha256Hex } from "../../domain/audit-chain.js";
import { login } from "../../services/auth.js";

describeEachEngine("release, embargo, right of reply, redaction", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName | "liaisonTpf", string>;

  let actors: Awaited<ReturnType<typeof seedActors>>;

  /** Sessions last 12 hours: moving the clock far means logging in again. */
  async function at(when: string) {
    ctx.clock.set(when);
    const tpf = await login(ctx.deps, "liaisontpf", PASSWORD);
    t = { ...(await loginAll(ctx.deps, actors)), liaisonTpf: (tpf as { token: string }).token };
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
    publicNarrative: "Indirect fire impacted a residential area of Ain Zara.",
    restrictedNarrative: "Crater analysis suggests 122 mm rockets from the south.",
  };

  /** Both parties complain about one event; the case reaches in_review with a graded finding. */
  async function caseInReview(findingExtra: Record<string, unknown> = {}) {
    const gna = await post(t.liaisonGna, "/reports", reportJson({ allegedParty: "LNA" }));
    const lna = await post(t.liaisonLna, "/reports", reportJson({ allegedParty: "GNA" }));
    const inc = await post(t.intake, "/incidents", { reportIds: [gna.body.id, lna.body.id] });
    const id = inc.body.id as string;
    await move(t.intake, id, "triaged");
    await move(t.analyst, id, "under_verification");
    const f = await post(t.analyst, `/incidents/${id}/findings`, {
      ...finding,
      sourceGrades: [{ reportId: gna.body.id, reliability: "B", credibility: 2 }],
      ...findingExtra,
    });
    expect(f.status).toBe(201);
    await move(t.analyst, id, "assessed");
    expect((await move(t.analyst, id, "in_review")).status).toBe(200);
    return id;
  }

  describe("right of reply, then a simultaneous release", () => {
    let id: string;
    let releaseId: string;

    it("entering the reply state sets the deadline; a concerned party reads the draft without sources", async () => {
      id = await caseInReview();
      const deadline = "2020-01-16T08:00:00.000Z";
      const res = await move(t.reviewer, id, "right_of_reply", { replyDeadline: deadline });
      expect(res.status).toBe(200);
      const draft = await get(t.liaisonGna, `/incidents/${id}/draft`);
      expect(draft.status).toBe(200);
      expect(draft.body.replyDeadline).toBe(deadline);
      expect(draft.body.open).toBe(true);
      expect(draft.body.finding.restrictedNarrative).toBe(finding.restrictedNarrative);
      expect(draft.raw).not.toContain("sourceGrades");
      expect(draft.raw).not.toContain("draftedBy");
      expect(draft.body.incident.reports).toBeUndefined();
    });

    it("a party the draft does not concern cannot read it", async () => {
      expect((await get(t.liaisonTpf, `/incidents/${id}/draft`)).status).toBe(404);
      expect(
        (await post(t.liaisonTpf, `/incidents/${id}/replies`, { text: "x", language: "en" }))
          .status,
      ).toBe(404);
    });

    it("a liaison replies within the window; the reply is part of the record", async () => {
      const r = await post(t.liaisonGna, `/incidents/${id}/replies`, {
        text: "GNA positions did not fire that night.",
        language: "en",
      });
      expect(r.status).toBe(201);
      expect(r.body.party).toBe("GNA");
      const mission = await get(t.chief, `/incidents/${id}`);
      expect(mission.body.replies.map((x: { text: string }) => x.text)).toEqual([
        "GNA positions did not fire that night.",
      ]);
      const audit = await get(t.auditor, `/audit?subject=incident:${id}&limit=100`);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toContain(
        "reply.submitted",
      );
    });

    it("the other party cannot read this party's reply before release", async () => {
      const lna = await get(t.liaisonLna, `/incidents/${id}`);
      expect(lna.body.replies).toEqual([]);
      expect(lna.raw).not.toContain("did not fire");
      const draft = await get(t.liaisonLna, `/incidents/${id}/draft`);
      expect(draft.body.replies).toEqual([]);
    });

    it("the other party replies in time too", async () => {
      await at("2020-01-15T10:00:00Z");
      const inTime = await post(t.liaisonLna, `/incidents/${id}/replies`, {
        text: "قوات الوفاق بدأت القصف",
        language: "ar",
      });
      expect(inTime.status).toBe(201);
    });

    it("endorsement does not wait for the deadline", async () => {
      await at("2020-01-15T12:00:00Z"); // window still open
      const res = await move(t.chief, id, "endorsed");
      expect(res.status).toBe(200);
      const refused = await post(t.liaisonGna, `/incidents/${id}/replies`, {
        text: "more",
        language: "en",
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe("reply_not_open");
      expect((await get(t.liaisonGna, `/incidents/${id}/draft`)).body.error.code).toBe(
        "reply_not_open",
      );
    });

    it("a release in the future: before its instant neither party sees it", async () => {
      const res = await move(t.chief, id, "restricted_release", {
        releaseAt: "2020-01-15T14:00:00Z",
      });
      expect(res.status).toBe(200);
      const chief = await get(t.chief, `/releases?incidentId=${id}`);
      expect(chief.body.items).toHaveLength(1);
      releaseId = chief.body.items[0].id;
      expect(chief.body.items[0].releaseAt).toBe("2020-01-15T14:00:00.000Z");
      await at("2020-01-15T13:59:59.999Z");
      for (const who of [t.liaisonGna, t.liaisonLna, t.commission]) {
        expect((await get(who, `/releases/${releaseId}`)).status).toBe(404);
        expect((await get(who, "/releases")).body.items).toEqual([]);
        expect((await get(who, `/incidents/${id}`)).body.findings ?? []).toEqual([]);
      }
    });

    it("from the instant both parties read byte-identical content with the same hash", async () => {
      await at("2020-01-15T14:00:00Z");
      const gna = await get(t.liaisonGna, `/releases/${releaseId}`);
      const lna = await get(t.liaisonLna, `/releases/${releaseId}`);
      expect(gna.status).toBe(200);
      expect(gna.raw).toBe(lna.raw);
      expect(gna.body.contentHash).toBe(sha256Hex(canonicalJson(gna.body.content)));
      const c = gna.body.content;
      expect(c.finding.restrictedNarrative).toBe(finding.restrictedNarrative);
      expect(gna.raw).not.toContain("sourceGrades");
      expect(c.replies.map((r: { party: string }) => r.party).sort()).toEqual(["GNA", "LNA"]);
      const gnaPage = await get(t.liaisonGna, `/incidents/${id}`);
      const lnaPage = await get(t.liaisonLna, `/incidents/${id}`);
      expect(gnaPage.body.findings).toEqual([c.finding]);
      expect(lnaPage.body.findings).toEqual(gnaPage.body.findings);
      expect(gnaPage.body.releases[0].contentHash).toBe(lnaPage.body.releases[0].contentHash);
      expect((await get(t.commission, `/releases/${releaseId}`)).body.contentHash).toBe(
        gna.body.contentHash,
      );
    });

    it("a party the incident does not concern never sees the release", async () => {
      expect((await get(t.liaisonTpf, `/releases/${releaseId}`)).status).toBe(404);
      expect((await get(t.liaisonTpf, `/incidents/${id}`)).status).toBe(404);
    });

    it("a 'parties' incident is never on the public path, even once published", async () => {
      expect((await move(t.chief, id, "published")).status).toBe(200);
      expect((await get(undefined, `/public/incidents/${id}`)).status).toBe(404);
      const list = await get(undefined, "/public/incidents");
      expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(id);
    });
  });

  it("a reply after the deadline is refused, and before the reply state too", async () => {
    await at("2020-01-18T08:00:00Z");
    const id = await caseInReview();
    const early = await post(t.liaisonGna, `/incidents/${id}/replies`, {
      text: "early",
      language: "en",
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("reply_not_open");
    await move(t.reviewer, id, "right_of_reply", { replyDeadline: "2020-01-18T09:00:00Z" });
    await at("2020-01-18T09:00:00.001Z");
    const late = await post(t.liaisonLna, `/incidents/${id}/replies`, {
      text: "late",
      language: "en",
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("reply_window_closed");
    const draft = await get(t.liaisonLna, `/incidents/${id}/draft`);
    expect(draft.body.open).toBe(false);
    expect((await get(t.chief, `/incidents/${id}`)).body.replies).toEqual([]);
  });

  it("an embargo on the finding holds its release back to the embargo", async () => {
    await at("2020-01-20T08:00:00Z");
    const id = await caseInReview({ embargoUntil: "2020-01-21T00:00:00Z" });
    await move(t.chief, id, "endorsed");
    await move(t.chief, id, "restricted_release");
    const rel = (await get(t.chief, `/releases?incidentId=${id}`)).body.items[0];
    expect(rel.releaseAt).toBe("2020-01-21T00:00:00.000Z");
    expect((await get(t.liaisonGna, `/releases/${rel.id}`)).status).toBe(404);
    await at("2020-01-21T00:00:00Z");
    expect((await get(t.liaisonGna, `/releases/${rel.id}`)).status).toBe(200);
    // An embargo set on the incident hides it again until that passes.
    const c = await post(t.chief, `/incidents/${id}/classification`, {
      classification: "parties",
      embargoUntil: "2020-01-22T00:00:00Z",
      reason: "Hold while the joint commission meets",
    });
    expect(c.status).toBe(200);
    expect((await get(t.liaisonGna, `/releases/${rel.id}`)).status).toBe(404);
    await at("2020-01-22T00:00:00Z");
    expect((await get(t.liaisonGna, `/releases/${rel.id}`)).status).toBe(200);
  });

  it("only the chief classifies, and an internal finding cannot be released", async () => {
    await at("2020-01-25T08:00:00Z");
    const id = await caseInReview({ classification: "internal" });
    const byAnalyst = await post(t.analyst, `/incidents/${id}/classification`, {
      classification: "public",
      reason: "x",
    });
    expect(byAnalyst.status).toBe(403);
    await move(t.chief, id, "endorsed");
    const page = await get(t.chief, `/incidents/${id}`);
    expect(page.body.allowedTransitions).not.toContain("restricted_release");
    const res = await move(t.chief, id, "restricted_release");
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("release_not_permitted");
    expect((await get(t.chief, `/incidents/${id}`)).body.state).toBe("endorsed");
  });

  it("the public reads a published public finding: coarsened, public narrative only", async () => {
    await at("2020-02-01T08:00:00Z");
    const id = await caseInReview({ classification: "public" });
    await post(t.chief, `/incidents/${id}/classification`, {
      classification: "public",
      reason: "Publish",
    });
    await move(t.chief, id, "endorsed");
    // The mission's rules (libya-2020: the parties first, the public 72 hours later).
    const early = await move(t.chief, id, "published");
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("release_parties_first");
    expect((await move(t.chief, id, "restricted_release")).status).toBe(200);
    expect((await move(t.chief, id, "published")).status).toBe(200);
    expect((await get(undefined, `/public/incidents/${id}`)).status).toBe(404);
    await at("2020-02-04T08:00:00Z");
    const list = await get(undefined, "/public/incidents");
    expect(list.status).toBe(200);
    const one = await get(undefined, `/public/incidents/${id}`);
    expect(one.status).toBe(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(id);
    const c = one.body.content;
    // 32.795, 13.287 → the centre of the 0.1° cell.
    expect(c.incident.location).toEqual({ lat: 32.75, lon: 13.25 });
    expect(c.incident.coarsened).toEqual({ gridDegrees: 0.1 });
    expect(c.finding.publicNarrative).toBe(finding.publicNarrative);
    expect(one.raw).not.toContain("restrictedNarrative");
    expect(one.raw).not.toContain(finding.restrictedNarrative);
    expect(c.replies).toBeUndefined();
    expect(one.body.contentHash).toBe(sha256Hex(canonicalJson(c)));
    // Parties still read the exact location.
    const gna = await get(t.liaisonGna, `/incidents/${id}`);
    expect(gna.body.location).toEqual({ lat: 32.795, lon: 13.287 });
  });

  describe("confidential sources", () => {
    let reportId: string;

    it("intake files a report with a source and witnesses; intake sees them redacted", async () => {
      const res = await post(
        t.intake,
        "/reports",
        reportJson({
          sourceKind: "media",
          sourceIdentity: "Stringer A., +218 91 000 0000",
          witnesses: ["Witness One", "Witness Two"],
        }),
      );
      expect(res.status).toBe(201);
      reportId = res.body.id;
      expect(res.raw).not.toContain("Stringer");
      const asIntake = await get(t.intake, `/reports/${reportId}`);
      expect(asIntake.body.redacted).toEqual(["sourceIdentity", "witnesses"]);
      expect(asIntake.raw).not.toContain("Stringer");
      expect(asIntake.raw).not.toContain("Witness One");
    });

    it("an analyst reads them, and the read is an audit entry", async () => {
      const before = await get(t.auditor, `/audit?subject=report:${reportId}&limit=100`);
      const reads = (b: { items: { action: string }[] }) =>
        b.items.filter((e) => e.action === "source.read").length;
      const res = await get(t.analyst, `/reports/${reportId}`);
      expect(res.body.sourceIdentity).toBe("Stringer A., +218 91 000 0000");
      expect(res.body.witnesses).toEqual(["Witness One", "Witness Two"]);
      expect(res.body.redacted).toEqual([]);
      const after = await get(t.auditor, `/audit?subject=report:${reportId}&limit=100`);
      expect(reads(after.body)).toBe(reads(before.body) + 1);
      const entry = after.body.items.find((e: { action: string }) => e.action === "source.read");
      expect(entry.actor).toBe("user:analyst");
      expect(JSON.stringify(entry)).not.toContain("Stringer");
      // Lists never carry them, and write no audit entry.
      const list = await get(t.chief, "/reports?limit=200");
      expect(list.raw).not.toContain("Stringer");
      expect(
        reads((await get(t.auditor, `/audit?subject=report:${reportId}&limit=100`)).body),
      ).toBe(reads(after.body));
    });

    it("a liaison's own complaint with witnesses comes back to it redacted", async () => {
      const res = await post(t.liaisonGna, "/reports", reportJson({ witnesses: ["Neighbour"] }));
      const mine = await get(t.liaisonGna, `/reports/${res.body.id}`);
      expect(mine.body.redacted).toEqual(["witnesses"]);
      expect(mine.raw).not.toContain("Neighbour");
      expect(mine.body.classification).toBe("parties");
      expect(mine.body.concernedParties).toEqual(["GNA"]);
    });

    it("a liaison may not classify its complaint public", async () => {
      const res = await post(t.liaisonGna, "/reports", reportJson({ classification: "public" }));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("classification_not_allowed");
    });

    it("the audit chain still verifies", async () => {
      const v = await get(t.auditor, "/audit/verify");
      expect(v.body.ok).toBe(true);
    });
  });
});
