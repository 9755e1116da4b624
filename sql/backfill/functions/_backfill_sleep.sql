-- Sleeps between batches (the pause, and the back-off before a retry). Returns false when
-- the sleep was cancelled (Ctrl-C in psql), so the procedure can park its job first.
CREATE FUNCTION stagenorm._backfill_sleep(duration interval) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF duration > interval '0' THEN
    PERFORM pg_catalog.pg_sleep(extract(epoch FROM duration)::double precision);
  END IF;
  RETURN true;
EXCEPTION WHEN query_canceled THEN
  RETURN false;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_sleep(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_sleep(interval) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_sleep(interval) IS
  'Private: sleep between batches; false when cancelled.';
