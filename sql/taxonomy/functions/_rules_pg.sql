-- The portable implementation of the reading rules, in PL/pgSQL and SQL only: the
-- counterpart of _rules_py with the same operations and the same answers (as text):
-- normalize, suggest, fold, validate, fastmap. ('distribution' is ported separately.)
-- The taxonomy of the requested version comes from _taxonomy_compiled(), a constant
-- since the last rebuild, else from the tables.
CREATE FUNCTION stagenorm._rules_pg(
  op text,
  arg text,
  taxonomy_version integer,
  scale text DEFAULT 'auto',
  tolerance double precision DEFAULT 0.01
) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  taxonomy jsonb;
BEGIN
  IF op = 'fold' THEN  -- the form aliases are stored in (add_alias, remove_alias)
    RETURN stagenorm._rules_fold_text(arg);
  END IF;
  IF op = 'validate' THEN  -- does the taxonomy in the tables, as this transaction sees it, load?
    taxonomy := stagenorm._rules_taxonomy_tables(taxonomy_version);
    RETURN format('Taxonomy(version=%s, stages=%s, aliases=%s)', taxonomy_version,
                  jsonb_array_length(taxonomy -> 'keys'),
                  (SELECT count(*) FROM jsonb_object_keys(taxonomy -> 'aliases')));
  END IF;
  taxonomy := stagenorm._taxonomy_compiled();
  IF (taxonomy ->> 'version')::integer IS DISTINCT FROM taxonomy_version THEN
    taxonomy := stagenorm._rules_taxonomy_tables(taxonomy_version);
  END IF;
  CASE op
    WHEN 'normalize' THEN
      RETURN stagenorm._rules_normalize(arg, taxonomy);
    WHEN 'suggest' THEN
      RETURN to_jsonb(stagenorm._rules_suggest(arg, taxonomy))::text;
    WHEN 'fastmap' THEN
      RETURN stagenorm._rules_fast_path_labels(taxonomy)::text;
    ELSE
      RAISE EXCEPTION 'the portable rules have no operation %', quote_literal(op)
        USING ERRCODE = 'SN003',
              HINT = 'operations: normalize, suggest, fold, validate, fastmap';
  END CASE;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_pg(text, text, integer, text, double precision) IS
  'Private: the portable (PL/pgSQL) reading rules, ops normalize, suggest, fold, validate, fastmap; same answers as _rules_py.';
