-- Portable rules: mirrors rules.Taxonomy._fuzzy_query. Each stage with its best distance
-- to the query (within the allowed distance), as {key: distance}; a word ending in -ing,
-- -ling, -s... is also compared without it, at cost 1. A series letter is never guessed.
CREATE FUNCTION stagenorm._rules_fuzzy_query(query text, taxonomy jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  constants constant jsonb := stagenorm._rules_constants();
  texts text[] := ARRAY[query];
  extras integer[] := ARRAY[0];
  suffix text;
  k integer;
  text_ text;
  extra integer;
  last text;
  several boolean;
  size integer;
  lim integer := stagenorm._rules_allowed_distance(length(query));
  best jsonb := '{}';
  candidate jsonb;
  key text;
  distance integer;
BEGIN
  IF length(query) > (constants ->> 'suggest_max_length')::integer
     OR (query !~ '[a-z]' AND (octet_length(query) = length(query) OR query !~ stagenorm._unicode_alpha())) THEN
    RETURN '{}';
  END IF;
  FOR suffix IN SELECT jsonb_array_elements_text(constants -> 'suffixes') LOOP
    IF right(query, length(suffix)) = suffix
       AND length(query) - length(suffix) >= (constants ->> 'stem_min')::integer THEN
      texts := texts || left(query, length(query) - length(suffix));
      extras := extras || 1;
      EXIT;
    END IF;
  END LOOP;
  FOR k IN 1 .. cardinality(texts) LOOP
    text_ := texts[k];
    extra := extras[k];
    last := substring(text_ FROM '([^ ]*)$');
    several := strpos(text_, ' ') > 0;
    size := length(text_);
    FOR candidate IN SELECT c FROM jsonb_array_elements(taxonomy -> 'candidates') WITH ORDINALITY AS t(c, n)
                      ORDER BY n LOOP
      CONTINUE WHEN candidate ->> 2 <> '' AND (candidate ->> 2 <> last OR NOT several);
      key := candidate ->> 1;
      CONTINUE WHEN abs(size - length(candidate ->> 0)) + extra > lim
                 OR coalesce((best ->> key)::integer, lim + 1) <= extra;
      distance := stagenorm._rules_osa_distance(text_, candidate ->> 0, lim - extra) + extra;
      IF distance <= lim AND distance < coalesce((best ->> key)::integer, lim + 1) THEN
        best := best || jsonb_build_object(key, distance);
      END IF;
    END LOOP;
  END LOOP;
  RETURN best;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_fuzzy_query(text, jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._fuzzy_query): the nearest stages of a query and their distances.';
