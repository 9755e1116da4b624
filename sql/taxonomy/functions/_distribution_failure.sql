-- The result of parse_stage_distribution for an input it does not read entry by entry
-- (a bad shape, an empty distribution, a cap exceeded): one error, every share 0.
CREATE FUNCTION stagenorm._distribution_failure(scale text, code text, message text) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT pg_catalog.jsonb_build_object(
           'normalized', (SELECT pg_catalog.jsonb_object_agg(s.key, 0.0) FROM stagenorm.stage AS s),
           'invalid_inputs', '[]'::jsonb,
           'suggestions', '{}'::jsonb,
           'sum', 0.0,
           'scale', scale,
           'is_valid', false,
           'errors', pg_catalog.jsonb_build_array(
                       pg_catalog.jsonb_build_object('code', code, 'message', message, 'stage', NULL)))
$$;
COMMENT ON FUNCTION stagenorm._distribution_failure(text, text, text) IS
  'Private: a parse_stage_distribution result with one error and no shares.';
