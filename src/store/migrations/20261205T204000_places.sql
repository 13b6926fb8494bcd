-- The gazetteer in the database (issue 12): every named place reports are described with, in
-- Arabic and Latin script, administered and imported from GeoNames, OSM or the project's files.
CREATE TABLE places (
  -- Stable and source-qualified: "osm:node/123", "geonames:2210247", "cfm:mitiga-airport".
  id text PRIMARY KEY,
  -- The usual Latin-script name (the Arabic one when no Latin name is known).
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  name_ar text,
  -- Every other spelling, in either script, that should find the place.
  variants text[] NOT NULL DEFAULT '{}',
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  kind text NOT NULL
    CHECK (kind IN ('city', 'town', 'suburb', 'village', 'hamlet', 'airport', 'airbase', 'site')),
  population bigint CHECK (population >= 0),
  -- Rough coordinates: good for where_prec >= 2 only.
  approximate boolean NOT NULL DEFAULT false,
  -- The district a source assigns the place to, when known.
  district text,
  sources text[] NOT NULL DEFAULT '{}',
  -- A duplicate merged into another place: kept, so that a place id a report recorded still
  -- leads somewhere, but no longer searched.
  merged_into text REFERENCES places (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX places_merged_into ON places (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX places_name ON places (lower(name), id);

-- Servers keep the gazetteer's search index in memory; each compares this number with the one
-- it built from (one cheap read) and rebuilds when another server changed the places.
CREATE TABLE gazetteer_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO gazetteer_state (singleton, version) VALUES (true, 0);

CREATE FUNCTION places_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE gazetteer_state SET version = version + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER places_changed AFTER INSERT OR UPDATE OR DELETE ON places
  FOR EACH STATEMENT EXECUTE FUNCTION places_changed();
