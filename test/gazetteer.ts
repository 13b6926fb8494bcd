/**
 * The shipped Libya gazetteer in a test database's `places` table: the places every test's
 * place names and coordinates are written against. Written straight into the table when the
 * template is built, with the one audit entry that records their row hashes (places are audited
 * rows, decision 0013), not through the import with its search-index refresh. The test signing
 * key's public half is recorded with them (test/signing-key.ts).
 */
import { libyaGazetteerData } from "../src/demo/geo/libya-geo.js";
import { parsePlaceFile } from "../src/domain/geo/place-files.js";
import type { Db } from "../src/store/database.js";
import { appendAudit } from "../src/store/audit-repo.js";
import { insertPlaces } from "../src/store/places-repo.js";
import { insertTestSigningKey } from "./signing-key.js";

export async function loadTestGazetteer(db: Db): Promise<void> {
  const read = parsePlaceFile("gazetteer.json", JSON.stringify(libyaGazetteerData()));
  if (read.problems.length) throw new Error(`shipped gazetteer: ${JSON.stringify(read.problems)}`);
  const at = new Date("2020-01-01T00:00:00Z");
  await db.transaction().execute(async (tx) => {
    const written = await insertPlaces(
      tx,
      read.places.map((p) => p.place),
      at,
    );
    // The test signing key rides in the same entry, so tests see one template entry (0020).
    const keyId = await insertTestSigningKey(tx, at);
    await appendAudit(tx, {
      actor: { kind: "system", name: "test" },
      action: "gazetteer.imported",
      subject: "gazetteer:test-template",
      at,
      rows: [
        ...written.map((r) => ({ table: "places" as const, id: r.id, jsonb: r.jsonb })),
        { table: "signing_keys", id: keyId },
      ],
    });
  });
}
