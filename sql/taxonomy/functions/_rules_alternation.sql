-- Portable rules: mirrors rules._alternation (and _word_pattern). One regex group matching
-- any of the folded words in folded text: plain ASCII words share one pair of boundaries
-- (no letter or digit glued to them; glued: a number may come right before), the others
-- get their own, their tokens joined by any separators (the constant gap).
CREATE FUNCTION stagenorm._rules_alternation(words text[], glued boolean) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  WITH w AS (
    SELECT DISTINCT w.word, w.word ~ '^[A-Za-z0-9]+$' AS plain,
           -- re.escape: ASCII punctuation and spaces get a backslash
           (SELECT pg_catalog.string_agg(pg_catalog.regexp_replace(t.token, '([^A-Za-z0-9\x80-\U0010ffff])', '\\\1', 'g'),
                                         stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'gap' ORDER BY t.n)
              FROM pg_catalog.unnest(pg_catalog.string_to_array(w.word, ' ')) WITH ORDINALITY AS t(token, n)) AS body
      FROM pg_catalog.unnest(words) AS w(word)
  )
  SELECT '(?:' || pg_catalog.array_to_string(
           ARRAY(SELECT CASE WHEN glued THEN '' ELSE '(?<![a-z0-9])' END || '(?:'
                        || pg_catalog.string_agg(w.body, '|' ORDER BY pg_catalog.length(w.word) DESC, w.word COLLATE "C")
                        || ')(?![a-z0-9])'
                   FROM w WHERE w.plain HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 0)
           || ARRAY(SELECT CASE WHEN NOT glued AND pg_catalog.left(w.word, 1) ~ '^[A-Za-z0-9]' THEN '(?<![a-z0-9])' ELSE '' END
                           || w.body
                           || CASE WHEN pg_catalog.right(w.word, 1) ~ '^[A-Za-z0-9]' THEN '(?![a-z0-9])' ELSE '' END
                      FROM w WHERE NOT w.plain
                     ORDER BY pg_catalog.length(w.word) DESC, w.word COLLATE "C"), '|') || ')'
$$;
COMMENT ON FUNCTION stagenorm._rules_alternation(text[], boolean) IS
  'Private (portable rules, mirrors rules._alternation): a regex group matching any of the folded words in folded text.';
