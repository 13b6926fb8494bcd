-- The mission as data (issue 12): one row describing the mission this database serves, its
-- first-level districts and its sectors, written by `cfm mission init` from a mission profile
-- (missions/<name>/). Nothing country-specific remains in code.
CREATE TABLE mission (
  code                   text PRIMARY KEY,
  name_en                text NOT NULL,
  name_ar                text NOT NULL,
  -- working languages, the first the default interface language
  languages              text[] NOT NULL,
  -- which language's text is authoritative when both exist
  authoritative_language text NOT NULL,
  -- IANA time zone: mission days (dashboard, exports) are calendar days there
  time_zone              text NOT NULL,
  reply_window_hours     integer NOT NULL CHECK (reply_window_hours > 0),
  release_rules          jsonb NOT NULL DEFAULT '{}',
  joint_body_code        text NOT NULL,
  joint_body_name_en     text NOT NULL,
  joint_body_name_ar     text NOT NULL,
  -- the mission area (admin-0) as a GeoJSON FeatureCollection, and its box [west, south, east, north]
  outline                jsonb NOT NULL,
  bbox                   float8[] NOT NULL CHECK (array_length(bbox, 1) = 4),
  -- the profile folder it was created from (missions/<profile>/)
  profile                text NOT NULL,
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL
);
-- at most one mission per database
CREATE UNIQUE INDEX mission_singleton ON mission ((true));

CREATE TABLE districts (
  code      text PRIMARY KEY,
  -- order in the profile: where districts overlap along a border, the first wins
  position  integer NOT NULL,
  name_en   text NOT NULL,
  name_ar   text,
  variants  text[] NOT NULL DEFAULT '{}',
  -- GeoJSON Polygon or MultiPolygon, WGS84
  geometry  jsonb NOT NULL
);

CREATE TABLE sectors (
  code      text PRIMARY KEY,
  position  integer NOT NULL,
  name_en   text NOT NULL,
  name_ar   text NOT NULL,
  geometry  jsonb NOT NULL
);

-- The sectors' polygons in PostgreSQL's own planar polygon type (lon, lat), derived from
-- sectors.geometry in the same transaction, so the dashboard and the lists can ask "which sector
-- is this point in" in SQL (`polygon @> point`) without PostGIS.
CREATE TABLE sector_parts (
  sector_code text NOT NULL REFERENCES sectors(code) ON DELETE CASCADE,
  position    integer NOT NULL,
  part        integer NOT NULL,
  outer_ring  polygon NOT NULL,
  holes       polygon[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (sector_code, part)
);
CREATE INDEX sector_parts_position ON sector_parts(position, part);
