-- The map's per-cell counts of incidents, per audience (decision 0027). Derived data, written by
-- triggers in the transaction of every change to an incident, a finding or a release, so that a
-- whole-country map reads a few thousand counted cells instead of a million rows.
--
-- An audience is a class of viewers that see the same incidents with the same verification
-- levels: 'mission' (every incident but confidential-source ones: intake, and the case roles
-- with 'confidential', the rest), 'released' (the joint commission), 'public', and
-- 'party:<code>' per party (its own complaints, and what was released to it). A count is only
-- ever read for the viewer's own audiences.
--
-- Time: visibility also depends on instants (a release scheduled for later, an embargo). An
-- incident counts in the cells only once every such instant of it has passed (the database's
-- clock); until then it is "volatile" and the map counts it live with the viewer's own clock.
-- `map_horizon.at` is the latest instant of any counted incident: a viewer whose clock is earlier
-- (a skewed node, a test clock) is answered live.
--
-- Writes never wait on each other: a change appends signed deltas (map_cell_deltas, insert
-- only), and a compaction folds them into map_cells (cfm_map_compact, run by the job loop); a
-- read adds both. A change first locks the incident's own marks row (map_marks: what it counts
-- for now), so two transactions changing one incident apply their deltas one after the other.

CREATE TABLE map_cells (
  audience  text NOT NULL,
  z         smallint NOT NULL,
  cx        integer NOT NULL,
  cy        integer NOT NULL,
  category  text NOT NULL,
  -- The verification level of the latest finding the audience may see; '' for none.
  vlevel    text NOT NULL,
  n         bigint NOT NULL,
  sum_lon   float8 NOT NULL,
  sum_lat   float8 NOT NULL,
  PRIMARY KEY (audience, z, cx, cy, category, vlevel)
);
CREATE INDEX map_cells_empty ON map_cells (audience) WHERE n = 0;

CREATE TABLE map_cell_deltas (
  id        bigserial PRIMARY KEY,
  audience  text NOT NULL,
  z         smallint NOT NULL,
  cx        integer NOT NULL,
  cy        integer NOT NULL,
  category  text NOT NULL,
  vlevel    text NOT NULL,
  n         bigint NOT NULL,
  sum_lon   float8 NOT NULL,
  sum_lat   float8 NOT NULL
);
CREATE INDEX map_cell_deltas_cell ON map_cell_deltas (audience, z, cx, cy);

-- What each incident counts for now: its point and category, the audiences it is counted for
-- and, parallel, the level each sees; volatile_until is set while an instant is still to come.
CREATE TABLE map_marks (
  incident_id     uuid PRIMARY KEY REFERENCES incidents(id),
  lon             float8,
  lat             float8,
  category        text,
  audiences       text[] NOT NULL DEFAULT '{}',
  vlevels         text[] NOT NULL DEFAULT '{}',
  volatile_until  timestamptz
);
CREATE INDEX map_marks_volatile ON map_marks (volatile_until) WHERE volatile_until IS NOT NULL;

CREATE TABLE map_horizon (
  one  boolean PRIMARY KEY DEFAULT true CHECK (one),
  at   timestamptz
);
INSERT INTO map_horizon (one, at) VALUES (true, NULL);

-- Which finding a release is of, which the map's counts and the live scopes (findingVisibleTo)
-- ask of every finding they weigh: indexed by 20261210T010000_search_text (releases_finding).

-- The grid levels kept (zoom levels of src/domain/map-grid.ts: a cell is 45 / 2^z degrees);
-- coarser zooms are summed from the next finer level kept (MAP_LEVELS in src/store/map-cells-repo.ts).
CREATE FUNCTION cfm_map_levels() RETURNS smallint[] LANGUAGE sql IMMUTABLE AS
  $$ SELECT ARRAY[3, 4, 5, 6, 7, 8]::smallint[] $$;

