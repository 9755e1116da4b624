-- Removes everything 0001 installed: the schema with all its objects, and PL/Python
-- when nothing else in this database uses it. The cluster-wide roles stagenorm_admin and
-- stagenorm_monitor (or the roles named instead) are kept: other databases may rely on them.
DROP SCHEMA stagenorm CASCADE;
DO $$
BEGIN
  DROP EXTENSION IF EXISTS plpython3u;
EXCEPTION WHEN dependent_objects_still_exist THEN
  RAISE NOTICE 'plpython3u is kept: other objects in this database use it';
END
$$;
