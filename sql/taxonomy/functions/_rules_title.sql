-- Portable rules: mirrors str.title for the fast path's spellings: a letter after a
-- letter is lower case, any other letter upper case (ASCII letters; others are kept and
-- count as non-letters, which may only cost the fast path a spelling, never an answer).
CREATE FUNCTION stagenorm._rules_title(words text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  out text := '';
  c text;
  after_letter boolean := false;
BEGIN
  FOREACH c IN ARRAY string_to_array(words, NULL) LOOP
    IF c ~ '^[A-Za-z]$' THEN
      out := out || CASE WHEN after_letter THEN lower(c COLLATE "C") ELSE upper(c COLLATE "C") END;
      after_letter := true;
    ELSE
      out := out || c;
      after_letter := false;
    END IF;
  END LOOP;
  RETURN out;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_title(text) IS
  'Private (portable rules, mirrors str.title for ASCII letters): title case for the fast path''s spellings.';
