-- Rejects an unknown stage label in enforce: counts it on the column's rejection sequence
-- (not rolled back with the statement) and raises SN001 naming the label, with a HINT.
CREATE FUNCTION stagenorm._enforce_reject(
  schema_name name,
  table_name name,
  column_name text,
  label text,
  rejected text
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  suggestions text[] := stagenorm.suggest_stages(left(label, 1000));
BEGIN
  PERFORM nextval(rejected::regclass);
  RAISE EXCEPTION 'unknown stage label % for %.%.%', to_json(left(label, 80)),
                  quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name)
    USING ERRCODE = 'SN001',
          SCHEMA = schema_name, TABLE = table_name, COLUMN = column_name,
          DETAIL = 'The stage validation mode is enforce: a stage label must name a known stage.',
          HINT = CASE WHEN cardinality(suggestions) > 0
                      THEN format('Did you mean %s? Known stages: %s.', array_to_string(suggestions, ' or '),
                                  (SELECT string_agg(key, ', ' ORDER BY position) FROM stagenorm.stage))
                      ELSE format('No stage resembles it. Known stages: %s.',
                                  (SELECT string_agg(key, ', ' ORDER BY position) FROM stagenorm.stage))
                 END;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_reject(name, name, text, text, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_reject(name, name, text, text, text) IS
  'Private: count a rejected label and raise SN001 with suggestions (enforce mode).';
