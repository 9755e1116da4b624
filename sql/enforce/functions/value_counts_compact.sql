-- Merges the per-backend rows of value_count (per minute and table, for minutes that
-- ended over a minute ago) and of label_writer (per key, rows not written to for 2
-- minutes), and rolls minutes older than keep_days into one row per table at minute
-- -infinity, so reads stay cheap. Runs at most once at a time (a transaction-level
-- try-lock: a second caller returns 0 at once); rows a writer holds locked are skipped
-- (SKIP LOCKED), so it never waits for a writer.
CREATE FUNCTION stagenorm.value_counts_compact(
  max_groups integer DEFAULT 100000,
  keep_days integer DEFAULT 35
) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  cutoff timestamptz := date_trunc('minute', clock_timestamp()) - interval '2 minutes';
  merged bigint := 0;
  n bigint;
BEGIN
  IF max_groups IS NULL OR max_groups < 1 OR keep_days IS NULL OR keep_days < 1 THEN
    RAISE EXCEPTION 'max_groups and keep_days must be at least 1'
      USING ERRCODE = 'SN003', HINT = 'e.g. stagenorm.value_counts_compact(100000, 35)';
  END IF;
  IF NOT pg_try_advisory_xact_lock(hashtext('stagenorm.value_counts_compact')::bigint) THEN
    RETURN 0;
  END IF;

  -- minutes older than keep_days: one row per table at -infinity
  WITH old AS (
    DELETE FROM stagenorm.value_count AS v
     WHERE v.ctid IN (SELECT o.ctid FROM stagenorm.value_count AS o
                       WHERE o.minute < cutoff - make_interval(days => keep_days)
                         AND o.minute > '-infinity'
                       LIMIT max_groups)
    RETURNING v.*
  ), folded AS (
    SELECT table_name, sum(validated) AS validated, sum(normalized) AS normalized, sum(unknown) AS unknown
      FROM old GROUP BY table_name
  )
  INSERT INTO stagenorm.value_count (minute, table_name, validated, normalized, unknown, compacted)
  SELECT '-infinity', table_name, validated, normalized, unknown, false FROM folded;
  GET DIAGNOSTICS n = ROW_COUNT;

  -- per minute and table: every group that has a row not yet compacted (rows a writer has
  -- locked are left for the next run: SKIP LOCKED, so this never waits for a writer)
  WITH pending AS (
    SELECT g.ctid AS id, g.minute, g.table_name
      FROM stagenorm.value_count AS g
     WHERE NOT g.compacted AND g.minute < cutoff
     LIMIT max_groups
       FOR UPDATE SKIP LOCKED
  ), groups AS (
    SELECT DISTINCT p.minute, p.table_name FROM pending AS p
  ), gone AS (
    DELETE FROM stagenorm.value_count AS v
     USING groups AS g
     WHERE v.minute = g.minute AND v.table_name = g.table_name
       AND (v.compacted OR v.ctid IN (SELECT p.id FROM pending AS p))
    RETURNING v.*
  )
  INSERT INTO stagenorm.value_count (minute, table_name, validated, normalized, unknown, compacted)
  SELECT minute, table_name, sum(validated), sum(normalized), sum(unknown), true
    FROM gone GROUP BY minute, table_name;
  GET DIAGNOSTICS n = ROW_COUNT;
  merged := merged + n;

  -- label_writer: one row per key, from the rows not written to for 2 minutes
  WITH pending AS (
    SELECT g.ctid AS id, g.table_name, g.column_name, g.application_name, g.role, g.outcome, g.label
      FROM stagenorm.label_writer AS g
     WHERE NOT g.compacted AND g.last_seen < cutoff
     LIMIT max_groups
       FOR UPDATE SKIP LOCKED
  ), groups AS (
    SELECT DISTINCT p.table_name, p.column_name, p.application_name, p.role, p.outcome, p.label FROM pending AS p
  ), gone AS (
    DELETE FROM stagenorm.label_writer AS w
     USING groups AS g
     WHERE (w.table_name, w.column_name, w.application_name, w.role, w.outcome, w.label)
         = (g.table_name, g.column_name, g.application_name, g.role, g.outcome, g.label)
       AND (w.compacted OR w.ctid IN (SELECT p.id FROM pending AS p))
    RETURNING w.*
  )
  INSERT INTO stagenorm.label_writer (table_name, column_name, application_name, role, outcome, label,
                                      seen_count, first_seen, last_seen, compacted)
  SELECT table_name, column_name, application_name, role, outcome, label,
         sum(seen_count), min(first_seen), max(last_seen), true
    FROM gone
   GROUP BY table_name, column_name, application_name, role, outcome, label;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN merged + n;
END
$$;
COMMENT ON FUNCTION stagenorm.value_counts_compact(integer, integer) IS
  'Merge the per-backend rows of value_count (per minute and table) and label_writer (per key) that are over 2 minutes old, and fold minutes older than keep_days into one row per table at -infinity. Returns the rows written. Never waits: a concurrent call returns 0. The enforcement triggers call it once a minute per session; cron may too.';
