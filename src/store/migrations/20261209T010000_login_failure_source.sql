-- Where each failed login came from (the client's address as the server sees it, behind the
-- trusted proxies): the lockout is per account and address, so that a stranger cannot lock the
-- owner out (decision 0024). Earlier rows have none and count for no address.
ALTER TABLE login_failures ADD COLUMN source text;
CREATE INDEX login_failures_username_source_at ON login_failures(username, source, at DESC);
-- A user's known addresses: the sessions opened from them.
CREATE INDEX sessions_user_ip ON sessions(user_id, ip) WHERE ip IS NOT NULL;
