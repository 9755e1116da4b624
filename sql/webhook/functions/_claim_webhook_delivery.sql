-- Claims a replay key of the ops webhook: true the first time (within its time to live),
-- false for a repeat. Runs inside the caller's transaction, so a claim whose change rolls
-- back is released with it; a concurrent claim of the same key waits and then answers false.
-- SECURITY DEFINER: the webhook's role needs stagenorm_admin (for set_mode), not rights on
-- the table.
CREATE FUNCTION stagenorm._claim_webhook_delivery(
  p_key text,
  p_source text,
  p_ttl_seconds integer,
  p_now timestamptz DEFAULT NULL
) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  v_now timestamptz := coalesce(p_now, now());
  v_claimed integer;
BEGIN
  IF p_key IS NULL OR length(p_key) NOT BETWEEN 1 AND 300 THEN
    RAISE EXCEPTION 'replay key must be 1 to 300 characters'
      USING ERRCODE = 'SN003', DETAIL = format('got %s characters', length(p_key)),
            HINT = 'pass id:<webhook-id> or am:<sha256 hex>';
  END IF;
  IF p_source IS NULL OR p_source NOT IN ('signed', 'alertmanager') THEN
    RAISE EXCEPTION 'replay source must be signed or alertmanager'
      USING ERRCODE = 'SN003', DETAIL = format('got %L', p_source),
            HINT = 'signed for a webhook-id, alertmanager for a notification key';
  END IF;
  IF p_ttl_seconds IS NULL OR p_ttl_seconds NOT BETWEEN 1 AND 604800 THEN
    RAISE EXCEPTION 'replay time to live must be 1 to 604800 seconds'
      USING ERRCODE = 'SN003', DETAIL = format('got %s', p_ttl_seconds),
            HINT = 'a webhook-id needs at least twice the 300 s signature window';
  END IF;

  DELETE FROM stagenorm.webhook_delivery WHERE key = p_key AND expires_at <= v_now;
  INSERT INTO stagenorm.webhook_delivery (key, source, received_at, expires_at)
  VALUES (p_key, p_source, v_now, v_now + make_interval(secs => p_ttl_seconds))
  ON CONFLICT (key) DO NOTHING;
  GET DIAGNOSTICS v_claimed = ROW_COUNT;

  -- Housekeeping, bounded: a few expired keys go with every claim.
  DELETE FROM stagenorm.webhook_delivery
  WHERE key IN (SELECT key FROM stagenorm.webhook_delivery
                WHERE expires_at <= v_now
                ORDER BY expires_at LIMIT 100
                FOR UPDATE SKIP LOCKED);
  RETURN v_claimed = 1;
END
$$;
COMMENT ON FUNCTION stagenorm._claim_webhook_delivery(text, text, integer, timestamptz) IS
  'Private (ops webhook replay store): true when p_key was not seen within its time to live and is now recorded, false for a repeat. Raises SN003 on a bad key, source or ttl. Keep the transaction open until the change it guards is made, then commit (or roll back to release the key).';
REVOKE ALL ON FUNCTION stagenorm._claim_webhook_delivery(text, text, integer, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._claim_webhook_delivery(text, text, integer, timestamptz) TO stagenorm_admin;
