-- cfm:rehash provision_versions
-- Why a provision's wording was recorded is either what a person wrote, or one of the system's
-- own occasions: the first wording of a new agreement or provision, or an import from a file.
-- Those were stored as English sentences ("Wording as first recorded.", "Imported from x.json."),
-- which an Arabic reader then saw in English. They become a kind (and the file's name), composed
-- in the reader's language by the interface; a person's reason stays as written (docs/language.md).
ALTER TABLE provision_versions ADD COLUMN reason_kind text NOT NULL DEFAULT 'stated'
  CHECK (reason_kind IN ('stated', 'first_recorded', 'added', 'imported'));
ALTER TABLE provision_versions ADD COLUMN imported_from text;
ALTER TABLE provision_versions ADD CONSTRAINT provision_versions_reason_kind CHECK (
  (reason_kind = 'stated' AND reason <> '' AND imported_from IS NULL)
  OR (reason_kind IN ('first_recorded', 'added') AND reason = '' AND imported_from IS NULL)
  OR (reason_kind = 'imported' AND reason = '' AND imported_from IS NOT NULL));

-- The wordings recorded so far with the system's sentences say the same thing as a kind. The
-- table is append-only; this one rewrite of how the occasion is written (not of any wording) is
-- re-recorded in the audit chain by the runner (cfm:rehash).
ALTER TABLE provision_versions DISABLE TRIGGER provision_versions_append_only;
UPDATE provision_versions SET reason_kind = 'first_recorded', reason = ''
  WHERE reason = 'Wording as first recorded.';
UPDATE provision_versions SET reason_kind = 'added', reason = ''
  WHERE reason = 'Provision added.';
UPDATE provision_versions
  SET reason_kind = 'imported', imported_from = substring(reason FROM 15 FOR length(reason) - 15),
      reason = ''
  WHERE reason LIKE 'Imported from %.' AND length(reason) > 15;
ALTER TABLE provision_versions ENABLE TRIGGER provision_versions_append_only;
