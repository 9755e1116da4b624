-- Removes everything 0001 installed: the schema with all its objects, and PL/Python
-- when nothing else in this database uses it. The cluster-wide role stagenorm_admin is
-- kept when other databases of the cluster may still rely on it.
DROP SCHEMA stagenorm CASCADE;
DO $$
BEGIN
  DROP EXTENSION IF EXISTS plpython3u;
EXCEPTION WHEN dependent_objects_still_exist THEN
  RAISE NOTICE 'plpython3u is kept: other objects in this database use it';
END
$$;
