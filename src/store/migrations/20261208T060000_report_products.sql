-- cfm:rehash mission
-- Report products (issue 14 part 1, decision 0022): daily, spot, periodic and mandating-body
-- reports generated from the data in both languages, edited by the analysts, reviewed by another
-- person (four eyes), then released like a finding: frozen (the HTML and PDF bytes kept in the file
-- store under their SHA-256), hashed, to both parties at one instant, and to the public where the
-- product's classification allows.

-- The daily report's cut-off, a wall time in the mission's time zone ("HH:MM"): the report of a day
-- covers the 24 hours that end at that time.
ALTER TABLE mission ADD COLUMN daily_report_cutoff text NOT NULL DEFAULT '19:30'
  CHECK (daily_report_cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');

CREATE TABLE report_products (
  id                   uuid PRIMARY KEY,
  -- DR-2020-01-15, SR-…, PR-…, MB-…: kind and period, with a counter when taken.
  reference            text NOT NULL UNIQUE,
  kind                 text NOT NULL CHECK (kind IN ('daily','spot','periodic','mandate')),
  -- public: released to both parties and published; parties: to both parties only.
  classification       text NOT NULL CHECK (classification IN ('public','parties')),
  state                text NOT NULL CHECK (state IN ('draft','in_review','approved','released')),
  period_from          timestamptz NOT NULL,
  period_to            timestamptz NOT NULL,
  -- The spot report's incident.
  incident_id          uuid REFERENCES incidents(id),
  -- The generated sections (structured data, both languages), replaced on regeneration.
  generated            jsonb NOT NULL,
  generated_at         timestamptz NOT NULL,
  -- The analysts' added text per section, {sectionKey: {en, ar}}: never touched by regeneration.
  added                jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by           uuid NOT NULL REFERENCES users(id),
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  submitted_by         uuid REFERENCES users(id),
  submitted_at         timestamptz,
  approved_by          uuid REFERENCES users(id),
  approved_at          timestamptz,
  released_by          uuid REFERENCES users(id),
  release_at           timestamptz,
  -- SHA-256 of the canonical JSON of what was frozen (sections, added text, file hashes).
  content_hash         text,
  -- The frozen files, by their SHA-256 in the file store: the parties' version, and the public one.
  parties_html_sha256  text,
  parties_pdf_sha256   text,
  public_html_sha256   text,
  public_pdf_sha256    text,
  idempotency_key      text,
  request_hash         text,
  CHECK (period_from < period_to),
  CHECK ((kind = 'spot') = (incident_id IS NOT NULL)),
  CHECK ((idempotency_key IS NULL) = (request_hash IS NULL)),
  CHECK ((state = 'released') = (release_at IS NOT NULL AND content_hash IS NOT NULL
    AND parties_html_sha256 IS NOT NULL AND parties_pdf_sha256 IS NOT NULL)),
  CHECK (public_html_sha256 IS NULL OR classification = 'public'),
  CHECK (approved_by IS NULL OR approved_by <> created_by),
  UNIQUE (created_by, idempotency_key)
);
CREATE INDEX report_products_released ON report_products (release_at, id) WHERE state = 'released';
CREATE INDEX report_products_updated ON report_products (updated_at, id);

-- A released product is frozen: its row (and so its hashes) never changes again, nor goes away.
CREATE FUNCTION cfm_report_product_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.state = 'released' THEN
    RAISE EXCEPTION 'report product % is released and frozen', OLD.reference;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER report_products_frozen BEFORE UPDATE OR DELETE ON report_products
  FOR EACH ROW EXECUTE FUNCTION cfm_report_product_frozen();
