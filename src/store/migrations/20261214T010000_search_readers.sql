-- Who may read each searched row, newest first (decision 0028, "Readers, newest first"). A
-- party's liaison searching a common word walked every record newest first until a page of the
-- ones it may read was found: at a million incidents, when the newest half was not released,
-- 5.4 s for "قصف" (issue 15). These tables hold, per audience of the stored texts (migration
-- 20261211T020000_search_prefilter), the records that audience may read with their event's start,
-- so that a viewer walks only its own audiences' rows, in the order search shows them.
-- Derived data, as the stored texts: kept by the same triggers, outside the audit.
CREATE TABLE report_search_readers (
  audience      text NOT NULL,
  occurred_from timestamptz NOT NULL,
  report_id     uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  PRIMARY KEY (audience, occurred_from, report_id)
);
CREATE INDEX report_search_readers_report ON report_search_readers (report_id);

CREATE TABLE incident_search_readers (
  audience      text NOT NULL,
  occurred_from timestamptz NOT NULL,
  incident_id   uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  PRIMARY KEY (audience, occurred_from, incident_id)
);
CREATE INDEX incident_search_readers_incident ON incident_search_readers (incident_id);

CREATE OR REPLACE FUNCTION cfm_report_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t text := cfm_report_search_text(NEW.description, NEW.place_name);
  a text[] := cfm_report_audiences(NEW.submitted_by, NEW.classification, NEW.concerned_parties);
BEGIN
  INSERT INTO report_search_texts (report_id, text, bare, audiences)
  VALUES (NEW.id, t, cfm_search_bare(t), a)
  ON CONFLICT (report_id) DO UPDATE
    SET text = EXCLUDED.text, bare = EXCLUDED.bare, audiences = EXCLUDED.audiences;
  -- A report is immutable once received (reports_immutable): its readers are written once.
  INSERT INTO report_search_readers (audience, occurred_from, report_id)
  SELECT DISTINCT x, NEW.occurred_from, NEW.id FROM unnest(a) x
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION cfm_incident_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a text[] := cfm_incident_audiences(NEW);
  t text := cfm_incident_search_text(NEW.title, NULL, NULL);
BEGIN
  IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title THEN
    INSERT INTO incident_search_texts (incident_id, version, text, bare, audiences)
    VALUES (NEW.id, 0, t, cfm_search_bare(t), a)
    ON CONFLICT (incident_id, version) DO UPDATE
      SET text = EXCLUDED.text, bare = EXCLUDED.bare, audiences = EXCLUDED.audiences;
    IF TG_OP = 'UPDATE' THEN
      UPDATE incident_search_texts s
      SET text = x.text, bare = cfm_search_bare(x.text), audiences = a
      FROM (SELECT f.version,
          cfm_incident_search_text(NEW.title, f.public_narrative, f.public_narrative_ar) AS text
        FROM findings f WHERE f.incident_id = NEW.id) x
      WHERE s.incident_id = NEW.id AND s.version = x.version;
    END IF;
  ELSE
    UPDATE incident_search_texts SET audiences = a
    WHERE incident_id = NEW.id AND audiences IS DISTINCT FROM a;
  END IF;
  -- An incident's readers move when its audiences do (a release, a reclassification) or its
  -- start does (a report joining it widens its window).
  IF TG_OP = 'INSERT' OR NEW.occurred_from <> OLD.occurred_from
      OR a IS DISTINCT FROM cfm_incident_audiences(OLD) THEN
    DELETE FROM incident_search_readers r
    WHERE r.incident_id = NEW.id
      AND (r.occurred_from <> NEW.occurred_from OR NOT r.audience = ANY(a));
    INSERT INTO incident_search_readers (audience, occurred_from, incident_id)
    SELECT DISTINCT x, NEW.occurred_from, NEW.id FROM unnest(a) x
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER incidents_search_text ON incidents;
CREATE TRIGGER incidents_search_text
AFTER INSERT OR UPDATE OF title, classification, concerned_parties, report_parties,
  report_submitters, parties_release_at, public_release_at, state, occurred_from ON incidents
FOR EACH ROW EXECUTE FUNCTION cfm_incident_search_sync();

INSERT INTO report_search_readers (audience, occurred_from, report_id)
SELECT DISTINCT x, r.occurred_from, r.id
FROM reports r JOIN report_search_texts s ON s.report_id = r.id, unnest(s.audiences) x;

INSERT INTO incident_search_readers (audience, occurred_from, incident_id)
SELECT DISTINCT x, i.occurred_from, i.id
FROM incidents i JOIN incident_search_texts s ON s.incident_id = i.id AND s.version = 0,
  unnest(s.audiences) x;
