-- cfm:rehash commission_action_items
-- The joint commission's workspace, finished (issue 13 item 3; decision 0016):
--  * an action item says why it was cancelled or closed (status_reason), and its link to the
--    commitment it became is a real foreign key now that commitments exist (a link to no
--    commitment is dropped: it named nothing);
--  * the commission's creations (a meeting, an agenda item, a decision, an action item, a
--    delegation's note) take an Idempotency-Key: the key, the hash of the request and the record
--    it made, per user, so that a retried request answers the same record and never a second one.

ALTER TABLE commission_action_items ADD COLUMN status_reason text;
UPDATE commission_action_items SET commitment_id = NULL
  WHERE commitment_id IS NOT NULL AND commitment_id NOT IN (SELECT id FROM commitments);
ALTER TABLE commission_action_items
  ADD CONSTRAINT commission_action_items_commitment
  FOREIGN KEY (commitment_id) REFERENCES commitments(id);
CREATE INDEX commission_action_items_commitment_idx ON commission_action_items (commitment_id)
  WHERE commitment_id IS NOT NULL;

CREATE TABLE commission_requests (
  user_id       uuid NOT NULL REFERENCES users(id),
  key           text NOT NULL,
  kind          text NOT NULL
                CHECK (kind IN ('meeting','agenda_item','decision','action_item','note')),
  request_hash  text NOT NULL,
  record_id     uuid NOT NULL,
  meeting_id    uuid NOT NULL REFERENCES commission_meetings(id),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);
