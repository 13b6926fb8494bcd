-- A proposed line of contact's disputed parts may be marked again while it is only proposed
-- (decision 0019): the analyst marks and unmarks parts before the commission sees it. Everything
-- else of a version stays as before: ending an open version once, the commission's adoption of a
-- proposed version once, nothing else. An agreed version's disputed parts are as adopted.
CREATE OR REPLACE FUNCTION geo_layer_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'geo layer versions are never deleted; end their validity instead'
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'proposed' AND NEW.status = 'proposed' AND NEW.adopted_by_decision_id IS NULL
     AND (to_jsonb(NEW) - 'disputed') IS NOT DISTINCT FROM (to_jsonb(OLD) - 'disputed') THEN
    RETURN NEW;
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