-- Each incident's marks as its rows say now. The conditions are those of the scopes in
-- src/store/incidents-repo.ts (incidentScopeFilter, findingVisibleTo) once every instant of the
-- incident has passed; an incident with an instant still to come is counted for no audience.
CREATE VIEW map_marks_now AS
SELECT i.id AS incident_id, i.lon, i.lat, i.category,
  COALESCE(s.audiences, '{}') AS audiences, COALESCE(s.vlevels, '{}') AS vlevels,
  CASE WHEN t.last_instant > now() THEN t.last_instant END AS volatile_until,
  CASE WHEN t.last_instant <= now() THEN t.last_instant END AS counted_instant
FROM incidents i
CROSS JOIN LATERAL (
  SELECT GREATEST(i.embargo_until,
    (SELECT max(r.release_at) FROM releases r WHERE r.incident_id = i.id)) AS last_instant
) t
CROSS JOIN LATERAL (
  SELECT array_agg(v.audience ORDER BY v.audience) AS audiences,
    array_agg(COALESCE(lvl.vlevel, '') ORDER BY v.audience) AS vlevels
  FROM (
    SELECT 'mission' AS audience, 'mission' AS kind, NULL::text AS party
    UNION ALL SELECT 'confidential', 'confidential', NULL
    UNION ALL SELECT 'released', 'released', NULL
    UNION ALL SELECT 'public', 'public', NULL
    UNION ALL SELECT 'party:' || p.code, 'party', p.code FROM parties p
  ) v
  CROSS JOIN LATERAL (
    SELECT (SELECT f.verification_level FROM findings f
      WHERE f.incident_id = i.id
        AND (v.kind IN ('mission', 'confidential') OR EXISTS (
          SELECT 1 FROM releases r WHERE r.finding_id = f.id AND CASE v.kind
            WHEN 'public' THEN r.audience = 'public' AND i.classification = 'public'
            WHEN 'released' THEN r.audience IN ('parties', 'public')
              AND i.classification IN ('public', 'parties')
            ELSE i.classification IN ('public', 'parties') AND (r.audience = 'public'
              OR (r.audience = 'parties' AND v.party = ANY(i.concerned_parties)))
          END))
      ORDER BY f.version DESC LIMIT 1) AS vlevel
  ) lvl
  WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL
    AND (t.last_instant IS NULL OR t.last_instant <= now())
    AND CASE v.kind
      WHEN 'mission' THEN i.classification <> 'confidential_source'
      WHEN 'confidential' THEN i.classification = 'confidential_source'
      WHEN 'released' THEN i.classification IN ('public', 'parties')
        AND (i.public_release_at IS NOT NULL OR i.parties_release_at IS NOT NULL)
      WHEN 'public' THEN i.classification = 'public' AND i.public_release_at IS NOT NULL
      ELSE v.party = ANY(i.report_parties)
        OR (i.classification IN ('public', 'parties') AND (i.public_release_at IS NOT NULL
          OR (v.party = ANY(i.concerned_parties)
            AND (i.parties_release_at IS NOT NULL OR i.state = 'right_of_reply'))))
    END
) s;

