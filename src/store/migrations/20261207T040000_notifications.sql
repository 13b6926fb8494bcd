-- Notifications (issue 13, item 6; decision 0018): an in-app inbox row per recipient, each user's
-- e-mail settings, the administrator's webhook endpoints and their delivery log. A notification
-- carries a kind, parameters (references and times, never case content) and a link; it is
-- written in the transaction of the change it announces, and becomes visible at `visible_at`
-- (a release's instant, which may be later: an embargo).

CREATE TABLE notifications (
  id          uuid PRIMARY KEY,
  -- One event reaches many users; a retried job that announces it again writes nothing twice.
  event_key   text NOT NULL,
  user_id     uuid NOT NULL REFERENCES users(id),
  kind        text NOT NULL,
  subject     text NOT NULL,
  link        text NOT NULL,
  params      jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL,
  visible_at  timestamptz NOT NULL,
  read_at     timestamptz,
  UNIQUE (event_key, user_id)
);
CREATE INDEX notifications_inbox ON notifications(user_id, visible_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications(user_id) WHERE read_at IS NULL;

-- A user's own e-mail address and choices. Audited (an address is where case notices go).
CREATE TABLE notification_settings (
  user_id          uuid PRIMARY KEY REFERENCES users(id),
  email            text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
  language         text NOT NULL DEFAULT 'en' CHECK (language IN ('ar','en')),
  -- Kinds the user does not want by e-mail (every kind is sent by default).
  email_kinds_off  text[] NOT NULL DEFAULT '{}',
  updated_at       timestamptz NOT NULL
);

-- Webhook endpoints, registered by the administrator. `audience` is 'mission' (every event of
-- the chosen kinds) or a party's code (only events addressed to that party). Audited.
CREATE TABLE webhook_endpoints (
  id           uuid PRIMARY KEY,
  url          text NOT NULL CHECK (url ~ '^https?://'),
  description  text NOT NULL DEFAULT '',
  kinds        text[] NOT NULL CHECK (cardinality(kinds) > 0),
  audience     text NOT NULL,
  -- The HMAC key: shown once at creation, then only used to sign.
  secret       text NOT NULL,
  created_by   uuid NOT NULL REFERENCES users(id),
  created_at   timestamptz NOT NULL,
  disabled_at  timestamptz
);

-- One row per event per endpoint: the exact body sent (it is what was signed), how it went.
CREATE TABLE webhook_deliveries (
  id            uuid PRIMARY KEY,
  endpoint_id   uuid NOT NULL REFERENCES webhook_endpoints(id),
  event_key     text NOT NULL,
  kind          text NOT NULL,
  body          text NOT NULL,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed')),
  attempts      integer NOT NULL DEFAULT 0,
  last_status   integer,
  last_error    text,
  created_at    timestamptz NOT NULL,
  next_attempt_at timestamptz,
  finished_at   timestamptz,
  UNIQUE (endpoint_id, event_key)
);
CREATE INDEX webhook_deliveries_recent ON webhook_deliveries(created_at DESC, id DESC);
