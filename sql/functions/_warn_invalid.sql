-- The WARNING for a stage distribution stored as written in warn mode although its
-- weights, sum or shape are invalid (its labels are all known).
CREATE FUNCTION stagenorm._warn_invalid(
  schema_name name,
  table_name name,
  column_name text,
  result jsonb
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
BEGIN
  RAISE WARNING 'invalid stage distribution for %.%.% stored as written',
                quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name)
    USING DETAIL = left((SELECT string_agg(format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                           FROM jsonb_array_elements(result -> 'errors') AS e), 2000),
          HINT = 'The stage validation mode is warn; enforce will reject it. Weights are finite numbers >= 0 that add up to 100 (percent) or 1 (fraction).';
END
$$;
REVOKE ALL ON FUNCTION stagenorm._warn_invalid(name, name, text, jsonb) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._warn_invalid(name, name, text, jsonb) IS
  'Private: WARNING for an invalid distribution stored as written (warn mode).';
