-- cfm:rehash users
-- Teams and their areas of responsibility (issue 12): a team names the sectors it works; its
-- monitors and analysts see that area first, and a team marked area_only reads nothing else.
-- Sector codes are checked by the services against the mission's sectors.
CREATE TABLE teams (
  code          text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_-]{1,31}$'),
  name_en       text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  name_ar       text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  sector_codes  text[] NOT NULL DEFAULT '{}',
  area_only     boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);

ALTER TABLE users ADD COLUMN team_code text REFERENCES teams(code);
CREATE INDEX users_team ON users(team_code);

-- A one-time link an administrator hands a new user: it lets them choose their password once,
-- then enrol their second factor. Only the token's hash is kept (like sessions and API tokens).
CREATE TABLE enrolment_links (
  id          uuid PRIMARY KEY,
  token_hash  text NOT NULL UNIQUE,
  user_id     uuid NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX enrolment_links_user ON enrolment_links(user_id);
