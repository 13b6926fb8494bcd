-- What the public may read of the commitments (issue 13; decision 0015, "The public
-- scoreboard"): under the mission's release rules the public sees the register as it stood a
-- delay ago (publicDelayHours when the parties come first), so it needs each commitment's past
-- states, not only its present one. One row per commitment and instant it changed in a way the
-- public board shows: whether it is public, its status, completion deadline, dispute, clause,
-- parties, kind and titles. `since` is the row's `updated_at` (the services' clock, which tests
-- move); two changes at one instant keep the last.
--
-- Written by the database itself on every insert and on every update of those columns, so that
-- no writer (a service, the overdue sweep, an import) can forget it. Derived from the audited
-- commitments rows (each change of which is in the audit chain), it is not audited itself, as
-- the search texts and map cells are not.
CREATE TABLE commitment_states (
  commitment_id     uuid NOT NULL REFERENCES commitments(id),
  since             timestamptz NOT NULL,
  public            boolean NOT NULL,
  status            text NOT NULL,
  deadline_at       timestamptz,
  disputed          boolean NOT NULL,
  provision_id      uuid NOT NULL,
  obligated_parties text[] NOT NULL,
  type              text NOT NULL,
  title_en          text NOT NULL,
  title_ar          text NOT NULL,
  PRIMARY KEY (commitment_id, since)
);
CREATE INDEX commitment_states_since ON commitment_states (since);

CREATE FUNCTION commitment_state_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO commitment_states (commitment_id, since, public, status, deadline_at, disputed,
    provision_id, obligated_parties, type, title_en, title_ar)
  VALUES (NEW.id, NEW.updated_at, NEW.public, NEW.status, NEW.deadline_at,
    NEW.disputed_at IS NOT NULL, NEW.provision_id, NEW.obligated_parties, NEW.type,
    NEW.title_en, NEW.title_ar)
  ON CONFLICT (commitment_id, since) DO UPDATE SET
    public = EXCLUDED.public, status = EXCLUDED.status, deadline_at = EXCLUDED.deadline_at,
    disputed = EXCLUDED.disputed, provision_id = EXCLUDED.provision_id,
    obligated_parties = EXCLUDED.obligated_parties, type = EXCLUDED.type,
    title_en = EXCLUDED.title_en, title_ar = EXCLUDED.title_ar;
  RETURN NULL;
END $$;

CREATE TRIGGER commitment_states_inserted AFTER INSERT ON commitments
  FOR EACH ROW EXECUTE FUNCTION commitment_state_kept();
CREATE TRIGGER commitment_states_updated AFTER UPDATE ON commitments
  FOR EACH ROW WHEN (
    OLD.public IS DISTINCT FROM NEW.public
    OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.deadline_at IS DISTINCT FROM NEW.deadline_at
    OR (OLD.disputed_at IS NULL) IS DISTINCT FROM (NEW.disputed_at IS NULL)
    OR OLD.provision_id IS DISTINCT FROM NEW.provision_id
    OR OLD.obligated_parties IS DISTINCT FROM NEW.obligated_parties
    OR OLD.type IS DISTINCT FROM NEW.type
    OR OLD.title_en IS DISTINCT FROM NEW.title_en
    OR OLD.title_ar IS DISTINCT FROM NEW.title_ar)
  EXECUTE FUNCTION commitment_state_kept();

-- The commitments already entered: their present state, from their last change on (what they
-- were before it is not known, so the public sees them from then, after the delay).
INSERT INTO commitment_states (commitment_id, since, public, status, deadline_at, disputed,
  provision_id, obligated_parties, type, title_en, title_ar)
SELECT id, updated_at, public, status, deadline_at, disputed_at IS NOT NULL, provision_id,
  obligated_parties, type, title_en, title_ar
FROM commitments;
