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
-- No SET clause: it is called once per label the constant map misses, and a SET clause
-- costs a call more than a microsecond (saving and restoring the setting). Instead every
-- name, type, cast, collation and operator in it is schema-qualified, and no construct
-- that looks "=" up by name (IN, BETWEEN, CASE x WHEN) is used (tests/test_search_path.py,
-- UNPINNED, checks the body): the caller's search_path changes nothing it does.
-- The planner's estimate per call inside normalize_stage, where the constant map answers
-- most labels first (as _rules_py's COST 5 for both): the default 100 makes plans over
-- big tables pay for JIT compilation (measured on 1M labels: 4.50x -> 4.01x).
COST 3
AS $$
DECLARE
  folded pg_catalog.text;
  digits pg_catalog.text;   -- a regex matching one decimal digit (\d of rules._DIGIT_RUNS)
  other pg_catalog.text;    -- a regex matching one character that is neither a digit nor a space
  others pg_catalog.text;
  step pg_catalog.int4;
  faithful pg_catalog.bool := false;
  amount pg_catalog.jsonb;  -- [regex] or [regex, symbols, letters] (_rules_money_patterns)
  before pg_catalog.text;
  runs pg_catalog.text[];   -- the runs of letters of the text, once needed
  letter pg_catalog.text;   -- a regex matching one letter (str.isalpha)
  -- the constants as expressions of constants: each plan holds the value (no copy per call)
  glued constant pg_catalog.text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_series';
  plus constant pg_catalog.text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_plus';
  pre constant pg_catalog.text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_pre';
BEGIN
  IF pg_catalog.strpos(label, '\') OPERATOR(pg_catalog.>) 0 THEN  -- escapes left in exported text (rule 13)
    label := pg_catalog.regexp_replace(label, stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'escapes', ' ', 'g');
  END IF;
  folded := label;
  IF pg_catalog.octet_length(label) OPERATOR(pg_catalog.<>) pg_catalog.length(label) THEN
    IF label OPERATOR(pg_catalog.~) stagenorm._unicode_complex() OR label OPERATOR(pg_catalog.~) stagenorm._unicode_pretext() THEN
      folded := stagenorm._fold_faithful(label);  -- separators come after amounts, below
      faithful := true;
    ELSE
      -- Not ASCII, but folded character by character (exact for these labels:
      -- stagenorm/unicode_data.py): each non-ASCII character by its row of _unicode_fast(),
      -- then the ASCII ones as below (which leaves the folded forms as they are).
      -- _unicode_fast_at reads one block of the table: _unicode_fast() is one constant
      -- that a plan holding it parses whole, about 37 ms in each session and parallel worker.
      others := pg_catalog.regexp_replace(label, '[\x01-\x7f]+', '', 'g');  -- the non-ASCII characters
      FOR step IN 1 .. 16 LOOP  -- few distinct ones: replace each everywhere
        EXIT WHEN others OPERATOR(pg_catalog.=) '';
        other := pg_catalog.left(others, 1);
        folded := pg_catalog.replace(folded, other, coalesce(stagenorm._unicode_fast_at(other), other));
        others := pg_catalog.replace(others, other, '');
      END LOOP;
      IF others OPERATOR(pg_catalog.<>) '' THEN  -- many: one pass over every character
        folded := pg_catalog.array_to_string(ARRAY(
                    SELECT coalesce(stagenorm._unicode_fast() OPERATOR(pg_catalog.->>) c, c)
                      FROM pg_catalog.unnest(pg_catalog.string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
      END IF;
    END IF;
  END IF;
  -- ASCII: lower() is NFKC and case folding of ASCII. C collation: lower() then changes
  -- A-Z only, as Python's does, whatever the database's locale.
  folded := pg_catalog.lower(folded COLLATE pg_catalog."C");
  IF folded OPERATOR(pg_catalog.~) '[''\u2019\u02bc]' THEN  -- rule 15: d'amorcage
    folded := pg_catalog.regexp_replace(folded, stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'elision', ' ', 'g');
  END IF;
  IF folded OPERATOR(pg_catalog.~) '[0-9]' THEN  -- amounts of money and years (rule 13)
    FOR step IN 0 .. pg_catalog.jsonb_array_length(money) OPERATOR(pg_catalog.-) 1 LOOP  -- a loop of expressions, no query
      amount := money OPERATOR(pg_catalog.->) step;
      -- the regex only when the text passes its cheap test (_rules_money_patterns): a
      -- character a word needs, or a run of letters that is one of the words
      IF pg_catalog.jsonb_array_length(amount) OPERATOR(pg_catalog.>) 1
         AND NOT (amount OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.<>) ''
                  AND folded OPERATOR(pg_catalog.~) (amount OPERATOR(pg_catalog.->>) 1)) THEN
        IF runs IS NULL THEN
          runs := pg_catalog.regexp_split_to_array(folded, '[^a-z]+');
        END IF;
        CONTINUE WHEN NOT ((amount OPERATOR(pg_catalog.->) 2) OPERATOR(pg_catalog.?|) runs);
      END IF;
      before := folded;
      folded := pg_catalog.regexp_replace(folded, amount OPERATOR(pg_catalog.->>) 0, ' ', 'g');
      IF folded OPERATOR(pg_catalog.<>) before THEN
        -- every pattern holds a number or a year: with no digit left, none can match
        EXIT WHEN folded OPERATOR(pg_catalog.!~) '[0-9]';
        runs := NULL;
      END IF;
    END LOOP;
  END IF;
  IF faithful THEN  -- the separator table, character by character
    folded := pg_catalog.array_to_string(ARRAY(
                SELECT coalesce(stagenorm._unicode_separator() OPERATOR(pg_catalog.->>) c, c)
                  FROM pg_catalog.unnest(pg_catalog.string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
  END IF;
  -- Runs of separators become one space (text.split() reads them alike); + is a token,
  -- & is "and".
  folded := pg_catalog.regexp_replace(folded, stagenorm._unicode_ascii_space() OPERATOR(pg_catalog.||) '+', ' ', 'g');
  IF folded OPERATOR(pg_catalog.!~) '[0-9+&\x80-\U0010ffff]' AND pg_catalog.strpos(folded, glued) OPERATOR(pg_catalog.=) 0
     AND pg_catalog.strpos(folded, plus) OPERATOR(pg_catalog.=) 0 AND pg_catalog.strpos(folded, pre) OPERATOR(pg_catalog.=) 0 THEN
    RETURN pg_catalog.array_remove(pg_catalog.string_to_array(folded, ' '), '');  -- ASCII words only: split
  END IF;
  IF pg_catalog.strpos(folded, '+') OPERATOR(pg_catalog.>) 0 AND NOT faithful THEN
    folded := pg_catalog.replace(folded, '+', ' + ');
  END IF;
  IF pg_catalog.strpos(folded, '&') OPERATOR(pg_catalog.>) 0 AND NOT faithful THEN
    folded := pg_catalog.replace(folded, '&', ' and ');
  END IF;
  -- Folded text is mostly ASCII (Série -> serie): then the classes are [0-9] and [a-z]
  -- (no upper case is left), whose regexes are far cheaper than the full Unicode ones.
  IF pg_catalog.octet_length(folded) OPERATOR(pg_catalog.=) pg_catalog.length(folded) THEN
    digits := '[0-9]';
    letter := '[a-z]';
  ELSE
    digits := stagenorm._unicode_decimal();
    letter := stagenorm._unicode_alpha();
  END IF;
  -- _DIGIT_RUNS: letters and digits split apart (a space where a run of digits starts or ends)
  other := '[^ ' OPERATOR(pg_catalog.||) pg_catalog.substr(digits, 2);
  IF folded OPERATOR(pg_catalog.~) (digits OPERATOR(pg_catalog.||) other OPERATOR(pg_catalog.||) '|'
                                    OPERATOR(pg_catalog.||) other OPERATOR(pg_catalog.||) digits) THEN
    IF pg_catalog.length(folded) OPERATOR(pg_catalog.<) 10000 THEN
      folded := pg_catalog.regexp_replace(
                  pg_catalog.regexp_replace(folded, '(' OPERATOR(pg_catalog.||) digits OPERATOR(pg_catalog.||) ')('
                                                    OPERATOR(pg_catalog.||) other OPERATOR(pg_catalog.||) ')', '\1 \2', 'g'),
                  '(' OPERATOR(pg_catalog.||) other OPERATOR(pg_catalog.||) ')(' OPERATOR(pg_catalog.||) digits
                  OPERATOR(pg_catalog.||) ')', '\1 \2', 'g');
    ELSE  -- the same, linear in the length (regexp_replace is not, with a million matches)
      folded := pg_catalog.array_to_string(ARRAY(
        SELECT CASE WHEN d.digit OPERATOR(pg_catalog.<>) pg_catalog.lag(d.digit) OVER (ORDER BY d.n)
                    THEN ' ' OPERATOR(pg_catalog.||) d.c ELSE d.c END
          FROM (SELECT t.c, t.n,
                       CASE WHEN digits OPERATOR(pg_catalog.=) '[0-9]'
                            THEN pg_catalog.ascii(t.c) OPERATOR(pg_catalog.>=) 48 AND pg_catalog.ascii(t.c) OPERATOR(pg_catalog.<=) 57
                            ELSE t.c OPERATOR(pg_catalog.~) digits END AS digit
                  FROM pg_catalog.unnest(pg_catalog.string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n)) AS d
         ORDER BY d.n), '');
    END IF;
  END IF;
  -- "series" glued to one letter (and "plus") is split: seriesa -> series a,
  -- seriesaplus -> series a plus; then one letter glued to "plus": aplus -> a plus
  IF pg_catalog.strpos(folded, glued) OPERATOR(pg_catalog.>) 0 THEN
    folded := pg_catalog.regexp_replace(folded, '(?<![^ ])' OPERATOR(pg_catalog.||) glued OPERATOR(pg_catalog.||) '('
                                                OPERATOR(pg_catalog.||) letter OPERATOR(pg_catalog.||) ')((?:'
                                                OPERATOR(pg_catalog.||) plus OPERATOR(pg_catalog.||) ')?)(?![^ ])',
                                        glued OPERATOR(pg_catalog.||) ' \1 \2', 'g');
  END IF;
  IF pg_catalog.strpos(folded, plus) OPERATOR(pg_catalog.>) 0 THEN
    folded := pg_catalog.regexp_replace(folded, '(?<![^ ])(' OPERATOR(pg_catalog.||) letter OPERATOR(pg_catalog.||) ')'
                                                OPERATOR(pg_catalog.||) plus OPERATOR(pg_catalog.||) '(?![^ ])',
                                        '\1 ' OPERATOR(pg_catalog.||) plus, 'g');
  END IF;
  -- "pre" glued to a series letter: prea -> pre a (PreA轮)
  IF pg_catalog.strpos(folded, pre) OPERATOR(pg_catalog.>) 0 THEN
    folded := pg_catalog.regexp_replace(folded, '(?<![^ ])' OPERATOR(pg_catalog.||) pre OPERATOR(pg_catalog.||) '(['
                                                OPERATOR(pg_catalog.||) (stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'pre_letters')
                                                OPERATOR(pg_catalog.||) '])(?![^ ])',
                                        pre OPERATOR(pg_catalog.||) ' \1', 'g');
  END IF;
  -- text.split(): the tables left one kind of space
  RETURN pg_catalog.array_remove(pg_catalog.string_to_array(folded, ' '), '');
END
$$;
COMMENT ON FUNCTION stagenorm._rules_tokens(text, jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._tokens): the folded tokens of a label, amounts of money and years (the taxonomy''s regexes) dropped.';
