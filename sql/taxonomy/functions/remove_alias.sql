-- Removes an alias from the taxonomy: refuses when a canonical key or display name would
-- stop reading as itself, checks that the resulting taxonomy loads, writes taxonomy_audit
-- and rebuilds normalize_stage, so every later statement in every session stops reading
-- the alias. Lists the indexes and stored values that used the old normalizer.
CREATE FUNCTION stagenorm.remove_alias(
  alias text,
  actor text,
  reason text
) RETURNS stagenorm.taxonomy_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
-- No parallel plans inside: the 'validate' check reads tables, which a parallel worker
-- cannot do from PL/Python (force_parallel_mode would otherwise send it to one).
-- The rules come from stagenorm._rules: PL/Python or the portable implementation.
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
  folded text;
  version_now integer;
  removed_count integer;
  removed_stage text;
  broken text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF remove_alias.actor IS NULL OR remove_alias.actor !~ '[^[:space:]]' OR length(remove_alias.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF remove_alias.reason IS NULL OR remove_alias.reason !~ '[^[:space:]]' OR length(remove_alias.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''"scale" means company size in our CRM''';
  END IF;
  IF remove_alias.alias IS NULL OR length(remove_alias.alias) > 1000 THEN
    RAISE EXCEPTION 'alias must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the alias as listed in stagenorm.stage_alias';
  END IF;

  -- One taxonomy change at a time.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  version_now := stagenorm._taxonomy_version();
  folded := stagenorm._rules('fold', remove_alias.alias, version_now);
  -- Rows are stored folded, but one written around add_alias may not be: compare folded
  -- forms, and remove every row that reads as this alias.
  WITH gone AS (
    DELETE FROM stagenorm.stage_alias AS a
     WHERE a.alias = folded OR stagenorm._rules('fold', a.alias, version_now) = folded
    RETURNING a.stage_key
  )
  SELECT count(*), min(gone.stage_key) INTO removed_count, removed_stage FROM gone;
  IF removed_count = 0 THEN
    RAISE EXCEPTION 'no alias %', quote_literal(left(folded, 80))
      USING ERRCODE = 'SN003',
            HINT = 'the aliases are: SELECT alias, stage_key FROM stagenorm.stage_alias ORDER BY alias';
  END IF;

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules('validate', NULL, version_now);
  new_version := stagenorm._rebuild_normalizer();

  -- Canonical keys and display names must keep reading as their stage: data that is
  -- already canonical would otherwise turn unknown (and be rejected in enforce mode).
  SELECT string_agg(quote_literal(s.label), ', ' ORDER BY s.label) INTO broken
    FROM (SELECT st.key AS label, st.key FROM stagenorm.stage AS st
          UNION ALL
          SELECT st.display_name, st.key FROM stagenorm.stage AS st) AS s
   WHERE stagenorm.normalize_stage(s.label) IS DISTINCT FROM s.key;
  IF broken IS NOT NULL THEN
    RAISE EXCEPTION 'removing alias % would leave % unknown', quote_literal(folded), broken
      USING ERRCODE = 'SN009',
            DETAIL = 'canonical keys and display names must always read as their stage',
            HINT = 'keep this alias';
  END IF;

  INSERT INTO stagenorm.taxonomy_audit AS t (action, alias, stage_key, actor, reason, version)
  VALUES ('remove_alias', folded, removed_stage,
          btrim(remove_alias.actor, E' \t\r\n'),
          btrim(remove_alias.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.remove_alias(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.remove_alias(text, text, text) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.remove_alias(text, text, text) IS
  'Remove an alias (given in any spelling that folds to it), audited in taxonomy_audit, effective for every later statement in every session. Raises SN003 for a blank actor/reason or no such alias, SN009 when a canonical key or display name would stop reading as its stage or the taxonomy would not load. Returns the audit row. Needs stagenorm_admin. NOTICE lists indexes, generated columns and materialized views using normalize_stage: REINDEX/refresh them. See docs/sql/add_alias.md.';
