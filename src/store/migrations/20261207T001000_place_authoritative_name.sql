-- cfm:rehash places
-- Which of a place's names is authoritative, its Arabic name or its Latin-script one (issue 12:
-- "which one is authoritative is recorded"). Recorded when a keeper says so (a place added in the
-- browser); NULL means the rule every place followed so far: the Arabic name where there is one.
ALTER TABLE places ADD COLUMN authoritative_name text
  CHECK (authoritative_name IN ('ar', 'latin'));
