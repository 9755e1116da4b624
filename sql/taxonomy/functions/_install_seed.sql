-- Installs or upgrades the seed: the rules module and the taxonomy data file.
-- Stages are upserted; aliases and words the operator changed are kept (one removed
-- with remove_alias or remove_word stays removed).
CREATE FUNCTION stagenorm._install_seed(rules_source text, taxonomy jsonb) RETURNS integer
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
BEGIN
  INSERT INTO stagenorm.python_module (name, source, sha256)
  VALUES ('rules', rules_source, encode(sha256(convert_to(rules_source, 'UTF8')), 'hex'))
  ON CONFLICT (name) DO UPDATE SET source = excluded.source, sha256 = excluded.sha256;

  INSERT INTO stagenorm.taxonomy_state DEFAULT VALUES ON CONFLICT DO NOTHING;

  INSERT INTO stagenorm.stage (key, display_name, position)
  SELECT s->>'key', s->>'display_name', (s->>'position')::integer
    FROM jsonb_array_elements(taxonomy->'stages') AS s
  ON CONFLICT (key) DO UPDATE SET display_name = excluded.display_name, position = excluded.position;

  -- An alias an operator removed stays removed: its last audited action wins.
  INSERT INTO stagenorm.stage_alias (alias, stage_key, decorable, created_by)
  SELECT a->>'alias', a->>'stage', coalesce((a->>'decorable')::boolean, false), 'seed'
    FROM jsonb_array_elements(taxonomy->'aliases') AS a
   WHERE coalesce((SELECT t.action FROM stagenorm.taxonomy_audit AS t
                    WHERE t.alias = a->>'alias' AND t.action IN ('add_alias', 'remove_alias')
                    ORDER BY t.id DESC LIMIT 1), 'add_alias') <> 'remove_alias'
  ON CONFLICT (alias) DO NOTHING;

  INSERT INTO stagenorm.taxonomy_word (word, kind, means)
  SELECT w->>'word', w->>'kind',
         CASE WHEN w ? 'means' THEN ARRAY(SELECT jsonb_array_elements_text(w->'means')) END
    FROM jsonb_array_elements(taxonomy->'words') AS w
   WHERE coalesce((SELECT t.action FROM stagenorm.taxonomy_audit AS t
                    WHERE t.word = w->>'word' AND t.action IN ('add_word', 'remove_word')
                    ORDER BY t.id DESC LIMIT 1), 'add_word') <> 'remove_word'
  ON CONFLICT (word) DO NOTHING;

  INSERT INTO stagenorm.taxonomy_audit (action, actor, reason, version)
  VALUES ('seed', 'migration', format('taxonomy.json version %s', taxonomy->>'version'),
          (SELECT version FROM stagenorm.taxonomy_state) + 1);

  RETURN stagenorm._rebuild_normalizer();
END
$$;
REVOKE ALL ON FUNCTION stagenorm._install_seed(text, jsonb) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._install_seed(text, jsonb) IS
  'Private: install the rules module and the taxonomy data (used by migrations).';
