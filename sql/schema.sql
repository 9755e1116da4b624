-- The schema every stagenorm object lives in, the language its shared rules run in,
-- and the role allowed to change the validation mode and the taxonomy.
-- IF NOT EXISTS: Alembic has made it already, to hold stagenorm.alembic_version.
CREATE SCHEMA IF NOT EXISTS stagenorm;
COMMENT ON SCHEMA stagenorm IS
  'stagenorm: canonical venture-deal stage labels. Start with \df+ stagenorm.* and docs/sql/.';

CREATE EXTENSION IF NOT EXISTS plpython3u;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'stagenorm_admin') THEN
    CREATE ROLE stagenorm_admin NOLOGIN;
  END IF;
END
$$;
