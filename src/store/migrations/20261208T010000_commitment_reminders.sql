-- "Due soon" reminders of commitments (issue 13; decision 0015): one row per commitment, deadline
-- instant and lead (days before it), written in the transaction that sends the reminder. The
-- primary key is the guarantee that a second sweep, or a sweep in another server process, never
-- sends it again; a deadline that moves is a new instant, reminded afresh. A log of notices
-- sent, like the inbox itself: not an audited record (the commitment's changes are).
CREATE TABLE commitment_reminders (
  commitment_id uuid NOT NULL REFERENCES commitments(id),
  due_at        timestamptz NOT NULL,
  lead_days     integer NOT NULL CHECK (lead_days > 0),
  sent_at       timestamptz NOT NULL,
  PRIMARY KEY (commitment_id, due_at, lead_days)
);
