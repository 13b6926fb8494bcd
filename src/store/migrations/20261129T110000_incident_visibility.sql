-- cfm:rehash incidents
-- What the access checks need to know of an incident's reports and releases, kept on its row
-- (decision 0007, "Cost of the checks"): a liaison's scope was an OR of EXISTS subqueries over
-- reports (does the incident hold a report of the liaison's party?) and releases (released to
-- the public, or to the parties, by now?), evaluated on every incident of a list, because the
-- list's order has no index; 1.4–1.5 times the unchecked list. With these columns every incident
-- scope is a test of the row alone.
--   report_parties      the distinct submitter parties of its reports (any status, superseded
--                       versions too), sorted bytewise;
--   report_submitters   the distinct users who filed its reports, sorted (a monitor sees the
--                       incidents holding its own reports);
--   parties_release_at  the earliest release_at of its releases to the parties;
--   public_release_at   the earliest release_at of its releases to the public.
-- The services that attach reports (triage, merge) and write releases (transitions) recompute
-- them in the same transaction, before the audit entry records the incident row
-- (visibilityColumns in src/store/incidents-repo.ts, the same expressions as below). Releases
-- are append-only and reports only ever join an incident, so nothing else changes them.

ALTER TABLE incidents
  ADD COLUMN report_parties text[] NOT NULL DEFAULT '{}',
  ADD COLUMN report_submitters uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN parties_release_at timestamptz,
  ADD COLUMN public_release_at timestamptz;

UPDATE incidents SET
  report_parties = ARRAY(SELECT DISTINCT r.submitter_party COLLATE "C"
    FROM reports r WHERE r.incident_id = incidents.id AND r.submitter_party IS NOT NULL
    ORDER BY 1),
  report_submitters = ARRAY(SELECT DISTINCT r.submitted_by
    FROM reports r WHERE r.incident_id = incidents.id AND r.submitted_by IS NOT NULL
    ORDER BY 1),
  parties_release_at = (SELECT min(rel.release_at) FROM releases rel
    WHERE rel.incident_id = incidents.id AND rel.audience = 'parties'),
  public_release_at = (SELECT min(rel.release_at) FROM releases rel
    WHERE rel.incident_id = incidents.id AND rel.audience = 'public');
