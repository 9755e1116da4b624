-- Portable rules: mirrors rules._money_patterns. The regexes of amounts of money and years
-- (rule 13), built from the taxonomy's currency and magnitude words, applied in this
-- order: a currency, then a number and its magnitudes; a number, a magnitude (any, also
-- spaced), then a currency; a number and its magnitudes (a one-letter magnitude such as
-- m only glued to the number); a year from 1990 to 2099.
-- Each comes as [regex] or, when the words it needs allow a cheap test, [regex, symbols,
-- letters] (_rules_tokens runs the regex only when that test passes): every match holds
-- one of the words, and each token of a word stands in it literally. So a word of
-- letters a-z alone is a whole run of letters in the text (its pattern wants no letter or
-- digit next to it, a magnitude may follow digits: they are not letters): letters, an
-- object of those words, holds one of the text's runs of letters; a word with a character
-- other than a-z, 0-9 and space shows it: symbols, a bracket expression of those
-- characters, matches. A word of letters and digits, or of several tokens of them alone,
-- has neither: its pattern comes bare. (rules.py has no such test: its regexes are fast.)
CREATE FUNCTION stagenorm._rules_money_patterns(currencies text[], magnitudes text[]) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  constants constant jsonb := stagenorm._rules_constants();
  gap constant text := constants ->> 'gap';
  number_ constant text := constants ->> 'number';
  glued text[] := ARRAY(SELECT m FROM unnest(magnitudes) AS m
                         WHERE length(m) = 1 AND octet_length(m) = 1 ORDER BY m COLLATE "C");
  spaced text[] := ARRAY(SELECT m FROM unnest(magnitudes) AS m
                          WHERE NOT (length(m) = 1 AND octet_length(m) = 1));
  parts text[] := '{}';
  magnitude text := '';
  tail text := '';
  cur text;
  spelled text := '';
  start constant text := '(?<![a-z0-9.,])';
  amounts jsonb[] := '{}';
BEGIN
  IF cardinality(spaced) > 0 THEN
    parts := parts || (gap || stagenorm._rules_alternation(spaced, true));
  END IF;
  IF cardinality(glued) > 0 THEN
    parts := parts || ('(?:' || array_to_string(ARRAY(
               SELECT regexp_replace(g, '([^A-Za-z0-9\x80-\U0010ffff])', '\\\1', 'g') FROM unnest(glued) AS g), '|')
             || ')(?![a-z0-9])');
  END IF;
  IF cardinality(parts) > 0 THEN
    magnitude := '(?:' || array_to_string(parts, '|') || ')+';
    tail := '(?:' || magnitude || ')?';
  END IF;
  IF cardinality(currencies) > 0 THEN
    cur := stagenorm._rules_alternation(currencies, false);
    amounts := amounts || (to_jsonb(ARRAY[cur || gap || number_ || tail]) || stagenorm._rules_money_gate(currencies));
    IF cardinality(magnitudes) > 0 THEN
      spelled := '(?:' || gap || stagenorm._rules_alternation(magnitudes, true) || ')?';
    END IF;
    amounts := amounts || (to_jsonb(ARRAY[start || number_ || spelled || gap || cur]) || stagenorm._rules_money_gate(currencies));
  END IF;
  IF magnitude <> '' THEN
    amounts := amounts || (to_jsonb(ARRAY[start || number_ || magnitude]) || stagenorm._rules_money_gate(magnitudes));
  END IF;
  amounts := amounts || jsonb_build_array(constants ->> 'year');
  RETURN to_jsonb(amounts);
END
$$;
COMMENT ON FUNCTION stagenorm._rules_money_patterns(text[], text[]) IS
  'Private (portable rules, mirrors rules._money_patterns): the regexes of amounts of money and years, from the currency and magnitude words, each with its cheap pre-test.';
