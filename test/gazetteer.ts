/**
 * The shipped Libya gazetteer in a test database's `places` table: the places every test's
 * place names and coordinates are written against. Written straight into the table (as a
 * template is built, before any audit entry exists), not through the audited import.
 */
import { libyaGazetteerData } from "../src/demo/geo/libya-geo.js";
import { parsePlaceFile } from "../src/domain/geo/place-files.js";
import type { Db } from "../src/store/database.js";
import { insertPlaces } from "../src/store/places-repo.js";

export async function loadTestGazetteer(db: Db): Promise<void> {
  const read = parsePlaceFile("gazetteer.json", JSON.stringify(libyaGazetteerData()));
  if (read.problems.length) throw new Error(`shipped gazetteer: ${JSON.stringify(read.problems)}`);
  const at = new Date("2020-01-01T00:00:00Z");
  await db.transaction().execute((tx) =>
    insertPlaces(
      tx,
      read.places.map((p) => p.place),
      at,
    ),
  );
}
