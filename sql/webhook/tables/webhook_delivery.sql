-- Replay keys of the ops webhook: signed delivery ids and Alertmanager notification keys,
-- held locked by the request that claimed them until its change is made, so each is applied once.
CREATE TABLE stagenorm.webhook_delivery (
  key         text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 300),
  source      text NOT NULL CHECK (source IN ('signed', 'alertmanager')),
  received_at timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  CHECK (expires_at > received_at)
);
CREATE INDEX webhook_delivery_expires_at ON stagenorm.webhook_delivery (expires_at);
COMMENT ON TABLE stagenorm.webhook_delivery IS
  'Replay keys of the ops webhook (stagenorm serve): a key present and not expired was already applied. Written by stagenorm._claim_webhook_delivery; expired rows are purged by later claims.';
COMMENT ON COLUMN stagenorm.webhook_delivery.key IS
  'id:<webhook-id> for a signed request, am:<sha256> for an Alertmanager notification (groupKey, status, alerts'' fingerprints and startsAt)';
COMMENT ON COLUMN stagenorm.webhook_delivery.source IS 'signed (webhook-id) or alertmanager (notification key)';
COMMENT ON COLUMN stagenorm.webhook_delivery.received_at IS 'When the first delivery was accepted';
COMMENT ON COLUMN stagenorm.webhook_delivery.expires_at IS 'After this the key may be used again';
