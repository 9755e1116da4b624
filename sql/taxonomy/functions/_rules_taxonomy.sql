-- Portable rules: mirrors rules.Taxonomy.__init__ (with from_rows, _lengths_by_head,
-- _money_patterns and _suggestion_candidates). Checks the taxonomy rows and compiles them
-- into the jsonb the portable reading functions take: stages in order, folded aliases and
-- words (kind, means), the series letters and the stages before them, the regexes of
-- amounts of money, suggestion candidates. Malformed data raises SN009
-- with the message of Python's ValueError. Rows are shaped like the JSON lists:
-- stages [{key, display_name, position}], aliases [{alias, stage, decorable}], words
-- [{word, kind, means}]. Nothing here names a stage or a word: they all come from the rows.
CREATE FUNCTION stagenorm._rules_taxonomy(stages jsonb, aliases jsonb, words jsonb, version integer)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  row_ jsonb;
  keys text[] := '{}';
  positions jsonb := '{}';
  display_names jsonb := '{}';
  alias_map jsonb := '{}';
  alias_rows jsonb := '[]';
  fillers jsonb := '{}';
  prefixes jsonb := '{}';
  found jsonb := '{}';
  candidates jsonb;
  constants constant jsonb := stagenorm._rules_constants();
  word_map jsonb := '{}';
  word_rows jsonb := '[]';
  decorations jsonb := '{}';
  letters jsonb := '{}';
  pre_stages jsonb := '{}';
  kind text;
  means text[];
  head text;
  letter text;
  before text;
  stage_index integer;
  folded text;
  tokens text[];
  previous jsonb;
  decorable boolean;
  key text;
  entry record;
  problem text;
