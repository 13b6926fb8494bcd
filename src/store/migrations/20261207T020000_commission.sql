-- The joint commission's workspace (issue 13 item 3; decision 0016): meetings of the joint body
-- (the 5+5 JMC, the RCC) with an agenda, attendance and minutes in both languages; decisions that
-- take effect only when each delegation's head has signed (a dissent is kept, never erased);
-- action items; each delegation's own internal notes. Audited rows (decision 0001).

CREATE SEQUENCE commission_meeting_seq;

CREATE TABLE commission_meetings (
  id                 uuid PRIMARY KEY,
  reference          text NOT NULL UNIQUE,
  starts_at          timestamptz NOT NULL,
  place_en           text,
  place_ar           text,
  status             text NOT NULL CHECK (status IN ('planned','held','closed')),
  -- Minutes: drafted by the chair or the secretariat (the chief), shared with both delegations
  -- at once when marked shared; frozen from then on.
  minutes_en         text,
  minutes_ar         text,
  minutes_updated_at timestamptz,
  minutes_shared_at  timestamptz,
  minutes_shared_by  uuid REFERENCES users(id),
  created_by         uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  CHECK (place_en IS NOT NULL OR place_ar IS NOT NULL),
  CHECK (minutes_shared_at IS NULL OR (minutes_en IS NOT NULL OR minutes_ar IS NOT NULL))
);
CREATE INDEX commission_meetings_starts ON commission_meetings (starts_at);

-- An agenda item may name a record of any kind (an incident, a release, a geo layer version, a
-- commitment, a notice…): kind and id, with no foreign key, so later kinds need no migration.
CREATE TABLE commission_agenda_items (
  id            uuid PRIMARY KEY,
  meeting_id    uuid NOT NULL REFERENCES commission_meetings(id),
  position      integer NOT NULL CHECK (position >= 1),
  title_en      text,
  title_ar      text,
  text_en       text,
  text_ar       text,
  subject_kind  text CHECK (subject_kind ~ '^[a-z][a-z_]{0,39}$'),
  subject_id    text,
  added_by      text NOT NULL,
  added_at      timestamptz NOT NULL,
  CHECK (title_en IS NOT NULL OR title_ar IS NOT NULL),
  CHECK ((subject_kind IS NULL) = (subject_id IS NULL)),
  UNIQUE (meeting_id, position)
);

CREATE TABLE commission_attendance (
  id           uuid PRIMARY KEY,
  meeting_id   uuid NOT NULL REFERENCES commission_meetings(id),
  user_id      uuid NOT NULL REFERENCES users(id),
  -- The party whose delegation the person sat in; NULL for the chair and the secretariat.
  party_code   text REFERENCES parties(code),
  status       text NOT NULL CHECK (status IN ('present','absent','excused')),
  recorded_by  uuid NOT NULL REFERENCES users(id),
  recorded_at  timestamptz NOT NULL,
  UNIQUE (meeting_id, user_id)
);

-- A decision's text never changes once signed: a revision is a new row (version + 1) that
-- supersedes the old one and restarts the signatures. The delegations whose heads must sign are
-- fixed when it is proposed.
CREATE TABLE commission_decisions (
  id               uuid PRIMARY KEY,
  meeting_id       uuid NOT NULL REFERENCES commission_meetings(id),
  agenda_item_id   uuid NOT NULL REFERENCES commission_agenda_items(id),
  version          integer NOT NULL CHECK (version >= 1),
  supersedes_id    uuid REFERENCES commission_decisions(id),
  text_en          text NOT NULL,
  text_ar          text NOT NULL,
  required_parties text[] NOT NULL CHECK (cardinality(required_parties) >= 1),
  status           text NOT NULL CHECK (status IN ('proposed','in_effect','dissented','superseded')),
  proposed_by      uuid NOT NULL REFERENCES users(id),
  proposed_at      timestamptz NOT NULL,
  effective_at     timestamptz,
  superseded_at    timestamptz,
  CHECK ((status = 'in_effect') = (effective_at IS NOT NULL))
);
CREATE INDEX commission_decisions_meeting ON commission_decisions (meeting_id, proposed_at);
CREATE UNIQUE INDEX commission_decisions_one_successor ON commission_decisions (supersedes_id);

-- Each delegation's answer to a decision: a signature, or a dissent with its reason. Written once
-- by the delegation's head in person; never changed, never deleted.
CREATE TABLE commission_signatures (
  id           uuid PRIMARY KEY,
  decision_id  uuid NOT NULL REFERENCES commission_decisions(id),
  party_code   text NOT NULL REFERENCES parties(code),
  kind         text NOT NULL CHECK (kind IN ('signed','dissented')),
  reason       text,
  signer_id    uuid NOT NULL REFERENCES users(id),
  signed_at    timestamptz NOT NULL,
  CHECK (kind <> 'dissented' OR reason IS NOT NULL),
  UNIQUE (decision_id, party_code)
);

CREATE FUNCTION commission_signatures_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a delegation''s signature or dissent is never changed or erased' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER commission_signatures_append_only BEFORE UPDATE OR DELETE ON commission_signatures
  FOR EACH ROW EXECUTE FUNCTION commission_signatures_append_only();

-- Action items: an owner (a party, a party's delegation, or the mission), a deadline and a status.
-- commitment_id links the commitment an item became (the commitments table comes with issue 13
-- item 1; no foreign key until then).
CREATE TABLE commission_action_items (
  id                uuid PRIMARY KEY,
  meeting_id        uuid NOT NULL REFERENCES commission_meetings(id),
  agenda_item_id    uuid REFERENCES commission_agenda_items(id),
  decision_id       uuid REFERENCES commission_decisions(id),
  title_en          text,
  title_ar          text,
  owner_kind        text NOT NULL CHECK (owner_kind IN ('party','delegation','mission')),
  owner_party       text REFERENCES parties(code),
  deadline          timestamptz NOT NULL,
  status            text NOT NULL CHECK (status IN ('open','in_progress','done','cancelled')),
  commitment_id     uuid,
  created_by        uuid NOT NULL REFERENCES users(id),
  created_at        timestamptz NOT NULL,
  status_changed_at timestamptz NOT NULL,
  CHECK (title_en IS NOT NULL OR title_ar IS NOT NULL),
  CHECK ((owner_kind = 'mission') = (owner_party IS NULL))
);
CREATE INDEX commission_action_items_meeting ON commission_action_items (meeting_id, deadline);

-- A delegation's internal notes and drafts on a meeting (or one of its items): read by that
-- delegation's members only — not the other delegation, not the chair, not the chief.
CREATE TABLE commission_notes (
  id              uuid PRIMARY KEY,
  meeting_id      uuid NOT NULL REFERENCES commission_meetings(id),
  agenda_item_id  uuid REFERENCES commission_agenda_items(id),
  party_code      text NOT NULL REFERENCES parties(code),
  body            text NOT NULL CHECK (length(body) > 0),
  author_id       uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX commission_notes_meeting ON commission_notes (meeting_id, party_code, created_at);
