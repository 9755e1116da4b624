-- The schema every stagenorm object lives in, and the role allowed to change the
-- validation mode and the taxonomy. (PL/Python, where used: sql/implementation.sql.)
CREATE SCHEMA stagenorm;
COMMENT ON SCHEMA stagenorm IS
  'stagenorm: canonical venture-deal stage labels. Start with \df+ stagenorm.* and docs/sql/.';

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'stagenorm_admin') THEN
    CREATE ROLE stagenorm_admin NOLOGIN;
  END IF;
END
$$;
