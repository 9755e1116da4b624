-- Rejects an invalid stage distribution in enforce: counts it on the column's rejection
-- sequence and raises SN001 (unknown labels, with suggestions) or SN003 (bad weights,
-- sum or shape), naming what is wrong.
CREATE FUNCTION stagenorm._enforce_reject_distribution(
  schema_name name,
  table_name name,
  column_name text,
  value jsonb,
  rejected text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  result jsonb := stagenorm.parse_stage_distribution(value);
  invalid text[] := ARRAY(SELECT jsonb_array_elements_text(result -> 'invalid_inputs'));
  errors text := (SELECT string_agg(format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                    FROM jsonb_array_elements(result -> 'errors') AS e);
BEGIN
  -- The row trigger runs as the writer, so any writer may call this: it counts only what a
  -- write of that value would (enforce, an invalid value, the column enforced with this
  -- counter, and the session may write the table).
  IF NOT coalesce((result ->> 'is_valid')::boolean, false)
     AND stagenorm.current_mode() = 'enforce'
     AND EXISTS (SELECT FROM stagenorm.enforced_columns() AS e
                  JOIN pg_catalog.pg_class AS c ON c.oid = e.table_name
                  JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                 WHERE n.nspname = _enforce_reject_distribution.schema_name AND c.relname = _enforce_reject_distribution.table_name
                   AND e.column_name = _enforce_reject_distribution.column_name AND e.kind = 'distribution'
                   AND format('stagenorm.%I', '_enforce_rej_' || e.ident) = _enforce_reject_distribution.rejected
                   AND has_table_privilege(coalesce(nullif(current_setting('role'), 'none'), session_user::text),
                                           c.oid, 'INSERT, UPDATE')) THEN
    PERFORM nextval(rejected::regclass);
  END IF;
  IF coalesce((result ->> 'is_valid')::boolean, false) THEN
    RETURN;
  END IF;
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
GRANT EXECUTE ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) TO PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) IS
  'Private: count a rejected distribution and raise SN001 (unknown labels) or SN003 (other errors) in enforce mode.';
