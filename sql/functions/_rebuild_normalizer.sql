-- Bumps the taxonomy version and regenerates the normalizer: _rules_py with the rules
-- module and the taxonomy embedded, and normalize_stage, an inlinable SQL function whose
-- fast path is a constant map of frequent raw labels (computed by the rules themselves,
-- so it cannot disagree with them) and whose slow path is _rules_py.
CREATE FUNCTION stagenorm._rebuild_normalizer() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  new_version integer;
  rules_b64 text;
  taxonomy_b64 text;
  body text;
  fast jsonb;
BEGIN
  UPDATE stagenorm.taxonomy_state
     SET version = version + 1, changed_at = now()
  RETURNING version INTO new_version;

  SELECT translate(encode(convert_to(source, 'UTF8'), 'base64'), E'\n', '')
    INTO rules_b64 FROM stagenorm.python_module WHERE name = 'rules';
  SELECT translate(encode(convert_to(jsonb_build_object(
           'stages', (SELECT jsonb_agg(to_jsonb(s) ORDER BY s.position) FROM stagenorm.stage AS s),
           'aliases', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                         'alias', a.alias, 'stage', a.stage_key, 'decorable', a.decorable)
                         ORDER BY a.alias), '[]') FROM stagenorm.stage_alias AS a),
           'words', (SELECT coalesce(jsonb_agg(to_jsonb(w) ORDER BY w.word), '[]')
                       FROM stagenorm.taxonomy_word AS w))::text, 'UTF8'), 'base64'), E'\n', '')
    INTO taxonomy_b64;

  SELECT p.prosrc INTO body FROM pg_catalog.pg_proc AS p
   WHERE p.oid = 'stagenorm._rules_py(text, text, integer, text, double precision)'::regprocedure;
  body := regexp_replace(body, '^(\s*)EMBEDDED = [^\n]*$',
            format('\1EMBEDDED = (%s, "%s", "%s")', new_version, rules_b64, taxonomy_b64), 'n');
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm._rules_py(op text, arg text, taxonomy_version integer, '
    'scale text DEFAULT %L, tolerance double precision DEFAULT 0.01) RETURNS text '
    'LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE COST 5 AS %L', 'auto', body);

  fast := stagenorm._rules_py('fastmap', NULL, new_version)::jsonb;
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.normalize_stage(label text) RETURNS text '
    'LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
    format(
      'SELECT NULLIF(COALESCE(%L::jsonb ->> label, stagenorm._rules_py(%L, label, %s)), %L)',
      fast, 'normalize', new_version, ''));
  RETURN new_version;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._rebuild_normalizer() FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._rebuild_normalizer() IS
  'Private: bump the taxonomy version and regenerate _rules_py and normalize_stage. Indexes on normalize_stage(...) need REINDEX afterwards.';
