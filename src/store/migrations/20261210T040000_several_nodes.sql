-- Several server processes on one PostgreSQL (decision 0025).

-- Request counters of the rate limits (login, receipt look-ups, the public report form), shared by
-- every process: one row per limited route and client address, its count in a fixed window that
-- ends at `window_ends` (the database's clock). Unlogged: a crash forgets the counts, which only
-- gives each client a fresh window; it spares the write-ahead log one record per limited request.
CREATE UNLOGGED TABLE rate_limit_hits (
  key         text PRIMARY KEY,
  hits        integer NOT NULL,
  window_ends timestamptz NOT NULL
);
CREATE INDEX rate_limit_hits_window_ends ON rate_limit_hits (window_ends);

-- Scheduling a periodic job looks for its last run by kind and time.
CREATE INDEX jobs_kind_created ON jobs (kind, created_at);
