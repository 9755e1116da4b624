-- The stage labels a distribution names: the keys of {"label": weight}, or the "stage"
-- strings of [{"stage", "weight"}]; nothing for any other shape.
CREATE FUNCTION stagenorm._enforce_labels(distribution jsonb) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT k FROM jsonb_object_keys(CASE WHEN jsonb_typeof(distribution) = 'object' THEN distribution END) AS k
  UNION ALL
  SELECT e ->> 'stage'
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(distribution) = 'array' THEN distribution END) AS e
   WHERE jsonb_typeof(e) = 'object' AND jsonb_typeof(e -> 'stage') = 'string'
$$;
COMMENT ON FUNCTION stagenorm._enforce_labels(jsonb) IS
  'Private: the labels of a stage distribution (object keys or the stage of each array entry).';
