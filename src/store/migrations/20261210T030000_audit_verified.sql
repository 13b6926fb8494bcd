-- Where the last successful `cfm audit verify` ended (issue 15, decision 0026): the next run
-- starts after this entry, once it has checked the entry is unchanged; `--full` ignores it. Not
-- audited: it records work done on the log, not the mission, and trusting it can only make a run
-- shorter, never hide a break from a full one.
CREATE TABLE audit_verified (
  id          smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  seq         bigint NOT NULL CHECK (seq >= 0),
  hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  verified_at timestamptz NOT NULL,
  -- when a verification from the first entry, every row checked, last succeeded
  full_at     timestamptz
);
