-- Tasks: a site visit or a request for information that a case role assigns to a monitor on an
-- incident (domain.md §3.2, UNDER_VERIFICATION: "field team tasked"). Status open → accepted →
-- done, or declined (with a reason) or cancelled (with a reason). Internal deliberation: never
-- shown to the parties or the joint commission. Audited rows (decision 0001).

CREATE SEQUENCE task_reference_seq;

CREATE TABLE tasks (
  id                 uuid PRIMARY KEY,
  reference          text NOT NULL UNIQUE,
  incident_id        uuid NOT NULL REFERENCES incidents(id),
  kind               text NOT NULL CHECK (kind IN ('site_visit','information_request')),
  instructions       text NOT NULL CHECK (length(instructions) > 0),
  language           text NOT NULL CHECK (language IN ('ar','en')),
  place_name         text,
  lat                float8 CHECK (lat BETWEEN -90 AND 90),
  lon                float8 CHECK (lon BETWEEN -180 AND 180),
  priority           text NOT NULL CHECK (priority IN ('routine','priority','urgent')),
  due_at             timestamptz NOT NULL,
  assignee_id        uuid NOT NULL REFERENCES users(id),
  created_by         uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL,
  status             text NOT NULL CHECK (status IN ('open','accepted','done','declined','cancelled')),
  status_changed_at  timestamptz NOT NULL,
  status_changed_by  uuid NOT NULL REFERENCES users(id),
  -- Why it was declined or cancelled.
  status_reason      text,
  -- The result of a done task: a short outcome note, and the report filed from the visit.
  outcome            text,
  result_report_id   uuid REFERENCES reports(id),
  -- A client's retry of the same creation (Idempotency-Key) finds the task it already made.
  idempotency_key    text,
  request_hash       text,
  CHECK ((lat IS NULL) = (lon IS NULL)),
  CHECK (kind <> 'site_visit' OR lat IS NOT NULL OR place_name IS NOT NULL),
  CHECK (status <> 'done' OR outcome IS NOT NULL),
  CHECK (status NOT IN ('declined','cancelled') OR status_reason IS NOT NULL),
  CHECK ((idempotency_key IS NULL) = (request_hash IS NULL)),
  UNIQUE (created_by, idempotency_key)
);

CREATE INDEX tasks_assignee ON tasks (assignee_id, status, due_at);
CREATE INDEX tasks_incident ON tasks (incident_id, created_at);
