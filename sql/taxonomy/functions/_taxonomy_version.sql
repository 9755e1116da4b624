-- The taxonomy version in force, for functions that load the taxonomy at call time.
CREATE FUNCTION stagenorm._taxonomy_version() RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT version FROM stagenorm.taxonomy_state $$;
COMMENT ON FUNCTION stagenorm._taxonomy_version() IS 'Private: the current taxonomy version.';
