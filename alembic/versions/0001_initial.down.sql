-- Removes everything 0001 installed: the schema with all its objects, and PL/Python
-- when nothing else in this database uses it. The cluster-wide roles stagenorm_admin and
-- stagenorm_monitor (or the roles named instead) are kept: other databases may rely on them.
--
-- Never the application's objects: when anything outside schema stagenorm depends on
-- stagenorm (an enforcement trigger on an application table, an index, view, default or
-- constraint that calls a stagenorm function), nothing is dropped and the downgrade fails
-- with SQLSTATE 2BP01 (dependent_objects_still_exist, PostgreSQL's own code for exactly
-- this), naming those objects.
DO $$
DECLARE
  dependents text;
BEGIN
  SELECT pg_catalog.string_agg(DISTINCT pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid), '; ')
    INTO dependents
    FROM pg_catalog.pg_depend d
   WHERE d.deptype IN ('n', 'a')
     AND ((pg_catalog.pg_identify_object(d.refclassid, d.refobjid, 0)).schema = 'stagenorm'
          OR (d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
              AND d.refobjid = 'stagenorm'::pg_catalog.regnamespace))
     -- The schema of the dependent; defaults, triggers, rules and policies have none of
     -- their own and count as their table's.
     AND CASE d.classid
           WHEN 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN
             (SELECT c.relnamespace FROM pg_catalog.pg_attrdef x
                JOIN pg_catalog.pg_class c ON c.oid = x.adrelid WHERE x.oid = d.objid)
           WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN
             (SELECT c.relnamespace FROM pg_catalog.pg_trigger x
                JOIN pg_catalog.pg_class c ON c.oid = x.tgrelid WHERE x.oid = d.objid)
           WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN
             (SELECT c.relnamespace FROM pg_catalog.pg_rewrite x
                JOIN pg_catalog.pg_class c ON c.oid = x.ev_class WHERE x.oid = d.objid)
           WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN
             (SELECT c.relnamespace FROM pg_catalog.pg_policy x
                JOIN pg_catalog.pg_class c ON c.oid = x.polrelid WHERE x.oid = d.objid)
           WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN
             (SELECT x.connamespace FROM pg_catalog.pg_constraint x WHERE x.oid = d.objid)
           ELSE pg_catalog.to_regnamespace((pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid)).schema)
         END IS DISTINCT FROM 'stagenorm'::pg_catalog.regnamespace;
  IF dependents IS NOT NULL THEN
    RAISE EXCEPTION 'stagenorm cannot be removed: objects outside schema stagenorm depend on it'
      USING ERRCODE = 'dependent_objects_still_exist',
            DETAIL = 'Depending on stagenorm: ' || dependents || '.',
            HINT = 'Release enforced columns first (SELECT * FROM stagenorm.enforced_columns(), then '
                   'stagenorm.release_stage_column(...)), drop or change the other objects named, '
                   'and run the downgrade again. Nothing was changed.';
  END IF;
END
$$;

-- The version table Alembic records this downgrade in lives in the schema: keep it aside
-- while the schema goes (Alembic deletes its row next; env.py then drops the empty schema).
DO $$
BEGIN
  IF pg_catalog.to_regclass('stagenorm.alembic_version') IS NOT NULL THEN
    CREATE SCHEMA stagenorm_downgrade;
    ALTER TABLE stagenorm.alembic_version SET SCHEMA stagenorm_downgrade;
  END IF;
END
$$;
DROP SCHEMA stagenorm CASCADE;
DO $$
BEGIN
  IF pg_catalog.to_regclass('stagenorm_downgrade.alembic_version') IS NOT NULL THEN
    CREATE SCHEMA stagenorm;
    ALTER TABLE stagenorm_downgrade.alembic_version SET SCHEMA stagenorm;
    DROP SCHEMA stagenorm_downgrade;
  END IF;
END
$$;
DO $$
BEGIN
  DROP EXTENSION IF EXISTS plpython3u;
EXCEPTION WHEN dependent_objects_still_exist THEN
  RAISE NOTICE 'plpython3u is kept: other objects in this database use it';
END
$$;
