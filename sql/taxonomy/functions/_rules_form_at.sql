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
-- No SET clause: it is called for each token where a stage form can start, in every
-- label the scan reads, and a SET clause costs a call more than a microsecond. Instead
-- every name, type and operator in it is schema-qualified (tests/test_search_path.py,
-- UNPINNED): the caller's search_path changes nothing it does.
AS $$
DECLARE
  n constant pg_catalog.int4 := pg_catalog.jsonb_array_length(tokens);
  best pg_catalog.jsonb;
  hit pg_catalog.jsonb;
  word pg_catalog.jsonb;
  start pg_catalog.int4 := i;
  after pg_catalog.int4 := -1;
  letter_at pg_catalog.int4;
  stage pg_catalog.text;
BEGIN
  hit := (CASE WHEN alias_lengths OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (i)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((i) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (aliases OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (i))) WHEN alias_lengths OPERATOR(pg_catalog.?) (tokens OPERATOR(pg_catalog.->>) (i)) THEN stagenorm._rules_entry_at(tokens, i, aliases, alias_lengths) END);
  IF hit IS NOT NULL THEN
    best := pg_catalog.jsonb_build_array(hit OPERATOR(pg_catalog.->) 0, hit OPERATOR(pg_catalog.->) 1, hit OPERATOR(pg_catalog.->) 2,
                              (hit OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4 OPERATOR(pg_catalog.=) (i OPERATOR(pg_catalog.+) 1)
                              AND pg_catalog.length(tokens OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.=) 1);
  END IF;
  word := (CASE WHEN word_lengths OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (i)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((i) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (i))) WHEN word_lengths OPERATOR(pg_catalog.?) (tokens OPERATOR(pg_catalog.->>) (i)) THEN stagenorm._rules_entry_at(tokens, i, words, word_lengths) END);
  IF word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'series_prefix' THEN
    after := (word OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4;
  END IF;
  IF after OPERATOR(pg_catalog.>=) 0 AND after OPERATOR(pg_catalog.<) n THEN
    start := after;
    hit := (CASE WHEN alias_lengths OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (after)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((after) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (aliases OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (after))) WHEN alias_lengths OPERATOR(pg_catalog.?) (tokens OPERATOR(pg_catalog.->>) (after)) THEN stagenorm._rules_entry_at(tokens, after, aliases, alias_lengths) END);
    IF hit IS NOT NULL AND (best IS NULL OR (hit OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4 OPERATOR(pg_catalog.>) (best OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4) THEN
      best := pg_catalog.jsonb_build_array(hit OPERATOR(pg_catalog.->) 0, hit OPERATOR(pg_catalog.->) 1, hit OPERATOR(pg_catalog.->) 2, false);
    END IF;
    stage := letters OPERATOR(pg_catalog.->>) (tokens OPERATOR(pg_catalog.->>) after);
    IF stage IS NOT NULL AND (best IS NULL OR (after OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.>) (best OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4) THEN
      best := pg_catalog.jsonb_build_array(after OPERATOR(pg_catalog.+) 1, stage, true, false);
    END IF;
  END IF;
  IF start OPERATOR(pg_catalog.<>) i THEN  -- else the word at i, above
    word := (CASE WHEN word_lengths OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (start)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((start) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (start))) WHEN word_lengths OPERATOR(pg_catalog.?) (tokens OPERATOR(pg_catalog.->>) (start)) THEN stagenorm._rules_entry_at(tokens, start, words, word_lengths) END);
  END IF;
  IF word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'pre' THEN  -- pre a, pre series b
    after := (word OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4;
    word := (CASE WHEN word_lengths OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (after)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((after) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (after))) WHEN word_lengths OPERATOR(pg_catalog.?) (tokens OPERATOR(pg_catalog.->>) (after)) THEN stagenorm._rules_entry_at(tokens, after, words, word_lengths) END);
    letter_at := CASE WHEN word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'series_prefix' THEN (word OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4 ELSE after END;
    IF letter_at OPERATOR(pg_catalog.<) n THEN
      stage := pre_stages OPERATOR(pg_catalog.->>) (tokens OPERATOR(pg_catalog.->>) letter_at);
      IF stage IS NOT NULL AND (best IS NULL OR (letter_at OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.>) (best OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4) THEN
        best := pg_catalog.jsonb_build_array(letter_at OPERATOR(pg_catalog.+) 1, stage, true, false);
      END IF;
    END IF;
  END IF;
  IF start OPERATOR(pg_catalog.=) i AND pg_catalog.length(tokens OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.=) 1 THEN  -- a series, B-series
    stage := letters OPERATOR(pg_catalog.->>) (tokens OPERATOR(pg_catalog.->>) i);
    IF stage IS NOT NULL THEN
      word := (CASE WHEN word_lengths OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (i OPERATOR(pg_catalog.+) 1)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((i OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (tokens OPERATOR(pg_catalog.->>) (i OPERATOR(pg_catalog.+) 1))) WHEN word_lengths OPERATOR(pg_catalog.?) (tokens OPERATOR(pg_catalog.->>) (i OPERATOR(pg_catalog.+) 1)) THEN stagenorm._rules_entry_at(tokens, i OPERATOR(pg_catalog.+) 1, words, word_lengths) END);
      IF word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'series_prefix'
         AND (best IS NULL OR (word OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4 OPERATOR(pg_catalog.>) (best OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4) THEN
        best := pg_catalog.jsonb_build_array(word OPERATOR(pg_catalog.->) 0, stage, true, false);
      END IF;
    END IF;
  END IF;
  RETURN best;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_form_at(jsonb, integer, jsonb, jsonb, jsonb, jsonb, jsonb, jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._form_at): the longest stage form at a token.';
