-- Records the unknown labels a statement stored (read from its rows by the statement
-- trigger) in label_writer for the writer's backend, and in warn raises the sampled
-- WARNINGs: each distinct label on its first sighting in an interval
-- (stagenorm.warning_interval, 60 s) and when its sightings pass 10, 100, 1000, ...; at
-- most 100 first sightings and 20 repeats per statement, the rest summed up in one
-- WARNING. The sightings are remembered per session in the setting stagenorm.w_<ident>
-- (JSON, at most 1000 labels): it decides only which WARNINGs this session sees, never a
-- count, so the session may set it.
CREATE FUNCTION stagenorm._enforce_unknowns(
  schema_name name,
  table_name name,
  column_name name,
  ident text,
  mode text,
  labels text[],
  counts bigint[],
  at timestamptz
) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  max_first constant integer := 100;
  max_repeats constant integer := 20;
  max_remembered constant integer := 1000;
  tbl text := pg_catalog.format('%I.%I', schema_name, table_name);
  now_s double precision := pg_catalog.date_part('epoch', at);
  interval_s double precision := 60;
  raw text;
  memory jsonb := '{}';
  entry jsonb;
  before bigint;
  after bigint;
  due bigint;
  firsts integer := 0;
  repeats integer := 0;
  reported bigint := 0;
  total bigint := 0;
  distinct_suppressed integer := 0;
  shown boolean;
  warned integer;
  i integer;
  c text;
BEGIN
  INSERT INTO stagenorm.label_writer AS w (table_name, column_name, application_name, role, outcome, label,
                                           seen_count, first_seen, last_seen, writer)
  SELECT tbl, _enforce_unknowns.column_name, coalesce(pg_catalog.current_setting('application_name', true), ''), session_user,
         'unknown', u.label, u.n, at, at, pg_catalog.pg_backend_pid()
    FROM unnest(labels, counts) AS u(label, n)
   WHERE u.n > 0
  ON CONFLICT (table_name, column_name, application_name, role, outcome, label, writer) WHERE writer <> 0
  DO UPDATE SET seen_count = w.seen_count + excluded.seen_count, last_seen = excluded.last_seen;

  IF mode IS DISTINCT FROM 'warn' THEN
    RETURN;
  END IF;
  raw := pg_catalog.current_setting('stagenorm.warning_interval', true);
  IF raw ~ '^\s*[0-9]{1,9}(\.[0-9]*)?\s*$' THEN
    interval_s := raw::double precision;
  END IF;
  raw := pg_catalog.current_setting('stagenorm.w_' || ident, true);
  IF raw IS NOT NULL AND raw <> '' THEN
    BEGIN
      memory := raw::jsonb;
      IF pg_catalog.jsonb_typeof(memory) <> 'object' THEN
        memory := '{}';
      END IF;
    EXCEPTION WHEN OTHERS THEN
      memory := '{}';  -- not ours: start again
    END;
  END IF;

  FOR i IN 1 .. coalesce(pg_catalog.array_length(labels, 1), 0) LOOP
    total := total + counts[i];
    entry := memory -> labels[i];
    IF entry IS NULL OR pg_catalog.jsonb_typeof(entry) <> 'array'
       OR now_s - coalesce((entry ->> 0)::double precision, 0) >= interval_s THEN
      entry := pg_catalog.jsonb_build_array(now_s, 0);
    END IF;
    before := coalesce((entry ->> 1)::bigint, 0);
    after := before + counts[i];
    shown := false;
    warned := 0;
    IF before = 0 THEN
      IF firsts < max_first THEN
        firsts := firsts + 1;
        reported := reported + 1;
        warned := warned + 1;
        shown := true;
        PERFORM stagenorm._warn_unknown(schema_name, table_name, column_name, labels[i], 1);
      END IF;
    END IF;
    -- the highest power of ten passed in this statement (10, 100, ...)
    due := CASE WHEN after >= 10 THEN (10::numeric ^ pg_catalog.floor(pg_catalog.log(after::numeric)))::bigint END;
    IF due IS NOT NULL AND due > before AND repeats < max_repeats THEN
      repeats := repeats + 1;
      reported := reported + 1;
      warned := warned + 1;
      PERFORM stagenorm._warn_unknown(schema_name, table_name, column_name, labels[i], due);
    END IF;
    IF counts[i] > warned THEN
      distinct_suppressed := distinct_suppressed + 1;
    END IF;
    IF before = 0 AND NOT shown THEN
      memory := memory - labels[i];  -- never reported: it still owes its first report
    ELSE
      memory := memory || pg_catalog.jsonb_build_object(labels[i], pg_catalog.jsonb_build_array(entry -> 0, after));
    END IF;
  END LOOP;

  IF (SELECT pg_catalog.count(*) FROM pg_catalog.jsonb_object_keys(memory)) > max_remembered THEN
    memory := '{}';
  END IF;
  c := pg_catalog.set_config('stagenorm.w_' || ident, memory::text, false);

  IF total - reported > 0 THEN
    RAISE WARNING '% more unknown stage labels for %.% were not reported one by one (% distinct)',
                  total - reported, tbl, pg_catalog.quote_ident(column_name), distinct_suppressed
      USING DETAIL = 'Each distinct label is reported on its first sighting per interval (stagenorm.warning_interval, 60 s; at most 100 per statement), repeats on their 10th, 100th, ... sighting (at most 20 per statement).',
            HINT = 'All of them are recorded in stagenorm.label_writer: run stagenorm consumers.';
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_unknowns(name, name, name, text, text, text[], bigint[], timestamptz) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_unknowns(name, name, name, text, text, text[], bigint[], timestamptz) IS
  'Private: record a statement''s unknown labels in label_writer and raise the sampled WARNINGs (warn).';
