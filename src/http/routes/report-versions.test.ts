import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";

describeEachEngine(
  "report versions: the page of a report lists them and says who may amend",
  (ctx) => {
    let app: FastifyInstance;
    let t: Record<TestUserName, string>;

    beforeAll(async () => {
      t = await loginAll(ctx.deps, await seedActors(ctx.deps));
      app = await testApp(ctx);
    });

    async function file(token: string, overrides: Record<string, unknown> = {}) {
      const res = await call(app, "POST", "/api/v1/reports", {
        token,
        body: reportJson(overrides),
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    }

    const amend = (token: string, id: string, body: Record<string, unknown>) =>
      call(app, "POST", `/api/v1/reports/${id}/amendments`, { token, body });

    it("both versions list the chain; the old one names its successor and may not be amended", async () => {
      const v1 = await file(t.liaisonGna);
      const first = await call(app, "GET", `/api/v1/reports/${v1}`, { token: t.liaisonGna });
      expect(first.body.mayAmend).toBe(true);
      expect(first.body.supersededById).toBeNull();
      expect(first.body.versions).toEqual([
        expect.objectContaining({ id: v1, version: 1, status: "received" }),
      ]);

      const v2 = (await amend(t.liaisonGna, v1, reportJson({ description: "Corrected." }))).body
        .id as string;
      for (const id of [v1, v2]) {
        const res = await call(app, "GET", `/api/v1/reports/${id}`, { token: t.liaisonGna });
        expect(res.body.versions.map((v: { id: string }) => v.id)).toEqual([v1, v2]);
      }
      const old = await call(app, "GET", `/api/v1/reports/${v1}`, { token: t.liaisonGna });
      expect(old.body.status).toBe("superseded");
      expect(old.body.supersededById).toBe(v2);
      expect(old.body.mayAmend).toBe(false);
      expect((await amend(t.liaisonGna, v1, reportJson())).body.error.code).toBe(
        "report_superseded",
      );

      const latest = await call(app, "GET", `/api/v1/reports/${v2}`, { token: t.liaisonGna });
      expect(latest.body.supersedesId).toBe(v1);
      expect(latest.body.mayAmend).toBe(true);

      const v3 = (await amend(t.liaisonGna, v2, reportJson({ description: "Third." }))).body.id;
      const middle = await call(app, "GET", `/api/v1/reports/${v2}`, { token: t.liaisonGna });
      expect(middle.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
      expect(middle.body.supersededById).toBe(v3);
    });

    it("an amendment that names no source keeps the source of the version it replaces", async () => {
      const v1 = await file(t.monitor, {
        sourceKind: "monitor",
        allegedParty: undefined,
        sourceIdentity: "Shopkeeper on the airport road",
        witnesses: ["His neighbour"],
      });
      // The web's amendment form does not carry the confidential fields.
      const v2 = (
        await amend(
          t.monitor,
          v1,
          reportJson({ sourceKind: "monitor", allegedParty: undefined, description: "Fixed." }),
        )
      ).body.id as string;
      const read = await call(app, "GET", `/api/v1/reports/${v2}`, { token: t.analyst });
      expect(read.body).toMatchObject({
        sourceIdentity: "Shopkeeper on the airport road",
        witnesses: ["His neighbour"],
      });
      // Naming the source in the amendment replaces it; the witnesses left out are kept.
      const v3 = (
        await amend(
          t.monitor,
          v2,
          reportJson({ sourceKind: "monitor", allegedParty: undefined, sourceIdentity: "Another" }),
        )
      ).body.id as string;
      const third = await call(app, "GET", `/api/v1/reports/${v3}`, { token: t.analyst });
      expect(third.body).toMatchObject({ sourceIdentity: "Another", witnesses: ["His neighbour"] });
      // The monitor who filed it is told the fields are held, not what they say.
      const own = await call(app, "GET", `/api/v1/reports/${v2}`, { token: t.monitor });
      expect(JSON.stringify(own.body)).not.toContain("Shopkeeper");
    });

    it("an amendment removes a source field only when it says so, and the log says who did", async () => {
      const v1 = await file(t.liaisonGna, {
        sourceIdentity: "A nurse at the clinic",
        witnesses: ["The driver", "The guard"],
      });
      const v2 = await amend(
        t.liaisonGna,
        v1,
        reportJson({ description: "Witnesses withdrawn.", clearSources: ["witnesses"] }),
      );
      expect(v2.status, JSON.stringify(v2.body)).toBe(201);
      const second = await call(app, "GET", `/api/v1/reports/${v2.body.id}`, {
        token: t.analyst,
      });
      expect(second.body).toMatchObject({ sourceIdentity: "A nurse at the clinic", witnesses: [] });
      // The liaison is told which fields the new version still holds.
      const own = await call(app, "GET", `/api/v1/reports/${v2.body.id}`, { token: t.liaisonGna });
      expect(own.body.redacted).toEqual(["sourceIdentity"]);

      const v3 = await amend(
        t.liaisonGna,
        v2.body.id,
        reportJson({ clearSources: ["sourceIdentity", "witnesses"] }),
      );
      expect(v3.status).toBe(201);
      const third = await call(app, "GET", `/api/v1/reports/${v3.body.id}`, { token: t.analyst });
      expect(third.body.sourceIdentity ?? null).toBeNull();
      expect(third.body.witnesses ?? []).toEqual([]);
      const audit = await call(app, "GET", `/api/v1/audit?subject=report:${v3.body.id}`, {
        token: t.auditor,
      });
      expect(JSON.stringify(audit.body)).toContain("sourcesCleared");

      // Naming a field and removing it at once is refused, with the field named.
      const both = await amend(
        t.liaisonGna,
        v3.body.id,
        reportJson({ sourceIdentity: "Someone", clearSources: ["sourceIdentity"] }),
      );
      expect(both.status).toBe(400);
      expect(both.body.error).toMatchObject({
        code: "validation_failed",
        details: { field: "clearSources" },
      });
      // … and a report is not filed with a field to clear.
      const created = await call(app, "POST", "/api/v1/reports", {
        token: t.liaisonGna,
        body: reportJson({ clearSources: ["witnesses"] }),
      });
      expect(created.status).toBe(400);
    });

    it("the other party's liaison reads neither version, by id or through the chain", async () => {
      const v1 = await file(t.liaisonGna);
      const v2 = (await amend(t.liaisonGna, v1, reportJson({ description: "Corrected." }))).body.id;
      for (const id of [v1, v2]) {
        const res = await call(app, "GET", `/api/v1/reports/${id}`, { token: t.liaisonLna });
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain("Corrected");
      }
      const own = await file(t.liaisonLna);
      const res = await call(app, "GET", `/api/v1/reports/${own}`, { token: t.liaisonLna });
      expect(res.body.versions.map((v: { id: string }) => v.id)).toEqual([own]);
    });

    it("a monitor may amend its own observation; analysts read it and may not amend it", async () => {
      const v1 = await file(t.monitor, { sourceKind: "monitor", allegedParty: undefined });
      const own = await call(app, "GET", `/api/v1/reports/${v1}`, { token: t.monitor });
      expect(own.body.mayAmend).toBe(true);
      const analyst = await call(app, "GET", `/api/v1/reports/${v1}`, { token: t.analyst });
      expect(analyst.status).toBe(200);
      expect(analyst.body.mayAmend).toBe(false);
      expect((await amend(t.analyst, v1, reportJson({ sourceKind: "monitor" }))).status).toBe(403);
      const intake = await call(app, "GET", `/api/v1/reports/${v1}`, { token: t.intake });
      expect(intake.body.mayAmend).toBe(true);
    });

    it("a version the viewer may not read is not listed: intake's amendment of a monitor's report", async () => {
      const v1 = await file(t.monitor, { sourceKind: "monitor", allegedParty: undefined });
      const v2 = await amend(
        t.intake,
        v1,
        reportJson({ sourceKind: "monitor", description: "By intake." }),
      );
      expect(v2.status).toBe(201);
      const res = await call(app, "GET", `/api/v1/reports/${v1}`, { token: t.monitor });
      expect(res.body.status).toBe("superseded");
      expect(res.body.versions.map((v: { id: string }) => v.id)).toEqual([v1]);
      expect(res.body.supersededById).toBeNull();
      expect(res.body.mayAmend).toBe(false);
    });
  },
);
