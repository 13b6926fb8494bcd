-- cfm:rehash findings
-- A finding's narratives in both content languages, and which one is authoritative (the text that
-- prevails when the two differ). public_narrative and restricted_narrative stay what they were for
-- English text; the Arabic text gets its own columns. A finding written before this migration
-- keeps its text: in the Arabic columns when it has more Arabic letters than Latin ones (the
-- application put any language into the one column), otherwise as English; its language is the
-- authoritative one.
ALTER TABLE findings
  ADD COLUMN public_narrative_ar text NOT NULL DEFAULT '',
  ADD COLUMN restricted_narrative_ar text NOT NULL DEFAULT '',
  ADD COLUMN authoritative_language text NOT NULL DEFAULT 'en'
    CHECK (authoritative_language IN ('ar','en'));

ALTER TABLE findings DISABLE TRIGGER findings_append_only;
UPDATE findings
  SET public_narrative_ar = public_narrative,
      restricted_narrative_ar = restricted_narrative,
      public_narrative = '',
      restricted_narrative = '',
      authoritative_language = 'ar'
  WHERE length(regexp_replace(public_narrative || restricted_narrative, '[^\u0621-\u064A]', '', 'g'))
      > length(regexp_replace(public_narrative || restricted_narrative, '[^A-Za-z]', '', 'g'));
ALTER TABLE findings ENABLE TRIGGER findings_append_only;
