-- Evidence originals are never altered and the custody log only grows (Berkeley Protocol:
-- authenticity, an unbroken chain of custody). Deletion stays possible, as for reports, and is
-- caught by the audit check. `seq` orders custody entries written in the same instant.
ALTER TABLE custody_entries ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX custody_evidence_seq ON custody_entries(evidence_id, seq);

CREATE FUNCTION evidence_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed; record a new custody entry instead', TG_TABLE_NAME
    USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER evidence_items_unchangeable BEFORE UPDATE ON evidence_items
  FOR EACH ROW EXECUTE FUNCTION evidence_unchangeable();
CREATE TRIGGER custody_entries_unchangeable BEFORE UPDATE ON custody_entries
  FOR EACH ROW EXECUTE FUNCTION evidence_unchangeable();
