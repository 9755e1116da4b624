-- Progress of batched normalization jobs for DBAs (psql: \watch it): counts, percent,
-- rate and ETA of the current run, and whether a backend is working on the job now.
CREATE FUNCTION stagenorm.backfill_status(job_id bigint DEFAULT NULL)
RETURNS TABLE (
  id bigint,
  table_name regclass,
  column_name name,
  status text,
  dry_run boolean,
  active boolean,
  pid integer,
  percent numeric,
  rows_scanned bigint,
  rows_estimate bigint,
  rows_changed bigint,
  rows_unknown bigint,
  rows_skipped bigint,
  rows_per_second numeric,
  eta interval,
  last_key text,
  batches integer,
  retries integer,
  rows_reverted bigint,
  rows_revert_skipped bigint,
  started_at timestamptz,
  updated_at timestamptz,
  last_error text
)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT j.id, j.table_name, j.column_name, j.status, j.dry_run,
         coalesce(h.pid = j.backend_pid, false) AS active, CASE WHEN h.pid = j.backend_pid THEN h.pid END,
         CASE WHEN j.status IN ('done', 'reverted', 'reverting') THEN NULL
              WHEN coalesce(j.rows_estimate, 0) = 0 THEN NULL
              ELSE pg_catalog.round(100.0 * least(j.rows_scanned, j.rows_estimate) / j.rows_estimate, 1) END,
         j.rows_scanned, j.rows_estimate, j.rows_changed, j.rows_unknown, j.rows_skipped,
         r.rate,
         CASE WHEN h.pid = j.backend_pid AND j.status = 'running' AND r.rate > 0
              THEN pg_catalog.make_interval(secs => pg_catalog.round(greatest(j.rows_estimate - j.rows_scanned, 0) / r.rate)::double precision) END,
         j.last_key, j.batches, j.retries, j.rows_reverted, j.rows_revert_skipped,
         j.started_at, j.updated_at, j.last_error
    FROM stagenorm.backfill_job AS j
   CROSS JOIN LATERAL (
     SELECT stagenorm._backfill_lock_holder(stagenorm._backfill_lock_key(j.table_name, j.column_name)) AS pid
   ) AS h
   CROSS JOIN LATERAL (
     SELECT CASE WHEN j.updated_at > j.run_started_at AND j.rows_scanned > j.run_rows_start
                 THEN pg_catalog.round((j.rows_scanned - j.run_rows_start)
                            / extract(epoch FROM j.updated_at - j.run_started_at), 1) END AS rate
   ) AS r
   WHERE backfill_status.job_id IS NULL OR j.id = backfill_status.job_id
   ORDER BY j.id DESC
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_status(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_status(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_status(bigint) IS
  'Batched normalization jobs (all, newest first, or one): status, active (a backend works on the job now) and its pid, percent, counts, rate and ETA of the current run. In psql: SELECT * FROM stagenorm.backfill_status() \watch 2. See docs/runbooks/batched-normalization.md.';
