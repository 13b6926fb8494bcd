import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson } from "../../../test/api.js";
import { countRows, describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { verifyAudit } from "../../services/audit.js";
import { fileEvidenceStore } from "../../store/evidence-store.js";
import { buildApp } from "../app.js";

/** A real 1×1 PNG and a real one-page PDF. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj",
    "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj",
    "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj",
    "trailer <</Root 1 0 R>>",
    "%%EOF",
  ].join("\n"),
);
/** Small files that begin as their kind does. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from("JFIF\0")]);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom\0\0\0\0isommp41")]);
const MOV = Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from("ftypqt  \0\0\0\0qt  ")]);
const WAV = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WAVEfmt ")]);
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

const LIMIT = 64 * 1024;
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

interface Part {
  name: string;
  value?: string;
  filename?: string;
  type?: string;
  data?: Buffer;
}

/** A multipart/form-data body as a browser builds it. */
function form(parts: Part[]) {
  const boundary = `----cfm${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`));
    if (p.data) {
      chunks.push(Buffer.from(`; filename="${p.filename ?? "upload.bin"}"\r\n`));
      chunks.push(Buffer.from(`Content-Type: ${p.type ?? "application/octet-stream"}\r\n\r\n`));
      chunks.push(p.data);
    } else {
      chunks.push(Buffer.from(`\r\n\r\n${p.value ?? ""}`));
    }
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((p) =>
    statSync(join(dir, p)).isFile(),
  );
}

