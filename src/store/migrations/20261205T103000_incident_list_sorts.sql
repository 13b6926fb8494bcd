-- The incident list's sorts (occurred, updated, reference; either direction): keyset pages read
-- (key, id) in index order and stop at the page. Indexes only: no table changes.
CREATE INDEX incidents_occurred_id ON incidents(occurred_from, id);
CREATE INDEX incidents_updated_id ON incidents(updated_at, id);
CREATE INDEX incidents_reference_id ON incidents(reference, id);
