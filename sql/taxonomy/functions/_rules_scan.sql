-- Portable rules: mirrors rules.Taxonomy._scan. Reads the tokens left to right into stage
-- forms (with their decorations and round numbers), ignored words and other words:
-- {"forms": [[stage, bare letter, weak]...], "others": [...], "buckets": [...], "spans":
-- [...], "stage": the one stage the label reads as, or null}. stage_only: the caller
-- wants "stage" alone, so the scan stops (stage null) at the first word that rules one out.
CREATE FUNCTION stagenorm._rules_scan(tokens text[], taxonomy jsonb, stage_only boolean) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  n constant integer := cardinality(tokens);
  toks constant jsonb := to_jsonb(tokens);  -- for the callees (_rules_entry_at says why)
  aliases constant jsonb := taxonomy -> 'aliases';
  alias_lengths constant jsonb := taxonomy -> 'alias_lengths';
  words constant jsonb := taxonomy -> 'words';
  word_lengths constant jsonb := taxonomy -> 'word_lengths';
  letters constant jsonb := taxonomy -> 'letters';
  pre_stages constant jsonb := taxonomy -> 'pre_stages';
  fillers constant jsonb := taxonomy -> 'fillers';
  ignored constant jsonb := stagenorm._rules_constants() -> 'ignored_kinds';
  decimal_ text;
  i integer := 0;
  start integer;
  form_end integer;
  form jsonb;
  word jsonb;
  deco jsonb;
  stage text;
  decorable boolean;
  bare boolean;
  decorated boolean;
  weak boolean;
  form_stages text[] := '{}';  -- the forms, as three arrays (appending is cheap)
  form_bares boolean[] := '{}';
  form_weaks boolean[] := '{}';
  others text[] := '{}';
  buckets text[] := '{}';
  spans text[] := '{}';
  first_stage text;
  one_stage boolean := true;
  bares integer := 0;
