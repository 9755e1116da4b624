-- The portable parse_stage_distribution: PL/pgSQL and SQL only, so it runs where there is
-- no PL/Python (managed services). Its answers are those of parse_stage_distribution_json
-- in stagenorm/rules.py for every jsonb input, text for text (tests/test_parity.py):
-- Python reads the text jsonb prints, so a number with a decimal point is a double
-- (_json_double) and one without is an int; the arithmetic is the same IEEE double
-- arithmetic in the same order (sum in input order, _fsum for math.fsum, rint for
-- round); numbers are printed as Python prints them (_format_g, and shares as the
-- 12-decimal numeric Python's repr gives); labels are quoted as json.dumps does.
-- Arguments are checked by parse_stage_distribution.
-- The same two passes over the entries as rules.py, in PL/pgSQL loops of simple
-- expressions (each a few hundred nanoseconds): a query costs its executor start, and
-- an aggregate with ORDER BY a sort of its own, which together cost several times the
-- work on a distribution of a few entries (benchmarks/bench_distribution.py).
CREATE FUNCTION stagenorm._parse_distribution(
  input jsonb,
  scale text,
  tolerance double precision
) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  kind text := pg_catalog.jsonb_typeof(input);
  used_scale text := CASE WHEN scale = 'auto' THEN 'fraction' ELSE scale END;
  problem text;
  n integer;
  items jsonb[];               -- the entries of an array
  item jsonb;
  labels text[];               -- per entry, in input order (jsonb's order of an object's keys)
  weights jsonb[];             -- per entry of an array (an object's are input -> label)
  shapes jsonb[];              -- the INVALID_SHAPE error of a broken array entry, else NULL
  keys text[];                 -- normalize_stage(label)
  problems text[];             -- INVALID_SHAPE, WEIGHT_NEGATIVE, WEIGHT_NOT_A_NUMBER or NULL (usable)
  numbers double precision[];  -- the weight as Python's number (ints capped at 1e9)
  label text;
  weight jsonb;
  key text;
  d double precision;
  raw double precision := 0;
  top double precision;
  share double precision;
  stage_keys text[];           -- the taxonomy's keys: every one is in normalized
  totals double precision[];   -- the share of each, added in input order ([0]: not a stage)
  shares double precision[] := '{}';
  errors jsonb := '[]';
  invalid jsonb := '[]';
  suggestions jsonb := '{}';
  normalized jsonb := '{}';
  taxonomy jsonb;              -- compiled for _rules_suggest, read at the first unknown label
  exact double precision;
  total double precision;
  j integer;
BEGIN
  IF input IS NULL THEN
    RETURN NULL;
  END IF;
  IF scale IS NULL OR scale NOT IN ('auto', 'percent', 'fraction') OR tolerance IS NULL
     OR NOT tolerance >= 0 THEN
    RAISE EXCEPTION 'bad scale % or tolerance %', scale, tolerance
      USING ERRCODE = 'SN003', HINT = 'call stagenorm.parse_stage_distribution';
  END IF;
  IF kind NOT IN ('object', 'array') THEN
    RETURN stagenorm._distribution_failure(used_scale, 'INVALID_SHAPE',
             'expected an object {"<stage>": <weight>} or an array of {"stage", "weight"} objects, not '
             || stagenorm._json_type(input));
  END IF;
  problem := stagenorm._distribution_limit(input);
  IF problem IS NOT NULL THEN
    RETURN stagenorm._distribution_failure(used_scale, 'LIMIT_EXCEEDED', problem);
  END IF;

  -- 1. each entry: its label and weight, or the shape error of a broken array entry; the
  --    weight as Python reads it, the label normalized, and the sum the scale is decided
  --    on (usable weights capped at 1e9, added in input order as Python does)
  IF kind = 'object' THEN
    labels := ARRAY(SELECT pg_catalog.jsonb_object_keys(input));
    n := pg_catalog.cardinality(labels);
  ELSE
    items := ARRAY(SELECT pg_catalog.jsonb_array_elements(input));
    n := pg_catalog.cardinality(items);
    FOR i IN 1 .. n LOOP
      item := items[i];
      shapes[i] := CASE WHEN pg_catalog.jsonb_typeof(item) <> 'object' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', NULL, 'message',
                            pg_catalog.format('entry %s must be an object, not %s', i - 1,
                                              stagenorm._json_type(item)))
                        WHEN pg_catalog.jsonb_typeof(item -> 'stage') IS DISTINCT FROM 'string' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', NULL, 'message',
                            pg_catalog.format('entry %s must have a string "stage"', i - 1))
                        WHEN NOT item ? 'weight' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', item -> 'stage',
                            'message', pg_catalog.format('entry %s must have a "weight"', i - 1))
                   END;
      IF shapes[i] IS NULL THEN
        labels[i] := item ->> 'stage';
        weights[i] := item -> 'weight';
      ELSE
        problems[i] := 'INVALID_SHAPE';
      END IF;
    END LOOP;
  END IF;
  IF n = 0 THEN
    RETURN stagenorm._distribution_failure(used_scale, 'EMPTY_DISTRIBUTION', 'the distribution has no entries');
  END IF;
  FOR i IN 1 .. n LOOP
    IF kind = 'object' THEN
      weight := input -> labels[i];
    ELSIF problems[i] IS NULL THEN
      weight := weights[i];
    ELSE
      CONTINUE;  -- INVALID_SHAPE
    END IF;
    -- NULL where it is not a number; an int is exact, -1 when negative, capped at 1e9
    d := CASE WHEN pg_catalog.jsonb_typeof(weight) <> 'number' THEN NULL
              WHEN pg_catalog.scale(weight::numeric) = 0 THEN
                CASE WHEN weight::numeric < 0 THEN -1::double precision
                     WHEN weight::numeric < 1e9 THEN weight::numeric::double precision
                     ELSE 1e9::double precision END
              WHEN abs(weight::numeric) < 1e308 AND abs(weight::numeric) > 1e-307
              THEN weight::numeric::double precision
              ELSE stagenorm._json_double(weight::numeric) END;
    IF d >= 0::double precision AND d < 'Infinity'::double precision THEN
      raw := raw + LEAST(d, 1e9::double precision);
    ELSE
      problems[i] := CASE WHEN d < 0::double precision AND d > '-Infinity'::double precision
                          THEN 'WEIGHT_NEGATIVE' ELSE 'WEIGHT_NOT_A_NUMBER' END;
    END IF;
    numbers[i] := d;
    keys[i] := stagenorm.normalize_stage(labels[i]);
  END LOOP;

  -- 2. the scale
  IF scale = 'auto' THEN
    used_scale := CASE WHEN raw - 1::double precision - tolerance <= 5e-13::double precision
                       THEN 'fraction' ELSE 'percent' END;
  END IF;
  top := CASE WHEN used_scale = 'percent' THEN 100 ELSE 1 END;

  -- 3. shares; errors in input order, unknown labels (each once, with its suggestions)
  stage_keys := ARRAY(SELECT pg_catalog.jsonb_array_elements_text(stagenorm._taxonomy_compiled() -> 'keys'));
  totals := pg_catalog.array_fill(0::double precision, ARRAY[pg_catalog.cardinality(stage_keys) + 1], ARRAY[0]);
  FOR i IN 1 .. n LOOP
    d := numbers[i];
    problem := problems[i];
    IF problem IS NULL AND d <= top AND keys[i] IS NOT NULL THEN  -- a usable entry: its share
      -- d / top, but 0 where that underflows (up to 50 times the smallest double over
      -- 100), which IEEE and Python give and PostgreSQL's / refuses
      share := CASE WHEN d <= '2.4703282292062327e-322'::double precision AND top = 100
                    THEN 0::double precision ELSE d / top END;
      shares := pg_catalog.array_append(shares, share);
      j := coalesce(pg_catalog.array_position(stage_keys, keys[i]), 0);  -- 0: not a stage
      totals[j] := totals[j] + share;
      CONTINUE;
    END IF;
    IF problem = 'INVALID_SHAPE' THEN
      errors := errors || pg_catalog.jsonb_build_array(shapes[i]);
      CONTINUE;
    END IF;
    label := labels[i];
    key := keys[i];
    IF key IS NULL THEN
      errors := errors || pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
                  'code', 'UNKNOWN_STAGE', 'stage', label, 'message',
                  'unknown stage label ' || stagenorm._json_ascii(
                    CASE WHEN pg_catalog.length(label) > 80 THEN pg_catalog.left(label, 80) || '...'
                         ELSE label END)));
      IF NOT suggestions ? label THEN
        invalid := invalid || pg_catalog.jsonb_build_array(label);
        -- suggest_stages(label), without its round trip through JSON text and the
        -- dispatch: the portable rules on the taxonomy in force, as _rules_pg reads it
        IF taxonomy IS NULL THEN
          taxonomy := stagenorm._taxonomy_compiled();
          IF (taxonomy ->> 'version')::integer IS DISTINCT FROM stagenorm._taxonomy_version() THEN
            taxonomy := stagenorm._rules_taxonomy_tables(stagenorm._taxonomy_version());
          END IF;
        END IF;
        suggestions := suggestions || pg_catalog.jsonb_build_object(label,
                         pg_catalog.to_jsonb(stagenorm._rules_suggest(label, taxonomy)));
      END IF;
    END IF;
    IF problem IS NULL AND d <= top THEN  -- usable, of an unknown label: in the sum only
      shares := pg_catalog.array_append(shares,
                  CASE WHEN d <= '2.4703282292062327e-322'::double precision AND top = 100
                       THEN 0::double precision ELSE d / top END);
    ELSE
      errors := errors || pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
                  'code', coalesce(problem, 'WEIGHT_ABOVE_MAX'), 'stage', label,
                  'message', CASE WHEN problem IS NULL THEN
                                    pg_catalog.format('weight is above %s, the maximum of scale %s', top, used_scale)
                                  WHEN problem = 'WEIGHT_NEGATIVE' THEN 'weight must not be negative'
                                  ELSE 'weight must be a finite number, not '
                                       || stagenorm._json_type(coalesce(weights[i], input -> label)) END));
    END IF;
  END LOOP;
  FOR i IN 1 .. pg_catalog.cardinality(stage_keys) LOOP
    normalized := normalized || pg_catalog.jsonb_build_object(stage_keys[i], stagenorm._share_json(totals[i]));
  END LOOP;

  -- 4. the sum, exactly rounded as math.fsum, then to 12 decimals
  exact := stagenorm._fsum(shares);
  total := pg_catalog.round(exact * 1e12::double precision) / 1e12::double precision;
  IF shares <> '{}' AND abs(exact - 1::double precision) - tolerance > 5e-13::double precision THEN
    errors := errors || pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
                'code', 'SUM_MISMATCH', 'stage', NULL, 'message',
                pg_catalog.format('weights sum to %s (%s), expected %s within %s',
                                  stagenorm._format_g(total * top, 12), used_scale, top,
                                  stagenorm._format_g(tolerance * top, 12))));
  END IF;
  RETURN pg_catalog.jsonb_build_object(
           'normalized', normalized,
           'invalid_inputs', invalid,
           'suggestions', suggestions,
           'sum', stagenorm._share_json(exact),
           'scale', used_scale,
           'is_valid', errors = '[]'::jsonb,
           'errors', errors);
END
$$;
COMMENT ON FUNCTION stagenorm._parse_distribution(jsonb, text, double precision) IS
  'Private: parse_stage_distribution in PL/pgSQL and SQL (no PL/Python), the same answers as stagenorm/rules.py.';
