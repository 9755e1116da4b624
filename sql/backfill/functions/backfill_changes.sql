-- The changes of a batched job row by row (backfill_change stores them per batch):
-- which key went from which value to which, and whether a revert put it back.
CREATE FUNCTION stagenorm.backfill_changes(job_id bigint)
RETURNS TABLE (batch integer, key text, old_value text, new_value text, changed_at timestamptz, revert text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM stagenorm.backfill_job AS j WHERE j.id = backfill_changes.job_id) THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  RETURN QUERY
    SELECT c.batch, u.key, u.old_value, u.new_value, c.changed_at,
           CASE WHEN c.reverted_at IS NULL THEN NULL
                WHEN u.key = ANY (coalesce(c.revert_skipped_keys, '{}')) THEN 'skipped'
                ELSE 'reverted' END
      FROM stagenorm.backfill_change AS c,
           ROWS FROM (pg_catalog.unnest(c.keys), pg_catalog.unnest(c.old_values), pg_catalog.unnest(c.new_values))
             WITH ORDINALITY AS u(key, old_value, new_value, ord)
     WHERE c.job_id = backfill_changes.job_id
     ORDER BY c.batch, u.ord;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_changes(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_changes(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_changes(bigint) IS
  'Changes of a batched job, one row per changed row: batch, key (text form of the primary key), old_value, new_value, changed_at, revert (NULL not reverted, reverted, or skipped: a client had changed the row). SN007 for no such job.';
