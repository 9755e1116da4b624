-- Portable rules: mirrors rules.fold_text. The folded form of a label as one string
-- (tokens joined by one space): the form in which aliases are stored.
CREATE FUNCTION stagenorm._rules_fold_text(label text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT pg_catalog.array_to_string(stagenorm._rules_fold(label), ' ') $$;
COMMENT ON FUNCTION stagenorm._rules_fold_text(text) IS
  'Private (portable rules, mirrors rules.fold_text): the folded form of a label, tokens joined by one space.';
