-- Portable rules: mirrors rules.fold. The folded tokens of a label (reading rules 2, 3
-- and the escapes of 13): _rules_tokens with no amounts of money to drop.
CREATE FUNCTION stagenorm._rules_fold(label text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT stagenorm._rules_tokens(label, '[]'::pg_catalog.jsonb) $$;
COMMENT ON FUNCTION stagenorm._rules_fold(text) IS
  'Private (portable rules, mirrors rules.fold): the folded tokens of a label.';
