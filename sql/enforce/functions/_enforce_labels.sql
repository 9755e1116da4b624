-- The stage labels a distribution names: the keys of {"label": weight}, or the "stage"
-- strings of [{"stage", "weight"}]; nothing for any other shape. Inlinable (the counting
-- trigger calls it per row), so every name and operator in it is schema-qualified.
CREATE FUNCTION stagenorm._enforce_labels(distribution jsonb) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT k FROM pg_catalog.jsonb_object_keys(
                  CASE WHEN pg_catalog.jsonb_typeof(distribution) OPERATOR(pg_catalog.=) 'object' THEN distribution END) AS k
  UNION ALL
  SELECT e OPERATOR(pg_catalog.->>) 'stage'
    FROM pg_catalog.jsonb_array_elements(
           CASE WHEN pg_catalog.jsonb_typeof(distribution) OPERATOR(pg_catalog.=) 'array' THEN distribution END) AS e
   WHERE pg_catalog.jsonb_typeof(e) OPERATOR(pg_catalog.=) 'object'
     AND pg_catalog.jsonb_typeof(e OPERATOR(pg_catalog.->) 'stage') OPERATOR(pg_catalog.=) 'string'
$$;
COMMENT ON FUNCTION stagenorm._enforce_labels(jsonb) IS
  'Private: the labels of a stage distribution (object keys or the stage of each array entry).';
