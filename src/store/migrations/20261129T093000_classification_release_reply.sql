-- cfm:rehash reports, incidents, findings, evidence_items
-- Per-record access (decision 0007): every report, incident, finding and evidence item carries a
-- classification, the parties it concerns and an optional embargo. Confidential source fields sit
-- in their own table; releases are frozen snapshots with a content hash; the right of reply has
-- a window with a deadline and append-only replies.

ALTER TABLE reports
  ADD COLUMN classification text NOT NULL DEFAULT 'internal'
    CHECK (classification IN ('public','parties','mandating_body','internal','confidential_source')),
  ADD COLUMN concerned_parties text[] NOT NULL DEFAULT '{}',
  ADD COLUMN embargo_until timestamptz;

ALTER TABLE incidents
  ADD COLUMN classification text NOT NULL DEFAULT 'parties'
    CHECK (classification IN ('public','parties','mandating_body','internal','confidential_source')),
  ADD COLUMN embargo_until timestamptz;

ALTER TABLE findings
  ADD COLUMN classification text NOT NULL DEFAULT 'parties'
    CHECK (classification IN ('public','parties','mandating_body','internal','confidential_source')),
  ADD COLUMN concerned_parties text[] NOT NULL DEFAULT '{}',
  ADD COLUMN embargo_until timestamptz;

ALTER TABLE evidence_items
  ADD COLUMN classification text NOT NULL DEFAULT 'internal'
    CHECK (classification IN ('public','parties','mandating_body','internal','confidential_source')),
  ADD COLUMN concerned_parties text[] NOT NULL DEFAULT '{}',
  ADD COLUMN embargo_until timestamptz;

-- Rows written before this migration get what intake would give them now: a party complaint
-- goes to its own party; a finding concerns its incident's parties; evidence follows its report.
ALTER TABLE reports DISABLE TRIGGER reports_immutable;
UPDATE reports SET classification = 'parties', concerned_parties = ARRAY[submitter_party]
  WHERE source_kind = 'party_complaint' AND submitter_party IS NOT NULL;
ALTER TABLE reports ENABLE TRIGGER reports_immutable;

ALTER TABLE findings DISABLE TRIGGER findings_append_only;
UPDATE findings f SET concerned_parties = i.concerned_parties
  FROM incidents i WHERE i.id = f.incident_id;
ALTER TABLE findings ENABLE TRIGGER findings_append_only;

ALTER TABLE evidence_items DISABLE TRIGGER evidence_items_unchangeable;
UPDATE evidence_items e SET classification = r.classification,
    concerned_parties = r.concerned_parties
  FROM reports r WHERE r.id = e.report_id;
ALTER TABLE evidence_items ENABLE TRIGGER evidence_items_unchangeable;

CREATE INDEX reports_concerned ON reports USING gin (concerned_parties);
CREATE INDEX incidents_concerned ON incidents USING gin (concerned_parties);

CREATE FUNCTION cfm_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only; add a new row instead', TG_TABLE_NAME
    USING ERRCODE = 'check_violation';
END $$;

-- Who the source of a report is, and the witnesses it names. Read only by analysts, reviewers
-- and the chief, and every read is an audit entry (action source.read).
CREATE TABLE report_sources (
  report_id        uuid PRIMARY KEY REFERENCES reports(id),
  source_identity  text,
  witnesses        text[] NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL
);
CREATE TRIGGER report_sources_append_only BEFORE UPDATE ON report_sources
  FOR EACH ROW EXECUTE FUNCTION cfm_append_only();

-- A finding released to an audience: the exact content every recipient reads, and its hash.
CREATE TABLE releases (
  id               uuid PRIMARY KEY,
  incident_id      uuid NOT NULL REFERENCES incidents(id),
  finding_id       uuid NOT NULL REFERENCES findings(id),
  finding_version  integer NOT NULL,
  audience         text NOT NULL CHECK (audience IN ('parties','mandating_body','public')),
  release_at       timestamptz NOT NULL,
  content          jsonb NOT NULL,
  content_hash     text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  released_by      uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL
);
CREATE INDEX releases_incident ON releases(incident_id, release_at);
CREATE TRIGGER releases_append_only BEFORE UPDATE OR DELETE ON releases
  FOR EACH ROW EXECUTE FUNCTION cfm_append_only();

-- The right of reply: opened when a case enters right_of_reply, for the finding then current.
CREATE TABLE reply_windows (
  id               uuid PRIMARY KEY,
  incident_id      uuid NOT NULL REFERENCES incidents(id),
  finding_id       uuid NOT NULL REFERENCES findings(id),
  finding_version  integer NOT NULL,
  opens_at         timestamptz NOT NULL,
  closes_at        timestamptz NOT NULL,
  opened_by        uuid NOT NULL REFERENCES users(id),
  CHECK (closes_at > opens_at)
);
CREATE INDEX reply_windows_incident ON reply_windows(incident_id, opens_at);
CREATE TRIGGER reply_windows_append_only BEFORE UPDATE OR DELETE ON reply_windows
  FOR EACH ROW EXECUTE FUNCTION cfm_append_only();

CREATE TABLE replies (
  id               uuid PRIMARY KEY,
  incident_id      uuid NOT NULL REFERENCES incidents(id),
  reply_window_id  uuid NOT NULL REFERENCES reply_windows(id),
  finding_id       uuid NOT NULL REFERENCES findings(id),
  finding_version  integer NOT NULL,
  party            text NOT NULL REFERENCES parties(code),
  text             text NOT NULL,
  language         text NOT NULL CHECK (language IN ('ar','en')),
  submitted_by     uuid NOT NULL REFERENCES users(id),
  submitted_at     timestamptz NOT NULL
);
CREATE INDEX replies_incident ON replies(incident_id, submitted_at);
CREATE TRIGGER replies_append_only BEFORE UPDATE OR DELETE ON replies
  FOR EACH ROW EXECUTE FUNCTION cfm_append_only();
