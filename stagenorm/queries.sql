-- All SQL that the Python package sends, by name. Each is a thin call of a
-- stagenorm SQL function or a catalog look-up. Loaded once by stagenorm.db.

-- name: normalize_stage
SELECT stagenorm.normalize_stage(%(label)s::text) AS key;

-- name: suggest_stages
SELECT stagenorm.suggest_stages(%(label)s::text) AS keys;

-- name: parse_stage_distribution
SELECT stagenorm.parse_stage_distribution(%(input)s::jsonb, %(scale)s::text, %(tolerance)s::numeric) AS result;

-- name: preflight_plpython
SELECT EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'plpython3u') AS available,
       EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'plpython3u') AS installed;

-- name: preflight_alembic_table
SELECT to_regclass('public.alembic_version') IS NOT NULL AS present;

-- name: preflight_alembic_version
SELECT max(version_num) AS version FROM public.alembic_version;

-- name: preflight_function_exists
SELECT to_regprocedure(%(signature)s::text) IS NOT NULL AS present;

-- name: server_version
SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num;

-- name: taxonomy_stages
SELECT key, display_name, position FROM stagenorm.stage ORDER BY position;

-- name: taxonomy_aliases
SELECT alias, stage_key AS stage, decorable FROM stagenorm.stage_alias ORDER BY alias;

-- name: taxonomy_words
SELECT word, kind FROM stagenorm.taxonomy_word ORDER BY word;

-- name: taxonomy_version
SELECT stagenorm._taxonomy_version() AS version;

-- name: claim_webhook_delivery
SELECT stagenorm._claim_webhook_delivery(%(key)s::text, %(source)s::text, %(ttl)s::integer, %(now)s::timestamptz) AS claimed;

-- Backups and the restore smoke test (stagenorm/backup.py). Blocks with {braces}
-- are composed with psycopg.sql identifiers, never with string formatting.

-- name: backup_resolve_table
SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid = %(table)s::text::regclass;

-- name: backup_column_is_text
SELECT EXISTS (
  SELECT FROM pg_catalog.pg_attribute a
   WHERE a.attrelid = (SELECT c.oid FROM pg_catalog.pg_class c
                         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = %(schema)s::text AND c.relname = %(name)s::text)
     AND a.attname = %(column)s::text AND a.attnum > 0 AND NOT a.attisdropped
     AND a.atttypid IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype, 'name'::regtype)
) AS present;

-- name: backup_table_exists
SELECT EXISTS (
  SELECT FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = %(schema)s::text AND c.relname = %(name)s::text AND c.relkind IN ('r', 'p')
) AS present;

-- name: backup_all_tables
SELECT n.nspname AS schema, c.relname AS name
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r' AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY 1, 2;

-- name: backup_current_database
SELECT current_database() AS name;

-- name: backup_alembic_table
SELECT to_regclass('public.alembic_version') IS NOT NULL AS present;

-- name: backup_alembic_revision
SELECT max(version_num) AS version FROM public.alembic_version;

-- name: backup_export_snapshot
SELECT pg_catalog.pg_export_snapshot() AS snapshot;

-- name: backup_row_count
SELECT count(*) AS n FROM {table};

-- name: backup_stage_counts
SELECT {column}::text AS label, count(*) AS n FROM {table}
 GROUP BY 1 ORDER BY 2 DESC, {column}::text COLLATE "C" NULLS FIRST;

-- name: restore_create_database
CREATE DATABASE {name} TEMPLATE template0;

-- name: restore_comment_database
COMMENT ON DATABASE {name} IS {comment};

-- name: restore_create_schema
CREATE SCHEMA IF NOT EXISTS {name};

-- name: restore_drop_database
DROP DATABASE IF EXISTS {name} WITH (FORCE);

-- name: restore_scratch_databases
SELECT datname AS name FROM pg_catalog.pg_database
 WHERE starts_with(datname, %(prefix)s::text) ORDER BY 1;

-- name: backup_enforced_columns
SELECT NULL::text AS schema, NULL::text AS name, NULL::text AS column WHERE false; -- TODO(issue8): registry
