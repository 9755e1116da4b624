-- Portable rules: mirrors rules.Taxonomy._tokens (rules._fold_chars, the amounts of
-- money and years of rule 13, then rules._split). The folded tokens of a label: escapes
-- (backslashes, then n, t or r) to a space; NFKC, case fold, accents removed, NFKC again;
-- French elisions (d', l') dropped; the amounts matching one of `money` (regexes compiled
-- by _rules_taxonomy from the taxonomy's words) dropped; format characters deleted;
-- separators split; + and each CJK character are tokens, & is "and"; letters and digits
-- split apart; "series" glued to one letter (and plus), one letter glued to "plus", and
-- "pre" glued to a series letter are split. Every Unicode fact comes from Python's tables
-- (_unicode_*), never from PostgreSQL's normalize(), lower() or regex classes, whose
-- Unicode version and locale differ from Python's (docs/design/normalizer.md).
CREATE FUNCTION stagenorm._rules_tokens(label text, money jsonb) RETURNS text[]
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
  faithful boolean := false;
  amount jsonb;  -- [regex] or [regex, symbols, letters] (_rules_money_patterns)
  before text;
  runs text[];   -- the runs of letters of the text, once needed
  letter text;   -- a regex matching one letter (str.isalpha)
  -- the constants as expressions of constants: each plan holds the value (no copy per call)
  glued constant text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_series';
  plus constant text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_plus';
  pre constant text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_pre';
BEGIN
  IF strpos(label, '\') > 0 THEN  -- escapes left in exported text (rule 13)
    label := regexp_replace(label, stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'escapes', ' ', 'g');
  END IF;
  folded := label;
  IF octet_length(label) <> length(label) THEN
    IF label ~ stagenorm._unicode_complex() OR label ~ stagenorm._unicode_pretext() THEN
      folded := stagenorm._fold_faithful(label);  -- separators come after amounts, below
      faithful := true;
    ELSE
      -- Not ASCII, but folded character by character (exact for these labels:
      -- stagenorm/unicode_data.py): each non-ASCII character by its row of _unicode_fast(),
      -- then the ASCII ones as below (which leaves the folded forms as they are).
      -- _unicode_fast_at reads one block of the table: _unicode_fast() is one constant
      -- that a plan holding it parses whole, about 37 ms in each session and parallel worker.
      others := regexp_replace(label, '[\x01-\x7f]+', '', 'g');  -- the non-ASCII characters
      FOR step IN 1 .. 16 LOOP  -- few distinct ones: replace each everywhere
        EXIT WHEN others = '';
        other := left(others, 1);
        folded := replace(folded, other, coalesce(stagenorm._unicode_fast_at(other), other));
        others := replace(others, other, '');
      END LOOP;
      IF others <> '' THEN  -- many: one pass over every character
        folded := array_to_string(ARRAY(
                    SELECT coalesce(stagenorm._unicode_fast() OPERATOR(pg_catalog.->>) c, c)
                      FROM unnest(string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
      END IF;
    END IF;
  END IF;
  -- ASCII: lower() is NFKC and case folding of ASCII. C collation: lower() then changes
  -- A-Z only, as Python's does, whatever the database's locale.
  folded := lower(folded COLLATE "C");
  IF folded ~ '[''\u2019\u02bc]' THEN  -- rule 15: d'amorcage
    folded := regexp_replace(folded, stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'elision', ' ', 'g');
  END IF;
  IF folded ~ '[0-9]' THEN  -- amounts of money and years (rule 13)
    FOR step IN 0 .. jsonb_array_length(money) - 1 LOOP  -- a loop of expressions, no query
      amount := money -> step;
      -- the regex only when the text passes its cheap test (_rules_money_patterns): a
      -- character a word needs, or a run of letters that is one of the words
      IF jsonb_array_length(amount) > 1 AND NOT (amount ->> 1 <> '' AND folded ~ (amount ->> 1)) THEN
        IF runs IS NULL THEN
          runs := regexp_split_to_array(folded, '[^a-z]+');
        END IF;
        CONTINUE WHEN NOT (amount -> 2) ?| runs;
      END IF;
      before := folded;
      folded := regexp_replace(folded, amount ->> 0, ' ', 'g');
      IF folded <> before THEN
        -- every pattern holds a number or a year: with no digit left, none can match
        EXIT WHEN folded !~ '[0-9]';
        runs := NULL;
      END IF;
    END LOOP;
  END IF;
  IF faithful THEN  -- the separator table, character by character
    folded := array_to_string(ARRAY(
                SELECT coalesce(stagenorm._unicode_separator() OPERATOR(pg_catalog.->>) c, c)
                  FROM unnest(string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
  END IF;
  -- Runs of separators become one space (text.split() reads them alike); + is a token,
  -- & is "and".
  folded := regexp_replace(folded, stagenorm._unicode_ascii_space() || '+', ' ', 'g');
  IF folded !~ '[0-9+&\x80-\U0010ffff]' AND strpos(folded, glued) = 0 AND strpos(folded, plus) = 0
     AND strpos(folded, pre) = 0 THEN
    RETURN array_remove(string_to_array(folded, ' '), '');  -- ASCII words only: split
  END IF;
  IF strpos(folded, '+') > 0 AND NOT faithful THEN
    folded := replace(folded, '+', ' + ');
  END IF;
  IF strpos(folded, '&') > 0 AND NOT faithful THEN
    folded := replace(folded, '&', ' and ');
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
  -- "series" glued to one letter (and "plus") is split: seriesa -> series a,
  -- seriesaplus -> series a plus; then one letter glued to "plus": aplus -> a plus
  IF strpos(folded, glued) > 0 THEN
    folded := regexp_replace(folded, '(?<![^ ])' || glued || '(' || letter || ')((?:' || plus || ')?)(?![^ ])',
                             glued || ' \1 \2', 'g');
  END IF;
  IF strpos(folded, plus) > 0 THEN
    folded := regexp_replace(folded, '(?<![^ ])(' || letter || ')' || plus || '(?![^ ])', '\1 ' || plus, 'g');
  END IF;
  -- "pre" glued to a series letter: prea -> pre a (PreA轮)
  IF strpos(folded, pre) > 0 THEN
    folded := regexp_replace(folded, '(?<![^ ])' || pre || '([' || (stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'pre_letters')
                                     || '])(?![^ ])', pre || ' \1', 'g');
  END IF;
  -- text.split(): the tables left one kind of space
  RETURN array_remove(string_to_array(folded, ' '), '');
END
$$;
COMMENT ON FUNCTION stagenorm._rules_tokens(text, jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._tokens): the folded tokens of a label, amounts of money and years (the taxonomy''s regexes) dropped.';
