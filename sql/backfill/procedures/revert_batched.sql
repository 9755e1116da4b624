-- Puts back what a batched normalization job changed, in batches (one per batch the job
-- committed, newest first), one transaction each; only rows that still hold the value
-- the job wrote are reverted. A procedure, like normalize_batched, because it commits.
CREATE PROCEDURE stagenorm.revert_batched(
  job_id bigint,
  pause interval DEFAULT '0',
  lock_timeout interval DEFAULT '1s',
  max_retries integer DEFAULT 5
)
LANGUAGE plpgsql
-- No SET clause: a procedure that COMMITs cannot have one. Instead every name, type and
-- operator in it is schema-qualified, and no construct that looks "=" up by name (IN,
-- IS DISTINCT FROM, NULLIF) is used (tests/test_search_path.py, UNPINNED, checks the
-- body): a function or operator planted on the operator's search_path never runs here.
AS $$
DECLARE
  job stagenorm.backfill_job;
  r pg_catalog.record;
  attempt pg_catalog.int4 := 0;
  reverted pg_catalog.int8;
  skipped pg_catalog.int8;
  last_notice pg_catalog.timestamptz;
  stop pg_catalog.bool;
  label pg_catalog.text;
  nonatomic pg_catalog.bool;
BEGIN
  CALL stagenorm._backfill_nonatomic(nonatomic);
  IF NOT nonatomic THEN
    RAISE EXCEPTION 'stagenorm.revert_batched commits after every batch, so it cannot run inside a transaction block'
      USING ERRCODE = 'SN006',
            DETAIL = 'It was called after BEGIN, with psql -1 / --single-transaction, in a string of several statements, from a function, or in a migration.',
            HINT = 'Run the CALL on its own, in autocommit mode (psql''s default).';
  END IF;
  IF pause IS NULL OR pause OPERATOR(pg_catalog.<) '0'::pg_catalog.interval THEN
    RAISE EXCEPTION 'pause must be >= 0, not %', coalesce(pause::pg_catalog.text, 'NULL') USING ERRCODE = 'SN003';
  END IF;
  IF lock_timeout IS NULL OR lock_timeout OPERATOR(pg_catalog.<) '0'::pg_catalog.interval THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::pg_catalog.text, 'NULL') USING ERRCODE = 'SN003';
  END IF;
  IF max_retries IS NULL OR max_retries OPERATOR(pg_catalog.<) 0 OR max_retries OPERATOR(pg_catalog.>) 100 THEN
    RAISE EXCEPTION 'max_retries must be between 0 and 100, not %', coalesce(max_retries::pg_catalog.text, 'NULL')
      USING ERRCODE = 'SN003';
  END IF;

  SELECT * INTO job FROM stagenorm._backfill_revert_start(job_id);
  COMMIT;
  reverted := job.rows_reverted;
  skipped := job.rows_revert_skipped;
  label := pg_catalog.format('revert of job %s %s.%I', job.id, job.table_name, job.column_name);
  RAISE NOTICE '%: % changed rows to put back', label,
    (SELECT coalesce(pg_catalog.sum(pg_catalog.cardinality(c.keys)), 0) FROM stagenorm.backfill_change AS c
      WHERE c.job_id OPERATOR(pg_catalog.=) job.id AND c.reverted_at IS NULL);

  LOOP
    SELECT * INTO r FROM stagenorm._backfill_revert_batch(job.id, lock_timeout, true);
    IF r.status OPERATOR(pg_catalog.=) 'ok' THEN
      COMMIT;
      attempt := 0;
      reverted := reverted OPERATOR(pg_catalog.+) r.reverted;
      skipped := skipped OPERATOR(pg_catalog.+) r.skipped;
      IF NOT r.done AND (last_notice IS NULL
                         OR (pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) last_notice) OPERATOR(pg_catalog.>=) '1 second'::pg_catalog.interval) THEN
        last_notice := pg_catalog.clock_timestamp();
        RAISE NOTICE '%: % rows put back, % left as clients changed them', label, reverted, skipped;
      END IF;
      EXIT WHEN r.done;
      SELECT j.stop_requested INTO stop FROM stagenorm.backfill_job AS j WHERE j.id OPERATOR(pg_catalog.=) job.id;
      IF stop THEN
        PERFORM stagenorm._backfill_finish(job.id);
        COMMIT;
        RAISE NOTICE '%: paused (pause_backfill was called); resume with the same CALL', label;
        RETURN;
      END IF;
      IF NOT stagenorm._backfill_sleep(pause) THEN
        r.status := 'cancelled';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF r.status OPERATOR(pg_catalog.=) 'retry' THEN
      ROLLBACK;
      attempt := attempt OPERATOR(pg_catalog.+) 1;
      UPDATE stagenorm.backfill_job AS j SET retries = j.retries OPERATOR(pg_catalog.+) 1 WHERE j.id OPERATOR(pg_catalog.=) job.id;
      COMMIT;
      IF attempt OPERATOR(pg_catalog.>) max_retries THEN
        PERFORM stagenorm._backfill_finish(job.id, NULL, r.err_state OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) r.err_message);
        COMMIT;
        RAISE EXCEPTION '%', r.err_message
          USING ERRCODE = r.err_state,
                DETAIL = pg_catalog.format('%s gave up after %s retries; it stays reverting and resumable.', label, max_retries),
                HINT = 'CALL the procedure again to resume; a longer lock_timeout may help.';
      END IF;
      RAISE NOTICE '%: retry %/% (%)', label, attempt, max_retries, r.err_message;
      IF NOT stagenorm._backfill_sleep(least('5 seconds'::pg_catalog.interval,
                                                 '100 milliseconds'::pg_catalog.interval OPERATOR(pg_catalog.*) (2 OPERATOR(pg_catalog.^) (attempt OPERATOR(pg_catalog.-) 1)))) THEN
        r.status := 'cancelled';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF r.status OPERATOR(pg_catalog.=) 'error' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id, NULL, r.err_state OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) r.err_message);
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = r.err_state,
              DETAIL = pg_catalog.format('%s stopped%s; it stays reverting and resumable.', label,
                                         coalesce(' (' OPERATOR(pg_catalog.||) r.err_detail OPERATOR(pg_catalog.||) ')', '')),
              HINT = coalesce(r.err_hint, 'CALL the procedure again to resume.');
    END IF;

    IF r.status OPERATOR(pg_catalog.=) 'cancelled' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id);
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = 'query_canceled',
              DETAIL = pg_catalog.format('%s stopped after its last committed batch; it stays reverting.', label),
              HINT = 'CALL the procedure again to resume.';
    END IF;
  END LOOP;

  SELECT * INTO job FROM stagenorm._backfill_finish(job.id);
  COMMIT;
  IF job.rows_revert_skipped OPERATOR(pg_catalog.>) 0 THEN
    RAISE WARNING '%: left % row(s) as they are: a client changed them after the job wrote them',
      label, job.rows_revert_skipped
      USING HINT = pg_catalog.format('SELECT * FROM stagenorm.backfill_changes(%s) WHERE revert = ''skipped'';', job.id);
  END IF;
  RAISE NOTICE '%: done, % rows put back, % left as clients changed them', label, job.rows_reverted,
    job.rows_revert_skipped;
END
$$;
-- Run by DBAs (role stagenorm_admin) with their own rights on the table (SECURITY INVOKER).
REVOKE ALL ON PROCEDURE stagenorm.revert_batched(bigint, interval, interval, integer) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE stagenorm.revert_batched(bigint, interval, interval, integer) TO stagenorm_admin;
COMMENT ON PROCEDURE stagenorm.revert_batched(bigint, interval, interval, integer) IS
  'Put back the original values a batched normalization job changed, in batches (one transaction per batch the job committed). Rows a client changed since the job wrote them are left alone, counted (backfill_job.rows_revert_skipped) and listed (backfill_changes(job_id) revert = skipped). Resumable; SN007 for no such job, a dry run or a job reverted already; SN004 while the job runs; SN006 inside a transaction block. See docs/sql/revert_batched.md.';
