-- Whether enforce may be switched on at a given time: at least window_minutes in warn,
-- at least min_values values validated in the window_minutes before, and an unknown rate
-- of at most max_unknown_ratio in every minute of that window. Time is a parameter, so
-- the answer for any moment can be computed (and tested) from the stored counts.
CREATE FUNCTION stagenorm.promotion_gate(
  at timestamptz DEFAULT now(),
  window_minutes integer DEFAULT 30,
  min_values bigint DEFAULT 1000,
  max_unknown_ratio numeric DEFAULT 0.005,
  OUT green boolean,
  OUT reasons text[],
  OUT mode text,
  OUT minutes_in_warn numeric,
  OUT total_values bigint,
  OUT unknown_values bigint,
  OUT worst_minute timestamptz,
  OUT worst_minute_ratio numeric,
  OUT minutes_with_values integer,
  OUT window_start timestamptz,
  OUT window_end timestamptz
) RETURNS record
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  warn_start timestamptz;
  last_other timestamptz;
BEGIN
  IF at IS NULL OR NOT isfinite(at) THEN
    RAISE EXCEPTION 'at must be a finite time' USING ERRCODE = 'SN003', HINT = 'e.g. now()';
  END IF;
  IF window_minutes IS NULL OR window_minutes < 1 OR window_minutes > 10080 THEN
    RAISE EXCEPTION 'window_minutes must be 1 to 10080, not %', coalesce(window_minutes::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 30';
  END IF;
  IF min_values IS NULL OR min_values < 0 THEN
    RAISE EXCEPTION 'min_values must be >= 0, not %', coalesce(min_values::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 1000';
  END IF;
  IF max_unknown_ratio IS NULL OR max_unknown_ratio = 'NaN'::numeric OR max_unknown_ratio < 0 OR max_unknown_ratio > 1 THEN
    RAISE EXCEPTION 'max_unknown_ratio must be between 0 and 1, not %', coalesce(max_unknown_ratio::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'a fraction: the default 0.005 is 0.5%';
  END IF;

  window_end := at;
  window_start := at - make_interval(mins => window_minutes);

  -- the mode at `at`, from the audit trail
  mode := coalesce(
    (SELECT a.new_mode FROM stagenorm.mode_audit AS a WHERE a.changed_at <= at ORDER BY a.changed_at DESC, a.id DESC LIMIT 1),
    (SELECT a.old_mode FROM stagenorm.mode_audit AS a WHERE a.changed_at > at ORDER BY a.changed_at, a.id LIMIT 1),
    stagenorm._default_mode());
  IF mode = 'warn' THEN
    SELECT max(a.changed_at) INTO last_other
      FROM stagenorm.mode_audit AS a WHERE a.changed_at <= at AND a.new_mode <> 'warn';
    SELECT min(a.changed_at) INTO warn_start
      FROM stagenorm.mode_audit AS a
     WHERE a.changed_at <= at AND a.new_mode = 'warn' AND (last_other IS NULL OR a.changed_at > last_other);
  END IF;
  minutes_in_warn := CASE WHEN warn_start IS NULL THEN 0
                          ELSE round((extract(epoch FROM at - warn_start) / 60)::numeric, 1) END;

  WITH per_minute AS (
    SELECT v.minute, sum(v.validated) AS validated, sum(v.unknown) AS unknown
      FROM stagenorm.value_count AS v
     WHERE v.minute >= window_start AND v.minute < window_end
     GROUP BY v.minute
  )
  SELECT coalesce(sum(p.validated), 0), coalesce(sum(p.unknown), 0), count(*) FILTER (WHERE p.validated > 0)
    INTO total_values, unknown_values, minutes_with_values
    FROM per_minute AS p;
  SELECT v.minute, round(sum(v.unknown)::numeric / sum(v.validated), 6)
    INTO worst_minute, worst_minute_ratio
    FROM stagenorm.value_count AS v
   WHERE v.minute >= window_start AND v.minute < window_end
   GROUP BY v.minute
  HAVING sum(v.validated) > 0
   ORDER BY sum(v.unknown)::numeric / sum(v.validated) DESC, v.minute
   LIMIT 1;

  reasons := ARRAY[]::text[];
  IF mode <> 'warn' THEN
    reasons := reasons || format('the mode is %s, not warn', mode);
  ELSIF warn_start IS NULL THEN
    reasons := reasons || 'warn is only the default, with no start time: run stagenorm mode set warn'::text;
  ELSIF minutes_in_warn < window_minutes THEN
    reasons := reasons || format('%s minutes in warn, at least %s needed', minutes_in_warn, window_minutes);
  END IF;
  IF total_values < min_values THEN
    reasons := reasons || format('%s values in the %s minutes before, at least %s needed',
                                 total_values, window_minutes, min_values);
  END IF;
  IF worst_minute_ratio > max_unknown_ratio THEN
    reasons := reasons || format('unknown rate %s%% in the minute at %s, at most %s%% allowed',
                                 round(worst_minute_ratio * 100, 3),
                                 to_char(worst_minute AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI"Z"'),
                                 round(max_unknown_ratio * 100, 3));
  END IF;
  green := cardinality(reasons) = 0;
END
$$;
COMMENT ON FUNCTION stagenorm.promotion_gate(timestamptz, integer, bigint, numeric) IS
  'Whether enforce may be switched on at `at`: green, the reasons it is not, and the numbers (mode, minutes_in_warn, total_values, unknown_values, worst_minute_ratio, ...). Reads mode_audit and value_count; see docs/modes.md.';
