-- Portable rules: mirrors rules._allowed_distance. Edit distance accepted for a
-- suggestion, by the length of what was typed.
CREATE FUNCTION stagenorm._rules_allowed_distance(length integer) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE WHEN length <= 2 THEN 0 WHEN length <= 4 THEN 1 WHEN length <= 8 THEN 2 ELSE 3 END
$$;
COMMENT ON FUNCTION stagenorm._rules_allowed_distance(integer) IS
  'Private (portable rules, mirrors rules._allowed_distance): edit distance accepted for a suggestion.';
