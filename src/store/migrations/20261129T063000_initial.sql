-- Core monitoring loop: parties, users, sessions, agreements, reports, incidents, findings,
-- evidence with custody, and the hash-chained audit log. PostgreSQL 15 subset (PGlite is 18).

CREATE TABLE parties (
  code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,15}$'),
  name_en     text NOT NULL,
  name_ar     text NOT NULL,
  colour      text NOT NULL DEFAULT '#666666',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             uuid PRIMARY KEY,
  username       text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name   text NOT NULL,
  role           text NOT NULL CHECK (role IN ('intake','monitor','analyst','reviewer','chief',
                   'liaison','commission','auditor','admin')),
  party_code     text REFERENCES parties(code),
  password_hash  text NOT NULL,
  is_demo        boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  disabled_at    timestamptz,
  CHECK (role <> 'liaison' OR party_code IS NOT NULL)
);

CREATE TABLE sessions (
  id            uuid PRIMARY KEY,
  token_hash    text NOT NULL UNIQUE,
  user_id       uuid NOT NULL REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE agreements (
  id                 uuid PRIMARY KEY,
  code               text NOT NULL UNIQUE,
  title_en           text NOT NULL,
  title_ar           text NOT NULL,
  signed_at          timestamptz,
  entry_into_force   timestamptz NOT NULL
);

CREATE TABLE provisions (
  id                 uuid PRIMARY KEY,
  agreement_id       uuid NOT NULL REFERENCES agreements(id),
  code               text NOT NULL UNIQUE,
  text_en            text NOT NULL,
  text_ar            text NOT NULL,
  obligated_parties  text[] NOT NULL DEFAULT '{}'
);

CREATE SEQUENCE report_tracking_seq;

CREATE TABLE incidents (
  id                 uuid PRIMARY KEY,
  reference          text NOT NULL UNIQUE,
  state              text NOT NULL CHECK (state IN ('received','triaged','de_escalation',
                       'under_verification','assessed','in_review','right_of_reply','endorsed',
                       'published','restricted_release','follow_up','closed','reopened')),
  title              text NOT NULL,
  category           text NOT NULL,
  occurred_from      timestamptz NOT NULL,
  occurred_to        timestamptz NOT NULL,
  lat                float8,
  lon                float8,
  concerned_parties  text[] NOT NULL DEFAULT '{}',
  created_by         uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  released_at        timestamptz
);
CREATE SEQUENCE incident_reference_seq;
CREATE INDEX incidents_state ON incidents(state);
CREATE INDEX incidents_occurred ON incidents(occurred_from);

CREATE TABLE reports (
  id                 uuid PRIMARY KEY,
  tracking_id        text NOT NULL UNIQUE,
  version            integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  supersedes_id      uuid REFERENCES reports(id),
  source_kind        text NOT NULL CHECK (source_kind IN ('party_complaint','monitor','public',
                       'media','sensor')),
  submitted_by       uuid REFERENCES users(id),
  submitter_party    text REFERENCES parties(code),
  alleged_party      text REFERENCES parties(code),
  received_at        timestamptz NOT NULL,
  occurred_from      timestamptz NOT NULL,
  occurred_to        timestamptz NOT NULL,
  date_precision     smallint NOT NULL DEFAULT 1 CHECK (date_precision BETWEEN 1 AND 5),
  lat                float8 CHECK (lat BETWEEN -90 AND 90),
  lon                float8 CHECK (lon BETWEEN -180 AND 180),
  where_precision    smallint NOT NULL DEFAULT 1 CHECK (where_precision BETWEEN 1 AND 7),
  place_name         text,
  category           text NOT NULL,
  description        text NOT NULL,
  language           text NOT NULL CHECK (language IN ('ar','en')),
  counts             jsonb NOT NULL DEFAULT '{}',
  source_grade       text CHECK (source_grade ~ '^[A-F][1-6]$'),
  is_demo            boolean NOT NULL DEFAULT false,
  -- triage: the only columns that may change after receipt (see trigger below)
  status             text NOT NULL DEFAULT 'received' CHECK (status IN ('received','in_incident',
                       'merged','out_of_scope','superseded')),
  incident_id        uuid REFERENCES incidents(id),
  triage_reason      text,
  triaged_by         uuid REFERENCES users(id),
  triaged_at         timestamptz,
  CHECK (occurred_from <= occurred_to),
  CHECK ((lat IS NULL) = (lon IS NULL)),
  CHECK (lat IS NOT NULL OR place_name IS NOT NULL)
);
CREATE INDEX reports_received ON reports(received_at DESC, id DESC);
CREATE INDEX reports_occurred ON reports(occurred_from);
CREATE INDEX reports_submitter_party ON reports(submitter_party);
CREATE INDEX reports_incident ON reports(incident_id);
CREATE INDEX reports_status ON reports(status);

-- A report is immutable once received: an amendment is a new version. Only triage columns move.
CREATE FUNCTION reports_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - ARRAY['status','incident_id','triage_reason','triaged_by','triaged_at'])
     IS DISTINCT FROM
     (to_jsonb(OLD) - ARRAY['status','incident_id','triage_reason','triaged_by','triaged_at']) THEN
    RAISE EXCEPTION 'reports are immutable once received; file an amendment instead'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER reports_immutable BEFORE UPDATE ON reports
  FOR EACH ROW EXECUTE FUNCTION reports_immutable();

