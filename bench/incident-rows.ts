/**
 * Incidents inserted with SQL (INSERT … SELECT generate_series), shaped as the services write
 * them, for the benchmarks that read many: each incident with one report (some with explosions
 * counted) and a finding, and, when asked, the finding's public release with the content a
 * release freezes (src/domain/releases.ts), the point on the public grid. The map's counted cells
 * are rebuilt once after the load (the load itself skips them: cfm.map_bulk_load). Ids are derived from the row number
 * (md5), so the rows of one incident join without a round trip.
 */
import { sql, type RawBuilder } from "kysely";
import type { Db } from "../src/services/deps.js";
import { rebuildMapCells } from "../src/store/map-cells-repo.js";

/** Rows per INSERT: a few seconds each, and PGlite's write-ahead log stays small. */
const BATCH = 50_000;

const CATEGORIES = ["A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "C1", "D1", "D2"];

export interface IncidentRows {
  /** Row numbers first..last (inclusive); the ids and references are derived from them. */
  first: number;
  last: number;
  /** The events start at `from`, spread evenly over `spanMs`. */
  from: Date;
  spanMs: number;
  /** Who created, drafted and released them (a user id). */
  by: string;
  parties: readonly [string, string];
  /** Also the finding's public release, released at `releasedAt`. */
  releasedAt?: Date;
  /** The user who filed the party complaints (the even rows); by default none (a monitor's). */
  complainant?: string;
  /** The texts, as SQL over the row number `g` (by default "Bench report g", "Incident g"…). */
  texts?: Partial<IncidentTexts>;
  /** Count the map's cells again after the load (default); false when the caller will. */
  countMap?: boolean;
}

export interface IncidentTexts {
  description: RawBuilder<string>;
  language: RawBuilder<string>;
  placeName: RawBuilder<string | null>;
  title: RawBuilder<string>;
  narrative: RawBuilder<string>;
  narrativeAr: RawBuilder<string>;
}

const DEFAULT_TEXTS: IncidentTexts = {
  description: sql`'Bench report ' || g`,
  language: sql`'en'`,
  placeName: sql`NULL::text`,
  title: sql`'Incident ' || g`,
  narrative: sql`'Shelling reported near the line, "incident" ' || g || '.'`,
  narrativeAr: sql`'قصف قرب الخط ' || g`,
};

export async function insertIncidents(db: Db, r: IncidentRows): Promise<void> {
  for (let start = r.first; start <= r.last; start += BATCH) {
    const end = Math.min(r.last, start + BATCH - 1);
    await insertBatch(db, r, start, end);
  }
  for (const table of ["incidents", "reports", "findings", "releases"]) {
    await sql`ANALYZE ${sql.table(table)}`.execute(db);
  }
  // The map's counts (decision 0027), once for all rather than per loaded batch.
  if (r.countMap === false) return;
  await rebuildMapCells(db);
  await sql`ANALYZE map_cells`.execute(db);
  await sql`ANALYZE map_marks`.execute(db);
}

async function insertBatch(db: Db, r: IncidentRows, start: number, end: number): Promise<void> {
  const count = r.last - r.first + 1;
  const [a, b] = r.parties;
  const t = { ...DEFAULT_TEXTS, ...r.texts };
  // Row g: its start, its point (a third around Tripoli, the rest over Libya), its category.
  const rows = sql`SELECT g,
      ${t.description} AS description, ${t.language} AS language, ${t.placeName} AS place_name,
      ${t.title} AS title, ${t.narrative} AS narrative, ${t.narrativeAr} AS narrative_ar,
      md5('incident' || g)::uuid AS id, 'INC-B' || lpad(g::text, 7, '0') AS reference,
      ${r.from}::timestamptz + (g - ${r.first}) * (${r.spanMs}::float8 / ${count}) * interval '1 millisecond' AS at,
      CASE WHEN g % 3 = 0 THEN 32.8 + ((g * 7919) % 1000) / 4000.0 - 0.125
        ELSE 20 + ((g * 104729) % 1300) / 100.0 END AS lat,
      CASE WHEN g % 3 = 0 THEN 13.29 + ((g * 3571) % 1000) / 3300.0 - 0.15
        ELSE 10 + ((g * 7907) % 1500) / 100.0 END AS lon,
      (${sql.val(CATEGORIES)}::text[])[(1 + g % ${CATEGORIES.length})::int] AS category,
      CASE g % 3 WHEN 0 THEN ARRAY[${a}, ${b}] WHEN 1 THEN ARRAY[${a}] ELSE ARRAY[${b}] END AS parties
    FROM generate_series(${start}::bigint, ${end}::bigint) g`;
  const released = r.releasedAt ?? null;
  await db.transaction().execute(async (tx) => {
    // The map's counts wait for the end of the load (cfm_map_rebuild, below).
    await sql`SET LOCAL cfm.map_bulk_load = 'on'`.execute(tx);
    await sql`INSERT INTO incidents (id, reference, state, title, title_generated, category,
        occurred_from, occurred_to, lat, lon, concerned_parties, created_by, created_at,
        updated_at, classification, report_parties, public_release_at, released_at)
      SELECT id, reference, ${released ? "published" : "assessed"}, title, true,
        category, at, at + interval '1 hour', lat, lon, parties, ${r.by}::uuid, at, at,
        'public', CASE WHEN g % 2 = 0 THEN ARRAY[${a}] ELSE '{}' END,
        ${released}::timestamptz, ${released}::timestamptz
      FROM (${rows}) x`.execute(tx);
    // Half the reports a party's complaint, half the mission's own monitors'.
    await sql`INSERT INTO reports (id, tracking_id, source_kind, submitter_party, submitted_by, received_at,
        occurred_from, occurred_to, lat, lon, category, description, language, place_name, counts,
        status, incident_id)
      SELECT md5('report' || g)::uuid, 'RPT-B' || lpad(g::text, 7, '0'),
        CASE WHEN g % 2 = 0 THEN 'party_complaint' ELSE 'monitor' END,
        CASE WHEN g % 2 = 0 THEN ${a} END, CASE WHEN g % 2 = 0 THEN ${r.complainant ?? null}::uuid END,
        at, at, at + interval '1 hour', lat, lon, category,
        description, language, place_name,
        CASE WHEN g % 4 = 0 THEN jsonb_build_object('explosions', g % 7) ELSE '{}' END,
        'in_incident', id
      FROM (${rows}) x`.execute(tx);
    await sql`INSERT INTO findings (id, incident_id, version, outcome, verification_level,
        attribution_level, attributed_party, public_narrative, public_narrative_ar, drafted_by,
        created_at, classification)
      SELECT md5('finding' || g)::uuid, id, 1,
        CASE WHEN g % 5 = 0 THEN 'not_a_violation' ELSE 'violation_attributed' END, 'V3', 'attributed',
        parties[1], narrative, narrative_ar, ${r.by}::uuid, at, 'public'
      FROM (${rows}) x`.execute(tx);
    if (!released) return;
    await sql`INSERT INTO releases (id, incident_id, finding_id, finding_version, audience,
        release_at, content, content_hash, released_by, created_at)
      SELECT md5('release' || g)::uuid, id, md5('finding' || g)::uuid, 1, 'public',
        ${released}::timestamptz, content, encode(sha256(convert_to(content::text, 'UTF8')), 'hex'),
        ${r.by}::uuid, ${released}::timestamptz
      FROM (SELECT x.*, jsonb_build_object(
        'audience', 'public', 'releaseAt', ${released.toISOString()}::text,
        'incident', jsonb_build_object('id', id, 'reference', reference, 'title', title,
          'category', category, 'occurredFrom', ${iso(sql`at`)},
          'occurredTo', ${iso(sql`at + interval '1 hour'`)},
          'location', jsonb_build_object('lat', round(lat * 10) / 10, 'lon', round(lon * 10) / 10),
          'coarsened', jsonb_build_object('gridDegrees', 0.1), 'concernedParties', to_jsonb(parties)),
        'finding', jsonb_build_object('version', 1,
          'outcome', CASE WHEN g % 5 = 0 THEN 'not_a_violation' ELSE 'violation_attributed' END,
          'verificationLevel', 'V3', 'attributionLevel', 'attributed', 'attributedParty', parties[1],
          'provisions', '[]'::jsonb, 'severity', null, 'standardOfProof', null,
          'publicNarrative', narrative, 'publicNarrativeAr', narrative_ar,
          'authoritativeLanguage', 'en')) AS content
        FROM (${rows}) x) y`.execute(tx);
  });
}

/** An instant as JavaScript writes it (toISOString), in SQL. */
function iso(at: ReturnType<typeof sql>) {
  return sql`to_char((${at}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
