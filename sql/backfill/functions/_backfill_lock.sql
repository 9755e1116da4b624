-- Takes the session-level advisory lock of a table column for a batched job, or refuses
-- with SN004 naming the backend that holds it. Session-level: a transaction-level lock
-- would be released by the first COMMIT of the batch loop.
CREATE FUNCTION stagenorm._backfill_lock(tbl regclass, col name) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  lock_key constant bigint := stagenorm._backfill_lock_key(tbl, col);
  holder record;
  job bigint;
BEGIN
  IF pg_catalog.pg_try_advisory_lock(lock_key) THEN
    RETURN lock_key;
  END IF;
  SELECT a.pid, a.state, a.application_name, a.usename, a.backend_start
    INTO holder
    FROM pg_catalog.pg_stat_activity AS a
   WHERE a.pid = stagenorm._backfill_lock_holder(lock_key);
  SELECT j.id INTO job
    FROM stagenorm.backfill_job AS j
   WHERE j.table_name = tbl AND j.column_name = col AND j.status IN ('running', 'reverting')
   ORDER BY j.id DESC LIMIT 1;
  RAISE EXCEPTION 'another batched normalization is working on column % of table %', col, tbl
    USING ERRCODE = 'SN004',
          DETAIL = pg_catalog.format('Backend %s (user %s, application %L, state %s) holds the lock%s.',
                                     coalesce(holder.pid::text, '?'), coalesce(holder.usename::text, '?'),
                                     coalesce(holder.application_name, ''), coalesce(holder.state, '?'),
                                     CASE WHEN job IS NULL THEN '' ELSE pg_catalog.format(' (job %s)', job) END),
          HINT = CASE WHEN holder.state = 'active' OR holder.state IS NULL
                      THEN pg_catalog.format('Wait for it, or ask it to stop after its current batch: SELECT stagenorm.pause_backfill(%s);',
                                             coalesce(job::text, '<job id>'))
                      ELSE pg_catalog.format('That session is idle but kept the lock of an interrupted run: CALL again in that session, or end it with SELECT pg_terminate_backend(%s);',
                                             holder.pid)
                 END;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_lock(regclass, name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_lock(regclass, name) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_lock(regclass, name) IS
  'Private: take the session-level advisory lock of a table column for a batched job; SN004 when another backend holds it.';
