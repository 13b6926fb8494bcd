-- Indexes for the per-record access checks of the list endpoints (decision 0007, "Cost of the
-- checks", measured by bench/access-check.bench.ts). Indexes only: no table changes.

-- A liaison's incidents: those holding a report of its party, read once as a set of incident ids
-- (index-only, instead of visiting every report of the party).
CREATE INDEX reports_party_incident ON reports(submitter_party, incident_id);

-- What a user filed, newest first: a monitor's (and a liaison's own) reports, and the incidents
-- holding them.
CREATE INDEX reports_submitted_by ON reports(submitted_by, received_at DESC, id DESC);

-- Incidents released to an audience by now, read once as a set of incident ids.
CREATE INDEX releases_audience_at ON releases(audience, release_at) INCLUDE (incident_id);

-- The releases list, newest instant first: scoped viewers read it in order and stop at the page.
CREATE INDEX releases_at ON releases(release_at DESC, id DESC);
