-- Account security: TOTP second factor with single-use recovery codes, the short-lived challenge
-- between the password and the second factor, API tokens for machine clients, session metadata,
-- and system settings (read-only mode). `users` is not changed, so no audited row is rehashed.
-- Factors, codes, challenges, tokens and sessions hold secrets (or their hashes) and change often:
-- they are not audited rows; every change to them writes an audit event instead (decision 0006).

ALTER TABLE sessions
  ADD COLUMN enrolment_only boolean NOT NULL DEFAULT false,
  ADD COLUMN last_seen_at   timestamptz,
  ADD COLUMN user_agent     text,
  ADD COLUMN ip             text;

CREATE TABLE totp_factors (
  user_id         uuid PRIMARY KEY REFERENCES users(id),
  -- base32 shared secret (RFC 6238); a deployment should encrypt the database at rest
  secret          text NOT NULL,
  created_at      timestamptz NOT NULL,
  confirmed_at    timestamptz,
  -- the last 30-second time step a code was accepted for: a code is never accepted twice
  last_used_step  integer
);

CREATE TABLE recovery_codes (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id),
  code_hash   text NOT NULL,
  created_at  timestamptz NOT NULL,
  used_at     timestamptz,
  UNIQUE (user_id, code_hash)
);

CREATE TABLE login_challenges (
  id          uuid PRIMARY KEY,
  token_hash  text NOT NULL UNIQUE,
  user_id     uuid NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX login_challenges_user ON login_challenges(user_id);

CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users(id),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash    text NOT NULL UNIQUE,
  scopes        text[] NOT NULL CHECK (cardinality(scopes) >= 1),
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  last_used_at  timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

-- Mission-wide switches set by an administrator (read-only mode). An audited table.
CREATE TABLE system_settings (
  id          text PRIMARY KEY,  -- the setting's name, e.g. read_only
  value       jsonb NOT NULL,
  updated_at  timestamptz NOT NULL,
  updated_by  text NOT NULL
);
