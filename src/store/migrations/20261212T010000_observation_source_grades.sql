-- A progress observation grades its sources as a finding does (issue 13: "progress observations
-- that carry evidence and a verification level, exactly like findings"): each report it relies on,
-- with the Admiralty grading of that report's source (reliability A–F) and of its information
-- (credibility 1–6). The evidence an observation cites comes with one of those reports.
-- Observations recorded before keep an empty list (their source stays the free text they had).
ALTER TABLE commitment_observations ADD COLUMN source_grades jsonb NOT NULL DEFAULT '[]';
