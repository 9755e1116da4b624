-- One batch of a batched normalization job, inside the caller's transaction: the next
-- batch_size rows after after_key in primary-key order are read, their labels
-- normalized, the rows whose label has a different canonical key rewritten (only
-- where the row still holds the value read: a row a client changed meanwhile is read
-- again), the changes logged, the counts and the checkpoint written. Errors come back
-- as a status (retry, cancelled, error) with the batch rolled back to its start, so the
-- loop that calls it (normalize_batched, stagenorm backfill) can retry, park or fail
-- the job and release its lock.
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
-- Keys travel as text between batches and sessions: fix how dates, intervals and
-- floats are written so that the text reads back as the same key.
SET DateStyle = 'ISO, YMD'
SET IntervalStyle = 'postgres'
SET extra_float_digits = 3
-- The batch statement is prepared once per job and session; its generic plan (an index
-- range scan, whatever the key) saves planning it again for every batch.
SET plan_cache_mode = 'force_generic_plan'
AS $$
DECLARE
  -- Attempts per batch to catch up with rows that clients rewrote while it ran.
  max_passes constant integer := 3;
  job stagenorm.backfill_job;
  rel text;
  keycol text;
  col text;
  keytype text;
  hi text;
  candidate text;
  template text;
  b_filter text;
  t_filter text;
  statement text;
  prepared text;
  pass integer;
  upper_key text;
  r record;
  candidates integer := 0;
  by_stage jsonb := '{}';
  batch_unknowns jsonb := '{}';
  unlisted bigint := 0;
  batch_no integer;
