-- cfm:rehash parties
-- A party's short name in each language, for places too narrow for its full name (list rows,
-- the header): a Latin code next to an Arabic name read badly.
ALTER TABLE parties ADD COLUMN short_en text;
ALTER TABLE parties ADD COLUMN short_ar text;
