-- Records one batch of a batched normalization job in its job row (locked FOR UPDATE by
-- _normalize_batch, in whose transaction this runs): the counts, the checkpoint, the
-- unknown labels merged (the first 1000 listed, the rest counted) and a dry run's
-- changes per stage.
CREATE FUNCTION stagenorm._backfill_record_batch(
  job stagenorm.backfill_job,
  last_key text,
  scanned integer,
  changed integer,
  unknown integer,
  nulls integer,
  skipped integer,
  done boolean,
  by_stage jsonb,
  batch_unknowns jsonb
) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  unlisted bigint := 0;
BEGIN
  -- Merge the job's unknown-label counts (and a dry run's per-stage counts) with the
  -- batch's. Labels already listed keep counting; new ones are listed while fewer
  -- than 1000 are, the rest only counted (unknown_unlisted).
  IF by_stage <> '{}' THEN
    SELECT coalesce(pg_catalog.jsonb_object_agg(s.key, s.rows), '{}') INTO by_stage
      FROM (SELECT e.key, pg_catalog.sum(e.value::bigint) AS rows
              FROM (SELECT * FROM pg_catalog.jsonb_each_text(job.dry_run_by_stage)
                    UNION ALL SELECT * FROM pg_catalog.jsonb_each_text(by_stage)) AS e
             GROUP BY e.key) AS s;
  ELSE
    by_stage := job.dry_run_by_stage;
  END IF;
  IF batch_unknowns <> '{}' THEN
    SELECT coalesce(pg_catalog.jsonb_object_agg(m.key, m.rows) FILTER (WHERE m.rank <= 1000), '{}'),
           coalesce(pg_catalog.sum(m.rows) FILTER (WHERE m.rank > 1000), 0)
      INTO batch_unknowns, unlisted
      FROM (SELECT e.key, pg_catalog.sum(e.rows) AS rows,
                   pg_catalog.row_number() OVER (ORDER BY pg_catalog.bool_or(e.listed) DESC, pg_catalog.sum(e.rows) DESC, e.key) AS rank
              FROM (SELECT l.key, l.value::bigint AS rows, true AS listed FROM pg_catalog.jsonb_each_text(job.unknown_labels) AS l
                    UNION ALL
                    SELECT l.key, l.value::bigint, false FROM pg_catalog.jsonb_each_text(batch_unknowns) AS l) AS e
             GROUP BY e.key) AS m;
  ELSE
    batch_unknowns := job.unknown_labels;
  END IF;

  UPDATE stagenorm.backfill_job AS j
     SET last_key = CASE WHEN j.dry_run THEN NULL ELSE coalesce(_backfill_record_batch.last_key, j.last_key) END,
         batches = j.batches + 1,
         rows_scanned = j.rows_scanned + scanned,
         rows_changed = j.rows_changed + changed,
         rows_unknown = j.rows_unknown + unknown,
         rows_null = j.rows_null + nulls,
         rows_skipped = j.rows_skipped + skipped,
         rows_estimate = greatest(j.rows_estimate, j.rows_scanned + scanned),
         dry_run_by_stage = by_stage,
         unknown_labels = batch_unknowns,
         unknown_unlisted = j.unknown_unlisted + unlisted,
         status = CASE WHEN done THEN 'done' ELSE j.status END,
         finished_at = CASE WHEN done THEN pg_catalog.clock_timestamp() ELSE j.finished_at END,
         updated_at = pg_catalog.clock_timestamp()
   WHERE j.id = job.id;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_record_batch(stagenorm.backfill_job, text, integer, integer, integer, integer, integer, boolean, jsonb, jsonb) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._backfill_record_batch(stagenorm.backfill_job, text, integer, integer, integer, integer, integer, boolean, jsonb, jsonb) IS
  'Private: write one batch of a batched normalization job into its job row (counts, checkpoint, unknown labels).';
GRANT EXECUTE ON FUNCTION stagenorm._backfill_record_batch(stagenorm.backfill_job, text, integer, integer, integer, integer, integer, boolean, jsonb, jsonb) TO stagenorm_admin;
