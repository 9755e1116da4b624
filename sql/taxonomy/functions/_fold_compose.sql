-- Portable rules, Unicode: canonical composition of decomposed code points (the second
-- half of NFKC), from Python's primary composites (_unicode_compose) and the Hangul
-- algorithm, with the blocking rule of UAX #15. Mirrors unicodedata's composition.
-- Texts with no character that is the second of a composition return at once.
CREATE FUNCTION stagenorm._fold_compose(label text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  codes integer[];
  total integer;
  out integer[];
  starter_at integer := 1;
  starter integer;
  last_class integer;
  kept integer := 1;
  code integer;
  class integer;
  composite integer;
  i integer;
BEGIN
  IF label !~ stagenorm._unicode_second() THEN
    RETURN label;
  END IF;
  codes := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n)
                  ORDER BY n);
  total := array_length(codes, 1);
  out := codes;
  IF total < 2 THEN
    RETURN label;
  END IF;
  starter := out[1];
  last_class := coalesce((stagenorm._unicode_ccc() OPERATOR(pg_catalog.->>) chr(starter))::integer, 0);
  IF last_class <> 0 THEN
    last_class := 256;  -- the text starts with a non-starter: nothing composes with it
  END IF;
  FOR i IN 2 .. total LOOP
    code := codes[i];
    class := coalesce((stagenorm._unicode_ccc() OPERATOR(pg_catalog.->>) chr(code))::integer, 0);
    composite := NULL;
    IF starter BETWEEN 4352 AND 4370 AND code BETWEEN 4449 AND 4469 THEN  -- L + V
      composite := 44032 + ((starter - 4352) * 21 + (code - 4449)) * 28;
    ELSIF starter BETWEEN 44032 AND 55203 AND (starter - 44032) % 28 = 0
          AND code BETWEEN 4520 AND 4546 THEN  -- LV + T
      composite := starter + (code - 4519);
    ELSE
      composite := ascii(stagenorm._unicode_compose() OPERATOR(pg_catalog.->>) (chr(starter) || chr(code)));
    END IF;
    IF composite IS NOT NULL AND (last_class < class OR last_class = 0) THEN
      out[starter_at] := composite;
      starter := composite;
    ELSE
      IF class = 0 THEN
        starter_at := kept + 1;
        starter := code;
      END IF;
      last_class := class;
      kept := kept + 1;
      out[kept] := code;
    END IF;
  END LOOP;
  RETURN array_to_string(ARRAY(SELECT chr(c) FROM unnest(out[1:kept]) WITH ORDINALITY AS t(c, k)
                                ORDER BY k), '');
END
$$;
COMMENT ON FUNCTION stagenorm._fold_compose(text) IS
  'Private (portable rules): canonical composition of a decomposed text from Python''s Unicode tables.';
