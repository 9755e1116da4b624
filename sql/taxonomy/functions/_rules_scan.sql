-- Portable rules: mirrors rules.Taxonomy._scan. Reads the tokens left to right into stage
-- forms (with their decorations and round numbers), ignored words and other words:
-- {"forms": [[stage, bare letter, weak]...], "others": [...], "buckets": [...], "spans":
-- [...], "stage": the one stage the label reads as, or null}. stage_only: the caller
-- wants "stage" alone, so the scan stops (stage null) at the first word that rules one out.
CREATE FUNCTION stagenorm._rules_scan(tokens text[], taxonomy jsonb, stage_only boolean) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
-- No SET clause: it is called for most labels the constant map misses (by _rules_read,
-- and by _rules_normalize), and a SET clause costs a call more than a microsecond. Instead
-- every name, type, cast and operator in it is schema-qualified, and no construct that
-- looks "=" up by name (IN, BETWEEN, CASE x WHEN) is used (tests/test_search_path.py,
-- UNPINNED, checks the body): the caller's search_path changes nothing it does. The forms
-- are read with ROWS FROM (unnest(...), ...), what a multi-array unnest() stands for:
-- pg_catalog.unnest takes one array.
AS $$
DECLARE
  n constant pg_catalog.int4 := pg_catalog.cardinality(tokens);
  toks constant pg_catalog.jsonb := pg_catalog.to_jsonb(tokens);  -- for the callees (_rules_entry_at says why)
  aliases constant pg_catalog.jsonb := taxonomy OPERATOR(pg_catalog.->) 'aliases';
  alias_lengths constant pg_catalog.jsonb := taxonomy OPERATOR(pg_catalog.->) 'alias_lengths';
  words constant pg_catalog.jsonb := taxonomy OPERATOR(pg_catalog.->) 'words';
  word_lengths constant pg_catalog.jsonb := taxonomy OPERATOR(pg_catalog.->) 'word_lengths';
  letters constant pg_catalog.jsonb := taxonomy OPERATOR(pg_catalog.->) 'letters';
  pre_stages constant pg_catalog.jsonb := taxonomy OPERATOR(pg_catalog.->) 'pre_stages';
  fillers constant pg_catalog.jsonb := taxonomy OPERATOR(pg_catalog.->) 'fillers';
  ignored constant pg_catalog.jsonb := stagenorm._rules_constants() OPERATOR(pg_catalog.->) 'ignored_kinds';
  decimal_ pg_catalog.text;
  i pg_catalog.int4 := 0;
  start pg_catalog.int4;
  form_end pg_catalog.int4;
  form pg_catalog.jsonb;
  word pg_catalog.jsonb;
  deco pg_catalog.jsonb;
  stage pg_catalog.text;
  decorable pg_catalog.bool;
  bare pg_catalog.bool;
  decorated pg_catalog.bool;
  weak pg_catalog.bool;
  form_stages pg_catalog.text[] := '{}';  -- the forms, as three arrays (appending is cheap)
  form_bares pg_catalog.bool[] := '{}';
  form_weaks pg_catalog.bool[] := '{}';
  others pg_catalog.text[] := '{}';
  buckets pg_catalog.text[] := '{}';
  spans pg_catalog.text[] := '{}';
  first_stage pg_catalog.text;
  one_stage pg_catalog.bool := true;
  bares pg_catalog.int4 := 0;