-- Re-counts these incidents: their marks as they are now against what they counted for, the
-- difference appended as deltas.
CREATE FUNCTION cfm_map_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- One writer per incident: its marks row, locked in id order.
  INSERT INTO map_marks (incident_id)
    SELECT DISTINCT u.id FROM unnest(ids) u(id) ORDER BY 1 ON CONFLICT DO NOTHING;
  PERFORM 1 FROM map_marks WHERE incident_id = ANY(ids) ORDER BY incident_id FOR UPDATE;

  WITH fresh AS (
    SELECT * FROM map_marks_now WHERE incident_id = ANY(ids)
  ),
  changed AS (
    SELECT f.*, o.lon AS o_lon, o.lat AS o_lat, o.category AS o_category,
      o.audiences AS o_audiences, o.vlevels AS o_vlevels
    FROM fresh f JOIN map_marks o ON o.incident_id = f.incident_id
    WHERE (f.lon, f.lat, f.category, f.audiences, f.vlevels, f.volatile_until)
      IS DISTINCT FROM (o.lon, o.lat, o.category, o.audiences, o.vlevels, o.volatile_until)
  ),
  marked AS (
    UPDATE map_marks m SET lon = c.lon, lat = c.lat, category = c.category,
      audiences = c.audiences, vlevels = c.vlevels, volatile_until = c.volatile_until
    FROM changed c WHERE m.incident_id = c.incident_id
  ),
  d AS (
    SELECT a.audience, lv.z, floor(c.o_lon / (45::float8 / 2::float8 ^ lv.z))::int AS cx,
      floor(c.o_lat / (45::float8 / 2::float8 ^ lv.z))::int AS cy, c.o_category AS category,
      a.vlevel, -1 AS n, -c.o_lon AS slon, -c.o_lat AS slat
    FROM changed c, unnest(c.o_audiences, c.o_vlevels) a(audience, vlevel),
      unnest(cfm_map_levels()) lv(z)
    UNION ALL
    SELECT a.audience, lv.z, floor(c.lon / (45::float8 / 2::float8 ^ lv.z))::int,
      floor(c.lat / (45::float8 / 2::float8 ^ lv.z))::int, c.category,
      a.vlevel, 1, c.lon, c.lat
    FROM changed c, unnest(c.audiences, c.vlevels) a(audience, vlevel),
      unnest(cfm_map_levels()) lv(z)
  ),
  horizon AS (
    UPDATE map_horizon SET at = (SELECT max(counted_instant) FROM fresh)
    WHERE at IS NULL OR at < (SELECT max(counted_instant) FROM fresh)
  )
  INSERT INTO map_cell_deltas (audience, z, cx, cy, category, vlevel, n, sum_lon, sum_lat)
    SELECT audience, z, cx, cy, category, vlevel, sum(n), sum(slon), sum(slat)
    FROM d GROUP BY audience, z, cx, cy, category, vlevel
    HAVING sum(n) <> 0 OR sum(slon) <> 0 OR sum(slat) <> 0;
END $$;

-- Folds the deltas into the cells; returns how many were folded. Safe to run from several
-- processes at once: each delta is deleted, hence folded, by one of them.
CREATE FUNCTION cfm_map_compact() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  folded bigint;
BEGIN
  WITH gone AS (
    DELETE FROM map_cell_deltas RETURNING *
  ),
  sums AS (
    SELECT audience, z, cx, cy, category, vlevel, sum(n) AS n, sum(sum_lon) AS sum_lon,
      sum(sum_lat) AS sum_lat, count(*) AS rows
    FROM gone GROUP BY audience, z, cx, cy, category, vlevel
  ),
  folded_in AS (
    INSERT INTO map_cells (audience, z, cx, cy, category, vlevel, n, sum_lon, sum_lat)
      SELECT audience, z, cx, cy, category, vlevel, n, sum_lon, sum_lat FROM sums
      ORDER BY audience, z, cx, cy, category, vlevel
    ON CONFLICT (audience, z, cx, cy, category, vlevel) DO UPDATE SET
      n = map_cells.n + EXCLUDED.n,
      sum_lon = map_cells.sum_lon + EXCLUDED.sum_lon,
      sum_lat = map_cells.sum_lat + EXCLUDED.sum_lat
  )
  SELECT COALESCE(sum(rows), 0) INTO folded FROM sums;
  DELETE FROM map_cells WHERE n = 0;
  RETURN folded;
END $$;

-- Counts every incident afresh (a party added, or rows written with SQL directly): the finest
-- level from the marks, each coarser one from the level below it.
CREATE FUNCTION cfm_map_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  levels smallint[] := cfm_map_levels();
  i integer;
