-- Portable rules: mirrors rules.suggest_stages (Taxonomy._suggest and _fuzzy). At most
-- suggest_limit canonical keys the label probably meant, best first: the key when the
-- label normalizes; else the stages whose candidates (_rules_taxonomy) are within the
-- allowed distance of the label without fillers and trailing decorations, ranked by
-- distance, stage position, key. A series letter is never guessed.
CREATE FUNCTION stagenorm._rules_suggest(label text, taxonomy jsonb) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  tokens text[];
  key text;
  stop integer;
  query text;
  last text;
  size integer;
  lim integer;
  best jsonb := '{}';
  candidate jsonb;
  distance integer;
BEGIN
  IF label IS NULL THEN
    RETURN '{}';
  END IF;
  tokens := stagenorm._rules_fold(label);
  key := stagenorm._rules_read(tokens, taxonomy);
  IF key IS NOT NULL THEN
    RETURN ARRAY[key];
  END IF;
  -- _fuzzy
  tokens := ARRAY(SELECT t FROM unnest(tokens) WITH ORDINALITY AS u(t, n)
                   WHERE taxonomy #> ARRAY['fillers', t] IS NULL ORDER BY n);
  IF cardinality(tokens) = 0 THEN
    RETURN '{}';  -- only filler words ("round"): nothing to suggest
  END IF;
  stop := cardinality(tokens);
  WHILE stop > 0 AND (taxonomy #> ARRAY['decorations', tokens[stop]] IS NOT NULL
                      OR tokens[stop] ~ '^[0-9]+$'
                      OR (octet_length(tokens[stop]) <> length(tokens[stop])
                          AND tokens[stop] ~ ('^' || stagenorm._unicode_decimal() || '+$'))) LOOP
    stop := stop - 1;
  END LOOP;
  query := array_to_string(tokens[1:stop], ' ');
  IF length(query) > (stagenorm._rules_constants() ->> 'suggest_max_length')::integer
     OR (query !~ '[a-z]' AND (octet_length(query) = length(query) OR query !~ stagenorm._unicode_alpha())) THEN
    RETURN '{}';
  END IF;
  last := tokens[stop];
  size := length(query);
  lim := stagenorm._rules_allowed_distance(size);
  FOR candidate IN SELECT c FROM jsonb_array_elements(taxonomy -> 'candidates') WITH ORDINALITY AS t(c, n)
                    ORDER BY n LOOP
    CONTINUE WHEN candidate ->> 2 <> '' AND (candidate ->> 2 <> last OR stop < 2);
    key := candidate ->> 1;
    CONTINUE WHEN abs(size - length(candidate ->> 0)) > lim
               OR coalesce((best ->> key)::integer, lim + 1) <= 0;
    distance := stagenorm._rules_osa_distance(query, candidate ->> 0, lim);
    IF distance <= lim AND distance < coalesce((best ->> key)::integer, lim + 1) THEN
      best := best || jsonb_build_object(key, distance);
    END IF;
  END LOOP;
  RETURN ARRAY(SELECT b.key FROM jsonb_each_text(best) AS b
                ORDER BY b.value::integer, (taxonomy #>> ARRAY['positions', b.key])::numeric,
                         b.key COLLATE "C"
                LIMIT (stagenorm._rules_constants() ->> 'suggest_limit')::integer);
END
$$;
COMMENT ON FUNCTION stagenorm._rules_suggest(text, jsonb) IS
  'Private (portable rules, mirrors rules.suggest_stages): at most 3 keys a label probably meant, best first.';
