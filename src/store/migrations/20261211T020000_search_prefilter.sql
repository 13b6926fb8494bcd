-- Search's stored texts learn who may read them and how an Arabic word reads without its long
-- vowels, so that one index narrows both (decision 0028, "Prefilters").
--
-- audiences: the classes of viewers that may ever read the row, a superset of every scope of
-- src/store/reports-repo.ts (scopeFilter) and src/store/incidents-repo.ts (incidentScopeFilter)
-- other than the mission's own, which reads every row. Instants (a release still to come, an
-- embargo) are left out, so a key may admit a row the scope then refuses — never the reverse:
-- the scope is still applied to every row found.
--   reports:   'u:<submitter>'; 'intake' unless the source is confidential; 'public' when
--              classified public; 'p:<party>' for each concerned party when classified for them.
--   incidents: 'intake' unless the source is confidential, with 'u:<user>' for each user who
--              filed one of its reports; 'p:<party>' for each party that filed one of its reports
--              or that it concerns once released to the parties or in right of reply;
--              'released' once released to the parties or the public; 'released-public' once
--              released to the public (any party reads it); 'public' when also classified public.
-- bare: the text without the long vowels ا و ي. A word typed without them is searched for with a
-- pattern that admits them between its letters, which gives the trigram index no run of three
-- letters to use; its letters in a row are a plain run in `bare` (src/domain/search-query.ts).
ALTER TABLE report_search_texts
  ADD COLUMN audiences text[] NOT NULL DEFAULT '{}',
  ADD COLUMN bare text NOT NULL DEFAULT '';
ALTER TABLE incident_search_texts
  ADD COLUMN audiences text[] NOT NULL DEFAULT '{}',
  ADD COLUMN bare text NOT NULL DEFAULT '';

CREATE FUNCTION cfm_search_bare(text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT translate(text, 'اوي', '') $$;

CREATE FUNCTION cfm_report_audiences(submitted_by uuid, classification text,
  concerned_parties text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN submitted_by IS NULL THEN '{}'::text[] ELSE ARRAY['u:' || submitted_by] END
    || CASE WHEN classification <> 'confidential_source' THEN ARRAY['intake'] ELSE '{}' END
    || CASE WHEN classification = 'public' THEN ARRAY['public'] ELSE '{}' END
    || CASE WHEN classification = 'parties'
         THEN ARRAY(SELECT 'p:' || p FROM unnest(concerned_parties) p) ELSE '{}' END
$$;

CREATE FUNCTION cfm_incident_audiences(i incidents) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN i.classification <> 'confidential_source'
      THEN ARRAY['intake'] || ARRAY(SELECT 'u:' || u FROM unnest(i.report_submitters) u)
      ELSE '{}' END
    || ARRAY(SELECT 'p:' || p FROM unnest(i.report_parties) p)
    || CASE WHEN i.classification IN ('public', 'parties') THEN
         ARRAY(SELECT 'p:' || p FROM unnest(i.concerned_parties) p
           WHERE i.parties_release_at IS NOT NULL OR i.state = 'right_of_reply')
         || CASE WHEN i.parties_release_at IS NOT NULL OR i.public_release_at IS NOT NULL
              THEN ARRAY['released'] ELSE '{}' END
         || CASE WHEN i.public_release_at IS NOT NULL THEN ARRAY['released-public'] ELSE '{}' END
         || CASE WHEN i.public_release_at IS NOT NULL AND i.classification = 'public'
              THEN ARRAY['public'] ELSE '{}' END
       ELSE '{}' END
$$;

CREATE OR REPLACE FUNCTION cfm_report_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t text := cfm_report_search_text(NEW.description, NEW.place_name);
BEGIN
  INSERT INTO report_search_texts (report_id, text, bare, audiences)
  VALUES (NEW.id, t, cfm_search_bare(t),
    cfm_report_audiences(NEW.submitted_by, NEW.classification, NEW.concerned_parties))
  ON CONFLICT (report_id) DO UPDATE
    SET text = EXCLUDED.text, bare = EXCLUDED.bare, audiences = EXCLUDED.audiences;
  RETURN NULL;
END
$$;

DROP TRIGGER reports_search_text ON reports;
CREATE TRIGGER reports_search_text
AFTER INSERT OR UPDATE OF description, place_name, classification, concerned_parties ON reports
FOR EACH ROW EXECUTE FUNCTION cfm_report_search_sync();

-- An incident's own text, the texts of its findings (which start with its title), and who may
-- read them all; the texts are normalised again only when the title changed.
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
  RETURN NULL;
END
$$;

DROP TRIGGER incidents_search_text ON incidents;
CREATE TRIGGER incidents_search_text
AFTER INSERT OR UPDATE OF title, classification, concerned_parties, report_parties,
  report_submitters, parties_release_at, public_release_at, state ON incidents
FOR EACH ROW EXECUTE FUNCTION cfm_incident_search_sync();

CREATE OR REPLACE FUNCTION cfm_finding_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO incident_search_texts (incident_id, version, text, bare, audiences)
  SELECT NEW.incident_id, NEW.version, x.text, cfm_search_bare(x.text), cfm_incident_audiences(i)
  FROM incidents i,
    LATERAL (SELECT cfm_incident_search_text(i.title, NEW.public_narrative,
      NEW.public_narrative_ar) AS text) x
  WHERE i.id = NEW.incident_id
  ON CONFLICT (incident_id, version) DO UPDATE
    SET text = EXCLUDED.text, bare = EXCLUDED.bare, audiences = EXCLUDED.audiences;
  RETURN NULL;
END
$$;

UPDATE report_search_texts s
SET bare = cfm_search_bare(s.text),
  audiences = cfm_report_audiences(r.submitted_by, r.classification, r.concerned_parties)
FROM reports r WHERE r.id = s.report_id;

UPDATE incident_search_texts s
SET bare = cfm_search_bare(s.text), audiences = cfm_incident_audiences(i)
FROM incidents i WHERE i.id = s.incident_id;

-- One index for the words, the bare words and the audiences together: a viewer's search for a
-- word reads the rows both hold the word and the viewer may read, whichever is the rarer.
DROP INDEX report_search_texts_trgm;
DROP INDEX incident_search_texts_trgm;
CREATE INDEX report_search_texts_gin ON report_search_texts
  USING gin (audiences, text gin_trgm_ops, bare gin_trgm_ops);
CREATE INDEX incident_search_texts_gin ON incident_search_texts
  USING gin (audiences, text gin_trgm_ops, bare gin_trgm_ops);
