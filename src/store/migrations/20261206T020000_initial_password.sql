-- cfm:rehash users
-- A user an administrator created with an initial password (issue 12) must choose their own at
-- first log-in before anything else: until then every route but logging in and out, who am I and
-- changing the password answers password_change_required (src/http/account-guards.ts). Choosing
-- a password (changing it, or following an enrolment link) clears the flag.
ALTER TABLE users ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
