-- One batch of a batched normalization job, inside the caller's transaction: the next
-- batch_size rows after after_key in primary-key order are read, their labels
-- normalized, the rows whose label has a different canonical key rewritten (only
-- where the row still holds the value read: a row a client changed meanwhile is read
-- again), the changes logged, the counts and the checkpoint written. Errors come back
-- as a status (retry, cancelled, error) with the batch rolled back to its start, so the
-- loop that calls it (normalize_batched, stagenorm backfill) can retry, park or fail
-- the job and release its lock. The batch's statement is built by
-- _backfill_batch_statement and the job row written by _backfill_record_batch; this
-- function checks the job, runs the passes and turns errors into a status.
CREATE FUNCTION stagenorm._normalize_batch(
  job_id bigint,
  after_key text,
  batch_size integer,
  lock_timeout interval DEFAULT '1s',
  catch_cancel boolean DEFAULT false,
  OUT status text,
  OUT scanned integer,
  OUT changed integer,
  OUT unknown integer,
  OUT nulls integer,
  OUT skipped integer,
  OUT last_key text,
  OUT done boolean,
  OUT err_state text,
  OUT err_message text,
  OUT err_detail text,
  OUT err_hint text
)
LANGUAGE plpgsql
-- No pinned search_path: the UPDATE fires the table's own triggers, which must run with
-- the operator's search_path as they would for any UPDATE. Instead every name, type and
-- operator this function and its statement use is schema-qualified (pg_catalog.sum,
-- OPERATOR(pg_catalog.||), pg_catalog.text), and no construct that looks "=" up by name
-- (IN, IS DISTINCT FROM, NULLIF) is used, so a function or operator planted in a schema
-- on that path never runs here (tests/test_search_path.py plants them, and its UNPINNED
-- check reads this body). Only the table's own names (quoted) and the key's type and
-- comparison operators come from the table: the operators are those of its primary
-- key's index (key_ops), named with their schema.
-- Keys travel as text between batches and sessions: fix how dates, intervals and
-- floats are written so that the text reads back as the same key.
SET DateStyle = 'ISO, YMD'
SET IntervalStyle = 'postgres'
SET extra_float_digits = 3
-- The batch statement is prepared once per job and session; its generic plan (an index
-- range scan, whatever the key) saves planning it again for every batch.
SET plan_cache_mode = 'force_generic_plan'
-- Its one join (the key range with the batch's few distinct labels) must hash: a nested
-- loop, which a generic plan's guessed row counts can make look cheaper, would scan the
-- key range once per label.
SET enable_nestloop = off
AS $$
DECLARE
  -- Attempts per batch to catch up with rows that clients rewrote while it ran.
  max_passes constant pg_catalog.int4 := 3;
  job stagenorm.backfill_job;
  rel pg_catalog.text;
  keycol pg_catalog.text;
  col pg_catalog.text;
  keytype pg_catalog.text;
  key_ops pg_catalog.text;
  has_max pg_catalog.bool;
  b_filter pg_catalog.text;
  t_filter pg_catalog.text;
  statement pg_catalog.text;
  prepared pg_catalog.text;
  pass pg_catalog.int4;
  upper_key pg_catalog.text;
  r pg_catalog.record;
  candidates pg_catalog.int4 := 0;
  by_stage pg_catalog.jsonb := '{}';
  batch_unknowns pg_catalog.jsonb := '{}';
  batch_no pg_catalog.int4;
BEGIN
  status := 'ok';
  scanned := 0; changed := 0; unknown := 0; nulls := 0; skipped := 0; done := false;
  IF batch_size IS NULL OR batch_size OPERATOR(pg_catalog.<) 1 OR batch_size OPERATOR(pg_catalog.>) 1000000 THEN
    RAISE EXCEPTION 'batch_size must be between 1 and 1000000, not %', coalesce(batch_size::pg_catalog.text, 'NULL')
      USING ERRCODE = 'SN003';
  END IF;
  IF lock_timeout IS NULL OR lock_timeout OPERATOR(pg_catalog.<) '0'::pg_catalog.interval THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::pg_catalog.text, 'NULL')
      USING ERRCODE = 'SN003', HINT = '0 waits for locks without a limit';
  END IF;
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id OPERATOR(pg_catalog.=) job_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::pg_catalog.text, 'NULL') USING ERRCODE = 'SN007';
  END IF;
  IF job.status OPERATOR(pg_catalog.<>) 'running' THEN
    RAISE EXCEPTION 'job % is %, not running', job.id, job.status USING ERRCODE = 'SN007',
      HINT = 'start or resume it with CALL stagenorm.normalize_batched(table, column);';
  END IF;
  -- _backfill_start claimed the job for this backend while it took the column's lock.
  IF coalesce(job.backend_pid OPERATOR(pg_catalog.<>) pg_catalog.pg_backend_pid(), true) THEN  -- IS DISTINCT FROM (never NULL)
    RAISE EXCEPTION 'job % is not claimed by this session', job.id USING ERRCODE = 'SN004',
      HINT = 'batches run from CALL stagenorm.normalize_batched(...), which claims the job and takes the lock';
  END IF;
  IF NOT job.dry_run  -- and job.last_key IS DISTINCT FROM after_key:
     AND coalesce(job.last_key OPERATOR(pg_catalog.<>) after_key, job.last_key IS NOT NULL OR after_key IS NOT NULL) THEN
    RAISE EXCEPTION 'job % is checkpointed after key %, not %', job.id,
      coalesce(pg_catalog.quote_literal(job.last_key), 'NULL'), coalesce(pg_catalog.quote_literal(after_key), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'pass the job''s last_key';
  END IF;
  SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
   WHERE c.oid OPERATOR(pg_catalog.=) job.table_name;
  IF rel IS NULL THEN
    RAISE EXCEPTION 'the table of job % no longer exists', job.id USING ERRCODE = 'SN005';
  END IF;
  keycol := pg_catalog.quote_ident(job.key_column);
  col := pg_catalog.quote_ident(job.column_name);
  keytype := pg_catalog.format_type(job.key_type, NULL);
  batch_no := job.batches OPERATOR(pg_catalog.+) 1;
  key_ops := stagenorm._backfill_key_ops(job.table_name);  -- OPERATOR(<key_ops>.=) and the like

  PERFORM stagenorm._backfill_batch_settings(lock_timeout);

  -- max() of the key type, where it has one (resolved on the operator's search_path, as
  -- the statement is); a uuid key takes a top-1 sort instead.
  has_max := pg_catalog.to_regprocedure(pg_catalog.format('pg_catalog.max(%s)', keytype)) IS NOT NULL;
  t_filter := CASE WHEN after_key IS NULL THEN 'true' ELSE pg_catalog.format('t.%s OPERATOR(%s.>) $1::%s', keycol, key_ops, keytype) END;

  BEGIN
    FOR pass IN 1..max_passes LOOP
      -- Pass 1 reads batch_size rows after the checkpoint; a further pass (when clients
      -- rewrote rows between our read and our update) reads the same key range again.
      b_filter := pg_catalog.concat_ws(' AND ',
        CASE WHEN after_key IS NOT NULL THEN pg_catalog.format('%s OPERATOR(%s.>) $1::%s', keycol, key_ops, keytype) END,
        CASE WHEN pass OPERATOR(pg_catalog.>) 1 THEN pg_catalog.format('%s OPERATOR(%s.<=) $3::%s', keycol, key_ops, keytype) END);
      statement := stagenorm._backfill_batch_statement(rel, keycol, col, keytype, key_ops, has_max, job.dry_run,
                                                       CASE WHEN b_filter OPERATOR(pg_catalog.<>) '' THEN b_filter ELSE 'true' END,
                                                       t_filter);
      IF pass OPERATOR(pg_catalog.=) 1 AND after_key IS NOT NULL THEN
        prepared := pg_catalog.format('stagenorm_backfill_%s_%s', job.id, pg_catalog.left(pg_catalog.md5(statement), 16));
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_prepared_statements AS p WHERE p.name OPERATOR(pg_catalog.=) prepared) THEN
          EXECUTE pg_catalog.format('PREPARE %I (pg_catalog.text, pg_catalog.int4, pg_catalog.text, pg_catalog.int8, pg_catalog.int4) AS %s', prepared, statement);
        END IF;
        EXECUTE pg_catalog.format('EXECUTE %I (%L, %s, NULL, %s, %s)', prepared, after_key, batch_size, job.id, batch_no)
          INTO r;
      ELSE
        EXECUTE statement INTO r
          USING after_key, CASE WHEN pass OPERATOR(pg_catalog.=) 1 THEN batch_size END, upper_key, job.id, batch_no;
      END IF;
      IF pass OPERATOR(pg_catalog.=) 1 THEN
        scanned := r.scanned;
        unknown := r.unknown;
        nulls := r.nulls;
        last_key := r.last_key;
        batch_unknowns := r.unknowns;
        upper_key := r.last_key;
        done := r.scanned OPERATOR(pg_catalog.<) batch_size;
        IF job.dry_run THEN
          -- A real run's changes per stage are in its change log
          -- (backfill_changed_by_stage); a dry run keeps no log, so it counts them.
          by_stage := r.by_stage;
        END IF;
      END IF;
      changed := changed OPERATOR(pg_catalog.+) r.changed;
      candidates := r.candidates OPERATOR(pg_catalog.-) r.changed;
      EXIT WHEN job.dry_run OR candidates OPERATOR(pg_catalog.=) 0 OR upper_key IS NULL;
    END LOOP;
    skipped := CASE WHEN job.dry_run THEN 0 ELSE candidates END;

    PERFORM stagenorm._backfill_record_batch(job, last_key, scanned, changed, unknown, nulls, skipped, done,
                                             by_stage, batch_unknowns);
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
    scanned := 0; changed := 0; unknown := 0; nulls := 0; skipped := 0; last_key := NULL; done := false;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) IS
  'Private: one batch of a batched normalization job in the caller''s transaction; returns its counts, or a status (retry, cancelled, error) with the batch undone.';
