-- cfm:rehash agreements, provisions
-- A provision's wording is never overwritten (issue 12): each wording is a row of
-- provision_versions, appended with who recorded it, when and why; the provisions row keeps only
-- the clause's identity (the code findings cite) and whether it was retired. Findings cite a code
-- and were drafted at a time: the wording they cite is the version recorded last before it.
-- An agreement records which language's text is authoritative.
ALTER TABLE agreements ADD COLUMN authoritative_language text NOT NULL DEFAULT 'en'
  CHECK (authoritative_language IN ('en', 'ar'));

CREATE TABLE provision_versions (
  id                 uuid PRIMARY KEY,
  provision_id       uuid NOT NULL REFERENCES provisions(id),
  version            integer NOT NULL CHECK (version >= 1),
  text_en            text NOT NULL,
  text_ar            text NOT NULL,
  obligated_parties  text[] NOT NULL DEFAULT '{}',
  reason             text NOT NULL,
  recorded_by        text NOT NULL,
  recorded_at        timestamptz NOT NULL,
  UNIQUE (provision_id, version)
);

CREATE FUNCTION provision_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'provision wordings are versioned and never overwritten' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER provision_versions_append_only BEFORE UPDATE OR DELETE ON provision_versions
  FOR EACH ROW EXECUTE FUNCTION provision_versions_append_only();

-- The wording recorded so far becomes each provision's first version. It was in force before
-- any finding was drafted, which the "first version when none is older" rule of the reads covers.
INSERT INTO provision_versions (id, provision_id, version, text_en, text_ar, obligated_parties,
                                reason, recorded_by, recorded_at)
  SELECT gen_random_uuid(), id, 1, text_en, text_ar, obligated_parties,
         'Wording as first recorded.', 'system:migration', now()
  FROM provisions;

ALTER TABLE provisions DROP COLUMN text_en;
ALTER TABLE provisions DROP COLUMN text_ar;
ALTER TABLE provisions DROP COLUMN obligated_parties;
ALTER TABLE provisions ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE provisions ADD COLUMN retired_at timestamptz;
ALTER TABLE provisions ADD COLUMN retired_reason text;
ALTER TABLE provisions ADD CONSTRAINT provisions_retired_reason
  CHECK ((retired_at IS NULL) = (retired_reason IS NULL));

-- The joint body's delegations (the 5+5 JMC's two, the RCC's two): one per party, its members
-- users of that party with the commission or liaison role, one of them its head.
CREATE TABLE delegations (
  party_code    text PRIMARY KEY REFERENCES parties(code),
  head_user_id  uuid REFERENCES users(id),
  members       uuid[] NOT NULL DEFAULT '{}',
  updated_at    timestamptz NOT NULL,
  CHECK (head_user_id IS NULL OR head_user_id = ANY (members))
);
