-- Portable rules: mirrors rules._lengths_by_head. For each first token of the (folded,
-- space-separated) keys of an object: their token counts, longest first.
CREATE FUNCTION stagenorm._rules_lengths_by_head(entries jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(pg_catalog.jsonb_object_agg(h.head, h.lengths), '{}')
    FROM (SELECT pg_catalog.split_part(e.key, ' ', 1) AS head,
                 pg_catalog.jsonb_agg(DISTINCT pg_catalog.cardinality(pg_catalog.string_to_array(e.key, ' '))
                                   ORDER BY pg_catalog.cardinality(pg_catalog.string_to_array(e.key, ' ')) DESC) AS lengths
            FROM pg_catalog.jsonb_object_keys(entries) AS e(key)
           GROUP BY 1) AS h
$$;
COMMENT ON FUNCTION stagenorm._rules_lengths_by_head(jsonb) IS
  'Private (portable rules, mirrors rules._lengths_by_head): token counts of the keys by first token.';
