-- Validates and normalizes a stage distribution ({"Seed": 30, ...} or [{stage, weight}]).
-- Checks its arguments, then answers with the implementation this database runs
-- (stagenorm.implementation()): the portable _parse_distribution, or the rules module
-- through PL/Python. Both give the same answers, caps on the input included.
CREATE FUNCTION stagenorm.parse_stage_distribution(
  input jsonb,
  scale text DEFAULT 'auto',
  tolerance numeric DEFAULT 0.01
) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  too_big text;
BEGIN
  IF scale IS NULL OR scale NOT IN ('auto', 'percent', 'fraction') THEN
    RAISE EXCEPTION 'unknown scale %', coalesce(pg_catalog.quote_literal(scale), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'scale is one of auto, percent, fraction';
  END IF;
  IF tolerance IS NULL OR tolerance < 0 OR tolerance = 'NaN'::numeric THEN
    RAISE EXCEPTION 'tolerance must be a number >= 0, not %', coalesce(tolerance::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 0.01 (one percent)';
  END IF;
  IF input IS NULL THEN
    RETURN NULL;
  END IF;
  IF stagenorm.implementation() = 'plpgsql' THEN
    RETURN stagenorm._parse_distribution(input, scale, tolerance::double precision);
  END IF;
  -- PL/Python cannot be interrupted: a big document is held to the caps here, in SQL,
  -- before it reaches Python. A small one (8 kB stored, at most about 800 kB of JSON
  -- even when compressed) costs the rules a few milliseconds to refuse, with the same
  -- answer, so it goes straight through.
  IF pg_catalog.pg_column_size(input) > 8192 THEN
    too_big := stagenorm._distribution_limit(input);
  END IF;
  IF too_big IS NOT NULL THEN
    RETURN stagenorm._distribution_failure(CASE WHEN scale = 'auto' THEN 'fraction' ELSE scale END,
                                           'LIMIT_EXCEEDED', too_big);
  END IF;
  RETURN stagenorm._rules_py('distribution', input::text, stagenorm._taxonomy_version(),
                             scale, tolerance::double precision)::jsonb;
END
$$;
COMMENT ON FUNCTION stagenorm.parse_stage_distribution(jsonb, text, numeric) IS
  'Validate and normalize a stage distribution: {normalized, invalid_inputs, suggestions, sum, scale, is_valid, errors}. Inputs over the caps (1000 entries, 256-character labels, 8 levels of nesting) give error LIMIT_EXCEEDED. Raises only for an unknown scale or a bad tolerance (SQLSTATE SN003). See docs/sql/parse_stage_distribution.md.';
