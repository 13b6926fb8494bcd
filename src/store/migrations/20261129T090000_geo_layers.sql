-- Geo layers (line of contact, zones, withdrawal lines, areas of control, storage sites, roads)
-- and their time-bounded versions; the stored evaluation of every located report and incident
-- against the versions valid at its time; and the persisted job queue (decision 0004).

CREATE TABLE geo_layers (
  id              uuid PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('line_of_contact','buffer_zone',
                    'disengagement_area','withdrawal_line','area_of_control','storage_site','road')),
  name            text NOT NULL,
  name_ar         text,
  -- area of control: the party in control; withdrawal line: whose weapons; storage site: whose
  party           text REFERENCES parties(code),
  weapon_classes  text[] NOT NULL DEFAULT '{}',
  description     text,
  is_demo         boolean NOT NULL DEFAULT false,
  created_by      uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL,
  CHECK (kind <> 'area_of_control' OR party IS NOT NULL),
  CHECK (kind <> 'withdrawal_line' OR cardinality(weapon_classes) > 0)
);

CREATE TABLE geo_layer_versions (
  id           uuid PRIMARY KEY,
  layer_id     uuid NOT NULL REFERENCES geo_layers(id),
  version      integer NOT NULL CHECK (version >= 1),
  valid_from   timestamptz NOT NULL,
  -- exclusive; null while current. Set once, by a later version or an explicit end.
  valid_to     timestamptz,
  status       text NOT NULL CHECK (status IN ('agreed','working','claimed')),
  claimed_by   text REFERENCES parties(code),
  source       text,
  geometry     jsonb NOT NULL,
  left_party   text REFERENCES parties(code),
  right_party  text REFERENCES parties(code),
  behind_side  text CHECK (behind_side IN ('left','right')),
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL,
  UNIQUE (layer_id, version),
  CHECK (valid_to IS NULL OR valid_to > valid_from),
  CHECK (status <> 'claimed' OR claimed_by IS NOT NULL)
);
CREATE INDEX geo_layer_versions_valid ON geo_layer_versions(layer_id, valid_from);

-- Versions are never rewritten: a new geometry is a new version. The one change allowed is
-- ending an open version (valid_to from null to a time), which the service audits.
CREATE FUNCTION geo_layer_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'geo layer versions are never deleted; end their validity instead'
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.valid_to IS NOT NULL
     OR (to_jsonb(NEW) - 'valid_to') IS DISTINCT FROM (to_jsonb(OLD) - 'valid_to') THEN
    RAISE EXCEPTION 'geo layer versions are never rewritten; add a new version instead'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER geo_layer_versions_append_only BEFORE UPDATE OR DELETE ON geo_layer_versions
  FOR EACH ROW EXECUTE FUNCTION geo_layer_versions_append_only();

-- Derived data, recomputable from audited inputs: not an audited table. The flat columns are
-- what the list filters read.
CREATE TABLE geo_evaluations (
  subject_kind       text NOT NULL CHECK (subject_kind IN ('report','incident')),
  subject_id         uuid NOT NULL,
  at                 timestamptz NOT NULL,
  lat                float8 NOT NULL,
  lon                float8 NOT NULL,
  result             jsonb NOT NULL,
  layer_fingerprint  text NOT NULL,
  -- the party whose side of the primary line of contact the point is on, and the signed distance
  side_party         text,
  distance_km        float8,
  -- unsigned distance to the nearest valid line of contact, whatever its status
  nearest_line_km    float8,
  area_party         text,
  district           text,
  zone_layer_ids     uuid[] NOT NULL DEFAULT '{}',
  computed_at        timestamptz NOT NULL,
  PRIMARY KEY (subject_kind, subject_id)
);
CREATE INDEX geo_evaluations_at ON geo_evaluations(at);
CREATE INDEX geo_evaluations_side ON geo_evaluations(subject_kind, side_party);
CREATE INDEX geo_evaluations_near ON geo_evaluations(subject_kind, nearest_line_km);
CREATE INDEX geo_evaluations_district ON geo_evaluations(subject_kind, district);
CREATE INDEX geo_evaluations_zones ON geo_evaluations USING gin (zone_layer_ids);

CREATE TABLE jobs (
  id           uuid PRIMARY KEY,
  kind         text NOT NULL,
  payload      jsonb NOT NULL DEFAULT '{}',
  state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','running','done','failed')),
  attempts     integer NOT NULL DEFAULT 0,
  run_after    timestamptz NOT NULL,
  last_error   text,
  created_at   timestamptz NOT NULL,
  started_at   timestamptz,
  finished_at  timestamptz
);
CREATE INDEX jobs_ready ON jobs(run_after) WHERE state IN ('queued','running');
