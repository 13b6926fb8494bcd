-- An event window ("from" a day) asks for the records whose event ended on or after it
-- (`occurred_to >= from`, incidentMatches and reportMatches), and nothing indexed that end: the
-- map page's default window (the last 30 days) read every located incident of the mission and
-- kept a tenth (issue 15). The start already has its index (incidents_occurred, reports_occurred).
CREATE INDEX incidents_occurred_to ON incidents (occurred_to);
CREATE INDEX reports_occurred_to ON reports (occurred_to);
