-- The labels a batched job left alone because they name no stage, with their row
-- counts and up to three stages each probably meant.
CREATE FUNCTION stagenorm.backfill_unknowns(job_id bigint)
RETURNS TABLE (label text, rows bigint, suggestions text[])
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM stagenorm.backfill_job AS j WHERE j.id = backfill_unknowns.job_id) THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  RETURN QUERY
    SELECT u.key, u.value::bigint, stagenorm.suggest_stages(u.key)
      FROM stagenorm.backfill_job AS j, pg_catalog.jsonb_each_text(j.unknown_labels) AS u
     WHERE j.id = backfill_unknowns.job_id
     ORDER BY u.value::bigint DESC, u.key;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_unknowns(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_unknowns(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_unknowns(bigint) IS
  'Labels a batched job did not change because they name no stage: label (cut to 200 characters), rows, suggestions (suggest_stages). Lists the first 1000 distinct labels; backfill_job.unknown_unlisted counts the rest. SN007 for no such job.';
