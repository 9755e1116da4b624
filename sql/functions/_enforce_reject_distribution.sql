-- Rejects an invalid stage distribution in enforce: counts it on the column's rejection
-- sequence and raises SN001 (unknown labels, with suggestions) or SN003 (bad weights,
-- sum or shape), naming what is wrong.
CREATE FUNCTION stagenorm._enforce_reject_distribution(
  schema_name name,
  table_name name,
  column_name text,
  result jsonb,
  rejected text
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  invalid text[] := ARRAY(SELECT jsonb_array_elements_text(result -> 'invalid_inputs'));
  errors text := (SELECT string_agg(format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                    FROM jsonb_array_elements(result -> 'errors') AS e);
BEGIN
  PERFORM nextval(rejected::regclass);
  IF cardinality(invalid) > 0 THEN
    RAISE EXCEPTION 'unknown stage labels in the stage distribution for %.%.%: %',
                    quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name),
                    (SELECT string_agg(to_json(left(l, 80))::text, ', ') FROM unnest(invalid[1:10]) AS l)
      USING ERRCODE = 'SN001',
            SCHEMA = schema_name, TABLE = table_name, COLUMN = column_name,
            DETAIL = left(errors, 2000),
            HINT = (SELECT string_agg(
                             format('%s: %s', to_json(left(l, 80)),
                                    CASE WHEN jsonb_array_length(coalesce(result -> 'suggestions' -> l, '[]')) > 0
                                         THEN 'did you mean ' || (SELECT string_agg(x, ' or ')
                                                                   FROM jsonb_array_elements_text(result -> 'suggestions' -> l) AS x) || '?'
                                         ELSE 'no stage resembles it' END), '; ')
                      FROM unnest(invalid[1:10]) AS l);
  END IF;
  RAISE EXCEPTION 'invalid stage distribution for %.%.%', quote_ident(schema_name), quote_ident(table_name),
                  quote_ident(column_name)
    USING ERRCODE = 'SN003',
          SCHEMA = schema_name, TABLE = table_name, COLUMN = column_name,
          DETAIL = left(errors, 2000),
          HINT = 'Weights are finite numbers >= 0 on one scale (percent or fraction) that add up to 100 or 1; see stagenorm.parse_stage_distribution.';
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) IS
  'Private: count a rejected distribution and raise SN001 (unknown labels) or SN003 (other errors) in enforce mode.';
