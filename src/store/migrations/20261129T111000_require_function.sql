-- cfm_require(condition, message): true when the condition holds, otherwise the statement fails
-- with SQLSTATE CFM01 and the message, and everything it wrote is undone. A lone report and its
-- audit entry are written in one statement (decision 0008); the statement states in SQL what it
-- assumed (the audit head it chained on, the row it hashed), and a failed assumption writes
-- nothing, so the caller can fall back to its transaction.
CREATE FUNCTION cfm_require(condition boolean, message text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  IF condition IS NOT TRUE THEN
    RAISE EXCEPTION '%', message USING ERRCODE = 'CFM01';
  END IF;
  RETURN true;
END $$;
