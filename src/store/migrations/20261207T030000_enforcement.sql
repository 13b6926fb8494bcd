-- cfm:rehash mission
-- The enforcement ladder after a finding of violation (issue 13 item 5, decision 0017): a formal
-- notice to the responsible party, its response, referral to the joint commission, the
-- commission's decision and referral to the mandating body. Every step is a row of one
-- append-only table; a correction is a new step naming the step it corrects.

-- What the mandate says about the mandating body (the Security Council through the
-- Secretary-General's reports, the OSCE Permanent Council, IGAD…): its name in both languages and
-- whether the mission may refer a case to it. Empty: no mandating body named, no referral.
ALTER TABLE mission ADD COLUMN mandate jsonb NOT NULL DEFAULT '{}'::jsonb;

CREATE TABLE enforcement_steps (
  id                uuid PRIMARY KEY,
  -- The notice a step belongs to; a notice's own row names itself.
  notice_id         uuid NOT NULL REFERENCES enforcement_steps(id),
  -- Position in its notice's ladder, from 1 (the notice): two writers racing for the same next
  -- step collide here instead of both succeeding.
  seq               integer NOT NULL CHECK (seq >= 1),
  incident_id       uuid NOT NULL REFERENCES incidents(id),
  kind              text NOT NULL CHECK (kind IN ('notice','response','commission_referral',
                      'commission_decision','mandating_body_referral','correction')),
  -- The party notified (the finding's attributed party), on every step of the ladder.
  party             text NOT NULL REFERENCES parties(code),
  -- The release the notice was issued on, and the finding it froze.
  release_id        uuid NOT NULL REFERENCES releases(id),
  finding_id        uuid NOT NULL REFERENCES findings(id),
  finding_version   integer NOT NULL,
  -- The notice's cited provision codes (their wording is read, decision 0011).
  provisions        text[] NOT NULL DEFAULT '{}',
  -- The notice's response deadline: the calendar day in the mission's time zone, and the last
  -- instant of that day there.
  deadline_day      text CHECK (deadline_day ~ '^\d{4}-\d{2}-\d{2}$'),
  deadline_at       timestamptz,
  text_en           text NOT NULL DEFAULT '',
  text_ar           text NOT NULL DEFAULT '',
  -- The language the step was written in (a party's response is written in one).
  language          text NOT NULL CHECK (language IN ('ar','en')),
  -- The joint commission's agenda item (set when the commission's meetings exist; the lead links it).
  agenda_item_id    uuid,
  corrects_step_id  uuid REFERENCES enforcement_steps(id),
  created_by        uuid NOT NULL REFERENCES users(id),
  created_at        timestamptz NOT NULL,
  UNIQUE (notice_id, seq),
  CHECK ((kind = 'notice') = (notice_id = id)),
  CHECK ((kind = 'notice') = (deadline_at IS NOT NULL AND deadline_day IS NOT NULL)),
  CHECK ((kind = 'correction') = (corrects_step_id IS NOT NULL))
);
-- One notice per release: a retried issue finds the notice already there.
CREATE UNIQUE INDEX enforcement_one_notice_per_release ON enforcement_steps(release_id)
  WHERE kind = 'notice';
CREATE INDEX enforcement_steps_incident ON enforcement_steps(incident_id, created_at);
CREATE INDEX enforcement_notices_deadline ON enforcement_steps(deadline_at) WHERE kind = 'notice';
CREATE TRIGGER enforcement_steps_append_only BEFORE UPDATE OR DELETE ON enforcement_steps
  FOR EACH ROW EXECUTE FUNCTION cfm_append_only();
