-- Secrets the server derives values from, shared by every server process on the database
-- (issue 14: the public report receipt's tag). Not mission data and not audited: a secret is
-- created once, at first use, and never changed by a person. Only the server reads it.
CREATE TABLE server_secrets (
  name       text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
