-- Chooses the implementation of the reading rules at install, from what the server offers:
-- PL/Python (stagenorm._rules_py runs stagenorm/rules.py itself) where plpython3u is
-- installed already or the migrating role may create it (a superuser, with the package
-- on the server); otherwise the portable PL/pgSQL implementation, which managed services
-- (Neon, RDS, Cloud SQL, Supabase ...) can run. Both answer alike (tests/test_portable.py).
--
-- The operator may choose: the migration sets stagenorm.implementation for its own
-- session only (stagenorm migrate --implementation, alembic -x implementation=...,
-- or STAGENORM_IMPLEMENTATION): auto (the default), plpython or plpgsql. Asking for
-- plpython where it cannot be installed fails here, before anything is created.
-- stagenorm.implementation() reports the outcome; it reads the catalog, never the setting.
DO $$
DECLARE
  wanted text := coalesce(nullif(pg_catalog.current_setting('stagenorm.implementation', true), ''), 'auto');
  installed boolean := EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'plpython3u');
  available boolean := EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'plpython3u');
  superuser boolean := (SELECT r.rolsuper FROM pg_catalog.pg_roles AS r WHERE r.rolname = current_user);
BEGIN
  IF wanted NOT IN ('auto', 'plpython', 'plpgsql') THEN
    RAISE EXCEPTION 'unknown implementation %', pg_catalog.quote_literal(wanted)
      USING ERRCODE = 'SN003',
            HINT = 'stagenorm.implementation is one of auto, plpython, plpgsql';
  END IF;
  IF wanted = 'plpgsql' OR installed THEN
    RETURN;
  END IF;
  IF available AND superuser THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS plpython3u;
      RETURN;
    EXCEPTION WHEN OTHERS THEN  -- listed but broken, e.g. linked against another Python
      IF wanted = 'plpython' THEN
        RAISE EXCEPTION 'PL/Python (plpython3u) cannot be installed: %', SQLERRM
          USING ERRCODE = 'SN000',
                HINT = 'install a plpython3u package built for this server and its Python, '
                       'or migrate with --implementation plpgsql (or auto)';
      END IF;
      RAISE NOTICE 'plpython3u is listed but cannot be created (%): installing the portable implementation', SQLERRM;
      RETURN;
    END;
  END IF;
  IF wanted = 'plpython' THEN
    RAISE EXCEPTION 'PL/Python (plpython3u) cannot be installed: %',
                    CASE WHEN NOT available THEN 'the server has no plpython3u package'
                         ELSE format('role %s is not a superuser', current_user) END
      USING ERRCODE = CASE WHEN NOT available THEN 'SN000' ELSE '42501' END,
            DETAIL = 'plpython3u is an untrusted language: only a superuser can create it, '
                     'and only where the server has its package',
            HINT = CASE WHEN NOT available
                        THEN 'install the package on the server (Debian: apt-get install postgresql-plpython3-'
                             || (pg_catalog.current_setting('server_version_num')::integer / 10000)::text
                             || '), or migrate with --implementation plpgsql (or auto)'
                        ELSE 'run the migration as a superuser, have one run CREATE EXTENSION plpython3u first, '
                             'or migrate with --implementation plpgsql (or auto)' END;
  END IF;
END
$$;

-- Creates a PL/Python routine only where PL/Python is the chosen implementation (the
-- language exists and the migration did not ask for plpgsql): files under sql/ that
-- define one call SELECT stagenorm._create_plpython($ddl$CREATE FUNCTION ...$ddl$,
-- 'signature', 'comment') instead of CREATE FUNCTION, so the install goes through
-- without PL/Python. Returns whether it created the routine.
CREATE FUNCTION stagenorm._create_plpython(ddl text, signature text, comment text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_language WHERE lanname = 'plpython3u')
     OR pg_catalog.current_setting('stagenorm.implementation', true) = 'plpgsql' THEN
    RETURN false;
  END IF;
  EXECUTE ddl;
  IF comment IS NOT NULL THEN
    EXECUTE pg_catalog.format('COMMENT ON FUNCTION %s IS %L', signature, comment);
  END IF;
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._create_plpython(text, text, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._create_plpython(text, text, text) IS
  'Private (install): create a PL/Python routine from its DDL only where PL/Python is the chosen implementation; see sql/implementation.sql.';
