-- Portable rules (no Python twin: a shortcut of _rules_tokens). The cheap test that any
-- amount built from `words` (folded currency or magnitude words) passes, as
-- _rules_money_patterns says: [symbols, letters], or [] (no such test) when a word has
-- no character other than a-z, 0-9 and space yet is not made of letters a-z alone.
CREATE FUNCTION stagenorm._rules_money_gate(words text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE WHEN EXISTS (SELECT FROM unnest(words) AS w
                            WHERE w !~ '^[a-z]+$' AND w ~ '^[a-z0-9 ]+$')
              THEN '[]'::jsonb
              ELSE jsonb_build_array(
                     coalesce((SELECT '[' || string_agg(DISTINCT '\U' || lpad(to_hex(ascii(c)), 8, '0'), '') || ']'
                                 FROM unnest(words) AS w, unnest(string_to_array(w, NULL)) AS c
                                WHERE c !~ '[a-z0-9 ]'), ''),
                     coalesce((SELECT jsonb_object_agg(w, true) FROM unnest(words) AS w
                                WHERE w ~ '^[a-z]+$'), '{}'))
         END
$$;
COMMENT ON FUNCTION stagenorm._rules_money_gate(text[]) IS
  'Private (portable rules): the cheap pre-test of the amounts built from currency or magnitude words (symbols, letter runs), or [] for none.';
