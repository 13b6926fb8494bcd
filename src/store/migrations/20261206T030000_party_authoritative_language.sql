-- cfm:rehash parties
-- A party's authoritative language, like an agreement's and a finding's: which of its names (and
-- the texts it is the author of) prevails where the Arabic and the English differ. A party
-- recorded before this migration is English, as agreements and findings were.
ALTER TABLE parties
  ADD COLUMN authoritative_language text NOT NULL DEFAULT 'en'
    CHECK (authoritative_language IN ('ar','en'));
