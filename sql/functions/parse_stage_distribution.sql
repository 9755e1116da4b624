-- Validates and normalizes a stage distribution ({"Seed": 30, ...} or [{stage, weight}]).
CREATE FUNCTION stagenorm.parse_stage_distribution(
  input jsonb,
  scale text DEFAULT 'auto',
  tolerance numeric DEFAULT 0.01
) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
BEGIN
  IF scale IS NULL OR scale NOT IN ('auto', 'percent', 'fraction') THEN
    RAISE EXCEPTION 'unknown scale %', coalesce(quote_literal(scale), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'scale is one of auto, percent, fraction';
  END IF;
  IF tolerance IS NULL OR tolerance < 0 OR tolerance = 'NaN'::numeric THEN
    RAISE EXCEPTION 'tolerance must be a number >= 0, not %', coalesce(tolerance::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 0.01 (one percent)';
  END IF;
  IF input IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN stagenorm._rules_py('distribution', input::text, stagenorm._taxonomy_version(),
                             scale, tolerance::double precision)::jsonb;
END
$$;
COMMENT ON FUNCTION stagenorm.parse_stage_distribution(jsonb, text, numeric) IS
  'Validate and normalize a stage distribution: {normalized, invalid_inputs, suggestions, sum, scale, is_valid, errors}. Raises only for an unknown scale or a bad tolerance (SQLSTATE SN003). See docs/sql/parse_stage_distribution.md.';
