-- Statement trigger of an enforced column: writes the statement's counts (kept by the row
-- trigger in transaction-local settings, so a rolled-back statement counts nothing) to
-- value_count and its non-canonical labels to label_writer, one row each per statement
-- (insert-only: writers never wait on each other), sums up the WARNINGs held back, and
-- now and then compacts old rows. Arguments: identifier, column name, kind.
CREATE FUNCTION stagenorm._enforce_count() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  ident text := TG_ARGV[0];
  validated bigint := nullif(current_setting('stagenorm.v_' || ident, true), '')::bigint;
  normalized bigint;
  unknown bigint;
  events bigint;
  tbl text;
  at timestamptz;
  minute_text text;
  suppressed bigint;
  suppressed_distinct text;
  c text;
BEGIN
  IF validated IS NULL OR validated = 0 THEN
    RETURN NULL;
  END IF;
  normalized := coalesce(nullif(current_setting('stagenorm.n_' || ident, true), ''), '0')::bigint;
  unknown := coalesce(nullif(current_setting('stagenorm.u_' || ident, true), ''), '0')::bigint;
  events := coalesce(nullif(current_setting('stagenorm.e_' || ident, true), ''), '0')::bigint;
  c := set_config('stagenorm.v_' || ident, '0', true);
  c := set_config('stagenorm.n_' || ident, '0', true);
  c := set_config('stagenorm.u_' || ident, '0', true);
  c := set_config('stagenorm.e_' || ident, '0', true);
  tbl := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  at := clock_timestamp();

  INSERT INTO stagenorm.value_count (minute, table_name, validated, normalized, unknown)
  VALUES (date_trunc('minute', at), tbl, validated, normalized, unknown);

  IF events > 0 THEN
    WITH taken AS (
      SELECT t.outcome, t.label, t.seen FROM stagenorm._enforce_take(ident) AS t
    ), written AS (
      INSERT INTO stagenorm.label_writer (table_name, column_name, application_name, role, outcome,
                                          label, seen_count, first_seen, last_seen)
      SELECT tbl, TG_ARGV[1], coalesce(current_setting('application_name', true), ''), session_user,
             t.outcome, t.label, t.seen, at, at
        FROM taken AS t
       WHERE t.outcome IN ('unknown', 'normalized')
    )
    SELECT t.seen, t.label INTO suppressed, suppressed_distinct FROM taken AS t WHERE t.outcome = 'suppressed';
    IF suppressed > 0 THEN
      RAISE WARNING '% more unknown stage labels for %.% were not reported one by one (% distinct)',
                    suppressed, tbl, quote_ident(TG_ARGV[1]), suppressed_distinct
        USING DETAIL = 'Each distinct label is reported on its first sighting per interval (stagenorm.warning_interval, 60 s; at most 100 per statement), repeats on their 10th, 100th, ... sighting (at most 20 per statement).',
              HINT = 'All of them are recorded in stagenorm.label_writer: run stagenorm consumers.';
    END IF;
  END IF;

  -- Once a minute per session, merge old rows (never blocks: try-lock, committed rows only).
  minute_text := to_char(date_trunc('minute', at), 'YYYYMMDDHH24MI');
  IF current_setting('stagenorm._compacted_minute', true) IS DISTINCT FROM minute_text THEN
    c := set_config('stagenorm._compacted_minute', minute_text, false);
    IF current_setting('transaction_isolation') <> 'serializable' THEN
      PERFORM stagenorm.value_counts_compact(2000);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_count() FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_count() IS
  'Private: statement trigger of enforced columns: per-statement counts to value_count, labels to label_writer.';
