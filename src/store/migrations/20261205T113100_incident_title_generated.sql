-- cfm:rehash incidents
-- Whether an incident's title was made up by the server (category and place) rather than typed by
-- a person: a made-up title is composed again in the reader's language, a typed one is content.
ALTER TABLE incidents ADD COLUMN title_generated boolean NOT NULL DEFAULT false;
UPDATE incidents SET title_generated = true WHERE title = category OR title LIKE category || ' %';
