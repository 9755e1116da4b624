-- Ends a run of a batched job: records its state (NULL keeps the state, e.g. done) and
-- error, and releases every hold this session has on the column's advisory lock.
CREATE FUNCTION stagenorm._backfill_finish(job_id bigint, new_status text DEFAULT NULL, error text DEFAULT NULL)
RETURNS stagenorm.backfill_job
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  job stagenorm.backfill_job;
  lock_key bigint;
  prepared text;
BEGIN
  IF new_status IS NOT NULL AND new_status NOT IN ('running', 'paused', 'failed', 'done', 'reverting', 'reverted') THEN
    RAISE EXCEPTION 'unknown job status %', pg_catalog.quote_literal(new_status)
      USING ERRCODE = 'SN003', HINT = 'one of paused, failed, done, reverting, reverted';
  END IF;
  UPDATE stagenorm.backfill_job AS j
     SET status = coalesce(new_status, j.status),
         last_error = coalesce(error, j.last_error),
         backend_pid = NULL,
         stop_requested = false,
         updated_at = pg_catalog.clock_timestamp()
   WHERE j.id = job_id
  RETURNING * INTO job;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', job_id USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  -- The batch statements this session prepared for the job.
  FOR prepared IN
    SELECT p.name FROM pg_catalog.pg_prepared_statements AS p
     WHERE p.name LIKE pg_catalog.format('stagenorm\_backfill\_%s\_%%', job.id)
  LOOP
    EXECUTE pg_catalog.format('DEALLOCATE %I', prepared);
  END LOOP;
  lock_key := stagenorm._backfill_lock_key(job.table_name, job.column_name);
  -- A session-level lock is counted: an earlier run of this session that was cut short
  -- may have left a hold, so release until this backend holds it no more.
  WHILE stagenorm._backfill_lock_holder(lock_key) = pg_catalog.pg_backend_pid() LOOP
    PERFORM pg_catalog.pg_advisory_unlock(lock_key);
  END LOOP;
  RETURN job;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_finish(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_finish(bigint, text, text) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_finish(bigint, text, text) IS
  'Private: end a run of a batched job (state, error) and release the session''s advisory lock on its column.';
