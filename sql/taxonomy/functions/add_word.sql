-- Teaches the taxonomy a site-specific word that is not a stage (a filler, a qualifier,
-- a currency...: the kinds of taxonomy_word), audited like add_alias and effective for
-- every later statement in every session. Refuses a word that reads as a stage today or
-- is an alias, since as a word it would change what labels holding it mean.
CREATE FUNCTION stagenorm.add_word(
  word text,
  kind text,
  actor text,
  reason text,
  means text[] DEFAULT NULL
) RETURNS stagenorm.taxonomy_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
-- No parallel plans inside: the 'validate' check reads tables (see add_alias).
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
  kinds CONSTANT text[] := ARRAY['filler', 'qualifier', 'currency', 'series_prefix', 'decoration',
                                 'numeral', 'pre', 'magnitude', 'bucket'];
  folded text;
  existing stagenorm.taxonomy_word;
  meaning text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF add_word.actor IS NULL OR add_word.actor !~ '[^[:space:]]' OR length(add_word.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF add_word.reason IS NULL OR add_word.reason !~ '[^[:space:]]' OR length(add_word.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''our CRM writes "Tranche" after the round''';
  END IF;
  IF add_word.word IS NULL OR length(add_word.word) > 1000 THEN
    RAISE EXCEPTION 'word must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the word as users write it, e.g. ''Tranche''';
  END IF;
  IF add_word.kind IS NULL OR NOT add_word.kind = ANY (kinds) THEN
    RAISE EXCEPTION 'unknown word kind %', coalesce(quote_literal(left(add_word.kind, 80)), 'NULL')
      USING ERRCODE = 'SN003',
            HINT = 'kind is one of: ' || array_to_string(kinds, ', ')
                   || ' (docs/taxonomy.md says what each does)';
  END IF;
  IF add_word.means IS NOT NULL AND (add_word.kind NOT IN ('qualifier', 'bucket')
      OR cardinality(add_word.means) = 0 OR array_position(add_word.means, NULL) IS NOT NULL
      OR EXISTS (SELECT FROM unnest(add_word.means) AS m(key)
                  WHERE NOT EXISTS (SELECT FROM stagenorm.stage AS s WHERE s.key = m.key))) THEN
    RAISE EXCEPTION 'means must list canonical stage keys, for a qualifier or bucket word'
      USING ERRCODE = 'SN003',
            HINT = 'stage keys: ' || (SELECT string_agg(s.key, ', ' ORDER BY s.position) FROM stagenorm.stage AS s);
  END IF;
  IF add_word.kind = 'bucket' AND add_word.means IS NULL THEN
    RAISE EXCEPTION 'a bucket word needs means: the stages a label holding it may be'
      USING ERRCODE = 'SN003', HINT = 'e.g. means => ARRAY[''pre_seed'', ''seed'']';
  END IF;

  -- One taxonomy change at a time: the checks below then see every earlier change.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  folded := stagenorm._rules('fold', add_word.word, stagenorm._taxonomy_version());
  IF folded = '' THEN
    RAISE EXCEPTION 'word % is empty once folded', quote_literal(left(add_word.word, 80))
      USING ERRCODE = 'SN009',
            DETAIL = 'separators, quotes, brackets and format characters are dropped when a label is read',
            HINT = 'a word needs at least one letter, digit or symbol';
  END IF;
  IF length(folded) > 200 THEN
    RAISE EXCEPTION 'word is % characters once folded; at most 200 are allowed', length(folded)
      USING ERRCODE = 'SN003', HINT = 'words are short, such as ''tranche''';
  END IF;

  SELECT w.* INTO existing FROM stagenorm.taxonomy_word AS w WHERE w.word = folded;
  IF FOUND THEN
    IF existing.kind = add_word.kind AND existing.means IS NOT DISTINCT FROM add_word.means THEN
      RAISE NOTICE 'word % is a % word already: nothing changed', quote_literal(folded), existing.kind;
      RETURN NULL;
    END IF;
    RAISE EXCEPTION 'word % is a % word already', quote_literal(folded), existing.kind
      USING ERRCODE = 'SN009',
            HINT = format('to change it, first run: SELECT stagenorm.remove_word(%L, actor, reason)', folded);
  END IF;
  SELECT a.stage_key INTO meaning FROM stagenorm.stage_alias AS a WHERE a.alias = folded;
  IF FOUND THEN
    RAISE EXCEPTION 'word % is an alias of %', quote_literal(folded), meaning
      USING ERRCODE = 'SN009',
            DETAIL = 'a word is not a stage; an alias is',
            HINT = format('to make it a word, first run: SELECT stagenorm.remove_alias(%L, actor, reason)', folded);
  END IF;
  -- A word that reads as a stage ('seed round') would stop labels that hold it from
  -- reading as that stage.
  meaning := stagenorm.normalize_stage(folded);
  IF meaning IS NOT NULL THEN
    RAISE EXCEPTION 'word % reads as %', quote_literal(folded), meaning
      USING ERRCODE = 'SN009',
            DETAIL = 'a word may only be text that is unknown today',
            HINT = 'a site-specific spelling of a stage is an alias: SELECT stagenorm.add_alias(...)';
  END IF;

  INSERT INTO stagenorm.taxonomy_word (word, kind, means)
  VALUES (folded, add_word.kind, add_word.means);

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules('validate', NULL, stagenorm._taxonomy_version());
  new_version := stagenorm._rebuild_normalizer();

  INSERT INTO stagenorm.taxonomy_audit AS t (action, word, kind, actor, reason, version)
  VALUES ('add_word', folded, add_word.kind, btrim(add_word.actor, E' \t\r\n'),
          btrim(add_word.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.add_word(text, text, text, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.add_word(text, text, text, text, text[]) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.add_word(text, text, text, text, text[]) IS
  'Teach the taxonomy a site-specific word that is not a stage (kind filler, qualifier, currency, series_prefix, decoration, numeral, pre, magnitude or bucket; means: the stages a qualifier or bucket word spans), folded first, audited in taxonomy_audit, effective for every later statement in every session. Raises SN003 for a bad kind, means, actor or reason, SN009 when the word reads as a stage, is an alias, is another kind of word already, or the taxonomy would not load. Returns the audit row (NULL when nothing changed). Needs stagenorm_admin. See docs/sql/add_alias.md.';
