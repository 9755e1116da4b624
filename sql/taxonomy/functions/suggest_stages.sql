-- Up to three canonical keys a misspelled label probably meant, best first.
CREATE FUNCTION stagenorm.suggest_stages(label text) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(array_agg(key ORDER BY ord), '{}')
    FROM json_array_elements_text(
           stagenorm._rules('suggest', label, stagenorm._taxonomy_version())::json
         ) WITH ORDINALITY AS s(key, ord)
$$;
COMMENT ON FUNCTION stagenorm.suggest_stages(text) IS
  'At most 3 canonical keys for a label that looks like a misspelling, best first, deterministic; empty for nonsense. See docs/sql/suggest_stages.md.';
