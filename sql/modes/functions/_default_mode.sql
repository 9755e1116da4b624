-- The mode in force while no mode was ever set: the setting stagenorm.default_mode made by
-- an administrator for this database (ALTER DATABASE db SET stagenorm.default_mode =
-- 'enforce'; else ALTER ROLE ALL SET ...), read from the catalog pg_db_role_setting when it
-- names a mode, else warn. Never the session's value: SET, set_config and PGOPTIONS change
-- only that, and neither they nor ALTER ROLE <self> SET (which any role may run for itself,
-- hence role-specific rows are ignored) reach this catalog row.
CREATE FUNCTION stagenorm._default_mode() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE WHEN v.mode = ANY (pg_catalog.enum_range(NULL::stagenorm.validation_mode)::pg_catalog.text[])
              THEN v.mode ELSE 'warn' END
    FROM (SELECT pg_catalog.lower(pg_catalog.btrim(
                   (SELECT pg_catalog.substr(c.setting, pg_catalog.strpos(c.setting, '=') + 1)
                      FROM pg_catalog.pg_db_role_setting AS s
                     CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) AS c(setting)
                     WHERE s.setrole = 0
                       AND s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database AS d
                                                  WHERE d.datname = pg_catalog.current_database()))
                       AND pg_catalog.lower(pg_catalog.split_part(c.setting, '=', 1)) = 'stagenorm.default_mode'
                     ORDER BY s.setdatabase DESC
                     LIMIT 1))) AS mode) AS v
$$;
COMMENT ON FUNCTION stagenorm._default_mode() IS
  'Private: the mode while none was ever set: the database-level (else ALTER ROLE ALL) setting stagenorm.default_mode from pg_db_role_setting when valid, else warn. Never the session value.';
