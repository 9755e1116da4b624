-- The WARNING for a stage distribution stored as written in warn mode although its
-- weights, sum or shape are invalid (its labels are all known): one per statement, raised
-- by the statement trigger with the errors of the last such row.
CREATE FUNCTION stagenorm._warn_invalid(
  schema_name name,
  table_name name,
  column_name text,
  errors text
) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  detail text;
BEGIN
  BEGIN
    detail := (SELECT pg_catalog.string_agg(pg_catalog.format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                 FROM pg_catalog.jsonb_array_elements(errors::jsonb) AS e);
  EXCEPTION WHEN OTHERS THEN
    detail := errors;
  END;
  RAISE WARNING 'invalid stage distribution for %.%.% stored as written',
                pg_catalog.quote_ident(schema_name), pg_catalog.quote_ident(table_name), pg_catalog.quote_ident(column_name)
    USING DETAIL = pg_catalog.left(detail, 2000),
          HINT = 'The stage validation mode is warn; enforce will reject it. Weights are finite numbers >= 0 that add up to 100 (percent) or 1 (fraction).';
END
$$;
REVOKE ALL ON FUNCTION stagenorm._warn_invalid(name, name, text, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._warn_invalid(name, name, text, text) IS
  'Private: WARNING for an invalid distribution stored as written (warn mode).';
