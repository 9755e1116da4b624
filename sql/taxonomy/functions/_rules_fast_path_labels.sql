-- Portable rules: mirrors rules.fast_path_labels. Frequent raw labels and their answers
-- (JSON null for unknown), computed by the portable rules themselves: the constant fast
-- path of the generated normalize_stage. All spellings come from the taxonomy and the
-- rules' constants (_rules_constants), none is written here.
CREATE FUNCTION stagenorm._rules_fast_path_labels(taxonomy jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  constants constant jsonb := stagenorm._rules_constants();
  labels text[] := '{}';
  row_ jsonb;
  key text;
  folded text;
  letter text;
  text_ text;
BEGIN
  FOR text_ IN SELECT jsonb_array_elements_text(constants -> 'frequent_unknown') LOOP
    labels := labels || stagenorm._rules_spellings(text_);
  END LOOP;
  FOR key IN SELECT jsonb_array_elements_text(taxonomy -> 'keys') LOOP
    labels := labels || stagenorm._rules_spellings(replace(key, '_', ' '))
                     || stagenorm._rules_spellings(lower((taxonomy #>> ARRAY['display_names', key]) COLLATE "C"))
                     || (taxonomy #>> ARRAY['display_names', key]) || key || upper(key COLLATE "C");
  END LOOP;
  FOR row_ IN SELECT r FROM jsonb_array_elements(taxonomy -> 'alias_rows') WITH ORDINALITY AS t(r, n)
               ORDER BY n LOOP
    folded := row_ ->> 0;
    labels := labels || stagenorm._rules_spellings(folded);
    IF (row_ ->> 2)::boolean AND length(folded) = 1 THEN
      FOREACH letter IN ARRAY ARRAY[folded, upper(folded COLLATE "C")] LOOP
        labels := labels
          || ARRAY(SELECT p || letter FROM jsonb_array_elements_text(constants -> 'series_prefixes') AS p)
          || ARRAY(SELECT (constants #>> '{series_prefixes,0}') || letter || d
                     FROM jsonb_array_elements_text(constants -> 'series_decorations') AS d)
          || ARRAY(SELECT letter || s FROM jsonb_array_elements_text(constants -> 'letter_suffixes') AS s);
      END LOOP;
    ELSIF (row_ ->> 2)::boolean THEN
      FOREACH text_ IN ARRAY ARRAY[folded, stagenorm._rules_title(folded), upper(folded COLLATE "C")] LOOP
        labels := labels
          || ARRAY(SELECT text_ || s FROM jsonb_array_elements_text(constants -> 'decorated_suffixes') AS s);
      END LOOP;
    END IF;
  END LOOP;
  labels := labels || ARRAY(SELECT jsonb_array_elements_text(constants -> 'frequent_v2'));
  FOREACH letter IN ARRAY string_to_array(constants ->> 'fast_letters', NULL) LOOP
    labels := labels
      || ARRAY(SELECT replace(t, '{}', letter || s)
                 FROM jsonb_array_elements_text(constants -> 'fast_subround_templates') AS t,
                      jsonb_array_elements_text(constants -> 'fast_subrounds') AS s)
      || ARRAY(SELECT replace(t, '{}', letter)
                 FROM jsonb_array_elements_text(constants -> 'fast_letter_templates') AS t);
  END LOOP;
  labels := labels || ARRAY(SELECT b || r FROM jsonb_array_elements_text(constants -> 'fast_repeat_bases') AS b,
                                               jsonb_array_elements_text(constants -> 'fast_repeats') AS r);
  labels := labels || ARRAY(  -- neighbouring stages: "Seed / Series A"
    SELECT (taxonomy #>> ARRAY['display_names', k.key]) || sep
           || (taxonomy #>> ARRAY['display_names', taxonomy #>> ARRAY['keys', k.n::text]])
      FROM jsonb_array_elements_text(taxonomy -> 'keys') WITH ORDINALITY AS k(key, n),
           jsonb_array_elements_text(constants -> 'fast_pair_separators') AS sep
     WHERE k.n < jsonb_array_length(taxonomy -> 'keys'));
  RETURN (SELECT jsonb_object_agg(l, stagenorm._rules_normalize(l, taxonomy))
            FROM (SELECT DISTINCT l FROM unnest(labels) AS l) AS d);
END
$$;
COMMENT ON FUNCTION stagenorm._rules_fast_path_labels(jsonb) IS
  'Private (portable rules, mirrors rules.fast_path_labels): frequent raw labels and their keys (null: unknown), for the fast path.';
