-- All SQL that the Python package sends, by name. Each is a thin call of a
-- stagenorm SQL function or a catalog look-up. Loaded once by stagenorm.db.

-- name: normalize_stage
SELECT stagenorm.normalize_stage(%(label)s::text) AS key;

-- name: suggest_stages
SELECT stagenorm.suggest_stages(%(label)s::text) AS keys;

-- name: parse_stage_distribution
SELECT stagenorm.parse_stage_distribution(%(input)s::jsonb, %(scale)s::text, %(tolerance)s::numeric) AS result;

-- name: preflight_alembic_table
SELECT to_regclass('stagenorm.alembic_version') IS NOT NULL AS present;

-- name: preflight_alembic_version
SELECT max(version_num) AS version FROM stagenorm.alembic_version;

-- name: preflight_function_exists
SELECT to_regprocedure(%(signature)s::text) IS NOT NULL AS present;

-- name: server_version
SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num;

-- name: taxonomy_stages
SELECT key, display_name, position FROM stagenorm.stage ORDER BY position;

-- name: taxonomy_aliases
SELECT alias, stage_key AS stage, decorable FROM stagenorm.stage_alias ORDER BY alias;

-- name: taxonomy_words
SELECT word, kind, means FROM stagenorm.taxonomy_word ORDER BY word;

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
SELECT to_regclass('stagenorm.alembic_version') IS NOT NULL AS present;

-- name: backup_alembic_revision
SELECT max(version_num) AS version FROM stagenorm.alembic_version;

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
SELECT n.nspname AS schema, c.relname AS name, e.column_name::text AS column, e.kind
  FROM stagenorm.enforced_columns() e
  JOIN pg_catalog.pg_class c ON c.oid = e.table_name
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 ORDER BY 1, 2, 3;

-- name: restore_enforce_label
SELECT stagenorm.enforce_stage_column(%(table)s::text::regclass, %(column)s::name) AS attached;

-- name: restore_enforce_distribution
SELECT stagenorm.enforce_stage_distribution_column(%(table)s::text::regclass, %(column)s::name) AS attached;

-- name: consumer_report
SELECT * FROM stagenorm.consumer_report(%(since)s::timestamptz, %(max_examples)s::integer);

-- name: mode_info
SELECT mode, source, since, changed_by, reason FROM stagenorm.mode_info();

-- name: set_mode
SELECT * FROM stagenorm.set_mode(%(mode)s::text, %(actor)s::text, %(reason)s::text, %(source)s::text,
                                 %(only_from)s::text, %(forced)s::boolean);

-- name: promote_mode
SELECT * FROM stagenorm.promote_mode(%(mode)s::text, %(actor)s::text, %(reason)s::text, %(force)s::boolean,
                                     %(window_minutes)s::integer, %(min_values)s::bigint,
                                     %(max_unknown_ratio)s::numeric, %(source)s::text);

-- name: promotion_gate
SELECT * FROM stagenorm.promotion_gate(coalesce(%(at)s::timestamptz, now()), %(window_minutes)s::integer,
                                       %(min_values)s::bigint, %(max_unknown_ratio)s::numeric);

-- name: mode_history
SELECT id, old_mode, new_mode, actor, reason, source, forced, db_role, changed_at
  FROM stagenorm.mode_audit ORDER BY id DESC LIMIT %(limit)s::integer;

-- Prometheus collector (stagenorm/collector.py): one cheap query per scrape, at most one per cache TTL.
-- value_counts_total() calls every value checked 'validated'; here it is 'checked' (a superset of
-- normalized and unknown) and the collector exports the partition.

-- name: collector_timeouts
-- Transaction-local (is_local true): behind a transaction pooler a session-level setting would
-- stay on a server session other clients get next, and miss the snapshot's own.
SELECT set_config('statement_timeout', %(ms)s::text, true) AS statement_timeout,
       set_config('lock_timeout', %(ms)s::text, true) AS lock_timeout;

-- name: collector_snapshot
SELECT 'db_values' AS family, v.table_name AS key,
       CASE v.outcome WHEN 'validated' THEN 'checked' ELSE v.outcome END AS outcome, v.count AS value
  FROM stagenorm.value_counts_total() AS v
UNION ALL
SELECT 'backfill_jobs', j.status, NULL, count(*)
  FROM stagenorm.backfill_job AS j
 GROUP BY j.status
