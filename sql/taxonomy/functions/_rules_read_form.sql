-- Portable rules: mirrors rules.Taxonomy._read_form. One form of the tokens: an alias
-- as written, else a decorable alias followed by decorations (sub-round numbers, +,
-- plus, prime, ext(ension)), optionally after a series prefix when it is one letter.
CREATE FUNCTION stagenorm._rules_read_form(tokens text[], taxonomy jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  exact text := taxonomy #>> ARRAY['aliases', array_to_string(tokens, ' '), '0'];
  n integer := cardinality(tokens);
  stop integer := n;
  start integer := 0;
  entry jsonb;
BEGIN
  IF exact IS NOT NULL THEN
    RETURN exact;
  END IF;
  WHILE stop > 0 AND (taxonomy #> ARRAY['decorations', tokens[stop]] IS NOT NULL
                      OR tokens[stop] ~ '^[0-9]+$'
                      OR (octet_length(tokens[stop]) <> length(tokens[stop])
                          AND tokens[stop] ~ ('^' || stagenorm._unicode_decimal() || '+$'))) LOOP
    stop := stop - 1;
  END LOOP;
  IF stop = 2 AND taxonomy #> ARRAY['prefixes', tokens[1]] IS NOT NULL AND length(tokens[2]) = 1 THEN
    start := 1;
  END IF;
  IF stop = start OR (start = 0 AND stop = n) THEN
    RETURN NULL;
  END IF;
  entry := taxonomy #> ARRAY['aliases', array_to_string(tokens[start + 1:stop], ' ')];
  IF entry IS NULL OR NOT (entry ->> 1)::boolean THEN
    RETURN NULL;
  END IF;
  RETURN entry ->> 0;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_read_form(text[], jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._read_form): the stage of one form of folded tokens, or NULL.';
