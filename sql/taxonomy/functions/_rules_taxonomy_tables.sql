-- Portable rules: the taxonomy tables as this transaction sees them, compiled by
-- _rules_taxonomy (SN009 when they would not load): what rules.Taxonomy.from_rows
-- gets from the same tables in _rules_py's 'validate'.
CREATE FUNCTION stagenorm._rules_taxonomy_tables(version integer) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT stagenorm._rules_taxonomy(
    (SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
              'key', s.key, 'display_name', s.display_name, 'position', s.position) ORDER BY s.position)
       FROM stagenorm.stage AS s),
    (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
              'alias', a.alias, 'stage', a.stage_key, 'decorable', a.decorable)
              ORDER BY a.alias COLLATE "C"), '[]')
       FROM stagenorm.stage_alias AS a),
    (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
              'word', w.word, 'kind', w.kind, 'means', pg_catalog.to_jsonb(w.means)) ORDER BY w.word COLLATE "C"), '[]')
       FROM stagenorm.taxonomy_word AS w),
    version)
$$;
COMMENT ON FUNCTION stagenorm._rules_taxonomy_tables(integer) IS
  'Private (portable rules, mirrors rules.Taxonomy.from_rows over the tables): the taxonomy tables compiled, or SN009.';
