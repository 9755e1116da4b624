-- The statement of one batch of a batched normalization job (_normalize_batch runs it,
-- prepared once per job and session): read the key range, group it by label, normalize
-- each distinct label once, and, unless a dry run, rewrite the candidate rows and log
-- them in backfill_change. Only builds text: the names come quoted from the caller.
-- The statement runs in _normalize_batch, on the operator's search_path (for the table's
-- triggers), so it names every function, type, collation and operator with its schema:
-- the key's comparison operators with key_ops, the schema of the primary key index's.
CREATE FUNCTION stagenorm._backfill_batch_statement(
  rel text,
  keycol text,
  col text,
  keytype text,
  key_ops text,
  has_max boolean,
  dry_run boolean,
  b_filter text,
  t_filter text
) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  label_hi text;
  batch_hi text;
  template text;
BEGIN
  -- Parameters of the statement: $1 after_key, $2 batch_size (NULL: no limit), $3 the
  -- upper key (a further pass), $4 job id, $5 batch number. %1$s key column, %2$s column,
  -- %3$s table, %4$s which keys to read, %5$s a label's highest key in the batch and
  -- %6$s the batch's: max() where the key type has one (has_max), else (uuid) a top-1 sort, %7$s
  -- the lower bound of the update, %8$s the (quoted) schema of the key's operators.
  --
  -- r reads the batch once; g groups it by label (exact bytes), so each distinct label
  -- is normalized once per batch, not once per row: a candidate label has a canonical
  -- key, another one than its bytes; s sums the groups up, unknown labels included.
  IF has_max THEN
    label_hi := 'pg_catalog.max(r.k)';
    batch_hi := 'pg_catalog.max(g.hi)';
  ELSE
    label_hi := pg_catalog.format('NULL::%s', keytype);
    batch_hi := '(SELECT r.k FROM r ORDER BY r.k DESC LIMIT 1)';
  END IF;
  template := $sql$
    WITH r AS (
      SELECT %1$s AS k, %2$s::pg_catalog.text AS v FROM %3$s WHERE %4$s ORDER BY %1$s LIMIT $2
    ), g AS (
      SELECT l.v, l.n, l.rows, l.hi,
             l.n IS NOT NULL AND (l.v IS NULL OR l.n OPERATOR(pg_catalog.<>) l.v) AS candidate  -- n IS DISTINCT FROM v
        FROM (SELECT x.v, stagenorm.normalize_stage(x.v) AS n, x.rows, x.hi
                FROM (SELECT r.v COLLATE pg_catalog."C" AS v, pg_catalog.count(*)::pg_catalog.int4 AS rows, %5$s AS hi
                        FROM r GROUP BY 1) AS x
              OFFSET 0) AS l  -- OFFSET 0: normalize each label once, not once per use of n
    ), s AS (
      SELECT coalesce(pg_catalog.sum(g.rows), 0)::pg_catalog.int4 AS scanned, %6$s AS hi,
             coalesce(pg_catalog.sum(g.rows) FILTER (WHERE g.v IS NULL), 0)::pg_catalog.int4 AS nulls,
             coalesce(pg_catalog.sum(g.rows) FILTER (WHERE g.n IS NULL AND g.v IS NOT NULL), 0)::pg_catalog.int4 AS unknown,
             coalesce(pg_catalog.sum(g.rows) FILTER (WHERE g.candidate), 0)::pg_catalog.int4 AS candidates,
             (SELECT coalesce(pg_catalog.jsonb_object_agg(x.label, x.rows), '{}')
                FROM (SELECT pg_catalog.left(g.v, 200) AS label, pg_catalog.sum(g.rows) AS rows FROM g
                       WHERE g.n IS NULL AND g.v IS NOT NULL GROUP BY 1) AS x) AS unknowns
        FROM g
    )
  $sql$;
  IF dry_run THEN
    template := template || $sql$
      SELECT s.scanned, s.candidates, s.candidates AS changed, s.unknown, s.nulls, s.hi::pg_catalog.text AS last_key,
             (SELECT coalesce(pg_catalog.jsonb_object_agg(x.n, x.rows), '{}')
                FROM (SELECT g.n, pg_catalog.sum(g.rows) AS rows FROM g WHERE g.candidate GROUP BY g.n) AS x) AS by_stage,
             s.unknowns
        FROM s
    $sql$;
  ELSE
    -- Rewrite the rows of the key range that hold a candidate label with its canonical
    -- key, a hash join of the range with the labels (u). The read and the UPDATE share
    -- one snapshot, so these are exactly the candidate rows read; one that a client
    -- rewrote meanwhile fails PostgreSQL's recheck against the label it was read with
    -- and is left to the next pass, never overwritten with a stale value. The log is
    -- what the UPDATE returns: the rows it changed, with the bytes they held and hold
    -- (as stored: after any trigger of the table's own).
    template := template || $sql$
      , u AS (
        UPDATE %3$s AS t SET %2$s = m.n
          FROM g AS m
         WHERE m.candidate AND (t.%2$s COLLATE pg_catalog."C") OPERATOR(pg_catalog.=) m.v
           AND %7$s AND t.%1$s OPERATOR(%8$s.<=) (SELECT s.hi FROM s)
        RETURNING t.%1$s AS k, m.v, t.%2$s::pg_catalog.text AS n
      ), logged AS (
        INSERT INTO stagenorm.backfill_change AS c (job_id, batch, keys, old_values, new_values)
        SELECT $4, $5, pg_catalog.array_agg(u.k::pg_catalog.text), pg_catalog.array_agg(u.v), pg_catalog.array_agg(u.n) FROM u HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 0
        ON CONFLICT (job_id, batch) DO UPDATE
          SET keys = c.keys OPERATOR(pg_catalog.||) excluded.keys,
              old_values = c.old_values OPERATOR(pg_catalog.||) excluded.old_values,
              new_values = c.new_values OPERATOR(pg_catalog.||) excluded.new_values
      )
      SELECT s.scanned, s.candidates, (SELECT pg_catalog.count(*)::pg_catalog.int4 FROM u) AS changed, s.unknown, s.nulls,
             s.hi::pg_catalog.text AS last_key, NULL::pg_catalog.jsonb AS by_stage, s.unknowns
        FROM s
    $sql$;
  END IF;
  RETURN pg_catalog.format(template, keycol, col, rel, b_filter, label_hi, batch_hi, t_filter, key_ops);
END
$fn$;
REVOKE ALL ON FUNCTION stagenorm._backfill_batch_statement(text, text, text, text, text, boolean, boolean, text, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._backfill_batch_statement(text, text, text, text, text, boolean, boolean, text, text) IS
  'Private: the SQL of one batch of a batched normalization job (read, group, normalize, rewrite, log).';
GRANT EXECUTE ON FUNCTION stagenorm._backfill_batch_statement(text, text, text, text, text, boolean, boolean, text, text) TO stagenorm_admin;
