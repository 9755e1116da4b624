-- Portable rules, Unicode: NFKD of a text, from Python's tables: _unicode_decompose (one
-- character's full decomposition; Hangul syllables algorithmically), then canonical
-- ordering by _unicode_ccc where two non-starters meet. Mirrors
-- unicodedata.normalize('NFKD', ...), for the faithful fold. Set-based, so 1 MB of text
-- takes about a second.
CREATE FUNCTION stagenorm._fold_nfkd(label text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  decomposed text;
  codes integer[];
  classes integer[];
  i integer;
  j integer;
  swap integer;
BEGIN
  decomposed := array_to_string(ARRAY(
    SELECT CASE WHEN ascii(c) BETWEEN 44032 AND 55203 THEN  -- Hangul syllable: L V (T)
                  chr(4352 + (ascii(c) - 44032) / 588) || chr(4449 + ((ascii(c) - 44032) % 588) / 28)
                  || CASE WHEN (ascii(c) - 44032) % 28 = 0 THEN '' ELSE chr(4519 + (ascii(c) - 44032) % 28) END
                ELSE coalesce(stagenorm._unicode_decompose() OPERATOR(pg_catalog.->>) c, c) END
      FROM unnest(string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
  IF decomposed !~ (stagenorm._unicode_nonstarter() || stagenorm._unicode_nonstarter()) THEN
    RETURN decomposed;  -- no two non-starters in a row: already in canonical order
  END IF;
  -- Canonical ordering: a stable sort of each run of non-starters by combining class.
  codes := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(decomposed, NULL)) WITH ORDINALITY AS t(c, n)
                  ORDER BY n);
  classes := ARRAY(SELECT coalesce((stagenorm._unicode_ccc() OPERATOR(pg_catalog.->>) chr(c))::integer, 0)
                     FROM unnest(codes) WITH ORDINALITY AS t(c, n) ORDER BY n);
  FOR i IN 2 .. coalesce(array_length(codes, 1), 0) LOOP
    j := i;
    WHILE j > 1 AND classes[j] <> 0 AND classes[j - 1] > classes[j] LOOP
      swap := codes[j]; codes[j] := codes[j - 1]; codes[j - 1] := swap;
      swap := classes[j]; classes[j] := classes[j - 1]; classes[j - 1] := swap;
      j := j - 1;
    END LOOP;
  END LOOP;
  RETURN array_to_string(ARRAY(SELECT chr(c) FROM unnest(codes) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
END
$$;
COMMENT ON FUNCTION stagenorm._fold_nfkd(text) IS
  'Private (portable rules): NFKD of a text from Python''s Unicode tables, canonically ordered.';
