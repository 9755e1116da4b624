-- The schema every stagenorm object lives in, the language its shared rules run in,
-- and the roles allowed to change the validation mode and the taxonomy, or to read the
-- counts.
-- IF NOT EXISTS: Alembic has made it already, to hold stagenorm.alembic_version.
CREATE SCHEMA IF NOT EXISTS stagenorm;
COMMENT ON SCHEMA stagenorm IS
  'stagenorm: canonical venture-deal stage labels. Start with \df+ stagenorm.* and docs/sql/.';

CREATE EXTENSION IF NOT EXISTS plpython3u;

-- The roles, cluster-wide so created only when missing: stagenorm_admin (changes the mode
-- and the taxonomy, runs batched normalization) and stagenorm_monitor (reads the counts,
-- the enforced columns and the gate: the metrics collector, dashboards). Both NOLOGIN:
-- grant them to login roles. Creating them needs CREATEROLE (on PostgreSQL 16 and later
-- the creator also gets ADMIN OPTION on them, so it may grant them); without it, a role
-- that may must create them first, or the migration names existing roles instead
-- (STAGENORM_ADMIN_ROLE / STAGENORM_MONITOR_ROLE, alembic -x admin_role=... monitor_role=...;
-- stagenorm.migrations applies these files with those names in place of the two below).
-- Either way the refusal names the privilege and the fix. See docs/where-it-runs.md.
DO $$
DECLARE
  wanted record;
  me record;
BEGIN
  SELECT r.rolsuper, r.rolcreaterole INTO me FROM pg_catalog.pg_roles AS r WHERE r.rolname = current_user;
  FOR wanted IN
    SELECT * FROM (VALUES ('stagenorm_admin', 'STAGENORM_ADMIN_ROLE', 'admin_role',
                           'stagenorm: changes the validation mode and the taxonomy, attaches enforcement, runs batched normalization. Grant it to DBAs and to the ops webhook''s login role.'),
                          ('stagenorm_monitor', 'STAGENORM_MONITOR_ROLE', 'monitor_role',
                           'stagenorm: reads the counts, the enforced columns and the promotion gate (read-only). Grant it to the metrics collector''s login role.'))
             AS w(name, env, x, description)
  LOOP
    CONTINUE WHEN EXISTS (SELECT FROM pg_catalog.pg_roles AS r WHERE r.rolname = wanted.name);
    IF NOT (me.rolsuper OR me.rolcreaterole) THEN
      RAISE EXCEPTION 'permission denied to create role "%": the migrating role "%" has neither CREATEROLE nor SUPERUSER',
                      wanted.name, current_user
        USING ERRCODE = '42501',
              DETAIL = pg_catalog.format('stagenorm grants its privileges to role %I, which does not exist yet.', wanted.name),
              HINT = pg_catalog.format('Do one of: ALTER ROLE %I CREATEROLE (as a role that may); '
                                       'have an administrator run CREATE ROLE %I NOLOGIN; or name an existing role '
                                       'with %s=<role> (alembic -x %s=<role>). See docs/where-it-runs.md.',
                                       current_user, wanted.name, wanted.env, wanted.x);
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', wanted.name);
    EXECUTE pg_catalog.format('COMMENT ON ROLE %I IS %L', wanted.name, wanted.description);
  END LOOP;
END
$$;
