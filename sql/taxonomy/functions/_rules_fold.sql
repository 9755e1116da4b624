-- Portable rules: mirrors rules.fold. The folded tokens of a label (reading rule 2):
-- NFKC, case fold, accents removed, NFKC again; format characters deleted; separators
-- split; + is a token, & is "and"; letters and digits split apart; "series" glued to one
-- letter is split. Every Unicode fact comes from Python's tables (_unicode_*), never from
-- PostgreSQL's normalize(), lower() or regex classes, whose Unicode version and locale
-- differ from Python's (docs/design/normalizer.md).
CREATE FUNCTION stagenorm._rules_fold(label text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- The planner's estimate per call inside normalize_stage, where the constant map answers
-- most labels first (as _rules_py's COST 5 for both): the default 100 makes plans over
-- big tables pay for JIT compilation (measured on 1M labels: 4.50x -> 4.01x).
COST 3
AS $$
DECLARE
  folded text;
  digits text;   -- a regex matching one decimal digit (\d of rules._DIGIT_RUNS)
  other text;    -- a regex matching one character that is neither a digit nor a space
  others text;
  step integer;
  letter text;   -- a regex matching one letter (str.isalpha)
  glued constant text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_series';
BEGIN
  IF octet_length(label) <> length(label) AND label ~ stagenorm._unicode_complex() THEN
    folded := stagenorm._fold_faithful(label);
  ELSE
    folded := label;
    IF octet_length(label) <> length(label) THEN
      -- Not ASCII, but folded character by character (exact for these labels:
      -- stagenorm/unicode_data.py): each non-ASCII character by its row of _unicode_fast(),
      -- then the ASCII ones as below (which leaves the folded forms as they are).
      others := regexp_replace(label, '[\x01-\x7f]+', '', 'g');  -- the non-ASCII characters
      FOR step IN 1 .. 16 LOOP  -- few distinct ones: replace each everywhere
        EXIT WHEN others = '';
        other := left(others, 1);
        folded := replace(folded, other, coalesce(stagenorm._unicode_fast() OPERATOR(pg_catalog.->>) other, other));
        others := replace(others, other, '');
      END LOOP;
      IF others <> '' THEN  -- many: one pass over every character
        folded := array_to_string(ARRAY(
                    SELECT coalesce(stagenorm._unicode_fast() OPERATOR(pg_catalog.->>) c, c)
                      FROM unnest(string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
      END IF;
    END IF;
    -- ASCII: lower() is NFKC and case folding of ASCII. C collation: lower() then changes
    -- A-Z only, as Python's does, whatever the database's locale. Runs of separators
    -- become one space (text.split() reads them alike); + is a token, & is "and".
    folded := regexp_replace(lower(folded COLLATE "C"), stagenorm._unicode_ascii_space() || '+', ' ', 'g');
    IF folded !~ '[0-9+&\x80-\U0010ffff]' AND strpos(folded, glued) = 0 THEN
      RETURN array_remove(string_to_array(folded, ' '), '');  -- ASCII words only: split
    END IF;
    IF strpos(folded, '+') > 0 THEN
      folded := replace(folded, '+', ' + ');
    END IF;
    IF strpos(folded, '&') > 0 THEN
      folded := replace(folded, '&', ' and ');
    END IF;
  END IF;
  -- Folded text is mostly ASCII (Série -> serie): then the classes are [0-9] and [a-z]
  -- (no upper case is left), whose regexes are far cheaper than the full Unicode ones.
  IF octet_length(folded) = length(folded) THEN
    digits := '[0-9]';
    letter := '[a-z]';
  ELSE
    digits := stagenorm._unicode_decimal();
    letter := stagenorm._unicode_alpha();
  END IF;
  -- _DIGIT_RUNS: letters and digits split apart (a space where a run of digits starts or ends)
  other := '[^ ' || substr(digits, 2);
  IF folded ~ (digits || other || '|' || other || digits) THEN
    IF length(folded) < 10000 THEN
      folded := regexp_replace(regexp_replace(folded, '(' || digits || ')(' || other || ')', '\1 \2', 'g'),
                               '(' || other || ')(' || digits || ')', '\1 \2', 'g');
    ELSE  -- the same, linear in the length (regexp_replace is not, with a million matches)
      folded := array_to_string(ARRAY(
        SELECT CASE WHEN d.digit <> lag(d.digit) OVER (ORDER BY d.n) THEN ' ' || d.c ELSE d.c END
          FROM (SELECT t.c, t.n,
                       CASE WHEN digits = '[0-9]' THEN ascii(t.c) BETWEEN 48 AND 57 ELSE t.c ~ digits END AS digit
                  FROM unnest(string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n)) AS d
         ORDER BY d.n), '');
    END IF;
  END IF;
  -- "series" glued to one letter is split: seriesa -> series a
  IF strpos(folded, glued) > 0 THEN
    folded := regexp_replace(folded, '(?<![^ ])' || glued || '(' || letter || ')(?![^ ])',
                             glued || ' \1', 'g');
  END IF;
  -- text.split(): the tables left one kind of space
  RETURN array_remove(string_to_array(folded, ' '), '');
END
$$;
COMMENT ON FUNCTION stagenorm._rules_fold(text) IS
  'Private (portable rules, mirrors rules.fold): the folded tokens of a label.';
