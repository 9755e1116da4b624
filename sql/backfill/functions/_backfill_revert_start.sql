-- Starts or resumes the revert of a batched normalization job: checks that there is
-- something to put back, takes the column's advisory lock (SN004 while the job or
-- another revert runs) and marks the job reverting.
CREATE FUNCTION stagenorm._backfill_revert_start(job_id bigint)
RETURNS stagenorm.backfill_job
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  job stagenorm.backfill_job;
  lock_key bigint;
BEGIN
  IF job_id IS NULL THEN
    RAISE EXCEPTION 'job_id is required' USING ERRCODE = 'SN003',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  IF NOT pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'role % may not revert batched normalization', current_user USING ERRCODE = '42501',
      HINT = pg_catalog.format('GRANT stagenorm_admin TO %I;', current_user);
  END IF;
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id = job_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', job_id USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  IF job.dry_run THEN
    RAISE EXCEPTION 'job % was a dry run: it changed nothing', job_id USING ERRCODE = 'SN007';
  END IF;
  IF job.status = 'reverted' THEN
    RAISE EXCEPTION 'job % was reverted already, at %', job_id, job.reverted_at USING ERRCODE = 'SN007';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS c WHERE c.oid = job.table_name) THEN
    RAISE EXCEPTION 'the table of job % no longer exists', job_id USING ERRCODE = 'SN007',
      DETAIL = 'its changes are still in stagenorm.backfill_changes(job_id)';
  END IF;
  lock_key := stagenorm._backfill_lock(job.table_name, job.column_name);
  BEGIN
    UPDATE stagenorm.backfill_job AS j
       SET status = 'reverting', backend_pid = pg_catalog.pg_backend_pid(), stop_requested = false,
           last_error = NULL, run_started_at = pg_catalog.clock_timestamp(), runs = j.runs + 1,
           updated_at = pg_catalog.clock_timestamp()
     WHERE j.id = job_id
    RETURNING * INTO job;
  EXCEPTION WHEN OTHERS THEN
    WHILE stagenorm._backfill_lock_holder(lock_key) = pg_catalog.pg_backend_pid() LOOP
      PERFORM pg_catalog.pg_advisory_unlock(lock_key);
    END LOOP;
    RAISE;
  END;
  RETURN job;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_revert_start(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_revert_start(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_revert_start(bigint) IS
  'Private: take the advisory lock of a job''s column and mark the job reverting (used by revert_batched).';
