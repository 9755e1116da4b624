-- Portable rules: mirrors rules.suggest_stages (Taxonomy._suggest, _suggest_tokens and
-- _fuzzy). At most suggest_limit canonical keys the label probably meant, best first: the
-- key when the label normalizes; else (rule 14) the stages the label holds (and those of
-- its ambiguous words), in canonical order, then the nearest stages of the label without
-- fillers and trailing decorations (and, beside a held stage, of words one edit away),
-- ranked by distance, stage position, key.
CREATE FUNCTION stagenorm._rules_suggest(label text, taxonomy jsonb) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  constants constant jsonb := stagenorm._rules_constants();
  lim constant integer := (constants ->> 'suggest_limit')::integer;
  tokens text[];
  kept text[];
  key text;
  stop integer;
  reading jsonb;
  held text[];
  first text[];
  best jsonb := '{}';
  word text;
  entry record;
BEGIN
  IF label IS NULL THEN
    RETURN '{}';
  END IF;
  tokens := stagenorm._rules_tokens(label, taxonomy -> 'money');
  key := stagenorm._rules_read(tokens, taxonomy);
  IF key IS NOT NULL THEN
    RETURN ARRAY[key];
  END IF;
  IF cardinality(tokens) = 0 THEN
    RETURN '{}';
  END IF;
  reading := stagenorm._rules_scan(tokens, taxonomy, false);
  held := ARRAY(SELECT f ->> 0 FROM jsonb_array_elements(reading -> 'forms') AS f
                 WHERE NOT (f ->> 2)::boolean)
          || ARRAY(SELECT jsonb_array_elements_text(reading -> 'buckets'));
  IF jsonb_array_length(reading -> 'forms') = 0 THEN
    held := held || ARRAY(SELECT jsonb_array_elements_text(reading -> 'spans'));
  END IF;
  first := ARRAY(SELECT DISTINCT h FROM unnest(held) AS h);
  first := ARRAY(SELECT h FROM unnest(first) AS h ORDER BY (taxonomy #>> ARRAY['positions', h])::numeric);
  IF cardinality(first) >= lim THEN
    RETURN first[1:lim];
  END IF;
  -- _fuzzy: the whole label, fillers and trailing decorations off
  kept := ARRAY(SELECT t FROM unnest(tokens) WITH ORDINALITY AS u(t, n)
                 WHERE NOT (taxonomy -> 'fillers') ? t ORDER BY n);
  IF cardinality(kept) > 0 THEN
    stop := cardinality(kept);
    WHILE stop > 0 AND ((taxonomy -> 'decorations') ? kept[stop]
                        OR kept[stop] ~ '^[0-9]+$'
                        OR (octet_length(kept[stop]) <> length(kept[stop])
                            AND kept[stop] ~ ('^' || stagenorm._unicode_decimal() || '+$'))) LOOP
      stop := stop - 1;
    END LOOP;
    best := stagenorm._rules_fuzzy_query(array_to_string(kept[1:stop], ' '), taxonomy);
  END IF;
  IF cardinality(first) > 0 THEN  -- a label that holds stages: its other words may be
    -- misspelt ones, one edit away (a company name or "Preferred" is no misspelling)
    FOR word IN SELECT jsonb_array_elements_text(reading -> 'others') LOOP
      FOR entry IN SELECT b.key, b.value::integer AS distance
                     FROM jsonb_each_text(stagenorm._rules_fuzzy_query(word, taxonomy)) AS b LOOP
        IF entry.distance <= (constants ->> 'word_distance')::integer
           AND entry.distance < coalesce((best ->> entry.key)::integer, entry.distance + 1) THEN
          best := best || jsonb_build_object(entry.key, entry.distance);
        END IF;
      END LOOP;
    END LOOP;
  END IF;
  RETURN (first || ARRAY(SELECT b.key FROM jsonb_each_text(best) AS b
                          WHERE NOT b.key = ANY (held)
                          ORDER BY b.value::integer, (taxonomy #>> ARRAY['positions', b.key])::numeric,
                                   b.key COLLATE "C"))[1:lim];
END
$$;
COMMENT ON FUNCTION stagenorm._rules_suggest(text, jsonb) IS
  'Private (portable rules, mirrors rules.suggest_stages): at most 3 keys a label probably meant, best first.';
