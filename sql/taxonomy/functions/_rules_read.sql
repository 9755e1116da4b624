-- Portable rules: mirrors rules.Taxonomy._read. An exact alias, else the one stage the
-- label's stage forms name (rules 4-13, _rules_scan), or NULL.
CREATE FUNCTION stagenorm._rules_read(tokens text[], taxonomy jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- The planner's estimate per call inside normalize_stage, where the constant map answers
-- most labels first (as _rules_py's COST 5 for both): the default 100 makes plans over
-- big tables pay for JIT compilation (measured on 1M labels: 4.50x -> 4.01x).
COST 2
AS $$
DECLARE
  folded text;
  exact text;
  reading jsonb;
  known jsonb;
  token text;
BEGIN
  IF cardinality(tokens) = 0 THEN
    RETURN NULL;
  END IF;
  folded := array_to_string(tokens, ' ');
  exact := taxonomy #>> ARRAY['aliases', folded, '0'];
  IF exact IS NOT NULL THEN
    RETURN exact;
  END IF;
  -- Tokens read before (the slow path's taxonomy holds the readings of the fast path's
  -- labels, _rebuild_normalizer): the same tokens, the same reading (JSON null: none).
  reading := taxonomy #> ARRAY['readings', folded];
  IF reading IS NOT NULL THEN
    RETURN reading #>> '{}';
  END IF;
  -- A token of no alias and no word, not a number, is another word wherever it stands:
  -- no stage (the scan would say so, slower).
  known := taxonomy -> 'known';
  FOREACH token IN ARRAY tokens LOOP
    IF NOT known ? token AND token !~ '^[0-9]+$'
       AND (octet_length(token) = length(token) OR token !~ ('^' || stagenorm._unicode_decimal() || '+$')) THEN
      RETURN NULL;
    END IF;
  END LOOP;
  RETURN stagenorm._rules_scan(tokens, taxonomy, true) ->> 'stage';
END
$$;
COMMENT ON FUNCTION stagenorm._rules_read(text[], jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._read): the stage of folded tokens, or NULL.';