BEGIN
  -- stages, in position order
  IF jsonb_typeof(stages) IS DISTINCT FROM 'array' OR jsonb_array_length(stages) = 0 THEN
    problem := 'taxonomy: no stages';
  END IF;
  FOR row_ IN SELECT s FROM jsonb_array_elements(coalesce(stages, '[]')) AS s
               ORDER BY (s ->> 'position')::numeric LOOP
    EXIT WHEN problem IS NOT NULL;
    IF jsonb_typeof(row_ -> 'key') IS DISTINCT FROM 'string' OR row_ ->> 'key' = ''
       OR jsonb_typeof(row_ -> 'display_name') IS DISTINCT FROM 'string' OR row_ ->> 'display_name' = ''
       OR jsonb_typeof(row_ -> 'position') IS DISTINCT FROM 'number' THEN
      problem := format('taxonomy: stage row %s: key, display_name and position are required', row_);
    ELSIF (row_ ->> 'key') = ANY (keys) THEN
      problem := 'taxonomy: duplicate stage key';
    ELSIF EXISTS (SELECT FROM jsonb_each(positions) AS p WHERE p.value = row_ -> 'position') THEN
      problem := 'taxonomy: duplicate stage position';
    ELSE
      keys := keys || (row_ ->> 'key');
      positions := positions || jsonb_build_object(row_ ->> 'key', row_ -> 'position');
      display_names := display_names || jsonb_build_object(row_ ->> 'key', row_ -> 'display_name');
    END IF;
  END LOOP;

  -- aliases, folded: one stage each; decorable if any row says so
  FOR row_ IN SELECT a FROM jsonb_array_elements(coalesce(aliases, '[]')) WITH ORDINALITY AS t(a, n)
               ORDER BY n LOOP
    EXIT WHEN problem IS NOT NULL;
    IF jsonb_typeof(row_ -> 'alias') IS DISTINCT FROM 'string' OR row_ ->> 'alias' = ''
       OR jsonb_typeof(row_ -> 'stage') IS DISTINCT FROM 'string' OR row_ ->> 'stage' = ''
       OR coalesce(jsonb_typeof(row_ -> 'decorable'), 'null') NOT IN ('boolean', 'null') THEN
      problem := format('taxonomy: alias row %s: alias and stage are required, decorable is a boolean', row_);
      EXIT;
    END IF;
    IF NOT (row_ ->> 'stage') = ANY (keys) THEN
      problem := format('taxonomy: alias %s names unknown stage %s', row_ -> 'alias', row_ -> 'stage');
      EXIT;
    END IF;
    folded := stagenorm._rules_fold_text(row_ ->> 'alias');
    IF folded = '' THEN
      problem := format('taxonomy: alias %s is empty once folded', row_ -> 'alias');
      EXIT;
    END IF;
    decorable := coalesce((row_ ->> 'decorable')::boolean, false);
    previous := alias_map -> folded;
    IF previous IS NOT NULL AND previous ->> 0 <> row_ ->> 'stage' THEN
      problem := format('taxonomy: alias %s means both %s and %s', to_jsonb(folded), previous -> 0, row_ -> 'stage');
      EXIT;
    END IF;
    alias_map := alias_map || jsonb_build_object(folded, jsonb_build_array(
                   row_ ->> 'stage', decorable OR coalesce((previous ->> 1)::boolean, false)));
    alias_rows := alias_rows || jsonb_build_array(jsonb_build_array(folded, row_ ->> 'stage', decorable));
  END LOOP;

  -- words: folded, of a known kind, one kind each; qualifier and bucket words may carry
  -- means (bucket words must): the stages an ambiguous label spans, in canonical order
  FOR row_ IN SELECT w FROM jsonb_array_elements(coalesce(words, '[]')) WITH ORDINALITY AS t(w, n)
               ORDER BY n LOOP
    EXIT WHEN problem IS NOT NULL;
    IF jsonb_typeof(row_ -> 'word') IS DISTINCT FROM 'string' OR row_ ->> 'word' = ''
       OR jsonb_typeof(row_ -> 'kind') IS DISTINCT FROM 'string' OR row_ ->> 'kind' = '' THEN
      problem := format('taxonomy: word row %s: word and kind are required', row_);
      EXIT;
    END IF;
    IF coalesce(jsonb_typeof(row_ -> 'means'), 'null') NOT IN ('array', 'null')
       OR EXISTS (SELECT FROM jsonb_array_elements(CASE jsonb_typeof(row_ -> 'means') WHEN 'array'
                                                   THEN row_ -> 'means' ELSE '[]' END) AS m
                   WHERE jsonb_typeof(m) <> 'string') THEN
      problem := format('taxonomy: word row %s: ''means'' must be a list of stage keys', row_);
      EXIT;
    END IF;
    folded := stagenorm._rules_fold_text(row_ ->> 'word');
    kind := row_ ->> 'kind';
    means := CASE WHEN jsonb_typeof(row_ -> 'means') = 'array'
                  THEN ARRAY(SELECT jsonb_array_elements_text(row_ -> 'means')) END;
    IF folded = '' THEN
      problem := format('taxonomy: word %s is empty once folded', row_ -> 'word');
    ELSIF NOT constants -> 'word_kinds' ? kind THEN
      problem := format('taxonomy: word %s has unknown kind %s', row_ -> 'word', row_ -> 'kind');
    ELSIF means IS NOT NULL AND NOT constants -> 'span_kinds' ? kind THEN
      problem := format('taxonomy: word %s: ''means'' is a list of stages, for a qualifier or bucket word only', row_ -> 'word');
    ELSIF means IS NOT NULL AND (cardinality(means) = 0 OR NOT means <@ keys) THEN
      problem := format('taxonomy: word %s means unknown stages %s', row_ -> 'word', row_ -> 'means');
    ELSIF kind = 'bucket' AND means IS NULL THEN
      problem := format('taxonomy: bucket word %s needs ''means''', row_ -> 'word');
    ELSIF kind IN ('series_prefix', 'pre', 'decoration') AND strpos(folded, ' ') > 0 THEN
      problem := format('taxonomy: word %s must fold to exactly one token', row_ -> 'word');
    ELSIF word_map ? folded AND word_map #>> ARRAY[folded, '0'] <> kind THEN
      problem := format('taxonomy: word %s is both %s and %s', to_jsonb(folded), word_map #> ARRAY[folded, '0'], row_ -> 'kind');
    ELSE
      -- means: distinct, in canonical order (keys are in position order)
      word_map := word_map || jsonb_build_object(folded, jsonb_build_array(kind, to_jsonb(ARRAY(
                    SELECT k FROM unnest(keys) WITH ORDINALITY AS u(k, n)
                     WHERE k = ANY (coalesce(means, '{}')) ORDER BY n))));
      word_rows := word_rows || jsonb_build_array(jsonb_build_array(folded, kind, to_jsonb(means)));
      IF kind = 'filler' THEN
        fillers := fillers || jsonb_build_object(folded, true);
      ELSIF kind = 'series_prefix' THEN
        prefixes := prefixes || jsonb_build_object(folded, true);
      ELSIF kind = 'decoration' THEN
        decorations := decorations || jsonb_build_object(folded, true);
      END IF;
    END IF;
  END LOOP;

  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'the taxonomy would not load: %', problem
      USING ERRCODE = 'SN009',
            HINT = 'undo the change (remove_alias, add_alias, remove_word or add_word) so every alias means one stage and every word has one kind';
  END IF;

  -- series letters: a one-letter alias after a series prefix, or a decorable one-letter
  -- alias (the first alias wins); the stage before each letter, for "pre" (rule 12)
  FOR row_ IN SELECT r FROM jsonb_array_elements(alias_rows) WITH ORDINALITY AS t(r, n) ORDER BY n LOOP
    folded := row_ ->> 0;
    head := coalesce(substring(folded FROM '^(.*) [^ ]*$'), '');
    letter := substring(folded FROM '([^ ]*)$');
    IF length(letter) = 1 AND letter ~ ('^' || stagenorm._unicode_alpha() || '$')
       AND (prefixes ? head OR (head = '' AND (alias_map #>> ARRAY[folded, '1'])::boolean))
       AND NOT letters ? letter THEN
      letters := letters || jsonb_build_object(letter, alias_map #>> ARRAY[folded, '0']);
    END IF;
  END LOOP;
  FOR letter, key IN SELECT l.key, l.value #>> '{}' FROM jsonb_each(letters) AS l LOOP
    before := letters ->> chr(ascii(letter) - 1);
    stage_index := array_position(keys, key);
    IF before IS NULL AND stage_index > 1 THEN
      before := keys[stage_index - 1];
    END IF;
    IF before IS NOT NULL THEN
      pre_stages := pre_stages || jsonb_build_object(letter, before);
    END IF;
  END LOOP;

  -- _suggestion_candidates: every alias (and <prefix> <letter> for a decorable letter),
  -- every display name and key, folded; a text two stages share goes to the earlier one.
  FOR entry IN
    SELECT c.text, c.key
      FROM (SELECT a.key AS text, a.value ->> 0 AS key FROM jsonb_each(alias_map) AS a
            UNION ALL
            SELECT p.key || ' ' || a.key, a.value ->> 0
              FROM jsonb_each(alias_map) AS a, jsonb_object_keys(prefixes) AS p(key)
             WHERE (a.value ->> 1)::boolean AND length(a.key) = 1
            UNION ALL
            SELECT stagenorm._rules_fold_text(d.value #>> '{}'), d.key FROM jsonb_each(display_names) AS d
            UNION ALL
            SELECT stagenorm._rules_fold_text(k), k FROM unnest(keys) AS k) AS c
     WHERE c.text <> ''
     ORDER BY (positions ->> c.key)::numeric DESC
  LOOP
    found := found || jsonb_build_object(entry.text, entry.key);  -- the earliest stage wins
  END LOOP;
  SELECT coalesce(jsonb_agg(jsonb_build_array(
           f.key, f.value #>> '{}',
           CASE WHEN prefixes ? regexp_replace(f.key, ' [^ ]*$', '') AND f.key ~ ' '
                     AND length(regexp_replace(f.key, '^.* ', '')) = 1
                THEN regexp_replace(f.key, '^.* ', '') ELSE '' END)
           ORDER BY (positions ->> (f.value #>> '{}'))::numeric, f.key COLLATE "C"), '[]')
    INTO candidates FROM jsonb_each(found) AS f;

  RETURN jsonb_build_object(
    'version', version,
    'keys', to_jsonb(keys),
    'positions', positions,
    'display_names', display_names,
    'aliases', alias_map,
    'alias_rows', alias_rows,
    'fillers', fillers,
    'prefixes', prefixes,
    'candidates', candidates,
    'decorations', decorations,
    'words', word_map,
    'word_rows', word_rows,
    'alias_lengths', stagenorm._rules_lengths_by_head(alias_map),
    'word_lengths', stagenorm._rules_lengths_by_head(word_map),
    'letters', letters,
    'known', (SELECT coalesce(jsonb_object_agg(t.token, true), '{}')
                FROM (SELECT DISTINCT unnest(string_to_array(e.key, ' ')) AS token
                        FROM (SELECT jsonb_object_keys(alias_map) AS key
                              UNION ALL SELECT jsonb_object_keys(word_map)) AS e) AS t),
    'pre_stages', pre_stages,
    'money', stagenorm._rules_money_patterns(
               ARRAY(SELECT w.key FROM jsonb_each(word_map) AS w WHERE w.value ->> 0 = 'currency'),
               ARRAY(SELECT w.key FROM jsonb_each(word_map) AS w WHERE w.value ->> 0 = 'magnitude')));
END
$$;
COMMENT ON FUNCTION stagenorm._rules_taxonomy(jsonb, jsonb, jsonb, integer) IS
  'Private (portable rules, mirrors rules.Taxonomy): check taxonomy rows and compile them for the portable reading functions; SN009 when they would not load.';
