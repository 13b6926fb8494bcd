-- Failed logins, for temporary lockout. Not an audited record table: each failure writes an
-- audit entry of its own (action auth.login_failed) instead.
CREATE TABLE login_failures (
  id        bigserial PRIMARY KEY,
  username  text NOT NULL,
  at        timestamptz NOT NULL
);
CREATE INDEX login_failures_username_at ON login_failures(username, at DESC);