BEGIN
  DELETE FROM map_cell_deltas;
  DELETE FROM map_cells;
  DELETE FROM map_marks;
  INSERT INTO map_marks (incident_id, lon, lat, category, audiences, vlevels, volatile_until)
    SELECT incident_id, lon, lat, category, audiences, vlevels, volatile_until FROM map_marks_now;
  INSERT INTO map_cells (audience, z, cx, cy, category, vlevel, n, sum_lon, sum_lat)
    SELECT a.audience, levels[cardinality(levels)],
      floor(m.lon / (45::float8 / 2::float8 ^ levels[cardinality(levels)]))::int,
      floor(m.lat / (45::float8 / 2::float8 ^ levels[cardinality(levels)]))::int,
      m.category, a.vlevel, count(*), sum(m.lon), sum(m.lat)
    FROM map_marks m, unnest(m.audiences, m.vlevels) a(audience, vlevel)
    GROUP BY 1, 2, 3, 4, 5, 6;
  FOR i IN REVERSE cardinality(levels) - 1 .. 1 LOOP
    INSERT INTO map_cells (audience, z, cx, cy, category, vlevel, n, sum_lon, sum_lat)
      SELECT audience, levels[i],
        floor(cx / 2::float8 ^ (levels[i + 1] - levels[i]))::int,
        floor(cy / 2::float8 ^ (levels[i + 1] - levels[i]))::int,
        category, vlevel, sum(n), sum(sum_lon), sum(sum_lat)
      FROM map_cells WHERE z = levels[i + 1]
      GROUP BY 1, 2, 3, 4, 5, 6;
  END LOOP;
  UPDATE map_horizon SET at = GREATEST(at, (SELECT max(counted_instant) FROM map_marks_now));
END $$;

-- Counts again the incidents whose last instant has passed since they were last counted.
CREATE FUNCTION cfm_map_settle() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  due uuid[];
BEGIN
  due := ARRAY(SELECT incident_id FROM map_marks WHERE volatile_until <= now()
    ORDER BY incident_id);
  PERFORM cfm_map_refresh(due);
  RETURN cardinality(due);
END $$;

-- A bulk load (benchmarks, an import written in SQL) may skip the counting row by row with
-- SET LOCAL cfm.map_bulk_load = 'on', and then calls cfm_map_rebuild(): until then the counts miss
-- its rows.
CREATE FUNCTION cfm_map_incidents_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('cfm.map_bulk_load', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM cfm_map_refresh(ARRAY(SELECT id FROM new_rows ORDER BY id));
  ELSE
    PERFORM cfm_map_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.lat, n.lon, n.category, n.classification, n.embargo_until, n.concerned_parties,
          n.report_parties, n.state, n.parties_release_at, n.public_release_at)
        IS DISTINCT FROM (o.lat, o.lon, o.category, o.classification, o.embargo_until,
          o.concerned_parties, o.report_parties, o.state, o.parties_release_at,
          o.public_release_at)
      ORDER BY n.id));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER map_incidents_inserted AFTER INSERT ON incidents
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cfm_map_incidents_changed();
CREATE TRIGGER map_incidents_updated AFTER UPDATE ON incidents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cfm_map_incidents_changed();

-- Findings and releases are append-only: a new one may change what level an audience sees.
CREATE FUNCTION cfm_map_incident_rows_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('cfm.map_bulk_load', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM cfm_map_refresh(ARRAY(SELECT DISTINCT incident_id FROM new_rows ORDER BY 1));
  RETURN NULL;
END $$;
CREATE TRIGGER map_findings_inserted AFTER INSERT ON findings
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cfm_map_incident_rows_added();
CREATE TRIGGER map_releases_inserted AFTER INSERT ON releases
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cfm_map_incident_rows_added();

-- A party added or removed: every incident is counted again (its audience is new).
CREATE FUNCTION cfm_map_parties_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM cfm_map_rebuild();
  RETURN NULL;
END $$;
CREATE TRIGGER map_parties_changed AFTER INSERT OR DELETE ON parties
  FOR EACH STATEMENT EXECUTE FUNCTION cfm_map_parties_changed();

SELECT cfm_map_rebuild();
