-- A report filed alone is written with its audit entry by one call of this function, outside any
-- transaction (decision 0008): the call is one statement, so it commits all of it or nothing.
-- A function rather than a statement because its plans are kept by the session: a report costs
-- no parse and no planning, which on the embedded engine was half the cost of filing it.
--
--   report     the new row as to_jsonb() gives it, computed by the application before the write;
--              the audit entry records its hash, so the row stored must be exactly this one. It
--              gives every column: a column missing from it is stored as NULL, not its default
--              (src/services/lone-intake.test.ts fails when the two drift apart);
--   entry      the audit entry, chained by the application on the head it wrote last;
--   prev_seq, prev_hash   that head.
--
-- Answers false, having written nothing, when the head is no longer that one (another process
-- wrote since). Fails with SQLSTATE CFM01, undoing everything, when the stored row differs from
-- `report`. Either way the application then files the report in a transaction.
CREATE FUNCTION cfm_insert_report_audited(report jsonb, entry jsonb, prev_seq bigint,
  prev_hash text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  stored jsonb;
BEGIN
  UPDATE audit_head SET seq = (entry->>'seq')::bigint, hash = entry->>'hash'
    WHERE id = 1 AND seq = prev_seq AND hash = prev_hash;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  INSERT INTO reports SELECT * FROM jsonb_populate_record(NULL::reports, report)
    RETURNING to_jsonb(reports.*) INTO stored;
  IF stored IS DISTINCT FROM report THEN
    RAISE EXCEPTION 'the stored report differs from the row hashed' USING ERRCODE = 'CFM01';
  END IF;
  INSERT INTO audit_entries SELECT * FROM jsonb_populate_record(NULL::audit_entries, entry);
  RETURN true;
END $$;
