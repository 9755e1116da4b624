-- How a JSON value reads in a distribution error message, as rules.py's _json_type says
-- it of the value Python parses from the same text: a number with a decimal point too
-- big for a double is Python's float Infinity.
CREATE FUNCTION stagenorm._json_type(v jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE pg_catalog.jsonb_typeof(v)
           WHEN 'object' THEN 'an object'
           WHEN 'array' THEN 'an array'
           WHEN 'string' THEN 'a string'
           WHEN 'boolean' THEN 'a boolean'
           WHEN 'null' THEN 'null'
           ELSE CASE WHEN pg_catalog.scale(v::numeric) = 0 THEN 'a number'  -- an int to Python
                     WHEN stagenorm._json_double(v::numeric) = 'Infinity'::double precision THEN 'Infinity'
                     WHEN stagenorm._json_double(v::numeric) = '-Infinity'::double precision THEN '-Infinity'
                     ELSE 'a number' END
         END
$$;
COMMENT ON FUNCTION stagenorm._json_type(jsonb) IS
  'Private: "an object", "a string", "null", "Infinity"... as distribution messages name a JSON value.';
