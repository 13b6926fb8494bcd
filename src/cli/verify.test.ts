/**
 * `cfm verify` through its entry function, on a real database: a signed release is accepted as
 * served, and refused once its file, its key or the audit history behind its checkpoint changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { call, testApp } from "../../test/api.js";
import { describeEachEngine } from "../../test/db.js";
import { loginAll, seedActors, type Actors, type TestUserName } from "../../test/fixtures.js";
import { releasedIncident } from "../../test/signed-releases.js";
import { TEST_KEY_ID } from "../../test/signing-key.js";
import { hashData, hashEntry, type Json } from "../domain/audit-chain.js";
import { DETACHED_SUFFIX, productStatement, type SignedEnvelope } from "../domain/signatures.js";
import { changeMissionSettings } from "../services/mission.js";
import { revokeSigningKey, rotateSigningKey } from "../services/signing-keys.js";
import { detachedSignature, signProduct } from "../services/signing.js";
import { runVerify, type VerifyOptions } from "./verify.js";

const OPERATOR = { kind: "system", name: "test" } as const;

describeEachEngine("cfm verify", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  let t: Record<TestUserName, string>;
  const dir = mkdtempSync(join(tmpdir(), "cfm-verify-"));

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
  });

  /** Runs the command; the server, when asked, is the test app answering in-process. */
  async function verify(target: string, opts: VerifyOptions = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runVerify(target, opts, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      fetch: (async (url: string) => {
        const res = await app.inject({
          method: "GET",
          url: new URL(url).pathname + new URL(url).search,
        });
        return new Response(res.body, { status: res.statusCode });
      }) as typeof fetch,
      openDatabase: async () => ({ deps: ctx.deps, close: async () => {} }),
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  /** A finding released to both parties, its envelope downloaded by the GNA liaison. */
  async function envelopeFile(name: string): Promise<{ path: string; envelope: SignedEnvelope }> {
    const incident = await releasedIncident(ctx.deps, actors, {
      parties: ["GNA", "LNA"],
      publish: false,
      text: name,
    });
    const list = await call(app, "GET", `/api/v1/releases?incidentId=${incident}`, {
      token: t.liaisonGna,
    });
    const releaseId = list.body.items[0].id as string;
    const res = await call(app, "GET", `/api/v1/releases/${releaseId}/signed`, {
      token: t.liaisonGna,
    });
    expect(res.status).toBe(200);
    const path = join(dir, `${name}.json`);
    writeFileSync(path, res.raw);
    return { path, envelope: res.body as SignedEnvelope };
  }

  let first: { path: string; envelope: SignedEnvelope };

  it("accepts a fresh envelope: hash, signature, checkpoint, key and audit log", async () => {
    first = await envelopeFile("fresh");
    expect(first.envelope.keyId).toBe(TEST_KEY_ID);
    const res = await verify(first.path);
    expect(res.err).toBe("");
    expect(res.code).toBe(0);
    expect(res.out).toContain("VALID: finding-release");
    expect(res.out).toContain(`entry ${first.envelope.checkpoint.seq} is the checkpoint's head`);
  });

  it("rejects the file after a one-byte change", async () => {
    const text = readFileSync(first.path, "utf8");
    const at = text.indexOf("Indirect fire.") + 1;
    const changed = join(dir, "changed.json");
    writeFileSync(changed, text.slice(0, at) + "N" + text.slice(at + 1));
    const res = await verify(changed);
    expect(res.code).toBe(1);
    expect(res.err).toContain("the content was changed");
  });

  it("checks against a server's published keys and checkpoints when given a URL", async () => {
    // The mission publishes as soon as the parties have the finding.
    await changeMissionSettings(ctx.deps, OPERATOR, {
      releaseRules: { partiesFirst: true, publicDelayHours: 0 },
    });
    const incident = await releasedIncident(ctx.deps, actors, {
      parties: ["GNA", "LNA"],
      publish: true,
      text: "public",
    });
    const res = await verify(`http://mission.example/api/v1/public/incidents/${incident}/signed`);
    expect(res.err).toBe("");
    expect(res.code).toBe(0);
    expect(res.out).toContain("publishes checkpoint");
  });

  it("accepts a product signed by a rotated key, and the new key's", async () => {
    const { key } = await rotateSigningKey(ctx.deps, OPERATOR, "Yearly rotation.");
    const second = await envelopeFile("after-rotation");
    expect(second.envelope.keyId).toBe(key.id);
    const old = await verify(first.path);
    expect(old.code).toBe(0);
    expect(old.out).toContain("rotated out");
    expect((await verify(second.path)).code).toBe(0);
  });

  it("rejects a signature by a key revoked before the signing time", async () => {
    const signed = await envelopeFile("before-revocation");
    const keyId = signed.envelope.keyId;
    const { revoked } = await revokeSigningKey(ctx.deps, OPERATOR, keyId, "The laptop was stolen.");
    // What was signed before the revocation stands.
    expect((await verify(signed.path)).code).toBe(0);
    // Whoever holds the stolen key signs after it: refused.
    const later = new Date(Date.parse(revoked.revokedAt!) + 1000).toISOString();
    const forged = { ...signed.envelope, signedAt: later };
    forged.signature = (await ctx.deps.keys.sign(keyId, productStatement(forged)))!;
    const path = join(dir, "forged.json");
    writeFileSync(path, JSON.stringify(forged));
    const res = await verify(path);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`key ${keyId} was revoked at ${revoked.revokedAt}`);
    // A key stolen earlier than noticed: revoked from a past instant, its later signatures fall.
    const victim = await envelopeFile("stolen-earlier");
    await revokeSigningKey(
      ctx.deps,
      OPERATOR,
      victim.envelope.keyId,
      "Copied before it was noticed.",
      new Date(Date.parse(victim.envelope.signedAt) - 1),
    );
    const back = await verify(victim.path);
    expect(back.code).toBe(1);
    expect(back.err).toContain("before the finding-release was signed");
  });

  it("checks a binary product against the signature file beside it", async () => {
    const bytes = Buffer.from("%PDF-1.7 a report\n");
    const signed = await signProduct(ctx.deps, { kind: "report", id: "daily-2020-01-15", bytes });
    const pdf = join(dir, "daily.pdf");
    writeFileSync(pdf, bytes);
    writeFileSync(
      pdf + DETACHED_SUFFIX,
      JSON.stringify(await detachedSignature(ctx.deps, signed, "daily.pdf")),
    );
    expect((await verify(pdf)).code).toBe(0);
    expect((await verify(pdf + DETACHED_SUFFIX)).code).toBe(0);
    writeFileSync(pdf, Buffer.from("%PDF-1.7 a rep0rt\n"));
    const res = await verify(pdf);
    expect(res.code).toBe(1);
    expect(res.err).toContain("the content was changed");
  });

  describe("a history rewritten behind a published checkpoint", () => {
    it("is refused, though the rewritten chain verifies on its own", async () => {
      const seq = first.envelope.checkpoint.seq;
      await rewriteHistoryFrom(seq - 3);
      const res = await verify(first.path);
      expect(res.code).toBe(1);
      expect(res.err).toContain(`the audit history behind checkpoint ${seq} was rewritten`);
      // The offline checks alone cannot see it: the file itself is intact.
      expect((await verify(first.path, { offline: true })).code).toBe(0);
    });
  });

  /**
   * What an attacker controlling the database does: edits one entry, then recomputes the hash of
   * it and of every later entry, and moves the head, so the chain verifies on its own again.
   */
  async function rewriteHistoryFrom(seq: number) {
    const db = ctx.deps.db;
    const rows = await db
      .selectFrom("audit_entries")
      .selectAll()
      .where("seq", ">=", seq - 1)
      .orderBy("seq")
      .execute();
    let prev = rows[0]!.hash;
    for (const r of rows.slice(1)) {
      const data =
        Number(r.seq) === seq
          ? ({ ...(r.data as Record<string, Json>), details: { note: "rewritten" } } as Json)
          : (r.data as Json);
      const fields = {
        seq: Number(r.seq),
        at: r.at,
        actor: r.actor,
        action: r.action,
        subject: r.subject,
        dataHash: hashData(data),
        prevHash: prev,
      };
      prev = hashEntry(fields);
      await sql`UPDATE audit_entries SET data = ${JSON.stringify(data)}::jsonb,
        data_hash = ${fields.dataHash}, prev_hash = ${fields.prevHash},
        hash = ${prev} WHERE seq = ${fields.seq}`.execute(db);
    }
    await sql`UPDATE audit_head SET hash = ${prev} WHERE id = 1`.execute(db);
  }
});
