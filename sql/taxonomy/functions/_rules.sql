-- The reading rules of this database, whichever implementation it runs: _rules_py where
-- PL/Python is installed (stagenorm.implementation() = 'plpython'), else _rules_pg.
-- What SQL functions call for an answer of the rules (fold, validate, suggest ...).
CREATE FUNCTION stagenorm._rules(
  op text,
  arg text,
  taxonomy_version integer,
  scale text DEFAULT 'auto',
  tolerance double precision DEFAULT 0.01
) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF stagenorm.implementation() = 'plpython' THEN
    RETURN stagenorm._rules_py(op, arg, taxonomy_version, scale, tolerance);
  END IF;
  RETURN stagenorm._rules_pg(op, arg, taxonomy_version, scale, tolerance);
END
$$;
COMMENT ON FUNCTION stagenorm._rules(text, text, integer, text, double precision) IS
  'Private: the reading rules of this database, _rules_py (PL/Python) or _rules_pg (portable), per stagenorm.implementation().';