describeEachEngine("evidence API", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;
  let storeRoot: string;
  let gnaReport: string;
  let lnaReport: string;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    storeRoot = mkdtempSync(join(tmpdir(), "cfm-evidence-api-"));
    ctx.deps.evidence = fileEvidenceStore(storeRoot);
    app = await buildApp(ctx.deps, { engine: ctx.engine, maxEvidenceBytes: LIMIT });
    const fileReport = async (token: string, allegedParty: string) => {
      const res = await call(app, "POST", "/api/v1/reports", {
        token,
        body: reportJson({ allegedParty }),
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    gnaReport = await fileReport(tokens.liaisonGna, "LNA");
    lnaReport = await fileReport(tokens.liaisonLna, "GNA");
  });

  const upload = (reportId: string, token: string | undefined, parts: Part[]) => {
    const { body, headers } = form(parts);
    return call(app, "POST", `/api/v1/reports/${reportId}/evidence`, { token, body, headers });
  };
  const uploadFile = (reportId: string, token: string | undefined, data: Buffer, extra = {}) =>
    upload(reportId, token, [{ name: "file", filename: "evidence.bin", data, ...extra }]);

  const download = (id: string, token?: string) =>
    app.inject({
      method: "GET",
      url: `/api/v1/evidence/${id}/content`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  async function counts() {
    const n = (table: "evidence_items" | "custody_entries" | "audit_entries") =>
      countRows(ctx.deps.db, table);
    return {
      evidence: await n("evidence_items"),
      custody: await n("custody_entries"),
      audit: await n("audit_entries"),
      files: filesUnder(storeRoot).length,
    };
  }

  it("a liaison attaches a photo: it is stored under the SHA-256 of its bytes and downloads identical", async () => {
    const res = await upload(gnaReport, tokens.liaisonGna, [
      { name: "note", value: "Handed over by a resident of Ain Zara" },
      { name: "file", filename: "ain-zara.png", type: "application/octet-stream", data: PNG },
    ]);
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/evidence/${res.body.id}`);
    expect(res.body).toEqual({
      id: expect.any(String),
      sha256: sha256(PNG),
      sizeBytes: PNG.length,
      mediaType: "image/png",
      originalName: "ain-zara.png",
      receivedAt: ctx.clock().toISOString(),
      // Taken from the report at receipt (decision 0007): a GNA complaint, for GNA.
      classification: "parties",
      concernedParties: ["GNA"],
      embargoUntil: null,
    });

    const got = await download(res.body.id, tokens.analyst);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PNG)).toBe(true);
    expect(sha256(got.rawPayload)).toBe(res.body.sha256);
    expect(got.headers["content-type"]).toBe("image/png");
    expect(got.headers["content-disposition"]).toMatch(/^attachment; filename="ain-zara.png"/);
    expect(got.headers["x-content-sha256"]).toBe(sha256(PNG));
    expect(got.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("a file missing from the store (a restore without it) is a 503 that says so, and writes nothing", async () => {
    const lost = Buffer.concat([PNG, Buffer.from("a copy the restore left behind")]);
    const res = await uploadFile(gnaReport, tokens.liaisonGna, lost);
    expect(res.status).toBe(201);
    const sha = res.body.sha256 as string;
    rmSync(join(storeRoot, "sha256", sha.slice(0, 2), sha.slice(2, 4), sha));
    const before = await counts();
    const got = await download(res.body.id, tokens.analyst);
    expect(got.statusCode).toBe(503);
    expect(got.json().error.code).toBe("evidence_file_missing");
    expect(await counts()).toEqual(before);
  });

  it("the hash is shown with the report and in its evidence list", async () => {
    const up = await uploadFile(gnaReport, tokens.intake, PDF, { filename: "statement.pdf" });
    expect(up.status).toBe(201);
    expect(up.body.mediaType).toBe("application/pdf");
    const report = await call(app, "GET", `/api/v1/reports/${gnaReport}`, {
      token: tokens.liaisonGna,
    });
    expect(report.status).toBe(200);
    expect(report.body.evidence).toContainEqual(up.body);
    expect(report.body.evidence.map((e: { sha256: string }) => e.sha256)).toContain(sha256(PDF));
    const list = await call(app, "GET", `/api/v1/reports/${gnaReport}/evidence`, {
      token: tokens.chief,
    });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(report.body.evidence);
  });

  it("a report without evidence shows an empty list", async () => {
    const report = await call(app, "GET", `/api/v1/reports/${lnaReport}`, {
      token: tokens.liaisonLna,
    });
    expect(report.body.evidence).toEqual([]);
  });

  it.each([
    ["JPEG", JPEG, "image/jpeg"],
    ["MP4", MP4, "video/mp4"],
    ["QuickTime", MOV, "video/quicktime"],
    ["WAV", WAV, "audio/wav"],
  ])(
    "a %s file is recognised from its bytes, whatever the client declares",
    async (_k, data, type) => {
      const res = await uploadFile(lnaReport, tokens.analyst, data, { type: "text/plain" });
      expect(res.status).toBe(201);
      expect(res.body.mediaType).toBe(type);
    },
  );

  it("the same bytes uploaded twice make two evidence items and one file on disk", async () => {
    const bytes = Buffer.concat([PDF, Buffer.from(`\n% ${randomBytes(8).toString("hex")}`)]);
    const before = await counts();
    const a = await uploadFile(lnaReport, tokens.liaisonLna, bytes);
    const b = await uploadFile(lnaReport, tokens.intake, bytes);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.sha256).toBe(b.body.sha256);
    const after = await counts();
    expect(after.evidence).toBe(before.evidence + 2);
    expect(after.files).toBe(before.files + 1);
  });

  it.each([
    [
      "a Windows program named as a photo",
      EXE,
      "photo.jpg",
      "image/jpeg",
      "application/x-msdownload",
    ],
    [
      "plain text",
      Buffer.from("a witness statement typed as text"),
      "note.txt",
      "text/plain",
      null,
    ],
    [
      "an HTML page",
      Buffer.from("<!doctype html><script>alert(1)</script>"),
      "x.png",
      "image/png",
      null,
    ],
    ["an empty file", Buffer.alloc(0), "empty.pdf", "application/pdf", null],
  ])(
    "%s is refused with 415 and nothing is written",
    async (_n, data, filename, type, detected) => {
      const before = await counts();
      const res = await uploadFile(gnaReport, tokens.intake, data, { filename, type });
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe("evidence_type_not_allowed");
      expect(res.body.error.message).toContain("Accepted: JPEG, PNG");
      expect(res.body.error.details.detected).toBe(detected);
      expect(await counts()).toEqual(before);
    },
  );

  it("a file over the limit is refused with 413 and nothing is written; one at the limit is kept", async () => {
    const big = Buffer.concat([PDF, randomBytes(LIMIT + 1 - PDF.length)]);
    const before = await counts();
    const res = await uploadFile(gnaReport, tokens.intake, big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("evidence_too_large");
    expect(res.body.error.details.limitBytes).toBe(LIMIT);
    const far = await uploadFile(
      gnaReport,
      tokens.intake,
      Buffer.concat([big, randomBytes(LIMIT)]),
    );
    expect(far.status).toBe(413);
    expect(await counts()).toEqual(before);

    const exact = await uploadFile(gnaReport, tokens.intake, big.subarray(0, LIMIT));
    expect(exact.status).toBe(201);
    expect(exact.body.sizeBytes).toBe(LIMIT);
  });

  it("a refused upload of bytes already stored leaves the stored file in place", async () => {
    const first = await uploadFile(gnaReport, tokens.intake, PNG);
    expect(first.status).toBe(201);
    // The same store behind a server whose limit was since lowered below this file's size.
    const strict = await buildApp(ctx.deps, { engine: ctx.engine, maxEvidenceBytes: 16 });
    const before = await counts();
    const refused = await call(strict, "POST", `/api/v1/reports/${gnaReport}/evidence`, {
      token: tokens.intake,
      ...form([{ name: "file", filename: "again.png", data: PNG }]),
    });
    expect(refused.status).toBe(413);
    expect(await counts()).toEqual(before);
    const got = await download(first.body.id, tokens.intake);
    expect(got.rawPayload.equals(PNG)).toBe(true);
    await strict.close();
  });

  it("an evidence record and its custody entries cannot be changed, even in SQL", async () => {
    const up = await uploadFile(gnaReport, tokens.intake, PNG);
    await expect(
      ctx.deps.db
        .updateTable("evidence_items")
        .set({ sha256: "0".repeat(64) })
        .where("id", "=", up.body.id)
        .execute(),
    ).rejects.toThrow(/never changed/);
    await expect(
      ctx.deps.db
        .updateTable("custody_entries")
        .set({ actor: "user:someone-else" })
        .where("evidence_id", "=", up.body.id)
        .execute(),
    ).rejects.toThrow(/never changed/);
  });

  it("every download adds a custody entry, which the mission reads with the item", async () => {
    const up = await uploadFile(gnaReport, tokens.liaisonGna, PNG, { filename: "crater.png" });
    ctx.clock.advance(60_000);
    for (const who of ["analyst", "analyst", "liaisonGna"] as const) {
      expect((await download(up.body.id, tokens[who])).statusCode).toBe(200);
    }
    const item = await call(app, "GET", `/api/v1/evidence/${up.body.id}`, { token: tokens.chief });
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({
      ...up.body,
      reportId: gnaReport,
      uploadedBy: expect.any(String),
    });
    expect(
      item.body.custody.map((c: { action: string; actor: string }) => [c.action, c.actor]),
    ).toEqual([
      ["received", "user:liaisongna"],
      ["downloaded", "user:analyst"],
      ["downloaded", "user:analyst"],
      ["downloaded", "user:liaisongna"],
    ]);
    // A HEAD request delivers no bytes and records nothing.
    const head = await app.inject({
      method: "HEAD",
      url: `/api/v1/evidence/${up.body.id}/content`,
      headers: { authorization: `Bearer ${tokens.analyst}` },
    });
    expect(head.statusCode).toBe(404);
    // Reading the metadata and custody log is not access to the evidence: it writes nothing.
    const again = await call(app, "GET", `/api/v1/evidence/${up.body.id}`, { token: tokens.chief });
    expect(again.body.custody).toHaveLength(4);
  });

  it("the note sent with a file is kept on its 'received' custody entry", async () => {
    const res = await upload(lnaReport, tokens.liaisonLna, [
      { name: "note", value: "Photographed by our field officer, 15 Jan" },
      { name: "file", filename: "x.pdf", data: PDF },
    ]);
    const item = await call(app, "GET", `/api/v1/evidence/${res.body.id}`, {
      token: tokens.analyst,
    });
    expect(item.body.custody[0]).toMatchObject({
      action: "received",
      note: "Photographed by our field officer, 15 Jan",
    });
  });

  it("uploads and downloads are in the audit chain, which still verifies", async () => {
    const up = await uploadFile(lnaReport, tokens.intake, PNG);
    await download(up.body.id, tokens.reviewer);
    const entries = await ctx.deps.db
      .selectFrom("audit_entries")
      .select(["action", "data"])
      .where("subject", "=", `evidence:${up.body.id}`)
      .orderBy("seq")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["evidence.received", "evidence.downloaded"]);
    const rows = (entries[0]!.data as { rows: { table: string }[] }).rows.map((r) => r.table);
    expect(rows.sort()).toEqual(["custody_entries", "evidence_items"]);
    const result = await verifyAudit(ctx.deps.db);
    expect(result.problem).toBeNull();
    expect(result.ok).toBe(true);
  });

  it("a party liaison cannot see, list, attach to or download the other party's evidence", async () => {
    const up = await uploadFile(lnaReport, tokens.liaisonLna, PNG);
    const before = await counts();
    const meta = await call(app, "GET", `/api/v1/evidence/${up.body.id}`, {
      token: tokens.liaisonGna,
    });
    expect(meta.status).toBe(404);
    expect(meta.body.error.code).toBe("evidence_not_found");
    const bytes = await download(up.body.id, tokens.liaisonGna);
    expect(bytes.statusCode).toBe(404);
    expect(bytes.json().error.code).toBe("evidence_not_found");
    expect(bytes.rawPayload.includes(PNG)).toBe(false);
    const list = await call(app, "GET", `/api/v1/reports/${lnaReport}/evidence`, {
      token: tokens.liaisonGna,
    });
    expect(list.status).toBe(404);
    expect(list.body.error.code).toBe("report_not_found");
    const attach = await uploadFile(lnaReport, tokens.liaisonGna, PDF);
    expect(attach.status).toBe(404);
    expect(attach.body.error.code).toBe("report_not_found");
    // The answers are those for an id that does not exist.
    const missing = await call(app, "GET", `/api/v1/evidence/${crypto.randomUUID()}`, {
      token: tokens.liaisonGna,
    });
    expect(missing.status).toBe(meta.status);
    expect(missing.body.error.code).toBe(meta.body.error.code);
    expect(await counts()).toEqual(before);
  });

  it("a party liaison sees its own party's evidence without the mission's custody log", async () => {
    const up = await uploadFile(gnaReport, tokens.intake, PNG);
    const meta = await call(app, "GET", `/api/v1/evidence/${up.body.id}`, {
      token: tokens.liaisonGna,
    });
    expect(meta.status).toBe(200);
    expect(meta.body).toEqual({ ...up.body, reportId: gnaReport });
  });

  it("the auditor reads the custody log but neither the file nor its name", async () => {
    const up = await uploadFile(gnaReport, tokens.intake, PNG, { filename: "witness-name.png" });
    const meta = await call(app, "GET", `/api/v1/evidence/${up.body.id}`, {
      token: tokens.auditor,
    });
    expect(meta.status).toBe(200);
    expect(meta.body.sha256).toBe(sha256(PNG));
    expect(meta.body.custody[0].action).toBe("received");
    expect(meta.body).not.toHaveProperty("originalName");
    const bytes = await download(up.body.id, tokens.auditor);
    expect(bytes.statusCode).toBe(403);
  });

  it("a reviewer reads evidence but may not attach it", async () => {
    const res = await uploadFile(gnaReport, tokens.reviewer, PDF);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("the public cannot upload or read evidence", async () => {
    const up = await uploadFile(gnaReport, tokens.intake, PNG);
    const before = await counts();
    const attach = await uploadFile(gnaReport, undefined, PNG);
    expect(attach.status).toBe(401);
    for (const url of [
      `/api/v1/reports/${gnaReport}/evidence`,
      `/api/v1/evidence/${up.body.id}`,
      `/api/v1/evidence/${up.body.id}/content`,
    ]) {
      const res = await call(app, "GET", url);
      expect(res.status, url).toBe(401);
      expect(res.body.error.code).toBe("unauthenticated");
    }
    expect(await counts()).toEqual(before);
  });

  it("an Arabic file name survives the round trip", async () => {
    const name = "صورة الحفرة.png";
    const up = await uploadFile(gnaReport, tokens.liaisonGna, PNG, { filename: name });
    expect(up.body.originalName).toBe(name);
    const got = await download(up.body.id, tokens.liaisonGna);
    const disposition = String(got.headers["content-disposition"]);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(name);
  });

  it("an upload without a field named 'file' is a 400", async () => {
    const res = await upload(gnaReport, tokens.intake, [
      { name: "attachment", filename: "a.png", data: PNG },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const json = await call(app, "POST", `/api/v1/reports/${gnaReport}/evidence`, {
      token: tokens.intake,
      body: { file: "not a file" },
    });
    expect(json.status).toBe(415);
  });

  it("a malformed or cut-off upload is a 400 that writes nothing, on every upload route", async () => {
    const before = await counts();
    const { body, headers } = form([{ name: "file", filename: "cut.png", data: PNG }]);
    // Cut inside the file's bytes: the parser fails while the store is reading them.
    const cut = body.subarray(0, body.length - 40);
    const res = await call(app, "POST", `/api/v1/reports/${gnaReport}/evidence`, {
      token: tokens.liaisonGna,
      body: cut,
      headers,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("upload_malformed");
    // A broken part header, on the three routes that take a file.
    for (const url of [
      `/api/v1/reports/${gnaReport}/evidence`,
      `/api/v1/geo/layers/${randomUUID()}/versions`,
      "/api/v1/open-data/imports",
    ]) {
      const broken = await call(app, "POST", url, {
        token: tokens.chief,
        body: "--zz\r\nbroken",
        headers: { "content-type": "multipart/form-data; boundary=zz" },
      });
      expect(broken.status, url).toBe(400);
      expect(broken.body.error.code, url).toBe("upload_malformed");
    }
    expect(await counts()).toEqual(before);
  });
});
