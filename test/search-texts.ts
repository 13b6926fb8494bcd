/**
 * Takes migrations 20261210T010000_search_text, 20261211T020000_search_prefilter (which adds to
 * its tables) and 20261214T010000_search_readers (which reads them) back out of a migrated
 * database, so that running migrate() again applies them to the rows the database holds: for the
 * test that the migrations fill existing rows, and for the benchmark that times them over a
 * million.
 */
import { sql } from "kysely";
import type { Db } from "../src/store/database.js";

export const SEARCH_TEXT_MIGRATION = "20261210T010000_search_text.sql";
export const SEARCH_PREFILTER_MIGRATION = "20261211T020000_search_prefilter.sql";
export const SEARCH_READERS_MIGRATION = "20261214T010000_search_readers.sql";

export async function undoSearchTextMigration(db: Db): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const statement of [
      sql`DROP TABLE report_search_readers, incident_search_readers`,
      sql`DROP TABLE report_search_texts, incident_search_texts`,
      sql`DROP TRIGGER reports_search_text ON reports`,
      sql`DROP TRIGGER incidents_search_text ON incidents`,
      sql`DROP TRIGGER findings_search_text ON findings`,
      sql`DROP FUNCTION cfm_report_search_sync(), cfm_incident_search_sync(),
        cfm_finding_search_sync(), cfm_report_search_text(text, text),
        cfm_incident_search_text(text, text, text)`,
      sql`DROP FUNCTION cfm_search_bare(text), cfm_report_audiences(uuid, text, text[]),
        cfm_incident_audiences(incidents)`,
      sql`DROP INDEX reports_occurred_id, releases_finding`,
      sql`DELETE FROM schema_migrations
        WHERE name IN (${SEARCH_TEXT_MIGRATION}, ${SEARCH_PREFILTER_MIGRATION},
          ${SEARCH_READERS_MIGRATION})`,
    ])
      await statement.execute(tx);
  });
}
