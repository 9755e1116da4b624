-- Adds an operator's alias to the taxonomy: folds it with the rules, refuses one that
-- already means another stage, checks that the resulting taxonomy loads, writes
-- taxonomy_audit and rebuilds normalize_stage, so every later statement in every session
-- reads the alias without a redeploy. Lists the indexes and stored values that used the
-- old normalizer (they need REINDEX or a refresh).
CREATE FUNCTION stagenorm.add_alias(
  alias text,
  stage text,
  actor text,
  reason text,
  decorable boolean DEFAULT false
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
  existing stagenorm.stage_alias;
  probe text;
  meaning text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF add_alias.actor IS NULL OR add_alias.actor !~ '[^[:space:]]' OR length(add_alias.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF add_alias.reason IS NULL OR add_alias.reason !~ '[^[:space:]]' OR length(add_alias.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''CRM exports "Seedling" for seed rounds''';
  END IF;
  IF add_alias.alias IS NULL OR length(add_alias.alias) > 1000 THEN
    RAISE EXCEPTION 'alias must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the label as users write it, e.g. ''Seedling''';
  END IF;
  IF add_alias.decorable IS NULL THEN
    RAISE EXCEPTION 'decorable must be true or false'
      USING ERRCODE = 'SN003', HINT = 'leave it out: it defaults to false';
  END IF;

  -- One taxonomy change at a time: the checks below then see every earlier change.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  IF add_alias.stage IS NULL
     OR NOT EXISTS (SELECT FROM stagenorm.stage AS s WHERE s.key = add_alias.stage) THEN
    RAISE EXCEPTION 'unknown stage %', coalesce(quote_literal(left(add_alias.stage, 80)), 'NULL')
      USING ERRCODE = 'SN003',
            HINT = 'stage is a canonical key: '
                   || (SELECT string_agg(s.key, ', ' ORDER BY s.position) FROM stagenorm.stage AS s);
  END IF;

  folded := stagenorm._rules('fold', add_alias.alias, stagenorm._taxonomy_version());
  IF folded = '' THEN
    RAISE EXCEPTION 'alias % is empty once folded', quote_literal(left(add_alias.alias, 80))
      USING ERRCODE = 'SN009',
            DETAIL = 'separators, quotes, brackets and format characters are dropped when a label is read',
            HINT = 'an alias needs at least one letter, digit or symbol';
  END IF;
  IF length(folded) > 200 THEN
    RAISE EXCEPTION 'alias is % characters once folded; at most 200 are allowed', length(folded)
      USING ERRCODE = 'SN003', HINT = 'aliases are short labels such as ''seedling''';
  END IF;

  SELECT a.* INTO existing FROM stagenorm.stage_alias AS a WHERE a.alias = folded;
  IF FOUND THEN
    IF existing.stage_key <> add_alias.stage THEN
      RAISE EXCEPTION 'alias % already means %', quote_literal(folded), existing.stage_key
        USING ERRCODE = 'SN009',
              DETAIL = format('stagenorm.stage_alias has %L -> %s', folded, existing.stage_key),
              HINT = format('to move it, first run: SELECT stagenorm.remove_alias(%L, actor, reason)', folded);
    END IF;
    IF existing.decorable <> add_alias.decorable THEN
      RAISE EXCEPTION 'alias % exists with decorable = %', quote_literal(folded), existing.decorable
        USING ERRCODE = 'SN009',
              HINT = 'to change decorable, remove_alias it and add_alias it again (both are audited)';
    END IF;
    RAISE NOTICE 'alias % already means %: nothing changed', quote_literal(folded), existing.stage_key;
    RETURN NULL;
  END IF;

  -- A word of the taxonomy (a filler, a qualifier such as 'venture', a currency...) is
  -- ignored around a stage today: as an alias it would turn 'Seed Venture' into two stages.
  SELECT w.kind INTO meaning FROM stagenorm.taxonomy_word AS w
   WHERE w.word = folded AND w.kind NOT IN ('pre', 'magnitude');
  IF FOUND THEN
    RAISE EXCEPTION 'alias % is a % word of the taxonomy', quote_literal(folded), meaning
      USING ERRCODE = 'SN009',
            DETAIL = 'labels that hold it next to a stage would change what they mean',
            HINT = format('a label with the word and one stage reads as that stage already; to make the word a stage, first run: SELECT stagenorm.remove_word(%L, actor, reason)', folded);
  END IF;

  -- What the rules read today must not change: the alias itself, and (when decorable) the
  -- decorated forms it would start to answer for.
  FOREACH probe IN ARRAY ARRAY[folded]
      || CASE WHEN add_alias.decorable THEN
           ARRAY[folded || ' 2', folded || ' +', folded || ' extension']
           || CASE WHEN length(folded) = 1 THEN
                (SELECT coalesce(array_agg(w.word || ' ' || folded ORDER BY w.word), '{}')
                   FROM stagenorm.taxonomy_word AS w WHERE w.kind = 'series_prefix')
              ELSE '{}' END
         ELSE '{}' END
  LOOP
    meaning := stagenorm.normalize_stage(probe);
    IF meaning IS NOT NULL AND meaning <> add_alias.stage THEN
      RAISE EXCEPTION '%', CASE WHEN probe = folded
                                THEN format('alias %L already reads as %s', folded, meaning)
                                ELSE format('alias %L would change what %L means (%s today)',
                                            folded, probe, meaning) END
        USING ERRCODE = 'SN009',
              DETAIL = 'an alias may only add labels that are unknown today (or already mean its stage)',
              HINT = 'choose another alias, or add it for stage ' || meaning;
    END IF;
  END LOOP;

  INSERT INTO stagenorm.stage_alias (alias, stage_key, decorable, created_by)
  VALUES (folded, add_alias.stage, add_alias.decorable, btrim(add_alias.actor, E' \t\r\n'));

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules('validate', NULL, stagenorm._taxonomy_version());
  new_version := stagenorm._rebuild_normalizer();

  INSERT INTO stagenorm.taxonomy_audit AS t (action, alias, stage_key, actor, reason, version)
  VALUES ('add_alias', folded, add_alias.stage, btrim(add_alias.actor, E' \t\r\n'),
          btrim(add_alias.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.add_alias(text, text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.add_alias(text, text, text, text, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.add_alias(text, text, text, text, boolean) IS
  'Add an alias for a canonical stage (folded first, e.g. ''Seed-ling'' is stored as ''seed ling''), audited in taxonomy_audit, effective for every later statement in every session. decorable: also read with a sub-round number, +, plus, prime, ext(ension). Raises SN003 for an unknown stage or a blank actor/reason, SN009 when the alias already means another stage, is empty once folded, or the taxonomy would not load. Returns the audit row (NULL when the alias already means that stage). Needs stagenorm_admin. NOTICE lists indexes, generated columns and materialized views using normalize_stage: REINDEX/refresh them. See docs/sql/add_alias.md.';
