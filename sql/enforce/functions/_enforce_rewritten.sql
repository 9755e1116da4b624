-- Records the rewritten (normalized) labels a statement's row trigger tallied in
-- label_writer, for the writer's backend, and returns how many values they account for.
-- The tally lives in settings the session could set itself, so it is checked against the
-- rows: a claim must name a label that normalizes to a stage key other than its own
-- spelling, and all claims together are cut to `cap` (the stage keys the statement stored).
CREATE FUNCTION stagenorm._enforce_rewritten(
  tbl text,
  col name,
  claims text[],
  cap bigint,
  at timestamptz
) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  total bigint;
BEGIN
  -- each claim is "label<US>count" (the label may hold a US itself; the count never does)
  WITH split AS (
    SELECT cl, pg_catalog.substring(cl, E'\x1f([0-9]{1,15})$') AS digits
      FROM pg_catalog.unnest(claims) AS cl
  ), parsed AS (
    SELECT pg_catalog.left(s.cl, pg_catalog.length(s.cl) - pg_catalog.length(s.digits) - 1) AS label,
           s.digits::bigint AS n
      FROM split AS s
     WHERE s.digits IS NOT NULL
  ), valid AS (
    SELECT p.label, pg_catalog.sum(p.n) AS n
      FROM parsed AS p
     WHERE p.n > 0
       AND pg_catalog.length(p.label) <= 200
       AND (p.label = '(more distinct labels)'
            OR (stagenorm.normalize_stage(p.label) IS NOT NULL
                AND stagenorm.normalize_stage(p.label) IS DISTINCT FROM p.label))
     GROUP BY p.label
  ), capped AS (
    SELECT v.label,
           least(v.n, greatest(0, cap - coalesce(pg_catalog.sum(v.n) OVER (
             ORDER BY v.label COLLATE "C" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS n
      FROM valid AS v
  ), written AS (
    INSERT INTO stagenorm.label_writer AS w (table_name, column_name, application_name, role, outcome, label,
                                             seen_count, first_seen, last_seen, writer)
    SELECT tbl, col, coalesce(pg_catalog.current_setting('application_name', true), ''), session_user,
           'normalized', c.label, c.n, at, at, pg_catalog.pg_backend_pid()
      FROM capped AS c
     WHERE c.n > 0
    ON CONFLICT (table_name, column_name, application_name, role, outcome, label, writer) WHERE writer <> 0
    DO UPDATE SET seen_count = w.seen_count + excluded.seen_count, last_seen = excluded.last_seen
  )
  SELECT coalesce(pg_catalog.sum(c.n) FILTER (WHERE c.n > 0), 0) INTO total FROM capped AS c;
  RETURN total;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_rewritten(text, name, text[], bigint, timestamptz) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_rewritten(text, name, text[], bigint, timestamptz) IS
  'Private: record a statement''s rewritten labels (checked, capped by the rows written) in label_writer; returns their number.';
