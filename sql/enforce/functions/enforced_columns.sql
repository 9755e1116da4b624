-- The columns that carry stagenorm enforcement, read from the catalog (the row trigger's
-- column and function): what release_* and set_mode act on, and the rejection counts.
CREATE FUNCTION stagenorm.enforced_columns()
RETURNS TABLE (
  table_name regclass,
  column_name name,
  kind text,
  ident text,
  row_trigger name,
  count_trigger name,
  row_function regprocedure,
  rejected bigint
)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
  SELECT t.tgrelid::regclass,
         a.attname,
         split_part(encode(t.tgargs, 'escape'), '\000', 1),
         substr(p.proname, 14),
         t.tgname,
         c.tgname,
         p.oid::regprocedure,
         coalesce(pg_sequence_last_value(to_regclass('stagenorm._enforce_rej_' || substr(p.proname, 14))), 0)
    FROM pg_catalog.pg_trigger AS t
    JOIN pg_catalog.pg_proc AS p
      ON p.oid = t.tgfoid AND p.pronamespace = 'stagenorm'::regnamespace AND p.proname ~ '^_enforce_row_'
    JOIN pg_catalog.pg_attribute AS a
      ON a.attrelid = t.tgrelid AND a.attnum = t.tgattr[0]
    LEFT JOIN pg_catalog.pg_trigger AS c
      ON c.tgrelid = t.tgrelid AND c.tgparentid = 0
     AND c.tgname = 'stagenorm_count_' || substr(p.proname, 14)
   WHERE t.tgparentid = 0
   ORDER BY 1::text, 2
$$;
COMMENT ON FUNCTION stagenorm.enforced_columns() IS
  'Columns with stagenorm enforcement: table, column, kind (label or distribution), the row trigger, the AFTER INSERT counting trigger (NULL in off) and the generated row function, and how many values were rejected in enforce (a sequence: never rolled back).';
