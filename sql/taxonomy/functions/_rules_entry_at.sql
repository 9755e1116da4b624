-- Portable rules: mirrors rules.Taxonomy._alias_at and _word_at. The longest entry of
-- `entries` (aliases or words, folded) starting at token i (counted from 0, as in Python),
-- with `lengths` (_rules_lengths_by_head): [end, ...the entry's value], or NULL. The tokens
-- come as a jsonb array: passed from function to function by reference, read in constant
-- time (a text[] argument is copied at each call: quadratic over a label of many tokens).
CREATE FUNCTION stagenorm._rules_entry_at(tokens jsonb, i integer, entries jsonb, lengths jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
-- No SET clause: the scan calls it for each token whose word or alias may run over several
-- tokens, and a SET clause costs a call more than a microsecond. Instead every name, type
-- and operator in it is schema-qualified (tests/test_search_path.py, UNPINNED, checks the
-- body): the caller's search_path changes nothing it does.
AS $$
DECLARE
  n constant pg_catalog.int4 := pg_catalog.jsonb_array_length(tokens);
  heads pg_catalog.jsonb;
  size pg_catalog.int4;
  entry pg_catalog.jsonb;
  key pg_catalog.text;
  k pg_catalog.int4;
  h pg_catalog.int4;
BEGIN
  IF i OPERATOR(pg_catalog.>=) n THEN
    RETURN NULL;
  END IF;
  heads := lengths OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) i);
  IF heads IS NULL THEN
    RETURN NULL;
  END IF;
  IF heads OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN
    entry := entries OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) i);
    RETURN CASE WHEN entry IS NULL THEN NULL
                ELSE pg_catalog.jsonb_build_array(i OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) entry END;
  END IF;
  -- longest first; expressions, no query
  FOR h IN 0 .. pg_catalog.jsonb_array_length(heads) OPERATOR(pg_catalog.-) 1 LOOP
    size := (heads OPERATOR(pg_catalog.->>) h)::pg_catalog.int4;
    IF (i OPERATOR(pg_catalog.+) size) OPERATOR(pg_catalog.<=) n THEN
      key := tokens OPERATOR(pg_catalog.->>) i;
      FOR k IN i OPERATOR(pg_catalog.+) 1 .. (i OPERATOR(pg_catalog.+) size) OPERATOR(pg_catalog.-) 1 LOOP
        key := key OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) (tokens OPERATOR(pg_catalog.->>) k);
      END LOOP;
      entry := entries OPERATOR(pg_catalog.->) key;
      IF entry IS NOT NULL THEN
        RETURN pg_catalog.jsonb_build_array(i OPERATOR(pg_catalog.+) size) OPERATOR(pg_catalog.||) entry;
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_entry_at(jsonb, integer, jsonb, jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._alias_at/_word_at): the longest alias or word at a token.';
