-- Portable rules: mirrors rules.Taxonomy.__init__ (with from_rows and
-- _suggestion_candidates). Checks the taxonomy rows and compiles them into the jsonb the
-- portable reading functions take: stages in order, folded aliases, filler words, series
-- prefixes, suggestion candidates, and the rules' constants. Malformed data raises SN009
-- with the message of Python's ValueError. Rows are shaped like the JSON lists:
-- stages [{key, display_name, position}], aliases [{alias, stage, decorable}], words
-- [{word, kind}]. Nothing here names a stage or a word: they all come from the rows.
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

  -- words: each folds to one token, of a known kind
  FOR row_ IN SELECT w FROM jsonb_array_elements(coalesce(words, '[]')) WITH ORDINALITY AS t(w, n)
               ORDER BY n LOOP
    EXIT WHEN problem IS NOT NULL;
    IF jsonb_typeof(row_ -> 'word') IS DISTINCT FROM 'string' OR row_ ->> 'word' = ''
       OR jsonb_typeof(row_ -> 'kind') IS DISTINCT FROM 'string' OR row_ ->> 'kind' = '' THEN
      problem := format('taxonomy: word row %s: word and kind are required', row_);
      EXIT;
    END IF;
    tokens := stagenorm._rules_fold(row_ ->> 'word');
    IF cardinality(tokens) <> 1 THEN
      problem := format('taxonomy: word %s must fold to exactly one token', row_ -> 'word');
    ELSIF row_ ->> 'kind' = 'filler' THEN
      fillers := fillers || jsonb_build_object(tokens[1], true);
    ELSIF row_ ->> 'kind' = 'series_prefix' THEN
      prefixes := prefixes || jsonb_build_object(tokens[1], true);
    ELSE
      problem := format('taxonomy: word %s has unknown kind %s', row_ -> 'word', row_ -> 'kind');
    END IF;
  END LOOP;

  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'the taxonomy would not load: %', problem
      USING ERRCODE = 'SN009',
            HINT = 'undo the change (remove_alias or add_alias) so every alias means one stage';
  END IF;

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
    'decorations', (SELECT jsonb_object_agg(d, true) FROM jsonb_array_elements_text(
                      stagenorm._rules_constants() -> 'decorations') AS d));
END
$$;
COMMENT ON FUNCTION stagenorm._rules_taxonomy(jsonb, jsonb, jsonb, integer) IS
  'Private (portable rules, mirrors rules.Taxonomy): check taxonomy rows and compile them for the portable reading functions; SN009 when they would not load.';
