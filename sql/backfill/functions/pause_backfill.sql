-- Asks the run of a batched job (or its revert) to stop after its current batch, from
-- another session; CALL the procedure again to resume.
CREATE FUNCTION stagenorm.pause_backfill(job_id bigint) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  current_status text;
BEGIN
  SELECT j.status INTO current_status FROM stagenorm.backfill_job AS j WHERE j.id = pause_backfill.job_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  UPDATE stagenorm.backfill_job AS j
     SET stop_requested = true
   WHERE j.id = pause_backfill.job_id AND j.status IN ('running', 'reverting');
  RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.pause_backfill(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.pause_backfill(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.pause_backfill(bigint) IS
  'Ask the run of a batched job (or of its revert) to stop after its current batch: true when the job was running, false when there was nothing to stop. The job stays resumable: CALL normalize_batched (or revert_batched) again.';
