-- Signatures and an anchored audit log (issue 14 part 2, decision 0020).

-- The mission's Ed25519 signing keys: the public half, published; the private half is a file in
-- the keys folder (CFM_KEYS_DIR), never in the database. Exactly one key is active.
CREATE TABLE signing_keys (
  id                text PRIMARY KEY,  -- first 16 hex digits of SHA-256 of the raw public key
  algorithm         text NOT NULL DEFAULT 'ed25519' CHECK (algorithm = 'ed25519'),
  public_key        text NOT NULL UNIQUE,  -- the raw 32-byte public key, base64
  status            text NOT NULL CHECK (status IN ('active', 'retired', 'revoked')),
  created_at        timestamptz NOT NULL,
  activated_at      timestamptz NOT NULL,
  rotated_at        timestamptz,       -- when a newer key replaced it
  rotation_reason   text,
  revoked_at        timestamptz,       -- signatures dated from this instant on are invalid
  revocation_reason text,
  created_by        text NOT NULL
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) WHERE status = 'active';

-- What was signed: a product (a finding release, later a report) by kind and id, the SHA-256 of
-- its bytes, and the signature over that statement. Audited.
CREATE TABLE product_signatures (
  id          uuid PRIMARY KEY,
  kind        text NOT NULL,
  product_id  text NOT NULL,
  sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  key_id      text NOT NULL REFERENCES signing_keys(id),
  signed_at   timestamptz NOT NULL,
  signature   text NOT NULL,
  UNIQUE (kind, product_id)
);

-- Signed checkpoints of the audit chain's head, published. One per head; never changed.
CREATE TABLE audit_checkpoints (
  seq         bigint PRIMARY KEY,
  head_hash   text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  at          timestamptz NOT NULL,  -- the database's clock, to the millisecond
  key_id      text NOT NULL REFERENCES signing_keys(id),
  signature   text NOT NULL,
  cause       text NOT NULL CHECK (cause IN ('schedule', 'product', 'operator')),
  product_signature_id uuid REFERENCES product_signatures(id)
);
CREATE INDEX audit_checkpoints_product ON audit_checkpoints(product_signature_id)
  WHERE product_signature_id IS NOT NULL;

CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit checkpoints are published and never changed' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only();
