-- Portable rules: mirrors rules.normalize_stage. The canonical key of a label under a
-- compiled taxonomy (_rules_taxonomy), or NULL when unknown. The slow path of the
-- generated normalize_stage where PL/Python is not the implementation.
CREATE FUNCTION stagenorm._rules_normalize(label text, taxonomy jsonb) RETURNS text
-- Inlinable into normalize_stage (no SET clause, every name qualified): a SQL function
-- that is not inlined runs an executor per call, which cost more than the rules.
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT stagenorm._rules_read(stagenorm._rules_tokens(label, taxonomy OPERATOR(pg_catalog.->) 'money'), taxonomy) $$;
COMMENT ON FUNCTION stagenorm._rules_normalize(text, jsonb) IS
  'Private (portable rules, mirrors rules.normalize_stage): the canonical key of a label under a compiled taxonomy, or NULL.';