BEGIN
  status := 'ok';
  scanned := 0; changed := 0; unknown := 0; nulls := 0; skipped := 0; done := false;
  IF batch_size IS NULL OR batch_size < 1 OR batch_size > 1000000 THEN
    RAISE EXCEPTION 'batch_size must be between 1 and 1000000, not %', coalesce(batch_size::text, 'NULL')
      USING ERRCODE = 'SN003';
  END IF;
  IF lock_timeout IS NULL OR lock_timeout < interval '0' THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = '0 waits for locks without a limit';
  END IF;
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id = job_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007';
  END IF;
  IF job.status <> 'running' THEN
    RAISE EXCEPTION 'job % is %, not running', job.id, job.status USING ERRCODE = 'SN007',
      HINT = 'start or resume it with CALL stagenorm.normalize_batched(table, column);';
  END IF;
  -- _backfill_start claimed the job for this backend while it took the column's lock.
  IF job.backend_pid IS DISTINCT FROM pg_catalog.pg_backend_pid() THEN
    RAISE EXCEPTION 'job % is not claimed by this session', job.id USING ERRCODE = 'SN004',
      HINT = 'batches run from CALL stagenorm.normalize_batched(...), which claims the job and takes the lock';
  END IF;
  IF NOT job.dry_run AND job.last_key IS DISTINCT FROM after_key THEN
    RAISE EXCEPTION 'job % is checkpointed after key %, not %', job.id,
      coalesce(quote_literal(job.last_key), 'NULL'), coalesce(quote_literal(after_key), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'pass the job''s last_key';
  END IF;
  SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
   WHERE c.oid = job.table_name;
  IF rel IS NULL THEN
    RAISE EXCEPTION 'the table of job % no longer exists', job.id USING ERRCODE = 'SN005';
  END IF;
  keycol := pg_catalog.quote_ident(job.key_column);
  col := pg_catalog.quote_ident(job.column_name);
  keytype := pg_catalog.format_type(job.key_type, NULL);
  batch_no := job.batches + 1;

  PERFORM stagenorm._backfill_batch_settings(lock_timeout);

  -- Parameters: $1 after_key, $2 batch_size (NULL: no limit), $3 job id, $4 batch number,
  -- $5 upper key. %1$s key column, %2$s column, %3$s table, %4$s which keys (b),
  -- %5$s lower bound of the update (t), %6$s the batch's highest key: max() where the key
  -- type has one (uuid has not), else a top-1 sort, %7$s whether a row of b is a
  -- candidate: its label has a canonical key, another one than the stored bytes.
  hi := CASE WHEN pg_catalog.to_regprocedure(pg_catalog.format('pg_catalog.max(%s)', keytype)) IS NOT NULL
             THEN 'max(b.k)' ELSE '(SELECT x.k FROM b AS x ORDER BY x.k DESC LIMIT 1)' END;
  candidate := 'b.n IS DISTINCT FROM (b.v COLLATE "C") AND b.n IS NOT NULL';
  IF job.dry_run THEN
    template := $sql$
      WITH b AS MATERIALIZED (
        SELECT %1$s AS k, %2$s::text AS v, stagenorm.normalize_stage(%2$s) AS n
          FROM %3$s WHERE %4$s ORDER BY %1$s LIMIT $2
      )
      SELECT s.scanned, s.candidates, s.candidates AS changed, s.unknown, s.nulls, NULL::text[] AS missed,
             (SELECT b.k::text FROM b ORDER BY b.k DESC LIMIT 1) AS last_key,
             (SELECT coalesce(jsonb_object_agg(n, rows), '{}')
                FROM (SELECT n, count(*) AS rows FROM b
                       WHERE %7$s GROUP BY n) AS g) AS by_stage,
             (SELECT coalesce(jsonb_object_agg(label, rows), '{}')
                FROM (SELECT left(v, 200) AS label, count(*) AS rows FROM b
                       WHERE n IS NULL AND v IS NOT NULL GROUP BY 1) AS g) AS unknowns
        FROM (SELECT count(*)::integer AS scanned,
                     (count(*) FILTER (WHERE %7$s))::integer AS candidates,
                     (count(*) FILTER (WHERE n IS NULL AND v IS NOT NULL))::integer AS unknown,
                     (count(*) FILTER (WHERE v IS NULL))::integer AS nulls
                FROM b) AS s
      $sql$;
  ELSE
    -- Read the batch once (b) and sum it up in one pass (s): counts, the upper key, the
    -- unknown labels, and the candidates' keys, old and new values as the arrays the
    -- change log stores (logged). Rewrite the candidates, but only where the row still
    -- holds the label read (u: a row a client rewrote meanwhile is left for the next
    -- pass). Such rows are logged but not changed: "missed" lists them (computed only
    -- when there are any) and the caller takes them out of the log.
    template := $sql$
      WITH b AS MATERIALIZED (
        SELECT %1$s AS k, %2$s::text AS v, stagenorm.normalize_stage(%2$s) AS n
          FROM %3$s WHERE %4$s ORDER BY %1$s LIMIT $2
      ), s AS (
        SELECT count(*)::integer AS scanned,
               %6$s AS hi,
               (count(*) FILTER (WHERE b.v IS NULL))::integer AS nulls,
               array_agg(b.k::text) FILTER (WHERE %7$s) AS keys,
               array_agg(b.v) FILTER (WHERE %7$s) AS old_values,
               array_agg(b.n) FILTER (WHERE %7$s) AS new_values,
               array_agg(left(b.v, 200)) FILTER (WHERE b.n IS NULL AND b.v IS NOT NULL) AS unknowns
          FROM b
      ), u AS (
        -- No ORDER BY: the planner hash-joins the candidates with the key range of the
        -- table; sorting them for a merge join measured slower.
        UPDATE %3$s AS t SET %2$s = c.n
          FROM (SELECT b.k, b.v, b.n FROM b WHERE %7$s) AS c
         WHERE t.%1$s = c.k AND %5$s AND t.%1$s <= (SELECT s.hi FROM s)
           AND (t.%2$s COLLATE "C") = c.v
        RETURNING c.k
      ), logged AS (
        INSERT INTO stagenorm.backfill_change AS c (job_id, batch, keys, old_values, new_values)
        SELECT $3, $4, s.keys, s.old_values, s.new_values FROM s WHERE s.keys IS NOT NULL
        ON CONFLICT (job_id, batch) DO UPDATE
          SET keys = c.keys || excluded.keys,
              old_values = c.old_values || excluded.old_values,
              new_values = c.new_values || excluded.new_values
      )
      SELECT s.scanned, coalesce(cardinality(s.keys), 0) AS candidates,
             coalesce(cardinality(s.unknowns), 0) AS unknown, s.nulls, s.hi::text AS last_key, x.changed,
             (SELECT coalesce(jsonb_object_agg(l.label, l.rows), '{}')
                FROM (SELECT label, count(*) AS rows FROM unnest(s.unknowns) AS label GROUP BY label) AS l) AS unknowns,
             CASE WHEN x.changed < coalesce(cardinality(s.keys), 0) THEN
               (SELECT array_agg(b.k::text) FROM b
                 WHERE %7$s
                   AND b.k NOT IN (SELECT u.k FROM u))
             END AS missed
        FROM s, (SELECT count(*)::integer AS changed FROM u) AS x
      $sql$;
  END IF;
  t_filter := CASE WHEN after_key IS NULL THEN 'true' ELSE pg_catalog.format('t.%s > $1::%s', keycol, keytype) END;

  BEGIN
    FOR pass IN 1..max_passes LOOP
      -- Pass 1 reads batch_size rows after the checkpoint; a further pass (when clients
      -- rewrote rows between our read and our update) reads the same key range again.
      b_filter := concat_ws(' AND ',
        CASE WHEN after_key IS NOT NULL THEN pg_catalog.format('%s > $1::%s', keycol, keytype) END,
        CASE WHEN pass > 1 THEN pg_catalog.format('%s <= $5::%s', keycol, keytype) END);
      statement := pg_catalog.format(template, keycol, col, rel, coalesce(nullif(b_filter, ''), 'true'), t_filter, hi, candidate);
      IF pass = 1 AND after_key IS NOT NULL THEN
        prepared := pg_catalog.format('stagenorm_backfill_%s_%s', job.id, left(md5(statement), 16));
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_prepared_statements AS p WHERE p.name = prepared) THEN
          EXECUTE pg_catalog.format('PREPARE %I (text, integer, bigint, integer, text) AS %s', prepared, statement);
        END IF;
        EXECUTE pg_catalog.format('EXECUTE %I (%L, %s, %s, %s, NULL)', prepared, after_key, batch_size, job.id, batch_no)
          INTO r;
      ELSE
        EXECUTE statement INTO r
          USING after_key, CASE WHEN pass = 1 THEN batch_size END, job.id, batch_no, upper_key;
      END IF;
      IF r.missed IS NOT NULL THEN
        -- Rows a client rewrote between our read and our update were logged but not
        -- changed: take them out of the log (the next pass reads them again).
        DELETE FROM stagenorm.backfill_change AS c
         WHERE c.job_id = job.id AND c.batch = batch_no AND c.keys <@ r.missed;
        UPDATE stagenorm.backfill_change AS c
           SET (keys, old_values, new_values) = (
                 SELECT array_agg(x.k ORDER BY x.i), array_agg(x.o ORDER BY x.i), array_agg(x.n ORDER BY x.i)
                   FROM unnest(c.keys, c.old_values, c.new_values) WITH ORDINALITY AS x(k, o, n, i)
                  WHERE x.k NOT IN (SELECT unnest(r.missed)))
         WHERE c.job_id = job.id AND c.batch = batch_no;
      END IF;
      IF pass = 1 THEN
        scanned := r.scanned;
        unknown := r.unknown;
        nulls := r.nulls;
        last_key := r.last_key;
        batch_unknowns := r.unknowns;
        upper_key := r.last_key;
        done := r.scanned < batch_size;
        IF job.dry_run THEN
          -- A real run's changes per stage are summed from its change log when asked
          -- (backfill_changed_by_stage): counting them here costs every batch.
          by_stage := r.by_stage;
        END IF;
      END IF;
      changed := changed + r.changed;
      candidates := r.candidates - r.changed;
      EXIT WHEN job.dry_run OR candidates = 0 OR upper_key IS NULL;
    END LOOP;
    skipped := CASE WHEN job.dry_run THEN 0 ELSE candidates END;

    -- The job row is locked (FOR UPDATE above): merge its unknown-label counts (and a dry
    -- run's per-stage counts) here. Labels already listed keep counting; new ones are listed while fewer
    -- than 1000 are, the rest only counted (unknown_unlisted).
    IF by_stage <> '{}' THEN
      SELECT coalesce(jsonb_object_agg(s.key, s.rows), '{}') INTO by_stage
        FROM (SELECT e.key, sum(e.value::bigint) AS rows
                FROM (SELECT * FROM jsonb_each_text(job.dry_run_by_stage)
                      UNION ALL SELECT * FROM jsonb_each_text(by_stage)) AS e
               GROUP BY e.key) AS s;
    ELSE
      by_stage := job.dry_run_by_stage;
    END IF;
    IF batch_unknowns <> '{}' THEN
      SELECT coalesce(jsonb_object_agg(m.key, m.rows) FILTER (WHERE m.rank <= 1000), '{}'),
             coalesce(sum(m.rows) FILTER (WHERE m.rank > 1000), 0)
        INTO batch_unknowns, unlisted
        FROM (SELECT e.key, sum(e.rows) AS rows,
                     row_number() OVER (ORDER BY bool_or(e.listed) DESC, sum(e.rows) DESC, e.key) AS rank
                FROM (SELECT l.key, l.value::bigint AS rows, true AS listed FROM jsonb_each_text(job.unknown_labels) AS l
                      UNION ALL
                      SELECT l.key, l.value::bigint, false FROM jsonb_each_text(batch_unknowns) AS l) AS e
               GROUP BY e.key) AS m;
    ELSE
      batch_unknowns := job.unknown_labels;
    END IF;

    UPDATE stagenorm.backfill_job AS j
       SET last_key = CASE WHEN j.dry_run THEN NULL ELSE coalesce(_normalize_batch.last_key, j.last_key) END,
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
  IF status <> 'ok' THEN
    scanned := 0; changed := 0; unknown := 0; nulls := 0; skipped := 0; last_key := NULL; done := false;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) IS
  'Private: one batch of a batched normalization job in the caller''s transaction; returns its counts, or a status (retry, cancelled, error) with the batch undone.';