BEGIN
  WHILE i OPERATOR(pg_catalog.<) n LOOP
    word := (CASE WHEN word_lengths OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (i)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((i) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (i))) WHEN word_lengths OPERATOR(pg_catalog.?) (toks OPERATOR(pg_catalog.->>) (i)) THEN stagenorm._rules_entry_at(toks, i, words, word_lengths) END);
    -- A stage form starts at an alias, a series letter, or a series prefix or "pre" word
    -- (_rules_form_at, whose word at i is this one): elsewhere there is none, and no call.
    IF alias_lengths OPERATOR(pg_catalog.?) (toks OPERATOR(pg_catalog.->>) i) OR letters OPERATOR(pg_catalog.?) (toks OPERATOR(pg_catalog.->>) i)
       OR word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'series_prefix' OR word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'pre' THEN
      form := stagenorm._rules_form_at(toks, i, aliases, alias_lengths, words, word_lengths, letters, pre_stages);
    ELSE
      form := NULL;
    END IF;
    IF form IS NOT NULL AND (word IS NULL OR (form OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4 OPERATOR(pg_catalog.>=) (word OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4) THEN
      form_end := (form OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4;
      stage := form OPERATOR(pg_catalog.->>) 1;
      decorable := (form OPERATOR(pg_catalog.->>) 2)::pg_catalog.bool;
      bare := (form OPERATOR(pg_catalog.->>) 3)::pg_catalog.bool;
      start := i;
      i := form_end;
      decorated := false;
      WHILE i OPERATOR(pg_catalog.<) n LOOP  -- sub-round numbers, round numbers, +, plus, prime, ext
        IF (toks OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.~) '^[0-9]+$'
           OR (pg_catalog.octet_length(toks OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.<>) pg_catalog.length(toks OPERATOR(pg_catalog.->>) i)
               AND (toks OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.~) ('^' OPERATOR(pg_catalog.||) coalesce(decimal_, stagenorm._unicode_decimal()) OPERATOR(pg_catalog.||) '+$')) THEN
          i := i OPERATOR(pg_catalog.+) 1;
        ELSE
          deco := (CASE WHEN word_lengths OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (i)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((i) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (i))) WHEN word_lengths OPERATOR(pg_catalog.?) (toks OPERATOR(pg_catalog.->>) (i)) THEN stagenorm._rules_entry_at(toks, i, words, word_lengths) END);
          EXIT WHEN deco IS NULL OR NOT (deco OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'numeral'
                                         OR (decorable AND deco OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'decoration'));
          i := (deco OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4;
        END IF;
        decorated := true;
      END LOOP;
      IF stage_only THEN
        first_stage := coalesce(first_stage, stage);
        IF first_stage OPERATOR(pg_catalog.<>) stage THEN
          RETURN '{}';
        END IF;
        IF bare THEN
          bares := bares OPERATOR(pg_catalog.+) 1;
          IF bares OPERATOR(pg_catalog.>) 1 THEN
            RETURN '{}';
          END IF;
        END IF;
        form_stages := form_stages OPERATOR(pg_catalog.||) stage;
        CONTINUE;
      END IF;
      -- a lone letter (no decoration, no round word next to it: "n/a") or a lone "pre"
      -- ("pre ipp") is a weak form: suggestions do not name it
      weak := NOT decorated AND (
        (bare AND coalesce((CASE WHEN word_lengths OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (i)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((i) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (i))) WHEN word_lengths OPERATOR(pg_catalog.?) (toks OPERATOR(pg_catalog.->>) (i)) THEN stagenorm._rules_entry_at(toks, i, words, word_lengths) END) OPERATOR(pg_catalog.->>) 1, '') OPERATOR(pg_catalog.<>) 'filler'
         AND (start OPERATOR(pg_catalog.=) 0 OR NOT (fillers OPERATOR(pg_catalog.?) (toks OPERATOR(pg_catalog.->>) (start OPERATOR(pg_catalog.-) 1)))))
        OR (form_end OPERATOR(pg_catalog.=) (start OPERATOR(pg_catalog.+) 1)
            AND coalesce((CASE WHEN word_lengths OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (start)) OPERATOR(pg_catalog.=) '[1]'::pg_catalog.jsonb THEN pg_catalog.jsonb_build_array((start) OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.||) (words OPERATOR(pg_catalog.->) (toks OPERATOR(pg_catalog.->>) (start))) WHEN word_lengths OPERATOR(pg_catalog.?) (toks OPERATOR(pg_catalog.->>) (start)) THEN stagenorm._rules_entry_at(toks, start, words, word_lengths) END)
                         OPERATOR(pg_catalog.@>) pg_catalog.jsonb_build_array(form_end, 'pre'), false)));
      form_stages := form_stages OPERATOR(pg_catalog.||) stage;
      form_bares := form_bares OPERATOR(pg_catalog.||) bare;
      form_weaks := form_weaks OPERATOR(pg_catalog.||) weak;
      CONTINUE;
    END IF;
    IF word IS NOT NULL THEN
      IF ignored OPERATOR(pg_catalog.?) (word OPERATOR(pg_catalog.->>) 1)
         OR (word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'numeral' AND pg_catalog.cardinality(form_stages) OPERATOR(pg_catalog.>) 0) THEN
        IF NOT stage_only THEN  -- the stage alone needs no spans (a query per word)
          spans := spans OPERATOR(pg_catalog.||) ARRAY(SELECT pg_catalog.jsonb_array_elements_text(word OPERATOR(pg_catalog.->) 2));
        END IF;
      ELSIF word OPERATOR(pg_catalog.->>) 1 OPERATOR(pg_catalog.=) 'bucket' THEN
        IF stage_only THEN
          RETURN '{}';
        END IF;
        buckets := buckets OPERATOR(pg_catalog.||) ARRAY(SELECT pg_catalog.jsonb_array_elements_text(word OPERATOR(pg_catalog.->) 2));
      ELSE
        IF stage_only THEN
          RETURN '{}';
        END IF;
        others := others OPERATOR(pg_catalog.||) pg_catalog.array_to_string(tokens[i OPERATOR(pg_catalog.+) 1 : (word OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4], ' ');
      END IF;
      i := (word OPERATOR(pg_catalog.->>) 0)::pg_catalog.int4;
      CONTINUE;
    END IF;
    IF NOT (pg_catalog.cardinality(form_stages) OPERATOR(pg_catalog.>) 0 AND ((toks OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.~) '^[0-9]+$'
            OR (pg_catalog.octet_length(toks OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.<>) pg_catalog.length(toks OPERATOR(pg_catalog.->>) i)
                AND (toks OPERATOR(pg_catalog.->>) i) OPERATOR(pg_catalog.~) ('^' OPERATOR(pg_catalog.||) stagenorm._unicode_decimal() OPERATOR(pg_catalog.||) '+$')))) THEN
      IF stage_only THEN
        RETURN '{}';
      END IF;
      others := others OPERATOR(pg_catalog.||) tokens[i OPERATOR(pg_catalog.+) 1];
    END IF;
    i := i OPERATOR(pg_catalog.+) 1;
  END LOOP;
  IF stage_only THEN
    RETURN pg_catalog.jsonb_build_object('stage', first_stage);
  END IF;
  IF pg_catalog.cardinality(others) OPERATOR(pg_catalog.=) 0 AND pg_catalog.cardinality(buckets) OPERATOR(pg_catalog.=) 0
     AND pg_catalog.cardinality(form_stages) OPERATOR(pg_catalog.>) 0
     AND (SELECT pg_catalog.count(DISTINCT f) OPERATOR(pg_catalog.=) 1 FROM pg_catalog.unnest(form_stages) AS f)
     AND (SELECT pg_catalog.count(*) OPERATOR(pg_catalog.<=) 1 FROM pg_catalog.unnest(form_bares) AS b WHERE b) THEN
    first_stage := form_stages[1];
  END IF;
  RETURN pg_catalog.jsonb_build_object(
    'forms', (SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(f.stage, f.bare, f.weak) ORDER BY f.n), '[]')
                FROM ROWS FROM (pg_catalog.unnest(form_stages), pg_catalog.unnest(form_bares), pg_catalog.unnest(form_weaks))
                     WITH ORDINALITY AS f(stage, bare, weak, n)),
    'others', pg_catalog.to_jsonb(others), 'buckets', pg_catalog.to_jsonb(buckets),
    'spans', pg_catalog.to_jsonb(spans), 'stage', first_stage);
END
$$;
COMMENT ON FUNCTION stagenorm._rules_scan(text[], jsonb, boolean) IS
  'Private (portable rules, mirrors rules.Taxonomy._scan): stage forms, ignored and other words of folded tokens, and the one stage they read as.';