UNION ALL
SELECT 'backfill_rows', k.kind, NULL, k.n
  FROM (SELECT coalesce(sum(b.rows_scanned), 0)::bigint AS scanned,
               coalesce(sum(b.rows_changed), 0)::bigint AS changed,
               coalesce(sum(b.rows_unknown), 0)::bigint AS unknown
          FROM stagenorm.backfill_job AS b
         WHERE NOT b.dry_run) AS s
 CROSS JOIN LATERAL (VALUES ('scanned', s.scanned), ('changed', s.changed), ('unknown', s.unknown)) AS k(kind, n);

-- Batched normalization from the shell (stagenorm/backfill.py): the same job machinery
-- as CALL stagenorm.normalize_batched, one batch per transaction.

-- name: backfill_start
SELECT * FROM stagenorm._backfill_start(%(table)s::text::regclass, %(column)s::name,
                                        %(batch_size)s::integer, %(dry_run)s::boolean);

-- name: backfill_statement_timeout
SELECT pg_catalog.set_config('statement_timeout', %(ms)s::text, true) AS statement_timeout;

-- name: backfill_batch
SELECT * FROM stagenorm._normalize_batch(%(job_id)s::bigint, %(after_key)s::text, %(batch_size)s::integer,
                                         %(lock_timeout)s::interval, false);

-- name: backfill_count_retry
UPDATE stagenorm.backfill_job SET retries = retries + 1 WHERE id = %(job_id)s::bigint;

-- name: backfill_stop_requested
SELECT stop_requested FROM stagenorm.backfill_job WHERE id = %(job_id)s::bigint;

-- name: backfill_finish
SELECT * FROM stagenorm._backfill_finish(%(job_id)s::bigint, %(status)s::text, %(error)s::text);

-- name: backfill_jobs_by_status
SELECT status, count(*) AS jobs FROM stagenorm.backfill_job GROUP BY status;

-- name: backfill_unknowns
SELECT label, rows, suggestions FROM stagenorm.backfill_unknowns(%(job_id)s::bigint) LIMIT %(limit)s::integer;

-- name: backfill_changed_by_stage
SELECT stage, rows FROM stagenorm.backfill_changed_by_stage(%(job_id)s::bigint);

-- name: backfill_unknown_label_count
SELECT count(*) AS labels
  FROM stagenorm.backfill_job AS j, jsonb_object_keys(j.unknown_labels) AS k
 WHERE j.id = %(job_id)s::bigint;

-- name: preflight_mode_info
SELECT mode, source, current_database() AS database FROM stagenorm.mode_info();

-- What `stagenorm migrate` needs, for stagenorm preflight (stagenorm/preflight.py): who we
-- are, what we may create, who owns the schema, which roles exist, what the server offers.
-- name: preflight_privileges
SELECT current_user AS role,
       r.rolsuper AS superuser,
       r.rolcreaterole AS createrole,
       pg_catalog.current_database() AS database,
       pg_catalog.has_database_privilege(pg_catalog.current_database(), 'CREATE') AS create_on_database,
       n.nspowner::regrole::text AS schema_owner,
       n.oid IS NOT NULL AND pg_catalog.pg_has_role(current_user, n.nspowner, 'USAGE') AS owns_schema,
       EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = %(admin)s::text) AS admin_exists,
       EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = %(monitor)s::text) AS monitor_exists,
       EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'plpython3u') AS plpython_available,
       EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'plpython3u') AS plpython_installed,
       pg_catalog.current_setting('server_version_num')::int AS server_version_num
  FROM pg_catalog.pg_roles AS r
  LEFT JOIN pg_catalog.pg_namespace AS n ON n.nspname = 'stagenorm'
 WHERE r.rolname = current_user;

-- name: preflight_extension
SELECT a.name IS NOT NULL AS available, a.installed_version IS NOT NULL AS installed,
       coalesce((SELECT bool_or(v.trusted) FROM pg_catalog.pg_available_extension_versions AS v
                  WHERE v.name = a.name), false) AS trusted
  FROM (SELECT %(name)s::text AS wanted) AS w
  LEFT JOIN pg_catalog.pg_available_extensions AS a ON a.name = w.wanted;

-- name: preflight_implementation
SELECT stagenorm.implementation() AS implementation;
