-- Search reads a stored normalised text with a trigram index instead of normalising every row at
-- query time (src/store/search-repo.ts; decision 0028). The texts are derived data: they live in
-- their own tables, outside the audited rows (whose hashes stay as they are), and triggers keep
-- them right on every insert and update, whatever writes the row.
--
-- report_search_texts: cfm_normalize(description || ' ' || place_name), as search matches it.
-- incident_search_texts: per incident, version 0 holds the text of the incident alone (its title,
-- what search matches while the viewer may see none of its findings) and version n the text with
-- finding version n's public narratives, in English and in Arabic (what search matches when n is
-- the latest version the viewer may see). Restricted narratives are never stored here.
--
-- A migration that changes cfm_normalize must recompute both tables (the UPDATE statements below).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE report_search_texts (
  report_id uuid PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  text      text NOT NULL
);

CREATE TABLE incident_search_texts (
  incident_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  version     integer NOT NULL CHECK (version >= 0),
  text        text NOT NULL,
  PRIMARY KEY (incident_id, version)
);

-- The text search matches for a report, and for an incident with the narratives of one finding
-- (null narratives: the incident alone).
CREATE FUNCTION cfm_report_search_text(description text, place_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT cfm_normalize(coalesce(description, '') || ' ' || coalesce(place_name, ''))
$$;

CREATE FUNCTION cfm_incident_search_text(title text, narrative text, narrative_ar text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT cfm_normalize(coalesce(title, '') || ' ' || coalesce(narrative, '') || ' '
    || coalesce(narrative_ar, ''))
$$;

CREATE FUNCTION cfm_report_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_search_texts (report_id, text)
  VALUES (NEW.id, cfm_report_search_text(NEW.description, NEW.place_name))
  ON CONFLICT (report_id) DO UPDATE SET text = EXCLUDED.text;
  RETURN NULL;
END
$$;

CREATE TRIGGER reports_search_text AFTER INSERT OR UPDATE OF description, place_name ON reports
FOR EACH ROW EXECUTE FUNCTION cfm_report_search_sync();

-- An incident's own text, and the texts of its findings, which start with its title.
CREATE FUNCTION cfm_incident_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_texts (incident_id, version, text)
  VALUES (NEW.id, 0, cfm_incident_search_text(NEW.title, NULL, NULL))
  ON CONFLICT (incident_id, version) DO UPDATE SET text = EXCLUDED.text;
  IF TG_OP = 'UPDATE' THEN
    UPDATE incident_search_texts s
    SET text = cfm_incident_search_text(NEW.title, f.public_narrative, f.public_narrative_ar)
    FROM findings f
    WHERE f.incident_id = NEW.id AND s.incident_id = NEW.id AND s.version = f.version;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER incidents_search_text AFTER INSERT OR UPDATE OF title ON incidents
FOR EACH ROW EXECUTE FUNCTION cfm_incident_search_sync();

CREATE FUNCTION cfm_finding_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_texts (incident_id, version, text)
  SELECT NEW.incident_id, NEW.version,
    cfm_incident_search_text(i.title, NEW.public_narrative, NEW.public_narrative_ar)
  FROM incidents i WHERE i.id = NEW.incident_id
  ON CONFLICT (incident_id, version) DO UPDATE SET text = EXCLUDED.text;
  RETURN NULL;
END
$$;

-- On any update, not only of the narratives: findings are append-only, only a migration rewrites
-- one, and a trigger naming columns would keep a migration from dropping them.
CREATE TRIGGER findings_search_text AFTER INSERT OR UPDATE ON findings
FOR EACH ROW EXECUTE FUNCTION cfm_finding_search_sync();

INSERT INTO report_search_texts (report_id, text)
SELECT id, cfm_report_search_text(description, place_name) FROM reports;

INSERT INTO incident_search_texts (incident_id, version, text)
SELECT id, 0, cfm_incident_search_text(title, NULL, NULL) FROM incidents;

INSERT INTO incident_search_texts (incident_id, version, text)
SELECT f.incident_id, f.version,
  cfm_incident_search_text(i.title, f.public_narrative, f.public_narrative_ar)
FROM findings f JOIN incidents i ON i.id = f.incident_id;

CREATE INDEX report_search_texts_trgm ON report_search_texts USING gin (text gin_trgm_ops);
CREATE INDEX incident_search_texts_trgm ON incident_search_texts USING gin (text gin_trgm_ops);
-- Newest first, with the id as the tie-break, as search orders its matches.
CREATE INDEX reports_occurred_id ON reports (occurred_from, id);
-- The latest finding a party or the public may see is the latest with a release to them
-- (latestVisibleFinding in src/store/incidents-repo.ts): without this index each incident searched
-- read every release (50 s for a liaison's search over a million incidents).
CREATE INDEX releases_finding ON releases (finding_id);
