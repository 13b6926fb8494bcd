-- cfm:rehash geo_layer_versions, commission_decisions
-- The line of contact as the joint commission decides it (issue 13 item 4, decision 0019).
-- A layer version may be "proposed": drawn or uploaded by mission staff, evaluated but ranked
-- last. The commission adopts it by a decision co-signed by each delegation's head; in that
-- signature's transaction the version becomes "agreed" from the decision's stated date.

ALTER TABLE geo_layer_versions DROP CONSTRAINT geo_layer_versions_status_check;
ALTER TABLE geo_layer_versions
  ADD CONSTRAINT geo_layer_versions_status_check
  CHECK (status IN ('agreed','working','claimed','proposed'));

-- The parts of the line the parties dispute, as a GeoJSON MultiLineString (null: none marked).
ALTER TABLE geo_layer_versions ADD COLUMN disputed jsonb;

-- The decision that adopted this version as agreed (null: not adopted by a decision).
ALTER TABLE geo_layer_versions ADD COLUMN adopted_by_decision_id uuid;

-- A decision that, once in effect, makes a proposed layer version agreed from a date.
ALTER TABLE commission_decisions
  ADD COLUMN adopts_layer_version_id uuid REFERENCES geo_layer_versions(id),
  ADD COLUMN adopts_from timestamptz,
  ADD CONSTRAINT commission_decisions_adopts_from
    CHECK ((adopts_layer_version_id IS NULL) = (adopts_from IS NULL));
CREATE INDEX commission_decisions_adopts ON commission_decisions (adopts_layer_version_id)
  WHERE adopts_layer_version_id IS NOT NULL;

ALTER TABLE geo_layer_versions
  ADD CONSTRAINT geo_layer_versions_adopted_by
  FOREIGN KEY (adopted_by_decision_id) REFERENCES commission_decisions(id);

-- Versions stay append-only. Two changes are allowed: ending an open version once (valid_to from
-- null to a time), and the commission's adoption of a proposed version: status from 'proposed'
-- to 'agreed', valid_from to the decision's date, adopted_by_decision_id set, nothing else.
CREATE OR REPLACE FUNCTION geo_layer_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'geo layer versions are never deleted; end their validity instead'
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'proposed' AND NEW.status = 'agreed' AND OLD.adopted_by_decision_id IS NULL
     AND NEW.adopted_by_decision_id IS NOT NULL
     AND (to_jsonb(NEW) - 'valid_from' - 'status' - 'adopted_by_decision_id' - 'valid_to')
         IS NOT DISTINCT FROM
         (to_jsonb(OLD) - 'valid_from' - 'status' - 'adopted_by_decision_id' - 'valid_to') THEN
    RETURN NEW;
  END IF;
  IF OLD.valid_to IS NOT NULL
     OR (to_jsonb(NEW) - 'valid_to') IS DISTINCT FROM (to_jsonb(OLD) - 'valid_to') THEN
    RAISE EXCEPTION 'geo layer versions are never rewritten; add a new version instead'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
