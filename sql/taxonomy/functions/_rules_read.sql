-- Portable rules: mirrors rules.Taxonomy._read. An exact alias, else the one stage the
-- label's stage forms name (rules 4-13, _rules_scan), or NULL.
CREATE FUNCTION stagenorm._rules_read(tokens text[], taxonomy jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
-- No SET clause: it is called once per label the constant map misses, and a SET clause
-- costs a call more than a microsecond (saving and restoring the setting, 22k misses:
-- docs/design/normalizer.md). Instead every name, type and operator in it is
-- schema-qualified, as in the generated normalize_stage (tests/test_search_path.py,
-- UNPINNED): the caller's search_path changes nothing it does.
-- The planner's estimate per call inside normalize_stage, where the constant map answers
-- most labels first (as _rules_py's COST 5 for both): the default 100 makes plans over
-- big tables pay for JIT compilation (measured on 1M labels: 4.50x -> 4.01x).
COST 2
AS $$
DECLARE
  folded pg_catalog.text;
  exact pg_catalog.text;
  reading pg_catalog.jsonb;
  known pg_catalog.jsonb;
  token pg_catalog.text;
BEGIN
  IF pg_catalog.cardinality(tokens) OPERATOR(pg_catalog.=) 0 THEN
    RETURN NULL;
  END IF;
  folded := pg_catalog.array_to_string(tokens, ' ');
  exact := taxonomy OPERATOR(pg_catalog.#>>) ARRAY['aliases', folded, '0']::pg_catalog.text[];
  IF exact IS NOT NULL THEN
    RETURN exact;
  END IF;
  -- Tokens read before (the slow path's taxonomy holds the readings of the fast path's
  -- labels, _rebuild_normalizer): the same tokens, the same reading (JSON null: none).
  reading := taxonomy OPERATOR(pg_catalog.#>) ARRAY['readings', folded]::pg_catalog.text[];
  IF reading IS NOT NULL THEN
    RETURN reading OPERATOR(pg_catalog.#>>) '{}'::pg_catalog.text[];
  END IF;
  -- A token of no alias and no word, not a number, is another word wherever it stands:
  -- no stage (the scan would say so, slower).
  known := taxonomy OPERATOR(pg_catalog.->) 'known';
  FOREACH token IN ARRAY tokens LOOP
    IF NOT (known OPERATOR(pg_catalog.?) token) AND token OPERATOR(pg_catalog.!~) '^[0-9]+$'
       AND (pg_catalog.octet_length(token) OPERATOR(pg_catalog.=) pg_catalog.length(token)
            OR token OPERATOR(pg_catalog.!~) ('^' OPERATOR(pg_catalog.||) stagenorm._unicode_decimal() OPERATOR(pg_catalog.||) '+$')) THEN
      RETURN NULL;
    END IF;
  END LOOP;
  RETURN stagenorm._rules_scan(tokens, taxonomy, true) OPERATOR(pg_catalog.->>) 'stage';
END
$$;
COMMENT ON FUNCTION stagenorm._rules_read(text[], jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._read): the stage of folded tokens, or NULL.';
