-- Open data (issue 14, part 4; decision 0021): events imported from ACLED and UCDP GED files as
-- context (never mixed into the mission's own reports and incidents), the imports with their
-- progress and per-row problems, and the changes feed of what the public may see.

-- One import of one file: read as a job, a batch of rows at a time; the counts grow as it goes.
-- Not an audited table (its counts move while it runs): every batch writes its own audit entry,
-- and the file is kept in the evidence store under its SHA-256, which the entries name.
CREATE TABLE data_imports (
  id           uuid PRIMARY KEY,
  dataset      text NOT NULL CHECK (dataset IN ('acled','ucdp')),
  -- What the rows become: context events, or candidate reports (media) for intake.
  target       text NOT NULL CHECK (target IN ('context','candidates')),
  -- The column set the header showed (acled, acled-legacy, ucdp); null until read.
  layout       text,
  file_name    text NOT NULL,
  file_sha256  text NOT NULL,
  file_bytes   bigint NOT NULL,
  state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','running','done','failed')),
  bytes_read   bigint NOT NULL DEFAULT 0,
  rows_read    integer NOT NULL DEFAULT 0,
  imported     integer NOT NULL DEFAULT 0,
  duplicates   integer NOT NULL DEFAULT 0,
  refused      integer NOT NULL DEFAULT 0,
  error        text,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL,
  finished_at  timestamptz
);
CREATE INDEX data_imports_created ON data_imports(created_at DESC, id DESC);

-- Why a row was refused: its line in the file, the column at fault (null: the whole row).
CREATE TABLE data_import_problems (
  import_id  uuid NOT NULL REFERENCES data_imports(id),
  n          integer NOT NULL,
  row_line   integer NOT NULL,
  column_name text,
  reason     text NOT NULL,
  PRIMARY KEY (import_id, n)
);

CREATE TABLE context_events (
  id              uuid PRIMARY KEY,
  dataset         text NOT NULL CHECK (dataset IN ('acled','ucdp')),
  event_id        text NOT NULL,
  import_id       uuid REFERENCES data_imports(id),
  -- Calendar days, YYYY-MM-DD (text: both engines hand them back the same).
  date_start      text NOT NULL CHECK (date_start ~ '^\d{4}-\d{2}-\d{2}$'),
  date_end        text NOT NULL CHECK (date_end ~ '^\d{4}-\d{2}-\d{2}$' AND date_end >= date_start),
  -- Precision on UCDP's scales (date_prec 1-5, where_prec 1-7); ACLED's derived on export.
  date_precision  smallint NOT NULL CHECK (date_precision BETWEEN 1 AND 5),
  location        text NOT NULL DEFAULT '',
  admin1          text NOT NULL DEFAULT '',
  admin2          text NOT NULL DEFAULT '',
  country         text NOT NULL DEFAULT '',
  lat             double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon             double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  where_precision smallint NOT NULL CHECK (where_precision BETWEEN 1 AND 7),
  actor1          text NOT NULL DEFAULT '',
  actor2          text NOT NULL DEFAULT '',
  event_type      text NOT NULL DEFAULT '',
  sub_event_type  text NOT NULL DEFAULT '',
  fatalities      integer CHECK (fatalities >= 0),
  notes           text NOT NULL DEFAULT '',
  source          text NOT NULL DEFAULT '',
  -- The row as read (lower-case column names), so the columns not mapped are written back.
  cells           jsonb NOT NULL DEFAULT '{}',
  imported_at     timestamptz NOT NULL,
  UNIQUE (dataset, event_id)
);
CREATE INDEX context_events_date ON context_events(date_start, id);
CREATE INDEX context_events_point ON context_events USING gist (point(lon, lat));

-- What the changes feed last said each published incident is: its public release. A sync
-- compares this with what the public may see now and appends the differences to the feed.
CREATE TABLE open_data_published (
  incident_id  uuid PRIMARY KEY,
  release_id   uuid NOT NULL
);

CREATE TABLE open_data_changes (
  seq          bigserial PRIMARY KEY,
  incident_id  uuid NOT NULL,
  -- The public release the record is read from; null when withdrawn.
  release_id   uuid,
  change       text NOT NULL CHECK (change IN ('created','updated','withdrawn')),
  at           timestamptz NOT NULL
);
