-- The WARNING for an unknown stage label kept as written in warn mode, naming the
-- suggestions. Called only when _enforce_unknowns samples the label in.
CREATE FUNCTION stagenorm._warn_unknown(
  schema_name name,
  table_name name,
  column_name text,
  label text,
  sighting bigint DEFAULT 1
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  suggestions text[] := stagenorm.suggest_stages(left(label, 1000));
BEGIN
  RAISE WARNING 'unknown stage label % for %.%.% stored as written%', to_json(left(label, 80)),
                quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name),
                CASE WHEN sighting > 1 THEN format(' (seen %s times)', sighting) ELSE '' END
    USING DETAIL = 'The stage validation mode is warn: unknown labels are kept and recorded in stagenorm.label_writer; enforce will reject them. Each label is reported on its first sighting in an interval (stagenorm.warning_interval, 60 s) and on its 10th, 100th, ... sighting.',
          HINT = CASE WHEN cardinality(suggestions) > 0
                      THEN format('Did you mean %s?', array_to_string(suggestions, ' or '))
                      ELSE format('No stage resembles it. Known stages: %s.',
                                  (SELECT string_agg(key, ', ' ORDER BY position) FROM stagenorm.stage))
                 END;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._warn_unknown(name, name, text, text, bigint) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._warn_unknown(name, name, text, text, bigint) IS
  'Private: WARNING for an unknown label stored as written (warn mode), with suggestions.';
