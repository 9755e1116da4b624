-- Rows a batched job changed (a dry run: would change) per canonical stage. A real run's
-- counts are summed from its change log when asked, the record of what each batch
-- really changed, rather than kept a second time in the job row. A dry run keeps no
-- log, so its batches count them (backfill_job.dry_run_by_stage).
CREATE FUNCTION stagenorm.backfill_changed_by_stage(job_id bigint)
RETURNS TABLE (stage text, rows bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  job stagenorm.backfill_job;
BEGIN
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id = backfill_changed_by_stage.job_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  IF job.dry_run THEN
    RETURN QUERY
      SELECT e.key, e.value::bigint FROM pg_catalog.jsonb_each_text(job.dry_run_by_stage) AS e
       ORDER BY 2 DESC, 1;
  ELSE
    RETURN QUERY
      SELECT n.stage, pg_catalog.count(*) FROM stagenorm.backfill_change AS c, pg_catalog.unnest(c.new_values) AS n(stage)
       WHERE c.job_id = job.id
       GROUP BY n.stage ORDER BY 2 DESC, 1;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_changed_by_stage(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_changed_by_stage(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_changed_by_stage(bigint) IS
  'Rows a batched job changed per canonical stage (a dry run: would change), most first. A real run''s are summed from its change log (backfill_change), so this reads every change: seconds for tens of millions. SN007 for no such job.';
