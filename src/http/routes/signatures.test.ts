/** Signed releases, published keys and checkpoints (decision 0020), through the API. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type Actors, type TestUserName } from "../../../test/fixtures.js";
import { releasedIncident } from "../../../test/signed-releases.js";
import { TEST_KEY_ID } from "../../../test/signing-key.js";
import { jsonProductHash } from "../../domain/signatures.js";
import { verifyAudit } from "../../services/audit.js";
import { createSigningKey, rotateSigningKey } from "../../services/signing-keys.js";
import { checkpointJob } from "../../services/signing.js";
import { fileKeyStore } from "../../store/key-store.js";

describeEachEngine("signed releases, keys and checkpoints", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  let t: Record<TestUserName, string>;
  let gnaOnly: string;

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    gnaOnly = await releasedIncident(ctx.deps, actors, {
      parties: ["GNA"],
      publish: false,
      text: "GNA-ONLY-CANARY",
    });
  });

  const get = (token: string | undefined, url: string) =>
    call(app, "GET", `/api/v1${url}`, token ? { token } : {});

  async function releaseOf(incident: string): Promise<string> {
    const list = await get(t.chief, `/releases?incidentId=${incident}`);
    return list.body.items[0].id as string;
  }

  it("the concerned party downloads the signed release; the other party cannot see it", async () => {
    const id = await releaseOf(gnaOnly);
    const gna = await get(t.liaisonGna, `/releases/${id}/signed`);
    expect(gna.status).toBe(200);
    expect(gna.headers["content-disposition"]).toContain(`release-${id}.cfm-signed.json`);
    expect(gna.body).toMatchObject({ format: "cfm-signed/1", kind: "finding-release", id });
    expect(gna.body.sha256).toBe(jsonProductHash(gna.body.content));
    expect(gna.body.publicKeys[TEST_KEY_ID]).toBeTruthy();
    const lna = await get(t.liaisonLna, `/releases/${id}/signed`);
    expect(lna.status).toBe(404);
    expect(lna.raw).not.toContain("GNA-ONLY-CANARY");
    expect((await get(undefined, `/public/incidents/${gnaOnly}/signed`)).status).toBe(404);
  });

  it("the release names its key and checkpoint; the checkpoint is published", async () => {
    const id = await releaseOf(gnaOnly);
    const release = await get(t.liaisonGna, `/releases/${id}`);
    expect(release.body.signature).toMatchObject({ keyId: TEST_KEY_ID });
    const seq = release.body.signature.checkpointSeq as number;
    const published = await get(undefined, `/public/checkpoints?beforeSeq=${seq + 1}&limit=1`);
    expect(published.status).toBe(200);
    expect(published.body.items[0]).toMatchObject({ seq, cause: "product", keyId: TEST_KEY_ID });
    const keys = await get(undefined, "/public/keys");
    expect(keys.body.items).toEqual([
      expect.objectContaining({ id: TEST_KEY_ID, status: "active", revokedAt: null }),
    ]);
  });

  it("nothing is released when the signing key's private half is missing", async () => {
    const emptyKeys = fileKeyStore(mkdtempSync(join(tmpdir(), "cfm-nokeys-")));
    const before = await ctx.deps.db
      .selectFrom("releases")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const unsigned = await releasedIncident({ ...ctx.deps, keys: emptyKeys }, actors, {
      parties: ["GNA", "LNA"],
      publish: false,
      text: "unsigned",
    }).catch((err: unknown) => err);
    expect(unsigned).toMatchObject({ code: "signing_key_unavailable" });
    const after = await ctx.deps.db
      .selectFrom("releases")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("checkpoints on schedule only when the head moved; checkpoints are never changed", async () => {
    const { key } = await rotateSigningKey(
      ctx.deps,
      { kind: "system", name: "test" },
      "Rotation for the test.",
    );
    const count = async () =>
      Number(
        (
          await ctx.deps.db
            .selectFrom("audit_checkpoints")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await count();
    await checkpointJob(ctx.deps, {}, 0);
    expect(await count()).toBe(n + 1);
    const latest = await get(undefined, "/public/checkpoints?limit=1");
    expect(latest.body.items[0]).toMatchObject({ cause: "schedule", keyId: key.id });
    await checkpointJob(ctx.deps, {}, 0);
    expect(await count()).toBe(n + 1);
    await expect(
      sql`UPDATE audit_checkpoints SET head_hash = repeat('0', 64)`.execute(ctx.deps.db),
    ).rejects.toThrow(/never changed/);
    await expect(sql`DELETE FROM audit_checkpoints`.execute(ctx.deps.db)).rejects.toThrow(
      /never changed/,
    );
  });

  it("keys are the operator's: a user cannot create one, nor a second active one exist", async () => {
    await expect(createSigningKey(ctx.deps, actors.admin)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      createSigningKey(ctx.deps, { kind: "system", name: "test" }),
    ).rejects.toMatchObject({ code: "signing_key_exists" });
  });
});
