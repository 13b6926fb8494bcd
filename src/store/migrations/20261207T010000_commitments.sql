-- Commitments and confidence-building measures (issue 13, domain.md §9; decision 0015).
-- A commitment is tied to an agreement provision (clause) and obliges one or more parties; its
-- deadline is a date or an offset from a named anchor event ("D+90"), optionally with a
-- start-by deadline and "complete within N days of the start"; a timetable is a commitment with
-- phases, each with its own deadline. `due_at` is the computed instant of the earliest deadline
-- still to be met (the end of that day in the mission's time zone), kept by the service on
-- every change so that the overdue sweep and the scoreboard are plain indexed SQL.
-- Audited rows (decision 0001): commitment_anchors, commitments, commitment_observations,
-- commitment_breaches.

-- A named, dated mission event a deadline may be relative to (D = the agreement's signature).
-- No date yet: the event has not happened, and deadlines relative to it are not yet due.
CREATE TABLE commitment_anchors (
  code        text PRIMARY KEY CHECK (code ~ '^[A-Za-z][A-Za-z0-9_-]{0,31}$'),
  name_en     text NOT NULL DEFAULT '',
  name_ar     text NOT NULL DEFAULT '',
  -- A calendar day YYYY-MM-DD (text: no driver turns it into a local-time Date).
  occurred_on text CHECK (occurred_on ~ '^\d{4}-\d{2}-\d{2}$'),
  updated_at  timestamptz NOT NULL,
  CHECK (length(name_en) > 0 OR length(name_ar) > 0)
);

CREATE SEQUENCE commitment_reference_seq;

CREATE TABLE commitments (
  id                 uuid PRIMARY KEY,
  reference          text NOT NULL UNIQUE,
  provision_id       uuid NOT NULL REFERENCES provisions(id),
  type               text NOT NULL CHECK (type IN ('withdrawal','departure_foreign_forces',
                       'exchange_detainees','exchange_remains','reopen_route','reopen_flights',
                       'demining','hotline','local_ceasefire_window','media_conduct',
                       'institutional','disarmament')),
  title_en           text NOT NULL DEFAULT '',
  title_ar           text NOT NULL DEFAULT '',
  description_en     text NOT NULL DEFAULT '',
  description_ar     text NOT NULL DEFAULT '',
  obligated_parties  text[] NOT NULL CHECK (cardinality(obligated_parties) > 0),
  beneficiaries      text NOT NULL DEFAULT '',
  target_quantity    numeric CHECK (target_quantity > 0),
  target_unit        text,
  target_geometry    jsonb,
  -- The deadline as written: {"date": "2021-01-23"} or {"anchor": "D", "offsetDays": 90}; the
  -- start-by deadline likewise; or completion within N days of the start.
  deadline           jsonb,
  start_by           jsonb,
  complete_within_days integer CHECK (complete_within_days > 0),
  -- [{ "key", "titleEn", "titleAr", "deadline", "status" }]: a timetable's phases, in order.
  phases             jsonb NOT NULL DEFAULT '[]',
  depends_on         uuid[] NOT NULL DEFAULT '{}',
  responsible_body   text NOT NULL DEFAULT '',
  status             text NOT NULL CHECK (status IN ('not_started','in_progress','partially_met',
                       'met','overdue','reversed','suspended')),
  status_changed_at  timestamptz NOT NULL,
  status_changed_by  text NOT NULL,
  status_reason      text,
  -- The day (mission time zone) work started: "complete within N days of the start" counts from it.
  started_on         text CHECK (started_on ~ '^\d{4}-\d{2}-\d{2}$'),
  -- The earliest deadline still to be met, as an instant; null when none is dated yet.
  due_at             timestamptz,
  -- The instant the whole commitment is due (its completion deadline), met or not: the
  -- scoreboard's "due".
  deadline_at        timestamptz,
  -- Whose deadline `due_at` is: null for the commitment's own, else the phase's key.
  due_phase          text,
  -- A party disputes the mission's account (an observation marked so) since the last status change.
  disputed_at        timestamptz,
  public             boolean NOT NULL DEFAULT false,
  -- What created it, e.g. a joint-commission action item (source_kind 'action_item').
  source_kind        text,
  source_id          text,
  -- null: set up from the mission profile (cfm mission init), by no user.
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  idempotency_key    text,
  request_hash       text,
  CHECK (length(title_en) > 0 OR length(title_ar) > 0),
  CHECK ((target_quantity IS NULL) = (target_unit IS NULL)),
  CHECK (target_quantity IS NULL OR target_geometry IS NULL),
  CHECK (deadline IS NOT NULL OR complete_within_days IS NOT NULL),
  CHECK (complete_within_days IS NULL OR start_by IS NOT NULL),
  CHECK ((source_kind IS NULL) = (source_id IS NULL)),
  CHECK ((idempotency_key IS NULL) = (request_hash IS NULL)),
  UNIQUE (created_by, idempotency_key)
);

-- The overdue sweep: open commitments whose earliest deadline has passed.
CREATE INDEX commitments_due ON commitments (due_at)
  WHERE status IN ('not_started','in_progress','partially_met','reversed');
CREATE INDEX commitments_provision ON commitments (provision_id);
CREATE INDEX commitments_parties ON commitments USING gin (obligated_parties);

CREATE TABLE commitment_observations (
  id                  uuid PRIMARY KEY,
  commitment_id       uuid NOT NULL REFERENCES commitments(id),
  observed_at         timestamptz NOT NULL,
  note_en             text NOT NULL DEFAULT '',
  note_ar             text NOT NULL DEFAULT '',
  -- What the observation shows (e.g. in_progress: work has begun); null: no claim.
  shows_status        text CHECK (shows_status IN ('in_progress','partially_met','met','reversed')),
  quantity            numeric CHECK (quantity >= 0),
  phase_key           text,
  verification_level  text NOT NULL CHECK (verification_level IN ('V0','V1','V2','V3','X','U')),
  source              text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
  evidence_ids        uuid[] NOT NULL DEFAULT '{}',
  -- A party's member records that its party disputes the mission's account.
  disputes            boolean NOT NULL DEFAULT false,
  recorded_by         uuid NOT NULL REFERENCES users(id),
  recorded_party      text,
  recorded_at         timestamptz NOT NULL,
  idempotency_key     text,
  CHECK (length(note_en) > 0 OR length(note_ar) > 0),
  UNIQUE (recorded_by, idempotency_key)
);
CREATE INDEX commitment_observations_commitment ON commitment_observations (commitment_id, observed_at);

-- An incident opened for a breach of a commitment (taxonomy class E), linking both ways.
CREATE TABLE commitment_breaches (
  id             uuid PRIMARY KEY,
  commitment_id  uuid NOT NULL REFERENCES commitments(id),
  incident_id    uuid NOT NULL UNIQUE REFERENCES incidents(id),
  opened_by      uuid NOT NULL REFERENCES users(id),
  opened_at      timestamptz NOT NULL
);
CREATE INDEX commitment_breaches_commitment ON commitment_breaches (commitment_id);

-- Periodic jobs (kind 'periodic:…'): at most one queued run of each, however many processes
-- schedule it.
CREATE UNIQUE INDEX jobs_one_queued_periodic ON jobs (kind)
  WHERE state = 'queued' AND kind LIKE 'periodic:%';
