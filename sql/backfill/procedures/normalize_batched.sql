-- Normalizes a text column of a live table in batches, one transaction each: the DBA's
-- tool (run from psql). A loop over _normalize_batch, pg_partman-style, that resumes
-- the column's unfinished job, retries lock timeouts, pauses, reports progress as
-- NOTICEs and parks the job (resumable) when stopped, cancelled or failing.
CREATE PROCEDURE stagenorm.normalize_batched(
  tbl regclass,
  col name,
  batch_size integer DEFAULT 5000,
  dry_run boolean DEFAULT false,
  pause interval DEFAULT '0',
  lock_timeout interval DEFAULT '1s',
  statement_timeout interval DEFAULT '1min',
  max_retries integer DEFAULT 5,
  max_batches integer DEFAULT NULL
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
  size pg_catalog.int4 := batch_size;
  cursor_key pg_catalog.text;
  attempt pg_catalog.int4 := 0;
  run_batches pg_catalog.int4 := 0;
  total pg_catalog.int8;
  estimate pg_catalog.int8;
  changed pg_catalog.int8;
  unknown pg_catalog.int8;
  run_start pg_catalog.timestamptz;
  run_rows pg_catalog.int8 := 0;
  batch_start pg_catalog.timestamptz;
  last_notice pg_catalog.timestamptz;
  rate pg_catalog.numeric;
  stop pg_catalog.bool;
  label pg_catalog.text;
  nonatomic pg_catalog.bool;
BEGIN
  -- COMMIT after a batch fails inside a transaction block: find out before any work
  -- (_backfill_nonatomic says so without committing).
  CALL stagenorm._backfill_nonatomic(nonatomic);
  IF NOT nonatomic THEN
    RAISE EXCEPTION 'stagenorm.normalize_batched commits after every batch, so it cannot run inside a transaction block'
      USING ERRCODE = 'SN006',
            DETAIL = 'It was called after BEGIN, with psql -1 / --single-transaction, in a string of several statements, from a function, or in a migration.',
            HINT = 'Run the CALL on its own, in autocommit mode (psql''s default).';
  END IF;

  IF pause IS NULL OR pause OPERATOR(pg_catalog.<) '0'::pg_catalog.interval THEN
    RAISE EXCEPTION 'pause must be >= 0, not %', coalesce(pause::pg_catalog.text, 'NULL') USING ERRCODE = 'SN003',
      HINT = 'e.g. pause => ''200 milliseconds'' between batches to leave room for the application';
  END IF;
  IF lock_timeout IS NULL OR lock_timeout OPERATOR(pg_catalog.<) '0'::pg_catalog.interval THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::pg_catalog.text, 'NULL') USING ERRCODE = 'SN003',
      HINT = '0 waits for row locks without a limit; the default is 1s';
  END IF;
  IF statement_timeout IS NULL OR statement_timeout OPERATOR(pg_catalog.<) '0'::pg_catalog.interval THEN
    RAISE EXCEPTION 'statement_timeout must be >= 0, not %', coalesce(statement_timeout::pg_catalog.text, 'NULL')
      USING ERRCODE = 'SN003', HINT = '0 lets a batch take as long as it needs; the default is 1min';
  END IF;
  IF max_retries IS NULL OR max_retries OPERATOR(pg_catalog.<) 0 OR max_retries OPERATOR(pg_catalog.>) 100 THEN
    RAISE EXCEPTION 'max_retries must be between 0 and 100, not %', coalesce(max_retries::pg_catalog.text, 'NULL')
      USING ERRCODE = 'SN003';
  END IF;
  IF max_batches OPERATOR(pg_catalog.<) 1 THEN
    RAISE EXCEPTION 'max_batches must be >= 1 (or NULL: no limit), not %', max_batches USING ERRCODE = 'SN003';
  END IF;

  SELECT * INTO job FROM stagenorm._backfill_start(tbl, col, batch_size, dry_run);
  COMMIT;
  -- From here on the job's advisory lock is held: every way out goes through _backfill_finish.
  cursor_key := job.last_key;
  total := job.rows_scanned;
  changed := job.rows_changed;
  unknown := job.rows_unknown;
  estimate := job.rows_estimate;
  run_start := pg_catalog.clock_timestamp();
  label := pg_catalog.format('%sjob %s %s.%I', CASE WHEN job.dry_run THEN 'dry run ' ELSE '' END,
                             job.id, job.table_name, job.column_name);
  RAISE NOTICE '%: %', label,
    CASE WHEN job.runs OPERATOR(pg_catalog.>) 1 THEN pg_catalog.format('resumed after key %s (%s rows done)', cursor_key, total)
         ELSE pg_catalog.format('started, ~%s rows, batches of %s', estimate, size) END;

  LOOP
    batch_start := pg_catalog.clock_timestamp();
    SELECT * INTO r FROM stagenorm._normalize_batch(job.id, cursor_key, size, lock_timeout, true);
    IF r.status OPERATOR(pg_catalog.=) 'ok' AND statement_timeout OPERATOR(pg_catalog.>) '0'::pg_catalog.interval
       AND (pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) batch_start) OPERATOR(pg_catalog.>) statement_timeout THEN
      -- PostgreSQL times a CALL as one statement and cannot interrupt a statement
      -- inside it: a batch that overran is undone here and retried at half the size.
      ROLLBACK;
      r.status := 'slow';
      r.err_state := '57014';
      r.err_message := pg_catalog.format('batch of %s rows took %s, more than statement_timeout %s',
                                     size, pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) batch_start, statement_timeout);
    END IF;

    IF r.status OPERATOR(pg_catalog.=) 'ok' THEN
      COMMIT;
      attempt := 0;
      run_batches := run_batches OPERATOR(pg_catalog.+) 1;
      cursor_key := coalesce(r.last_key, cursor_key);
      total := total OPERATOR(pg_catalog.+) r.scanned;
      run_rows := run_rows OPERATOR(pg_catalog.+) r.scanned;
      changed := changed OPERATOR(pg_catalog.+) r.changed;
      unknown := unknown OPERATOR(pg_catalog.+) r.unknown;
      estimate := greatest(estimate, total);
      IF (r.done AND r.scanned OPERATOR(pg_catalog.>) 0) OR last_notice IS NULL
         OR (pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) last_notice) OPERATOR(pg_catalog.>=) '1 second'::pg_catalog.interval THEN
        last_notice := pg_catalog.clock_timestamp();
        rate := run_rows OPERATOR(pg_catalog./) greatest(extract(epoch FROM last_notice OPERATOR(pg_catalog.-) run_start), 0.001);
        RAISE NOTICE '%: % of ~% rows (%), % %, % unknown, % rows/s, ETA %', label, total, estimate,
          (CASE WHEN estimate OPERATOR(pg_catalog.>) 0 THEN pg_catalog.round((100.0 OPERATOR(pg_catalog.*) total) OPERATOR(pg_catalog./) estimate, 1) ELSE 100 END)::pg_catalog.text
            OPERATOR(pg_catalog.||) '%',
          changed, CASE WHEN job.dry_run THEN 'would change' ELSE 'changed' END, unknown, pg_catalog.round(rate),
          CASE WHEN r.done THEN '0s'
               ELSE pg_catalog.make_interval(secs => pg_catalog.round(greatest(estimate OPERATOR(pg_catalog.-) total, 0) OPERATOR(pg_catalog./) greatest(rate, 0.001))::pg_catalog.float8)::pg_catalog.text END;
      END IF;
      EXIT WHEN r.done;

      SELECT j.stop_requested INTO stop FROM stagenorm.backfill_job AS j WHERE j.id OPERATOR(pg_catalog.=) job.id;
      IF stop OR run_batches OPERATOR(pg_catalog.>=) max_batches THEN
        PERFORM stagenorm._backfill_finish(job.id, 'paused');
        COMMIT;
        RAISE NOTICE '%: paused after key % (%); resume with the same CALL', label,
          coalesce(cursor_key, '-'), CASE WHEN stop THEN 'pause_backfill was called' ELSE 'max_batches reached' END;
        RETURN;
      END IF;
      IF NOT stagenorm._backfill_sleep(pause) THEN
        r.status := 'cancelled';
        r.err_state := '57014';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF (r.status OPERATOR(pg_catalog.=) 'retry' OR r.status OPERATOR(pg_catalog.=) 'slow') THEN
      ROLLBACK;
      attempt := attempt OPERATOR(pg_catalog.+) 1;
      UPDATE stagenorm.backfill_job AS j SET retries = j.retries OPERATOR(pg_catalog.+) 1 WHERE j.id OPERATOR(pg_catalog.=) job.id;
      COMMIT;
      IF attempt OPERATOR(pg_catalog.>) max_retries THEN
        PERFORM stagenorm._backfill_finish(job.id, 'failed', r.err_state OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) r.err_message);
        COMMIT;
        RAISE EXCEPTION '%', r.err_message
          USING ERRCODE = r.err_state,
                DETAIL = pg_catalog.format('%s gave up after %s retries of the batch after key %s; it is failed and resumable.',
                                           label, max_retries, coalesce(cursor_key, '-')),
                HINT = 'CALL the procedure again to resume; a longer lock_timeout or statement_timeout, or a smaller batch_size, may help.';
      END IF;
      IF r.status OPERATOR(pg_catalog.=) 'slow' THEN
        size := greatest(1, size OPERATOR(pg_catalog./) 2);
      END IF;
      RAISE NOTICE '%: retry %/% of the batch after key % (%)', label, attempt, max_retries,
        coalesce(cursor_key, '-'), r.err_message;
      IF NOT stagenorm._backfill_sleep(least('5 seconds'::pg_catalog.interval,
                                               '100 milliseconds'::pg_catalog.interval OPERATOR(pg_catalog.*) (2 OPERATOR(pg_catalog.^) (attempt OPERATOR(pg_catalog.-) 1)))) THEN
        r.status := 'cancelled';
        r.err_state := '57014';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF r.status OPERATOR(pg_catalog.=) 'error' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id, 'failed', r.err_state OPERATOR(pg_catalog.||) ': ' OPERATOR(pg_catalog.||) r.err_message);
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = r.err_state,
              DETAIL = pg_catalog.format('%s failed in the batch after key %s%s; it is resumable once the cause is fixed.',
                                         label, coalesce(cursor_key, '-'), coalesce(' (' OPERATOR(pg_catalog.||) r.err_detail OPERATOR(pg_catalog.||) ')', '')),
              HINT = coalesce(r.err_hint, 'CALL the procedure again to resume.');
    END IF;

    IF r.status OPERATOR(pg_catalog.=) 'cancelled' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id, 'paused');
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = 'query_canceled',
              DETAIL = pg_catalog.format('%s is paused after key %s, its last committed batch.', label, coalesce(cursor_key, '-')),
              HINT = 'CALL the procedure again to resume. If statement_timeout cut it short: SET statement_timeout = 0; first.';
    END IF;
  END LOOP;

  SELECT * INTO job FROM stagenorm._backfill_finish(job.id);
  COMMIT;
  RAISE NOTICE '%: done, % rows scanned, % %, % unknown (SELECT * FROM stagenorm.backfill_unknowns(%)), % NULL',
    label, job.rows_scanned, job.rows_changed, CASE WHEN job.dry_run THEN 'would change' ELSE 'changed' END,
    job.rows_unknown, job.id, job.rows_null;
END
$$;
-- Run by DBAs (role stagenorm_admin) with their own rights on the table (SECURITY INVOKER).
REVOKE ALL ON PROCEDURE stagenorm.normalize_batched(regclass, name, integer, boolean, interval, interval, interval, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE stagenorm.normalize_batched(regclass, name, integer, boolean, interval, interval, interval, integer, integer) TO stagenorm_admin;
COMMENT ON PROCEDURE stagenorm.normalize_batched(regclass, name, integer, boolean, interval, interval, interval, integer, integer) IS
  'Rewrite a text column to canonical stage keys in batches of batch_size rows, one transaction each, in primary-key order; unknown labels are left alone (backfill_unknowns). Resumes the column''s unfinished job; SN004 while another session runs it; SN006 inside a transaction block. dry_run counts and writes nothing to the table and no checkpoint. Per batch: lock_timeout on row locks, statement_timeout (an overrunning batch is undone and retried at half size), max_retries; pause between batches; max_batches per call. Undo: CALL stagenorm.revert_batched(job_id). See docs/sql/normalize_batched.md.';
