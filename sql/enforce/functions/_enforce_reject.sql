-- Rejects an unknown stage label in enforce: counts it on the column's rejection sequence
-- (not rolled back with the statement) and raises SN001 naming the label, with a HINT.
-- SECURITY DEFINER for the counter only; called by the row trigger, which runs as the writer.
CREATE FUNCTION stagenorm._enforce_reject(
  schema_name name,
  table_name name,
  column_name text,
  label text,
  rejected text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  suggestions text[] := stagenorm.suggest_stages(left(label, 1000));
BEGIN
  -- The row trigger runs as the writer, so any writer may call this: it counts only what a
  -- write of that label would (the mode is enforce, the label unknown, the column enforced
  -- with this counter, and the session may write the table).
  IF _enforce_reject.label IS NOT NULL AND stagenorm.normalize_stage(_enforce_reject.label) IS NULL
     AND stagenorm.current_mode() = 'enforce'
     AND EXISTS (SELECT FROM stagenorm.enforced_columns() AS e
                  JOIN pg_catalog.pg_class AS c ON c.oid = e.table_name
                  JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                 WHERE n.nspname = _enforce_reject.schema_name AND c.relname = _enforce_reject.table_name
                   AND e.column_name = _enforce_reject.column_name AND e.kind = 'label'
                   AND format('stagenorm.%I', '_enforce_rej_' || e.ident) = _enforce_reject.rejected
                   AND has_table_privilege(coalesce(nullif(current_setting('role'), 'none'), session_user::text),
                                           c.oid, 'INSERT, UPDATE')) THEN
    PERFORM nextval(rejected::regclass);
  END IF;
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
GRANT EXECUTE ON FUNCTION stagenorm._enforce_reject(name, name, text, text, text) TO PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_reject(name, name, text, text, text) IS
  'Private: count a rejected label and raise SN001 with suggestions (enforce mode).';
