-- One batch of a revert, inside the caller's transaction: the newest batch of the job
-- not yet reverted is put back, row by row, only where the row still holds the value
-- the job wrote; rows a client changed (or deleted) since are left alone and listed in
-- backfill_change.revert_skipped_keys. Errors come back as a status, like
-- _normalize_batch.
CREATE FUNCTION stagenorm._backfill_revert_batch(
  job_id bigint,
  lock_timeout interval DEFAULT '1s',
  catch_cancel boolean DEFAULT false,
  OUT status text,
  OUT batch integer,
  OUT reverted integer,
  OUT skipped integer,
  OUT done boolean,
  OUT err_state text,
  OUT err_message text,
  OUT err_detail text,
  OUT err_hint text
)
LANGUAGE plpgsql
-- No pinned search_path, for the reason _normalize_batch gives (the table's own triggers);
-- every name, type, collation and operator, in the body and in its statement, is
-- schema-qualified instead (tests/test_search_path.py, UNPINNED, checks the body), the
-- key's "=" with the schema of the primary key index's operators, as _normalize_batch.
SET DateStyle = 'ISO, YMD'
SET IntervalStyle = 'postgres'
SET extra_float_digits = 3
AS $$
DECLARE
  job stagenorm.backfill_job;
  change stagenorm.backfill_change;
  rel pg_catalog.text;
  key_ops pg_catalog.text;
  skipped_keys pg_catalog.text[];
BEGIN
  status := 'ok'; reverted := 0; skipped := 0; done := false;
  IF lock_timeout IS NULL OR lock_timeout OPERATOR(pg_catalog.<) '0'::pg_catalog.interval THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::pg_catalog.text, 'NULL')
      USING ERRCODE = 'SN003', HINT = '0 waits for locks without a limit';
  END IF;
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id OPERATOR(pg_catalog.=) job_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::pg_catalog.text, 'NULL') USING ERRCODE = 'SN007';
  END IF;
  IF job.status OPERATOR(pg_catalog.<>) 'reverting' THEN
    RAISE EXCEPTION 'job % is %, not reverting', job.id, job.status USING ERRCODE = 'SN007',
      HINT = 'CALL stagenorm.revert_batched(job_id);';
  END IF;
  -- _backfill_revert_start claimed the job for this backend while it took the column's lock.
  IF coalesce(job.backend_pid OPERATOR(pg_catalog.<>) pg_catalog.pg_backend_pid(), true) THEN  -- IS DISTINCT FROM (never NULL)
    RAISE EXCEPTION 'the revert of job % is not claimed by this session', job.id USING ERRCODE = 'SN004',
      HINT = 'reverts run from CALL stagenorm.revert_batched(job_id), which claims the job and takes the lock';
  END IF;
  SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
   WHERE c.oid OPERATOR(pg_catalog.=) job.table_name;
  IF rel IS NULL THEN
    RAISE EXCEPTION 'the table of job % no longer exists', job.id USING ERRCODE = 'SN007';
  END IF;
  key_ops := stagenorm._backfill_key_ops(job.table_name);  -- OPERATOR(<key_ops>.=) and the like

  PERFORM stagenorm._backfill_batch_settings(lock_timeout);

  BEGIN
    SELECT * INTO change FROM stagenorm.backfill_change AS c
     WHERE c.job_id OPERATOR(pg_catalog.=) job.id AND c.reverted_at IS NULL
     ORDER BY c.batch DESC LIMIT 1
       FOR UPDATE;
    IF NOT FOUND THEN
      done := true;
      UPDATE stagenorm.backfill_job AS j
         SET status = 'reverted', reverted_at = pg_catalog.clock_timestamp(), updated_at = pg_catalog.clock_timestamp()
       WHERE j.id OPERATOR(pg_catalog.=) job.id;
      RETURN;
    END IF;
    batch := change.batch;
    EXECUTE pg_catalog.format($sql$
      WITH v AS (SELECT u.k, u.o, u.n
                   FROM ROWS FROM (pg_catalog.unnest($1::pg_catalog.text[]), pg_catalog.unnest($2::pg_catalog.text[]),
                                   pg_catalog.unnest($3::pg_catalog.text[])) AS u(k, o, n)),
      put AS (
        UPDATE %1$s AS t SET %2$I = v.o FROM v
         WHERE t.%3$I OPERATOR(%5$s.=) v.k::%4$s AND (t.%2$I COLLATE pg_catalog."C") OPERATOR(pg_catalog.=) v.n
        RETURNING v.k
      )
      SELECT (SELECT pg_catalog.count(*) FROM put)::pg_catalog.int4,
             (SELECT pg_catalog.array_agg(k ORDER BY k) FROM (SELECT k FROM v EXCEPT SELECT k FROM put) AS s)
      $sql$, rel, job.column_name, job.key_column, pg_catalog.format_type(job.key_type, NULL), key_ops)
      INTO reverted, skipped_keys
      USING change.keys, change.old_values, change.new_values;
    skipped := coalesce(pg_catalog.cardinality(skipped_keys), 0);
    UPDATE stagenorm.backfill_change AS c
       SET reverted_at = pg_catalog.clock_timestamp(), revert_skipped_keys = skipped_keys
     WHERE c.job_id OPERATOR(pg_catalog.=) job.id AND c.batch OPERATOR(pg_catalog.=) change.batch;
    UPDATE stagenorm.backfill_job AS j
       SET rows_reverted = j.rows_reverted OPERATOR(pg_catalog.+) reverted,
           rows_revert_skipped = j.rows_revert_skipped OPERATOR(pg_catalog.+) skipped,
           updated_at = pg_catalog.clock_timestamp()
     WHERE j.id OPERATOR(pg_catalog.=) job.id;
  EXCEPTION
    WHEN lock_not_available OR deadlock_detected OR serialization_failure THEN
      status := 'retry';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
    WHEN query_canceled THEN
      IF NOT catch_cancel THEN
        RAISE;
      END IF;
      status := 'cancelled';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
    WHEN OTHERS THEN
      status := 'error';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
  END;
  IF status OPERATOR(pg_catalog.<>) 'ok' THEN
    reverted := 0; skipped := 0; done := false;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_revert_batch(bigint, interval, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_revert_batch(bigint, interval, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_revert_batch(bigint, interval, boolean) IS
  'Private: revert the newest unreverted batch of a job in the caller''s transaction (only rows still holding the value the job wrote).';
