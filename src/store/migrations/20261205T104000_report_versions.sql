-- A report page lists every version of its report: the later versions are found by the
-- version they supersede (an amendment links back to the version it replaces).
CREATE INDEX reports_supersedes ON reports (supersedes_id) WHERE supersedes_id IS NOT NULL;