BEGIN
  WHILE i < n LOOP
    word := (CASE WHEN word_lengths -> (toks ->> (i)) = '[1]' THEN jsonb_build_array((i) + 1) || (words -> (toks ->> (i))) WHEN word_lengths ? (toks ->> (i)) THEN stagenorm._rules_entry_at(toks, i, words, word_lengths) END);
    -- A stage form starts at an alias, a series letter, or a series prefix or "pre" word
    -- (_rules_form_at, whose word at i is this one): elsewhere there is none, and no call.
    IF alias_lengths ? (toks ->> i) OR letters ? (toks ->> i) OR word ->> 1 IN ('series_prefix', 'pre') THEN
      form := stagenorm._rules_form_at(toks, i, aliases, alias_lengths, words, word_lengths, letters, pre_stages);
    ELSE
      form := NULL;
    END IF;
    IF form IS NOT NULL AND (word IS NULL OR (form ->> 0)::integer >= (word ->> 0)::integer) THEN
      form_end := (form ->> 0)::integer;
      stage := form ->> 1;
      decorable := (form ->> 2)::boolean;
      bare := (form ->> 3)::boolean;
      start := i;
      i := form_end;
      decorated := false;
      WHILE i < n LOOP  -- sub-round numbers, round numbers, +, plus, prime, ext
        IF (toks ->> i) ~ '^[0-9]+$' OR (octet_length(toks ->> i) <> length(toks ->> i)
             AND (toks ->> i) ~ ('^' || coalesce(decimal_, stagenorm._unicode_decimal()) || '+$')) THEN
          i := i + 1;
        ELSE
          deco := (CASE WHEN word_lengths -> (toks ->> (i)) = '[1]' THEN jsonb_build_array((i) + 1) || (words -> (toks ->> (i))) WHEN word_lengths ? (toks ->> (i)) THEN stagenorm._rules_entry_at(toks, i, words, word_lengths) END);
          EXIT WHEN deco IS NULL OR NOT (deco ->> 1 = 'numeral' OR (decorable AND deco ->> 1 = 'decoration'));
          i := (deco ->> 0)::integer;
        END IF;
        decorated := true;
      END LOOP;
      IF stage_only THEN
        first_stage := coalesce(first_stage, stage);
        IF first_stage <> stage THEN
          RETURN '{}';
        END IF;
        IF bare THEN
          bares := bares + 1;
          IF bares > 1 THEN
            RETURN '{}';
          END IF;
        END IF;
        form_stages := form_stages || stage;
        CONTINUE;
      END IF;
      -- a lone letter (no decoration, no round word next to it: "n/a") or a lone "pre"
      -- ("pre ipp") is a weak form: suggestions do not name it
      weak := NOT decorated AND (
        (bare AND coalesce((CASE WHEN word_lengths -> (toks ->> (i)) = '[1]' THEN jsonb_build_array((i) + 1) || (words -> (toks ->> (i))) WHEN word_lengths ? (toks ->> (i)) THEN stagenorm._rules_entry_at(toks, i, words, word_lengths) END) ->> 1, '') <> 'filler'
         AND (start = 0 OR NOT fillers ? (toks ->> (start - 1))))
        OR (form_end = start + 1
            AND coalesce((CASE WHEN word_lengths -> (toks ->> (start)) = '[1]' THEN jsonb_build_array((start) + 1) || (words -> (toks ->> (start))) WHEN word_lengths ? (toks ->> (start)) THEN stagenorm._rules_entry_at(toks, start, words, word_lengths) END)
                         @> jsonb_build_array(form_end, 'pre'), false)));
      form_stages := form_stages || stage;
      form_bares := form_bares || bare;
      form_weaks := form_weaks || weak;
      CONTINUE;
    END IF;
    IF word IS NOT NULL THEN
      IF ignored ? (word ->> 1) OR (word ->> 1 = 'numeral' AND cardinality(form_stages) > 0) THEN
        IF NOT stage_only THEN  -- the stage alone needs no spans (a query per word)
          spans := spans || ARRAY(SELECT jsonb_array_elements_text(word -> 2));
        END IF;
      ELSIF word ->> 1 = 'bucket' THEN
        IF stage_only THEN
          RETURN '{}';
        END IF;
        buckets := buckets || ARRAY(SELECT jsonb_array_elements_text(word -> 2));
      ELSE
        IF stage_only THEN
          RETURN '{}';
        END IF;
        others := others || array_to_string(tokens[i + 1 : (word ->> 0)::integer], ' ');
      END IF;
      i := (word ->> 0)::integer;
      CONTINUE;
    END IF;
    IF NOT (cardinality(form_stages) > 0 AND ((toks ->> i) ~ '^[0-9]+$'
            OR (octet_length(toks ->> i) <> length(toks ->> i)
                AND (toks ->> i) ~ ('^' || stagenorm._unicode_decimal() || '+$')))) THEN
      IF stage_only THEN
        RETURN '{}';
      END IF;
      others := others || tokens[i + 1];
    END IF;
    i := i + 1;
  END LOOP;
  IF stage_only THEN
    RETURN jsonb_build_object('stage', first_stage);
  END IF;
  IF cardinality(others) = 0 AND cardinality(buckets) = 0 AND cardinality(form_stages) > 0
     AND (SELECT count(DISTINCT f) = 1 FROM unnest(form_stages) AS f)
     AND (SELECT count(*) <= 1 FROM unnest(form_bares) AS b WHERE b) THEN
    first_stage := form_stages[1];
  END IF;
  RETURN jsonb_build_object('forms', (SELECT coalesce(jsonb_agg(jsonb_build_array(f.stage, f.bare, f.weak) ORDER BY f.n), '[]')
                                        FROM unnest(form_stages, form_bares, form_weaks) WITH ORDINALITY AS f(stage, bare, weak, n)),
                            'others', to_jsonb(others), 'buckets', to_jsonb(buckets),
                            'spans', to_jsonb(spans), 'stage', first_stage);
END
$$;
COMMENT ON FUNCTION stagenorm._rules_scan(text[], jsonb, boolean) IS
  'Private (portable rules, mirrors rules.Taxonomy._scan): stage forms, ignored and other words of folded tokens, and the one stage they read as.';
