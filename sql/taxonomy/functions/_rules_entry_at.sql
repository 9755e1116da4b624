-- Portable rules: mirrors rules.Taxonomy._alias_at and _word_at. The longest entry of
-- `entries` (aliases or words, folded) starting at token i (counted from 0, as in Python),
-- with `lengths` (_rules_lengths_by_head): [end, ...the entry's value], or NULL. The tokens
-- come as a jsonb array: passed from function to function by reference, read in constant
-- time (a text[] argument is copied at each call: quadratic over a label of many tokens).
CREATE FUNCTION stagenorm._rules_entry_at(tokens jsonb, i integer, entries jsonb, lengths jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  n constant integer := jsonb_array_length(tokens);
  heads jsonb;
  size integer;
  entry jsonb;
  key text;
  k integer;
  h integer;
BEGIN
  IF i >= n THEN
    RETURN NULL;
  END IF;
  heads := lengths -> (tokens ->> i);
  IF heads IS NULL THEN
    RETURN NULL;
  END IF;
  IF heads = '[1]' THEN
    entry := entries -> (tokens ->> i);
    RETURN CASE WHEN entry IS NULL THEN NULL ELSE jsonb_build_array(i + 1) || entry END;
  END IF;
  FOR h IN 0 .. jsonb_array_length(heads) - 1 LOOP  -- longest first; expressions, no query
    size := (heads ->> h)::integer;
    IF i + size <= n THEN
      key := tokens ->> i;
      FOR k IN i + 1 .. i + size - 1 LOOP
        key := key || ' ' || (tokens ->> k);
      END LOOP;
      entry := entries -> key;
      IF entry IS NOT NULL THEN
        RETURN jsonb_build_array(i + size) || entry;
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_entry_at(jsonb, integer, jsonb, jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._alias_at/_word_at): the longest alias or word at a token.';
