-- cfm:adopt places
-- The gazetteer's places join the audited tables (decision 0013): every change to a place records
-- its row hash, and `cfm audit verify` notices a place changed behind the audit's back. The
-- places held before this migration are recorded as they are now, in one `migration.adopt`
-- entry (the runner writes it, after this file ran).

-- Ids the same place has in other sources, learnt when an import matched an incoming place to
-- it ("geonames:2210247" for an OpenStreetMap place): importing that source again matches by id.
ALTER TABLE places ADD COLUMN source_ids text[] NOT NULL DEFAULT '{}';
CREATE INDEX places_source_ids ON places USING gin (source_ids);

-- A report located from the gazetteer by its place name carries the place's coordinates, not
-- coordinates its filer gave. When the gazetteer corrects the place's position (or merges it
-- into another), those derived coordinates follow it, and only them: everything the filer said
-- stays as received.
CREATE OR REPLACE FUNCTION reports_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moving text[] := ARRAY['status','incident_id','triage_reason','triaged_by','triaged_at'];
BEGIN
  IF OLD.location_source = 'gazetteer' AND NEW.location_source = 'gazetteer' THEN
    moving := moving || ARRAY['lat','lon','place_candidates'];
  END IF;
  IF (to_jsonb(NEW) - moving) IS DISTINCT FROM (to_jsonb(OLD) - moving) THEN
    RAISE EXCEPTION 'reports are immutable once received; file an amendment instead'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
