-- Portable rules: mirrors rules.Taxonomy._form_at. The longest stage form starting at
-- token i (from 0) (rules 5-8, 12, 15), without its decorations: [end, stage, decorable,
-- bare letter], or NULL (tokens: a jsonb array, see _rules_entry_at). Forms: an alias; a series prefix, then an alias or a series
-- letter; a "pre" word (optionally after a series prefix), then a series letter (the
-- stage before it); a series letter, then a series prefix (a series, B-series). The
-- parts of the compiled taxonomy come one by one: taking them out of it per call copies them.
CREATE FUNCTION stagenorm._rules_form_at(
  tokens jsonb, i integer,
  aliases jsonb, alias_lengths jsonb, words jsonb, word_lengths jsonb, letters jsonb, pre_stages jsonb
) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  n constant integer := jsonb_array_length(tokens);
  best jsonb;
  hit jsonb;
  word jsonb;
  start integer := i;
  after integer := -1;
  letter_at integer;
  stage text;
BEGIN
  hit := (CASE WHEN alias_lengths -> (tokens ->> (i)) = '[1]' THEN jsonb_build_array((i) + 1) || (aliases -> (tokens ->> (i))) WHEN alias_lengths ? (tokens ->> (i)) THEN stagenorm._rules_entry_at(tokens, i, aliases, alias_lengths) END);
  IF hit IS NOT NULL THEN
    best := jsonb_build_array(hit -> 0, hit -> 1, hit -> 2,
                              (hit ->> 0)::integer = i + 1 AND length(tokens ->> i) = 1);
  END IF;
  word := (CASE WHEN word_lengths -> (tokens ->> (i)) = '[1]' THEN jsonb_build_array((i) + 1) || (words -> (tokens ->> (i))) WHEN word_lengths ? (tokens ->> (i)) THEN stagenorm._rules_entry_at(tokens, i, words, word_lengths) END);
  IF word ->> 1 = 'series_prefix' THEN
    after := (word ->> 0)::integer;
  END IF;
  IF after >= 0 AND after < n THEN
    start := after;
    hit := (CASE WHEN alias_lengths -> (tokens ->> (after)) = '[1]' THEN jsonb_build_array((after) + 1) || (aliases -> (tokens ->> (after))) WHEN alias_lengths ? (tokens ->> (after)) THEN stagenorm._rules_entry_at(tokens, after, aliases, alias_lengths) END);
    IF hit IS NOT NULL AND (best IS NULL OR (hit ->> 0)::integer > (best ->> 0)::integer) THEN
      best := jsonb_build_array(hit -> 0, hit -> 1, hit -> 2, false);
    END IF;
    stage := letters ->> (tokens ->> after);
    IF stage IS NOT NULL AND (best IS NULL OR after + 1 > (best ->> 0)::integer) THEN
      best := jsonb_build_array(after + 1, stage, true, false);
    END IF;
  END IF;
  IF start <> i THEN  -- else the word at i, above
    word := (CASE WHEN word_lengths -> (tokens ->> (start)) = '[1]' THEN jsonb_build_array((start) + 1) || (words -> (tokens ->> (start))) WHEN word_lengths ? (tokens ->> (start)) THEN stagenorm._rules_entry_at(tokens, start, words, word_lengths) END);
  END IF;
  IF word ->> 1 = 'pre' THEN  -- pre a, pre series b
    after := (word ->> 0)::integer;
    word := (CASE WHEN word_lengths -> (tokens ->> (after)) = '[1]' THEN jsonb_build_array((after) + 1) || (words -> (tokens ->> (after))) WHEN word_lengths ? (tokens ->> (after)) THEN stagenorm._rules_entry_at(tokens, after, words, word_lengths) END);
    letter_at := CASE WHEN word ->> 1 = 'series_prefix' THEN (word ->> 0)::integer ELSE after END;
    IF letter_at < n THEN
      stage := pre_stages ->> (tokens ->> letter_at);
      IF stage IS NOT NULL AND (best IS NULL OR letter_at + 1 > (best ->> 0)::integer) THEN
        best := jsonb_build_array(letter_at + 1, stage, true, false);
      END IF;
    END IF;
  END IF;
  IF start = i AND length(tokens ->> i) = 1 THEN  -- a series, B-series
    stage := letters ->> (tokens ->> i);
    IF stage IS NOT NULL THEN
      word := (CASE WHEN word_lengths -> (tokens ->> (i + 1)) = '[1]' THEN jsonb_build_array((i + 1) + 1) || (words -> (tokens ->> (i + 1))) WHEN word_lengths ? (tokens ->> (i + 1)) THEN stagenorm._rules_entry_at(tokens, i + 1, words, word_lengths) END);
      IF word ->> 1 = 'series_prefix' AND (best IS NULL OR (word ->> 0)::integer > (best ->> 0)::integer) THEN
        best := jsonb_build_array(word -> 0, stage, true, false);
      END IF;
    END IF;
  END IF;
  RETURN best;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_form_at(jsonb, integer, jsonb, jsonb, jsonb, jsonb, jsonb, jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._form_at): the longest stage form at a token.';