CREATE TABLE idempotency_keys (
  scope         text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  report_id     uuid NOT NULL REFERENCES reports(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

CREATE TABLE findings (
  id                    uuid PRIMARY KEY,
  incident_id           uuid NOT NULL REFERENCES incidents(id),
  version               integer NOT NULL CHECK (version >= 1),
  outcome               text NOT NULL,
  verification_level    text NOT NULL,
  attribution_level     text NOT NULL,
  attributed_party      text REFERENCES parties(code),
  provisions            text[] NOT NULL DEFAULT '{}',
  severity              smallint CHECK (severity BETWEEN 1 AND 3),
  standard_of_proof     text,
  source_grades         jsonb NOT NULL DEFAULT '[]',
  public_narrative      text NOT NULL DEFAULT '',
  restricted_narrative  text NOT NULL DEFAULT '',
  drafted_by            uuid NOT NULL REFERENCES users(id),
  created_at            timestamptz NOT NULL,
  UNIQUE (incident_id, version)
);

-- Findings are versioned, never overwritten.
CREATE FUNCTION findings_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'findings are versioned and never overwritten' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER findings_append_only BEFORE UPDATE OR DELETE ON findings
  FOR EACH ROW EXECUTE FUNCTION findings_append_only();

CREATE TABLE evidence_items (
  id             uuid PRIMARY KEY,
  report_id      uuid NOT NULL REFERENCES reports(id),
  sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes     bigint NOT NULL CHECK (size_bytes >= 0),
  media_type     text NOT NULL,
  original_name  text NOT NULL,
  uploaded_by    uuid REFERENCES users(id),
  received_at    timestamptz NOT NULL
);
CREATE INDEX evidence_report ON evidence_items(report_id);

CREATE TABLE custody_entries (
  id            uuid PRIMARY KEY,
  evidence_id   uuid NOT NULL REFERENCES evidence_items(id),
  at            timestamptz NOT NULL,
  actor         text NOT NULL,
  action        text NOT NULL CHECK (action IN ('received','viewed','downloaded','verified')),
  note          text
);
CREATE INDEX custody_evidence ON custody_entries(evidence_id, at);

CREATE TABLE audit_entries (
  seq          bigint PRIMARY KEY,
  at           text NOT NULL,
  actor        text NOT NULL,
  action       text NOT NULL,
  subject      text NOT NULL,
  data         jsonb NOT NULL,
  data_hash    text NOT NULL,
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
CREATE INDEX audit_subject ON audit_entries(subject, seq);

-- One row: the head of the chain. Appending locks it, which orders every audited transaction.
CREATE TABLE audit_head (
  id    smallint PRIMARY KEY CHECK (id = 1),
  seq   bigint NOT NULL,
  hash  text NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
