-- A string as Python's json.dumps writes it (ensure_ascii): quoted, with \" \\ \b \f \n
-- \r \t, \u00XX for other control characters and DEL, and \uXXXX (a surrogate pair above
-- U+FFFF) for every non-ASCII character. to_json already writes the ASCII part alike.
CREATE FUNCTION stagenorm._json_ascii(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  quoted text := pg_catalog.to_json(s)::text;
BEGIN
  IF quoted !~ '[^\x01-\x7e]' THEN
    RETURN quoted;
  END IF;
  RETURN (SELECT pg_catalog.string_agg(
                   CASE WHEN c.code < 127 THEN c.ch
                        WHEN c.code < 65536 THEN '\u' || pg_catalog.lpad(pg_catalog.to_hex(c.code), 4, '0')
                        ELSE '\u' || pg_catalog.to_hex(55296 + ((c.code - 65536) >> 10))
                          || '\u' || pg_catalog.to_hex(56320 + ((c.code - 65536) & 1023))
                   END, '' ORDER BY c.ord)
            FROM (SELECT t.ch, pg_catalog.ascii(t.ch) AS code, t.ord
                    FROM pg_catalog.string_to_table(quoted, NULL) WITH ORDINALITY AS t(ch, ord)) AS c);
END
$$;
COMMENT ON FUNCTION stagenorm._json_ascii(text) IS
  'Private: a string quoted as Python''s json.dumps quotes it (ASCII only), for distribution messages.';
