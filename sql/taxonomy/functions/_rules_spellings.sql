-- Portable rules: mirrors rules._spellings. How people type a folded label: cases,
-- separators, a trailing round/stage word (for the fast path only: every spelling is
-- answered by the rules, so a spelling missing here costs speed, never an answer).
-- Case changes use the C collation: ASCII letters change as in Python; others are kept.
CREATE FUNCTION stagenorm._rules_spellings(words text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  constants constant jsonb := stagenorm._rules_constants();
  small text[] := ARRAY(SELECT jsonb_array_elements_text(constants -> 'small_words'));
  cases text[];
  forms text[] := '{}';
  head text := split_part(words, ' ', 1);
  rest text := substr(words, length(split_part(words, ' ', 1)) + 2);
  title text;
  cap text;
  text_ text;
  joined text;
BEGIN
  cap := upper(left(words, 1) COLLATE "C") || lower(substr(words, 2) COLLATE "C");  -- str.capitalize
  title := array_to_string(ARRAY(
             SELECT CASE WHEN w = ANY (small) THEN w
                         ELSE upper(left(w, 1) COLLATE "C") || lower(substr(w, 2) COLLATE "C") END
               FROM unnest(string_to_array(words, ' ')) WITH ORDINALITY AS t(w, n) ORDER BY n), ' ');
  cases := ARRAY[words, stagenorm._rules_title(words), title, upper(words COLLATE "C"), cap];
  IF strpos(words, ' ') > 0 AND constants -> 'upper_rest_heads' ? head THEN  -- pre-IPO, Pre-IPO
    cases := cases || (head || ' ' || upper(rest COLLATE "C"))
                   || (upper(left(head, 1) COLLATE "C") || lower(substr(head, 2) COLLATE "C")
                       || ' ' || upper(rest COLLATE "C"));
  END IF;
  FOREACH text_ IN ARRAY cases LOOP
    FOREACH joined IN ARRAY ARRAY[text_, replace(text_, ' ', '-'), replace(text_, ' ', '_'),
                                  replace(text_, ' ', '')] LOOP
      forms := forms || joined || ARRAY(SELECT joined || s FROM jsonb_array_elements_text(
                                          constants -> 'spelling_suffixes') AS s);
    END LOOP;
  END LOOP;
  RETURN forms;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_spellings(text) IS
  'Private (portable rules, mirrors rules._spellings): spellings of a folded label for the fast path.';
