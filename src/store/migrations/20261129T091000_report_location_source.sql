-- cfm:rehash reports
-- Where a report's coordinates come from (decision 0005): 'reported' by the filer, located from
-- the 'gazetteer' by its place name, or left without coordinates because the name was
-- 'ambiguous' (several places) or 'unresolved' (no place). place_candidates lists the places a
-- person may choose from. Both are part of the immutable report (the trigger covers them).
ALTER TABLE reports
  ADD COLUMN location_source text NOT NULL DEFAULT 'reported'
    CHECK (location_source IN ('reported', 'gazetteer', 'ambiguous', 'unresolved')),
  ADD COLUMN place_candidates jsonb;

-- Reports filed before this migration with a place name only were never looked up.
ALTER TABLE reports DISABLE TRIGGER reports_immutable;
UPDATE reports SET location_source = 'unresolved' WHERE lat IS NULL;
ALTER TABLE reports ENABLE TRIGGER reports_immutable;

ALTER TABLE reports ADD CONSTRAINT reports_location_source_coordinates
  CHECK ((location_source IN ('reported', 'gazetteer')) = (lat IS NOT NULL));

-- Map views and same-event candidates: bounding-box searches on both engines, no PostGIS.
CREATE INDEX reports_map_point ON reports USING gist (point(lon, lat)) WHERE lat IS NOT NULL;
CREATE INDEX incidents_map_point ON incidents USING gist (point(lon, lat)) WHERE lat IS NOT NULL;
