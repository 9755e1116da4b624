-- Removes a word from the taxonomy (given in any spelling that folds to it), audited like
-- remove_alias and effective for every later statement in every session. Refuses when a
-- canonical key or display name would stop reading as itself.
CREATE FUNCTION stagenorm.remove_word(
  word text,
  actor text,
  reason text
) RETURNS stagenorm.taxonomy_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
-- No parallel plans inside: the 'validate' check reads tables (see add_alias).
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
  folded text;
  version_now integer;
  removed stagenorm.taxonomy_word;
  broken text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF remove_word.actor IS NULL OR remove_word.actor !~ '[^[:space:]]' OR length(remove_word.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF remove_word.reason IS NULL OR remove_word.reason !~ '[^[:space:]]' OR length(remove_word.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''"capital" names a fund in our data''';
  END IF;
  IF remove_word.word IS NULL OR length(remove_word.word) > 1000 THEN
    RAISE EXCEPTION 'word must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the word as listed in stagenorm.taxonomy_word';
  END IF;

  -- One taxonomy change at a time.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  version_now := stagenorm._taxonomy_version();
  folded := stagenorm._rules('fold', remove_word.word, version_now);
  DELETE FROM stagenorm.taxonomy_word AS w WHERE w.word = folded RETURNING w.* INTO removed;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no word %', quote_literal(left(folded, 80))
      USING ERRCODE = 'SN003',
            HINT = 'the words are: SELECT word, kind FROM stagenorm.taxonomy_word ORDER BY kind, word';
  END IF;

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules('validate', NULL, version_now);
  new_version := stagenorm._rebuild_normalizer();

  SELECT string_agg(quote_literal(s.label), ', ' ORDER BY s.label) INTO broken
    FROM (SELECT st.key AS label, st.key FROM stagenorm.stage AS st
          UNION ALL
          SELECT st.display_name, st.key FROM stagenorm.stage AS st) AS s
   WHERE stagenorm.normalize_stage(s.label) IS DISTINCT FROM s.key;
  IF broken IS NOT NULL THEN
    RAISE EXCEPTION 'removing word % would leave % unknown', quote_literal(folded), broken
      USING ERRCODE = 'SN009',
            DETAIL = 'canonical keys and display names must always read as their stage',
            HINT = 'keep this word';
  END IF;

  INSERT INTO stagenorm.taxonomy_audit AS t (action, word, kind, actor, reason, version)
  VALUES ('remove_word', folded, removed.kind, btrim(remove_word.actor, E' \t\r\n'),
          btrim(remove_word.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.remove_word(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.remove_word(text, text, text) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.remove_word(text, text, text) IS
  'Remove a word of the taxonomy (given in any spelling that folds to it), audited in taxonomy_audit, effective for every later statement in every session. Raises SN003 for a blank actor/reason or no such word, SN009 when a canonical key or display name would stop reading as its stage or the taxonomy would not load. Returns the audit row. Needs stagenorm_admin. See docs/sql/add_alias.md.';
