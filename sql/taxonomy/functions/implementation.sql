-- Which implementation of the reading rules this database runs: 'plpython' where the
-- PL/Python rules function is installed (self-hosted servers with plpython3u), else
-- 'plpgsql', the portable implementation every PostgreSQL has (managed services).
-- The install decides by creating _rules_py or not; this only reads the catalog.
CREATE FUNCTION stagenorm.implementation() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE
           WHEN pg_catalog.to_regprocedure(
                  'stagenorm._rules_py(text, text, integer, text, double precision)') IS NULL
           THEN 'plpgsql' ELSE 'plpython' END
$$;
COMMENT ON FUNCTION stagenorm.implementation() IS
  'The implementation of the reading rules in this database: plpython (PL/Python installed) or plpgsql (portable, no untrusted language). Both give the same answers. See docs/design/normalizer.md.';
