-- The portable parse_stage_distribution: PL/pgSQL and SQL only, so it runs where there is
-- no PL/Python (managed services). Its answers are those of parse_stage_distribution_json
-- in stagenorm/rules.py for every jsonb input, text for text (tests/test_parity.py):
-- Python reads the text jsonb prints, so a number with a decimal point is a double
-- (_json_double) and one without is an int; the arithmetic is the same IEEE double
-- arithmetic in the same order (sum in input order, _fsum for math.fsum, rint for
-- round); numbers are printed as Python prints them (_format_g, and shares as the
-- 12-decimal numeric Python's repr gives); labels are quoted as json.dumps does.
-- Arguments are checked by parse_stage_distribution.
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
  labels text[];           -- per entry, in input order (jsonb's order of an object's keys)
  weights jsonb[];
  shapes jsonb[];          -- the INVALID_SHAPE error of a broken array entry, else NULL
  keys text[];             -- normalize_stage(label)
  problems text[];         -- WEIGHT_NEGATIVE, WEIGHT_NOT_A_NUMBER or NULL (usable)
  numbers double precision[];  -- the weight as Python's number (ints capped at 1e9)
  raw double precision;
  top double precision;
  errors jsonb;
  normalized jsonb;
  invalid jsonb;
  suggestions jsonb;
  shares double precision[];
  exact double precision;
  total double precision;
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

  -- 1. the entries: label and weight, or the shape error of a broken array entry
  IF kind = 'object' THEN
    SELECT pg_catalog.array_agg(e.key ORDER BY e.ord), pg_catalog.array_agg(e.value ORDER BY e.ord),
           pg_catalog.array_agg(NULL::jsonb)
      INTO labels, weights, shapes
      FROM pg_catalog.jsonb_each(input) WITH ORDINALITY AS e(key, value, ord);
  ELSE
    SELECT pg_catalog.array_agg(CASE WHEN a.shape IS NULL THEN a.item ->> 'stage' END ORDER BY a.ord),
           pg_catalog.array_agg(CASE WHEN a.shape IS NULL THEN a.item -> 'weight' END ORDER BY a.ord),
           pg_catalog.array_agg(a.shape ORDER BY a.ord)
      INTO labels, weights, shapes
      FROM (SELECT i.ord, i.item,
                   CASE WHEN pg_catalog.jsonb_typeof(i.item) <> 'object' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', NULL, 'message',
                            pg_catalog.format('entry %s must be an object, not %s', i.ord - 1,
                                              stagenorm._json_type(i.item)))
                        WHEN pg_catalog.jsonb_typeof(i.item -> 'stage') IS DISTINCT FROM 'string' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', NULL, 'message',
                            pg_catalog.format('entry %s must have a string "stage"', i.ord - 1))
                        WHEN NOT i.item ? 'weight' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', i.item -> 'stage',
                            'message', pg_catalog.format('entry %s must have a "weight"', i.ord - 1))
                   END AS shape
              FROM pg_catalog.jsonb_array_elements(input) WITH ORDINALITY AS i(item, ord)) AS a;
  END IF;
  IF labels IS NULL THEN
    RETURN stagenorm._distribution_failure(used_scale, 'EMPTY_DISTRIBUTION', 'the distribution has no entries');
  END IF;

  -- 2. each weight as Python reads it, each label normalized, and the sum the scale is
  --    decided on (usable weights capped at 1e9, added in input order as Python does)
  SELECT pg_catalog.array_agg(CASE WHEN u.shape IS NULL THEN stagenorm.normalize_stage(u.label) END ORDER BY u.ord),
         pg_catalog.array_agg(c.problem ORDER BY u.ord),
         pg_catalog.array_agg(v.d ORDER BY u.ord),
         pg_catalog.sum(CASE WHEN c.problem IS NULL THEN LEAST(v.d, 1e9::double precision) END ORDER BY u.ord)
    INTO keys, problems, numbers, raw
    FROM unnest(labels, weights, shapes) WITH ORDINALITY AS u(label, weight, shape, ord)
    CROSS JOIN LATERAL (
      SELECT CASE WHEN pg_catalog.jsonb_typeof(u.weight) = 'number' THEN u.weight::numeric END AS num
    ) AS w
    CROSS JOIN LATERAL (
      SELECT CASE WHEN w.num IS NULL THEN NULL
                  WHEN pg_catalog.scale(w.num) = 0 THEN  -- an int: exact, negative or capped
                    CASE WHEN w.num < 0 THEN -1::double precision
                         WHEN w.num < 1e9 THEN w.num::double precision
                         ELSE 1e9::double precision END
                  WHEN abs(w.num) < 1e308 AND abs(w.num) > 1e-307 THEN w.num::double precision
                  ELSE stagenorm._json_double(w.num) END AS d
    ) AS v
    CROSS JOIN LATERAL (
      SELECT CASE WHEN u.shape IS NOT NULL THEN 'INVALID_SHAPE'
                  WHEN v.d IS NULL OR v.d = 'Infinity'::double precision
                    OR v.d = '-Infinity'::double precision THEN 'WEIGHT_NOT_A_NUMBER'
                  WHEN v.d < 0 THEN 'WEIGHT_NEGATIVE' END AS problem
    ) AS c;
  raw := coalesce(raw, 0);

  -- 3. the scale
  IF scale = 'auto' THEN
    used_scale := CASE WHEN raw - 1::double precision - tolerance <= 5e-13::double precision
                       THEN 'fraction' ELSE 'percent' END;
  END IF;
  top := CASE WHEN used_scale = 'percent' THEN 100 ELSE 1 END;

  -- 4. errors in input order, unknown labels, shares by key
  WITH entry AS (
    SELECT u.ord, u.label, u.weight, u.shape, u.key, u.problem, u.d,
           -- the share: d / top, but 0 where that underflows (up to 50 times the smallest
           -- double over 100), which IEEE and Python give and PostgreSQL's / refuses
           CASE WHEN u.problem IS NOT NULL THEN NULL
                WHEN u.d <= '2.4703282292062327e-322'::double precision AND top = 100
                THEN 0::double precision ELSE u.d / top END AS share
      FROM unnest(labels, weights, shapes, keys, problems, numbers)
           WITH ORDINALITY AS u(label, weight, shape, key, problem, d, ord)
  ), failure AS (
    SELECT e.ord, 0 AS part, e.shape AS error FROM entry AS e WHERE e.shape IS NOT NULL
    UNION ALL
    SELECT e.ord, 1, pg_catalog.jsonb_build_object('code', 'UNKNOWN_STAGE', 'stage', e.label, 'message',
             'unknown stage label ' || stagenorm._json_ascii(
               CASE WHEN pg_catalog.length(e.label) > 80 THEN pg_catalog.left(e.label, 80) || '...'
                    ELSE e.label END))
      FROM entry AS e WHERE e.shape IS NULL AND e.key IS NULL
    UNION ALL
    SELECT e.ord, 2, pg_catalog.jsonb_build_object('code', coalesce(e.problem, 'WEIGHT_ABOVE_MAX'), 'stage', e.label,
             'message', CASE WHEN e.problem IS NULL THEN
                               pg_catalog.format('weight is above %s, the maximum of scale %s', top, used_scale)
                             WHEN e.problem = 'WEIGHT_NEGATIVE' THEN 'weight must not be negative'
                             ELSE 'weight must be a finite number, not ' || stagenorm._json_type(e.weight) END)
      FROM entry AS e WHERE e.shape IS NULL AND (e.problem IS NOT NULL OR e.d > top)
  ), unknown AS (
    SELECT e.label COLLATE pg_catalog."C" AS label, pg_catalog.min(e.ord) AS first
      FROM entry AS e WHERE e.shape IS NULL AND e.key IS NULL
     GROUP BY e.label COLLATE pg_catalog."C"
  ), share AS (
    SELECT e.key, pg_catalog.sum(e.share ORDER BY e.ord) AS total
      FROM entry AS e WHERE e.problem IS NULL AND e.d <= top AND e.key IS NOT NULL
     GROUP BY e.key
  )
  SELECT (SELECT coalesce(pg_catalog.jsonb_agg(f.error ORDER BY f.ord, f.part), '[]') FROM failure AS f),
         (SELECT pg_catalog.jsonb_object_agg(s.key,  -- stagenorm._share_json, inline
                   pg_catalog.to_jsonb(CASE WHEN pg_catalog.scale(r.v) = 0 THEN pg_catalog.round(r.v, 1) ELSE r.v END))
            FROM stagenorm.stage AS s LEFT JOIN share AS h ON h.key = s.key
           CROSS JOIN LATERAL (
             SELECT pg_catalog.trim_scale(pg_catalog.round(coalesce(h.total, 0) * 1e12::double precision)::bigint
                                          * 0.000000000001) AS v) AS r),
         (SELECT coalesce(pg_catalog.jsonb_agg(k.label ORDER BY k.first), '[]') FROM unknown AS k),
         (SELECT coalesce(pg_catalog.jsonb_object_agg(k.label, pg_catalog.to_jsonb(stagenorm.suggest_stages(k.label))), '{}')
            FROM unknown AS k),
         (SELECT pg_catalog.array_agg(e.share ORDER BY e.ord) FROM entry AS e WHERE e.problem IS NULL AND e.d <= top)
    INTO errors, normalized, invalid, suggestions, shares;

  -- 5. the sum, exactly rounded as math.fsum, then to 12 decimals
  exact := stagenorm._fsum(shares);
  total := pg_catalog.round(exact * 1e12::double precision) / 1e12::double precision;
  IF shares IS NOT NULL AND abs(exact - 1::double precision) - tolerance > 5e-13::double precision THEN
    errors := errors || pg_catalog.jsonb_build_object('code', 'SUM_MISMATCH', 'stage', NULL, 'message',
                pg_catalog.format('weights sum to %s (%s), expected %s within %s',
                                  stagenorm._format_g(total * top, 12), used_scale, top,
                                  stagenorm._format_g(tolerance * top, 12)));
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
