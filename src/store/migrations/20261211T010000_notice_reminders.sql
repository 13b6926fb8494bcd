-- cfm:rehash enforcement_steps
-- The enforcement ladder at work (issue 13, "the agreement at work"; decision 0017).
--
-- 1. A formal notice's response deadline is announced: a reminder the day before it and, when it
--    passed without a response, a notice that it did. The periodic sweep of the job runner sends
--    them (as it sends commitments' reminders, 20261208T010000): one row per notice and stage,
--    written in the transaction that sends the notice. The primary key is the guarantee that a
--    second sweep, or a sweep in another server process, never sends it again. A deadline never
--    moves (a correction amends a notice's words, not its day), so the notice and the stage name
--    it. A log of notices sent, like the inbox itself: not an audited record.
CREATE TABLE notice_reminders (
  notice_id   uuid NOT NULL REFERENCES enforcement_steps(id),
  stage       text NOT NULL CHECK (stage IN ('due_soon', 'passed')),
  sent_at     timestamptz NOT NULL,
  PRIMARY KEY (notice_id, stage)
);

-- 2. The commission's decision step names the decision it records, once the joint commission
--    decided in the platform: a decision co-signed by each delegation's head (decision 0016), in
--    effect, of a meeting whose agenda holds the case. Null for a step written before, or for a
--    decision the commission took outside the platform (its words typed on the step).
ALTER TABLE enforcement_steps
  ADD COLUMN decision_id uuid REFERENCES commission_decisions(id),
  ADD CONSTRAINT enforcement_decision_on_decision_step
    CHECK (decision_id IS NULL OR kind = 'commission_decision');
