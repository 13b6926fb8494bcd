import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { countRows, describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import { verifyAudit } from "./audit.js";
import { inGroupTransaction, type BatchKind } from "./group-commit.js";
import { createReport } from "./intake.js";

describeEachEngine("group commit of concurrent reports", (ctx) => {
  let actors: Actors;
  const count = (table: "reports" | "audit_entries") => countRows(ctx.deps.db, table);

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
  });

  it("stores every good report of a burst with its own audit entry; a bad one fails alone", async () => {
    const before = { reports: await count("reports"), audit: await count("audit_entries") };
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        createReport(
          ctx.deps,
          actors.liaisonGna,
          reportInput({
            description: `Burst report ${i}`,
            // One report names a party that does not exist: it must fail, and only it.
            allegedParty: i === 17 ? "NOPE" : "LNA",
            // Some take the one-by-one path inside the batch: a key, or a confidential source.
            ...(i === 3
              ? { sourceIdentity: "A shopkeeper in Ain Zara", witnesses: ["H. M."] }
              : {}),
          }),
          i % 5 === 0 ? { idempotencyKey: `burst-${i}` } : {},
        ),
      ),
    );
    const failed = results.flatMap((r, i) => (r.status === "rejected" ? [[i, r.reason]] : []));
    expect(failed.map(([i]) => i)).toEqual([17]);
    expect((failed[0]![1] as { code: string }).code).toBe("party_not_found");
    expect(await count("reports")).toBe(before.reports + 39);
    expect(await count("audit_entries")).toBe(before.audit + 39);
    const ids = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.report.id] : []));
    expect(new Set(ids).size).toBe(39);
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("answers retries with one Idempotency-Key in the same burst with one report", async () => {
    const before = await count("reports");
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        createReport(ctx.deps, actors.liaisonLna, reportInput({ allegedParty: "GNA" }), {
          idempotencyKey: "burst-key-1",
        }),
      ),
    );
    expect(new Set(results.map((r) => r.report.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await count("reports")).toBe(before + 1);
  });

  it("stores a burst of keyed reports together and replays the keys already used in it", async () => {
    const send = (i: number, key: string, description = `Keyed burst ${i}`) =>
      createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA", description }), {
        idempotencyKey: key,
      });
    const first = await Promise.all(Array.from({ length: 6 }, (_, i) => send(i, `kb-${i}`)));
    const before = { reports: await count("reports"), audit: await count("audit_entries") };
    // Retries of three stored reports in the same burst as twenty new ones.
    const burst = await Promise.all([
      ...[0, 1, 2].map((i) => send(i, `kb-${i}`)),
      ...Array.from({ length: 20 }, (_, i) => send(100 + i, `kb-new-${i}`)),
    ]);
    burst.slice(0, 3).forEach((r, k) => {
      expect(r.replayed).toBe(true);
      expect(r.report.id).toBe(first[k]!.report.id);
    });
    const fresh = burst.slice(3);
    expect(fresh.every((r) => !r.replayed)).toBe(true);
    expect(await count("reports")).toBe(before.reports + 20);
    expect(await count("audit_entries")).toBe(before.audit + 20);
    // In bulk, not each alone (a batch that always failed would still store them, one by one):
    // the new reports share their transactions.
    const { rows } = await sql<{ n: number }>`SELECT count(DISTINCT xmin::text)::int AS n
      FROM reports WHERE id = ANY(${fresh.map((r) => r.report.id)}::uuid[])`.execute(ctx.deps.db);
    expect(rows[0]!.n).toBeLessThan(fresh.length);
    // The new keys were stored: sent again, each answers its report.
    const again = await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(100 + i, `kb-new-${i}`)),
    );
    again.forEach((r, i) => {
      expect(r.replayed).toBe(true);
      expect(r.report.id).toBe(fresh[i]!.report.id);
    });
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("refuses a key reused for another report in a burst, alone; the rest of the burst is stored", async () => {
    const send = (key: string, description: string) =>
      createReport(ctx.deps, actors.liaisonGna, reportInput({ allegedParty: "LNA", description }), {
        idempotencyKey: key,
      });
    await send("kr-used", "The report this key was used for");
    const before = await count("reports");
    const burst = await Promise.allSettled([
      ...Array.from({ length: 8 }, (_, i) => send(`kr-new-${i}`, `Reuse burst ${i}`)),
      send("kr-used", "Not the report this key was used for"),
    ]);
    expect(burst.slice(0, 8).every((r) => r.status === "fulfilled")).toBe(true);
    const refused = burst[8]!;
    expect(refused.status).toBe("rejected");
    expect((refused as PromiseRejectedResult).reason.code).toBe("idempotency_key_reused");
    expect(await count("reports")).toBe(before + 8);
  });

  it("runs work arriving together in one transaction", async () => {
    const txids: string[] = [];
    const probe: BatchKind<number, string> = {
      name: "txid-probe",
      async one(tx) {
        const { rows } = await sql<{ x: string }>`SELECT txid_current()::text AS x`.execute(tx);
        txids.push(rows[0]!.x);
        return rows[0]!.x;
      },
    };
    const unit = () => inGroupTransaction(ctx.deps, probe, 0);
    await Promise.all([unit(), unit(), unit(), unit(), unit()]);
    // Arriving in the same turn of the event loop, they share one transaction.
    expect(new Set(txids).size).toBe(1);
    expect(txids).toHaveLength(5);
    // One arriving alone later goes in at once, in a transaction of its own.
    await unit();
    expect(new Set(txids).size).toBe(2);
  });
});
