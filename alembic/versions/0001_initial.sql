-- stagenorm install script, rendered by stagenorm.install from sql/ and
-- stagenorm/data/taxonomy.json. Do not edit: edit sql/ and render again.
SET check_function_bodies = off;
SET client_min_messages = warning;

-- >>> sql/schema.sql
-- The schema every stagenorm object lives in and the roles allowed to change the validation mode and the taxonomy, or to read the
-- counts. (PL/Python, where used: sql/implementation.sql.)
-- IF NOT EXISTS: Alembic has made it already, to hold stagenorm.alembic_version.
CREATE SCHEMA IF NOT EXISTS stagenorm;
COMMENT ON SCHEMA stagenorm IS
  'stagenorm: canonical venture-deal stage labels. Start with \df+ stagenorm.* and docs/sql/.';

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

-- >>> sql/implementation.sql
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

-- >>> sql/tables/backfill_change.sql
-- What batched normalization changed: per committed batch, the keys it rewrote with
-- their old and new values (parallel arrays), so revert_batched can put back the bytes.
CREATE TABLE stagenorm.backfill_change (
  job_id              bigint NOT NULL,  -- references backfill_job, see backfill_job.sql
  batch               integer NOT NULL CHECK (batch > 0),
  keys                text[] NOT NULL,
  old_values          text[] NOT NULL,
  new_values          text[] NOT NULL,
  changed_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  reverted_at         timestamptz,
  revert_skipped_keys text[],
  PRIMARY KEY (job_id, batch),
  CHECK (cardinality(keys) > 0
         AND cardinality(old_values) = cardinality(keys)
         AND cardinality(new_values) = cardinality(keys)),
  CHECK (reverted_at IS NOT NULL OR revert_skipped_keys IS NULL)
);
-- The arrays are written once per batch: lz4 compresses them several times faster than
-- the default pglz (measured in benchmarks/bench_backfill.py), where the server has it.
DO $$
BEGIN
  ALTER TABLE stagenorm.backfill_change
    ALTER COLUMN keys SET COMPRESSION lz4,
    ALTER COLUMN old_values SET COMPRESSION lz4,
    ALTER COLUMN new_values SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'this server has no lz4: backfill_change keeps the default compression';
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON stagenorm.backfill_change TO stagenorm_admin;
COMMENT ON TABLE stagenorm.backfill_change IS
  'Changes made by batched normalization: one row per committed batch, keys[i] went from old_values[i] to new_values[i]. Read row by row with stagenorm.backfill_changes(job_id); undo with CALL stagenorm.revert_batched(job_id).';
COMMENT ON COLUMN stagenorm.backfill_change.job_id IS 'The job (backfill_job.id)';
COMMENT ON COLUMN stagenorm.backfill_change.batch IS 'Batch number within the job, from 1';
COMMENT ON COLUMN stagenorm.backfill_change.keys IS 'Primary keys of the rows changed, as text (backfill_job.key_type)';
COMMENT ON COLUMN stagenorm.backfill_change.old_values IS 'The values before the change, exactly as they were';
COMMENT ON COLUMN stagenorm.backfill_change.new_values IS 'The values written, as stored: the canonical key, unless a trigger of the table''s own changed it';
COMMENT ON COLUMN stagenorm.backfill_change.changed_at IS 'When the batch ran';
COMMENT ON COLUMN stagenorm.backfill_change.reverted_at IS 'When revert_batched put this batch back';
COMMENT ON COLUMN stagenorm.backfill_change.revert_skipped_keys IS
  'Keys revert_batched left alone: their value was no longer the one the job wrote (a client changed or deleted the row)';

-- >>> sql/tables/backfill_job.sql
-- One row per batched normalization job (normalize_batched, stagenorm backfill): its
-- table and column, its checkpoint, its counts and times. Revert state lives here too.
CREATE TABLE stagenorm.backfill_job (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  table_name          regclass NOT NULL,
  column_name         name NOT NULL,
  key_column          name NOT NULL,
  key_type            regtype NOT NULL,
  status              text NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'paused', 'failed', 'done', 'reverting', 'reverted')),
  dry_run             boolean NOT NULL DEFAULT false,
  batch_size          integer NOT NULL CHECK (batch_size BETWEEN 1 AND 1000000),
  last_key            text,
  batches             integer NOT NULL DEFAULT 0,
  rows_estimate       bigint,
  rows_scanned        bigint NOT NULL DEFAULT 0,
  rows_changed        bigint NOT NULL DEFAULT 0,
  rows_unknown        bigint NOT NULL DEFAULT 0,
  rows_null           bigint NOT NULL DEFAULT 0,
  rows_skipped        bigint NOT NULL DEFAULT 0,
  retries             integer NOT NULL DEFAULT 0,
  runs                integer NOT NULL DEFAULT 1,
  dry_run_by_stage    jsonb NOT NULL DEFAULT '{}',
  unknown_labels      jsonb NOT NULL DEFAULT '{}',
  unknown_unlisted    bigint NOT NULL DEFAULT 0,
  rows_reverted       bigint NOT NULL DEFAULT 0,
  rows_revert_skipped bigint NOT NULL DEFAULT 0,
  taxonomy_version    integer,
  stop_requested      boolean NOT NULL DEFAULT false,
  backend_pid         integer,
  last_error          text,
  started_by          name NOT NULL DEFAULT session_user,
  started_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  run_started_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  run_rows_start      bigint NOT NULL DEFAULT 0,
  updated_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at         timestamptz,
  reverted_at         timestamptz,
  CHECK (NOT dry_run OR last_key IS NULL)
);
-- At most one unfinished (resumable or reverting) real job per table and column.
CREATE UNIQUE INDEX backfill_job_one_open ON stagenorm.backfill_job (table_name, column_name)
  WHERE NOT dry_run AND status IN ('running', 'paused', 'failed', 'reverting');
COMMENT ON INDEX stagenorm.backfill_job_one_open IS
  'At most one unfinished real job per table and column: a second run resumes it';
-- backfill_change.sql sorts (and is created) before this file: its reference to the job is added here.
ALTER TABLE stagenorm.backfill_change
  ADD CONSTRAINT backfill_change_job_id_fkey FOREIGN KEY (job_id) REFERENCES stagenorm.backfill_job (id) ON DELETE CASCADE;
GRANT SELECT, INSERT, UPDATE, DELETE ON stagenorm.backfill_job TO stagenorm_admin;
COMMENT ON TABLE stagenorm.backfill_job IS
  'Batched normalization jobs, one row each (CALL stagenorm.normalize_batched, stagenorm backfill). Watch with stagenorm.backfill_status(). See docs/runbooks/batched-normalization.md.';
COMMENT ON COLUMN stagenorm.backfill_job.id IS 'Job id: pass it to revert_batched, backfill_unknowns, backfill_changes, pause_backfill';
COMMENT ON COLUMN stagenorm.backfill_job.table_name IS 'The table normalized';
COMMENT ON COLUMN stagenorm.backfill_job.column_name IS 'The text column normalized';
COMMENT ON COLUMN stagenorm.backfill_job.key_column IS 'The single-column primary key the batches walk (keyset order)';
COMMENT ON COLUMN stagenorm.backfill_job.key_type IS 'Type of the primary key; last_key and backfill_change keys are its text form';
COMMENT ON COLUMN stagenorm.backfill_job.status IS
  'running (a session works on it, or one died mid-run: see backfill_status().active), paused (stopped on request, by Ctrl-C or max_batches: resumable), failed (stopped by an error: resumable), done, reverting, reverted. A dry run is never resumed: paused or failed, it just stopped early';
COMMENT ON COLUMN stagenorm.backfill_job.dry_run IS 'A dry run changes nothing and keeps no checkpoint: it only counts what a real run would do';
COMMENT ON COLUMN stagenorm.backfill_job.batch_size IS 'Rows per batch (one transaction each) asked for by the last run';
COMMENT ON COLUMN stagenorm.backfill_job.last_key IS
  'Checkpoint: the last primary key (as text) of the last committed batch; a resumed job continues after it. NULL: from the start. Always NULL for dry runs';
COMMENT ON COLUMN stagenorm.backfill_job.batches IS 'Batches committed';
COMMENT ON COLUMN stagenorm.backfill_job.rows_estimate IS 'Rows in the table when the job started (pg_class.reltuples, or count(*) when never analyzed), for progress and ETA';
COMMENT ON COLUMN stagenorm.backfill_job.rows_scanned IS 'Rows read by committed batches';
COMMENT ON COLUMN stagenorm.backfill_job.rows_changed IS 'Rows rewritten to their canonical key (would be, in a dry run)';
COMMENT ON COLUMN stagenorm.backfill_job.rows_unknown IS 'Rows whose label normalizes to no stage: never changed, listed by backfill_unknowns(id)';
COMMENT ON COLUMN stagenorm.backfill_job.rows_null IS 'Rows whose label is NULL: nothing to normalize';
COMMENT ON COLUMN stagenorm.backfill_job.rows_skipped IS 'Rows a client kept rewriting while their batch ran, left as the client wrote them';
COMMENT ON COLUMN stagenorm.backfill_job.retries IS 'Batches retried after a lock timeout, deadlock or statement_timeout';
COMMENT ON COLUMN stagenorm.backfill_job.runs IS 'Runs that worked on the job: 1, plus one per resume';
COMMENT ON COLUMN stagenorm.backfill_job.dry_run_by_stage IS
  'A dry run''s rows that would change per canonical key, {"seed": 123, ...}; empty for a real run, whose changes per stage backfill_changed_by_stage(id) sums from its change log';
COMMENT ON COLUMN stagenorm.backfill_job.unknown_labels IS
  'Unknown labels and their row counts, {"TBD": 12, ...}: the first 1000 distinct labels seen, each cut to 200 characters';
COMMENT ON COLUMN stagenorm.backfill_job.unknown_unlisted IS 'Unknown rows whose label did not fit in unknown_labels (beyond 1000 distinct labels)';
COMMENT ON COLUMN stagenorm.backfill_job.rows_reverted IS 'Rows revert_batched put back';
COMMENT ON COLUMN stagenorm.backfill_job.rows_revert_skipped IS
  'Rows revert_batched left alone because a client changed (or deleted) them after the job wrote them';
COMMENT ON COLUMN stagenorm.backfill_job.taxonomy_version IS 'Taxonomy version when the job (or its last resume) started';
COMMENT ON COLUMN stagenorm.backfill_job.stop_requested IS 'Set by pause_backfill(id): the run stops after its current batch';
COMMENT ON COLUMN stagenorm.backfill_job.backend_pid IS 'Backend running the job (pg_stat_activity.pid); NULL when no run is active';
COMMENT ON COLUMN stagenorm.backfill_job.last_error IS 'SQLSTATE and message of the error that stopped the job';
COMMENT ON COLUMN stagenorm.backfill_job.started_by IS 'Session user that started the job';
COMMENT ON COLUMN stagenorm.backfill_job.run_started_at IS 'When the current (or last) run started: rate and ETA count from here';
COMMENT ON COLUMN stagenorm.backfill_job.run_rows_start IS 'rows_scanned when the current (or last) run started';
COMMENT ON COLUMN stagenorm.backfill_job.updated_at IS 'Last committed batch or state change';
COMMENT ON COLUMN stagenorm.backfill_job.finished_at IS 'When the job reached done';
COMMENT ON COLUMN stagenorm.backfill_job.reverted_at IS 'When revert_batched finished';

-- >>> sql/tables/label_writer.sql
-- Which clients (application_name and role) wrote unknown or non-canonical stage labels:
-- the enforcement triggers add to one row per key and writing backend (no row shared
-- between backends, so writers never wait on each other); value_counts_compact() merges
-- the rows of one key. Read it grouped by its key.
CREATE TABLE stagenorm.label_writer (
  table_name       text NOT NULL,
  column_name      name NOT NULL,
  application_name text NOT NULL,
  role             name NOT NULL,
  outcome          text NOT NULL CHECK (outcome IN ('unknown', 'normalized')),
  label            text NOT NULL CHECK (length(label) <= 200),
  seen_count       bigint NOT NULL CHECK (seen_count > 0),
  first_seen       timestamptz NOT NULL,
  last_seen        timestamptz NOT NULL,
  compacted        boolean NOT NULL DEFAULT false,
  writer           integer NOT NULL DEFAULT 0
);
CREATE INDEX label_writer_key ON stagenorm.label_writer (table_name, column_name, label);
CREATE INDEX label_writer_pending ON stagenorm.label_writer (last_seen) WHERE NOT compacted;
CREATE UNIQUE INDEX label_writer_live ON stagenorm.label_writer
  (table_name, column_name, application_name, role, outcome, label, writer) WHERE writer <> 0;
COMMENT ON TABLE stagenorm.label_writer IS
  'Who wrote unknown or non-canonical stage labels, per table, column, application_name, role, outcome and label. Several rows may share a key until value_counts_compact() merges them: GROUP BY the key, sum(seen_count), min(first_seen), max(last_seen).';
COMMENT ON COLUMN stagenorm.label_writer.table_name IS 'Schema-qualified, quoted name of the table written';
COMMENT ON COLUMN stagenorm.label_writer.column_name IS 'The enforced column';
COMMENT ON COLUMN stagenorm.label_writer.application_name IS 'The writer''s application_name setting ('''' when unset)';
COMMENT ON COLUMN stagenorm.label_writer.role IS 'The writer''s login role (session_user)';
COMMENT ON COLUMN stagenorm.label_writer.outcome IS 'unknown: stored as written (warn); normalized: a known label stored as its canonical key';
COMMENT ON COLUMN stagenorm.label_writer.label IS 'The label as written, cut to 200 characters';
COMMENT ON COLUMN stagenorm.label_writer.seen_count IS 'How many values with this label';
COMMENT ON COLUMN stagenorm.label_writer.first_seen IS 'First statement that wrote it';
COMMENT ON COLUMN stagenorm.label_writer.last_seen IS 'Last statement that wrote it';
COMMENT ON COLUMN stagenorm.label_writer.compacted IS 'true for a row that value_counts_compact merged from several';
COMMENT ON COLUMN stagenorm.label_writer.writer IS 'The backend (pid) whose statements the row adds up; 0 for a merged or constructed row';

-- >>> sql/tables/mode_audit.sql
-- Every validation mode change: old mode (read under the lock of set_mode), new mode,
-- who, why, from where, whether a red promotion gate was overridden, and when.
CREATE TABLE stagenorm.mode_audit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  old_mode   text NOT NULL CHECK (old_mode IN ('off', 'warn', 'enforce')),
  new_mode   text NOT NULL CHECK (new_mode IN ('off', 'warn', 'enforce')),
  actor      text NOT NULL CHECK (actor <> ''),
  reason     text NOT NULL CHECK (reason <> ''),
  source     text NOT NULL CHECK (source <> ''),
  forced     boolean NOT NULL DEFAULT false,
  db_role    name NOT NULL DEFAULT session_user,
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX mode_audit_changed_at ON stagenorm.mode_audit (changed_at);
COMMENT ON TABLE stagenorm.mode_audit IS
  'Audit trail of validation mode changes, one row per set_mode call that changed (or re-asserted) the mode.';
COMMENT ON COLUMN stagenorm.mode_audit.id IS 'Order of the changes';
COMMENT ON COLUMN stagenorm.mode_audit.old_mode IS
  'The mode in force just before, read inside the same transaction under the mode_state row lock';
COMMENT ON COLUMN stagenorm.mode_audit.new_mode IS 'The mode set';
COMMENT ON COLUMN stagenorm.mode_audit.actor IS 'Who asked for the change (a person or a system such as alertmanager)';
COMMENT ON COLUMN stagenorm.mode_audit.reason IS 'Why';
COMMENT ON COLUMN stagenorm.mode_audit.source IS 'Where the change came from: sql, cli, webhook, alertmanager, ...';
COMMENT ON COLUMN stagenorm.mode_audit.forced IS 'true when stagenorm mode promote --force set enforce past the promotion gate';
COMMENT ON COLUMN stagenorm.mode_audit.db_role IS 'The database login role (session_user) that called set_mode';
COMMENT ON COLUMN stagenorm.mode_audit.changed_at IS 'When the change was made (clock time under the lock, so ids and times agree)';

-- >>> sql/tables/mode_state.sql
-- The validation mode of record: one row, locked by set_mode so that concurrent changes
-- serialize. mode IS NULL until the first set_mode (current_mode then reads the default).
CREATE TABLE stagenorm.mode_state (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  mode       text CHECK (mode IN ('off', 'warn', 'enforce')),
  changed_at timestamptz,
  changed_by text,
  reason     text,
  source     text,
  audit_id   bigint
);
INSERT INTO stagenorm.mode_state DEFAULT VALUES;
COMMENT ON TABLE stagenorm.mode_state IS
  'The validation mode of record (one row). Read with current_mode()/mode_info(); change only with set_mode(), which writes mode_audit.';
COMMENT ON COLUMN stagenorm.mode_state.mode IS
  'off, warn or enforce; NULL while no mode was ever set (then the database setting stagenorm.default_mode, else warn, applies)';
COMMENT ON COLUMN stagenorm.mode_state.changed_at IS 'When set_mode last wrote the row';
COMMENT ON COLUMN stagenorm.mode_state.changed_by IS 'The actor named by the last set_mode';
COMMENT ON COLUMN stagenorm.mode_state.reason IS 'The reason given to the last set_mode';
COMMENT ON COLUMN stagenorm.mode_state.source IS 'Where the last change came from: sql, cli, webhook, alertmanager, ...';
COMMENT ON COLUMN stagenorm.mode_state.audit_id IS 'The mode_audit row of the last change';

-- >>> sql/tables/python_module.sql
-- Source of the Python rules module that the PL/Python functions execute.
CREATE TABLE stagenorm.python_module (
  name   text PRIMARY KEY,
  source text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
COMMENT ON TABLE stagenorm.python_module IS
  'stagenorm/rules.py as installed: the same code the Python package runs, executed by _rules_py.';

-- >>> sql/tables/stage.sql
-- The canonical stages, in order: the taxonomy's keys and display names.
CREATE TABLE stagenorm.stage (
  key          text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
  display_name text NOT NULL UNIQUE,
  position     integer NOT NULL UNIQUE CHECK (position > 0)
);
COMMENT ON TABLE stagenorm.stage IS 'Canonical stages (key, display name, order). Seeded from stagenorm/data/taxonomy.json.';
COMMENT ON COLUMN stagenorm.stage.key IS 'Canonical key, the value normalize_stage returns';
COMMENT ON COLUMN stagenorm.stage.display_name IS 'Name shown to people';
COMMENT ON COLUMN stagenorm.stage.position IS 'Order of the stage in a fund''s life, 1 first';

-- >>> sql/tables/stage_alias.sql
-- Aliases in folded form (see docs/taxonomy.md): what a label may say for each stage.
CREATE TABLE stagenorm.stage_alias (
  alias      text PRIMARY KEY CHECK (alias <> '' AND length(alias) <= 200),
  stage_key  text NOT NULL REFERENCES stagenorm.stage (key) ON UPDATE CASCADE,
  decorable  boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT current_user
);
COMMENT ON TABLE stagenorm.stage_alias IS
  'Aliases of the canonical stages, folded (lower case, accents removed, one space between words). Change with add_alias/remove_alias.';
COMMENT ON COLUMN stagenorm.stage_alias.alias IS 'Folded alias text, e.g. ''pre seed''';
COMMENT ON COLUMN stagenorm.stage_alias.stage_key IS 'Canonical key the alias means';
COMMENT ON COLUMN stagenorm.stage_alias.decorable IS
  'May take a sub-round number, +, plus, prime, ext(ension), and (single letters) a series prefix';

-- >>> sql/tables/taxonomy_audit.sql
-- Every change to the taxonomy: who added or removed which alias, and why.
CREATE TABLE stagenorm.taxonomy_audit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action     text NOT NULL CHECK (action IN ('seed', 'add_alias', 'remove_alias')),
  alias      text,
  stage_key  text,
  actor      text NOT NULL,
  reason     text NOT NULL,
  db_role    name NOT NULL DEFAULT session_user,
  version    integer NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE stagenorm.taxonomy_audit IS 'Audit trail of taxonomy changes (seed, add_alias, remove_alias).';

-- >>> sql/tables/taxonomy_state.sql
-- One row: the taxonomy's version, bumped by every change so normalizer caches reload.
CREATE TABLE stagenorm.taxonomy_state (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    integer NOT NULL DEFAULT 0,
  changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE stagenorm.taxonomy_state IS
  'Version of the taxonomy; normalize_stage is rebuilt with it on every alias change.';

-- >>> sql/tables/taxonomy_word.sql
-- Words with a role in reading labels: fillers that are dropped, and series prefixes.
CREATE TABLE stagenorm.taxonomy_word (
  word text PRIMARY KEY CHECK (word ~ '^\S+$'),
  kind text NOT NULL CHECK (kind IN ('filler', 'series_prefix'))
);
COMMENT ON TABLE stagenorm.taxonomy_word IS
  'Filler words (dropped when something else remains) and series prefixes (series, ser).';

-- >>> sql/tables/value_count.sql
-- Per-minute counts of the values the enforcement triggers validated, per table: one row
-- per minute, table and writing backend (the statement trigger adds to its own backend's
-- row, so concurrent writers never share a row or wait on each other, and the table grows
-- with minutes, not statements), merged into one row per minute and table by
-- value_counts_compact().
CREATE TABLE stagenorm.value_count (
  minute     timestamptz NOT NULL,
  table_name text NOT NULL,
  validated  bigint NOT NULL DEFAULT 0 CHECK (validated >= 0),
  normalized bigint NOT NULL DEFAULT 0 CHECK (normalized >= 0),
  unknown    bigint NOT NULL DEFAULT 0 CHECK (unknown >= 0),
  compacted  boolean NOT NULL DEFAULT false,
  writer     integer NOT NULL DEFAULT 0
);
CREATE INDEX value_count_minute ON stagenorm.value_count (minute);
CREATE UNIQUE INDEX value_count_writer ON stagenorm.value_count (minute, table_name, writer) WHERE writer <> 0;
COMMENT ON TABLE stagenorm.value_count IS
  'Per-minute counts written by the enforcement triggers (one row per minute, table and writing backend until value_counts_compact merges a minute). Read with value_counts_total() and promotion_gate(). Rejected values abort their statement, so they are counted on a sequence per column instead (see enforced_columns()).';
COMMENT ON COLUMN stagenorm.value_count.minute IS 'Start of the minute (date_trunc of the clock time of the statement''s end)';
COMMENT ON COLUMN stagenorm.value_count.table_name IS 'Schema-qualified, quoted name of the table written';
COMMENT ON COLUMN stagenorm.value_count.validated IS 'Non-NULL values checked (warn and enforce; off checks nothing)';
COMMENT ON COLUMN stagenorm.value_count.normalized IS 'Values stored differently than written (a known label rewritten to its canonical key)';
COMMENT ON COLUMN stagenorm.value_count.unknown IS 'Values with a label that names no stage, stored as written (warn)';
COMMENT ON COLUMN stagenorm.value_count.compacted IS 'true for a row that value_counts_compact merged from several';
COMMENT ON COLUMN stagenorm.value_count.writer IS 'The backend (pid) whose statements the row adds up; 0 for a merged or constructed row';

-- >>> sql/tables/webhook_delivery.sql
-- Replay keys of the ops webhook: signed delivery ids and Alertmanager notification keys,
-- held locked by the request that claimed them until its change is made, so each is applied once.
CREATE TABLE stagenorm.webhook_delivery (
  key         text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 300),
  source      text NOT NULL CHECK (source IN ('signed', 'alertmanager')),
  received_at timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  CHECK (expires_at > received_at)
);
CREATE INDEX webhook_delivery_expires_at ON stagenorm.webhook_delivery (expires_at);
COMMENT ON TABLE stagenorm.webhook_delivery IS
  'Replay keys of the ops webhook (stagenorm serve): a key present and not expired was already applied. Written by stagenorm._claim_webhook_delivery; expired rows are purged by later claims.';
COMMENT ON COLUMN stagenorm.webhook_delivery.key IS
  'id:<webhook-id> for a signed request, am:<sha256> for an Alertmanager notification (groupKey, status, alerts'' fingerprints and startsAt)';
COMMENT ON COLUMN stagenorm.webhook_delivery.source IS 'signed (webhook-id) or alertmanager (notification key)';
COMMENT ON COLUMN stagenorm.webhook_delivery.received_at IS 'When the first delivery was accepted';
COMMENT ON COLUMN stagenorm.webhook_delivery.expires_at IS 'After this the key may be used again';

-- >>> sql/functions/_backfill_batch_settings.sql
-- The settings of one batch of a batched job (normalize or revert), for the rest of the
-- caller's transaction only (set_config(..., true) in a function without SET clauses):
-- - stagenorm.in_backfill: the job's own writes are normalized already (or put back on
--   purpose): the enforcement trigger lets them through;
-- - lock_timeout: how long the batch waits for a row lock a client holds;
-- - synchronous_commit off: the batch's commit need not wait for its WAL to reach the
--   disk. A crash can lose only the last batches (at most 3 x wal_writer_delay), each
--   with its own bookkeeping (checkpoint and change log, or the reverted_at of its log
--   row), so the job resumes before them and redoes them. Measured 8% more throughput
--   with fsync on a disk that syncs in 0.1 ms; slower disks gain more. The application's
--   own transactions keep the server's setting.
CREATE FUNCTION stagenorm._backfill_batch_settings(lock_timeout interval) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM pg_catalog.set_config('stagenorm.in_backfill', 'on', true);
  PERFORM pg_catalog.set_config('lock_timeout',
                                ceil(extract(epoch FROM lock_timeout) * 1000)::bigint::text, true);
  PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_batch_settings(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_batch_settings(interval) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_batch_settings(interval) IS
  'Private: in_backfill on, lock_timeout, synchronous_commit off for the rest of a batch''s transaction.';

-- >>> sql/functions/_backfill_finish.sql
-- Ends a run of a batched job: records its state (NULL keeps the state, e.g. done) and
-- error, and releases every hold this session has on the column's advisory lock.
CREATE FUNCTION stagenorm._backfill_finish(job_id bigint, new_status text DEFAULT NULL, error text DEFAULT NULL)
RETURNS stagenorm.backfill_job
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  job stagenorm.backfill_job;
  lock_key bigint;
  prepared text;
BEGIN
  IF new_status IS NOT NULL AND new_status NOT IN ('running', 'paused', 'failed', 'done', 'reverting', 'reverted') THEN
    RAISE EXCEPTION 'unknown job status %', pg_catalog.quote_literal(new_status)
      USING ERRCODE = 'SN003', HINT = 'one of paused, failed, done, reverting, reverted';
  END IF;
  UPDATE stagenorm.backfill_job AS j
     SET status = coalesce(new_status, j.status),
         last_error = coalesce(error, j.last_error),
         backend_pid = NULL,
         stop_requested = false,
         updated_at = pg_catalog.clock_timestamp()
   WHERE j.id = job_id
  RETURNING * INTO job;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', job_id USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  -- The batch statements this session prepared for the job.
  FOR prepared IN
    SELECT p.name FROM pg_catalog.pg_prepared_statements AS p
     WHERE p.name LIKE pg_catalog.format('stagenorm\_backfill\_%s\_%%', job.id)
  LOOP
    EXECUTE pg_catalog.format('DEALLOCATE %I', prepared);
  END LOOP;
  lock_key := stagenorm._backfill_lock_key(job.table_name, job.column_name);
  -- A session-level lock is counted: an earlier run of this session that was cut short
  -- may have left a hold, so release until this backend holds it no more.
  WHILE stagenorm._backfill_lock_holder(lock_key) = pg_catalog.pg_backend_pid() LOOP
    PERFORM pg_catalog.pg_advisory_unlock(lock_key);
  END LOOP;
  RETURN job;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_finish(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_finish(bigint, text, text) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_finish(bigint, text, text) IS
  'Private: end a run of a batched job (state, error) and release the session''s advisory lock on its column.';

-- >>> sql/functions/_backfill_lock.sql
-- Takes the session-level advisory lock of a table column for a batched job, or refuses
-- with SN004 naming the backend that holds it. Session-level: a transaction-level lock
-- would be released by the first COMMIT of the batch loop.
CREATE FUNCTION stagenorm._backfill_lock(tbl regclass, col name) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  lock_key constant bigint := stagenorm._backfill_lock_key(tbl, col);
  holder record;
  job bigint;
BEGIN
  IF pg_catalog.pg_try_advisory_lock(lock_key) THEN
    RETURN lock_key;
  END IF;
  SELECT a.pid, a.state, a.application_name, a.usename, a.backend_start
    INTO holder
    FROM pg_catalog.pg_stat_activity AS a
   WHERE a.pid = stagenorm._backfill_lock_holder(lock_key);
  SELECT j.id INTO job
    FROM stagenorm.backfill_job AS j
   WHERE j.table_name = tbl AND j.column_name = col AND j.status IN ('running', 'reverting')
   ORDER BY j.id DESC LIMIT 1;
  RAISE EXCEPTION 'another batched normalization is working on column % of table %', col, tbl
    USING ERRCODE = 'SN004',
          DETAIL = pg_catalog.format('Backend %s (user %s, application %L, state %s) holds the lock%s.',
                                     coalesce(holder.pid::text, '?'), coalesce(holder.usename::text, '?'),
                                     coalesce(holder.application_name, ''), coalesce(holder.state, '?'),
                                     CASE WHEN job IS NULL THEN '' ELSE pg_catalog.format(' (job %s)', job) END),
          HINT = CASE WHEN holder.state = 'active' OR holder.state IS NULL
                      THEN pg_catalog.format('Wait for it, or ask it to stop after its current batch: SELECT stagenorm.pause_backfill(%s);',
                                             coalesce(job::text, '<job id>'))
                      ELSE pg_catalog.format('That session is idle but kept the lock of an interrupted run: CALL again in that session, or end it with SELECT pg_terminate_backend(%s);',
                                             holder.pid)
                 END;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_lock(regclass, name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_lock(regclass, name) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_lock(regclass, name) IS
  'Private: take the session-level advisory lock of a table column for a batched job; SN004 when another backend holds it.';

-- >>> sql/functions/_backfill_lock_holder.sql
-- Which backend holds a batched-normalization advisory lock (NULL: nobody), read from
-- pg_locks, so status reports and error messages can name it.
CREATE FUNCTION stagenorm._backfill_lock_holder(lock_key bigint) RETURNS integer
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT l.pid
    FROM pg_catalog.pg_locks AS l
   WHERE l.locktype = 'advisory'
     AND l.granted
     AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
     AND l.classid = ((lock_key >> 32) & 4294967295)::oid
     AND l.objid = (lock_key & 4294967295)::oid
     AND l.objsubid = 1
   LIMIT 1
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_lock_holder(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_lock_holder(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_lock_holder(bigint) IS
  'Private: pid of the backend holding a batched-normalization advisory lock, or NULL.';

-- >>> sql/functions/_backfill_lock_key.sql
-- The advisory lock key of batched normalization on one table column: a session-level
-- lock on it means "a job (or its revert) is working on this column now".
CREATE FUNCTION stagenorm._backfill_lock_key(tbl regclass, col name) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT pg_catalog.hashtextextended(pg_catalog.format('stagenorm.backfill %s %s', tbl::oid, col), 0) $$;
REVOKE ALL ON FUNCTION stagenorm._backfill_lock_key(regclass, name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_lock_key(regclass, name) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_lock_key(regclass, name) IS
  'Private: advisory lock key of batched normalization on a table column (pg_locks: locktype advisory, classid = key >> 32, objid = key & 0xffffffff, objsubid 1).';

-- >>> sql/functions/_backfill_nonatomic.sql
-- Tells a committing procedure whether it may commit, in plain PL/pgSQL (no PL/Python:
-- it runs on managed services too). Kept with the other batched-normalization routines
-- (sql/functions/*backfill*) although it is a procedure.
--
-- How it knows without committing anything: COMMIT inside a block with an EXCEPTION
-- clause always fails, but PostgreSQL (SPI's _SPI_commit; checked on 14 to 18) checks the calling
-- context first. A CALL that may not commit (inside BEGIN ... COMMIT, psql -1, a string of
-- several statements, a function, a migration) is refused with "invalid transaction
-- termination"; one that may is refused only for the exception block ("cannot commit
-- while a subtransaction is active"). Both carry SQLSTATE 2D000, so the two are told
-- apart by message, compared with the first one as this very session words it (a DO
-- block run from inside an exception block is always in the atomic case): no English
-- text is assumed, whatever lc_messages says. Should a future PostgreSQL check in the
-- other order, both messages agree and the callers refuse every CALL with SN006, which
-- tests/test_backfill.py would show at once: it never lets a CALL through that cannot
-- commit.
--
-- No SET search_path here: a procedure with a SET clause (or SECURITY DEFINER) is always
-- called atomically, so it could never say yes. Nothing in the body is looked up on the
-- caller's path: the only operator is schema-qualified, and COMMIT and the DO block
-- name no object.
CREATE PROCEDURE stagenorm._backfill_nonatomic(INOUT nonatomic boolean DEFAULT NULL)
LANGUAGE plpgsql
AS $$
DECLARE
  atomic_refusal text;  -- what COMMIT says where a commit is not allowed, in this session
  our_refusal text;     -- what it says here
BEGIN
  BEGIN
    EXECUTE 'DO $do$ BEGIN COMMIT; END $do$';
  EXCEPTION WHEN invalid_transaction_termination THEN
    atomic_refusal := SQLERRM;
  END;
  BEGIN
    COMMIT;
  EXCEPTION WHEN invalid_transaction_termination THEN
    our_refusal := SQLERRM;
  END;
  nonatomic := atomic_refusal IS NOT NULL
               AND (our_refusal IS NULL OR our_refusal OPERATOR(pg_catalog.<>) atomic_refusal);
END
$$;
REVOKE ALL ON PROCEDURE stagenorm._backfill_nonatomic(boolean) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE stagenorm._backfill_nonatomic(boolean) TO stagenorm_admin;
COMMENT ON PROCEDURE stagenorm._backfill_nonatomic(boolean) IS
  'Private: true when the calling procedure may COMMIT (not inside a transaction block, a function or a multi-statement string); commits nothing itself. Used by normalize_batched and revert_batched to refuse with SN006 before doing anything.';

-- >>> sql/functions/_backfill_revert_batch.sql
-- One batch of a revert, inside the caller's transaction: the newest batch of the job
-- not yet reverted is put back, row by row, only where the row still holds the value
-- the job wrote; rows a client changed (or deleted) since are left alone and listed in
-- backfill_change.revert_skipped_keys. Errors come back as a status, like
-- _normalize_batch.
CREATE FUNCTION stagenorm._backfill_revert_batch(
  job_id bigint,
  lock_timeout interval DEFAULT '1s',
  catch_cancel boolean DEFAULT false,
  OUT status text,
  OUT batch integer,
  OUT reverted integer,
  OUT skipped integer,
  OUT done boolean,
  OUT err_state text,
  OUT err_message text,
  OUT err_detail text,
  OUT err_hint text
)
LANGUAGE plpgsql
-- No pinned search_path, for the reason _normalize_batch gives (the table's own triggers);
-- every name is schema-qualified instead.
SET DateStyle = 'ISO, YMD'
SET IntervalStyle = 'postgres'
SET extra_float_digits = 3
AS $$
DECLARE
  job stagenorm.backfill_job;
  change stagenorm.backfill_change;
  rel text;
  skipped_keys text[];
BEGIN
  status := 'ok'; reverted := 0; skipped := 0; done := false;
  IF lock_timeout IS NULL OR lock_timeout < interval '0' THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = '0 waits for locks without a limit';
  END IF;
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id = job_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007';
  END IF;
  IF job.status <> 'reverting' THEN
    RAISE EXCEPTION 'job % is %, not reverting', job.id, job.status USING ERRCODE = 'SN007',
      HINT = 'CALL stagenorm.revert_batched(job_id);';
  END IF;
  -- _backfill_revert_start claimed the job for this backend while it took the column's lock.
  IF job.backend_pid IS DISTINCT FROM pg_catalog.pg_backend_pid() THEN
    RAISE EXCEPTION 'the revert of job % is not claimed by this session', job.id USING ERRCODE = 'SN004',
      HINT = 'reverts run from CALL stagenorm.revert_batched(job_id), which claims the job and takes the lock';
  END IF;
  SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
   WHERE c.oid = job.table_name;
  IF rel IS NULL THEN
    RAISE EXCEPTION 'the table of job % no longer exists', job.id USING ERRCODE = 'SN007';
  END IF;

  PERFORM stagenorm._backfill_batch_settings(lock_timeout);

  BEGIN
    SELECT * INTO change FROM stagenorm.backfill_change AS c
     WHERE c.job_id = job.id AND c.reverted_at IS NULL
     ORDER BY c.batch DESC LIMIT 1
       FOR UPDATE;
    IF NOT FOUND THEN
      done := true;
      UPDATE stagenorm.backfill_job AS j
         SET status = 'reverted', reverted_at = pg_catalog.clock_timestamp(), updated_at = pg_catalog.clock_timestamp()
       WHERE j.id = job.id;
      RETURN;
    END IF;
    batch := change.batch;
    EXECUTE pg_catalog.format($sql$
      WITH v AS (SELECT u.k, u.o, u.n FROM ROWS FROM (pg_catalog.unnest($1::text[]), pg_catalog.unnest($2::text[]), pg_catalog.unnest($3::text[])) AS u(k, o, n)),
      put AS (
        UPDATE %1$s AS t SET %2$I = v.o FROM v
         WHERE t.%3$I = v.k::%4$s AND (t.%2$I COLLATE "C") = v.n
        RETURNING v.k
      )
      SELECT (SELECT pg_catalog.count(*) FROM put)::integer,
             (SELECT pg_catalog.array_agg(k ORDER BY k) FROM (SELECT k FROM v EXCEPT SELECT k FROM put) AS s)
      $sql$, rel, job.column_name, job.key_column, pg_catalog.format_type(job.key_type, NULL))
      INTO reverted, skipped_keys
      USING change.keys, change.old_values, change.new_values;
    skipped := coalesce(pg_catalog.cardinality(skipped_keys), 0);
    UPDATE stagenorm.backfill_change AS c
       SET reverted_at = pg_catalog.clock_timestamp(), revert_skipped_keys = skipped_keys
     WHERE c.job_id = job.id AND c.batch = change.batch;
    UPDATE stagenorm.backfill_job AS j
       SET rows_reverted = j.rows_reverted + reverted,
           rows_revert_skipped = j.rows_revert_skipped + skipped,
           updated_at = pg_catalog.clock_timestamp()
     WHERE j.id = job.id;
  EXCEPTION
    WHEN lock_not_available OR deadlock_detected OR serialization_failure THEN
      status := 'retry';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
    WHEN query_canceled THEN
      IF NOT catch_cancel THEN
        RAISE;
      END IF;
      status := 'cancelled';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
    WHEN OTHERS THEN
      status := 'error';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
  END;
  IF status <> 'ok' THEN
    reverted := 0; skipped := 0; done := false;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_revert_batch(bigint, interval, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_revert_batch(bigint, interval, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_revert_batch(bigint, interval, boolean) IS
  'Private: revert the newest unreverted batch of a job in the caller''s transaction (only rows still holding the value the job wrote).';

-- >>> sql/functions/_backfill_revert_start.sql
-- Starts or resumes the revert of a batched normalization job: checks that there is
-- something to put back, takes the column's advisory lock (SN004 while the job or
-- another revert runs) and marks the job reverting.
CREATE FUNCTION stagenorm._backfill_revert_start(job_id bigint)
RETURNS stagenorm.backfill_job
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  job stagenorm.backfill_job;
  lock_key bigint;
BEGIN
  IF job_id IS NULL THEN
    RAISE EXCEPTION 'job_id is required' USING ERRCODE = 'SN003',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  IF NOT pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'role % may not revert batched normalization', current_user USING ERRCODE = '42501',
      HINT = pg_catalog.format('GRANT stagenorm_admin TO %I;', current_user);
  END IF;
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id = job_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', job_id USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  IF job.dry_run THEN
    RAISE EXCEPTION 'job % was a dry run: it changed nothing', job_id USING ERRCODE = 'SN007';
  END IF;
  IF job.status = 'reverted' THEN
    RAISE EXCEPTION 'job % was reverted already, at %', job_id, job.reverted_at USING ERRCODE = 'SN007';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS c WHERE c.oid = job.table_name) THEN
    RAISE EXCEPTION 'the table of job % no longer exists', job_id USING ERRCODE = 'SN007',
      DETAIL = 'its changes are still in stagenorm.backfill_changes(job_id)';
  END IF;
  lock_key := stagenorm._backfill_lock(job.table_name, job.column_name);
  BEGIN
    UPDATE stagenorm.backfill_job AS j
       SET status = 'reverting', backend_pid = pg_catalog.pg_backend_pid(), stop_requested = false,
           last_error = NULL, run_started_at = pg_catalog.clock_timestamp(), runs = j.runs + 1,
           updated_at = pg_catalog.clock_timestamp()
     WHERE j.id = job_id
    RETURNING * INTO job;
  EXCEPTION WHEN OTHERS THEN
    WHILE stagenorm._backfill_lock_holder(lock_key) = pg_catalog.pg_backend_pid() LOOP
      PERFORM pg_catalog.pg_advisory_unlock(lock_key);
    END LOOP;
    RAISE;
  END;
  RETURN job;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_revert_start(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_revert_start(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_revert_start(bigint) IS
  'Private: take the advisory lock of a job''s column and mark the job reverting (used by revert_batched).';

-- >>> sql/functions/_backfill_sleep.sql
-- Sleeps between batches (the pause, and the back-off before a retry). Returns false when
-- the sleep was cancelled (Ctrl-C in psql), so the procedure can park its job first.
CREATE FUNCTION stagenorm._backfill_sleep(duration interval) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF duration > interval '0' THEN
    PERFORM pg_catalog.pg_sleep(extract(epoch FROM duration)::double precision);
  END IF;
  RETURN true;
EXCEPTION WHEN query_canceled THEN
  RETURN false;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_sleep(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_sleep(interval) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_sleep(interval) IS
  'Private: sleep between batches; false when cancelled.';

-- >>> sql/functions/_backfill_start.sql
-- Starts or resumes the batched normalization job of a table column: checks the table,
-- the column and the caller, takes the column's advisory lock (SN004 when busy), and
-- returns the job. The same table and column again resumes the unfinished job.
CREATE FUNCTION stagenorm._backfill_start(tbl regclass, col name, batch_size integer, dry_run boolean)
RETURNS stagenorm.backfill_job
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  rel record;
  att record;
  key_att record;
  pk record;
  base_type oid;
  type_mod integer;
  longest_key integer;
  lock_key bigint;
  job stagenorm.backfill_job;
  estimate bigint;
  version integer;
BEGIN
  IF tbl IS NULL OR col IS NULL THEN
    RAISE EXCEPTION 'table and column are required' USING ERRCODE = 'SN003',
      HINT = 'CALL stagenorm.normalize_batched(''schema.table'', ''column'');';
  END IF;
  IF batch_size IS NULL OR batch_size < 1 OR batch_size > 1000000 THEN
    RAISE EXCEPTION 'batch_size must be between 1 and 1000000, not %', coalesce(batch_size::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default, 5000, suits most tables';
  END IF;
  IF dry_run IS NULL THEN
    RAISE EXCEPTION 'dry_run must be true or false, not NULL' USING ERRCODE = 'SN003';
  END IF;
  IF NOT pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'role % may not run batched normalization', current_user USING ERRCODE = '42501',
      HINT = pg_catalog.format('GRANT stagenorm_admin TO %I;', current_user);
  END IF;

  SELECT c.oid, c.relkind, n.nspname, c.relname, c.reltuples
    INTO rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
   WHERE c.oid = tbl;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no table with oid %', tbl::oid USING ERRCODE = 'SN003',
      HINT = 'pass the table by name: ''schema.table''';
  END IF;
  IF rel.relkind NOT IN ('r', 'p') THEN
    RAISE EXCEPTION '% is not a table', tbl USING ERRCODE = 'SN005',
      DETAIL = pg_catalog.format('relkind %s', rel.relkind),
      HINT = 'normalize the table the view or foreign table reads from';
  END IF;
  IF rel.nspname = 'stagenorm' THEN
    RAISE EXCEPTION 'stagenorm''s own tables are not normalized in batches' USING ERRCODE = 'SN005';
  END IF;

  SELECT a.attnum, a.atttypid, a.atttypmod, a.attgenerated
    INTO att
    FROM pg_catalog.pg_attribute AS a
   WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'table % has no column %', tbl, pg_catalog.quote_ident(col) USING ERRCODE = 'SN003',
      HINT = coalesce('text columns: ' || (
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
          FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped
           AND a.atttypid IN ('text'::regtype, 'varchar'::regtype)), 'the table has no text column');
  END IF;
  -- Domains count as their base type.
  base_type := att.atttypid;
  type_mod := att.atttypmod;
  WHILE (SELECT t.typtype FROM pg_catalog.pg_type AS t WHERE t.oid = base_type) = 'd' LOOP
    SELECT t.typbasetype, t.typtypmod INTO base_type, type_mod FROM pg_catalog.pg_type AS t WHERE t.oid = base_type;
  END LOOP;
  IF base_type NOT IN ('text'::regtype, 'varchar'::regtype) THEN
    RAISE EXCEPTION 'column % of % is of type %, not text', pg_catalog.quote_ident(col), tbl,
      pg_catalog.format_type(att.atttypid, att.atttypmod)
      USING ERRCODE = 'SN005', HINT = 'batched normalization rewrites text or varchar columns';
  END IF;
  IF att.attgenerated <> '' THEN
    RAISE EXCEPTION 'column % of % is generated', pg_catalog.quote_ident(col), tbl USING ERRCODE = 'SN005',
      HINT = 'normalize the column it is generated from';
  END IF;
  IF base_type = 'varchar'::regtype AND type_mod > 0 THEN
    SELECT pg_catalog.max(pg_catalog.length(s.key)) INTO longest_key FROM stagenorm.stage AS s;
  END IF;
  IF type_mod - 4 < longest_key THEN
    RAISE EXCEPTION 'column % of % (%) is too short for the canonical keys', pg_catalog.quote_ident(col), tbl,
      pg_catalog.format_type(att.atttypid, att.atttypmod)
      USING ERRCODE = 'SN005', DETAIL = pg_catalog.format('the longest canonical key has %s characters', longest_key),
            HINT = pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE text;', tbl, col);
  END IF;

  SELECT i.indnkeyatts, i.indkey[0] AS attnum INTO pk
    FROM pg_catalog.pg_index AS i WHERE i.indrelid = tbl AND i.indisprimary;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'table % has no primary key', tbl USING ERRCODE = 'SN005',
      DETAIL = 'Batches walk the table in primary-key order and resume after the last key they committed.',
      HINT = pg_catalog.format('ALTER TABLE %s ADD PRIMARY KEY (<unique not-null column>);', tbl);
  END IF;
  IF pk.indnkeyatts <> 1 THEN
    RAISE EXCEPTION 'the primary key of % has % columns; batched normalization needs a single-column key',
      tbl, pk.indnkeyatts USING ERRCODE = 'SN005',
      HINT = 'add a single-column key (e.g. a bigint identity column) and make it the primary key';
  END IF;
  IF pk.attnum = att.attnum THEN
    RAISE EXCEPTION 'column % is the primary key of %: keys are not rewritten', pg_catalog.quote_ident(col), tbl
      USING ERRCODE = 'SN005';
  END IF;
  SELECT a.attname, a.atttypid INTO key_att
    FROM pg_catalog.pg_attribute AS a WHERE a.attrelid = tbl AND a.attnum = pk.attnum;

  lock_key := stagenorm._backfill_lock(tbl, col);
  BEGIN
    IF EXISTS (SELECT FROM stagenorm.backfill_job AS j
                WHERE j.table_name = tbl AND j.column_name = col AND j.status = 'reverting') THEN
      RAISE EXCEPTION 'job % is being reverted', (SELECT j.id FROM stagenorm.backfill_job AS j
                                                  WHERE j.table_name = tbl AND j.column_name = col AND j.status = 'reverting')
        USING ERRCODE = 'SN004',
              HINT = 'finish the revert first: CALL stagenorm.revert_batched(<job id>);';
    END IF;
    -- Recorded to warn when a resumed job meets another taxonomy (when this role may read it).
    IF pg_catalog.has_table_privilege('stagenorm.taxonomy_state', 'SELECT') THEN
      version := stagenorm._taxonomy_version();
    END IF;
    IF NOT dry_run THEN
      SELECT * INTO job FROM stagenorm.backfill_job AS j
       WHERE j.table_name = tbl AND j.column_name = col AND NOT j.dry_run
         AND j.status IN ('running', 'paused', 'failed')
       FOR UPDATE;
    ELSE
      -- A dry run that was cut short is not resumed: it has no checkpoint.
      UPDATE stagenorm.backfill_job AS j
         SET status = 'failed', last_error = 'interrupted; dry runs are not resumed', backend_pid = NULL,
             updated_at = pg_catalog.clock_timestamp()
       WHERE j.table_name = tbl AND j.column_name = col AND j.dry_run AND j.status = 'running';
    END IF;
    IF job.id IS NOT NULL THEN
      IF job.key_column <> key_att.attname OR job.key_type <> key_att.atttypid THEN
        RAISE EXCEPTION 'the primary key of % changed since job % started', tbl, job.id
          USING ERRCODE = 'SN005',
                DETAIL = pg_catalog.format('The job walks %I (%s); the key is now %I (%s).', job.key_column,
                                           job.key_type, key_att.attname, key_att.atttypid::regtype),
                HINT = pg_catalog.format('Revert the job (CALL stagenorm.revert_batched(%s);), then start again.', job.id);
      END IF;
      IF version IS NOT NULL AND job.taxonomy_version IS DISTINCT FROM version THEN
        RAISE WARNING 'the taxonomy changed since job % last ran (version % -> %)', job.id, job.taxonomy_version, version
          USING DETAIL = 'Rows already done keep the keys of the older taxonomy; the rest get the current one.';
      END IF;
      UPDATE stagenorm.backfill_job AS j
         SET status = 'running', runs = j.runs + 1, batch_size = _backfill_start.batch_size,
             backend_pid = pg_catalog.pg_backend_pid(), stop_requested = false, last_error = NULL,
             run_started_at = pg_catalog.clock_timestamp(), run_rows_start = j.rows_scanned,
             taxonomy_version = version, updated_at = pg_catalog.clock_timestamp()
       WHERE j.id = job.id
      RETURNING * INTO job;
    ELSE
      IF rel.reltuples > 0 THEN
        estimate := rel.reltuples::bigint;
      ELSE
        EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %I.%I', rel.nspname, rel.relname) INTO estimate;
      END IF;
      INSERT INTO stagenorm.backfill_job AS j
             (table_name, column_name, key_column, key_type, dry_run, batch_size, rows_estimate,
              taxonomy_version, backend_pid)
      VALUES (tbl, col, key_att.attname, key_att.atttypid, dry_run, batch_size, estimate,
              version, pg_catalog.pg_backend_pid())
      RETURNING * INTO job;
    END IF;
  EXCEPTION WHEN OTHERS THEN
    -- Do not keep the lock of a job that did not start.
    WHILE stagenorm._backfill_lock_holder(lock_key) = pg_catalog.pg_backend_pid() LOOP
      PERFORM pg_catalog.pg_advisory_unlock(lock_key);
    END LOOP;
    RAISE;
  END;
  RETURN job;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_start(regclass, name, integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_start(regclass, name, integer, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_start(regclass, name, integer, boolean) IS
  'Private: check a table column, take its advisory lock and start or resume its batched job (used by normalize_batched and stagenorm backfill).';

-- >>> sql/functions/_claim_webhook_delivery.sql
-- Claims a replay key of the ops webhook: true the first time (within its time to live),
-- false for a repeat. Runs inside the caller's transaction, so a claim whose change rolls
-- back is released with it; a concurrent claim of the same key waits and then answers false.
-- SECURITY DEFINER: the webhook's role needs stagenorm_admin (for set_mode), not rights on
-- the table.
CREATE FUNCTION stagenorm._claim_webhook_delivery(
  p_key text,
  p_source text,
  p_ttl_seconds integer,
  p_now timestamptz DEFAULT NULL
) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  v_now timestamptz := coalesce(p_now, now());
  v_claimed integer;
BEGIN
  IF p_key IS NULL OR length(p_key) NOT BETWEEN 1 AND 300 THEN
    RAISE EXCEPTION 'replay key must be 1 to 300 characters'
      USING ERRCODE = 'SN003', DETAIL = format('got %s characters', length(p_key)),
            HINT = 'pass id:<webhook-id> or am:<sha256 hex>';
  END IF;
  IF p_source IS NULL OR p_source NOT IN ('signed', 'alertmanager') THEN
    RAISE EXCEPTION 'replay source must be signed or alertmanager'
      USING ERRCODE = 'SN003', DETAIL = format('got %L', p_source),
            HINT = 'signed for a webhook-id, alertmanager for a notification key';
  END IF;
  IF p_ttl_seconds IS NULL OR p_ttl_seconds NOT BETWEEN 1 AND 604800 THEN
    RAISE EXCEPTION 'replay time to live must be 1 to 604800 seconds'
      USING ERRCODE = 'SN003', DETAIL = format('got %s', p_ttl_seconds),
            HINT = 'a webhook-id needs at least twice the 300 s signature window';
  END IF;

  DELETE FROM stagenorm.webhook_delivery WHERE key = p_key AND expires_at <= v_now;
  INSERT INTO stagenorm.webhook_delivery (key, source, received_at, expires_at)
  VALUES (p_key, p_source, v_now, v_now + make_interval(secs => p_ttl_seconds))
  ON CONFLICT (key) DO NOTHING;
  GET DIAGNOSTICS v_claimed = ROW_COUNT;

  -- Housekeeping, bounded: a few expired keys go with every claim.
  DELETE FROM stagenorm.webhook_delivery
  WHERE key IN (SELECT key FROM stagenorm.webhook_delivery
                WHERE expires_at <= v_now
                ORDER BY expires_at LIMIT 100
                FOR UPDATE SKIP LOCKED);
  RETURN v_claimed = 1;
END
$$;
COMMENT ON FUNCTION stagenorm._claim_webhook_delivery(text, text, integer, timestamptz) IS
  'Private (ops webhook replay store): true when p_key was not seen within its time to live and is now recorded, false for a repeat. Raises SN003 on a bad key, source or ttl. Keep the transaction open until the change it guards is made, then commit (or roll back to release the key).';
REVOKE ALL ON FUNCTION stagenorm._claim_webhook_delivery(text, text, integer, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._claim_webhook_delivery(text, text, integer, timestamptz) TO stagenorm_admin;

-- >>> sql/functions/_default_mode.sql
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
  SELECT CASE pg_catalog.lower(pg_catalog.btrim(
                (SELECT pg_catalog.substr(c.setting, pg_catalog.strpos(c.setting, '=') + 1)
                   FROM pg_catalog.pg_db_role_setting AS s
                  CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) AS c(setting)
                  WHERE s.setrole = 0
                    AND s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database AS d
                                               WHERE d.datname = pg_catalog.current_database()))
                    AND pg_catalog.lower(pg_catalog.split_part(c.setting, '=', 1)) = 'stagenorm.default_mode'
                  ORDER BY s.setdatabase DESC
                  LIMIT 1)))
           WHEN 'off' THEN 'off' WHEN 'warn' THEN 'warn' WHEN 'enforce' THEN 'enforce'
           ELSE 'warn'
         END
$$;
COMMENT ON FUNCTION stagenorm._default_mode() IS
  'Private: the mode while none was ever set: the database-level (else ALTER ROLE ALL) setting stagenorm.default_mode from pg_db_role_setting when valid, else warn. Never the session value.';

-- >>> sql/functions/_distribution_failure.sql
-- The result of parse_stage_distribution for an input it does not read entry by entry
-- (a bad shape, an empty distribution, a cap exceeded): one error, every share 0.
CREATE FUNCTION stagenorm._distribution_failure(scale text, code text, message text) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT pg_catalog.jsonb_build_object(
           'normalized', (SELECT pg_catalog.jsonb_object_agg(s.key, 0.0) FROM stagenorm.stage AS s),
           'invalid_inputs', '[]'::jsonb,
           'suggestions', '{}'::jsonb,
           'sum', 0.0,
           'scale', scale,
           'is_valid', false,
           'errors', pg_catalog.jsonb_build_array(
                       pg_catalog.jsonb_build_object('code', code, 'message', message, 'stage', NULL)))
$$;
COMMENT ON FUNCTION stagenorm._distribution_failure(text, text, text) IS
  'Private: a parse_stage_distribution result with one error and no shares.';

-- >>> sql/functions/_distribution_limit.sql
-- The caps on what parse_stage_distribution reads (the same as MAX_ENTRIES,
-- MAX_LABEL_LENGTH and MAX_DEPTH in stagenorm/rules.py; tests/test_distribution_limits.py
-- holds them equal): the message of the first one the input exceeds, or NULL. Checked
-- before any work per entry, each by one C-level pass over the document, so a huge
-- input costs milliseconds and never reaches the rules (PL/Python cannot be cancelled).
CREATE FUNCTION stagenorm._distribution_limit(input jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  kind text := pg_catalog.jsonb_typeof(input);
  entries bigint;
  longest integer;
BEGIN
  IF kind = 'object' THEN
    entries := (SELECT pg_catalog.count(*) FROM pg_catalog.jsonb_object_keys(input));
  ELSIF kind = 'array' THEN
    entries := pg_catalog.jsonb_array_length(input);
  ELSE
    RETURN NULL;  -- not a distribution at all: INVALID_SHAPE
  END IF;
  IF entries > 1000 THEN
    RETURN pg_catalog.format('the distribution has %s entries, more than the %s allowed', entries, 1000);
  END IF;
  IF kind = 'object' THEN
    longest := (SELECT pg_catalog.max(pg_catalog.length(k)) FROM pg_catalog.jsonb_object_keys(input) AS k);
  ELSE
    longest := (SELECT pg_catalog.max(pg_catalog.length(e ->> 'stage'))
                  FROM pg_catalog.jsonb_array_elements(input) AS e
                 WHERE pg_catalog.jsonb_typeof(e) = 'object'
                   AND pg_catalog.jsonb_typeof(e -> 'stage') = 'string');
  END IF;
  IF longest > 256 THEN
    RETURN pg_catalog.format('a stage label has %s characters, more than the %s allowed', longest, 256);
  END IF;
  -- a container at level 8 below the top is the 9th level of containers
  IF pg_catalog.jsonb_path_exists(input, 'strict $.**{8} ? (@.type() == "object" || @.type() == "array")') THEN
    RETURN pg_catalog.format('the input is nested more than %s levels deep', 8);
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION stagenorm._distribution_limit(jsonb) IS
  'Private: why parse_stage_distribution will not read an input (more than 1000 entries, a label over 256 characters, nesting over 8 levels), or NULL.';

-- >>> sql/functions/_enforce_attach.sql
-- Attaches (or refreshes) enforcement on one column: checks the table and column, makes
-- the trigger functions for the mode in force, and creates the triggers (_enforce_triggers). Shared
-- by enforce_stage_column (kind label, a text column) and
-- enforce_stage_distribution_column (kind distribution, a jsonb column).
CREATE FUNCTION stagenorm._enforce_attach(tbl regclass, col name, kind text) RETURNS boolean
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  rel record;
  att record;
  base regtype;
  existing record;
  ident text;
  st stagenorm.mode_state;
  other text := CASE kind WHEN 'label' THEN 'distribution' ELSE 'label' END;
BEGIN
  IF tbl IS NULL OR col IS NULL OR btrim(col) = '' THEN
    RAISE EXCEPTION 'a table and a column are required'
      USING ERRCODE = 'SN003', HINT = 'e.g. SELECT stagenorm.enforce_stage_column(''public.deals'', ''stage'')';
  END IF;
  SELECT c.relkind, c.relname, n.nspname INTO STRICT rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
   WHERE c.oid = tbl;
  IF rel.relkind NOT IN ('r', 'p') THEN
    RAISE EXCEPTION '% is not a table', tbl
      USING ERRCODE = 'SN005', HINT = 'enforcement attaches to plain or partitioned tables, not views or other relations';
  END IF;
  IF rel.nspname IN ('stagenorm', 'pg_catalog', 'information_schema', 'pg_toast') THEN
    RAISE EXCEPTION 'tables in schema % cannot be enforced', rel.nspname
      USING ERRCODE = 'SN005', HINT = 'enforce a column of an application table';
  END IF;
  SELECT a.attnum, a.atttypid, a.attgenerated INTO att
    FROM pg_catalog.pg_attribute AS a
   WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'column % of % does not exist', quote_ident(col), tbl
      USING ERRCODE = 'SN003', HINT = 'give the column name as it is spelled in the table (case matters)';
  END IF;
  base := coalesce((SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                      FROM pg_catalog.pg_type AS t WHERE t.oid = att.atttypid), att.atttypid);
  IF kind = 'label' AND base NOT IN ('text'::regtype, 'character varying'::regtype) THEN
    RAISE EXCEPTION 'column %.% is %, not text', tbl, quote_ident(col), format_type(att.atttypid, NULL)
      USING ERRCODE = 'SN005',
            HINT = CASE WHEN base IN ('jsonb'::regtype) THEN 'a jsonb stage distribution: use enforce_stage_distribution_column'
                        ELSE 'stage labels live in a text or varchar column' END;
  END IF;
  IF kind = 'distribution' AND base <> 'jsonb'::regtype THEN
    RAISE EXCEPTION 'column %.% is %, not jsonb', tbl, quote_ident(col), format_type(att.atttypid, NULL)
      USING ERRCODE = 'SN005',
            HINT = CASE WHEN base IN ('text'::regtype, 'character varying'::regtype)
                        THEN 'a single stage label: use enforce_stage_column'
                        ELSE 'stage distributions live in a jsonb column (ALTER COLUMN ... TYPE jsonb)' END;
  END IF;
  IF att.attgenerated <> '' THEN
    RAISE EXCEPTION 'column %.% is generated', tbl, quote_ident(col)
      USING ERRCODE = 'SN005', HINT = 'enforce the columns it is computed from';
  END IF;
  IF NOT has_table_privilege(session_user, tbl, 'TRIGGER') THEN
    RAISE EXCEPTION 'role % may not create triggers on %', session_user, tbl
      USING ERRCODE = '42501', HINT = format('GRANT TRIGGER ON %s TO %I, or run as the table owner', tbl, session_user);
  END IF;

  -- The lock CREATE TRIGGER takes anyway, taken first: concurrent attach/release serialize.
  EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
  -- And the mode row, shared: a concurrent set_mode either waits for us or we see its mode.
  INSERT INTO stagenorm.mode_state AS s (singleton) VALUES (true) ON CONFLICT (singleton) DO NOTHING;
  SELECT s.* INTO STRICT st FROM stagenorm.mode_state AS s WHERE s.singleton FOR SHARE;

  SELECT e.* INTO existing FROM stagenorm.enforced_columns() AS e
   WHERE e.table_name = tbl AND e.column_name = col;
  IF FOUND AND existing.kind = other THEN
    RAISE EXCEPTION 'column %.% is enforced as a %', tbl, quote_ident(col), other
      USING ERRCODE = 'SN003', HINT = format('release it first: SELECT stagenorm.release_stage%s_column(%L, %L)',
                                             CASE other WHEN 'distribution' THEN '_distribution' ELSE '' END,
                                             tbl::text, col);
  END IF;
  IF FOUND THEN
    PERFORM stagenorm._enforce_generate(tbl, col, kind, existing.ident, st.mode);
    PERFORM stagenorm._enforce_triggers(tbl, col, kind, existing.ident, st.mode, true);
    RETURN false;
  END IF;

  PERFORM stagenorm._enforce_drop_orphans();
  LOOP
    ident := regexp_replace(lower(left(rel.relname, 16)), '[^a-z0-9_]', '_', 'g') || '_'
          || regexp_replace(lower(left(col, 16)), '[^a-z0-9_]', '_', 'g') || '_'
          || left(md5(random()::text || clock_timestamp()::text), 8);
    EXIT WHEN to_regproc('stagenorm._enforce_row_' || ident) IS NULL;
  END LOOP;
  PERFORM stagenorm._enforce_generate(tbl, col, kind, ident, st.mode);
  PERFORM stagenorm._enforce_triggers(tbl, col, kind, ident, st.mode, false);
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_attach(regclass, name, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_attach(regclass, name, text) IS
  'Private: attach or refresh enforcement of a column (kind label or distribution).';

-- >>> sql/functions/_enforce_detach.sql
-- Removes enforcement from one column: its triggers, the generated functions and its
-- rejection counter. Shared by release_stage_column and release_stage_distribution_column.
CREATE FUNCTION stagenorm._enforce_detach(tbl regclass, col name, kind text) RETURNS boolean
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  existing record;
BEGIN
  IF tbl IS NULL OR col IS NULL THEN
    RAISE EXCEPTION 'a table and a column are required'
      USING ERRCODE = 'SN003', HINT = 'e.g. SELECT stagenorm.release_stage_column(''public.deals'', ''stage'')';
  END IF;
  IF NOT has_table_privilege(session_user, tbl, 'TRIGGER') THEN
    RAISE EXCEPTION 'role % may not drop triggers on %', session_user, tbl
      USING ERRCODE = '42501', HINT = 'run as the table owner';
  END IF;
  EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
  SELECT e.* INTO existing FROM stagenorm.enforced_columns() AS e
   WHERE e.table_name = tbl AND e.column_name = col;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF existing.kind <> kind THEN
    RAISE EXCEPTION 'column %.% is enforced as a %, not a %', tbl, quote_ident(col), existing.kind, kind
      USING ERRCODE = 'SN003', HINT = format('use release_stage%s_column',
                                             CASE existing.kind WHEN 'distribution' THEN '_distribution' ELSE '' END);
  END IF;
  EXECUTE format('DROP TRIGGER %I ON %s', existing.row_trigger, tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', 'stagenorm_count_' || existing.ident, tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', 'stagenorm_countu_' || existing.ident, tbl);
  EXECUTE format('DROP FUNCTION stagenorm.%I()', '_enforce_row_' || existing.ident);
  EXECUTE format('DROP FUNCTION IF EXISTS stagenorm.%I()', '_enforce_cnt_' || existing.ident);
  EXECUTE format('DROP SEQUENCE IF EXISTS stagenorm.%I', '_enforce_rej_' || existing.ident);
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_detach(regclass, name, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_detach(regclass, name, text) IS
  'Private: remove enforcement from a column (kind label or distribution).';

-- >>> sql/functions/_enforce_drop_orphans.sql
-- Drops generated row functions (with their statement functions and rejection counters) that no trigger uses any
-- more: what DROP TABLE of an enforced table leaves behind.
CREATE FUNCTION stagenorm._enforce_drop_orphans() RETURNS integer
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  f record;
  n integer := 0;
BEGIN
  FOR f IN
    SELECT p.proname
      FROM pg_catalog.pg_proc AS p
     WHERE p.pronamespace = 'stagenorm'::regnamespace AND p.proname ~ '^_enforce_row_'
       AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger AS t WHERE t.tgfoid = p.oid)
  LOOP
    EXECUTE format('DROP FUNCTION stagenorm.%I()', f.proname);
    EXECUTE format('DROP FUNCTION IF EXISTS stagenorm.%I()', '_enforce_cnt_' || substr(f.proname, 14));
    EXECUTE format('DROP SEQUENCE IF EXISTS stagenorm.%I', '_enforce_rej_' || substr(f.proname, 14));
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_drop_orphans() FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_drop_orphans() IS
  'Private: drop generated enforcement functions and counters that no trigger uses (left by DROP TABLE).';

-- >>> sql/functions/_enforce_generate.sql
-- Writes the two functions of an enforced column, static PL/pgSQL with the column name, the
-- mode in force, the stage keys and the table's primary key compiled in (set_mode writes
-- them again for a new mode, _enforce_regenerate):
-- - _enforce_row_<ident>(): the BEFORE row trigger, entered only for values that are not a
--   stage key (its WHEN clause filters canonical rows out before any PL/pgSQL runs). It runs
--   as the writer (no SECURITY DEFINER), rewrites a known label to its key, rejects an
--   unknown one in enforce (_enforce_reject, the one SECURITY DEFINER call, which counts it),
--   and tallies rewritten labels for label_writer in transaction-local settings.
-- - _enforce_cnt_<ident>(): the AFTER statement trigger (INSERT and UPDATE, with transition
--   tables), SECURITY DEFINER because it writes stagenorm's tables. It counts what the
--   statement really wrote from the transition tables (validated, unknown: nothing a session
--   can set reaches these), adds them to its backend's value_count row for the minute, adds
--   the unknown labels (from the rows) and the rewritten ones (the tally, capped by the rows)
--   to label_writer, raises the sampled WARNINGs, and once a minute compacts.
CREATE FUNCTION stagenorm._enforce_generate(
  tbl regclass,
  col name,
  kind text,
  ident text,
  mode text
) RETURNS regprocedure
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $gen$
DECLARE
  fn text := '_enforce_row_' || ident;
  cnt text := '_enforce_cnt_' || ident;
  seq text := '_enforce_rej_' || ident;
  mode_expr text;
  keys text;
  pk_join text;
  body text;
  count_body text;
  reject_call text;
BEGIN
  IF ident IS NULL OR ident !~ '^[a-z0-9_]{1,42}$' THEN
    RAISE EXCEPTION 'invalid enforcement identifier %', coalesce(quote_literal(ident), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'identifiers are made by enforce_stage_column';
  END IF;
  IF kind IS NULL OR kind NOT IN ('label', 'distribution') THEN
    RAISE EXCEPTION 'invalid enforcement kind %', coalesce(quote_literal(kind), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'label or distribution';
  END IF;
  IF mode IS NOT NULL AND mode NOT IN ('off', 'warn', 'enforce') THEN
    RAISE EXCEPTION 'invalid validation mode %', quote_literal(mode)
      USING ERRCODE = 'SN002', HINT = 'use one of off, warn, enforce';
  END IF;
  IF to_regclass(format('stagenorm.%I', seq)) IS NULL THEN
    EXECUTE format('CREATE SEQUENCE stagenorm.%I', seq);
  END IF;
  EXECUTE format('COMMENT ON SEQUENCE stagenorm.%I IS %L', seq,
                 format('Values of %s.%s rejected in enforce (never rolled back); see stagenorm.enforced_columns()',
                        tbl, quote_ident(col)));
  -- NULL mode: none was ever set; the default is read at run time from the catalog
  -- (pg_db_role_setting), never from the session.
  mode_expr := CASE WHEN mode IS NULL THEN 'stagenorm._default_mode()' ELSE quote_literal(mode) END;
  keys := quote_literal((SELECT array_agg(s.key ORDER BY s.position) FROM stagenorm.stage AS s)::text) || '::pg_catalog.text[]';
  -- Old and new rows of an UPDATE pair up on the primary key (as text: no operator lookup);
  -- without one nothing pairs, and an updated row counts only when it holds an unknown
  -- label (as unknown and validated: never a lower unknown rate than the truth).
  pk_join := coalesce((
    SELECT string_agg(format('(n.%1$I)::pg_catalog.text OPERATOR(pg_catalog.=) (o.%1$I)::pg_catalog.text', a.attname),
                      ' AND ' ORDER BY k.ord)
      FROM pg_catalog.pg_index AS i
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = tbl AND i.indisprimary), 'false');

  -- The row functions run for every non-canonical row, so they carry no SET clause (a
  -- pinned search_path costs a row several times a bare trigger: bench_trigger's
  -- pinned_row_trigger figures). Instead every name, type and operator in them is
  -- schema-qualified, as in an inlinable SQL function, and IS DISTINCT FROM and NULLIF
  -- (which look up "=" on the search path) are spelled out: a writer's search_path
  -- changes nothing they do. %1$I column, %2$s mode expression, %3$s identifier (setting
  -- names), %4$L column name for messages, %5$L rejection sequence.
  IF kind = 'label' THEN
    body := $tpl$
DECLARE
  v pg_catalog.text := NEW.%1$I;
  k pg_catalog.text;
  m pg_catalog.text;
  s pg_catalog.text;
  t pg_catalog.text;
  c pg_catalog.text;
  h pg_catalog.int4;
  i pg_catalog.int4;
BEGIN
  IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
    IF OLD.%1$I IS NOT NULL AND (OLD.%1$I)::pg_catalog.text OPERATOR(pg_catalog.=) v THEN RETURN NEW; END IF;
  END IF;
  %6$s
  IF pg_catalog.current_setting('stagenorm.in_backfill', true) OPERATOR(pg_catalog.=) 'on' THEN
    IF pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN RETURN NEW; END IF;
  END IF;
  k := stagenorm.normalize_stage(v);
  IF k IS NULL THEN
    %7$s
    RETURN NEW;  -- warn: kept; counted, recorded and reported by the statement trigger
  END IF;
  IF k OPERATOR(pg_catalog.=) v THEN RETURN NEW; END IF;
  NEW.%1$I := k;
  -- Tally the rewritten label for label_writer: the setting stagenorm.t_<ident>_<n> holds
  -- "label<US>count" (n from the label's hash; 8 probes on a collision), stagenorm.t_<ident>
  -- lists the slots used. Transaction-local: a rolled-back statement takes its tally with
  -- it. A label seen before in the statement costs two expressions.
  s := 'stagenorm.t_%3$s_' OPERATOR(pg_catalog.||)
       (pg_catalog.hashtext(pg_catalog.left(v, 200)) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text;
  c := CASE WHEN pg_catalog.starts_with(pg_catalog.current_setting(s, true), pg_catalog.left(v, 200) OPERATOR(pg_catalog.||) E'\x1f')
            THEN pg_catalog.set_config(s, pg_catalog.left(v, 200) OPERATOR(pg_catalog.||) E'\x1f' OPERATOR(pg_catalog.||)
                   ((pg_catalog.substr(pg_catalog.current_setting(s, true),
                                       pg_catalog.length(pg_catalog.left(v, 200)) OPERATOR(pg_catalog.+) 2))::pg_catalog.int8
                    OPERATOR(pg_catalog.+) 1)::pg_catalog.text, true) END;
  IF c IS NOT NULL THEN RETURN NEW; END IF;
  v := pg_catalog.left(v, 200);
  h := pg_catalog.hashtext(v) OPERATOR(pg_catalog.&) 1023;
  FOR i IN 0..7 LOOP
    s := 'stagenorm.t_%3$s_' OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text;
    t := pg_catalog.current_setting(s, true);
    IF t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN
      c := pg_catalog.set_config(s, v OPERATOR(pg_catalog.||) E'\x1f1', true);
      c := pg_catalog.set_config('stagenorm.t_%3$s',
        coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '')
          OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text
          OPERATOR(pg_catalog.||) ',', true);
      RETURN NEW;
    END IF;
    IF pg_catalog.starts_with(t, v OPERATOR(pg_catalog.||) E'\x1f') THEN
      c := pg_catalog.set_config(s, v OPERATOR(pg_catalog.||) E'\x1f' OPERATOR(pg_catalog.||)
             ((pg_catalog.substr(t, pg_catalog.length(v) OPERATOR(pg_catalog.+) 2))::pg_catalog.int8
              OPERATOR(pg_catalog.+) 1)::pg_catalog.text, true);
      RETURN NEW;
    END IF;
  END LOOP;
  -- more distinct labels in one statement than the slots take: counted, not named
  t := pg_catalog.current_setting('stagenorm.t_%3$s_x', true);
  c := pg_catalog.set_config('stagenorm.t_%3$s_x',
    (CASE WHEN t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN 1
          ELSE t::pg_catalog.int8 OPERATOR(pg_catalog.+) 1 END)::pg_catalog.text, true);
  c := pg_catalog.set_config('stagenorm.t_%3$s',
    coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '') OPERATOR(pg_catalog.||) 'x,', true);
  RETURN NEW;
END
$tpl$;
  ELSE
    body := $tpl$
DECLARE
  v pg_catalog.jsonb := NEW.%1$I;
  r pg_catalog.jsonb;
  lbl pg_catalog.text;
  m pg_catalog.text;
  s pg_catalog.text;
  t pg_catalog.text;
  h pg_catalog.int4;
  i pg_catalog.int4;
  c pg_catalog.text;
BEGIN
  IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
    IF OLD.%1$I IS NOT NULL AND (OLD.%1$I)::pg_catalog.jsonb OPERATOR(pg_catalog.=) v THEN RETURN NEW; END IF;
  END IF;
  %6$s
  IF pg_catalog.current_setting('stagenorm.in_backfill', true) OPERATOR(pg_catalog.=) 'on' THEN
    IF pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN RETURN NEW; END IF;
  END IF;
  r := stagenorm.parse_stage_distribution(v);
  -- the row trigger ran: the statement trigger reads what it left (assignments, not
  -- PERFORM: an assignment is evaluated in place, PERFORM runs a query)
  t := pg_catalog.current_setting('stagenorm.t_%3$s', true);
  IF t IS NULL OR pg_catalog.strpos(t, 'd,') OPERATOR(pg_catalog.=) 0 THEN
    c := pg_catalog.set_config('stagenorm.t_%3$s', coalesce(t, '') OPERATOR(pg_catalog.||) 'd,', true);
  END IF;
  IF NOT (r OPERATOR(pg_catalog.->>) 'is_valid')::pg_catalog.bool THEN
    %7$s
    IF pg_catalog.jsonb_array_length(r OPERATOR(pg_catalog.->) 'invalid_inputs') OPERATOR(pg_catalog.=) 0 THEN
      -- known labels, bad weights: one WARNING per statement (the statement trigger)
      c := pg_catalog.set_config('stagenorm.i_%3$s', pg_catalog.left(r OPERATOR(pg_catalog.->>) 'errors', 2000), true);
    END IF;
    RETURN NEW;  -- warn: kept; unknown labels are counted from the rows by the statement trigger
  END IF;
  IF (r OPERATOR(pg_catalog.->) 'normalized') OPERATOR(pg_catalog.=) v THEN RETURN NEW; END IF;
  NEW.%1$I := r OPERATOR(pg_catalog.->) 'normalized';
  t := pg_catalog.current_setting('stagenorm.n_%3$s', true);
  c := pg_catalog.set_config('stagenorm.n_%3$s',
    (CASE WHEN t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN 1
          ELSE t::pg_catalog.int8 OPERATOR(pg_catalog.+) 1 END)::pg_catalog.text, true);
  FOR lbl IN
    SELECT l.k FROM (
      SELECT o.k FROM pg_catalog.jsonb_object_keys(
               CASE WHEN pg_catalog.jsonb_typeof(v) OPERATOR(pg_catalog.=) 'object' THEN v END) AS o(k)
      UNION ALL
      SELECT e.e OPERATOR(pg_catalog.->>) 'stage'
        FROM pg_catalog.jsonb_array_elements(
               CASE WHEN pg_catalog.jsonb_typeof(v) OPERATOR(pg_catalog.=) 'array' THEN v END) AS e(e)
       WHERE pg_catalog.jsonb_typeof(e.e) OPERATOR(pg_catalog.=) 'object'
         AND pg_catalog.jsonb_typeof(e.e OPERATOR(pg_catalog.->) 'stage') OPERATOR(pg_catalog.=) 'string') AS l
     WHERE stagenorm.normalize_stage(l.k) IS NULL OR NOT (stagenorm.normalize_stage(l.k) OPERATOR(pg_catalog.=) l.k)
  LOOP
    lbl := pg_catalog.left(lbl, 200);
    h := pg_catalog.hashtext(lbl) OPERATOR(pg_catalog.&) 1023;
    <<probe>>
    FOR i IN 0..8 LOOP
      IF i OPERATOR(pg_catalog.=) 8 THEN
        t := pg_catalog.current_setting('stagenorm.t_%3$s_x', true);
        c := pg_catalog.set_config('stagenorm.t_%3$s_x',
          (CASE WHEN t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN 1
                ELSE t::pg_catalog.int8 OPERATOR(pg_catalog.+) 1 END)::pg_catalog.text, true);
        EXIT probe;
      END IF;
      s := 'stagenorm.t_%3$s_' OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text;
      t := pg_catalog.current_setting(s, true);
      IF t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN
        c := pg_catalog.set_config(s, lbl OPERATOR(pg_catalog.||) E'\x1f1', true);
        c := pg_catalog.set_config('stagenorm.t_%3$s',
          coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '')
            OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text
            OPERATOR(pg_catalog.||) ',', true);
        EXIT probe;
      END IF;
      IF pg_catalog.starts_with(t, lbl OPERATOR(pg_catalog.||) E'\x1f') THEN
        c := pg_catalog.set_config(s, lbl OPERATOR(pg_catalog.||) E'\x1f' OPERATOR(pg_catalog.||)
               ((pg_catalog.substr(t, pg_catalog.length(lbl) OPERATOR(pg_catalog.+) 2))::pg_catalog.int8
                OPERATOR(pg_catalog.+) 1)::pg_catalog.text, true);
        EXIT probe;
      END IF;
    END LOOP;
  END LOOP;
  RETURN NEW;
END
$tpl$;
  END IF;

  -- The statement trigger. Kind-specific parts: %8$s when a stored value counts as unknown
  -- (a label: not a stage key and not known; a distribution: one of its labels is
  -- unknown), %9$s when it is canonical (the cap on rewritten labels claimed), %10$s and
  -- %11$s the unknown labels with their rows (INSERT, UPDATE), %12$s the cap per
  -- canonical value (a distribution may have rewritten several labels).
  count_body := $tpl$
DECLARE
  m text := %2$s;
  tbl text := pg_catalog.format('%%I.%%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  at timestamptz := pg_catalog.clock_timestamp();
  validated bigint;
  unknown bigint;
  canonical bigint;
  normalized bigint := 0;
  rewritten bigint;
  claims text[] := '{}';
  slots text;
  s text;
  t text;
  invalid text;
  labels text[];
  counts bigint[];
  c text;
BEGIN
  -- What the row trigger tallied: read and cleared whatever happens next, so nothing
  -- carries over to the next statement. Any session can set these: they only name the
  -- rewritten labels, capped by the rows really written (and a writer can only name them
  -- against its own application_name and role).
  slots := coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '');
  IF slots <> '' THEN
    FOREACH s IN ARRAY pg_catalog.string_to_array(pg_catalog.rtrim(slots, ','), ',') LOOP
      IF s ~ '^[0-9]{1,4}$' THEN
        t := pg_catalog.current_setting('stagenorm.t_%3$s_' || s, true);
        IF t IS NOT NULL AND t <> '' THEN
          claims := claims || t;
          c := pg_catalog.set_config('stagenorm.t_%3$s_' || s, '', true);
        END IF;
      END IF;
    END LOOP;
    c := pg_catalog.set_config('stagenorm.t_%3$s', '', true);
    t := pg_catalog.current_setting('stagenorm.t_%3$s_x', true);
    IF t IS NOT NULL AND t <> '' THEN
      claims := claims || ('(more distinct labels)' || E'\x1f' || t);
      c := pg_catalog.set_config('stagenorm.t_%3$s_x', '', true);
    END IF;
    t := pg_catalog.current_setting('stagenorm.n_%3$s', true);
    rewritten := CASE WHEN t ~ '^[0-9]{1,15}$' THEN t::bigint ELSE 0 END;
    IF t IS NOT NULL AND t <> '' THEN
      c := pg_catalog.set_config('stagenorm.n_%3$s', '', true);
    END IF;
    invalid := nullif(pg_catalog.current_setting('stagenorm.i_%3$s', true), '');
    IF invalid IS NOT NULL THEN
      c := pg_catalog.set_config('stagenorm.i_%3$s', '', true);
    END IF;
  END IF;

  IF m = 'off' THEN RETURN NULL; END IF;
  -- The backfill's own writes are not client writes: not counted. The role the session acts
  -- as (SET ROLE, else its login role) must be a stagenorm_admin member: this function runs
  -- as its owner, so current_user would name the owner.
  IF pg_catalog.current_setting('stagenorm.in_backfill', true) = 'on' THEN
    IF pg_catalog.pg_has_role(coalesce(nullif(pg_catalog.current_setting('role'), 'none'), session_user::text),
                              'stagenorm_admin', 'MEMBER') THEN
      RETURN NULL;
    END IF;
  END IF;

  -- The counts, from the rows the statement wrote (transition tables). The common case, an
  -- INSERT whose rows the row trigger did not rewrite, counts and adds them in one query.
  IF TG_OP = 'INSERT' AND slots = '' THEN
    WITH counted AS (
      SELECT pg_catalog.count(n.%1$I) AS validated, pg_catalog.count(*) FILTER (WHERE %8$s) AS unknown
        FROM stagenorm_new AS n
    ), added AS (
      INSERT INTO stagenorm.value_count AS v (minute, table_name, writer, validated, normalized, unknown)
      SELECT pg_catalog.date_trunc('minute', at), tbl, pg_catalog.pg_backend_pid(), c.validated, 0, c.unknown
        FROM counted AS c
       WHERE c.validated > 0
      ON CONFLICT (minute, table_name, writer) WHERE writer <> 0
      DO UPDATE SET validated = v.validated + excluded.validated, unknown = v.unknown + excluded.unknown
    )
    SELECT c.validated, c.unknown INTO validated, unknown FROM counted AS c;
    IF validated = 0 THEN
      RETURN NULL;  -- nothing written: nothing counted
    END IF;
  ELSE
  IF TG_OP = 'INSERT' THEN
    SELECT pg_catalog.count(n.%1$I),
           pg_catalog.count(*) FILTER (WHERE %8$s),
           pg_catalog.count(*) FILTER (WHERE %9$s)
      INTO validated, unknown, canonical
      FROM stagenorm_new AS n;
  ELSE
    -- paired on the primary key and changed: exact; unpaired: counted only when unknown
    SELECT pg_catalog.count(*) FILTER (WHERE o.hit AND n.%1$I IS DISTINCT FROM o.was AND n.%1$I IS NOT NULL)
             + pg_catalog.count(*) FILTER (WHERE o.hit IS NULL AND %8$s),
           pg_catalog.count(*) FILTER (WHERE (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) AND %8$s),
           pg_catalog.count(*) FILTER (WHERE (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) AND %9$s)
      INTO validated, unknown, canonical
      FROM stagenorm_new AS n
      LEFT JOIN (SELECT o.*, o.%1$I AS was, true AS hit FROM stagenorm_old AS o) AS o ON %7$s;
  END IF;
  IF invalid IS NOT NULL AND m = 'warn' THEN
    PERFORM stagenorm._warn_invalid(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, invalid);
  END IF;
  IF validated = 0 THEN
    RETURN NULL;  -- nothing written: nothing counted
  END IF;

  IF pg_catalog.cardinality(claims) > 0 THEN
    normalized := stagenorm._enforce_rewritten(tbl, %4$L, claims, canonical * %12$s, at);
  END IF;
  IF %5$L = 'distribution' THEN
    normalized := least(rewritten, canonical);
  END IF;

  INSERT INTO stagenorm.value_count AS v (minute, table_name, writer, validated, normalized, unknown)
  VALUES (pg_catalog.date_trunc('minute', at), tbl, pg_catalog.pg_backend_pid(), validated, normalized, unknown)
  ON CONFLICT (minute, table_name, writer) WHERE writer <> 0
  DO UPDATE SET validated = v.validated + excluded.validated, normalized = v.normalized + excluded.normalized,
                unknown = v.unknown + excluded.unknown;
  END IF;

  IF unknown > 0 THEN
    IF TG_OP = 'INSERT' THEN
      SELECT pg_catalog.array_agg(u.label ORDER BY u.n DESC, u.label COLLATE "C"),
             pg_catalog.array_agg(u.n ORDER BY u.n DESC, u.label COLLATE "C")
        INTO labels, counts FROM (%10$s) AS u;
    ELSE
      SELECT pg_catalog.array_agg(u.label ORDER BY u.n DESC, u.label COLLATE "C"),
             pg_catalog.array_agg(u.n ORDER BY u.n DESC, u.label COLLATE "C")
        INTO labels, counts FROM (%11$s) AS u;
    END IF;
    PERFORM stagenorm._enforce_unknowns(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, '%3$s', m, labels, counts, at);
  END IF;

  -- Once a minute per session, merge old rows (never waits: try-lock, SKIP LOCKED).
  s := pg_catalog.to_char(pg_catalog.date_trunc('minute', at), 'YYYYMMDDHH24MI');
  IF pg_catalog.current_setting('stagenorm._compacted_minute', true) IS DISTINCT FROM s THEN
    c := pg_catalog.set_config('stagenorm._compacted_minute', s, false);
    IF pg_catalog.current_setting('transaction_isolation') <> 'serializable' THEN
      PERFORM stagenorm.value_counts_compact(2000);
    END IF;
  END IF;
  RETURN NULL;
END
$tpl$;

  IF kind = 'label' THEN
    count_body := format(count_body, col, mode_expr, ident, col, kind, keys, pk_join,
      -- %8$s unknown
      format('n.%1$I IS NOT NULL AND NOT ((n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND stagenorm.normalize_stage(n.%1$I) IS NULL', col, keys),
      -- %9$s canonical (a stage key)
      format('(n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)', col, keys),
      -- %10$s, %11$s unknown labels and how many rows hold each
      format('SELECT pg_catalog.left(n.%1$I, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'WHERE n.%1$I IS NOT NULL AND NOT ((n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND stagenorm.normalize_stage(n.%1$I) IS NULL GROUP BY 1', col, keys),
      format('SELECT pg_catalog.left(n.%1$I, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'LEFT JOIN (SELECT o.*, o.%1$I AS was, true AS hit FROM stagenorm_old AS o) AS o ON %3$s '
             'WHERE n.%1$I IS NOT NULL AND NOT ((n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND stagenorm.normalize_stage(n.%1$I) IS NULL AND (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) '
             'GROUP BY 1', col, keys, pk_join),
      '1');
  ELSE
    count_body := format(count_body, col, mode_expr, ident, col, kind, keys, pk_join,
      format('n.%1$I IS NOT NULL AND EXISTS (SELECT FROM stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) AND stagenorm.normalize_stage(l.l) IS NULL)',
             col, keys),
      format('n.%1$I IS NOT NULL AND NOT EXISTS (SELECT FROM stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)))', col, keys),
      format('SELECT pg_catalog.left(l.l, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'CROSS JOIN LATERAL stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND stagenorm.normalize_stage(l.l) IS NULL GROUP BY 1', col, keys),
      format('SELECT pg_catalog.left(l.l, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'LEFT JOIN (SELECT o.*, o.%1$I AS was, true AS hit FROM stagenorm_old AS o) AS o ON %3$s '
             'CROSS JOIN LATERAL stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND stagenorm.normalize_stage(l.l) IS NULL AND (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) '
             'GROUP BY 1', col, keys, pk_join),
      '100');
  END IF;

  IF mode = 'off' THEN
    body := 'BEGIN RETURN NEW; END';
  ELSE
    -- %6$s: the mode test, none when the mode is compiled in (warn or enforce); %7$s: the
    -- rejection, unconditional in enforce, none in warn
    reject_call := format('PERFORM stagenorm.%I(TG_TABLE_SCHEMA, TG_TABLE_NAME, %L, v, %L);',
                          CASE kind WHEN 'label' THEN '_enforce_reject' ELSE '_enforce_reject_distribution' END,
                          col, 'stagenorm.' || quote_ident(seq));
    body := format(body, col, mode_expr, ident, col, 'stagenorm.' || quote_ident(seq),
                   CASE WHEN mode IS NULL
                        THEN 'm := stagenorm._default_mode(); IF m OPERATOR(pg_catalog.=) ''off'' THEN RETURN NEW; END IF;'
                        ELSE '' END,
                   CASE WHEN mode IS NULL THEN 'IF m OPERATOR(pg_catalog.=) ''enforce'' THEN ' || reject_call || ' END IF;'
                        WHEN mode = 'enforce' THEN reject_call
                        ELSE '' END);
  END IF;

  EXECUTE format('CREATE OR REPLACE FUNCTION stagenorm.%I() RETURNS trigger LANGUAGE plpgsql AS %L', fn, body);
  EXECUTE format('REVOKE ALL ON FUNCTION stagenorm.%I() FROM PUBLIC', fn);
  EXECUTE format('COMMENT ON FUNCTION stagenorm.%I() IS %L', fn,
                 format('Generated by stagenorm.enforce_stage%s_column for %s.%s, mode %s: the row trigger (non-canonical values only); do not edit (release_stage%s_column removes it)',
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END, tbl, quote_ident(col),
                        coalesce(mode, 'default (database setting stagenorm.default_mode)'),
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END));
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.%I() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
    'SET search_path = pg_catalog, pg_temp AS %L', cnt, count_body);
  EXECUTE format('REVOKE ALL ON FUNCTION stagenorm.%I() FROM PUBLIC', cnt);
  EXECUTE format('COMMENT ON FUNCTION stagenorm.%I() IS %L', cnt,
                 format('Generated by stagenorm.enforce_stage%s_column for %s.%s, mode %s: the statement trigger that counts what was written; do not edit',
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END, tbl, quote_ident(col),
                        coalesce(mode, 'default (database setting stagenorm.default_mode)')));
  RETURN format('stagenorm.%I()', fn)::regprocedure;
END
$gen$;
COMMENT ON FUNCTION stagenorm._enforce_generate(regclass, name, text, text, text) IS
  'Private: (re)write the row and statement trigger functions of an enforced column for a mode (NULL: the default, read at run time from the catalog).';

-- >>> sql/functions/_enforce_labels.sql
-- The stage labels a distribution names: the keys of {"label": weight}, or the "stage"
-- strings of [{"stage", "weight"}]; nothing for any other shape. Inlinable (the counting
-- trigger calls it per row), so every name and operator in it is schema-qualified.
CREATE FUNCTION stagenorm._enforce_labels(distribution jsonb) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT k FROM pg_catalog.jsonb_object_keys(
                  CASE WHEN pg_catalog.jsonb_typeof(distribution) OPERATOR(pg_catalog.=) 'object' THEN distribution END) AS k
  UNION ALL
  SELECT e OPERATOR(pg_catalog.->>) 'stage'
    FROM pg_catalog.jsonb_array_elements(
           CASE WHEN pg_catalog.jsonb_typeof(distribution) OPERATOR(pg_catalog.=) 'array' THEN distribution END) AS e
   WHERE pg_catalog.jsonb_typeof(e) OPERATOR(pg_catalog.=) 'object'
     AND pg_catalog.jsonb_typeof(e OPERATOR(pg_catalog.->) 'stage') OPERATOR(pg_catalog.=) 'string'
$$;
COMMENT ON FUNCTION stagenorm._enforce_labels(jsonb) IS
  'Private: the labels of a stage distribution (object keys or the stage of each array entry).';

-- >>> sql/functions/_enforce_regenerate.sql
-- Rewrites the trigger functions of every enforced column for a new mode (called by
-- set_mode under its lock), switches the triggers off or on when the mode goes to or
-- from off, and drops the generated functions and counters left behind by dropped tables.
CREATE FUNCTION stagenorm._enforce_regenerate(mode text) RETURNS integer
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  r record;
  n integer := 0;
BEGIN
  FOR r IN SELECT * FROM stagenorm.enforced_columns() LOOP
    PERFORM stagenorm._enforce_generate(r.table_name, r.column_name, r.kind, r.ident, mode);
    -- to or from off the triggers change (a SHARE ROW EXCLUSIVE lock on the table, as
    -- CREATE TRIGGER takes); between warn and enforce only the functions do
    IF coalesce(mode = 'off', false) IS DISTINCT FROM (r.count_trigger IS NULL) THEN
      EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', r.table_name);
      PERFORM stagenorm._enforce_triggers(r.table_name, r.column_name, r.kind, r.ident, mode, false);
    END IF;
    n := n + 1;
  END LOOP;
  PERFORM stagenorm._enforce_drop_orphans();
  RETURN n;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_regenerate(text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_regenerate(text) IS
  'Private: regenerate every enforced column''s row function for a mode (set_mode).';

-- >>> sql/functions/_enforce_reject.sql
-- Rejects an unknown stage label in enforce: counts it on the column's rejection sequence
-- (not rolled back with the statement) and raises SN001 naming the label, with a HINT.
-- SECURITY DEFINER for the counter only; called by the row trigger, which runs as the writer.
CREATE FUNCTION stagenorm._enforce_reject(
  schema_name name,
  table_name name,
  column_name text,
  label text,
  rejected text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  suggestions text[] := stagenorm.suggest_stages(left(label, 1000));
BEGIN
  -- The row trigger runs as the writer, so any writer may call this: it counts only what a
  -- write of that label would (the mode is enforce, the label unknown, the column enforced
  -- with this counter, and the session may write the table).
  IF _enforce_reject.label IS NOT NULL AND stagenorm.normalize_stage(_enforce_reject.label) IS NULL
     AND stagenorm.current_mode() = 'enforce'
     AND EXISTS (SELECT FROM stagenorm.enforced_columns() AS e
                  JOIN pg_catalog.pg_class AS c ON c.oid = e.table_name
                  JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                 WHERE n.nspname = _enforce_reject.schema_name AND c.relname = _enforce_reject.table_name
                   AND e.column_name = _enforce_reject.column_name AND e.kind = 'label'
                   AND format('stagenorm.%I', '_enforce_rej_' || e.ident) = _enforce_reject.rejected
                   AND has_table_privilege(coalesce(nullif(current_setting('role'), 'none'), session_user::text),
                                           c.oid, 'INSERT, UPDATE')) THEN
    PERFORM nextval(rejected::regclass);
  END IF;
  RAISE EXCEPTION 'unknown stage label % for %.%.%', to_json(left(label, 80)),
                  quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name)
    USING ERRCODE = 'SN001',
          SCHEMA = schema_name, TABLE = table_name, COLUMN = column_name,
          DETAIL = 'The stage validation mode is enforce: a stage label must name a known stage.',
          HINT = CASE WHEN cardinality(suggestions) > 0
                      THEN format('Did you mean %s? Known stages: %s.', array_to_string(suggestions, ' or '),
                                  (SELECT string_agg(key, ', ' ORDER BY position) FROM stagenorm.stage))
                      ELSE format('No stage resembles it. Known stages: %s.',
                                  (SELECT string_agg(key, ', ' ORDER BY position) FROM stagenorm.stage))
                 END;
END
$$;
GRANT EXECUTE ON FUNCTION stagenorm._enforce_reject(name, name, text, text, text) TO PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_reject(name, name, text, text, text) IS
  'Private: count a rejected label and raise SN001 with suggestions (enforce mode).';

-- >>> sql/functions/_enforce_reject_distribution.sql
-- Rejects an invalid stage distribution in enforce: counts it on the column's rejection
-- sequence and raises SN001 (unknown labels, with suggestions) or SN003 (bad weights,
-- sum or shape), naming what is wrong.
CREATE FUNCTION stagenorm._enforce_reject_distribution(
  schema_name name,
  table_name name,
  column_name text,
  value jsonb,
  rejected text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  result jsonb := stagenorm.parse_stage_distribution(value);
  invalid text[] := ARRAY(SELECT jsonb_array_elements_text(result -> 'invalid_inputs'));
  errors text := (SELECT string_agg(format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                    FROM jsonb_array_elements(result -> 'errors') AS e);
BEGIN
  -- The row trigger runs as the writer, so any writer may call this: it counts only what a
  -- write of that value would (enforce, an invalid value, the column enforced with this
  -- counter, and the session may write the table).
  IF NOT coalesce((result ->> 'is_valid')::boolean, false)
     AND stagenorm.current_mode() = 'enforce'
     AND EXISTS (SELECT FROM stagenorm.enforced_columns() AS e
                  JOIN pg_catalog.pg_class AS c ON c.oid = e.table_name
                  JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                 WHERE n.nspname = _enforce_reject_distribution.schema_name AND c.relname = _enforce_reject_distribution.table_name
                   AND e.column_name = _enforce_reject_distribution.column_name AND e.kind = 'distribution'
                   AND format('stagenorm.%I', '_enforce_rej_' || e.ident) = _enforce_reject_distribution.rejected
                   AND has_table_privilege(coalesce(nullif(current_setting('role'), 'none'), session_user::text),
                                           c.oid, 'INSERT, UPDATE')) THEN
    PERFORM nextval(rejected::regclass);
  END IF;
  IF coalesce((result ->> 'is_valid')::boolean, false) THEN
    RETURN;
  END IF;
  IF cardinality(invalid) > 0 THEN
    RAISE EXCEPTION 'unknown stage labels in the stage distribution for %.%.%: %',
                    quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name),
                    (SELECT string_agg(to_json(left(l, 80))::text, ', ') FROM unnest(invalid[1:10]) AS l)
      USING ERRCODE = 'SN001',
            SCHEMA = schema_name, TABLE = table_name, COLUMN = column_name,
            DETAIL = left(errors, 2000),
            HINT = (SELECT string_agg(
                             format('%s: %s', to_json(left(l, 80)),
                                    CASE WHEN jsonb_array_length(coalesce(result -> 'suggestions' -> l, '[]')) > 0
                                         THEN 'did you mean ' || (SELECT string_agg(x, ' or ')
                                                                   FROM jsonb_array_elements_text(result -> 'suggestions' -> l) AS x) || '?'
                                         ELSE 'no stage resembles it' END), '; ')
                      FROM unnest(invalid[1:10]) AS l);
  END IF;
  RAISE EXCEPTION 'invalid stage distribution for %.%.%', quote_ident(schema_name), quote_ident(table_name),
                  quote_ident(column_name)
    USING ERRCODE = 'SN003',
          SCHEMA = schema_name, TABLE = table_name, COLUMN = column_name,
          DETAIL = left(errors, 2000),
          HINT = 'Weights are finite numbers >= 0 on one scale (percent or fraction) that add up to 100 or 1; see stagenorm.parse_stage_distribution.';
END
$$;
GRANT EXECUTE ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) TO PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) IS
  'Private: count a rejected distribution and raise SN001 (unknown labels) or SN003 (other errors) in enforce mode.';

-- >>> sql/functions/_enforce_rewritten.sql
-- Records the rewritten (normalized) labels a statement's row trigger tallied in
-- label_writer, for the writer's backend, and returns how many values they account for.
-- The tally lives in settings the session could set itself, so it is checked against the
-- rows: a claim must name a label that normalizes to a stage key other than its own
-- spelling, and all claims together are cut to `cap` (the stage keys the statement stored).
CREATE FUNCTION stagenorm._enforce_rewritten(
  tbl text,
  col name,
  claims text[],
  cap bigint,
  at timestamptz
) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  total bigint;
BEGIN
  -- each claim is "label<US>count" (the label may hold a US itself; the count never does)
  WITH split AS (
    SELECT cl, pg_catalog.substring(cl, E'\x1f([0-9]{1,15})$') AS digits
      FROM pg_catalog.unnest(claims) AS cl
  ), parsed AS (
    SELECT pg_catalog.left(s.cl, pg_catalog.length(s.cl) - pg_catalog.length(s.digits) - 1) AS label,
           s.digits::bigint AS n
      FROM split AS s
     WHERE s.digits IS NOT NULL
  ), valid AS (
    SELECT p.label, pg_catalog.sum(p.n) AS n
      FROM parsed AS p
     WHERE p.n > 0
       AND pg_catalog.length(p.label) <= 200
       AND (p.label = '(more distinct labels)'
            OR (stagenorm.normalize_stage(p.label) IS NOT NULL
                AND stagenorm.normalize_stage(p.label) IS DISTINCT FROM p.label))
     GROUP BY p.label
  ), capped AS (
    SELECT v.label,
           least(v.n, greatest(0, cap - coalesce(pg_catalog.sum(v.n) OVER (
             ORDER BY v.label COLLATE "C" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS n
      FROM valid AS v
  ), written AS (
    INSERT INTO stagenorm.label_writer AS w (table_name, column_name, application_name, role, outcome, label,
                                             seen_count, first_seen, last_seen, writer)
    SELECT tbl, col, coalesce(pg_catalog.current_setting('application_name', true), ''), session_user,
           'normalized', c.label, c.n, at, at, pg_catalog.pg_backend_pid()
      FROM capped AS c
     WHERE c.n > 0
    ON CONFLICT (table_name, column_name, application_name, role, outcome, label, writer) WHERE writer <> 0
    DO UPDATE SET seen_count = w.seen_count + excluded.seen_count, last_seen = excluded.last_seen
  )
  SELECT coalesce(pg_catalog.sum(c.n) FILTER (WHERE c.n > 0), 0) INTO total FROM capped AS c;
  RETURN total;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_rewritten(text, name, text[], bigint, timestamptz) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_rewritten(text, name, text[], bigint, timestamptz) IS
  'Private: record a statement''s rewritten labels (checked, capped by the rows written) in label_writer; returns their number.';

-- >>> sql/functions/_enforce_triggers.sql
-- Puts the triggers of an enforced column in the state its mode needs (the table must be
-- locked SHARE ROW EXCLUSIVE by the caller):
-- - stagenorm_enforce_<ident>: BEFORE INSERT OR UPDATE OF the column, FOR EACH ROW, with a
--   WHEN clause that lets only non-canonical values (not a stage key, not NULL) reach
--   PL/pgSQL; disabled in off, so off costs a write nothing;
-- - stagenorm_count_<ident> (AFTER INSERT) and stagenorm_countu_<ident> (AFTER UPDATE), FOR
--   EACH STATEMENT with transition tables, counting what was written; absent in off (a
--   disabled trigger would still make PostgreSQL collect the transition rows).
-- recreate: drop and create them again (attach: the stage keys of the WHEN clause are
-- those of today's taxonomy). Returns whether anything changed.
CREATE FUNCTION stagenorm._enforce_triggers(
  tbl regclass,
  col name,
  kind text,
  ident text,
  mode text,
  recreate boolean DEFAULT false
) RETURNS boolean
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  row_name text := 'stagenorm_enforce_' || ident;
  ins_name text := 'stagenorm_count_' || ident;
  upd_name text := 'stagenorm_countu_' || ident;
  row_state "char";
  has_ins boolean;
  has_upd boolean;
  keys text;
  cond text;
  changed boolean := false;
BEGIN
  IF ident IS NULL OR ident !~ '^[a-z0-9_]{1,42}$' THEN
    RAISE EXCEPTION 'invalid enforcement identifier %', coalesce(quote_literal(ident), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'identifiers are made by enforce_stage_column';
  END IF;
  IF recreate THEN
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', row_name, tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', ins_name, tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', upd_name, tbl);
    changed := true;
  END IF;
  SELECT t.tgenabled INTO row_state FROM pg_catalog.pg_trigger AS t WHERE t.tgrelid = tbl AND t.tgname = row_name;
  has_ins := EXISTS (SELECT FROM pg_catalog.pg_trigger AS t WHERE t.tgrelid = tbl AND t.tgname = ins_name);
  has_upd := EXISTS (SELECT FROM pg_catalog.pg_trigger AS t WHERE t.tgrelid = tbl AND t.tgname = upd_name);

  IF row_state IS NULL THEN
    keys := quote_literal((SELECT array_agg(s.key ORDER BY s.position) FROM stagenorm.stage AS s)::text)
            || '::pg_catalog.text[]';
    cond := CASE kind
              WHEN 'label' THEN format('NEW.%1$I IS NOT NULL AND NOT ((NEW.%1$I)::pg_catalog.text COLLATE "C" '
                                       'OPERATOR(pg_catalog.=) ANY (%2$s))', col, keys)
              ELSE format('NEW.%I IS NOT NULL', col)
            END;
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %I ON %s FOR EACH ROW WHEN (%s) '
                   'EXECUTE FUNCTION stagenorm.%I(%L)',
                   row_name, col, tbl, cond, '_enforce_row_' || ident, kind);
    row_state := 'O';
    changed := true;
  END IF;
  IF mode = 'off' THEN
    IF row_state <> 'D' THEN
      EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', tbl, row_name);
      changed := true;
    END IF;
    IF has_ins THEN
      EXECUTE format('DROP TRIGGER %I ON %s', ins_name, tbl);
      changed := true;
    END IF;
    IF has_upd THEN
      EXECUTE format('DROP TRIGGER %I ON %s', upd_name, tbl);
      changed := true;
    END IF;
    RETURN changed;
  END IF;
  IF row_state <> 'O' THEN
    EXECUTE format('ALTER TABLE %s ENABLE TRIGGER %I', tbl, row_name);
    changed := true;
  END IF;
  IF NOT has_ins THEN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS stagenorm_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION stagenorm.%I()', ins_name, tbl, '_enforce_cnt_' || ident);
    changed := true;
  END IF;
  IF NOT has_upd THEN
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS stagenorm_old NEW TABLE AS stagenorm_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION stagenorm.%I()', upd_name, tbl, '_enforce_cnt_' || ident);
    changed := true;
  END IF;
  RETURN changed;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_triggers(regclass, name, text, text, text, boolean) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_triggers(regclass, name, text, text, text, boolean) IS
  'Private: put an enforced column''s triggers in the state its mode needs (row trigger disabled and no count triggers in off).';

-- >>> sql/functions/_enforce_unknowns.sql
-- Records the unknown labels a statement stored (read from its rows by the statement
-- trigger) in label_writer for the writer's backend, and in warn raises the sampled
-- WARNINGs: each distinct label on its first sighting in an interval
-- (stagenorm.warning_interval, 60 s) and when its sightings pass 10, 100, 1000, ...; at
-- most 100 first sightings and 20 repeats per statement, the rest summed up in one
-- WARNING. The sightings are remembered per session in the setting stagenorm.w_<ident>
-- (JSON, at most 1000 labels): it decides only which WARNINGs this session sees, never a
-- count, so the session may set it.
CREATE FUNCTION stagenorm._enforce_unknowns(
  schema_name name,
  table_name name,
  column_name name,
  ident text,
  mode text,
  labels text[],
  counts bigint[],
  at timestamptz
) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  max_first constant integer := 100;
  max_repeats constant integer := 20;
  max_remembered constant integer := 1000;
  tbl text := pg_catalog.format('%I.%I', schema_name, table_name);
  now_s double precision := pg_catalog.date_part('epoch', at);
  interval_s double precision := 60;
  raw text;
  memory jsonb := '{}';
  entry jsonb;
  before bigint;
  after bigint;
  due bigint;
  firsts integer := 0;
  repeats integer := 0;
  reported bigint := 0;
  total bigint := 0;
  distinct_suppressed integer := 0;
  shown boolean;
  warned integer;
  i integer;
  c text;
BEGIN
  INSERT INTO stagenorm.label_writer AS w (table_name, column_name, application_name, role, outcome, label,
                                           seen_count, first_seen, last_seen, writer)
  SELECT tbl, _enforce_unknowns.column_name, coalesce(pg_catalog.current_setting('application_name', true), ''), session_user,
         'unknown', u.label, u.n, at, at, pg_catalog.pg_backend_pid()
    FROM unnest(labels, counts) AS u(label, n)
   WHERE u.n > 0
  ON CONFLICT (table_name, column_name, application_name, role, outcome, label, writer) WHERE writer <> 0
  DO UPDATE SET seen_count = w.seen_count + excluded.seen_count, last_seen = excluded.last_seen;

  IF mode IS DISTINCT FROM 'warn' THEN
    RETURN;
  END IF;
  raw := pg_catalog.current_setting('stagenorm.warning_interval', true);
  IF raw ~ '^\s*[0-9]{1,9}(\.[0-9]*)?\s*$' THEN
    interval_s := raw::double precision;
  END IF;
  raw := pg_catalog.current_setting('stagenorm.w_' || ident, true);
  IF raw IS NOT NULL AND raw <> '' THEN
    BEGIN
      memory := raw::jsonb;
      IF pg_catalog.jsonb_typeof(memory) <> 'object' THEN
        memory := '{}';
      END IF;
    EXCEPTION WHEN OTHERS THEN
      memory := '{}';  -- not ours: start again
    END;
  END IF;

  FOR i IN 1 .. coalesce(pg_catalog.array_length(labels, 1), 0) LOOP
    total := total + counts[i];
    entry := memory -> labels[i];
    IF entry IS NULL OR pg_catalog.jsonb_typeof(entry) <> 'array'
       OR now_s - coalesce((entry ->> 0)::double precision, 0) >= interval_s THEN
      entry := pg_catalog.jsonb_build_array(now_s, 0);
    END IF;
    before := coalesce((entry ->> 1)::bigint, 0);
    after := before + counts[i];
    shown := false;
    warned := 0;
    IF before = 0 THEN
      IF firsts < max_first THEN
        firsts := firsts + 1;
        reported := reported + 1;
        warned := warned + 1;
        shown := true;
        PERFORM stagenorm._warn_unknown(schema_name, table_name, column_name, labels[i], 1);
      END IF;
    END IF;
    -- the highest power of ten passed in this statement (10, 100, ...)
    due := CASE WHEN after >= 10 THEN (10::numeric ^ pg_catalog.floor(pg_catalog.log(after::numeric)))::bigint END;
    IF due IS NOT NULL AND due > before AND repeats < max_repeats THEN
      repeats := repeats + 1;
      reported := reported + 1;
      warned := warned + 1;
      PERFORM stagenorm._warn_unknown(schema_name, table_name, column_name, labels[i], due);
    END IF;
    IF counts[i] > warned THEN
      distinct_suppressed := distinct_suppressed + 1;
    END IF;
    IF before = 0 AND NOT shown THEN
      memory := memory - labels[i];  -- never reported: it still owes its first report
    ELSE
      memory := memory || pg_catalog.jsonb_build_object(labels[i], pg_catalog.jsonb_build_array(entry -> 0, after));
    END IF;
  END LOOP;

  IF (SELECT pg_catalog.count(*) FROM pg_catalog.jsonb_object_keys(memory)) > max_remembered THEN
    memory := '{}';
  END IF;
  c := pg_catalog.set_config('stagenorm.w_' || ident, memory::text, false);

  IF total - reported > 0 THEN
    RAISE WARNING '% more unknown stage labels for %.% were not reported one by one (% distinct)',
                  total - reported, tbl, pg_catalog.quote_ident(column_name), distinct_suppressed
      USING DETAIL = 'Each distinct label is reported on its first sighting per interval (stagenorm.warning_interval, 60 s; at most 100 per statement), repeats on their 10th, 100th, ... sighting (at most 20 per statement).',
            HINT = 'All of them are recorded in stagenorm.label_writer: run stagenorm consumers.';
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_unknowns(name, name, name, text, text, text[], bigint[], timestamptz) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_unknowns(name, name, name, text, text, text[], bigint[], timestamptz) IS
  'Private: record a statement''s unknown labels in label_writer and raise the sampled WARNINGs (warn).';

-- >>> sql/functions/_float_exact.sql
-- The exact decimal value of a finite double, as a numeric. PostgreSQL's float8 ->
-- numeric cast keeps only 15 digits; printing as Python does (%.12g) needs the exact
-- value to round it right. From the IEEE bits: mantissa * 2^e, and for e < 0
-- 2^e = 5^-e * 10^e; numeric multiplication is exact and the powers are built from it.
CREATE FUNCTION stagenorm._float_exact(x double precision) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  bits bigint := ('x' || pg_catalog.encode(pg_catalog.float8send(x), 'hex'))::bit(64)::bigint;
  biased integer := ((bits >> 52) & 2047)::integer;
  mantissa bigint := bits & 4503599627370495;  -- the low 52 bits
  e integer;      -- |x| = mantissa * 2^e
  n integer;
  base numeric;
  power numeric := 1;
BEGIN
  IF biased = 2047 THEN
    RAISE EXCEPTION 'no exact decimal value for %', x USING ERRCODE = 'SN003';
  END IF;
  IF biased = 0 THEN
    e := -1074;  -- zero or subnormal
  ELSE
    mantissa := mantissa + 4503599627370496;  -- the implicit 53rd bit
    e := biased - 1075;
  END IF;
  IF mantissa = 0 THEN
    RETURN 0;
  END IF;
  base := CASE WHEN e < 0 THEN 5 ELSE 2 END;
  n := abs(e);
  WHILE n > 0 LOOP  -- base^|e| by squaring: exact, about 11 steps at most
    IF n & 1 = 1 THEN
      power := power * base;
    END IF;
    base := base * base;
    n := n >> 1;
  END LOOP;
  IF e < 0 THEN
    power := power * ('1e' || e)::numeric;  -- 2^e = 5^-e / 10^-e
  END IF;
  RETURN CASE WHEN bits < 0 THEN -(mantissa * power) ELSE mantissa * power END;
END
$$;
COMMENT ON FUNCTION stagenorm._float_exact(double precision) IS
  'Private: the exact decimal value of a finite double.';

-- >>> sql/functions/_fold_compose.sql
-- Portable rules, Unicode: canonical composition of decomposed code points (the second
-- half of NFKC), from Python's primary composites (_unicode_compose) and the Hangul
-- algorithm, with the blocking rule of UAX #15. Mirrors unicodedata's composition.
-- Texts with no character that is the second of a composition return at once.
CREATE FUNCTION stagenorm._fold_compose(label text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  codes integer[];
  total integer;
  out integer[];
  starter_at integer := 1;
  starter integer;
  last_class integer;
  kept integer := 1;
  code integer;
  class integer;
  composite integer;
  i integer;
BEGIN
  IF label !~ stagenorm._unicode_second() THEN
    RETURN label;
  END IF;
  codes := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n)
                  ORDER BY n);
  total := array_length(codes, 1);
  out := codes;
  IF total < 2 THEN
    RETURN label;
  END IF;
  starter := out[1];
  last_class := coalesce((stagenorm._unicode_ccc() OPERATOR(pg_catalog.->>) chr(starter))::integer, 0);
  IF last_class <> 0 THEN
    last_class := 256;  -- the text starts with a non-starter: nothing composes with it
  END IF;
  FOR i IN 2 .. total LOOP
    code := codes[i];
    class := coalesce((stagenorm._unicode_ccc() OPERATOR(pg_catalog.->>) chr(code))::integer, 0);
    composite := NULL;
    IF starter BETWEEN 4352 AND 4370 AND code BETWEEN 4449 AND 4469 THEN  -- L + V
      composite := 44032 + ((starter - 4352) * 21 + (code - 4449)) * 28;
    ELSIF starter BETWEEN 44032 AND 55203 AND (starter - 44032) % 28 = 0
          AND code BETWEEN 4520 AND 4546 THEN  -- LV + T
      composite := starter + (code - 4519);
    ELSE
      composite := ascii(stagenorm._unicode_compose() OPERATOR(pg_catalog.->>) (chr(starter) || chr(code)));
    END IF;
    IF composite IS NOT NULL AND (last_class < class OR last_class = 0) THEN
      out[starter_at] := composite;
      starter := composite;
    ELSE
      IF class = 0 THEN
        starter_at := kept + 1;
        starter := code;
      END IF;
      last_class := class;
      kept := kept + 1;
      out[kept] := code;
    END IF;
  END LOOP;
  RETURN array_to_string(ARRAY(SELECT chr(c) FROM unnest(out[1:kept]) WITH ORDINALITY AS t(c, k)
                                ORDER BY k), '');
END
$$;
COMMENT ON FUNCTION stagenorm._fold_compose(text) IS
  'Private (portable rules): canonical composition of a decomposed text from Python''s Unicode tables.';

-- >>> sql/functions/_fold_faithful.sql
-- Portable rules, Unicode: the folding of rules.fold for a non-ASCII label, step by step
-- as Python runs it: NFKC, str.casefold, NFKD, Mn removed, NFKC, then the separator
-- table (rules._SeparatorTable). Used for labels with a character of _unicode_complex()
-- (reordering or composition across characters); _rules_fold folds the others
-- character by character with _unicode_fast(), which gives the same text for them.
CREATE FUNCTION stagenorm._fold_faithful(label text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  folded text;
BEGIN
  folded := stagenorm._fold_compose(stagenorm._fold_nfkd(label));                        -- NFKC
  folded := array_to_string(ARRAY(
              SELECT coalesce(stagenorm._unicode_casefold() OPERATOR(pg_catalog.->>) c, c)
                FROM unnest(string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
  folded := regexp_replace(stagenorm._fold_nfkd(folded), stagenorm._unicode_mn(), '', 'g');  -- no Mn
  folded := stagenorm._fold_compose(stagenorm._fold_nfkd(folded));                       -- NFKC
  RETURN array_to_string(ARRAY(
           SELECT coalesce(stagenorm._unicode_separator() OPERATOR(pg_catalog.->>) c, c)
             FROM unnest(string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
END
$$;
COMMENT ON FUNCTION stagenorm._fold_faithful(text) IS
  'Private (portable rules): rules.fold''s Unicode steps one by one (NFKC, casefold, NFKD without Mn, NFKC, separators) from Python''s tables.';

-- >>> sql/functions/_fold_nfkd.sql
-- Portable rules, Unicode: NFKD of a text, from Python's tables: _unicode_decompose (one
-- character's full decomposition; Hangul syllables algorithmically), then canonical
-- ordering by _unicode_ccc where two non-starters meet. Mirrors
-- unicodedata.normalize('NFKD', ...), for the faithful fold. Set-based, so 1 MB of text
-- takes about a second.
CREATE FUNCTION stagenorm._fold_nfkd(label text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  decomposed text;
  codes integer[];
  classes integer[];
  i integer;
  j integer;
  swap integer;
BEGIN
  decomposed := array_to_string(ARRAY(
    SELECT CASE WHEN ascii(c) BETWEEN 44032 AND 55203 THEN  -- Hangul syllable: L V (T)
                  chr(4352 + (ascii(c) - 44032) / 588) || chr(4449 + ((ascii(c) - 44032) % 588) / 28)
                  || CASE WHEN (ascii(c) - 44032) % 28 = 0 THEN '' ELSE chr(4519 + (ascii(c) - 44032) % 28) END
                ELSE coalesce(stagenorm._unicode_decompose() OPERATOR(pg_catalog.->>) c, c) END
      FROM unnest(string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
  IF decomposed !~ (stagenorm._unicode_nonstarter() || stagenorm._unicode_nonstarter()) THEN
    RETURN decomposed;  -- no two non-starters in a row: already in canonical order
  END IF;
  -- Canonical ordering: a stable sort of each run of non-starters by combining class.
  codes := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(decomposed, NULL)) WITH ORDINALITY AS t(c, n)
                  ORDER BY n);
  classes := ARRAY(SELECT coalesce((stagenorm._unicode_ccc() OPERATOR(pg_catalog.->>) chr(c))::integer, 0)
                     FROM unnest(codes) WITH ORDINALITY AS t(c, n) ORDER BY n);
  FOR i IN 2 .. coalesce(array_length(codes, 1), 0) LOOP
    j := i;
    WHILE j > 1 AND classes[j] <> 0 AND classes[j - 1] > classes[j] LOOP
      swap := codes[j]; codes[j] := codes[j - 1]; codes[j - 1] := swap;
      swap := classes[j]; classes[j] := classes[j - 1]; classes[j - 1] := swap;
      j := j - 1;
    END LOOP;
  END LOOP;
  RETURN array_to_string(ARRAY(SELECT chr(c) FROM unnest(codes) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
END
$$;
COMMENT ON FUNCTION stagenorm._fold_nfkd(text) IS
  'Private (portable rules): NFKD of a text from Python''s Unicode tables, canonically ordered.';

-- >>> sql/functions/_format_g.sql
-- A double printed as Python's (and C's) '%.<digits>g' prints it: rounded half to even
-- from its exact value to that many significant digits, fixed notation for exponents
-- -4 .. digits-1, else d.ddde+XX; trailing zeros dropped; 'inf', '-inf', 'nan'.
-- Fast path: when PostgreSQL's own text for x reads back as x and has at most that many
-- significant digits, it is x rounded to them (x is within half an ulp of it, and for a
-- normal double and up to 15 digits the ulp is far finer than the digits' grid);
-- otherwise the exact value is rounded.
CREATE FUNCTION stagenorm._format_g(x double precision, digits integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  shown text := abs(x)::text;
  v numeric;
  e integer;     -- the decimal exponent: 10^e <= v < 10^(e+1)
  places integer;
  unit numeric;
  r numeric;
  out text;
  exponent text := '';
BEGIN
  IF x = 'NaN'::double precision THEN
    RETURN 'nan';
  ELSIF abs(x) = 'Infinity'::double precision THEN
    RETURN CASE WHEN x > 0 THEN 'inf' ELSE '-inf' END;
  ELSIF x = 0 THEN
    RETURN CASE WHEN pg_catalog.float8send(x) = pg_catalog.float8send(0::double precision)
                THEN '0' ELSE '-0' END;
  END IF;
  IF digits <= 15 AND abs(x) >= 2.2250738585072014e-308 AND shown::double precision = abs(x)
     AND pg_catalog.length(pg_catalog.regexp_replace(pg_catalog.split_part(shown, 'e', 1),
                                                     '^[0.]+|\.|0+$', '', 'g')) <= digits THEN
    v := shown::numeric;
  ELSE
    v := stagenorm._float_exact(abs(x));
  END IF;
  e := pg_catalog.floor(pg_catalog.log(abs(x)))::integer;  -- an estimate, made exact:
  IF v >= ('1e' || (e + 1))::numeric THEN
    e := e + 1;
  ELSIF v < ('1e' || e)::numeric THEN
    e := e - 1;
  END IF;
  places := digits - 1 - e;  -- decimal places kept
  unit := ('1e' || (-places))::numeric;
  r := pg_catalog.trunc(v, places);
  IF v - r > unit / 2 OR (v - r = unit / 2 AND pg_catalog.mod(r * ('1e' || places)::numeric, 2) = 1) THEN
    r := r + unit;  -- round half to even
    IF r >= ('1e' || (e + 1))::numeric THEN
      e := e + 1;  -- rounded up to the next power of ten
    END IF;
  END IF;
  IF e >= -4 AND e < digits THEN
    out := pg_catalog.trunc(r, GREATEST(digits - 1 - e, 0))::text;
  ELSE
    out := pg_catalog.trunc(r * ('1e' || (-e))::numeric, digits - 1)::text;
    exponent := 'e' || CASE WHEN e < 0 THEN '-' ELSE '+' END || CASE WHEN abs(e) < 10 THEN '0' ELSE '' END || abs(e);
  END IF;
  IF pg_catalog.strpos(out, '.') > 0 THEN  -- drop trailing zeros, then a bare point
    out := pg_catalog.regexp_replace(out, '\.?0+$', '');
  END IF;
  RETURN CASE WHEN x < 0 THEN '-' ELSE '' END || out || exponent;
END
$$;
COMMENT ON FUNCTION stagenorm._format_g(double precision, integer) IS
  'Private: a double formatted as Python''s f"{x:.<digits>g}", for distribution messages.';

-- >>> sql/functions/_fsum.sql
-- Python's math.fsum of doubles, bit for bit: the same algorithm as CPython's
-- Modules/mathmodule.c (Shewchuk's exact partials, then the half-even fix-up across
-- partials), in double precision arithmetic, which is IEEE on every platform PostgreSQL
-- supports. Finite inputs only (distribution shares are in 0..1).
CREATE FUNCTION stagenorm._fsum(v double precision[]) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  p double precision[] := '{}';  -- the partials, smallest first
  n integer := 0;
  i integer;
  x double precision;
  y double precision;
  t double precision;
  hi double precision;
  yr double precision;
  lo double precision := 0;
BEGIN
  FOREACH x IN ARRAY coalesce(v, '{}') LOOP
    i := 0;
    FOR j IN 1 .. n LOOP
      y := p[j];
      IF abs(x) < abs(y) THEN
        t := x; x := y; y := t;
      END IF;
      hi := x + y;
      yr := hi - x;
      lo := y - yr;
      IF lo <> 0 THEN
        i := i + 1;
        p[i] := lo;
      END IF;
      x := hi;
    END LOOP;
    n := i;
    IF x <> 0 THEN
      n := n + 1;
      p[n] := x;
    END IF;
  END LOOP;
  hi := 0;
  IF n > 0 THEN
    hi := p[n];
    n := n - 1;
    WHILE n > 0 LOOP  -- sum from the top, stop when the sum becomes inexact
      x := hi;
      y := p[n];
      n := n - 1;
      hi := x + y;
      yr := hi - x;
      lo := y - yr;
      EXIT WHEN lo <> 0;
    END LOOP;
    IF n > 0 AND ((lo < 0 AND p[n] < 0) OR (lo > 0 AND p[n] > 0)) THEN
      y := lo * 2;  -- make half-even rounding work across partials
      x := hi + y;
      yr := x - hi;
      IF y = yr THEN
        hi := x;
      END IF;
    END IF;
  END IF;
  RETURN hi;
END
$$;
COMMENT ON FUNCTION stagenorm._fsum(double precision[]) IS
  'Private: math.fsum of finite doubles, the same bits as Python''s.';

-- >>> sql/functions/_install_seed.sql
-- Installs or upgrades the seed: the rules module and the taxonomy data file.
-- Stages are upserted; aliases and words the operator changed are kept.
CREATE FUNCTION stagenorm._install_seed(rules_source text, taxonomy jsonb) RETURNS integer
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
BEGIN
  INSERT INTO stagenorm.python_module (name, source, sha256)
  VALUES ('rules', rules_source, encode(sha256(convert_to(rules_source, 'UTF8')), 'hex'))
  ON CONFLICT (name) DO UPDATE SET source = excluded.source, sha256 = excluded.sha256;

  INSERT INTO stagenorm.taxonomy_state DEFAULT VALUES ON CONFLICT DO NOTHING;

  INSERT INTO stagenorm.stage (key, display_name, position)
  SELECT s->>'key', s->>'display_name', (s->>'position')::integer
    FROM jsonb_array_elements(taxonomy->'stages') AS s
  ON CONFLICT (key) DO UPDATE SET display_name = excluded.display_name, position = excluded.position;

  -- An alias an operator removed stays removed: its last audited action wins.
  INSERT INTO stagenorm.stage_alias (alias, stage_key, decorable, created_by)
  SELECT a->>'alias', a->>'stage', coalesce((a->>'decorable')::boolean, false), 'seed'
    FROM jsonb_array_elements(taxonomy->'aliases') AS a
   WHERE coalesce((SELECT t.action FROM stagenorm.taxonomy_audit AS t
                    WHERE t.alias = a->>'alias' AND t.action IN ('add_alias', 'remove_alias')
                    ORDER BY t.id DESC LIMIT 1), 'add_alias') <> 'remove_alias'
  ON CONFLICT (alias) DO NOTHING;

  INSERT INTO stagenorm.taxonomy_word (word, kind)
  SELECT w->>'word', w->>'kind' FROM jsonb_array_elements(taxonomy->'words') AS w
  ON CONFLICT (word) DO NOTHING;

  INSERT INTO stagenorm.taxonomy_audit (action, actor, reason, version)
  VALUES ('seed', 'migration', format('taxonomy.json version %s', taxonomy->>'version'),
          (SELECT version FROM stagenorm.taxonomy_state) + 1);

  RETURN stagenorm._rebuild_normalizer();
END
$$;
REVOKE ALL ON FUNCTION stagenorm._install_seed(text, jsonb) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._install_seed(text, jsonb) IS
  'Private: install the rules module and the taxonomy data (used by migrations).';

-- >>> sql/functions/_json_ascii.sql
-- A string as Python's json.dumps writes it (ensure_ascii): quoted, with \" \\ \b \f \n
-- \r \t, \u00XX for other control characters and DEL, and \uXXXX (a surrogate pair above
-- U+FFFF) for every non-ASCII character. to_json already writes the ASCII part alike.
CREATE FUNCTION stagenorm._json_ascii(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  quoted text := pg_catalog.to_json(s)::text;
BEGIN
  IF quoted !~ '[^\x01-\x7e]' THEN
    RETURN quoted;
  END IF;
  RETURN (SELECT pg_catalog.string_agg(
                   CASE WHEN c.code < 127 THEN c.ch
                        WHEN c.code < 65536 THEN '\u' || pg_catalog.lpad(pg_catalog.to_hex(c.code), 4, '0')
                        ELSE '\u' || pg_catalog.to_hex(55296 + ((c.code - 65536) >> 10))
                          || '\u' || pg_catalog.to_hex(56320 + ((c.code - 65536) & 1023))
                   END, '' ORDER BY c.ord)
            FROM (SELECT t.ch, pg_catalog.ascii(t.ch) AS code, t.ord
                    FROM pg_catalog.string_to_table(quoted, NULL) WITH ORDINALITY AS t(ch, ord)) AS c);
END
$$;
COMMENT ON FUNCTION stagenorm._json_ascii(text) IS
  'Private: a string quoted as Python''s json.dumps quotes it (ASCII only), for distribution messages.';

-- >>> sql/functions/_json_double.sql
-- Python's float() of a JSON number, from the numeric jsonb holds: the nearest double
-- (PostgreSQL's cast reads the same decimal text with a correctly rounded strtod), and
-- Python's answer where the cast raises instead: +-Infinity beyond the largest double,
-- 0 for a value too small for the smallest one (Python's 0.0 or -0.0, never negative).
CREATE FUNCTION stagenorm._json_double(n numeric) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF n = 0 OR (abs(n) < 1e308 AND abs(n) > 1e-307) THEN
    RETURN n::double precision;  -- no overflow, no underflow to zero: no subtransaction
  END IF;
  BEGIN
    RETURN n::double precision;
  EXCEPTION WHEN numeric_value_out_of_range THEN
    RETURN CASE WHEN abs(n) < 1 THEN 0::double precision
                WHEN n > 0 THEN 'Infinity'::double precision
                ELSE '-Infinity'::double precision END;
  END;
END
$$;
COMMENT ON FUNCTION stagenorm._json_double(numeric) IS
  'Private: the double Python reads for a JSON number (Infinity past the largest double, 0 below the smallest).';

-- >>> sql/functions/_json_type.sql
-- How a JSON value reads in a distribution error message, as rules.py's _json_type says
-- it of the value Python parses from the same text: a number with a decimal point too
-- big for a double is Python's float Infinity.
CREATE FUNCTION stagenorm._json_type(v jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE pg_catalog.jsonb_typeof(v)
           WHEN 'object' THEN 'an object'
           WHEN 'array' THEN 'an array'
           WHEN 'string' THEN 'a string'
           WHEN 'boolean' THEN 'a boolean'
           WHEN 'null' THEN 'null'
           ELSE CASE WHEN pg_catalog.scale(v::numeric) = 0 THEN 'a number'  -- an int to Python
                     WHEN stagenorm._json_double(v::numeric) = 'Infinity'::double precision THEN 'Infinity'
                     WHEN stagenorm._json_double(v::numeric) = '-Infinity'::double precision THEN '-Infinity'
                     ELSE 'a number' END
         END
$$;
COMMENT ON FUNCTION stagenorm._json_type(jsonb) IS
  'Private: "an object", "a string", "null", "Infinity"... as distribution messages name a JSON value.';

-- >>> sql/functions/_normalize_batch.sql
-- One batch of a batched normalization job, inside the caller's transaction: the next
-- batch_size rows after after_key in primary-key order are read, their labels
-- normalized, the rows whose label has a different canonical key rewritten (only
-- where the row still holds the value read: a row a client changed meanwhile is read
-- again), the changes logged, the counts and the checkpoint written. Errors come back
-- as a status (retry, cancelled, error) with the batch rolled back to its start, so the
-- loop that calls it (normalize_batched, stagenorm backfill) can retry, park or fail
-- the job and release its lock.
CREATE FUNCTION stagenorm._normalize_batch(
  job_id bigint,
  after_key text,
  batch_size integer,
  lock_timeout interval DEFAULT '1s',
  catch_cancel boolean DEFAULT false,
  OUT status text,
  OUT scanned integer,
  OUT changed integer,
  OUT unknown integer,
  OUT nulls integer,
  OUT skipped integer,
  OUT last_key text,
  OUT done boolean,
  OUT err_state text,
  OUT err_message text,
  OUT err_detail text,
  OUT err_hint text
)
LANGUAGE plpgsql
-- No pinned search_path: the UPDATE fires the table's own triggers, which must run with
-- the operator's search_path as they would for any UPDATE. Instead every name this
-- function and its statement call is schema-qualified (pg_catalog.sum, OPERATOR(pg_catalog.||)),
-- so a function or operator planted in a schema on that path never runs here
-- (tests/test_search_path.py plants them).
-- Keys travel as text between batches and sessions: fix how dates, intervals and
-- floats are written so that the text reads back as the same key.
SET DateStyle = 'ISO, YMD'
SET IntervalStyle = 'postgres'
SET extra_float_digits = 3
-- The batch statement is prepared once per job and session; its generic plan (an index
-- range scan, whatever the key) saves planning it again for every batch.
SET plan_cache_mode = 'force_generic_plan'
-- Its one join (the key range with the batch's few distinct labels) must hash: a nested
-- loop, which a generic plan's guessed row counts can make look cheaper, would scan the
-- key range once per label.
SET enable_nestloop = off
AS $$
DECLARE
  -- Attempts per batch to catch up with rows that clients rewrote while it ran.
  max_passes constant integer := 3;
  job stagenorm.backfill_job;
  rel text;
  keycol text;
  col text;
  keytype text;
  label_hi text;
  batch_hi text;
  template text;
  b_filter text;
  t_filter text;
  statement text;
  prepared text;
  pass integer;
  upper_key text;
  r record;
  candidates integer := 0;
  by_stage jsonb := '{}';
  batch_unknowns jsonb := '{}';
  unlisted bigint := 0;
  batch_no integer;
BEGIN
  status := 'ok';
  scanned := 0; changed := 0; unknown := 0; nulls := 0; skipped := 0; done := false;
  IF batch_size IS NULL OR batch_size < 1 OR batch_size > 1000000 THEN
    RAISE EXCEPTION 'batch_size must be between 1 and 1000000, not %', coalesce(batch_size::text, 'NULL')
      USING ERRCODE = 'SN003';
  END IF;
  IF lock_timeout IS NULL OR lock_timeout < interval '0' THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = '0 waits for locks without a limit';
  END IF;
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id = job_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007';
  END IF;
  IF job.status <> 'running' THEN
    RAISE EXCEPTION 'job % is %, not running', job.id, job.status USING ERRCODE = 'SN007',
      HINT = 'start or resume it with CALL stagenorm.normalize_batched(table, column);';
  END IF;
  -- _backfill_start claimed the job for this backend while it took the column's lock.
  IF job.backend_pid IS DISTINCT FROM pg_catalog.pg_backend_pid() THEN
    RAISE EXCEPTION 'job % is not claimed by this session', job.id USING ERRCODE = 'SN004',
      HINT = 'batches run from CALL stagenorm.normalize_batched(...), which claims the job and takes the lock';
  END IF;
  IF NOT job.dry_run AND job.last_key IS DISTINCT FROM after_key THEN
    RAISE EXCEPTION 'job % is checkpointed after key %, not %', job.id,
      coalesce(pg_catalog.quote_literal(job.last_key), 'NULL'), coalesce(pg_catalog.quote_literal(after_key), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'pass the job''s last_key';
  END IF;
  SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
   WHERE c.oid = job.table_name;
  IF rel IS NULL THEN
    RAISE EXCEPTION 'the table of job % no longer exists', job.id USING ERRCODE = 'SN005';
  END IF;
  keycol := pg_catalog.quote_ident(job.key_column);
  col := pg_catalog.quote_ident(job.column_name);
  keytype := pg_catalog.format_type(job.key_type, NULL);
  batch_no := job.batches + 1;

  PERFORM stagenorm._backfill_batch_settings(lock_timeout);

  -- The batch statement. Parameters: $1 after_key, $2 batch_size (NULL: no limit), $3 the
  -- upper key (a further pass), $4 job id, $5 batch number. %1$s key column, %2$s column,
  -- %3$s table, %4$s which keys to read, %5$s a label's highest key in the batch and
  -- %6$s the batch's: max() where the key type has one, else (uuid) a top-1 sort, %7$s
  -- the lower bound of the update.
  --
  -- r reads the batch once; g groups it by label (exact bytes), so each distinct label
  -- is normalized once per batch, not once per row: a candidate label has a canonical
  -- key, another one than its bytes; s sums the groups up, unknown labels included.
  IF pg_catalog.to_regprocedure(pg_catalog.format('pg_catalog.max(%s)', keytype)) IS NOT NULL THEN
    label_hi := 'pg_catalog.max(r.k)';
    batch_hi := 'pg_catalog.max(g.hi)';
  ELSE
    label_hi := pg_catalog.format('NULL::%s', keytype);
    batch_hi := '(SELECT r.k FROM r ORDER BY r.k DESC LIMIT 1)';
  END IF;
  template := $sql$
    WITH r AS (
      SELECT %1$s AS k, %2$s::text AS v FROM %3$s WHERE %4$s ORDER BY %1$s LIMIT $2
    ), g AS (
      SELECT l.v, l.n, l.rows, l.hi, l.n IS NOT NULL AND l.n IS DISTINCT FROM l.v AS candidate
        FROM (SELECT x.v, stagenorm.normalize_stage(x.v) AS n, x.rows, x.hi
                FROM (SELECT r.v COLLATE "C" AS v, pg_catalog.count(*)::integer AS rows, %5$s AS hi
                        FROM r GROUP BY 1) AS x
              OFFSET 0) AS l  -- OFFSET 0: normalize each label once, not once per use of n
    ), s AS (
      SELECT coalesce(pg_catalog.sum(g.rows), 0)::integer AS scanned, %6$s AS hi,
             coalesce(pg_catalog.sum(g.rows) FILTER (WHERE g.v IS NULL), 0)::integer AS nulls,
             coalesce(pg_catalog.sum(g.rows) FILTER (WHERE g.n IS NULL AND g.v IS NOT NULL), 0)::integer AS unknown,
             coalesce(pg_catalog.sum(g.rows) FILTER (WHERE g.candidate), 0)::integer AS candidates,
             (SELECT coalesce(pg_catalog.jsonb_object_agg(x.label, x.rows), '{}')
                FROM (SELECT pg_catalog.left(g.v, 200) AS label, pg_catalog.sum(g.rows) AS rows FROM g
                       WHERE g.n IS NULL AND g.v IS NOT NULL GROUP BY 1) AS x) AS unknowns
        FROM g
    )
  $sql$;
  IF job.dry_run THEN
    template := template || $sql$
      SELECT s.scanned, s.candidates, s.candidates AS changed, s.unknown, s.nulls, s.hi::text AS last_key,
             (SELECT coalesce(pg_catalog.jsonb_object_agg(x.n, x.rows), '{}')
                FROM (SELECT g.n, pg_catalog.sum(g.rows) AS rows FROM g WHERE g.candidate GROUP BY g.n) AS x) AS by_stage,
             s.unknowns
        FROM s
    $sql$;
  ELSE
    -- Rewrite the rows of the key range that hold a candidate label with its canonical
    -- key, a hash join of the range with the labels (u). The read and the UPDATE share
    -- one snapshot, so these are exactly the candidate rows read; one that a client
    -- rewrote meanwhile fails PostgreSQL's recheck against the label it was read with
    -- and is left to the next pass, never overwritten with a stale value. The log is
    -- what the UPDATE returns: the rows it changed, with the bytes they held and hold
    -- (as stored: after any trigger of the table's own).
    template := template || $sql$
      , u AS (
        UPDATE %3$s AS t SET %2$s = m.n
          FROM g AS m
         WHERE m.candidate AND (t.%2$s COLLATE "C") = m.v
           AND %7$s AND t.%1$s <= (SELECT s.hi FROM s)
        RETURNING t.%1$s AS k, m.v, t.%2$s::text AS n
      ), logged AS (
        INSERT INTO stagenorm.backfill_change AS c (job_id, batch, keys, old_values, new_values)
        SELECT $4, $5, pg_catalog.array_agg(u.k::text), pg_catalog.array_agg(u.v), pg_catalog.array_agg(u.n) FROM u HAVING pg_catalog.count(*) > 0
        ON CONFLICT (job_id, batch) DO UPDATE
          SET keys = c.keys OPERATOR(pg_catalog.||) excluded.keys,
              old_values = c.old_values OPERATOR(pg_catalog.||) excluded.old_values,
              new_values = c.new_values OPERATOR(pg_catalog.||) excluded.new_values
      )
      SELECT s.scanned, s.candidates, (SELECT pg_catalog.count(*)::integer FROM u) AS changed, s.unknown, s.nulls,
             s.hi::text AS last_key, NULL::jsonb AS by_stage, s.unknowns
        FROM s
    $sql$;
  END IF;
  t_filter := CASE WHEN after_key IS NULL THEN 'true' ELSE pg_catalog.format('t.%s > $1::%s', keycol, keytype) END;

  BEGIN
    FOR pass IN 1..max_passes LOOP
      -- Pass 1 reads batch_size rows after the checkpoint; a further pass (when clients
      -- rewrote rows between our read and our update) reads the same key range again.
      b_filter := pg_catalog.concat_ws(' AND ',
        CASE WHEN after_key IS NOT NULL THEN pg_catalog.format('%s > $1::%s', keycol, keytype) END,
        CASE WHEN pass > 1 THEN pg_catalog.format('%s <= $3::%s', keycol, keytype) END);
      statement := pg_catalog.format(template, keycol, col, rel, coalesce(nullif(b_filter, ''), 'true'),
                                     label_hi, batch_hi, t_filter);
      IF pass = 1 AND after_key IS NOT NULL THEN
        prepared := pg_catalog.format('stagenorm_backfill_%s_%s', job.id, pg_catalog.left(pg_catalog.md5(statement), 16));
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_prepared_statements AS p WHERE p.name = prepared) THEN
          EXECUTE pg_catalog.format('PREPARE %I (text, integer, text, bigint, integer) AS %s', prepared, statement);
        END IF;
        EXECUTE pg_catalog.format('EXECUTE %I (%L, %s, NULL, %s, %s)', prepared, after_key, batch_size, job.id, batch_no)
          INTO r;
      ELSE
        EXECUTE statement INTO r
          USING after_key, CASE WHEN pass = 1 THEN batch_size END, upper_key, job.id, batch_no;
      END IF;
      IF pass = 1 THEN
        scanned := r.scanned;
        unknown := r.unknown;
        nulls := r.nulls;
        last_key := r.last_key;
        batch_unknowns := r.unknowns;
        upper_key := r.last_key;
        done := r.scanned < batch_size;
        IF job.dry_run THEN
          -- A real run's changes per stage are in its change log
          -- (backfill_changed_by_stage); a dry run keeps no log, so it counts them.
          by_stage := r.by_stage;
        END IF;
      END IF;
      changed := changed + r.changed;
      candidates := r.candidates - r.changed;
      EXIT WHEN job.dry_run OR candidates = 0 OR upper_key IS NULL;
    END LOOP;
    skipped := CASE WHEN job.dry_run THEN 0 ELSE candidates END;

    -- The job row is locked (FOR UPDATE above): merge its unknown-label counts (and a dry
    -- run's per-stage counts) here. Labels already listed keep counting; new ones are listed while fewer
    -- than 1000 are, the rest only counted (unknown_unlisted).
    IF by_stage <> '{}' THEN
      SELECT coalesce(pg_catalog.jsonb_object_agg(s.key, s.rows), '{}') INTO by_stage
        FROM (SELECT e.key, pg_catalog.sum(e.value::bigint) AS rows
                FROM (SELECT * FROM pg_catalog.jsonb_each_text(job.dry_run_by_stage)
                      UNION ALL SELECT * FROM pg_catalog.jsonb_each_text(by_stage)) AS e
               GROUP BY e.key) AS s;
    ELSE
      by_stage := job.dry_run_by_stage;
    END IF;
    IF batch_unknowns <> '{}' THEN
      SELECT coalesce(pg_catalog.jsonb_object_agg(m.key, m.rows) FILTER (WHERE m.rank <= 1000), '{}'),
             coalesce(pg_catalog.sum(m.rows) FILTER (WHERE m.rank > 1000), 0)
        INTO batch_unknowns, unlisted
        FROM (SELECT e.key, pg_catalog.sum(e.rows) AS rows,
                     pg_catalog.row_number() OVER (ORDER BY pg_catalog.bool_or(e.listed) DESC, pg_catalog.sum(e.rows) DESC, e.key) AS rank
                FROM (SELECT l.key, l.value::bigint AS rows, true AS listed FROM pg_catalog.jsonb_each_text(job.unknown_labels) AS l
                      UNION ALL
                      SELECT l.key, l.value::bigint, false FROM pg_catalog.jsonb_each_text(batch_unknowns) AS l) AS e
               GROUP BY e.key) AS m;
    ELSE
      batch_unknowns := job.unknown_labels;
    END IF;

    UPDATE stagenorm.backfill_job AS j
       SET last_key = CASE WHEN j.dry_run THEN NULL ELSE coalesce(_normalize_batch.last_key, j.last_key) END,
           batches = j.batches + 1,
           rows_scanned = j.rows_scanned + scanned,
           rows_changed = j.rows_changed + changed,
           rows_unknown = j.rows_unknown + unknown,
           rows_null = j.rows_null + nulls,
           rows_skipped = j.rows_skipped + skipped,
           rows_estimate = greatest(j.rows_estimate, j.rows_scanned + scanned),
           dry_run_by_stage = by_stage,
           unknown_labels = batch_unknowns,
           unknown_unlisted = j.unknown_unlisted + unlisted,
           status = CASE WHEN done THEN 'done' ELSE j.status END,
           finished_at = CASE WHEN done THEN pg_catalog.clock_timestamp() ELSE j.finished_at END,
           updated_at = pg_catalog.clock_timestamp()
     WHERE j.id = job.id;
  EXCEPTION
    WHEN lock_not_available OR deadlock_detected OR serialization_failure THEN
      status := 'retry';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
    WHEN query_canceled THEN
      IF NOT catch_cancel THEN
        RAISE;
      END IF;
      status := 'cancelled';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
    WHEN OTHERS THEN
      status := 'error';
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT,
                              err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
  END;
  IF status <> 'ok' THEN
    scanned := 0; changed := 0; unknown := 0; nulls := 0; skipped := 0; last_key := NULL; done := false;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._normalize_batch(bigint, text, integer, interval, boolean) IS
  'Private: one batch of a batched normalization job in the caller''s transaction; returns its counts, or a status (retry, cancelled, error) with the batch undone.';

-- >>> sql/functions/_parse_distribution.sql
-- The portable parse_stage_distribution: PL/pgSQL and SQL only, so it runs where there is
-- no PL/Python (managed services). Its answers are those of parse_stage_distribution_json
-- in stagenorm/rules.py for every jsonb input, text for text (tests/test_parity.py):
-- Python reads the text jsonb prints, so a number with a decimal point is a double
-- (_json_double) and one without is an int; the arithmetic is the same IEEE double
-- arithmetic in the same order (sum in input order, _fsum for math.fsum, rint for
-- round); numbers are printed as Python prints them (_format_g, and shares as the
-- 12-decimal numeric Python's repr gives); labels are quoted as json.dumps does.
-- Arguments are checked by parse_stage_distribution.
CREATE FUNCTION stagenorm._parse_distribution(
  input jsonb,
  scale text,
  tolerance double precision
) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  kind text := pg_catalog.jsonb_typeof(input);
  used_scale text := CASE WHEN scale = 'auto' THEN 'fraction' ELSE scale END;
  problem text;
  labels text[];           -- per entry, in input order (jsonb's order of an object's keys)
  weights jsonb[];
  shapes jsonb[];          -- the INVALID_SHAPE error of a broken array entry, else NULL
  keys text[];             -- normalize_stage(label)
  problems text[];         -- WEIGHT_NEGATIVE, WEIGHT_NOT_A_NUMBER or NULL (usable)
  numbers double precision[];  -- the weight as Python's number (ints capped at 1e9)
  raw double precision;
  top double precision;
  errors jsonb;
  normalized jsonb;
  invalid jsonb;
  suggestions jsonb;
  shares double precision[];
  exact double precision;
  total double precision;
BEGIN
  IF input IS NULL THEN
    RETURN NULL;
  END IF;
  IF scale IS NULL OR scale NOT IN ('auto', 'percent', 'fraction') OR tolerance IS NULL
     OR NOT tolerance >= 0 THEN
    RAISE EXCEPTION 'bad scale % or tolerance %', scale, tolerance
      USING ERRCODE = 'SN003', HINT = 'call stagenorm.parse_stage_distribution';
  END IF;
  IF kind NOT IN ('object', 'array') THEN
    RETURN stagenorm._distribution_failure(used_scale, 'INVALID_SHAPE',
             'expected an object {"<stage>": <weight>} or an array of {"stage", "weight"} objects, not '
             || stagenorm._json_type(input));
  END IF;
  problem := stagenorm._distribution_limit(input);
  IF problem IS NOT NULL THEN
    RETURN stagenorm._distribution_failure(used_scale, 'LIMIT_EXCEEDED', problem);
  END IF;

  -- 1. the entries: label and weight, or the shape error of a broken array entry
  IF kind = 'object' THEN
    SELECT pg_catalog.array_agg(e.key ORDER BY e.ord), pg_catalog.array_agg(e.value ORDER BY e.ord),
           pg_catalog.array_agg(NULL::jsonb)
      INTO labels, weights, shapes
      FROM pg_catalog.jsonb_each(input) WITH ORDINALITY AS e(key, value, ord);
  ELSE
    SELECT pg_catalog.array_agg(CASE WHEN a.shape IS NULL THEN a.item ->> 'stage' END ORDER BY a.ord),
           pg_catalog.array_agg(CASE WHEN a.shape IS NULL THEN a.item -> 'weight' END ORDER BY a.ord),
           pg_catalog.array_agg(a.shape ORDER BY a.ord)
      INTO labels, weights, shapes
      FROM (SELECT i.ord, i.item,
                   CASE WHEN pg_catalog.jsonb_typeof(i.item) <> 'object' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', NULL, 'message',
                            pg_catalog.format('entry %s must be an object, not %s', i.ord - 1,
                                              stagenorm._json_type(i.item)))
                        WHEN pg_catalog.jsonb_typeof(i.item -> 'stage') IS DISTINCT FROM 'string' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', NULL, 'message',
                            pg_catalog.format('entry %s must have a string "stage"', i.ord - 1))
                        WHEN NOT i.item ? 'weight' THEN
                          pg_catalog.jsonb_build_object('code', 'INVALID_SHAPE', 'stage', i.item -> 'stage',
                            'message', pg_catalog.format('entry %s must have a "weight"', i.ord - 1))
                   END AS shape
              FROM pg_catalog.jsonb_array_elements(input) WITH ORDINALITY AS i(item, ord)) AS a;
  END IF;
  IF labels IS NULL THEN
    RETURN stagenorm._distribution_failure(used_scale, 'EMPTY_DISTRIBUTION', 'the distribution has no entries');
  END IF;

  -- 2. each weight as Python reads it, each label normalized, and the sum the scale is
  --    decided on (usable weights capped at 1e9, added in input order as Python does)
  SELECT pg_catalog.array_agg(CASE WHEN u.shape IS NULL THEN stagenorm.normalize_stage(u.label) END ORDER BY u.ord),
         pg_catalog.array_agg(c.problem ORDER BY u.ord),
         pg_catalog.array_agg(v.d ORDER BY u.ord),
         pg_catalog.sum(CASE WHEN c.problem IS NULL THEN LEAST(v.d, 1e9::double precision) END ORDER BY u.ord)
    INTO keys, problems, numbers, raw
    FROM unnest(labels, weights, shapes) WITH ORDINALITY AS u(label, weight, shape, ord)
    CROSS JOIN LATERAL (
      SELECT CASE WHEN pg_catalog.jsonb_typeof(u.weight) = 'number' THEN u.weight::numeric END AS num
    ) AS w
    CROSS JOIN LATERAL (
      SELECT CASE WHEN w.num IS NULL THEN NULL
                  WHEN pg_catalog.scale(w.num) = 0 THEN  -- an int: exact, negative or capped
                    CASE WHEN w.num < 0 THEN -1::double precision
                         WHEN w.num < 1e9 THEN w.num::double precision
                         ELSE 1e9::double precision END
                  WHEN abs(w.num) < 1e308 AND abs(w.num) > 1e-307 THEN w.num::double precision
                  ELSE stagenorm._json_double(w.num) END AS d
    ) AS v
    CROSS JOIN LATERAL (
      SELECT CASE WHEN u.shape IS NOT NULL THEN 'INVALID_SHAPE'
                  WHEN v.d IS NULL OR v.d = 'Infinity'::double precision
                    OR v.d = '-Infinity'::double precision THEN 'WEIGHT_NOT_A_NUMBER'
                  WHEN v.d < 0 THEN 'WEIGHT_NEGATIVE' END AS problem
    ) AS c;
  raw := coalesce(raw, 0);

  -- 3. the scale
  IF scale = 'auto' THEN
    used_scale := CASE WHEN raw - 1::double precision - tolerance <= 5e-13::double precision
                       THEN 'fraction' ELSE 'percent' END;
  END IF;
  top := CASE WHEN used_scale = 'percent' THEN 100 ELSE 1 END;

  -- 4. errors in input order, unknown labels, shares by key
  WITH entry AS (
    SELECT u.ord, u.label, u.weight, u.shape, u.key, u.problem, u.d,
           -- the share: d / top, but 0 where that underflows (up to 50 times the smallest
           -- double over 100), which IEEE and Python give and PostgreSQL's / refuses
           CASE WHEN u.problem IS NOT NULL THEN NULL
                WHEN u.d <= '2.4703282292062327e-322'::double precision AND top = 100
                THEN 0::double precision ELSE u.d / top END AS share
      FROM unnest(labels, weights, shapes, keys, problems, numbers)
           WITH ORDINALITY AS u(label, weight, shape, key, problem, d, ord)
  ), failure AS (
    SELECT e.ord, 0 AS part, e.shape AS error FROM entry AS e WHERE e.shape IS NOT NULL
    UNION ALL
    SELECT e.ord, 1, pg_catalog.jsonb_build_object('code', 'UNKNOWN_STAGE', 'stage', e.label, 'message',
             'unknown stage label ' || stagenorm._json_ascii(
               CASE WHEN pg_catalog.length(e.label) > 80 THEN pg_catalog.left(e.label, 80) || '...'
                    ELSE e.label END))
      FROM entry AS e WHERE e.shape IS NULL AND e.key IS NULL
    UNION ALL
    SELECT e.ord, 2, pg_catalog.jsonb_build_object('code', coalesce(e.problem, 'WEIGHT_ABOVE_MAX'), 'stage', e.label,
             'message', CASE WHEN e.problem IS NULL THEN
                               pg_catalog.format('weight is above %s, the maximum of scale %s', top, used_scale)
                             WHEN e.problem = 'WEIGHT_NEGATIVE' THEN 'weight must not be negative'
                             ELSE 'weight must be a finite number, not ' || stagenorm._json_type(e.weight) END)
      FROM entry AS e WHERE e.shape IS NULL AND (e.problem IS NOT NULL OR e.d > top)
  ), unknown AS (
    SELECT e.label COLLATE pg_catalog."C" AS label, pg_catalog.min(e.ord) AS first
      FROM entry AS e WHERE e.shape IS NULL AND e.key IS NULL
     GROUP BY e.label COLLATE pg_catalog."C"
  ), share AS (
    SELECT e.key, pg_catalog.sum(e.share ORDER BY e.ord) AS total
      FROM entry AS e WHERE e.problem IS NULL AND e.d <= top AND e.key IS NOT NULL
     GROUP BY e.key
  )
  SELECT (SELECT coalesce(pg_catalog.jsonb_agg(f.error ORDER BY f.ord, f.part), '[]') FROM failure AS f),
         (SELECT pg_catalog.jsonb_object_agg(s.key,  -- stagenorm._share_json, inline
                   pg_catalog.to_jsonb(CASE WHEN pg_catalog.scale(r.v) = 0 THEN pg_catalog.round(r.v, 1) ELSE r.v END))
            FROM stagenorm.stage AS s LEFT JOIN share AS h ON h.key = s.key
           CROSS JOIN LATERAL (
             SELECT pg_catalog.trim_scale(pg_catalog.round(coalesce(h.total, 0) * 1e12::double precision)::bigint
                                          * 0.000000000001) AS v) AS r),
         (SELECT coalesce(pg_catalog.jsonb_agg(k.label ORDER BY k.first), '[]') FROM unknown AS k),
         (SELECT coalesce(pg_catalog.jsonb_object_agg(k.label, pg_catalog.to_jsonb(stagenorm.suggest_stages(k.label))), '{}')
            FROM unknown AS k),
         (SELECT pg_catalog.array_agg(e.share ORDER BY e.ord) FROM entry AS e WHERE e.problem IS NULL AND e.d <= top)
    INTO errors, normalized, invalid, suggestions, shares;

  -- 5. the sum, exactly rounded as math.fsum, then to 12 decimals
  exact := stagenorm._fsum(shares);
  total := pg_catalog.round(exact * 1e12::double precision) / 1e12::double precision;
  IF shares IS NOT NULL AND abs(exact - 1::double precision) - tolerance > 5e-13::double precision THEN
    errors := errors || pg_catalog.jsonb_build_object('code', 'SUM_MISMATCH', 'stage', NULL, 'message',
                pg_catalog.format('weights sum to %s (%s), expected %s within %s',
                                  stagenorm._format_g(total * top, 12), used_scale, top,
                                  stagenorm._format_g(tolerance * top, 12)));
  END IF;
  RETURN pg_catalog.jsonb_build_object(
           'normalized', normalized,
           'invalid_inputs', invalid,
           'suggestions', suggestions,
           'sum', stagenorm._share_json(exact),
           'scale', used_scale,
           'is_valid', errors = '[]'::jsonb,
           'errors', errors);
END
$$;
COMMENT ON FUNCTION stagenorm._parse_distribution(jsonb, text, double precision) IS
  'Private: parse_stage_distribution in PL/pgSQL and SQL (no PL/Python), the same answers as stagenorm/rules.py.';

-- >>> sql/functions/_rebuild_normalizer.sql
-- Bumps the taxonomy version and regenerates the normalizer: _taxonomy_compiled (the
-- taxonomy compiled for the portable rules, as a constant), _rules_py with the rules
-- module and the taxonomy embedded (where PL/Python is the implementation), and
-- normalize_stage, an inlinable SQL function whose fast path is a constant map of
-- frequent raw labels (computed by the rules themselves, so it cannot disagree with them)
-- and whose slow path is _rules_py, or _rules_normalize with the compiled taxonomy as a
-- constant. A NOTICE lists the indexes, generated columns and views that hold answers of
-- the previous version.
CREATE FUNCTION stagenorm._rebuild_normalizer() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  new_version integer;
  rules_b64 text;
  taxonomy_b64 text;
  body text;
  fast jsonb;
  compiled jsonb;
  slow text;
  dep_count integer;
  dep_list text;
  dep_fix text;
BEGIN
  UPDATE stagenorm.taxonomy_state
     SET version = version + 1, changed_at = now()
  RETURNING version INTO new_version;

  -- The portable rules' taxonomy (SN009 when the tables would not load), as a constant.
  compiled := stagenorm._rules_taxonomy_tables(new_version);
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm._taxonomy_compiled() RETURNS pg_catalog.jsonb '
    'LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS %L',
    format('SELECT %L::pg_catalog.jsonb', compiled));

  IF stagenorm.implementation() = 'plpgsql' THEN
    fast := stagenorm._rules_fast_path_labels(compiled);
    slow := format('stagenorm._rules_normalize(label, %L::pg_catalog.jsonb)', compiled);
  ELSE
    SELECT translate(encode(convert_to(source, 'UTF8'), 'base64'), E'\n', '')
      INTO rules_b64 FROM stagenorm.python_module WHERE name = 'rules';
    SELECT translate(encode(convert_to(jsonb_build_object(
             'stages', (SELECT jsonb_agg(to_jsonb(s) ORDER BY s.position) FROM stagenorm.stage AS s),
             'aliases', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                           'alias', a.alias, 'stage', a.stage_key, 'decorable', a.decorable)
                           ORDER BY a.alias), '[]') FROM stagenorm.stage_alias AS a),
             'words', (SELECT coalesce(jsonb_agg(to_jsonb(w) ORDER BY w.word), '[]')
                         FROM stagenorm.taxonomy_word AS w))::text, 'UTF8'), 'base64'), E'\n', '')
      INTO taxonomy_b64;

    SELECT p.prosrc INTO body FROM pg_catalog.pg_proc AS p
     WHERE p.oid = 'stagenorm._rules_py(text, text, integer, text, double precision)'::regprocedure;
    body := regexp_replace(body, '^(\s*)EMBEDDED = [^\n]*$',
              format('\1EMBEDDED = (%s, "%s", "%s")', new_version, rules_b64, taxonomy_b64), 'n');
    EXECUTE format(
      'CREATE OR REPLACE FUNCTION stagenorm._rules_py(op text, arg text, taxonomy_version integer, '
      'scale text DEFAULT %L, tolerance double precision DEFAULT 0.01) RETURNS text '
      'LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE COST 5 SET search_path = pg_catalog, pg_temp AS %L', 'auto', body);

    -- Python's map says "" for unknown; the map of the generated function says null.
    SELECT jsonb_object_agg(m.key, CASE WHEN m.value = '""' THEN 'null' ELSE m.value END)
      INTO fast FROM jsonb_each(stagenorm._rules_py('fastmap', NULL, new_version)::jsonb) AS m;
    slow := format('stagenorm._rules_py(%L, label, %s)', 'normalize', new_version);
  END IF;

  -- Inlinable: one SELECT of IMMUTABLE parts, no SET clause, every name and operator
  -- schema-qualified (no NULLIF: its = would be looked up in the caller's search_path).
  -- The map answers with a JSON string (a key) or null (unknown, so the ? test keeps
  -- such labels off the slow path); a label it does not hold gets the slow path's answer.
  -- The map also holds the cheap ASCII fold (below) of each of its labels, with the
  -- same answer (the rules read both alike): "SERIES-A1" then finds "series a1".
  SELECT fast || coalesce(jsonb_object_agg(c.cheap, c.value), '{}') INTO fast
    FROM (SELECT DISTINCT ON (x.cheap) x.cheap, m.value
            FROM jsonb_each(fast) AS m,
                 LATERAL (SELECT translate(m.key, E'\u00a0\u2013', '  ') AS text) AS t,
                 LATERAL (SELECT btrim(regexp_replace(lower(t.text COLLATE "C"),
                                 stagenorm._unicode_ascii_space() || '+', ' ', 'g'), ' ') AS cheap) AS x
           WHERE octet_length(t.text) = length(t.text) AND NOT fast ? x.cheap
           ORDER BY x.cheap) AS c;

  -- A label the map misses is looked up once more in its cheap ASCII fold (lower case,
  -- each run of separators one space, trimmed; no-break space and en dash are separators):
  -- for ASCII text rules.fold reads both alike, so the map's answer for it is the rules'
  -- answer (tests/test_portable.py::test_the_second_lookup_reads_as_the_label_does).
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.normalize_stage(label text) RETURNS text '
    'LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
    format(
      'SELECT COALESCE(%1$L::pg_catalog.jsonb OPERATOR(pg_catalog.->>) label, '
      'CASE WHEN %1$L::pg_catalog.jsonb OPERATOR(pg_catalog.?) label THEN NULL '
      'ELSE COALESCE(CASE WHEN pg_catalog.octet_length(%3$s) OPERATOR(pg_catalog.=) pg_catalog.length(%3$s) '
      'THEN %1$L::pg_catalog.jsonb OPERATOR(pg_catalog.->>) pg_catalog.btrim(pg_catalog.regexp_replace('
      'pg_catalog.lower(%3$s COLLATE pg_catalog."C"), %4$L, %5$L, %6$L), %5$L) END, %2$s) END)',
      fast, slow, format('pg_catalog.translate(label, %L, %L)', E'\u00a0\u2013', '  '),
      stagenorm._unicode_ascii_space() || '+', ' ', 'g'));
  -- Objects that stored answers of the old normalizer (pg_depend): they need a rebuild.
  SELECT count(*), string_agg(d.kind || ' ' || d.name, E'\n' ORDER BY d.kind, d.name),
         string_agg(d.fix, E'\n' ORDER BY d.kind, d.name)
    INTO dep_count, dep_list, dep_fix
    FROM (
      SELECT DISTINCT
             CASE WHEN c.relkind IN ('i', 'I') THEN 'index'
                  WHEN c.relkind = 'm' THEN 'materialized view'
                  ELSE 'generated column' END AS kind,
             CASE WHEN c.relkind IN ('i', 'I', 'm') THEN c.oid::regclass::text
                  ELSE format('%s.%I', c.oid::regclass, att.attname) END AS name,
             CASE WHEN c.relkind IN ('i', 'I') THEN format('REINDEX INDEX CONCURRENTLY %s;', c.oid::regclass)
                  WHEN c.relkind = 'm' THEN format('REFRESH MATERIALIZED VIEW %s;', c.oid::regclass)
                  ELSE format('UPDATE %s SET %I = DEFAULT;', c.oid::regclass, att.attname) END AS fix
        FROM pg_catalog.pg_depend AS dep
        LEFT JOIN pg_catalog.pg_rewrite AS r
               ON dep.classid = 'pg_catalog.pg_rewrite'::regclass AND r.oid = dep.objid
        LEFT JOIN pg_catalog.pg_attrdef AS ad
               ON dep.classid = 'pg_catalog.pg_attrdef'::regclass AND ad.oid = dep.objid
        JOIN pg_catalog.pg_class AS c
          ON c.oid = coalesce(r.ev_class, ad.adrelid, dep.objid)
        LEFT JOIN pg_catalog.pg_attribute AS att
               ON att.attrelid = c.oid AND att.attnum = coalesce(ad.adnum, nullif(dep.objsubid, 0))
       WHERE dep.refclassid = 'pg_catalog.pg_proc'::regclass
         AND dep.refobjid = 'stagenorm.normalize_stage(text)'::regprocedure
         AND ((dep.classid = 'pg_catalog.pg_class'::regclass AND c.relkind IN ('i', 'I'))
              -- a stored generated column: the column itself (pg_class, objsubid) up to
              -- PostgreSQL 14, its pg_attrdef entry from 15 (tests/compat checks both)
              OR (dep.classid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_attrdef'::regclass)
                  AND att.attgenerated = 's')
              OR (dep.classid = 'pg_catalog.pg_rewrite'::regclass AND c.relkind = 'm'))
      UNION ALL
      SELECT 'check constraint', format('%I on %s', con.conname, con.conrelid::regclass),
             format('-- %I on %s: rows checked before this change are not re-checked', con.conname,
                    con.conrelid::regclass)
        FROM pg_catalog.pg_depend AS dep
        JOIN pg_catalog.pg_constraint AS con ON con.oid = dep.objid
       WHERE dep.classid = 'pg_catalog.pg_constraint'::regclass
         AND dep.refclassid = 'pg_catalog.pg_proc'::regclass
         AND dep.refobjid = 'stagenorm.normalize_stage(text)'::regprocedure
    ) AS d;
  IF dep_count > 0 THEN
    RAISE NOTICE 'taxonomy version %: % object(s) hold answers of the previous normalize_stage',
                 new_version, dep_count
      USING DETAIL = dep_list,
            HINT = 'after the commit, rebuild them (big tables: off-peak):' || E'\n' || dep_fix;
  END IF;
  RETURN new_version;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._rebuild_normalizer() FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._rebuild_normalizer() IS
  'Private: bump the taxonomy version and regenerate _rules_py and normalize_stage. Indexes on normalize_stage(...) need REINDEX afterwards.';

-- >>> sql/functions/_rules.sql
-- The reading rules of this database, whichever implementation it runs: _rules_py where
-- PL/Python is installed (stagenorm.implementation() = 'plpython'), else _rules_pg.
-- What SQL functions call for an answer of the rules (fold, validate, suggest ...).
CREATE FUNCTION stagenorm._rules(
  op text,
  arg text,
  taxonomy_version integer,
  scale text DEFAULT 'auto',
  tolerance double precision DEFAULT 0.01
) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF stagenorm.implementation() = 'plpython' THEN
    RETURN stagenorm._rules_py(op, arg, taxonomy_version, scale, tolerance);
  END IF;
  RETURN stagenorm._rules_pg(op, arg, taxonomy_version, scale, tolerance);
END
$$;
COMMENT ON FUNCTION stagenorm._rules(text, text, integer, text, double precision) IS
  'Private: the reading rules of this database, _rules_py (PL/Python) or _rules_pg (portable), per stagenorm.implementation().';

-- >>> sql/functions/_rules_allowed_distance.sql
-- Portable rules: mirrors rules._allowed_distance. Edit distance accepted for a
-- suggestion, by the length of what was typed.
CREATE FUNCTION stagenorm._rules_allowed_distance(length integer) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE WHEN length <= 2 THEN 0 WHEN length <= 4 THEN 1 WHEN length <= 8 THEN 2 ELSE 3 END
$$;
COMMENT ON FUNCTION stagenorm._rules_allowed_distance(integer) IS
  'Private (portable rules, mirrors rules._allowed_distance): edit distance accepted for a suggestion.';

-- >>> sql/functions/_rules_fast_path_labels.sql
-- Portable rules: mirrors rules.fast_path_labels. Frequent raw labels and their answers
-- (JSON null for unknown), computed by the portable rules themselves: the constant fast
-- path of the generated normalize_stage. All spellings come from the taxonomy and the
-- rules' constants (_rules_constants), none is written here.
CREATE FUNCTION stagenorm._rules_fast_path_labels(taxonomy jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  constants constant jsonb := stagenorm._rules_constants();
  labels text[] := '{}';
  row_ jsonb;
  key text;
  folded text;
  letter text;
  text_ text;
BEGIN
  FOR text_ IN SELECT jsonb_array_elements_text(constants -> 'frequent_unknown') LOOP
    labels := labels || stagenorm._rules_spellings(text_);
  END LOOP;
  FOR key IN SELECT jsonb_array_elements_text(taxonomy -> 'keys') LOOP
    labels := labels || stagenorm._rules_spellings(replace(key, '_', ' '))
                     || stagenorm._rules_spellings(lower((taxonomy #>> ARRAY['display_names', key]) COLLATE "C"))
                     || (taxonomy #>> ARRAY['display_names', key]) || key || upper(key COLLATE "C");
  END LOOP;
  FOR row_ IN SELECT r FROM jsonb_array_elements(taxonomy -> 'alias_rows') WITH ORDINALITY AS t(r, n)
               ORDER BY n LOOP
    folded := row_ ->> 0;
    labels := labels || stagenorm._rules_spellings(folded);
    IF (row_ ->> 2)::boolean AND length(folded) = 1 THEN
      FOREACH letter IN ARRAY ARRAY[folded, upper(folded COLLATE "C")] LOOP
        labels := labels
          || ARRAY(SELECT p || letter FROM jsonb_array_elements_text(constants -> 'series_prefixes') AS p)
          || ARRAY(SELECT (constants #>> '{series_prefixes,0}') || letter || d
                     FROM jsonb_array_elements_text(constants -> 'series_decorations') AS d)
          || ARRAY(SELECT letter || s FROM jsonb_array_elements_text(constants -> 'letter_suffixes') AS s);
      END LOOP;
    ELSIF (row_ ->> 2)::boolean THEN
      FOREACH text_ IN ARRAY ARRAY[folded, stagenorm._rules_title(folded), upper(folded COLLATE "C")] LOOP
        labels := labels
          || ARRAY(SELECT text_ || s FROM jsonb_array_elements_text(constants -> 'decorated_suffixes') AS s);
      END LOOP;
    END IF;
  END LOOP;
  RETURN (SELECT jsonb_object_agg(l, stagenorm._rules_normalize(l, taxonomy))
            FROM (SELECT DISTINCT l FROM unnest(labels) AS l) AS d);
END
$$;
COMMENT ON FUNCTION stagenorm._rules_fast_path_labels(jsonb) IS
  'Private (portable rules, mirrors rules.fast_path_labels): frequent raw labels and their keys (null: unknown), for the fast path.';

-- >>> sql/functions/_rules_fold.sql
-- Portable rules: mirrors rules.fold. The folded tokens of a label (reading rule 2):
-- NFKC, case fold, accents removed, NFKC again; format characters deleted; separators
-- split; + is a token, & is "and"; letters and digits split apart; "series" glued to one
-- letter is split. Every Unicode fact comes from Python's tables (_unicode_*), never from
-- PostgreSQL's normalize(), lower() or regex classes, whose Unicode version and locale
-- differ from Python's (docs/design/normalizer.md).
CREATE FUNCTION stagenorm._rules_fold(label text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- The planner's estimate per call inside normalize_stage, where the constant map answers
-- most labels first (as _rules_py's COST 5 for both): the default 100 makes plans over
-- big tables pay for JIT compilation (measured on 1M labels: 4.50x -> 4.01x).
COST 3
AS $$
DECLARE
  folded text;
  digits text;   -- a regex matching one decimal digit (\d of rules._DIGIT_RUNS)
  other text;    -- a regex matching one character that is neither a digit nor a space
  others text;
  step integer;
  letter text;   -- a regex matching one letter (str.isalpha)
  glued constant text := stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_series';
BEGIN
  IF octet_length(label) <> length(label) AND label ~ stagenorm._unicode_complex() THEN
    folded := stagenorm._fold_faithful(label);
  ELSE
    folded := label;
    IF octet_length(label) <> length(label) THEN
      -- Not ASCII, but folded character by character (exact for these labels:
      -- stagenorm/unicode_data.py): each non-ASCII character by its row of _unicode_fast(),
      -- then the ASCII ones as below (which leaves the folded forms as they are).
      others := regexp_replace(label, '[\x01-\x7f]+', '', 'g');  -- the non-ASCII characters
      FOR step IN 1 .. 16 LOOP  -- few distinct ones: replace each everywhere
        EXIT WHEN others = '';
        other := left(others, 1);
        folded := replace(folded, other, coalesce(stagenorm._unicode_fast() OPERATOR(pg_catalog.->>) other, other));
        others := replace(others, other, '');
      END LOOP;
      IF others <> '' THEN  -- many: one pass over every character
        folded := array_to_string(ARRAY(
                    SELECT coalesce(stagenorm._unicode_fast() OPERATOR(pg_catalog.->>) c, c)
                      FROM unnest(string_to_array(label, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
      END IF;
    END IF;
    -- ASCII: lower() is NFKC and case folding of ASCII. C collation: lower() then changes
    -- A-Z only, as Python's does, whatever the database's locale. Runs of separators
    -- become one space (text.split() reads them alike); + is a token, & is "and".
    folded := regexp_replace(lower(folded COLLATE "C"), stagenorm._unicode_ascii_space() || '+', ' ', 'g');
    IF folded !~ '[0-9+&\x80-\U0010ffff]' AND strpos(folded, glued) = 0 THEN
      RETURN array_remove(string_to_array(folded, ' '), '');  -- ASCII words only: split
    END IF;
    IF strpos(folded, '+') > 0 THEN
      folded := replace(folded, '+', ' + ');
    END IF;
    IF strpos(folded, '&') > 0 THEN
      folded := replace(folded, '&', ' and ');
    END IF;
  END IF;
  -- Folded text is mostly ASCII (Série -> serie): then the classes are [0-9] and [a-z]
  -- (no upper case is left), whose regexes are far cheaper than the full Unicode ones.
  IF octet_length(folded) = length(folded) THEN
    digits := '[0-9]';
    letter := '[a-z]';
  ELSE
    digits := stagenorm._unicode_decimal();
    letter := stagenorm._unicode_alpha();
  END IF;
  -- _DIGIT_RUNS: letters and digits split apart (a space where a run of digits starts or ends)
  other := '[^ ' || substr(digits, 2);
  IF folded ~ (digits || other || '|' || other || digits) THEN
    IF length(folded) < 10000 THEN
      folded := regexp_replace(regexp_replace(folded, '(' || digits || ')(' || other || ')', '\1 \2', 'g'),
                               '(' || other || ')(' || digits || ')', '\1 \2', 'g');
    ELSE  -- the same, linear in the length (regexp_replace is not, with a million matches)
      folded := array_to_string(ARRAY(
        SELECT CASE WHEN d.digit <> lag(d.digit) OVER (ORDER BY d.n) THEN ' ' || d.c ELSE d.c END
          FROM (SELECT t.c, t.n,
                       CASE WHEN digits = '[0-9]' THEN ascii(t.c) BETWEEN 48 AND 57 ELSE t.c ~ digits END AS digit
                  FROM unnest(string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n)) AS d
         ORDER BY d.n), '');
    END IF;
  END IF;
  -- "series" glued to one letter is split: seriesa -> series a
  IF strpos(folded, glued) > 0 THEN
    folded := regexp_replace(folded, '(?<![^ ])' || glued || '(' || letter || ')(?![^ ])',
                             glued || ' \1', 'g');
  END IF;
  -- text.split(): the tables left one kind of space
  RETURN array_remove(string_to_array(folded, ' '), '');
END
$$;
COMMENT ON FUNCTION stagenorm._rules_fold(text) IS
  'Private (portable rules, mirrors rules.fold): the folded tokens of a label.';

-- >>> sql/functions/_rules_fold_text.sql
-- Portable rules: mirrors rules.fold_text. The folded form of a label as one string
-- (tokens joined by one space): the form in which aliases are stored.
CREATE FUNCTION stagenorm._rules_fold_text(label text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT pg_catalog.array_to_string(stagenorm._rules_fold(label), ' ') $$;
COMMENT ON FUNCTION stagenorm._rules_fold_text(text) IS
  'Private (portable rules, mirrors rules.fold_text): the folded form of a label, tokens joined by one space.';

-- >>> sql/functions/_rules_normalize.sql
-- Portable rules: mirrors rules.normalize_stage. The canonical key of a label under a
-- compiled taxonomy (_rules_taxonomy), or NULL when unknown. The slow path of the
-- generated normalize_stage where PL/Python is not the implementation.
CREATE FUNCTION stagenorm._rules_normalize(label text, taxonomy jsonb) RETURNS text
-- Inlinable into normalize_stage (no SET clause, every name qualified): a SQL function
-- that is not inlined runs an executor per call, which cost more than the rules.
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT stagenorm._rules_read(stagenorm._rules_fold(label), taxonomy) $$;
COMMENT ON FUNCTION stagenorm._rules_normalize(text, jsonb) IS
  'Private (portable rules, mirrors rules.normalize_stage): the canonical key of a label under a compiled taxonomy, or NULL.';

-- >>> sql/functions/_rules_osa_distance.sql
-- Portable rules: mirrors rules._osa_distance. Restricted Damerau-Levenshtein (optimal
-- string alignment) distance over code points: insert, delete, substitute and swap two
-- adjacent characters each cost 1. Any distance above lim is returned as lim + 1;
-- only the diagonal band of width 2 * lim + 1 is computed. (fuzzystrmatch has no OSA
-- distance, and would be an extension to install.)
CREATE FUNCTION stagenorm._rules_osa_distance(a text, b text, lim integer) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  ca integer[];
  cb integer[];
  width integer;
  over integer := lim + 1;
  before integer[];
  previous integer[];
  current integer[];
  lowest integer;
  value integer;
  ch integer;
  i integer;
  j integer;
BEGIN
  IF a = b THEN
    RETURN 0;
  END IF;
  width := length(b);
  IF abs(length(a) - width) > lim THEN
    RETURN over;
  END IF;
  ca := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(a, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n);
  cb := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(b, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n);
  previous := array_fill(over, ARRAY[width + 1], ARRAY[0]);
  FOR j IN 0 .. least(width, lim) LOOP
    previous[j] := j;
  END LOOP;
  FOR i IN 1 .. cardinality(ca) LOOP
    ch := ca[i];
    current := array_fill(over, ARRAY[width + 1], ARRAY[0]);
    IF i <= lim THEN
      current[0] := i;
    END IF;
    lowest := current[0];
    FOR j IN greatest(1, i - lim) .. least(width, i + lim) LOOP
      value := previous[j - 1] + CASE WHEN ch <> cb[j] THEN 1 ELSE 0 END;
      IF previous[j] < value THEN
        value := previous[j] + 1;
      END IF;
      IF current[j - 1] < value THEN
        value := current[j - 1] + 1;
      END IF;
      IF i > 1 AND j > 1 AND ch = cb[j - 1] AND ca[i - 1] = cb[j] AND before[j - 2] < value THEN
        value := before[j - 2] + 1;
      END IF;
      IF value > over THEN
        value := over;
      END IF;
      current[j] := value;
      IF value < lowest THEN
        lowest := value;
      END IF;
    END LOOP;
    IF lowest > lim THEN
      RETURN over;
    END IF;
    before := previous;
    previous := current;
  END LOOP;
  RETURN previous[width];
END
$$;
COMMENT ON FUNCTION stagenorm._rules_osa_distance(text, text, integer) IS
  'Private (portable rules, mirrors rules._osa_distance): optimal string alignment distance, capped at lim + 1.';

-- >>> sql/functions/_rules_pg.sql
-- The portable implementation of the reading rules, in PL/pgSQL and SQL only: the
-- counterpart of _rules_py with the same operations and the same answers (as text):
-- normalize, suggest, fold, validate, fastmap. ('distribution' is ported separately.)
-- The taxonomy of the requested version comes from _taxonomy_compiled(), a constant
-- since the last rebuild, else from the tables.
CREATE FUNCTION stagenorm._rules_pg(
  op text,
  arg text,
  taxonomy_version integer,
  scale text DEFAULT 'auto',
  tolerance double precision DEFAULT 0.01
) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  taxonomy jsonb;
BEGIN
  IF op = 'fold' THEN  -- the form aliases are stored in (add_alias, remove_alias)
    RETURN stagenorm._rules_fold_text(arg);
  END IF;
  IF op = 'validate' THEN  -- does the taxonomy in the tables, as this transaction sees it, load?
    taxonomy := stagenorm._rules_taxonomy_tables(taxonomy_version);
    RETURN format('Taxonomy(version=%s, stages=%s, aliases=%s)', taxonomy_version,
                  jsonb_array_length(taxonomy -> 'keys'),
                  (SELECT count(*) FROM jsonb_object_keys(taxonomy -> 'aliases')));
  END IF;
  taxonomy := stagenorm._taxonomy_compiled();
  IF (taxonomy ->> 'version')::integer IS DISTINCT FROM taxonomy_version THEN
    taxonomy := stagenorm._rules_taxonomy_tables(taxonomy_version);
  END IF;
  CASE op
    WHEN 'normalize' THEN
      RETURN stagenorm._rules_normalize(arg, taxonomy);
    WHEN 'suggest' THEN
      RETURN to_jsonb(stagenorm._rules_suggest(arg, taxonomy))::text;
    WHEN 'fastmap' THEN
      RETURN stagenorm._rules_fast_path_labels(taxonomy)::text;
    ELSE
      RAISE EXCEPTION 'the portable rules have no operation %', quote_literal(op)
        USING ERRCODE = 'SN003',
              HINT = 'operations: normalize, suggest, fold, validate, fastmap';
  END CASE;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_pg(text, text, integer, text, double precision) IS
  'Private: the portable (PL/pgSQL) reading rules, ops normalize, suggest, fold, validate, fastmap; same answers as _rules_py.';

-- >>> sql/functions/_rules_py.sql
-- Runs the shared rules module (stagenorm/rules.py) for the SQL functions, so SQL and
-- the Python package answer from one implementation. _rebuild_normalizer embeds the
-- module and the taxonomy into this body (the EMBEDDED line), because parallel workers
-- cannot run queries from PL/Python; each session loads them once per taxonomy version.
-- The loaded state lives in SD, which PL/Python discards whenever this function's pg_proc
-- row changes: a rebuild that was rolled back can reuse a version number, so a cache in GD
-- keyed by the version alone would keep answering with the rolled-back taxonomy.
-- Created only where PL/Python is the chosen implementation (sql/implementation.sql);
-- elsewhere the portable functions _rules_pg & co. answer in its place.
SELECT stagenorm._create_plpython($ddl$
CREATE FUNCTION stagenorm._rules_py(
  op text,
  arg text,
  taxonomy_version integer,
  scale text DEFAULT 'auto',
  tolerance double precision DEFAULT 0.01
) RETURNS text
LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- The planner's estimate per call inside normalize_stage, where a constant map answers
-- most labels first: an honest average, which keeps plans over big tables from paying
-- JIT compilation for a branch that is rarely taken (measured: 1.9x -> 1.2x on 1M rows).
COST 5
AS $py$
import json

state = SD.get("stagenorm")
if state is None or state["version"] != taxonomy_version:
    EMBEDDED = None  # (version, base64 rules.py, base64 taxonomy JSON), set by _rebuild_normalizer
    if EMBEDDED is not None and EMBEDDED[0] == taxonomy_version:
        import base64
        source = base64.b64decode(EMBEDDED[1]).decode("utf-8")
        data = json.loads(base64.b64decode(EMBEDDED[2]).decode("utf-8"))
        stages, aliases, words = data["stages"], data["aliases"], data["words"]
    else:  # before the first rebuild: read the tables (not possible in a parallel worker)
        module = plpy.execute("SELECT source FROM stagenorm.python_module WHERE name = 'rules'")
        if not module:
            plpy.error("stagenorm rules module is not installed",
                       hint="run: stagenorm migrate", sqlstate="SN000")
        source = module[0]["source"]
        stages = plpy.execute("SELECT key, display_name, position FROM stagenorm.stage ORDER BY position")
        aliases = plpy.execute(
            "SELECT alias, stage_key AS stage, decorable FROM stagenorm.stage_alias ORDER BY alias")
        words = plpy.execute("SELECT word, kind FROM stagenorm.taxonomy_word ORDER BY word")
    ns = {"__name__": "stagenorm_rules"}
    exec(compile(source, "stagenorm/rules.py", "exec"), ns)
    taxonomy = ns["Taxonomy"].from_rows(stages, aliases, words, taxonomy_version)
    state = SD["stagenorm"] = {"version": taxonomy_version, "rules": ns, "taxonomy": taxonomy,
                               "memo": {}}

rules, taxonomy = state["rules"], state["taxonomy"]
if op == "normalize":
    # The fast path missed: remember short labels, since real data repeats them.
    memo = state["memo"]
    if arg in memo:
        return memo[arg]
    answer = rules["normalize_stage"](arg, taxonomy)
    if arg is not None and len(arg) <= 256:
        if len(memo) >= 50000:
            memo.clear()
        memo[arg] = answer
    return answer
if op == "suggest":
    return json.dumps(rules["suggest_stages"](arg, taxonomy))
if op == "distribution":
    return rules["parse_stage_distribution_json"](arg, taxonomy, scale, tolerance)
if op == "fastmap":
    return json.dumps(rules["fast_path_labels"](taxonomy), sort_keys=True)
if op == "fold":  # the form aliases are stored in (add_alias, remove_alias)
    return None if arg is None else rules["fold_text"](arg)
if op == "validate":  # does the taxonomy in the tables, as this transaction sees it, load?
    try:
        checked = rules["Taxonomy"].from_rows(
            plpy.execute("SELECT key, display_name, position FROM stagenorm.stage ORDER BY position"),
            plpy.execute("SELECT alias, stage_key AS stage, decorable FROM stagenorm.stage_alias "
                         "ORDER BY alias"),
            plpy.execute("SELECT word, kind FROM stagenorm.taxonomy_word ORDER BY word"),
            taxonomy_version)
    except ValueError as exc:
        plpy.error("the taxonomy would not load: %s" % (exc,), sqlstate="SN009",
                   hint="undo the change (remove_alias or add_alias) so every alias means one stage")
    return repr(checked)
plpy.error("unknown _rules_py operation %r" % (op,), sqlstate="SN003")
$py$
$ddl$, 'stagenorm._rules_py(text, text, integer, text, double precision)',
  'Private: runs stagenorm/rules.py (ops normalize, suggest, distribution, fastmap, fold, validate) for a taxonomy version.');

-- >>> sql/functions/_rules_read.sql
-- Portable rules: mirrors rules.Taxonomy._read. Reading rules 3 and 4: the tokens as
-- written, then without filler words (if anything remains).
CREATE FUNCTION stagenorm._rules_read(tokens text[], taxonomy jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- The planner's estimate per call inside normalize_stage, where the constant map answers
-- most labels first (as _rules_py's COST 5 for both): the default 100 makes plans over
-- big tables pay for JIT compilation (measured on 1M labels: 4.50x -> 4.01x).
COST 2
AS $$
DECLARE
  key text;
  kept text[] := '{}';
  token text;
BEGIN
  IF cardinality(tokens) = 0 THEN
    RETURN NULL;
  END IF;
  key := stagenorm._rules_read_form(tokens, taxonomy);
  IF key IS NOT NULL THEN
    RETURN key;
  END IF;
  IF NOT (taxonomy -> 'fillers') ?| tokens THEN
    RETURN NULL;  -- no filler word: nothing to drop
  END IF;
  FOREACH token IN ARRAY tokens LOOP
    IF NOT (taxonomy -> 'fillers') ? token THEN
      kept := kept || token;
    END IF;
  END LOOP;
  IF cardinality(kept) > 0 AND cardinality(kept) <> cardinality(tokens) THEN
    RETURN stagenorm._rules_read_form(kept, taxonomy);
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_read(text[], jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._read): the stage of folded tokens (as written, then without fillers), or NULL.';

-- >>> sql/functions/_rules_read_form.sql
-- Portable rules: mirrors rules.Taxonomy._read_form. One form of the tokens: an alias
-- as written, else a decorable alias followed by decorations (sub-round numbers, +,
-- plus, prime, ext(ension)), optionally after a series prefix when it is one letter.
CREATE FUNCTION stagenorm._rules_read_form(tokens text[], taxonomy jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  exact text := taxonomy #>> ARRAY['aliases', array_to_string(tokens, ' '), '0'];
  n integer := cardinality(tokens);
  stop integer := n;
  start integer := 0;
  entry jsonb;
BEGIN
  IF exact IS NOT NULL THEN
    RETURN exact;
  END IF;
  WHILE stop > 0 AND (taxonomy #> ARRAY['decorations', tokens[stop]] IS NOT NULL
                      OR tokens[stop] ~ '^[0-9]+$'
                      OR (octet_length(tokens[stop]) <> length(tokens[stop])
                          AND tokens[stop] ~ ('^' || stagenorm._unicode_decimal() || '+$'))) LOOP
    stop := stop - 1;
  END LOOP;
  IF stop = 2 AND taxonomy #> ARRAY['prefixes', tokens[1]] IS NOT NULL AND length(tokens[2]) = 1 THEN
    start := 1;
  END IF;
  IF stop = start OR (start = 0 AND stop = n) THEN
    RETURN NULL;
  END IF;
  entry := taxonomy #> ARRAY['aliases', array_to_string(tokens[start + 1:stop], ' ')];
  IF entry IS NULL OR NOT (entry ->> 1)::boolean THEN
    RETURN NULL;
  END IF;
  RETURN entry ->> 0;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_read_form(text[], jsonb) IS
  'Private (portable rules, mirrors rules.Taxonomy._read_form): the stage of one form of folded tokens, or NULL.';

-- >>> sql/functions/_rules_spellings.sql
-- Portable rules: mirrors rules._spellings. How people type a folded label: cases,
-- separators, a trailing round/stage word (for the fast path only: every spelling is
-- answered by the rules, so a spelling missing here costs speed, never an answer).
-- Case changes use the C collation: ASCII letters change as in Python; others are kept.
CREATE FUNCTION stagenorm._rules_spellings(words text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  constants constant jsonb := stagenorm._rules_constants();
  small text[] := ARRAY(SELECT jsonb_array_elements_text(constants -> 'small_words'));
  cases text[];
  forms text[] := '{}';
  head text := split_part(words, ' ', 1);
  rest text := substr(words, length(split_part(words, ' ', 1)) + 2);
  title text;
  cap text;
  text_ text;
  joined text;
BEGIN
  cap := upper(left(words, 1) COLLATE "C") || lower(substr(words, 2) COLLATE "C");  -- str.capitalize
  title := array_to_string(ARRAY(
             SELECT CASE WHEN w = ANY (small) THEN w
                         ELSE upper(left(w, 1) COLLATE "C") || lower(substr(w, 2) COLLATE "C") END
               FROM unnest(string_to_array(words, ' ')) WITH ORDINALITY AS t(w, n) ORDER BY n), ' ');
  cases := ARRAY[words, stagenorm._rules_title(words), title, upper(words COLLATE "C"), cap];
  IF strpos(words, ' ') > 0 AND constants -> 'upper_rest_heads' ? head THEN  -- pre-IPO, Pre-IPO
    cases := cases || (head || ' ' || upper(rest COLLATE "C"))
                   || (upper(left(head, 1) COLLATE "C") || lower(substr(head, 2) COLLATE "C")
                       || ' ' || upper(rest COLLATE "C"));
  END IF;
  FOREACH text_ IN ARRAY cases LOOP
    FOREACH joined IN ARRAY ARRAY[text_, replace(text_, ' ', '-'), replace(text_, ' ', '_'),
                                  replace(text_, ' ', '')] LOOP
      forms := forms || joined || ARRAY(SELECT joined || s FROM jsonb_array_elements_text(
                                          constants -> 'spelling_suffixes') AS s);
    END LOOP;
  END LOOP;
  RETURN forms;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_spellings(text) IS
  'Private (portable rules, mirrors rules._spellings): spellings of a folded label for the fast path.';

-- >>> sql/functions/_rules_suggest.sql
-- Portable rules: mirrors rules.suggest_stages (Taxonomy._suggest and _fuzzy). At most
-- suggest_limit canonical keys the label probably meant, best first: the key when the
-- label normalizes; else the stages whose candidates (_rules_taxonomy) are within the
-- allowed distance of the label without fillers and trailing decorations, ranked by
-- distance, stage position, key. A series letter is never guessed.
CREATE FUNCTION stagenorm._rules_suggest(label text, taxonomy jsonb) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  tokens text[];
  key text;
  stop integer;
  query text;
  last text;
  size integer;
  lim integer;
  best jsonb := '{}';
  candidate jsonb;
  distance integer;
BEGIN
  IF label IS NULL THEN
    RETURN '{}';
  END IF;
  tokens := stagenorm._rules_fold(label);
  key := stagenorm._rules_read(tokens, taxonomy);
  IF key IS NOT NULL THEN
    RETURN ARRAY[key];
  END IF;
  -- _fuzzy
  tokens := ARRAY(SELECT t FROM unnest(tokens) WITH ORDINALITY AS u(t, n)
                   WHERE taxonomy #> ARRAY['fillers', t] IS NULL ORDER BY n);
  IF cardinality(tokens) = 0 THEN
    RETURN '{}';  -- only filler words ("round"): nothing to suggest
  END IF;
  stop := cardinality(tokens);
  WHILE stop > 0 AND (taxonomy #> ARRAY['decorations', tokens[stop]] IS NOT NULL
                      OR tokens[stop] ~ '^[0-9]+$'
                      OR (octet_length(tokens[stop]) <> length(tokens[stop])
                          AND tokens[stop] ~ ('^' || stagenorm._unicode_decimal() || '+$'))) LOOP
    stop := stop - 1;
  END LOOP;
  query := array_to_string(tokens[1:stop], ' ');
  IF length(query) > (stagenorm._rules_constants() ->> 'suggest_max_length')::integer
     OR (query !~ '[a-z]' AND (octet_length(query) = length(query) OR query !~ stagenorm._unicode_alpha())) THEN
    RETURN '{}';
  END IF;
  last := tokens[stop];
  size := length(query);
  lim := stagenorm._rules_allowed_distance(size);
  FOR candidate IN SELECT c FROM jsonb_array_elements(taxonomy -> 'candidates') WITH ORDINALITY AS t(c, n)
                    ORDER BY n LOOP
    CONTINUE WHEN candidate ->> 2 <> '' AND (candidate ->> 2 <> last OR stop < 2);
    key := candidate ->> 1;
    CONTINUE WHEN abs(size - length(candidate ->> 0)) > lim
               OR coalesce((best ->> key)::integer, lim + 1) <= 0;
    distance := stagenorm._rules_osa_distance(query, candidate ->> 0, lim);
    IF distance <= lim AND distance < coalesce((best ->> key)::integer, lim + 1) THEN
      best := best || jsonb_build_object(key, distance);
    END IF;
  END LOOP;
  RETURN ARRAY(SELECT b.key FROM jsonb_each_text(best) AS b
                ORDER BY b.value::integer, (taxonomy #>> ARRAY['positions', b.key])::numeric,
                         b.key COLLATE "C"
                LIMIT (stagenorm._rules_constants() ->> 'suggest_limit')::integer);
END
$$;
COMMENT ON FUNCTION stagenorm._rules_suggest(text, jsonb) IS
  'Private (portable rules, mirrors rules.suggest_stages): at most 3 keys a label probably meant, best first.';

-- >>> sql/functions/_rules_taxonomy.sql
-- Portable rules: mirrors rules.Taxonomy.__init__ (with from_rows and
-- _suggestion_candidates). Checks the taxonomy rows and compiles them into the jsonb the
-- portable reading functions take: stages in order, folded aliases, filler words, series
-- prefixes, suggestion candidates, and the rules' constants. Malformed data raises SN009
-- with the message of Python's ValueError. Rows are shaped like the JSON lists:
-- stages [{key, display_name, position}], aliases [{alias, stage, decorable}], words
-- [{word, kind}]. Nothing here names a stage or a word: they all come from the rows.
CREATE FUNCTION stagenorm._rules_taxonomy(stages jsonb, aliases jsonb, words jsonb, version integer)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  row_ jsonb;
  keys text[] := '{}';
  positions jsonb := '{}';
  display_names jsonb := '{}';
  alias_map jsonb := '{}';
  alias_rows jsonb := '[]';
  fillers jsonb := '{}';
  prefixes jsonb := '{}';
  found jsonb := '{}';
  candidates jsonb;
  folded text;
  tokens text[];
  previous jsonb;
  decorable boolean;
  key text;
  entry record;
  problem text;
BEGIN
  -- stages, in position order
  IF jsonb_typeof(stages) IS DISTINCT FROM 'array' OR jsonb_array_length(stages) = 0 THEN
    problem := 'taxonomy: no stages';
  END IF;
  FOR row_ IN SELECT s FROM jsonb_array_elements(coalesce(stages, '[]')) AS s
               ORDER BY (s ->> 'position')::numeric LOOP
    EXIT WHEN problem IS NOT NULL;
    IF jsonb_typeof(row_ -> 'key') IS DISTINCT FROM 'string' OR row_ ->> 'key' = ''
       OR jsonb_typeof(row_ -> 'display_name') IS DISTINCT FROM 'string' OR row_ ->> 'display_name' = ''
       OR jsonb_typeof(row_ -> 'position') IS DISTINCT FROM 'number' THEN
      problem := format('taxonomy: stage row %s: key, display_name and position are required', row_);
    ELSIF (row_ ->> 'key') = ANY (keys) THEN
      problem := 'taxonomy: duplicate stage key';
    ELSIF EXISTS (SELECT FROM jsonb_each(positions) AS p WHERE p.value = row_ -> 'position') THEN
      problem := 'taxonomy: duplicate stage position';
    ELSE
      keys := keys || (row_ ->> 'key');
      positions := positions || jsonb_build_object(row_ ->> 'key', row_ -> 'position');
      display_names := display_names || jsonb_build_object(row_ ->> 'key', row_ -> 'display_name');
    END IF;
  END LOOP;

  -- aliases, folded: one stage each; decorable if any row says so
  FOR row_ IN SELECT a FROM jsonb_array_elements(coalesce(aliases, '[]')) WITH ORDINALITY AS t(a, n)
               ORDER BY n LOOP
    EXIT WHEN problem IS NOT NULL;
    IF jsonb_typeof(row_ -> 'alias') IS DISTINCT FROM 'string' OR row_ ->> 'alias' = ''
       OR jsonb_typeof(row_ -> 'stage') IS DISTINCT FROM 'string' OR row_ ->> 'stage' = ''
       OR coalesce(jsonb_typeof(row_ -> 'decorable'), 'null') NOT IN ('boolean', 'null') THEN
      problem := format('taxonomy: alias row %s: alias and stage are required, decorable is a boolean', row_);
      EXIT;
    END IF;
    IF NOT (row_ ->> 'stage') = ANY (keys) THEN
      problem := format('taxonomy: alias %s names unknown stage %s', row_ -> 'alias', row_ -> 'stage');
      EXIT;
    END IF;
    folded := stagenorm._rules_fold_text(row_ ->> 'alias');
    IF folded = '' THEN
      problem := format('taxonomy: alias %s is empty once folded', row_ -> 'alias');
      EXIT;
    END IF;
    decorable := coalesce((row_ ->> 'decorable')::boolean, false);
    previous := alias_map -> folded;
    IF previous IS NOT NULL AND previous ->> 0 <> row_ ->> 'stage' THEN
      problem := format('taxonomy: alias %s means both %s and %s', to_jsonb(folded), previous -> 0, row_ -> 'stage');
      EXIT;
    END IF;
    alias_map := alias_map || jsonb_build_object(folded, jsonb_build_array(
                   row_ ->> 'stage', decorable OR coalesce((previous ->> 1)::boolean, false)));
    alias_rows := alias_rows || jsonb_build_array(jsonb_build_array(folded, row_ ->> 'stage', decorable));
  END LOOP;

  -- words: each folds to one token, of a known kind
  FOR row_ IN SELECT w FROM jsonb_array_elements(coalesce(words, '[]')) WITH ORDINALITY AS t(w, n)
               ORDER BY n LOOP
    EXIT WHEN problem IS NOT NULL;
    IF jsonb_typeof(row_ -> 'word') IS DISTINCT FROM 'string' OR row_ ->> 'word' = ''
       OR jsonb_typeof(row_ -> 'kind') IS DISTINCT FROM 'string' OR row_ ->> 'kind' = '' THEN
      problem := format('taxonomy: word row %s: word and kind are required', row_);
      EXIT;
    END IF;
    tokens := stagenorm._rules_fold(row_ ->> 'word');
    IF cardinality(tokens) <> 1 THEN
      problem := format('taxonomy: word %s must fold to exactly one token', row_ -> 'word');
    ELSIF row_ ->> 'kind' = 'filler' THEN
      fillers := fillers || jsonb_build_object(tokens[1], true);
    ELSIF row_ ->> 'kind' = 'series_prefix' THEN
      prefixes := prefixes || jsonb_build_object(tokens[1], true);
    ELSE
      problem := format('taxonomy: word %s has unknown kind %s', row_ -> 'word', row_ -> 'kind');
    END IF;
  END LOOP;

  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'the taxonomy would not load: %', problem
      USING ERRCODE = 'SN009',
            HINT = 'undo the change (remove_alias or add_alias) so every alias means one stage';
  END IF;

  -- _suggestion_candidates: every alias (and <prefix> <letter> for a decorable letter),
  -- every display name and key, folded; a text two stages share goes to the earlier one.
  FOR entry IN
    SELECT c.text, c.key
      FROM (SELECT a.key AS text, a.value ->> 0 AS key FROM jsonb_each(alias_map) AS a
            UNION ALL
            SELECT p.key || ' ' || a.key, a.value ->> 0
              FROM jsonb_each(alias_map) AS a, jsonb_object_keys(prefixes) AS p(key)
             WHERE (a.value ->> 1)::boolean AND length(a.key) = 1
            UNION ALL
            SELECT stagenorm._rules_fold_text(d.value #>> '{}'), d.key FROM jsonb_each(display_names) AS d
            UNION ALL
            SELECT stagenorm._rules_fold_text(k), k FROM unnest(keys) AS k) AS c
     WHERE c.text <> ''
     ORDER BY (positions ->> c.key)::numeric DESC
  LOOP
    found := found || jsonb_build_object(entry.text, entry.key);  -- the earliest stage wins
  END LOOP;
  SELECT coalesce(jsonb_agg(jsonb_build_array(
           f.key, f.value #>> '{}',
           CASE WHEN prefixes ? regexp_replace(f.key, ' [^ ]*$', '') AND f.key ~ ' '
                     AND length(regexp_replace(f.key, '^.* ', '')) = 1
                THEN regexp_replace(f.key, '^.* ', '') ELSE '' END)
           ORDER BY (positions ->> (f.value #>> '{}'))::numeric, f.key COLLATE "C"), '[]')
    INTO candidates FROM jsonb_each(found) AS f;

  RETURN jsonb_build_object(
    'version', version,
    'keys', to_jsonb(keys),
    'positions', positions,
    'display_names', display_names,
    'aliases', alias_map,
    'alias_rows', alias_rows,
    'fillers', fillers,
    'prefixes', prefixes,
    'candidates', candidates,
    'decorations', (SELECT jsonb_object_agg(d, true) FROM jsonb_array_elements_text(
                      stagenorm._rules_constants() -> 'decorations') AS d));
END
$$;
COMMENT ON FUNCTION stagenorm._rules_taxonomy(jsonb, jsonb, jsonb, integer) IS
  'Private (portable rules, mirrors rules.Taxonomy): check taxonomy rows and compile them for the portable reading functions; SN009 when they would not load.';

-- >>> sql/functions/_rules_taxonomy_tables.sql
-- Portable rules: the taxonomy tables as this transaction sees them, compiled by
-- _rules_taxonomy (SN009 when they would not load): what rules.Taxonomy.from_rows
-- gets from the same tables in _rules_py's 'validate'.
CREATE FUNCTION stagenorm._rules_taxonomy_tables(version integer) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT stagenorm._rules_taxonomy(
    (SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
              'key', s.key, 'display_name', s.display_name, 'position', s.position) ORDER BY s.position)
       FROM stagenorm.stage AS s),
    (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
              'alias', a.alias, 'stage', a.stage_key, 'decorable', a.decorable)
              ORDER BY a.alias COLLATE "C"), '[]')
       FROM stagenorm.stage_alias AS a),
    (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
              'word', w.word, 'kind', w.kind) ORDER BY w.word COLLATE "C"), '[]')
       FROM stagenorm.taxonomy_word AS w),
    version)
$$;
COMMENT ON FUNCTION stagenorm._rules_taxonomy_tables(integer) IS
  'Private (portable rules, mirrors rules.Taxonomy.from_rows over the tables): the taxonomy tables compiled, or SN009.';

-- >>> sql/functions/_rules_title.sql
-- Portable rules: mirrors str.title for the fast path's spellings: a letter after a
-- letter is lower case, any other letter upper case (ASCII letters; others are kept and
-- count as non-letters, which may only cost the fast path a spelling, never an answer).
CREATE FUNCTION stagenorm._rules_title(words text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  out text := '';
  c text;
  after_letter boolean := false;
BEGIN
  FOREACH c IN ARRAY string_to_array(words, NULL) LOOP
    IF c ~ '^[A-Za-z]$' THEN
      out := out || CASE WHEN after_letter THEN lower(c COLLATE "C") ELSE upper(c COLLATE "C") END;
      after_letter := true;
    ELSE
      out := out || c;
      after_letter := false;
    END IF;
  END LOOP;
  RETURN out;
END
$$;
COMMENT ON FUNCTION stagenorm._rules_title(text) IS
  'Private (portable rules, mirrors str.title for ASCII letters): title case for the fast path''s spellings.';

-- >>> sql/functions/_share_json.sql
-- A share or sum as parse_stage_distribution returns it: x rounded to 12 decimals
-- (round(x * 1e12) / 1e12 in doubles, Python's rounding) as the JSON number Python prints
-- for that double. Below 4096 the shortest decimal that reads back as the nearest double
-- to n / 10^12 is n / 10^12 itself (its neighbours with 12 or fewer decimals are 1e-12
-- away, more than the double's spacing), so the numeric is exact, with repr's trailing
-- ".0" for whole numbers. Shares are at most 1 and sums at most 1000 (MAX_ENTRIES).
CREATE FUNCTION stagenorm._share_json(x double precision) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT pg_catalog.to_jsonb(CASE WHEN pg_catalog.scale(t.v) = 0 THEN pg_catalog.round(t.v, 1) ELSE t.v END)
    FROM (SELECT pg_catalog.trim_scale(
                   pg_catalog.round(x * 1e12::double precision)::bigint * 0.000000000001) AS v) AS t
$$;
COMMENT ON FUNCTION stagenorm._share_json(double precision) IS
  'Private: a share rounded to 12 decimals, as the JSON number Python prints for it.';

-- >>> sql/functions/_taxonomy_compiled.sql
-- The taxonomy in force, compiled for the portable rules (_rules_taxonomy), with its
-- version. This is the generic form, which compiles the tables at each call;
-- _rebuild_normalizer replaces it on every taxonomy change with an IMMUTABLE function
-- returning the compiled taxonomy as a constant (parallel workers then read no table).
CREATE FUNCTION stagenorm._taxonomy_compiled() RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT stagenorm._rules_taxonomy_tables((SELECT t.version FROM stagenorm.taxonomy_state AS t)) $$;
COMMENT ON FUNCTION stagenorm._taxonomy_compiled() IS
  'Private: the taxonomy in force compiled for the portable rules (regenerated by _rebuild_normalizer).';

-- >>> sql/functions/_taxonomy_version.sql
-- The taxonomy version in force, for functions that load the taxonomy at call time.
CREATE FUNCTION stagenorm._taxonomy_version() RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT version FROM stagenorm.taxonomy_state $$;
COMMENT ON FUNCTION stagenorm._taxonomy_version() IS 'Private: the current taxonomy version.';

-- >>> sql/functions/_warn_invalid.sql
-- The WARNING for a stage distribution stored as written in warn mode although its
-- weights, sum or shape are invalid (its labels are all known): one per statement, raised
-- by the statement trigger with the errors of the last such row.
CREATE FUNCTION stagenorm._warn_invalid(
  schema_name name,
  table_name name,
  column_name text,
  errors text
) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  detail text;
BEGIN
  BEGIN
    detail := (SELECT pg_catalog.string_agg(pg_catalog.format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                 FROM pg_catalog.jsonb_array_elements(errors::jsonb) AS e);
  EXCEPTION WHEN OTHERS THEN
    detail := errors;
  END;
  RAISE WARNING 'invalid stage distribution for %.%.% stored as written',
                pg_catalog.quote_ident(schema_name), pg_catalog.quote_ident(table_name), pg_catalog.quote_ident(column_name)
    USING DETAIL = pg_catalog.left(detail, 2000),
          HINT = 'The stage validation mode is warn; enforce will reject it. Weights are finite numbers >= 0 that add up to 100 (percent) or 1 (fraction).';
END
$$;
REVOKE ALL ON FUNCTION stagenorm._warn_invalid(name, name, text, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._warn_invalid(name, name, text, text) IS
  'Private: WARNING for an invalid distribution stored as written (warn mode).';

-- >>> sql/functions/_warn_unknown.sql
-- The WARNING for an unknown stage label kept as written in warn mode, naming the
-- suggestions. Called only when _enforce_unknowns samples the label in.
CREATE FUNCTION stagenorm._warn_unknown(
  schema_name name,
  table_name name,
  column_name text,
  label text,
  sighting bigint DEFAULT 1
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  suggestions text[] := stagenorm.suggest_stages(left(label, 1000));
BEGIN
  RAISE WARNING 'unknown stage label % for %.%.% stored as written%', to_json(left(label, 80)),
                quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name),
                CASE WHEN sighting > 1 THEN format(' (seen %s times)', sighting) ELSE '' END
    USING DETAIL = 'The stage validation mode is warn: unknown labels are kept and recorded in stagenorm.label_writer; enforce will reject them. Each label is reported on its first sighting in an interval (stagenorm.warning_interval, 60 s) and on its 10th, 100th, ... sighting.',
          HINT = CASE WHEN cardinality(suggestions) > 0
                      THEN format('Did you mean %s?', array_to_string(suggestions, ' or '))
                      ELSE format('No stage resembles it. Known stages: %s.',
                                  (SELECT string_agg(key, ', ' ORDER BY position) FROM stagenorm.stage))
                 END;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._warn_unknown(name, name, text, text, bigint) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._warn_unknown(name, name, text, text, bigint) IS
  'Private: WARNING for an unknown label stored as written (warn mode), with suggestions.';

-- >>> sql/functions/add_alias.sql
-- Adds an operator's alias to the taxonomy: folds it with the rules, refuses one that
-- already means another stage, checks that the resulting taxonomy loads, writes
-- taxonomy_audit and rebuilds normalize_stage, so every later statement in every session
-- reads the alias without a redeploy. Lists the indexes and stored values that used the
-- old normalizer (they need REINDEX or a refresh).
CREATE FUNCTION stagenorm.add_alias(
  alias text,
  stage text,
  actor text,
  reason text,
  decorable boolean DEFAULT false
) RETURNS stagenorm.taxonomy_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
-- No parallel plans inside: the 'validate' check reads tables, which a parallel worker
-- cannot do from PL/Python (force_parallel_mode would otherwise send it to one).
-- The rules come from stagenorm._rules: PL/Python or the portable implementation.
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
  folded text;
  existing stagenorm.stage_alias;
  probe text;
  meaning text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF add_alias.actor IS NULL OR add_alias.actor !~ '[^[:space:]]' OR length(add_alias.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF add_alias.reason IS NULL OR add_alias.reason !~ '[^[:space:]]' OR length(add_alias.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''CRM exports "Seedling" for seed rounds''';
  END IF;
  IF add_alias.alias IS NULL OR length(add_alias.alias) > 1000 THEN
    RAISE EXCEPTION 'alias must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the label as users write it, e.g. ''Seedling''';
  END IF;
  IF add_alias.decorable IS NULL THEN
    RAISE EXCEPTION 'decorable must be true or false'
      USING ERRCODE = 'SN003', HINT = 'leave it out: it defaults to false';
  END IF;

  -- One taxonomy change at a time: the checks below then see every earlier change.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  IF add_alias.stage IS NULL
     OR NOT EXISTS (SELECT FROM stagenorm.stage AS s WHERE s.key = add_alias.stage) THEN
    RAISE EXCEPTION 'unknown stage %', coalesce(quote_literal(left(add_alias.stage, 80)), 'NULL')
      USING ERRCODE = 'SN003',
            HINT = 'stage is a canonical key: '
                   || (SELECT string_agg(s.key, ', ' ORDER BY s.position) FROM stagenorm.stage AS s);
  END IF;

  folded := stagenorm._rules('fold', add_alias.alias, stagenorm._taxonomy_version());
  IF folded = '' THEN
    RAISE EXCEPTION 'alias % is empty once folded', quote_literal(left(add_alias.alias, 80))
      USING ERRCODE = 'SN009',
            DETAIL = 'separators, quotes, brackets and format characters are dropped when a label is read',
            HINT = 'an alias needs at least one letter, digit or symbol';
  END IF;
  IF length(folded) > 200 THEN
    RAISE EXCEPTION 'alias is % characters once folded; at most 200 are allowed', length(folded)
      USING ERRCODE = 'SN003', HINT = 'aliases are short labels such as ''seedling''';
  END IF;

  SELECT a.* INTO existing FROM stagenorm.stage_alias AS a WHERE a.alias = folded;
  IF FOUND THEN
    IF existing.stage_key <> add_alias.stage THEN
      RAISE EXCEPTION 'alias % already means %', quote_literal(folded), existing.stage_key
        USING ERRCODE = 'SN009',
              DETAIL = format('stagenorm.stage_alias has %L -> %s', folded, existing.stage_key),
              HINT = format('to move it, first run: SELECT stagenorm.remove_alias(%L, actor, reason)', folded);
    END IF;
    IF existing.decorable <> add_alias.decorable THEN
      RAISE EXCEPTION 'alias % exists with decorable = %', quote_literal(folded), existing.decorable
        USING ERRCODE = 'SN009',
              HINT = 'to change decorable, remove_alias it and add_alias it again (both are audited)';
    END IF;
    RAISE NOTICE 'alias % already means %: nothing changed', quote_literal(folded), existing.stage_key;
    RETURN NULL;
  END IF;

  -- What the rules read today must not change: the alias itself, and (when decorable) the
  -- decorated forms it would start to answer for.
  FOREACH probe IN ARRAY ARRAY[folded]
      || CASE WHEN add_alias.decorable THEN
           ARRAY[folded || ' 2', folded || ' +', folded || ' extension']
           || CASE WHEN length(folded) = 1 THEN
                (SELECT coalesce(array_agg(w.word || ' ' || folded ORDER BY w.word), '{}')
                   FROM stagenorm.taxonomy_word AS w WHERE w.kind = 'series_prefix')
              ELSE '{}' END
         ELSE '{}' END
  LOOP
    meaning := stagenorm.normalize_stage(probe);
    IF meaning IS NOT NULL AND meaning <> add_alias.stage THEN
      RAISE EXCEPTION '%', CASE WHEN probe = folded
                                THEN format('alias %L already reads as %s', folded, meaning)
                                ELSE format('alias %L would change what %L means (%s today)',
                                            folded, probe, meaning) END
        USING ERRCODE = 'SN009',
              DETAIL = 'an alias may only add labels that are unknown today (or already mean its stage)',
              HINT = 'choose another alias, or add it for stage ' || meaning;
    END IF;
  END LOOP;

  INSERT INTO stagenorm.stage_alias (alias, stage_key, decorable, created_by)
  VALUES (folded, add_alias.stage, add_alias.decorable, btrim(add_alias.actor, E' \t\r\n'));

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules('validate', NULL, stagenorm._taxonomy_version());
  new_version := stagenorm._rebuild_normalizer();

  INSERT INTO stagenorm.taxonomy_audit AS t (action, alias, stage_key, actor, reason, version)
  VALUES ('add_alias', folded, add_alias.stage, btrim(add_alias.actor, E' \t\r\n'),
          btrim(add_alias.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.add_alias(text, text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.add_alias(text, text, text, text, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.add_alias(text, text, text, text, boolean) IS
  'Add an alias for a canonical stage (folded first, e.g. ''Seed-ling'' is stored as ''seed ling''), audited in taxonomy_audit, effective for every later statement in every session. decorable: also read with a sub-round number, +, plus, prime, ext(ension). Raises SN003 for an unknown stage or a blank actor/reason, SN009 when the alias already means another stage, is empty once folded, or the taxonomy would not load. Returns the audit row (NULL when the alias already means that stage). Needs stagenorm_admin. NOTICE lists indexes, generated columns and materialized views using normalize_stage: REINDEX/refresh them. See docs/sql/add_alias.md.';

-- >>> sql/functions/backfill_changed_by_stage.sql
-- Rows a batched job changed (a dry run: would change) per canonical stage. A real run's
-- counts are summed from its change log when asked, the record of what each batch
-- really changed, rather than kept a second time in the job row. A dry run keeps no
-- log, so its batches count them (backfill_job.dry_run_by_stage).
CREATE FUNCTION stagenorm.backfill_changed_by_stage(job_id bigint)
RETURNS TABLE (stage text, rows bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  job stagenorm.backfill_job;
BEGIN
  SELECT * INTO job FROM stagenorm.backfill_job AS j WHERE j.id = backfill_changed_by_stage.job_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  IF job.dry_run THEN
    RETURN QUERY
      SELECT e.key, e.value::bigint FROM pg_catalog.jsonb_each_text(job.dry_run_by_stage) AS e
       ORDER BY 2 DESC, 1;
  ELSE
    RETURN QUERY
      SELECT n.stage, pg_catalog.count(*) FROM stagenorm.backfill_change AS c, pg_catalog.unnest(c.new_values) AS n(stage)
       WHERE c.job_id = job.id
       GROUP BY n.stage ORDER BY 2 DESC, 1;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_changed_by_stage(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_changed_by_stage(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_changed_by_stage(bigint) IS
  'Rows a batched job changed per canonical stage (a dry run: would change), most first. A real run''s are summed from its change log (backfill_change), so this reads every change: seconds for tens of millions. SN007 for no such job.';

-- >>> sql/functions/backfill_changes.sql
-- The changes of a batched job row by row (backfill_change stores them per batch):
-- which key went from which value to which, and whether a revert put it back.
CREATE FUNCTION stagenorm.backfill_changes(job_id bigint)
RETURNS TABLE (batch integer, key text, old_value text, new_value text, changed_at timestamptz, revert text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM stagenorm.backfill_job AS j WHERE j.id = backfill_changes.job_id) THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  RETURN QUERY
    SELECT c.batch, u.key, u.old_value, u.new_value, c.changed_at,
           CASE WHEN c.reverted_at IS NULL THEN NULL
                WHEN u.key = ANY (coalesce(c.revert_skipped_keys, '{}')) THEN 'skipped'
                ELSE 'reverted' END
      FROM stagenorm.backfill_change AS c,
           ROWS FROM (pg_catalog.unnest(c.keys), pg_catalog.unnest(c.old_values), pg_catalog.unnest(c.new_values))
             WITH ORDINALITY AS u(key, old_value, new_value, ord)
     WHERE c.job_id = backfill_changes.job_id
     ORDER BY c.batch, u.ord;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_changes(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_changes(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_changes(bigint) IS
  'Changes of a batched job, one row per changed row: batch, key (text form of the primary key), old_value, new_value, changed_at, revert (NULL not reverted, reverted, or skipped: a client had changed the row). SN007 for no such job.';

-- >>> sql/functions/backfill_status.sql
-- Progress of batched normalization jobs for DBAs (psql: \watch it): counts, percent,
-- rate and ETA of the current run, and whether a backend is working on the job now.
CREATE FUNCTION stagenorm.backfill_status(job_id bigint DEFAULT NULL)
RETURNS TABLE (
  id bigint,
  table_name regclass,
  column_name name,
  status text,
  dry_run boolean,
  active boolean,
  pid integer,
  percent numeric,
  rows_scanned bigint,
  rows_estimate bigint,
  rows_changed bigint,
  rows_unknown bigint,
  rows_skipped bigint,
  rows_per_second numeric,
  eta interval,
  last_key text,
  batches integer,
  retries integer,
  rows_reverted bigint,
  rows_revert_skipped bigint,
  started_at timestamptz,
  updated_at timestamptz,
  last_error text
)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT j.id, j.table_name, j.column_name, j.status, j.dry_run,
         coalesce(h.pid = j.backend_pid, false) AS active, CASE WHEN h.pid = j.backend_pid THEN h.pid END,
         CASE WHEN j.status IN ('done', 'reverted', 'reverting') THEN NULL
              WHEN coalesce(j.rows_estimate, 0) = 0 THEN NULL
              ELSE pg_catalog.round(100.0 * least(j.rows_scanned, j.rows_estimate) / j.rows_estimate, 1) END,
         j.rows_scanned, j.rows_estimate, j.rows_changed, j.rows_unknown, j.rows_skipped,
         r.rate,
         CASE WHEN h.pid = j.backend_pid AND j.status = 'running' AND r.rate > 0
              THEN pg_catalog.make_interval(secs => pg_catalog.round(greatest(j.rows_estimate - j.rows_scanned, 0) / r.rate)::double precision) END,
         j.last_key, j.batches, j.retries, j.rows_reverted, j.rows_revert_skipped,
         j.started_at, j.updated_at, j.last_error
    FROM stagenorm.backfill_job AS j
   CROSS JOIN LATERAL (
     SELECT stagenorm._backfill_lock_holder(stagenorm._backfill_lock_key(j.table_name, j.column_name)) AS pid
   ) AS h
   CROSS JOIN LATERAL (
     SELECT CASE WHEN j.updated_at > j.run_started_at AND j.rows_scanned > j.run_rows_start
                 THEN pg_catalog.round((j.rows_scanned - j.run_rows_start)
                            / extract(epoch FROM j.updated_at - j.run_started_at), 1) END AS rate
   ) AS r
   WHERE backfill_status.job_id IS NULL OR j.id = backfill_status.job_id
   ORDER BY j.id DESC
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_status(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_status(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_status(bigint) IS
  'Batched normalization jobs (all, newest first, or one): status, active (a backend works on the job now) and its pid, percent, counts, rate and ETA of the current run. In psql: SELECT * FROM stagenorm.backfill_status() \watch 2. See docs/runbooks/batched-normalization.md.';

-- >>> sql/functions/backfill_unknowns.sql
-- The labels a batched job left alone because they name no stage, with their row
-- counts and up to three stages each probably meant.
CREATE FUNCTION stagenorm.backfill_unknowns(job_id bigint)
RETURNS TABLE (label text, rows bigint, suggestions text[])
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM stagenorm.backfill_job AS j WHERE j.id = backfill_unknowns.job_id) THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  RETURN QUERY
    SELECT u.key, u.value::bigint, stagenorm.suggest_stages(u.key)
      FROM stagenorm.backfill_job AS j, pg_catalog.jsonb_each_text(j.unknown_labels) AS u
     WHERE j.id = backfill_unknowns.job_id
     ORDER BY u.value::bigint DESC, u.key;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.backfill_unknowns(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.backfill_unknowns(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.backfill_unknowns(bigint) IS
  'Labels a batched job did not change because they name no stage: label (cut to 200 characters), rows, suggestions (suggest_stages). Lists the first 1000 distinct labels; backfill_job.unknown_unlisted counts the rest. SN007 for no such job.';

-- >>> sql/functions/consumer_report.sql
-- Who still writes unknown or non-canonical stage labels: one row per client (application_name
-- and role) from what the enforcement triggers recorded in label_writer, worst first.
CREATE FUNCTION stagenorm.consumer_report(since timestamptz DEFAULT NULL, max_examples integer DEFAULT 3)
RETURNS TABLE (
  application_name  text,
  role              text,
  tables            text[],
  unknown_writes    bigint,
  would_reject      bigint,
  normalized_writes bigint,
  distinct_labels   integer,
  first_seen        timestamptz,
  last_seen         timestamptz,
  examples          jsonb
)
LANGUAGE plpgsql STABLE
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  n_examples constant integer := consumer_report.max_examples;
BEGIN
  IF n_examples IS NULL OR n_examples < 0 OR n_examples > 20 THEN
    RAISE EXCEPTION 'max_examples must be between 0 and 20, got %', coalesce(n_examples::text, 'NULL')
      USING ERRCODE = 'SN003',
            DETAIL = 'max_examples is the number of labels listed per client.',
            HINT = 'Call stagenorm.consumer_report(since => now() - interval ''1 day'', max_examples => 3).';
  END IF;
  RETURN QUERY
  WITH seen AS (
    SELECT lw.application_name::text AS app, lw.role::text AS who, lw.table_name::text AS tbl,
           lw.label, lw.outcome, lw.seen_count, lw.first_seen, lw.last_seen
      FROM stagenorm.label_writer lw
     WHERE lw.outcome IN ('unknown', 'normalized')
       AND (consumer_report.since IS NULL OR lw.last_seen >= consumer_report.since)
  ), per_label AS (
    SELECT app, who, label, outcome, sum(seen_count)::bigint AS n, max(last_seen) AS last,
           CASE WHEN outcome = 'unknown' THEN stagenorm.normalize_stage(label) END AS known_now
      FROM seen
     GROUP BY app, who, label, outcome
  ), ranked AS (
    SELECT p.*, row_number() OVER (PARTITION BY app, who
                                   ORDER BY (outcome = 'unknown') DESC, n DESC, label COLLATE "C") AS rank
      FROM per_label p
  ), shown AS (
    SELECT app, who,
           jsonb_agg(jsonb_build_object(
             'label', label, 'outcome', outcome, 'count', n, 'last_seen', last,
             'stored', CASE WHEN outcome = 'normalized' THEN stagenorm.normalize_stage(label) END,
             'known_now', known_now,
             'suggestions', CASE WHEN outcome = 'unknown' AND known_now IS NULL
                                 THEN to_jsonb(stagenorm.suggest_stages(label)) END)
             ORDER BY rank) AS examples
      FROM ranked
     WHERE rank <= n_examples
     GROUP BY app, who
  ), per_client AS (
    SELECT s.app, s.who,
           array_agg(DISTINCT s.tbl ORDER BY s.tbl) AS tables,
           coalesce(sum(s.seen_count) FILTER (WHERE s.outcome = 'unknown'), 0)::bigint AS unknown_writes,
           coalesce(sum(s.seen_count) FILTER (WHERE s.outcome = 'normalized'), 0)::bigint AS normalized_writes,
           count(DISTINCT s.label)::integer AS distinct_labels,
           min(s.first_seen) AS first_seen, max(s.last_seen) AS last_seen
      FROM seen s
     GROUP BY s.app, s.who
  ), rejecting AS (
    SELECT app, who, coalesce(sum(n) FILTER (WHERE outcome = 'unknown' AND known_now IS NULL), 0)::bigint AS n
      FROM per_label
     GROUP BY app, who
  )
  SELECT c.app, c.who, c.tables, c.unknown_writes, r.n, c.normalized_writes, c.distinct_labels,
         c.first_seen, c.last_seen, coalesce(sh.examples, '[]'::jsonb)
    FROM per_client c
    JOIN rejecting r ON r.app IS NOT DISTINCT FROM c.app AND r.who IS NOT DISTINCT FROM c.who
    LEFT JOIN shown sh ON sh.app IS NOT DISTINCT FROM c.app AND sh.who IS NOT DISTINCT FROM c.who
   ORDER BY r.n DESC, c.unknown_writes DESC, c.normalized_writes DESC, c.last_seen DESC,
            c.app COLLATE "C", c.who COLLATE "C";
END
$$;
COMMENT ON FUNCTION stagenorm.consumer_report(timestamptz, integer) IS
  'Clients (application_name, role) that wrote unknown or non-canonical stage labels, from '
  'stagenorm.label_writer: counts, tables, first/last seen, and up to max_examples labels each '
  '(unknown first) with the stored key or suggestions. would_reject counts unknown writes whose '
  'label is still unknown today: those clients would be refused under enforce. since keeps '
  'clients last seen at or after that time. Used by `stagenorm consumers`.';

-- >>> sql/functions/current_mode.sql
-- The validation mode in force: the mode of record when one was ever set, else the default.
CREATE FUNCTION stagenorm.current_mode() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT coalesce((SELECT mode FROM stagenorm.mode_state WHERE singleton),
                  stagenorm._default_mode())
$$;
COMMENT ON FUNCTION stagenorm.current_mode() IS
  'The validation mode in force (off, warn or enforce): the last set_mode, or while none was ever set the database setting stagenorm.default_mode when valid, else warn. See docs/sql/current_mode.md.';

-- >>> sql/functions/enforce_stage_column.sql
-- Attaches mode-aware validation to a text column of stage labels: every INSERT and
-- UPDATE of the column, from any client, follows the validation mode (off: stored as
-- given; warn: known labels stored as their canonical key, unknown ones kept, WARNING,
-- recorded; enforce: canonical keys, unknown labels rejected with SN001).
CREATE FUNCTION stagenorm.enforce_stage_column(tbl regclass, col name) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$ SELECT stagenorm._enforce_attach(tbl, col, 'label') $$;
COMMENT ON FUNCTION stagenorm.enforce_stage_column(regclass, name) IS
  'Attach mode-aware stage validation to a text column (triggers); true when attached, false when it was already and was refreshed. SN005 for a view or a non-text column. Needs stagenorm_admin and TRIGGER on the table. Undo with release_stage_column. See docs/sql/enforce_stage_column.md.';

-- >>> sql/functions/enforce_stage_distribution_column.sql
-- Attaches mode-aware validation to a jsonb column of stage distributions: warn stores a
-- valid distribution in normalized form (every canonical key with its share 0..1) and an
-- invalid one as written with a WARNING; enforce rejects an invalid one (SN001 for unknown
-- labels, SN003 for weights, sum or shape).
CREATE FUNCTION stagenorm.enforce_stage_distribution_column(tbl regclass, col name) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$ SELECT stagenorm._enforce_attach(tbl, col, 'distribution') $$;
COMMENT ON FUNCTION stagenorm.enforce_stage_distribution_column(regclass, name) IS
  'Attach mode-aware stage distribution validation to a jsonb column (triggers); valid values are stored as parse_stage_distribution(...)->''normalized''. true when attached, false when refreshed. Undo with release_stage_distribution_column. See docs/sql/enforce_stage_column.md.';

-- >>> sql/functions/enforced_columns.sql
-- The columns that carry stagenorm enforcement, read from the catalog (the row trigger's
-- column and function): what release_* and set_mode act on, and the rejection counts.
CREATE FUNCTION stagenorm.enforced_columns()
RETURNS TABLE (
  table_name regclass,
  column_name name,
  kind text,
  ident text,
  row_trigger name,
  count_trigger name,
  row_function regprocedure,
  rejected bigint
)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
  SELECT t.tgrelid::regclass,
         a.attname,
         split_part(encode(t.tgargs, 'escape'), '\000', 1),
         substr(p.proname, 14),
         t.tgname,
         c.tgname,
         p.oid::regprocedure,
         coalesce(pg_sequence_last_value(to_regclass('stagenorm._enforce_rej_' || substr(p.proname, 14))), 0)
    FROM pg_catalog.pg_trigger AS t
    JOIN pg_catalog.pg_proc AS p
      ON p.oid = t.tgfoid AND p.pronamespace = 'stagenorm'::regnamespace AND p.proname ~ '^_enforce_row_'
    JOIN pg_catalog.pg_attribute AS a
      ON a.attrelid = t.tgrelid AND a.attnum = t.tgattr[0]
    LEFT JOIN pg_catalog.pg_trigger AS c
      ON c.tgrelid = t.tgrelid AND c.tgparentid = 0
     AND c.tgname = 'stagenorm_count_' || substr(p.proname, 14)
   WHERE t.tgparentid = 0
   ORDER BY 1::text, 2
$$;
COMMENT ON FUNCTION stagenorm.enforced_columns() IS
  'Columns with stagenorm enforcement: table, column, kind (label or distribution), the row trigger, the AFTER INSERT counting trigger (NULL in off) and the generated row function, and how many values were rejected in enforce (a sequence: never rolled back).';

-- >>> sql/functions/implementation.sql
-- Which implementation of the reading rules this database runs: 'plpython' where the
-- PL/Python rules function is installed (self-hosted servers with plpython3u), else
-- 'plpgsql', the portable implementation every PostgreSQL has (managed services).
-- The install decides by creating _rules_py or not; this only reads the catalog.
CREATE FUNCTION stagenorm.implementation() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE
           WHEN pg_catalog.to_regprocedure(
                  'stagenorm._rules_py(text, text, integer, text, double precision)') IS NULL
           THEN 'plpgsql' ELSE 'plpython' END
$$;
COMMENT ON FUNCTION stagenorm.implementation() IS
  'The implementation of the reading rules in this database: plpython (PL/Python installed) or plpgsql (portable, no untrusted language). Both give the same answers. See docs/design/normalizer.md.';

-- >>> sql/functions/mode_info.sql
-- The validation mode in force with where it comes from, since when and by whom.
CREATE FUNCTION stagenorm.mode_info(
  OUT mode text,
  OUT source text,
  OUT since timestamptz,
  OUT changed_by text,
  OUT reason text
) RETURNS record
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(s.mode, stagenorm._default_mode()),
         CASE WHEN s.mode IS NULL THEN 'default' ELSE 'database' END,
         CASE WHEN s.mode IS NULL THEN NULL ELSE s.changed_at END,
         CASE WHEN s.mode IS NULL THEN NULL ELSE s.changed_by END,
         CASE WHEN s.mode IS NULL THEN NULL ELSE s.reason END
    FROM (SELECT NULL::int AS dummy) AS one
    LEFT JOIN stagenorm.mode_state AS s ON s.singleton
$$;
COMMENT ON FUNCTION stagenorm.mode_info() IS
  'One row: mode, source (database when set_mode was ever called, else default), since, changed_by, reason. See docs/sql/current_mode.md.';

-- >>> sql/functions/normalize_stage.sql
-- The canonical key of a free-text stage label, or NULL when unknown. Never raises.
-- This is the generic form; _rebuild_normalizer replaces it at install and on every
-- taxonomy change with the same function plus a fast path for frequent raw labels.
CREATE FUNCTION stagenorm.normalize_stage(label text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT stagenorm._rules('normalize', label, 0) $$;
COMMENT ON FUNCTION stagenorm.normalize_stage(text) IS
  'Canonical stage key (pre_seed, seed, series_a, series_b, series_c, growth, late_stage) of a free-text label, or NULL when unknown. Never raises. IMMUTABLE: rebuilt on every alias change, so REINDEX indexes that use it after add_alias/remove_alias. See docs/sql/normalize_stage.md.';

-- >>> sql/functions/parse_stage_distribution.sql
-- Validates and normalizes a stage distribution ({"Seed": 30, ...} or [{stage, weight}]).
-- Checks its arguments, then answers with the implementation this database runs
-- (stagenorm.implementation()): the portable _parse_distribution, or the rules module
-- through PL/Python. Both give the same answers, caps on the input included.
CREATE FUNCTION stagenorm.parse_stage_distribution(
  input jsonb,
  scale text DEFAULT 'auto',
  tolerance numeric DEFAULT 0.01
) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  too_big text;
BEGIN
  IF scale IS NULL OR scale NOT IN ('auto', 'percent', 'fraction') THEN
    RAISE EXCEPTION 'unknown scale %', coalesce(pg_catalog.quote_literal(scale), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'scale is one of auto, percent, fraction';
  END IF;
  IF tolerance IS NULL OR tolerance < 0 OR tolerance = 'NaN'::numeric THEN
    RAISE EXCEPTION 'tolerance must be a number >= 0, not %', coalesce(tolerance::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 0.01 (one percent)';
  END IF;
  IF input IS NULL THEN
    RETURN NULL;
  END IF;
  IF stagenorm.implementation() = 'plpgsql' THEN
    RETURN stagenorm._parse_distribution(input, scale, tolerance::double precision);
  END IF;
  -- PL/Python cannot be interrupted: a big document is held to the caps here, in SQL,
  -- before it reaches Python. A small one (8 kB stored, at most about 800 kB of JSON
  -- even when compressed) costs the rules a few milliseconds to refuse, with the same
  -- answer, so it goes straight through.
  IF pg_catalog.pg_column_size(input) > 8192 THEN
    too_big := stagenorm._distribution_limit(input);
  END IF;
  IF too_big IS NOT NULL THEN
    RETURN stagenorm._distribution_failure(CASE WHEN scale = 'auto' THEN 'fraction' ELSE scale END,
                                           'LIMIT_EXCEEDED', too_big);
  END IF;
  RETURN stagenorm._rules_py('distribution', input::text, stagenorm._taxonomy_version(),
                             scale, tolerance::double precision)::jsonb;
END
$$;
COMMENT ON FUNCTION stagenorm.parse_stage_distribution(jsonb, text, numeric) IS
  'Validate and normalize a stage distribution: {normalized, invalid_inputs, suggestions, sum, scale, is_valid, errors}. Inputs over the caps (1000 entries, 256-character labels, 8 levels of nesting) give error LIMIT_EXCEEDED. Raises only for an unknown scale or a bad tolerance (SQLSTATE SN003). See docs/sql/parse_stage_distribution.md.';

-- >>> sql/functions/pause_backfill.sql
-- Asks the run of a batched job (or its revert) to stop after its current batch, from
-- another session; CALL the procedure again to resume.
CREATE FUNCTION stagenorm.pause_backfill(job_id bigint) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  current_status text;
BEGIN
  SELECT j.status INTO current_status FROM stagenorm.backfill_job AS j WHERE j.id = pause_backfill.job_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no batched normalization job %', coalesce(job_id::text, 'NULL') USING ERRCODE = 'SN007',
      HINT = 'SELECT * FROM stagenorm.backfill_status(); lists the jobs';
  END IF;
  UPDATE stagenorm.backfill_job AS j
     SET stop_requested = true
   WHERE j.id = pause_backfill.job_id AND j.status IN ('running', 'reverting');
  RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.pause_backfill(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.pause_backfill(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.pause_backfill(bigint) IS
  'Ask the run of a batched job (or of its revert) to stop after its current batch: true when the job was running, false when there was nothing to stop. The job stays resumable: CALL normalize_batched (or revert_batched) again.';

-- >>> sql/functions/promote_mode.sql
-- Raises the validation mode one step, atomically with the promotion gate: off -> warn
-- needs no gate; warn -> enforce needs promotion_gate(...) green, or force (audited as
-- forced). Returns the audit row, or NULL when the mode already is the one asked for.
CREATE FUNCTION stagenorm.promote_mode(
  mode text,
  actor text,
  reason text,
  force boolean DEFAULT false,
  window_minutes integer DEFAULT 30,
  min_values bigint DEFAULT 1000,
  max_unknown_ratio numeric DEFAULT 0.005,
  source text DEFAULT 'cli'
) RETURNS stagenorm.mode_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  st stagenorm.mode_state;
  cur text;
  gate record;
BEGIN
  IF promote_mode.mode IS NULL OR promote_mode.mode NOT IN ('warn', 'enforce') THEN
    RAISE EXCEPTION 'cannot promote to %', coalesce(quote_literal(left(promote_mode.mode, 80)), 'NULL')
      USING ERRCODE = 'SN002', HINT = 'promote goes to warn or enforce; to switch validation off use set_mode';
  END IF;
  IF promote_mode.force IS NULL THEN
    RAISE EXCEPTION 'force must be true or false' USING ERRCODE = 'SN003', HINT = 'the default is false';
  END IF;
  INSERT INTO stagenorm.mode_state AS s (singleton) VALUES (true) ON CONFLICT (singleton) DO NOTHING;
  SELECT s.* INTO STRICT st FROM stagenorm.mode_state AS s WHERE s.singleton FOR UPDATE;
  cur := coalesce(st.mode, stagenorm._default_mode());
  IF cur = promote_mode.mode AND st.mode IS NOT NULL THEN
    RETURN NULL;
  END IF;
  IF promote_mode.mode = 'warn' THEN
    IF cur = 'enforce' THEN
      RAISE EXCEPTION 'the mode is enforce: promote only raises the mode'
        USING ERRCODE = 'SN003', HINT = 'to step down: stagenorm mode set warn --actor ... --reason ...';
    END IF;
    RETURN stagenorm.set_mode('warn', promote_mode.actor, promote_mode.reason, promote_mode.source);
  END IF;
  SELECT g.* INTO gate
    FROM stagenorm.promotion_gate(clock_timestamp(), promote_mode.window_minutes, promote_mode.min_values,
                                  promote_mode.max_unknown_ratio) AS g;
  IF NOT gate.green AND NOT promote_mode.force THEN
    RAISE EXCEPTION 'the promotion gate is not green: %', array_to_string(gate.reasons, '; ')
      USING ERRCODE = 'SN008',
            DETAIL = format('mode %s, %s minutes in warn, %s values (%s unknown), worst minute %s%%',
                            gate.mode, gate.minutes_in_warn, gate.total_values, gate.unknown_values,
                            coalesce(round(gate.worst_minute_ratio * 100, 3)::text, '-')),
            HINT = 'wait until stagenorm mode gate is green, or promote with --force and a reason (audited as forced)';
  END IF;
  RETURN stagenorm.set_mode('enforce', promote_mode.actor, promote_mode.reason, promote_mode.source, NULL,
                            promote_mode.force);
END
$$;
COMMENT ON FUNCTION stagenorm.promote_mode(text, text, text, boolean, integer, bigint, numeric, text) IS
  'Raise the mode: to warn (from off, no gate) or to enforce (only when promotion_gate is green, or with force, audited forced). SN008 when the gate refuses; NULL when already in that mode. Needs stagenorm_admin. See docs/modes.md.';

-- >>> sql/functions/promotion_gate.sql
-- Whether enforce may be switched on at a given time: at least window_minutes in warn,
-- at least min_values values validated in the window_minutes before, and an unknown rate
-- of at most max_unknown_ratio in every minute of that window. Time is a parameter, so
-- the answer for any moment can be computed (and tested) from the stored counts.
CREATE FUNCTION stagenorm.promotion_gate(
  at timestamptz DEFAULT now(),
  window_minutes integer DEFAULT 30,
  min_values bigint DEFAULT 1000,
  max_unknown_ratio numeric DEFAULT 0.005,
  OUT green boolean,
  OUT reasons text[],
  OUT mode text,
  OUT minutes_in_warn numeric,
  OUT total_values bigint,
  OUT unknown_values bigint,
  OUT worst_minute timestamptz,
  OUT worst_minute_ratio numeric,
  OUT minutes_with_values integer,
  OUT window_start timestamptz,
  OUT window_end timestamptz
) RETURNS record
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  warn_start timestamptz;
  last_other timestamptz;
BEGIN
  IF at IS NULL OR NOT isfinite(at) THEN
    RAISE EXCEPTION 'at must be a finite time' USING ERRCODE = 'SN003', HINT = 'e.g. now()';
  END IF;
  IF window_minutes IS NULL OR window_minutes < 1 OR window_minutes > 10080 THEN
    RAISE EXCEPTION 'window_minutes must be 1 to 10080, not %', coalesce(window_minutes::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 30';
  END IF;
  IF min_values IS NULL OR min_values < 0 THEN
    RAISE EXCEPTION 'min_values must be >= 0, not %', coalesce(min_values::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 1000';
  END IF;
  IF max_unknown_ratio IS NULL OR max_unknown_ratio = 'NaN'::numeric OR max_unknown_ratio < 0 OR max_unknown_ratio > 1 THEN
    RAISE EXCEPTION 'max_unknown_ratio must be between 0 and 1, not %', coalesce(max_unknown_ratio::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'a fraction: the default 0.005 is 0.5%';
  END IF;

  window_end := at;
  window_start := at - make_interval(mins => window_minutes);

  -- the mode at `at`, from the audit trail
  mode := coalesce(
    (SELECT a.new_mode FROM stagenorm.mode_audit AS a WHERE a.changed_at <= at ORDER BY a.changed_at DESC, a.id DESC LIMIT 1),
    (SELECT a.old_mode FROM stagenorm.mode_audit AS a WHERE a.changed_at > at ORDER BY a.changed_at, a.id LIMIT 1),
    stagenorm._default_mode());
  IF mode = 'warn' THEN
    SELECT max(a.changed_at) INTO last_other
      FROM stagenorm.mode_audit AS a WHERE a.changed_at <= at AND a.new_mode <> 'warn';
    SELECT min(a.changed_at) INTO warn_start
      FROM stagenorm.mode_audit AS a
     WHERE a.changed_at <= at AND a.new_mode = 'warn' AND (last_other IS NULL OR a.changed_at > last_other);
  END IF;
  minutes_in_warn := CASE WHEN warn_start IS NULL THEN 0
                          ELSE round((extract(epoch FROM at - warn_start) / 60)::numeric, 1) END;

  WITH per_minute AS (
    SELECT v.minute, sum(v.validated) AS validated, sum(v.unknown) AS unknown
      FROM stagenorm.value_count AS v
     WHERE v.minute >= window_start AND v.minute < window_end
     GROUP BY v.minute
  )
  SELECT coalesce(sum(p.validated), 0), coalesce(sum(p.unknown), 0), count(*) FILTER (WHERE p.validated > 0)
    INTO total_values, unknown_values, minutes_with_values
    FROM per_minute AS p;
  SELECT v.minute, round(sum(v.unknown)::numeric / sum(v.validated), 6)
    INTO worst_minute, worst_minute_ratio
    FROM stagenorm.value_count AS v
   WHERE v.minute >= window_start AND v.minute < window_end
   GROUP BY v.minute
  HAVING sum(v.validated) > 0
   ORDER BY sum(v.unknown)::numeric / sum(v.validated) DESC, v.minute
   LIMIT 1;

  reasons := ARRAY[]::text[];
  IF mode <> 'warn' THEN
    reasons := reasons || format('the mode is %s, not warn', mode);
  ELSIF warn_start IS NULL THEN
    reasons := reasons || 'warn is only the default, with no start time: run stagenorm mode set warn'::text;
  ELSIF minutes_in_warn < window_minutes THEN
    reasons := reasons || format('%s minutes in warn, at least %s needed', minutes_in_warn, window_minutes);
  END IF;
  IF total_values < min_values THEN
    reasons := reasons || format('%s values in the %s minutes before, at least %s needed',
                                 total_values, window_minutes, min_values);
  END IF;
  IF worst_minute_ratio > max_unknown_ratio THEN
    reasons := reasons || format('unknown rate %s%% in the minute at %s, at most %s%% allowed',
                                 round(worst_minute_ratio * 100, 3),
                                 to_char(worst_minute AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI"Z"'),
                                 round(max_unknown_ratio * 100, 3));
  END IF;
  green := cardinality(reasons) = 0;
END
$$;
COMMENT ON FUNCTION stagenorm.promotion_gate(timestamptz, integer, bigint, numeric) IS
  'Whether enforce may be switched on at `at`: green, the reasons it is not, and the numbers (mode, minutes_in_warn, total_values, unknown_values, worst_minute_ratio, ...). Reads mode_audit and value_count; see docs/modes.md.';

-- >>> sql/functions/release_stage_column.sql
-- Detaches the validation that enforce_stage_column attached (stored values stay as they are).
CREATE FUNCTION stagenorm.release_stage_column(tbl regclass, col name) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$ SELECT stagenorm._enforce_detach(tbl, col, 'label') $$;
COMMENT ON FUNCTION stagenorm.release_stage_column(regclass, name) IS
  'Remove the validation enforce_stage_column attached; true when removed, false when there was none. Stored values are not changed. See docs/sql/enforce_stage_column.md.';

-- >>> sql/functions/release_stage_distribution_column.sql
-- Detaches the validation that enforce_stage_distribution_column attached.
CREATE FUNCTION stagenorm.release_stage_distribution_column(tbl regclass, col name) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$ SELECT stagenorm._enforce_detach(tbl, col, 'distribution') $$;
COMMENT ON FUNCTION stagenorm.release_stage_distribution_column(regclass, name) IS
  'Remove the validation enforce_stage_distribution_column attached; true when removed, false when there was none. See docs/sql/enforce_stage_column.md.';

-- >>> sql/functions/remove_alias.sql
-- Removes an alias from the taxonomy: refuses when a canonical key or display name would
-- stop reading as itself, checks that the resulting taxonomy loads, writes taxonomy_audit
-- and rebuilds normalize_stage, so every later statement in every session stops reading
-- the alias. Lists the indexes and stored values that used the old normalizer.
CREATE FUNCTION stagenorm.remove_alias(
  alias text,
  actor text,
  reason text
) RETURNS stagenorm.taxonomy_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
-- No parallel plans inside: the 'validate' check reads tables, which a parallel worker
-- cannot do from PL/Python (force_parallel_mode would otherwise send it to one).
-- The rules come from stagenorm._rules: PL/Python or the portable implementation.
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
  folded text;
  version_now integer;
  removed_count integer;
  removed_stage text;
  broken text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF remove_alias.actor IS NULL OR remove_alias.actor !~ '[^[:space:]]' OR length(remove_alias.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF remove_alias.reason IS NULL OR remove_alias.reason !~ '[^[:space:]]' OR length(remove_alias.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''"scale" means company size in our CRM''';
  END IF;
  IF remove_alias.alias IS NULL OR length(remove_alias.alias) > 1000 THEN
    RAISE EXCEPTION 'alias must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the alias as listed in stagenorm.stage_alias';
  END IF;

  -- One taxonomy change at a time.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  version_now := stagenorm._taxonomy_version();
  folded := stagenorm._rules('fold', remove_alias.alias, version_now);
  -- Rows are stored folded, but one written around add_alias may not be: compare folded
  -- forms, and remove every row that reads as this alias.
  WITH gone AS (
    DELETE FROM stagenorm.stage_alias AS a
     WHERE a.alias = folded OR stagenorm._rules('fold', a.alias, version_now) = folded
    RETURNING a.stage_key
  )
  SELECT count(*), min(gone.stage_key) INTO removed_count, removed_stage FROM gone;
  IF removed_count = 0 THEN
    RAISE EXCEPTION 'no alias %', quote_literal(left(folded, 80))
      USING ERRCODE = 'SN003',
            HINT = 'the aliases are: SELECT alias, stage_key FROM stagenorm.stage_alias ORDER BY alias';
  END IF;

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules('validate', NULL, version_now);
  new_version := stagenorm._rebuild_normalizer();

  -- Canonical keys and display names must keep reading as their stage: data that is
  -- already canonical would otherwise turn unknown (and be rejected in enforce mode).
  SELECT string_agg(quote_literal(s.label), ', ' ORDER BY s.label) INTO broken
    FROM (SELECT st.key AS label, st.key FROM stagenorm.stage AS st
          UNION ALL
          SELECT st.display_name, st.key FROM stagenorm.stage AS st) AS s
   WHERE stagenorm.normalize_stage(s.label) IS DISTINCT FROM s.key;
  IF broken IS NOT NULL THEN
    RAISE EXCEPTION 'removing alias % would leave % unknown', quote_literal(folded), broken
      USING ERRCODE = 'SN009',
            DETAIL = 'canonical keys and display names must always read as their stage',
            HINT = 'keep this alias';
  END IF;

  INSERT INTO stagenorm.taxonomy_audit AS t (action, alias, stage_key, actor, reason, version)
  VALUES ('remove_alias', folded, removed_stage,
          btrim(remove_alias.actor, E' \t\r\n'),
          btrim(remove_alias.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.remove_alias(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.remove_alias(text, text, text) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.remove_alias(text, text, text) IS
  'Remove an alias (given in any spelling that folds to it), audited in taxonomy_audit, effective for every later statement in every session. Raises SN003 for a blank actor/reason or no such alias, SN009 when a canonical key or display name would stop reading as its stage or the taxonomy would not load. Returns the audit row. Needs stagenorm_admin. NOTICE lists indexes, generated columns and materialized views using normalize_stage: REINDEX/refresh them. See docs/sql/add_alias.md.';

-- >>> sql/functions/set_mode.sql
-- The only way to change the validation mode: serializes on the mode_state row, reads the
-- old mode under that lock, writes mode_audit, regenerates the enforcement triggers'
-- functions for the new mode, and notifies listeners on channel stagenorm_mode.
CREATE FUNCTION stagenorm.set_mode(
  mode text,
  actor text,
  reason text,
  source text DEFAULT 'sql',
  only_from text DEFAULT NULL,
  forced boolean DEFAULT false
) RETURNS stagenorm.mode_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  st stagenorm.mode_state;
  old_mode text;
  written stagenorm.mode_audit;
BEGIN
  IF set_mode.mode IS NULL OR set_mode.mode NOT IN ('off', 'warn', 'enforce') THEN
    RAISE EXCEPTION 'invalid validation mode %', coalesce(quote_literal(left(set_mode.mode, 80)), 'NULL')
      USING ERRCODE = 'SN002', HINT = 'use one of off, warn, enforce';
  END IF;
  IF set_mode.only_from IS NOT NULL AND set_mode.only_from NOT IN ('off', 'warn', 'enforce') THEN
    RAISE EXCEPTION 'invalid only_from mode %', quote_literal(left(set_mode.only_from, 80))
      USING ERRCODE = 'SN002', HINT = 'only_from is NULL or one of off, warn, enforce';
  END IF;
  IF set_mode.actor IS NULL OR set_mode.actor !~ '[^[:space:]]' OR length(set_mode.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF set_mode.reason IS NULL OR set_mode.reason !~ '[^[:space:]]' OR length(set_mode.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''gate green for 30 minutes''';
  END IF;
  IF set_mode.source IS NULL OR set_mode.source !~ '[^[:space:]]' OR length(set_mode.source) > 50 THEN
    RAISE EXCEPTION 'source must be 1 to 50 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'e.g. sql, cli, webhook, alertmanager';
  END IF;
  IF set_mode.forced IS NULL THEN
    RAISE EXCEPTION 'forced must be true or false' USING ERRCODE = 'SN003', HINT = 'leave it out: it defaults to false';
  END IF;

  -- The row exists from the install on; recreate it if someone deleted it.
  INSERT INTO stagenorm.mode_state AS s (singleton) VALUES (true) ON CONFLICT (singleton) DO NOTHING;
  SELECT s.* INTO STRICT st FROM stagenorm.mode_state AS s WHERE s.singleton FOR UPDATE;
  old_mode := coalesce(st.mode, stagenorm._default_mode());

  IF set_mode.only_from IS NOT NULL AND old_mode <> set_mode.only_from THEN
    RETURN NULL;
  END IF;

  INSERT INTO stagenorm.mode_audit AS a (old_mode, new_mode, actor, reason, source, forced)
  VALUES (old_mode, set_mode.mode, btrim(set_mode.actor, E' \t\r\n\f\x0b'), btrim(set_mode.reason, E' \t\r\n\f\x0b'),
          btrim(set_mode.source, E' \t\r\n\f\x0b'), set_mode.forced)
  RETURNING a.* INTO written;

  UPDATE stagenorm.mode_state AS s
     SET mode = written.new_mode, changed_at = written.changed_at, changed_by = written.actor,
         reason = written.reason, source = written.source, audit_id = written.id
   WHERE s.singleton;

  IF st.mode IS DISTINCT FROM set_mode.mode THEN
    PERFORM stagenorm._enforce_regenerate(set_mode.mode);
  END IF;
  PERFORM pg_notify('stagenorm_mode', set_mode.mode);
  RETURN written;
END
$$;
COMMENT ON FUNCTION stagenorm.set_mode(text, text, text, text, text, boolean) IS
  'Set the validation mode (off, warn, enforce) and write mode_audit; the only way to change it. Concurrent calls serialize. With only_from, changes nothing and returns NULL unless the mode in force is only_from. Raises SN002 for a bad mode, SN003 for a blank actor, reason or source. Needs stagenorm_admin. Notifies channel stagenorm_mode. See docs/sql/set_mode.md.';

-- >>> sql/functions/suggest_stages.sql
-- Up to three canonical keys a misspelled label probably meant, best first.
CREATE FUNCTION stagenorm.suggest_stages(label text) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(array_agg(key ORDER BY ord), '{}')
    FROM json_array_elements_text(
           stagenorm._rules('suggest', label, stagenorm._taxonomy_version())::json
         ) WITH ORDINALITY AS s(key, ord)
$$;
COMMENT ON FUNCTION stagenorm.suggest_stages(text) IS
  'At most 3 canonical keys for a label that looks like a misspelling, best first, deterministic; empty for nonsense. See docs/sql/suggest_stages.md.';

-- >>> sql/functions/value_counts_compact.sql
-- Merges the per-backend rows of value_count (per minute and table, for minutes that
-- ended over a minute ago) and of label_writer (per key, rows not written to for 2
-- minutes), and rolls minutes older than keep_days into one row per table at minute
-- -infinity, so reads stay cheap. Runs at most once at a time (a transaction-level
-- try-lock: a second caller returns 0 at once); rows a writer holds locked are skipped
-- (SKIP LOCKED), so it never waits for a writer.
CREATE FUNCTION stagenorm.value_counts_compact(
  max_groups integer DEFAULT 100000,
  keep_days integer DEFAULT 35
) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  cutoff timestamptz := date_trunc('minute', clock_timestamp()) - interval '2 minutes';
  merged bigint := 0;
  n bigint;
BEGIN
  IF max_groups IS NULL OR max_groups < 1 OR keep_days IS NULL OR keep_days < 1 THEN
    RAISE EXCEPTION 'max_groups and keep_days must be at least 1'
      USING ERRCODE = 'SN003', HINT = 'e.g. stagenorm.value_counts_compact(100000, 35)';
  END IF;
  IF NOT pg_try_advisory_xact_lock(hashtext('stagenorm.value_counts_compact')::bigint) THEN
    RETURN 0;
  END IF;

  -- minutes older than keep_days: one row per table at -infinity
  WITH old AS (
    DELETE FROM stagenorm.value_count AS v
     WHERE v.ctid IN (SELECT o.ctid FROM stagenorm.value_count AS o
                       WHERE o.minute < cutoff - make_interval(days => keep_days)
                         AND o.minute > '-infinity'
                       LIMIT max_groups)
    RETURNING v.*
  ), folded AS (
    SELECT table_name, sum(validated) AS validated, sum(normalized) AS normalized, sum(unknown) AS unknown
      FROM old GROUP BY table_name
  )
  INSERT INTO stagenorm.value_count (minute, table_name, validated, normalized, unknown, compacted)
  SELECT '-infinity', table_name, validated, normalized, unknown, false FROM folded;
  GET DIAGNOSTICS n = ROW_COUNT;

  -- per minute and table: every group that has a row not yet compacted (rows a writer has
  -- locked are left for the next run: SKIP LOCKED, so this never waits for a writer)
  WITH pending AS (
    SELECT g.ctid AS id, g.minute, g.table_name
      FROM stagenorm.value_count AS g
     WHERE NOT g.compacted AND g.minute < cutoff
     LIMIT max_groups
       FOR UPDATE SKIP LOCKED
  ), groups AS (
    SELECT DISTINCT p.minute, p.table_name FROM pending AS p
  ), gone AS (
    DELETE FROM stagenorm.value_count AS v
     USING groups AS g
     WHERE v.minute = g.minute AND v.table_name = g.table_name
       AND (v.compacted OR v.ctid IN (SELECT p.id FROM pending AS p))
    RETURNING v.*
  )
  INSERT INTO stagenorm.value_count (minute, table_name, validated, normalized, unknown, compacted)
  SELECT minute, table_name, sum(validated), sum(normalized), sum(unknown), true
    FROM gone GROUP BY minute, table_name;
  GET DIAGNOSTICS n = ROW_COUNT;
  merged := merged + n;

  -- label_writer: one row per key, from the rows not written to for 2 minutes
  WITH pending AS (
    SELECT g.ctid AS id, g.table_name, g.column_name, g.application_name, g.role, g.outcome, g.label
      FROM stagenorm.label_writer AS g
     WHERE NOT g.compacted AND g.last_seen < cutoff
     LIMIT max_groups
       FOR UPDATE SKIP LOCKED
  ), groups AS (
    SELECT DISTINCT p.table_name, p.column_name, p.application_name, p.role, p.outcome, p.label FROM pending AS p
  ), gone AS (
    DELETE FROM stagenorm.label_writer AS w
     USING groups AS g
     WHERE (w.table_name, w.column_name, w.application_name, w.role, w.outcome, w.label)
         = (g.table_name, g.column_name, g.application_name, g.role, g.outcome, g.label)
       AND (w.compacted OR w.ctid IN (SELECT p.id FROM pending AS p))
    RETURNING w.*
  )
  INSERT INTO stagenorm.label_writer (table_name, column_name, application_name, role, outcome, label,
                                      seen_count, first_seen, last_seen, compacted)
  SELECT table_name, column_name, application_name, role, outcome, label,
         sum(seen_count), min(first_seen), max(last_seen), true
    FROM gone
   GROUP BY table_name, column_name, application_name, role, outcome, label;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN merged + n;
END
$$;
COMMENT ON FUNCTION stagenorm.value_counts_compact(integer, integer) IS
  'Merge the per-backend rows of value_count (per minute and table) and label_writer (per key) that are over 2 minutes old, and fold minutes older than keep_days into one row per table at -infinity. Returns the rows written. Never waits: a concurrent call returns 0. The enforcement triggers call it once a minute per session; cron may too.';

-- >>> sql/functions/value_counts_total.sql
-- Totals since install of the values the enforcement triggers saw, per table and outcome
-- (validated, normalized, unknown, rejected): one cheap query for a Prometheus collector.
CREATE FUNCTION stagenorm.value_counts_total()
RETURNS TABLE (table_name text, outcome text, count bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
  WITH counted AS (
    SELECT v.table_name, sum(v.validated) AS validated, sum(v.normalized) AS normalized,
           sum(v.unknown) AS unknown
      FROM stagenorm.value_count AS v
     GROUP BY v.table_name
  ), rejected AS (
    SELECT format('%I.%I', n.nspname, c.relname) AS table_name, sum(e.rejected) AS rejected
      FROM stagenorm.enforced_columns() AS e
      JOIN pg_catalog.pg_class AS c ON c.oid = e.table_name
      JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
     GROUP BY 1
  ), tables AS (
    SELECT counted.table_name FROM counted UNION SELECT rejected.table_name FROM rejected
  )
  SELECT t.table_name, o.outcome, o.count::bigint
    FROM tables AS t
    LEFT JOIN counted AS k ON k.table_name = t.table_name
    LEFT JOIN rejected AS r ON r.table_name = t.table_name
   CROSS JOIN LATERAL (VALUES ('validated', coalesce(k.validated, 0)),
                              ('normalized', coalesce(k.normalized, 0)),
                              ('unknown', coalesce(k.unknown, 0)),
                              ('rejected', coalesce(r.rejected, 0))) AS o(outcome, count)
   ORDER BY 1, 2
$$;
COMMENT ON FUNCTION stagenorm.value_counts_total() IS
  'Per table and outcome (validated, normalized, unknown, rejected), the values the enforcement triggers counted since install: a monotonic total for a Prometheus counter (rejected restarts at 0 when a column is released).';

-- >>> sql/procedures/normalize_batched.sql
-- Normalizes a text column of a live table in batches, one transaction each: the DBA's
-- tool (run from psql). A loop over _normalize_batch, pg_partman-style, that resumes
-- the column's unfinished job, retries lock timeouts, pauses, reports progress as
-- NOTICEs and parks the job (resumable) when stopped, cancelled or failing.
CREATE PROCEDURE stagenorm.normalize_batched(
  tbl regclass,
  col name,
  batch_size integer DEFAULT 5000,
  dry_run boolean DEFAULT false,
  pause interval DEFAULT '0',
  lock_timeout interval DEFAULT '1s',
  statement_timeout interval DEFAULT '1min',
  max_retries integer DEFAULT 5,
  max_batches integer DEFAULT NULL
)
LANGUAGE plpgsql
AS $$
DECLARE
  job stagenorm.backfill_job;
  r record;
  size integer := batch_size;
  cursor_key text;
  attempt integer := 0;
  run_batches integer := 0;
  total bigint;
  estimate bigint;
  changed bigint;
  unknown bigint;
  run_start timestamptz;
  run_rows bigint := 0;
  batch_start timestamptz;
  last_notice timestamptz;
  rate numeric;
  stop boolean;
  label text;
  nonatomic boolean;
BEGIN
  -- COMMIT after a batch fails inside a transaction block: find out before any work
  -- (_backfill_nonatomic says so without committing).
  CALL stagenorm._backfill_nonatomic(nonatomic);
  IF NOT nonatomic THEN
    RAISE EXCEPTION 'stagenorm.normalize_batched commits after every batch, so it cannot run inside a transaction block'
      USING ERRCODE = 'SN006',
            DETAIL = 'It was called after BEGIN, with psql -1 / --single-transaction, in a string of several statements, from a function, or in a migration.',
            HINT = 'Run the CALL on its own, in autocommit mode (psql''s default).';
  END IF;

  IF pause IS NULL OR pause < interval '0' THEN
    RAISE EXCEPTION 'pause must be >= 0, not %', coalesce(pause::text, 'NULL') USING ERRCODE = 'SN003',
      HINT = 'e.g. pause => ''200 milliseconds'' between batches to leave room for the application';
  END IF;
  IF lock_timeout IS NULL OR lock_timeout < interval '0' THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::text, 'NULL') USING ERRCODE = 'SN003',
      HINT = '0 waits for row locks without a limit; the default is 1s';
  END IF;
  IF statement_timeout IS NULL OR statement_timeout < interval '0' THEN
    RAISE EXCEPTION 'statement_timeout must be >= 0, not %', coalesce(statement_timeout::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = '0 lets a batch take as long as it needs; the default is 1min';
  END IF;
  IF max_retries IS NULL OR max_retries < 0 OR max_retries > 100 THEN
    RAISE EXCEPTION 'max_retries must be between 0 and 100, not %', coalesce(max_retries::text, 'NULL')
      USING ERRCODE = 'SN003';
  END IF;
  IF max_batches < 1 THEN
    RAISE EXCEPTION 'max_batches must be >= 1 (or NULL: no limit), not %', max_batches USING ERRCODE = 'SN003';
  END IF;

  SELECT * INTO job FROM stagenorm._backfill_start(tbl, col, batch_size, dry_run);
  COMMIT;
  -- From here on the job's advisory lock is held: every way out goes through _backfill_finish.
  cursor_key := job.last_key;
  total := job.rows_scanned;
  changed := job.rows_changed;
  unknown := job.rows_unknown;
  estimate := job.rows_estimate;
  run_start := pg_catalog.clock_timestamp();
  label := pg_catalog.format('%sjob %s %s.%I', CASE WHEN job.dry_run THEN 'dry run ' ELSE '' END,
                             job.id, job.table_name, job.column_name);
  RAISE NOTICE '%: %', label,
    CASE WHEN job.runs > 1 THEN pg_catalog.format('resumed after key %s (%s rows done)', cursor_key, total)
         ELSE pg_catalog.format('started, ~%s rows, batches of %s', estimate, size) END;

  LOOP
    batch_start := pg_catalog.clock_timestamp();
    SELECT * INTO r FROM stagenorm._normalize_batch(job.id, cursor_key, size, lock_timeout, true);
    IF r.status = 'ok' AND statement_timeout > interval '0'
       AND pg_catalog.clock_timestamp() - batch_start > statement_timeout THEN
      -- PostgreSQL times a CALL as one statement and cannot interrupt a statement
      -- inside it: a batch that overran is undone here and retried at half the size.
      ROLLBACK;
      r.status := 'slow';
      r.err_state := '57014';
      r.err_message := pg_catalog.format('batch of %s rows took %s, more than statement_timeout %s',
                                     size, pg_catalog.clock_timestamp() - batch_start, statement_timeout);
    END IF;

    IF r.status = 'ok' THEN
      COMMIT;
      attempt := 0;
      run_batches := run_batches + 1;
      cursor_key := coalesce(r.last_key, cursor_key);
      total := total + r.scanned;
      run_rows := run_rows + r.scanned;
      changed := changed + r.changed;
      unknown := unknown + r.unknown;
      estimate := greatest(estimate, total);
      IF (r.done AND r.scanned > 0) OR last_notice IS NULL
         OR pg_catalog.clock_timestamp() - last_notice >= interval '1 second' THEN
        last_notice := pg_catalog.clock_timestamp();
        rate := run_rows / greatest(extract(epoch FROM last_notice - run_start), 0.001);
        RAISE NOTICE '%: % of ~% rows (%), % %, % unknown, % rows/s, ETA %', label, total, estimate,
          (CASE WHEN estimate > 0 THEN pg_catalog.round(100.0 * total / estimate, 1) ELSE 100 END)::text || '%',
          changed, CASE WHEN job.dry_run THEN 'would change' ELSE 'changed' END, unknown, pg_catalog.round(rate),
          CASE WHEN r.done THEN '0s'
               ELSE pg_catalog.make_interval(secs => pg_catalog.round(greatest(estimate - total, 0) / greatest(rate, 0.001))::double precision)::text END;
      END IF;
      EXIT WHEN r.done;

      SELECT j.stop_requested INTO stop FROM stagenorm.backfill_job AS j WHERE j.id = job.id;
      IF stop OR run_batches >= max_batches THEN
        PERFORM stagenorm._backfill_finish(job.id, 'paused');
        COMMIT;
        RAISE NOTICE '%: paused after key % (%); resume with the same CALL', label,
          coalesce(cursor_key, '-'), CASE WHEN stop THEN 'pause_backfill was called' ELSE 'max_batches reached' END;
        RETURN;
      END IF;
      IF NOT stagenorm._backfill_sleep(pause) THEN
        r.status := 'cancelled';
        r.err_state := '57014';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF r.status IN ('retry', 'slow') THEN
      ROLLBACK;
      attempt := attempt + 1;
      UPDATE stagenorm.backfill_job AS j SET retries = j.retries + 1 WHERE j.id = job.id;
      COMMIT;
      IF attempt > max_retries THEN
        PERFORM stagenorm._backfill_finish(job.id, 'failed', r.err_state || ': ' || r.err_message);
        COMMIT;
        RAISE EXCEPTION '%', r.err_message
          USING ERRCODE = r.err_state,
                DETAIL = pg_catalog.format('%s gave up after %s retries of the batch after key %s; it is failed and resumable.',
                                           label, max_retries, coalesce(cursor_key, '-')),
                HINT = 'CALL the procedure again to resume; a longer lock_timeout or statement_timeout, or a smaller batch_size, may help.';
      END IF;
      IF r.status = 'slow' THEN
        size := greatest(1, size / 2);
      END IF;
      RAISE NOTICE '%: retry %/% of the batch after key % (%)', label, attempt, max_retries,
        coalesce(cursor_key, '-'), r.err_message;
      IF NOT stagenorm._backfill_sleep(least(interval '5 seconds', interval '100 milliseconds' * 2 ^ (attempt - 1))) THEN
        r.status := 'cancelled';
        r.err_state := '57014';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF r.status = 'error' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id, 'failed', r.err_state || ': ' || r.err_message);
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = r.err_state,
              DETAIL = pg_catalog.format('%s failed in the batch after key %s%s; it is resumable once the cause is fixed.',
                                         label, coalesce(cursor_key, '-'), coalesce(' (' || r.err_detail || ')', '')),
              HINT = coalesce(r.err_hint, 'CALL the procedure again to resume.');
    END IF;

    IF r.status = 'cancelled' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id, 'paused');
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = 'query_canceled',
              DETAIL = pg_catalog.format('%s is paused after key %s, its last committed batch.', label, coalesce(cursor_key, '-')),
              HINT = 'CALL the procedure again to resume. If statement_timeout cut it short: SET statement_timeout = 0; first.';
    END IF;
  END LOOP;

  SELECT * INTO job FROM stagenorm._backfill_finish(job.id);
  COMMIT;
  RAISE NOTICE '%: done, % rows scanned, % %, % unknown (SELECT * FROM stagenorm.backfill_unknowns(%)), % NULL',
    label, job.rows_scanned, job.rows_changed, CASE WHEN job.dry_run THEN 'would change' ELSE 'changed' END,
    job.rows_unknown, job.id, job.rows_null;
END
$$;
-- Run by DBAs (role stagenorm_admin) with their own rights on the table (SECURITY INVOKER).
REVOKE ALL ON PROCEDURE stagenorm.normalize_batched(regclass, name, integer, boolean, interval, interval, interval, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE stagenorm.normalize_batched(regclass, name, integer, boolean, interval, interval, interval, integer, integer) TO stagenorm_admin;
COMMENT ON PROCEDURE stagenorm.normalize_batched(regclass, name, integer, boolean, interval, interval, interval, integer, integer) IS
  'Rewrite a text column to canonical stage keys in batches of batch_size rows, one transaction each, in primary-key order; unknown labels are left alone (backfill_unknowns). Resumes the column''s unfinished job; SN004 while another session runs it; SN006 inside a transaction block. dry_run counts and writes nothing to the table and no checkpoint. Per batch: lock_timeout on row locks, statement_timeout (an overrunning batch is undone and retried at half size), max_retries; pause between batches; max_batches per call. Undo: CALL stagenorm.revert_batched(job_id). See docs/sql/normalize_batched.md.';

-- >>> sql/procedures/revert_batched.sql
-- Puts back what a batched normalization job changed, in batches (one per batch the job
-- committed, newest first), one transaction each; only rows that still hold the value
-- the job wrote are reverted. A procedure, like normalize_batched, because it commits.
CREATE PROCEDURE stagenorm.revert_batched(
  job_id bigint,
  pause interval DEFAULT '0',
  lock_timeout interval DEFAULT '1s',
  max_retries integer DEFAULT 5
)
LANGUAGE plpgsql
AS $$
DECLARE
  job stagenorm.backfill_job;
  r record;
  attempt integer := 0;
  reverted bigint;
  skipped bigint;
  last_notice timestamptz;
  stop boolean;
  label text;
  nonatomic boolean;
BEGIN
  CALL stagenorm._backfill_nonatomic(nonatomic);
  IF NOT nonatomic THEN
    RAISE EXCEPTION 'stagenorm.revert_batched commits after every batch, so it cannot run inside a transaction block'
      USING ERRCODE = 'SN006',
            DETAIL = 'It was called after BEGIN, with psql -1 / --single-transaction, in a string of several statements, from a function, or in a migration.',
            HINT = 'Run the CALL on its own, in autocommit mode (psql''s default).';
  END IF;
  IF pause IS NULL OR pause < interval '0' THEN
    RAISE EXCEPTION 'pause must be >= 0, not %', coalesce(pause::text, 'NULL') USING ERRCODE = 'SN003';
  END IF;
  IF lock_timeout IS NULL OR lock_timeout < interval '0' THEN
    RAISE EXCEPTION 'lock_timeout must be >= 0, not %', coalesce(lock_timeout::text, 'NULL') USING ERRCODE = 'SN003';
  END IF;
  IF max_retries IS NULL OR max_retries < 0 OR max_retries > 100 THEN
    RAISE EXCEPTION 'max_retries must be between 0 and 100, not %', coalesce(max_retries::text, 'NULL')
      USING ERRCODE = 'SN003';
  END IF;

  SELECT * INTO job FROM stagenorm._backfill_revert_start(job_id);
  COMMIT;
  reverted := job.rows_reverted;
  skipped := job.rows_revert_skipped;
  label := pg_catalog.format('revert of job %s %s.%I', job.id, job.table_name, job.column_name);
  RAISE NOTICE '%: % changed rows to put back', label,
    (SELECT coalesce(pg_catalog.sum(pg_catalog.cardinality(c.keys)), 0) FROM stagenorm.backfill_change AS c
      WHERE c.job_id = job.id AND c.reverted_at IS NULL);

  LOOP
    SELECT * INTO r FROM stagenorm._backfill_revert_batch(job.id, lock_timeout, true);
    IF r.status = 'ok' THEN
      COMMIT;
      attempt := 0;
      reverted := reverted + r.reverted;
      skipped := skipped + r.skipped;
      IF NOT r.done AND (last_notice IS NULL OR pg_catalog.clock_timestamp() - last_notice >= interval '1 second') THEN
        last_notice := pg_catalog.clock_timestamp();
        RAISE NOTICE '%: % rows put back, % left as clients changed them', label, reverted, skipped;
      END IF;
      EXIT WHEN r.done;
      SELECT j.stop_requested INTO stop FROM stagenorm.backfill_job AS j WHERE j.id = job.id;
      IF stop THEN
        PERFORM stagenorm._backfill_finish(job.id);
        COMMIT;
        RAISE NOTICE '%: paused (pause_backfill was called); resume with the same CALL', label;
        RETURN;
      END IF;
      IF NOT stagenorm._backfill_sleep(pause) THEN
        r.status := 'cancelled';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF r.status = 'retry' THEN
      ROLLBACK;
      attempt := attempt + 1;
      UPDATE stagenorm.backfill_job AS j SET retries = j.retries + 1 WHERE j.id = job.id;
      COMMIT;
      IF attempt > max_retries THEN
        PERFORM stagenorm._backfill_finish(job.id, NULL, r.err_state || ': ' || r.err_message);
        COMMIT;
        RAISE EXCEPTION '%', r.err_message
          USING ERRCODE = r.err_state,
                DETAIL = pg_catalog.format('%s gave up after %s retries; it stays reverting and resumable.', label, max_retries),
                HINT = 'CALL the procedure again to resume; a longer lock_timeout may help.';
      END IF;
      RAISE NOTICE '%: retry %/% (%)', label, attempt, max_retries, r.err_message;
      IF NOT stagenorm._backfill_sleep(least(interval '5 seconds', interval '100 milliseconds' * 2 ^ (attempt - 1))) THEN
        r.status := 'cancelled';
        r.err_message := 'canceling statement due to user request';
      END IF;
    ELSIF r.status = 'error' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id, NULL, r.err_state || ': ' || r.err_message);
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = r.err_state,
              DETAIL = pg_catalog.format('%s stopped%s; it stays reverting and resumable.', label,
                                         coalesce(' (' || r.err_detail || ')', '')),
              HINT = coalesce(r.err_hint, 'CALL the procedure again to resume.');
    END IF;

    IF r.status = 'cancelled' THEN
      ROLLBACK;
      PERFORM stagenorm._backfill_finish(job.id);
      COMMIT;
      RAISE EXCEPTION '%', r.err_message
        USING ERRCODE = 'query_canceled',
              DETAIL = pg_catalog.format('%s stopped after its last committed batch; it stays reverting.', label),
              HINT = 'CALL the procedure again to resume.';
    END IF;
  END LOOP;

  SELECT * INTO job FROM stagenorm._backfill_finish(job.id);
  COMMIT;
  IF job.rows_revert_skipped > 0 THEN
    RAISE WARNING '%: left % row(s) as they are: a client changed them after the job wrote them',
      label, job.rows_revert_skipped
      USING HINT = pg_catalog.format('SELECT * FROM stagenorm.backfill_changes(%s) WHERE revert = ''skipped'';', job.id);
  END IF;
  RAISE NOTICE '%: done, % rows put back, % left as clients changed them', label, job.rows_reverted,
    job.rows_revert_skipped;
END
$$;
-- Run by DBAs (role stagenorm_admin) with their own rights on the table (SECURITY INVOKER).
REVOKE ALL ON PROCEDURE stagenorm.revert_batched(bigint, interval, interval, integer) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE stagenorm.revert_batched(bigint, interval, interval, integer) TO stagenorm_admin;
COMMENT ON PROCEDURE stagenorm.revert_batched(bigint, interval, interval, integer) IS
  'Put back the original values a batched normalization job changed, in batches (one transaction per batch the job committed). Rows a client changed since the job wrote them are left alone, counted (backfill_job.rows_revert_skipped) and listed (backfill_changes(job_id) revert = skipped). Resumable; SN007 for no such job, a dry run or a job reverted already; SN004 while the job runs; SN006 inside a transaction block. See docs/sql/revert_batched.md.';

-- >>> sql/grants.sql
-- Who may do what: applications (PUBLIC) read the mode and call the taxonomy functions;
-- members of stagenorm_admin change the mode and attach enforcement; members of
-- stagenorm_monitor (the metrics collector) read the counts, the enforced columns and the
-- gate, which PUBLIC may not: they tell which tables are enforced, how often they are
-- written and the mode's timeline. Private functions (names starting with _) are revoked
-- from PUBLIC where they are defined. The two role names are the defaults: a migration
-- given other names applies this file with those in their place (stagenorm.migrations).
GRANT USAGE ON SCHEMA stagenorm TO PUBLIC;

GRANT SELECT ON stagenorm.mode_state TO PUBLIC;
-- The taxonomy is public knowledge: suggest_stages, parse_stage_distribution and the
-- normalizer read it in the caller's name. Changing it goes through add_alias/remove_alias.
GRANT SELECT ON stagenorm.stage, stagenorm.stage_alias, stagenorm.taxonomy_word,
                stagenorm.taxonomy_state, stagenorm.python_module TO PUBLIC;
GRANT SELECT ON stagenorm.taxonomy_audit TO stagenorm_admin;
GRANT SELECT ON stagenorm.mode_audit, stagenorm.value_count, stagenorm.label_writer TO stagenorm_admin;
-- The collector's query (stagenorm/queries.sql, collector_snapshot) reads backfill_job too.
GRANT SELECT ON stagenorm.backfill_job TO stagenorm_monitor;

REVOKE ALL ON FUNCTION stagenorm.set_mode(text, text, text, text, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.promote_mode(text, text, text, boolean, integer, bigint, numeric, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.enforce_stage_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.release_stage_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.enforce_stage_distribution_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.release_stage_distribution_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.value_counts_compact(integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm._enforce_generate(regclass, name, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm._enforce_labels(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.enforced_columns() FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.promotion_gate(timestamptz, integer, bigint, numeric) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.value_counts_total() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION stagenorm.set_mode(text, text, text, text, text, boolean) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.promote_mode(text, text, text, boolean, integer, bigint, numeric, text) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.enforce_stage_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.release_stage_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.enforce_stage_distribution_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.release_stage_distribution_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.value_counts_compact(integer, integer) TO stagenorm_admin;

GRANT EXECUTE ON FUNCTION stagenorm.enforced_columns() TO stagenorm_admin, stagenorm_monitor;
GRANT EXECUTE ON FUNCTION stagenorm.promotion_gate(timestamptz, integer, bigint, numeric) TO stagenorm_admin, stagenorm_monitor;
GRANT EXECUTE ON FUNCTION stagenorm.value_counts_total() TO stagenorm_admin, stagenorm_monitor;

-- >>> generated: stagenorm/unicode_data.py
-- Unicode tables generated by stagenorm/unicode_data.py from Python's unicodedata 14.0.0:
-- what the portable rules read instead of PostgreSQL's own Unicode functions.
CREATE FUNCTION stagenorm._unicode_fast() RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u${"\u0001":" ","\u0002":" ","\u0003":" ","\u0004":" ","\u0005":" ","\u0006":" ","\u0007":" ","\b":" ","\t":" ","\n":" ","\u000b":" ","\f":" ","\r":" ","\u000e":" ","\u000f":" ","\u0010":" ","\u0011":" ","\u0012":" ","\u0013":" ","\u0014":" ","\u0015":" ","\u0016":" ","\u0017":" ","\u0018":" ","\u0019":" ","\u001a":" ","\u001b":" ","\u001c":" ","\u001d":" ","\u001e":" ","\u001f":" ","\"":" ","&":" and ","'":" ","(":" ",")":" ","+":" + ",",":" ","-":" ",".":" ","/":" ",":":" ","A":"a","B":"b","C":"c","D":"d","E":"e","F":"f","G":"g","H":"h","I":"i","J":"j","K":"k","L":"l","M":"m","N":"n","O":"o","P":"p","Q":"q","R":"r","S":"s","T":"t","U":"u","V":"v","W":"w","X":"x","Y":"y","Z":"z","[":" ","]":" ","_":" ","`":" ","{":" ","}":" ","\u007f":" ","\u0080":" ","\u0081":" ","\u0082":" ","\u0083":" ","\u0084":" ","\u0085":" ","\u0086":" ","\u0087":" ","\u0088":" ","\u0089":" ","\u008a":" ","\u008b":" ","\u008c":" ","\u008d":" ","\u008e":" ","\u008f":" ","\u0090":" ","\u0091":" ","\u0092":" ","\u0093":" ","\u0094":" ","\u0095":" ","\u0096":" ","\u0097":" ","\u0098":" ","\u0099":" ","\u009a":" ","\u009b":" ","\u009c":" ","\u009d":" ","\u009e":" ","\u009f":" ","\u00a0":" ","\u00a8":" ","\u00aa":"a","\u00ab":" ","\u00ad":"","\u00af":" ","\u00b2":"2","\u00b3":"3","\u00b4":" ","\u00b5":"\u03bc","\u00b8":" ","\u00b9":"1","\u00ba":"o","\u00bb":" ","\u00bc":"1\u20444","\u00bd":"1\u20442","\u00be":"3\u20444","\u00c0":"a","\u00c1":"a","\u00c2":"a","\u00c3":"a","\u00c4":"a","\u00c5":"a","\u00c6":"\u00e6","\u00c7":"c","\u00c8":"e","\u00c9":"e","\u00ca":"e","\u00cb":"e","\u00cc":"i","\u00cd":"i","\u00ce":"i","\u00cf":"i","\u00d0":"\u00f0","\u00d1":"n","\u00d2":"o","\u00d3":"o","\u00d4":"o","\u00d5":"o","\u00d6":"o","\u00d8":"\u00f8","\u00d9":"u","\u00da":"u","\u00db":"u","\u00dc":"u","\u00dd":"y","\u00de":"\u00fe","\u00df":"ss","\u00e0":"a","\u00e1":"a","\u00e2":"a","\u00e3":"a","\u00e4":"a","\u00e5":"a","\u00e7":"c","\u00e8":"e","\u00e9":"e","\u00ea":"e","\u00eb":"e","\u00ec":"i","\u00ed":"i","\u00ee":"i","\u00ef":"i","\u00f1":"n","\u00f2":"o","\u00f3":"o","\u00f4":"o","\u00f5":"o","\u00f6":"o","\u00f9":"u","\u00fa":"u","\u00fb":"u","\u00fc":"u","\u00fd":"y","\u00ff":"y","\u0100":"a","\u0101":"a","\u0102":"a","\u0103":"a","\u0104":"a","\u0105":"a","\u0106":"c","\u0107":"c","\u0108":"c","\u0109":"c","\u010a":"c","\u010b":"c","\u010c":"c","\u010d":"c","\u010e":"d","\u010f":"d","\u0110":"\u0111","\u0112":"e","\u0113":"e","\u0114":"e","\u0115":"e","\u0116":"e","\u0117":"e","\u0118":"e","\u0119":"e","\u011a":"e","\u011b":"e","\u011c":"g","\u011d":"g","\u011e":"g","\u011f":"g","\u0120":"g","\u0121":"g","\u0122":"g","\u0123":"g","\u0124":"h","\u0125":"h","\u0126":"\u0127","\u0128":"i","\u0129":"i","\u012a":"i","\u012b":"i","\u012c":"i","\u012d":"i","\u012e":"i","\u012f":"i","\u0130":"i","\u0132":"ij","\u0133":"ij","\u0134":"j","\u0135":"j","\u0136":"k","\u0137":"k","\u0139":"l","\u013a":"l","\u013b":"l","\u013c":"l","\u013d":"l","\u013e":"l","\u013f":"l\u00b7","\u0140":"l\u00b7","\u0141":"\u0142","\u0143":"n","\u0144":"n","\u0145":"n","\u0146":"n","\u0147":"n","\u0148":"n","\u0149":"\u02bcn","\u014a":"\u014b","\u014c":"o","\u014d":"o","\u014e":"o","\u014f":"o","\u0150":"o","\u0151":"o","\u0152":"\u0153","\u0154":"r","\u0155":"r","\u0156":"r","\u0157":"r","\u0158":"r","\u0159":"r","\u015a":"s","\u015b":"s","\u015c":"s","\u015d":"s","\u015e":"s","\u015f":"s","\u0160":"s","\u0161":"s","\u0162":"t","\u0163":"t","\u0164":"t","\u0165":"t","\u0166":"\u0167","\u0168":"u","\u0169":"u","\u016a":"u","\u016b":"u","\u016c":"u","\u016d":"u","\u016e":"u","\u016f":"u","\u0170":"u","\u0171":"u","\u0172":"u","\u0173":"u","\u0174":"w","\u0175":"w","\u0176":"y","\u0177":"y","\u0178":"y","\u0179":"z","\u017a":"z","\u017b":"z","\u017c":"z","\u017d":"z","\u017e":"z","\u017f":"s","\u0181":"\u0253","\u0182":"\u0183","\u0184":"\u0185","\u0186":"\u0254","\u0187":"\u0188","\u0189":"\u0256","\u018a":"\u0257","\u018b":"\u018c","\u018e":"\u01dd","\u018f":"\u0259","\u0190":"\u025b","\u0191":"\u0192","\u0193":"\u0260","\u0194":"\u0263","\u0196":"\u0269","\u0197":"\u0268","\u0198":"\u0199","\u019c":"\u026f","\u019d":"\u0272","\u019f":"\u0275","\u01a0":"o","\u01a1":"o","\u01a2":"\u01a3","\u01a4":"\u01a5","\u01a6":"\u0280","\u01a7":"\u01a8","\u01a9":"\u0283","\u01ac":"\u01ad","\u01ae":"\u0288","\u01af":"u","\u01b0":"u","\u01b1":"\u028a","\u01b2":"\u028b","\u01b3":"\u01b4","\u01b5":"\u01b6","\u01b7":"\u0292","\u01b8":"\u01b9","\u01bc":"\u01bd","\u01c4":"dz","\u01c5":"dz","\u01c6":"dz","\u01c7":"lj","\u01c8":"lj","\u01c9":"lj","\u01ca":"nj","\u01cb":"nj","\u01cc":"nj","\u01cd":"a","\u01ce":"a","\u01cf":"i","\u01d0":"i","\u01d1":"o","\u01d2":"o","\u01d3":"u","\u01d4":"u","\u01d5":"u","\u01d6":"u","\u01d7":"u","\u01d8":"u","\u01d9":"u","\u01da":"u","\u01db":"u","\u01dc":"u","\u01de":"a","\u01df":"a","\u01e0":"a","\u01e1":"a","\u01e2":"\u00e6","\u01e3":"\u00e6","\u01e4":"\u01e5","\u01e6":"g","\u01e7":"g","\u01e8":"k","\u01e9":"k","\u01ea":"o","\u01eb":"o","\u01ec":"o","\u01ed":"o","\u01ee":"\u0292","\u01ef":"\u0292","\u01f0":"j","\u01f1":"dz","\u01f2":"dz","\u01f3":"dz","\u01f4":"g","\u01f5":"g","\u01f6":"\u0195","\u01f7":"\u01bf","\u01f8":"n","\u01f9":"n","\u01fa":"a","\u01fb":"a","\u01fc":"\u00e6","\u01fd":"\u00e6","\u01fe":"\u00f8","\u01ff":"\u00f8","\u0200":"a","\u0201":"a","\u0202":"a","\u0203":"a","\u0204":"e","\u0205":"e","\u0206":"e","\u0207":"e","\u0208":"i","\u0209":"i","\u020a":"i","\u020b":"i","\u020c":"o","\u020d":"o","\u020e":"o","\u020f":"o","\u0210":"r","\u0211":"r","\u0212":"r","\u0213":"r","\u0214":"u","\u0215":"u","\u0216":"u","\u0217":"u","\u0218":"s","\u0219":"s","\u021a":"t","\u021b":"t","\u021c":"\u021d","\u021e":"h","\u021f":"h","\u0220":"\u019e","\u0222":"\u0223","\u0224":"\u0225","\u0226":"a","\u0227":"a","\u0228":"e","\u0229":"e","\u022a":"o","\u022b":"o","\u022c":"o","\u022d":"o","\u022e":"o","\u022f":"o","\u0230":"o","\u0231":"o","\u0232":"y","\u0233":"y","\u023a":"\u2c65","\u023b":"\u023c","\u023d":"\u019a","\u023e":"\u2c66","\u0241":"\u0242","\u0243":"\u0180","\u0244":"\u0289","\u0245":"\u028c","\u0246":"\u0247","\u0248":"\u0249","\u024a":"\u024b","\u024c":"\u024d","\u024e":"\u024f","\u02b0":"h","\u02b1":"\u0266","\u02b2":"j","\u02b3":"r","\u02b4":"\u0279","\u02b5":"\u027b","\u02b6":"\u0281","\u02b7":"w","\u02b8":"y","\u02d8":" ","\u02d9":" ","\u02da":" ","\u02db":" ","\u02dc":" ","\u02dd":" ","\u02e0":"\u0263","\u02e1":"l","\u02e2":"s","\u02e3":"x","\u02e4":"\u0295","\u0300":"","\u0301":"","\u0302":"","\u0303":"","\u0304":"","\u0305":"","\u0306":"","\u0307":"","\u0308":"","\u0309":"","\u030a":"","\u030b":"","\u030c":"","\u030d":"","\u030e":"","\u030f":"","\u0310":"","\u0311":"","\u0312":"","\u0313":"","\u0314":"","\u0315":"","\u0316":"","\u0317":"","\u0318":"","\u0319":"","\u031a":"","\u031b":"","\u031c":"","\u031d":"","\u031e":"","\u031f":"","\u0320":"","\u0321":"","\u0322":"","\u0323":"","\u0324":"","\u0325":"","\u0326":"","\u0327":"","\u0328":"","\u0329":"","\u032a":"","\u032b":"","\u032c":"","\u032d":"","\u032e":"","\u032f":"","\u0330":"","\u0331":"","\u0332":"","\u0333":"","\u0334":"","\u0335":"","\u0336":"","\u0337":"","\u0338":"","\u0339":"","\u033a":"","\u033b":"","\u033c":"","\u033d":"","\u033e":"","\u033f":"","\u0340":"","\u0341":"","\u0342":"","\u0343":"","\u0344":"","\u0345":"\u03b9","\u0346":"","\u0347":"","\u0348":"","\u0349":"","\u034a":"","\u034b":"","\u034c":"","\u034d":"","\u034e":"","\u034f":"","\u0350":"","\u0351":"","\u0352":"","\u0353":"","\u0354":"","\u0355":"","\u0356":"","\u0357":"","\u0358":"","\u0359":"","\u035a":"","\u035b":"","\u035c":"","\u035d":"","\u035e":"","\u035f":"","\u0360":"","\u0361":"","\u0362":"","\u0363":"","\u0364":"","\u0365":"","\u0366":"","\u0367":"","\u0368":"","\u0369":"","\u036a":"","\u036b":"","\u036c":"","\u036d":"","\u036e":"","\u036f":"","\u0370":"\u0371","\u0372":"\u0373","\u0374":"\u02b9","\u0376":"\u0377","\u037a":" \u03b9","\u037e":";","\u037f":"\u03f3","\u0384":" ","\u0385":" ","\u0386":"\u03b1","\u0387":"\u00b7","\u0388":"\u03b5","\u0389":"\u03b7","\u038a":"\u03b9","\u038c":"\u03bf","\u038e":"\u03c5","\u038f":"\u03c9","\u0390":"\u03b9","\u0391":"\u03b1","\u0392":"\u03b2","\u0393":"\u03b3","\u0394":"\u03b4","\u0395":"\u03b5","\u0396":"\u03b6","\u0397":"\u03b7","\u0398":"\u03b8","\u0399":"\u03b9","\u039a":"\u03ba","\u039b":"\u03bb","\u039c":"\u03bc","\u039d":"\u03bd","\u039e":"\u03be","\u039f":"\u03bf","\u03a0":"\u03c0","\u03a1":"\u03c1","\u03a3":"\u03c3","\u03a4":"\u03c4","\u03a5":"\u03c5","\u03a6":"\u03c6","\u03a7":"\u03c7","\u03a8":"\u03c8","\u03a9":"\u03c9","\u03aa":"\u03b9","\u03ab":"\u03c5","\u03ac":"\u03b1","\u03ad":"\u03b5","\u03ae":"\u03b7","\u03af":"\u03b9","\u03b0":"\u03c5","\u03c2":"\u03c3","\u03ca":"\u03b9","\u03cb":"\u03c5","\u03cc":"\u03bf","\u03cd":"\u03c5","\u03ce":"\u03c9","\u03cf":"\u03d7","\u03d0":"\u03b2","\u03d1":"\u03b8","\u03d2":"\u03c5","\u03d3":"\u03c5","\u03d4":"\u03c5","\u03d5":"\u03c6","\u03d6":"\u03c0","\u03d8":"\u03d9","\u03da":"\u03db","\u03dc":"\u03dd","\u03de":"\u03df","\u03e0":"\u03e1","\u03e2":"\u03e3","\u03e4":"\u03e5","\u03e6":"\u03e7","\u03e8":"\u03e9","\u03ea":"\u03eb","\u03ec":"\u03ed","\u03ee":"\u03ef","\u03f0":"\u03ba","\u03f1":"\u03c1","\u03f2":"\u03c3","\u03f4":"\u03b8","\u03f5":"\u03b5","\u03f7":"\u03f8","\u03f9":"\u03c3","\u03fa":"\u03fb","\u03fd":"\u037b","\u03fe":"\u037c","\u03ff":"\u037d","\u0400":"\u0435","\u0401":"\u0435","\u0402":"\u0452","\u0403":"\u0433","\u0404":"\u0454","\u0405":"\u0455","\u0406":"\u0456","\u0407":"\u0456","\u0408":"\u0458","\u0409":"\u0459","\u040a":"\u045a","\u040b":"\u045b","\u040c":"\u043a","\u040d":"\u0438","\u040e":"\u0443","\u040f":"\u045f","\u0410":"\u0430","\u0411":"\u0431","\u0412":"\u0432","\u0413":"\u0433","\u0414":"\u0434","\u0415":"\u0435","\u0416":"\u0436","\u0417":"\u0437","\u0418":"\u0438","\u0419":"\u0438","\u041a":"\u043a","\u041b":"\u043b","\u041c":"\u043c","\u041d":"\u043d","\u041e":"\u043e","\u041f":"\u043f","\u0420":"\u0440","\u0421":"\u0441","\u0422":"\u0442","\u0423":"\u0443","\u0424":"\u0444","\u0425":"\u0445","\u0426":"\u0446","\u0427":"\u0447","\u0428":"\u0448","\u0429":"\u0449","\u042a":"\u044a","\u042b":"\u044b","\u042c":"\u044c","\u042d":"\u044d","\u042e":"\u044e","\u042f":"\u044f","\u0439":"\u0438","\u0450":"\u0435","\u0451":"\u0435","\u0453":"\u0433","\u0457":"\u0456","\u045c":"\u043a","\u045d":"\u0438","\u045e":"\u0443","\u0460":"\u0461","\u0462":"\u0463","\u0464":"\u0465","\u0466":"\u0467","\u0468":"\u0469","\u046a":"\u046b","\u046c":"\u046d","\u046e":"\u046f","\u0470":"\u0471","\u0472":"\u0473","\u0474":"\u0475","\u0476":"\u0475","\u0477":"\u0475","\u0478":"\u0479","\u047a":"\u047b","\u047c":"\u047d","\u047e":"\u047f","\u0480":"\u0481","\u0483":"","\u0484":"","\u0485":"","\u0486":"","\u0487":"","\u048a":"\u048b","\u048c":"\u048d","\u048e":"\u048f","\u0490":"\u0491","\u0492":"\u0493","\u0494":"\u0495","\u0496":"\u0497","\u0498":"\u0499","\u049a":"\u049b","\u049c":"\u049d","\u049e":"\u049f","\u04a0":"\u04a1","\u04a2":"\u04a3","\u04a4":"\u04a5","\u04a6":"\u04a7","\u04a8":"\u04a9","\u04aa":"\u04ab","\u04ac":"\u04ad","\u04ae":"\u04af","\u04b0":"\u04b1","\u04b2":"\u04b3","\u04b4":"\u04b5","\u04b6":"\u04b7","\u04b8":"\u04b9","\u04ba":"\u04bb","\u04bc":"\u04bd","\u04be":"\u04bf","\u04c0":"\u04cf","\u04c1":"\u0436","\u04c2":"\u0436","\u04c3":"\u04c4","\u04c5":"\u04c6","\u04c7":"\u04c8","\u04c9":"\u04ca","\u04cb":"\u04cc","\u04cd":"\u04ce","\u04d0":"\u0430","\u04d1":"\u0430","\u04d2":"\u0430","\u04d3":"\u0430","\u04d4":"\u04d5","\u04d6":"\u0435","\u04d7":"\u0435","\u04d8":"\u04d9","\u04da":"\u04d9","\u04db":"\u04d9","\u04dc":"\u0436","\u04dd":"\u0436","\u04de":"\u0437","\u04df":"\u0437","\u04e0":"\u04e1","\u04e2":"\u0438","\u04e3":"\u0438","\u04e4":"\u0438","\u04e5":"\u0438","\u04e6":"\u043e","\u04e7":"\u043e","\u04e8":"\u04e9","\u04ea":"\u04e9","\u04eb":"\u04e9","\u04ec":"\u044d","\u04ed":"\u044d","\u04ee":"\u0443","\u04ef":"\u0443","\u04f0":"\u0443","\u04f1":"\u0443","\u04f2":"\u0443","\u04f3":"\u0443","\u04f4":"\u0447","\u04f5":"\u0447","\u04f6":"\u04f7","\u04f8":"\u044b","\u04f9":"\u044b","\u04fa":"\u04fb","\u04fc":"\u04fd","\u04fe":"\u04ff","\u0500":"\u0501","\u0502":"\u0503","\u0504":"\u0505","\u0506":"\u0507","\u0508":"\u0509","\u050a":"\u050b","\u050c":"\u050d","\u050e":"\u050f","\u0510":"\u0511","\u0512":"\u0513","\u0514":"\u0515","\u0516":"\u0517","\u0518":"\u0519","\u051a":"\u051b","\u051c":"\u051d","\u051e":"\u051f","\u0520":"\u0521","\u0522":"\u0523","\u0524":"\u0525","\u0526":"\u0527","\u0528":"\u0529","\u052a":"\u052b","\u052c":"\u052d","\u052e":"\u052f","\u0531":"\u0561","\u0532":"\u0562","\u0533":"\u0563","\u0534":"\u0564","\u0535":"\u0565","\u0536":"\u0566","\u0537":"\u0567","\u0538":"\u0568","\u0539":"\u0569","\u053a":"\u056a","\u053b":"\u056b","\u053c":"\u056c","\u053d":"\u056d","\u053e":"\u056e","\u053f":"\u056f","\u0540":"\u0570","\u0541":"\u0571","\u0542":"\u0572","\u0543":"\u0573","\u0544":"\u0574","\u0545":"\u0575","\u0546":"\u0576","\u0547":"\u0577","\u0548":"\u0578","\u0549":"\u0579","\u054a":"\u057a","\u054b":"\u057b","\u054c":"\u057c","\u054d":"\u057d","\u054e":"\u057e","\u054f":"\u057f","\u0550":"\u0580","\u0551":"\u0581","\u0552":"\u0582","\u0553":"\u0583","\u0554":"\u0584","\u0555":"\u0585","\u0556":"\u0586","\u0587":"\u0565\u0582","\u058a":" ","\u0591":"","\u0592":"","\u0593":"","\u0594":"","\u0595":"","\u0596":"","\u0597":"","\u0598":"","\u0599":"","\u059a":"","\u059b":"","\u059c":"","\u059d":"","\u059e":"","\u059f":"","\u05a0":"","\u05a1":"","\u05a2":"","\u05a3":"","\u05a4":"","\u05a5":"","\u05a6":"","\u05a7":"","\u05a8":"","\u05a9":"","\u05aa":"","\u05ab":"","\u05ac":"","\u05ad":"","\u05ae":"","\u05af":"","\u05b0":"","\u05b1":"","\u05b2":"","\u05b3":"","\u05b4":"","\u05b5":"","\u05b6":"","\u05b7":"","\u05b8":"","\u05b9":"","\u05ba":"","\u05bb":"","\u05bc":"","\u05bd":"","\u05be":" ","\u05bf":"","\u05c1":"","\u05c2":"","\u05c4":"","\u05c5":"","\u05c7":"","\u0600":"","\u0601":"","\u0602":"","\u0603":"","\u0604":"","\u0605":"","\u0610":"","\u0611":"","\u0612":"","\u0613":"","\u0614":"","\u0615":"","\u0616":"","\u0617":"","\u0618":"","\u0619":"","\u061a":"","\u061c":"","\u0622":"\u0627","\u0623":"\u0627","\u0624":"\u0648","\u0625":"\u0627","\u0626":"\u064a","\u064b":"","\u064c":"","\u064d":"","\u064e":"","\u064f":"","\u0650":"","\u0651":"","\u0652":"","\u0653":"","\u0654":"","\u0655":"","\u0656":"","\u0657":"","\u0658":"","\u0659":"","\u065a":"","\u065b":"","\u065c":"","\u065d":"","\u065e":"","\u065f":"","\u0670":"","\u0675":"\u0627\u0674","\u0676":"\u0648\u0674","\u0677":"\u06c7\u0674","\u0678":"\u064a\u0674","\u06c0":"\u06d5","\u06c2":"\u06c1","\u06d3":"\u06d2","\u06d6":"","\u06d7":"","\u06d8":"","\u06d9":"","\u06da":"","\u06db":"","\u06dc":"","\u06dd":"","\u06df":"","\u06e0":"","\u06e1":"","\u06e2":"","\u06e3":"","\u06e4":"","\u06e7":"","\u06e8":"","\u06ea":"","\u06eb":"","\u06ec":"","\u06ed":"","\u070f":"","\u0711":"","\u0730":"","\u0731":"","\u0732":"","\u0733":"","\u0734":"","\u0735":"","\u0736":"","\u0737":"","\u0738":"","\u0739":"","\u073a":"","\u073b":"","\u073c":"","\u073d":"","\u073e":"","\u073f":"","\u0740":"","\u0741":"","\u0742":"","\u0743":"","\u0744":"","\u0745":"","\u0746":"","\u0747":"","\u0748":"","\u0749":"","\u074a":"","\u07a6":"","\u07a7":"","\u07a8":"","\u07a9":"","\u07aa":"","\u07ab":"","\u07ac":"","\u07ad":"","\u07ae":"","\u07af":"","\u07b0":"","\u07eb":"","\u07ec":"","\u07ed":"","\u07ee":"","\u07ef":"","\u07f0":"","\u07f1":"","\u07f2":"","\u07f3":"","\u07fd":"","\u0816":"","\u0817":"","\u0818":"","\u0819":"","\u081b":"","\u081c":"","\u081d":"","\u081e":"","\u081f":"","\u0820":"","\u0821":"","\u0822":"","\u0823":"","\u0825":"","\u0826":"","\u0827":"","\u0829":"","\u082a":"","\u082b":"","\u082c":"","\u082d":"","\u0859":"","\u085a":"","\u085b":"","\u0890":"","\u0891":"","\u0898":"","\u0899":"","\u089a":"","\u089b":"","\u089c":"","\u089d":"","\u089e":"","\u089f":"","\u08ca":"","\u08cb":"","\u08cc":"","\u08cd":"","\u08ce":"","\u08cf":"","\u08d0":"","\u08d1":"","\u08d2":"","\u08d3":"","\u08d4":"","\u08d5":"","\u08d6":"","\u08d7":"","\u08d8":"","\u08d9":"","\u08da":"","\u08db":"","\u08dc":"","\u08dd":"","\u08de":"","\u08df":"","\u08e0":"","\u08e1":"","\u08e2":"","\u08e3":"","\u08e4":"","\u08e5":"","\u08e6":"","\u08e7":"","\u08e8":"","\u08e9":"","\u08ea":"","\u08eb":"","\u08ec":"","\u08ed":"","\u08ee":"","\u08ef":"","\u08f0":"","\u08f1":"","\u08f2":"","\u08f3":"","\u08f4":"","\u08f5":"","\u08f6":"","\u08f7":"","\u08f8":"","\u08f9":"","\u08fa":"","\u08fb":"","\u08fc":"","\u08fd":"","\u08fe":"","\u08ff":"","\u0900":"","\u0901":"","\u0902":"","\u0929":"\u0928","\u0931":"\u0930","\u0934":"\u0933","\u093a":"","\u093c":"","\u0941":"","\u0942":"","\u0943":"","\u0944":"","\u0945":"","\u0946":"","\u0947":"","\u0948":"","\u094d":"","\u0951":"","\u0952":"","\u0953":"","\u0954":"","\u0955":"","\u0956":"","\u0957":"","\u0958":"\u0915","\u0959":"\u0916","\u095a":"\u0917","\u095b":"\u091c","\u095c":"\u0921","\u095d":"\u0922","\u095e":"\u092b","\u095f":"\u092f","\u0962":"","\u0963":"","\u0981":"","\u09bc":"","\u09c1":"","\u09c2":"","\u09c3":"","\u09c4":"","\u09cd":"","\u09dc":"\u09a1","\u09dd":"\u09a2","\u09df":"\u09af","\u09e2":"","\u09e3":"","\u09fe":"","\u0a01":"","\u0a02":"","\u0a33":"\u0a32","\u0a36":"\u0a38","\u0a3c":"","\u0a41":"","\u0a42":"","\u0a47":"","\u0a48":"","\u0a4b":"","\u0a4c":"","\u0a4d":"","\u0a51":"","\u0a59":"\u0a16","\u0a5a":"\u0a17","\u0a5b":"\u0a1c","\u0a5e":"\u0a2b","\u0a70":"","\u0a71":"","\u0a75":"","\u0a81":"","\u0a82":"","\u0abc":"","\u0ac1":"","\u0ac2":"","\u0ac3":"","\u0ac4":"","\u0ac5":"","\u0ac7":"","\u0ac8":"","\u0acd":"","\u0ae2":"","\u0ae3":"","\u0afa":"","\u0afb":"","\u0afc":"","\u0afd":"","\u0afe":"","\u0aff":"","\u0b01":"","\u0b3c":"","\u0b3f":"","\u0b41":"","\u0b42":"","\u0b43":"","\u0b44":"","\u0b48":"\u0b47","\u0b4d":"","\u0b55":"","\u0b56":"","\u0b5c":"\u0b21","\u0b5d":"\u0b22","\u0b62":"","\u0b63":"","\u0b82":"","\u0bc0":"","\u0bcd":"","\u0c00":"","\u0c04":"","\u0c3c":"","\u0c3e":"","\u0c3f":"","\u0c40":"","\u0c46":"","\u0c47":"","\u0c48":"","\u0c4a":"","\u0c4b":"","\u0c4c":"","\u0c4d":"","\u0c55":"","\u0c56":"","\u0c62":"","\u0c63":"","\u0c81":"","\u0cbc":"","\u0cbf":"","\u0cc0":"\u0cd5","\u0cc6":"","\u0cc7":"\u0cd5","\u0cc8":"\u0cd6","\u0cca":"\u0cc2","\u0ccb":"\u0cc2\u0cd5","\u0ccc":"","\u0ccd":"","\u0ce2":"","\u0ce3":"","\u0d00":"","\u0d01":"","\u0d3b":"","\u0d3c":"","\u0d41":"","\u0d42":"","\u0d43":"","\u0d44":"","\u0d4d":"","\u0d62":"","\u0d63":"","\u0d81":"","\u0dca":"","\u0dd2":"","\u0dd3":"","\u0dd4":"","\u0dd6":"","\u0dda":"\u0dd9","\u0ddd":"\u0ddc","\u0e31":"","\u0e33":"\u0e32","\u0e34":"","\u0e35":"","\u0e36":"","\u0e37":"","\u0e38":"","\u0e39":"","\u0e3a":"","\u0e47":"","\u0e48":"","\u0e49":"","\u0e4a":"","\u0e4b":"","\u0e4c":"","\u0e4d":"","\u0e4e":"","\u0eb1":"","\u0eb3":"\u0eb2","\u0eb4":"","\u0eb5":"","\u0eb6":"","\u0eb7":"","\u0eb8":"","\u0eb9":"","\u0eba":"","\u0ebb":"","\u0ebc":"","\u0ec8":"","\u0ec9":"","\u0eca":"","\u0ecb":"","\u0ecc":"","\u0ecd":"","\u0edc":"\u0eab\u0e99","\u0edd":"\u0eab\u0ea1","\u0f0c":"\u0f0b","\u0f18":"","\u0f19":"","\u0f35":"","\u0f37":"","\u0f39":"","\u0f3a":" ","\u0f3b":" ","\u0f3c":" ","\u0f3d":" ","\u0f43":"\u0f42","\u0f4d":"\u0f4c","\u0f52":"\u0f51","\u0f57":"\u0f56","\u0f5c":"\u0f5b","\u0f69":"\u0f40","\u0f71":"","\u0f72":"","\u0f73":"","\u0f74":"","\u0f75":"","\u0f76":"","\u0f77":"","\u0f78":"","\u0f79":"","\u0f7a":"","\u0f7b":"","\u0f7c":"","\u0f7d":"","\u0f7e":"","\u0f80":"","\u0f81":"","\u0f82":"","\u0f83":"","\u0f84":"","\u0f86":"","\u0f87":"","\u0f8d":"","\u0f8e":"","\u0f8f":"","\u0f90":"","\u0f91":"","\u0f92":"","\u0f93":"","\u0f94":"","\u0f95":"","\u0f96":"","\u0f97":"","\u0f99":"","\u0f9a":"","\u0f9b":"","\u0f9c":"","\u0f9d":"","\u0f9e":"","\u0f9f":"","\u0fa0":"","\u0fa1":"","\u0fa2":"","\u0fa3":"","\u0fa4":"","\u0fa5":"","\u0fa6":"","\u0fa7":"","\u0fa8":"","\u0fa9":"","\u0faa":"","\u0fab":"","\u0fac":"","\u0fad":"","\u0fae":"","\u0faf":"","\u0fb0":"","\u0fb1":"","\u0fb2":"","\u0fb3":"","\u0fb4":"","\u0fb5":"","\u0fb6":"","\u0fb7":"","\u0fb8":"","\u0fb9":"","\u0fba":"","\u0fbb":"","\u0fbc":"","\u0fc6":"","\u1026":"\u1025","\u102d":"","\u102e":"","\u102f":"","\u1030":"","\u1032":"","\u1033":"","\u1034":"","\u1035":"","\u1036":"","\u1037":"","\u1039":"","\u103a":"","\u103d":"","\u103e":"","\u1058":"","\u1059":"","\u105e":"","\u105f":"","\u1060":"","\u1071":"","\u1072":"","\u1073":"","\u1074":"","\u1082":"","\u1085":"","\u1086":"","\u108d":"","\u109d":"","\u10a0":"\u2d00","\u10a1":"\u2d01","\u10a2":"\u2d02","\u10a3":"\u2d03","\u10a4":"\u2d04","\u10a5":"\u2d05","\u10a6":"\u2d06","\u10a7":"\u2d07","\u10a8":"\u2d08","\u10a9":"\u2d09","\u10aa":"\u2d0a","\u10ab":"\u2d0b","\u10ac":"\u2d0c","\u10ad":"\u2d0d","\u10ae":"\u2d0e","\u10af":"\u2d0f","\u10b0":"\u2d10","\u10b1":"\u2d11","\u10b2":"\u2d12","\u10b3":"\u2d13","\u10b4":"\u2d14","\u10b5":"\u2d15","\u10b6":"\u2d16","\u10b7":"\u2d17","\u10b8":"\u2d18","\u10b9":"\u2d19","\u10ba":"\u2d1a","\u10bb":"\u2d1b","\u10bc":"\u2d1c","\u10bd":"\u2d1d","\u10be":"\u2d1e","\u10bf":"\u2d1f","\u10c0":"\u2d20","\u10c1":"\u2d21","\u10c2":"\u2d22","\u10c3":"\u2d23","\u10c4":"\u2d24","\u10c5":"\u2d25","\u10c7":"\u2d27","\u10cd":"\u2d2d","\u10fc":"\u10dc","\u135d":"","\u135e":"","\u135f":"","\u13f8":"\u13f0","\u13f9":"\u13f1","\u13fa":"\u13f2","\u13fb":"\u13f3","\u13fc":"\u13f4","\u13fd":"\u13f5","\u1400":" ","\u1680":" ","\u169b":" ","\u169c":" ","\u1712":"","\u1713":"","\u1714":"","\u1732":"","\u1733":"","\u1752":"","\u1753":"","\u1772":"","\u1773":"","\u17b4":"","\u17b5":"","\u17b7":"","\u17b8":"","\u17b9":"","\u17ba":"","\u17bb":"","\u17bc":"","\u17bd":"","\u17c6":"","\u17c9":"","\u17ca":"","\u17cb":"","\u17cc":"","\u17cd":"","\u17ce":"","\u17cf":"","\u17d0":"","\u17d1":"","\u17d2":"","\u17d3":"","\u17dd":"","\u1806":" ","\u180b":"","\u180c":"","\u180d":"","\u180e":"","\u180f":"","\u1885":"","\u1886":"","\u18a9":"","\u1920":"","\u1921":"","\u1922":"","\u1927":"","\u1928":"","\u1932":"","\u1939":"","\u193a":"","\u193b":"","\u1a17":"","\u1a18":"","\u1a1b":"","\u1a56":"","\u1a58":"","\u1a59":"","\u1a5a":"","\u1a5b":"","\u1a5c":"","\u1a5d":"","\u1a5e":"","\u1a60":"","\u1a62":"","\u1a65":"","\u1a66":"","\u1a67":"","\u1a68":"","\u1a69":"","\u1a6a":"","\u1a6b":"","\u1a6c":"","\u1a73":"","\u1a74":"","\u1a75":"","\u1a76":"","\u1a77":"","\u1a78":"","\u1a79":"","\u1a7a":"","\u1a7b":"","\u1a7c":"","\u1a7f":"","\u1ab0":"","\u1ab1":"","\u1ab2":"","\u1ab3":"","\u1ab4":"","\u1ab5":"","\u1ab6":"","\u1ab7":"","\u1ab8":"","\u1ab9":"","\u1aba":"","\u1abb":"","\u1abc":"","\u1abd":"","\u1abf":"","\u1ac0":"","\u1ac1":"","\u1ac2":"","\u1ac3":"","\u1ac4":"","\u1ac5":"","\u1ac6":"","\u1ac7":"","\u1ac8":"","\u1ac9":"","\u1aca":"","\u1acb":"","\u1acc":"","\u1acd":"","\u1ace":"","\u1b00":"","\u1b01":"","\u1b02":"","\u1b03":"","\u1b34":"","\u1b36":"","\u1b37":"","\u1b38":"","\u1b39":"","\u1b3a":"","\u1b3b":"\u1b35","\u1b3c":"","\u1b3d":"\u1b35","\u1b42":"","\u1b43":"\u1b35","\u1b6b":"","\u1b6c":"","\u1b6d":"","\u1b6e":"","\u1b6f":"","\u1b70":"","\u1b71":"","\u1b72":"","\u1b73":"","\u1b80":"","\u1b81":"","\u1ba2":"","\u1ba3":"","\u1ba4":"","\u1ba5":"","\u1ba8":"","\u1ba9":"","\u1bab":"","\u1bac":"","\u1bad":"","\u1be6":"","\u1be8":"","\u1be9":"","\u1bed":"","\u1bef":"","\u1bf0":"","\u1bf1":"","\u1c2c":"","\u1c2d":"","\u1c2e":"","\u1c2f":"","\u1c30":"","\u1c31":"","\u1c32":"","\u1c33":"","\u1c36":"","\u1c37":"","\u1c80":"\u0432","\u1c81":"\u0434","\u1c82":"\u043e","\u1c83":"\u0441","\u1c84":"\u0442","\u1c85":"\u0442","\u1c86":"\u044a","\u1c87":"\u0463","\u1c88":"\ua64b","\u1c90":"\u10d0","\u1c91":"\u10d1","\u1c92":"\u10d2","\u1c93":"\u10d3","\u1c94":"\u10d4","\u1c95":"\u10d5","\u1c96":"\u10d6","\u1c97":"\u10d7","\u1c98":"\u10d8","\u1c99":"\u10d9","\u1c9a":"\u10da","\u1c9b":"\u10db","\u1c9c":"\u10dc","\u1c9d":"\u10dd","\u1c9e":"\u10de","\u1c9f":"\u10df","\u1ca0":"\u10e0","\u1ca1":"\u10e1","\u1ca2":"\u10e2","\u1ca3":"\u10e3","\u1ca4":"\u10e4","\u1ca5":"\u10e5","\u1ca6":"\u10e6","\u1ca7":"\u10e7","\u1ca8":"\u10e8","\u1ca9":"\u10e9","\u1caa":"\u10ea","\u1cab":"\u10eb","\u1cac":"\u10ec","\u1cad":"\u10ed","\u1cae":"\u10ee","\u1caf":"\u10ef","\u1cb0":"\u10f0","\u1cb1":"\u10f1","\u1cb2":"\u10f2","\u1cb3":"\u10f3","\u1cb4":"\u10f4","\u1cb5":"\u10f5","\u1cb6":"\u10f6","\u1cb7":"\u10f7","\u1cb8":"\u10f8","\u1cb9":"\u10f9","\u1cba":"\u10fa","\u1cbd":"\u10fd","\u1cbe":"\u10fe","\u1cbf":"\u10ff","\u1cd0":"","\u1cd1":"","\u1cd2":"","\u1cd4":"","\u1cd5":"","\u1cd6":"","\u1cd7":"","\u1cd8":"","\u1cd9":"","\u1cda":"","\u1cdb":"","\u1cdc":"","\u1cdd":"","\u1cde":"","\u1cdf":"","\u1ce0":"","\u1ce2":"","\u1ce3":"","\u1ce4":"","\u1ce5":"","\u1ce6":"","\u1ce7":"","\u1ce8":"","\u1ced":"","\u1cf4":"","\u1cf8":"","\u1cf9":"","\u1d2c":"a","\u1d2d":"\u00e6","\u1d2e":"b","\u1d30":"d","\u1d31":"e","\u1d32":"\u01dd","\u1d33":"g","\u1d34":"h","\u1d35":"i","\u1d36":"j","\u1d37":"k","\u1d38":"l","\u1d39":"m","\u1d3a":"n","\u1d3c":"o","\u1d3d":"\u0223","\u1d3e":"p","\u1d3f":"r","\u1d40":"t","\u1d41":"u","\u1d42":"w","\u1d43":"a","\u1d44":"\u0250","\u1d45":"\u0251","\u1d46":"\u1d02","\u1d47":"b","\u1d48":"d","\u1d49":"e","\u1d4a":"\u0259","\u1d4b":"\u025b","\u1d4c":"\u025c","\u1d4d":"g","\u1d4f":"k","\u1d50":"m","\u1d51":"\u014b","\u1d52":"o","\u1d53":"\u0254","\u1d54":"\u1d16","\u1d55":"\u1d17","\u1d56":"p","\u1d57":"t","\u1d58":"u","\u1d59":"\u1d1d","\u1d5a":"\u026f","\u1d5b":"v","\u1d5c":"\u1d25","\u1d5d":"\u03b2","\u1d5e":"\u03b3","\u1d5f":"\u03b4","\u1d60":"\u03c6","\u1d61":"\u03c7","\u1d62":"i","\u1d63":"r","\u1d64":"u","\u1d65":"v","\u1d66":"\u03b2","\u1d67":"\u03b3","\u1d68":"\u03c1","\u1d69":"\u03c6","\u1d6a":"\u03c7","\u1d78":"\u043d","\u1d9b":"\u0252","\u1d9c":"c","\u1d9d":"\u0255","\u1d9e":"\u00f0","\u1d9f":"\u025c","\u1da0":"f","\u1da1":"\u025f","\u1da2":"\u0261","\u1da3":"\u0265","\u1da4":"\u0268","\u1da5":"\u0269","\u1da6":"\u026a","\u1da7":"\u1d7b","\u1da8":"\u029d","\u1da9":"\u026d","\u1daa":"\u1d85","\u1dab":"\u029f","\u1dac":"\u0271","\u1dad":"\u0270","\u1dae":"\u0272","\u1daf":"\u0273","\u1db0":"\u0274","\u1db1":"\u0275","\u1db2":"\u0278","\u1db3":"\u0282","\u1db4":"\u0283","\u1db5":"\u01ab","\u1db6":"\u0289","\u1db7":"\u028a","\u1db8":"\u1d1c","\u1db9":"\u028b","\u1dba":"\u028c","\u1dbb":"z","\u1dbc":"\u0290","\u1dbd":"\u0291","\u1dbe":"\u0292","\u1dbf":"\u03b8","\u1dc0":"","\u1dc1":"","\u1dc2":"","\u1dc3":"","\u1dc4":"","\u1dc5":"","\u1dc6":"","\u1dc7":"","\u1dc8":"","\u1dc9":"","\u1dca":"","\u1dcb":"","\u1dcc":"","\u1dcd":"","\u1dce":"","\u1dcf":"","\u1dd0":"","\u1dd1":"","\u1dd2":"","\u1dd3":"","\u1dd4":"","\u1dd5":"","\u1dd6":"","\u1dd7":"","\u1dd8":"","\u1dd9":"","\u1dda":"","\u1ddb":"","\u1ddc":"","\u1ddd":"","\u1dde":"","\u1ddf":"","\u1de0":"","\u1de1":"","\u1de2":"","\u1de3":"","\u1de4":"","\u1de5":"","\u1de6":"","\u1de7":"","\u1de8":"","\u1de9":"","\u1dea":"","\u1deb":"","\u1dec":"","\u1ded":"","\u1dee":"","\u1def":"","\u1df0":"","\u1df1":"","\u1df2":"","\u1df3":"","\u1df4":"","\u1df5":"","\u1df6":"","\u1df7":"","\u1df8":"","\u1df9":"","\u1dfa":"","\u1dfb":"","\u1dfc":"","\u1dfd":"","\u1dfe":"","\u1dff":"","\u1e00":"a","\u1e01":"a","\u1e02":"b","\u1e03":"b","\u1e04":"b","\u1e05":"b","\u1e06":"b","\u1e07":"b","\u1e08":"c","\u1e09":"c","\u1e0a":"d","\u1e0b":"d","\u1e0c":"d","\u1e0d":"d","\u1e0e":"d","\u1e0f":"d","\u1e10":"d","\u1e11":"d","\u1e12":"d","\u1e13":"d","\u1e14":"e","\u1e15":"e","\u1e16":"e","\u1e17":"e","\u1e18":"e","\u1e19":"e","\u1e1a":"e","\u1e1b":"e","\u1e1c":"e","\u1e1d":"e","\u1e1e":"f","\u1e1f":"f","\u1e20":"g","\u1e21":"g","\u1e22":"h","\u1e23":"h","\u1e24":"h","\u1e25":"h","\u1e26":"h","\u1e27":"h","\u1e28":"h","\u1e29":"h","\u1e2a":"h","\u1e2b":"h","\u1e2c":"i","\u1e2d":"i","\u1e2e":"i","\u1e2f":"i","\u1e30":"k","\u1e31":"k","\u1e32":"k","\u1e33":"k","\u1e34":"k","\u1e35":"k","\u1e36":"l","\u1e37":"l","\u1e38":"l","\u1e39":"l","\u1e3a":"l","\u1e3b":"l","\u1e3c":"l","\u1e3d":"l","\u1e3e":"m","\u1e3f":"m","\u1e40":"m","\u1e41":"m","\u1e42":"m","\u1e43":"m","\u1e44":"n","\u1e45":"n","\u1e46":"n","\u1e47":"n","\u1e48":"n","\u1e49":"n","\u1e4a":"n","\u1e4b":"n","\u1e4c":"o","\u1e4d":"o","\u1e4e":"o","\u1e4f":"o","\u1e50":"o","\u1e51":"o","\u1e52":"o","\u1e53":"o","\u1e54":"p","\u1e55":"p","\u1e56":"p","\u1e57":"p","\u1e58":"r","\u1e59":"r","\u1e5a":"r","\u1e5b":"r","\u1e5c":"r","\u1e5d":"r","\u1e5e":"r","\u1e5f":"r","\u1e60":"s","\u1e61":"s","\u1e62":"s","\u1e63":"s","\u1e64":"s","\u1e65":"s","\u1e66":"s","\u1e67":"s","\u1e68":"s","\u1e69":"s","\u1e6a":"t","\u1e6b":"t","\u1e6c":"t","\u1e6d":"t","\u1e6e":"t","\u1e6f":"t","\u1e70":"t","\u1e71":"t","\u1e72":"u","\u1e73":"u","\u1e74":"u","\u1e75":"u","\u1e76":"u","\u1e77":"u","\u1e78":"u","\u1e79":"u","\u1e7a":"u","\u1e7b":"u","\u1e7c":"v","\u1e7d":"v","\u1e7e":"v","\u1e7f":"v","\u1e80":"w","\u1e81":"w","\u1e82":"w","\u1e83":"w","\u1e84":"w","\u1e85":"w","\u1e86":"w","\u1e87":"w","\u1e88":"w","\u1e89":"w","\u1e8a":"x","\u1e8b":"x","\u1e8c":"x","\u1e8d":"x","\u1e8e":"y","\u1e8f":"y","\u1e90":"z","\u1e91":"z","\u1e92":"z","\u1e93":"z","\u1e94":"z","\u1e95":"z","\u1e96":"h","\u1e97":"t","\u1e98":"w","\u1e99":"y","\u1e9a":"a\u02be","\u1e9b":"s","\u1e9e":"ss","\u1ea0":"a","\u1ea1":"a","\u1ea2":"a","\u1ea3":"a","\u1ea4":"a","\u1ea5":"a","\u1ea6":"a","\u1ea7":"a","\u1ea8":"a","\u1ea9":"a","\u1eaa":"a","\u1eab":"a","\u1eac":"a","\u1ead":"a","\u1eae":"a","\u1eaf":"a","\u1eb0":"a","\u1eb1":"a","\u1eb2":"a","\u1eb3":"a","\u1eb4":"a","\u1eb5":"a","\u1eb6":"a","\u1eb7":"a","\u1eb8":"e","\u1eb9":"e","\u1eba":"e","\u1ebb":"e","\u1ebc":"e","\u1ebd":"e","\u1ebe":"e","\u1ebf":"e","\u1ec0":"e","\u1ec1":"e","\u1ec2":"e","\u1ec3":"e","\u1ec4":"e","\u1ec5":"e","\u1ec6":"e","\u1ec7":"e","\u1ec8":"i","\u1ec9":"i","\u1eca":"i","\u1ecb":"i","\u1ecc":"o","\u1ecd":"o","\u1ece":"o","\u1ecf":"o","\u1ed0":"o","\u1ed1":"o","\u1ed2":"o","\u1ed3":"o","\u1ed4":"o","\u1ed5":"o","\u1ed6":"o","\u1ed7":"o","\u1ed8":"o","\u1ed9":"o","\u1eda":"o","\u1edb":"o","\u1edc":"o","\u1edd":"o","\u1ede":"o","\u1edf":"o","\u1ee0":"o","\u1ee1":"o","\u1ee2":"o","\u1ee3":"o","\u1ee4":"u","\u1ee5":"u","\u1ee6":"u","\u1ee7":"u","\u1ee8":"u","\u1ee9":"u","\u1eea":"u","\u1eeb":"u","\u1eec":"u","\u1eed":"u","\u1eee":"u","\u1eef":"u","\u1ef0":"u","\u1ef1":"u","\u1ef2":"y","\u1ef3":"y","\u1ef4":"y","\u1ef5":"y","\u1ef6":"y","\u1ef7":"y","\u1ef8":"y","\u1ef9":"y","\u1efa":"\u1efb","\u1efc":"\u1efd","\u1efe":"\u1eff","\u1f00":"\u03b1","\u1f01":"\u03b1","\u1f02":"\u03b1","\u1f03":"\u03b1","\u1f04":"\u03b1","\u1f05":"\u03b1","\u1f06":"\u03b1","\u1f07":"\u03b1","\u1f08":"\u03b1","\u1f09":"\u03b1","\u1f0a":"\u03b1","\u1f0b":"\u03b1","\u1f0c":"\u03b1","\u1f0d":"\u03b1","\u1f0e":"\u03b1","\u1f0f":"\u03b1","\u1f10":"\u03b5","\u1f11":"\u03b5","\u1f12":"\u03b5","\u1f13":"\u03b5","\u1f14":"\u03b5","\u1f15":"\u03b5","\u1f18":"\u03b5","\u1f19":"\u03b5","\u1f1a":"\u03b5","\u1f1b":"\u03b5","\u1f1c":"\u03b5","\u1f1d":"\u03b5","\u1f20":"\u03b7","\u1f21":"\u03b7","\u1f22":"\u03b7","\u1f23":"\u03b7","\u1f24":"\u03b7","\u1f25":"\u03b7","\u1f26":"\u03b7","\u1f27":"\u03b7","\u1f28":"\u03b7","\u1f29":"\u03b7","\u1f2a":"\u03b7","\u1f2b":"\u03b7","\u1f2c":"\u03b7","\u1f2d":"\u03b7","\u1f2e":"\u03b7","\u1f2f":"\u03b7","\u1f30":"\u03b9","\u1f31":"\u03b9","\u1f32":"\u03b9","\u1f33":"\u03b9","\u1f34":"\u03b9","\u1f35":"\u03b9","\u1f36":"\u03b9","\u1f37":"\u03b9","\u1f38":"\u03b9","\u1f39":"\u03b9","\u1f3a":"\u03b9","\u1f3b":"\u03b9","\u1f3c":"\u03b9","\u1f3d":"\u03b9","\u1f3e":"\u03b9","\u1f3f":"\u03b9","\u1f40":"\u03bf","\u1f41":"\u03bf","\u1f42":"\u03bf","\u1f43":"\u03bf","\u1f44":"\u03bf","\u1f45":"\u03bf","\u1f48":"\u03bf","\u1f49":"\u03bf","\u1f4a":"\u03bf","\u1f4b":"\u03bf","\u1f4c":"\u03bf","\u1f4d":"\u03bf","\u1f50":"\u03c5","\u1f51":"\u03c5","\u1f52":"\u03c5","\u1f53":"\u03c5","\u1f54":"\u03c5","\u1f55":"\u03c5","\u1f56":"\u03c5","\u1f57":"\u03c5","\u1f59":"\u03c5","\u1f5b":"\u03c5","\u1f5d":"\u03c5","\u1f5f":"\u03c5","\u1f60":"\u03c9","\u1f61":"\u03c9","\u1f62":"\u03c9","\u1f63":"\u03c9","\u1f64":"\u03c9","\u1f65":"\u03c9","\u1f66":"\u03c9","\u1f67":"\u03c9","\u1f68":"\u03c9","\u1f69":"\u03c9","\u1f6a":"\u03c9","\u1f6b":"\u03c9","\u1f6c":"\u03c9","\u1f6d":"\u03c9","\u1f6e":"\u03c9","\u1f6f":"\u03c9","\u1f70":"\u03b1","\u1f71":"\u03b1","\u1f72":"\u03b5","\u1f73":"\u03b5","\u1f74":"\u03b7","\u1f75":"\u03b7","\u1f76":"\u03b9","\u1f77":"\u03b9","\u1f78":"\u03bf","\u1f79":"\u03bf","\u1f7a":"\u03c5","\u1f7b":"\u03c5","\u1f7c":"\u03c9","\u1f7d":"\u03c9","\u1f80":"\u03b1\u03b9","\u1f81":"\u03b1\u03b9","\u1f82":"\u03b1\u03b9","\u1f83":"\u03b1\u03b9","\u1f84":"\u03b1\u03b9","\u1f85":"\u03b1\u03b9","\u1f86":"\u03b1\u03b9","\u1f87":"\u03b1\u03b9","\u1f88":"\u03b1\u03b9","\u1f89":"\u03b1\u03b9","\u1f8a":"\u03b1\u03b9","\u1f8b":"\u03b1\u03b9","\u1f8c":"\u03b1\u03b9","\u1f8d":"\u03b1\u03b9","\u1f8e":"\u03b1\u03b9","\u1f8f":"\u03b1\u03b9","\u1f90":"\u03b7\u03b9","\u1f91":"\u03b7\u03b9","\u1f92":"\u03b7\u03b9","\u1f93":"\u03b7\u03b9","\u1f94":"\u03b7\u03b9","\u1f95":"\u03b7\u03b9","\u1f96":"\u03b7\u03b9","\u1f97":"\u03b7\u03b9","\u1f98":"\u03b7\u03b9","\u1f99":"\u03b7\u03b9","\u1f9a":"\u03b7\u03b9","\u1f9b":"\u03b7\u03b9","\u1f9c":"\u03b7\u03b9","\u1f9d":"\u03b7\u03b9","\u1f9e":"\u03b7\u03b9","\u1f9f":"\u03b7\u03b9","\u1fa0":"\u03c9\u03b9","\u1fa1":"\u03c9\u03b9","\u1fa2":"\u03c9\u03b9","\u1fa3":"\u03c9\u03b9","\u1fa4":"\u03c9\u03b9","\u1fa5":"\u03c9\u03b9","\u1fa6":"\u03c9\u03b9","\u1fa7":"\u03c9\u03b9","\u1fa8":"\u03c9\u03b9","\u1fa9":"\u03c9\u03b9","\u1faa":"\u03c9\u03b9","\u1fab":"\u03c9\u03b9","\u1fac":"\u03c9\u03b9","\u1fad":"\u03c9\u03b9","\u1fae":"\u03c9\u03b9","\u1faf":"\u03c9\u03b9","\u1fb0":"\u03b1","\u1fb1":"\u03b1","\u1fb2":"\u03b1\u03b9","\u1fb3":"\u03b1\u03b9","\u1fb4":"\u03b1\u03b9","\u1fb6":"\u03b1","\u1fb7":"\u03b1\u03b9","\u1fb8":"\u03b1","\u1fb9":"\u03b1","\u1fba":"\u03b1","\u1fbb":"\u03b1","\u1fbc":"\u03b1\u03b9","\u1fbd":" ","\u1fbe":"\u03b9","\u1fbf":" ","\u1fc0":" ","\u1fc1":" ","\u1fc2":"\u03b7\u03b9","\u1fc3":"\u03b7\u03b9","\u1fc4":"\u03b7\u03b9","\u1fc6":"\u03b7","\u1fc7":"\u03b7\u03b9","\u1fc8":"\u03b5","\u1fc9":"\u03b5","\u1fca":"\u03b7","\u1fcb":"\u03b7","\u1fcc":"\u03b7\u03b9","\u1fcd":" ","\u1fce":" ","\u1fcf":" ","\u1fd0":"\u03b9","\u1fd1":"\u03b9","\u1fd2":"\u03b9","\u1fd3":"\u03b9","\u1fd6":"\u03b9","\u1fd7":"\u03b9","\u1fd8":"\u03b9","\u1fd9":"\u03b9","\u1fda":"\u03b9","\u1fdb":"\u03b9","\u1fdd":" ","\u1fde":" ","\u1fdf":" ","\u1fe0":"\u03c5","\u1fe1":"\u03c5","\u1fe2":"\u03c5","\u1fe3":"\u03c5","\u1fe4":"\u03c1","\u1fe5":"\u03c1","\u1fe6":"\u03c5","\u1fe7":"\u03c5","\u1fe8":"\u03c5","\u1fe9":"\u03c5","\u1fea":"\u03c5","\u1feb":"\u03c5","\u1fec":"\u03c1","\u1fed":" ","\u1fee":" ","\u1fef":" ","\u1ff2":"\u03c9\u03b9","\u1ff3":"\u03c9\u03b9","\u1ff4":"\u03c9\u03b9","\u1ff6":"\u03c9","\u1ff7":"\u03c9\u03b9","\u1ff8":"\u03bf","\u1ff9":"\u03bf","\u1ffa":"\u03c9","\u1ffb":"\u03c9","\u1ffc":"\u03c9\u03b9","\u1ffd":" ","\u1ffe":" ","\u2000":" ","\u2001":" ","\u2002":" ","\u2003":" ","\u2004":" ","\u2005":" ","\u2006":" ","\u2007":" ","\u2008":" ","\u2009":" ","\u200a":" ","\u200b":"","\u200c":"","\u200d":"","\u200e":"","\u200f":"","\u2010":" ","\u2011":" ","\u2012":" ","\u2013":" ","\u2014":" ","\u2015":" ","\u2017":" ","\u2018":" ","\u2019":" ","\u201a":" ","\u201b":" ","\u201c":" ","\u201d":" ","\u201e":" ","\u201f":" ","\u2024":" ","\u2025":"  ","\u2026":"   ","\u2028":" ","\u2029":" ","\u202a":"","\u202b":"","\u202c":"","\u202d":"","\u202e":"","\u202f":" ","\u2033":"\u2032\u2032","\u2034":"\u2032\u2032\u2032","\u2036":"\u2035\u2035","\u2037":"\u2035\u2035\u2035","\u2039":" ","\u203a":" ","\u203c":"!!","\u203e":" ","\u2043":" ","\u2045":" ","\u2046":" ","\u2047":"??","\u2048":"?!","\u2049":"!?","\u2057":"\u2032\u2032\u2032\u2032","\u205f":" ","\u2060":"","\u2061":"","\u2062":"","\u2063":"","\u2064":"","\u2066":"","\u2067":"","\u2068":"","\u2069":"","\u206a":"","\u206b":"","\u206c":"","\u206d":"","\u206e":"","\u206f":"","\u2070":"0","\u2071":"i","\u2074":"4","\u2075":"5","\u2076":"6","\u2077":"7","\u2078":"8","\u2079":"9","\u207a":" + ","\u207b":" ","\u207c":"=","\u207d":" ","\u207e":" ","\u207f":"n","\u2080":"0","\u2081":"1","\u2082":"2","\u2083":"3","\u2084":"4","\u2085":"5","\u2086":"6","\u2087":"7","\u2088":"8","\u2089":"9","\u208a":" + ","\u208b":" ","\u208c":"=","\u208d":" ","\u208e":" ","\u2090":"a","\u2091":"e","\u2092":"o","\u2093":"x","\u2094":"\u0259","\u2095":"h","\u2096":"k","\u2097":"l","\u2098":"m","\u2099":"n","\u209a":"p","\u209b":"s","\u209c":"t","\u20a8":"rs","\u20d0":"","\u20d1":"","\u20d2":"","\u20d3":"","\u20d4":"","\u20d5":"","\u20d6":"","\u20d7":"","\u20d8":"","\u20d9":"","\u20da":"","\u20db":"","\u20dc":"","\u20e1":"","\u20e5":"","\u20e6":"","\u20e7":"","\u20e8":"","\u20e9":"","\u20ea":"","\u20eb":"","\u20ec":"","\u20ed":"","\u20ee":"","\u20ef":"","\u20f0":"","\u2100":"a c","\u2101":"a s","\u2102":"c","\u2103":"\u00b0c","\u2105":"c o","\u2106":"c u","\u2107":"\u025b","\u2109":"\u00b0f","\u210a":"g","\u210b":"h","\u210c":"h","\u210d":"h","\u210e":"h","\u210f":"\u0127","\u2110":"i","\u2111":"i","\u2112":"l","\u2113":"l","\u2115":"n","\u2116":"no","\u2119":"p","\u211a":"q","\u211b":"r","\u211c":"r","\u211d":"r","\u2120":"sm","\u2121":"tel","\u2122":"tm","\u2124":"z","\u2126":"\u03c9","\u2128":"z","\u212a":"k","\u212b":"a","\u212c":"b","\u212d":"c","\u212f":"e","\u2130":"e","\u2131":"f","\u2132":"\u214e","\u2133":"m","\u2134":"o","\u2135":"\u05d0","\u2136":"\u05d1","\u2137":"\u05d2","\u2138":"\u05d3","\u2139":"i","\u213b":"fax","\u213c":"\u03c0","\u213d":"\u03b3","\u213e":"\u03b3","\u213f":"\u03c0","\u2140":"\u2211","\u2145":"d","\u2146":"d","\u2147":"e","\u2148":"i","\u2149":"j","\u2150":"1\u20447","\u2151":"1\u20449","\u2152":"1\u204410","\u2153":"1\u20443","\u2154":"2\u20443","\u2155":"1\u20445","\u2156":"2\u20445","\u2157":"3\u20445","\u2158":"4\u20445","\u2159":"1\u20446","\u215a":"5\u20446","\u215b":"1\u20448","\u215c":"3\u20448","\u215d":"5\u20448","\u215e":"7\u20448","\u215f":"1\u2044","\u2160":"i","\u2161":"ii","\u2162":"iii","\u2163":"iv","\u2164":"v","\u2165":"vi","\u2166":"vii","\u2167":"viii","\u2168":"ix","\u2169":"x","\u216a":"xi","\u216b":"xii","\u216c":"l","\u216d":"c","\u216e":"d","\u216f":"m","\u2170":"i","\u2171":"ii","\u2172":"iii","\u2173":"iv","\u2174":"v","\u2175":"vi","\u2176":"vii","\u2177":"viii","\u2178":"ix","\u2179":"x","\u217a":"xi","\u217b":"xii","\u217c":"l","\u217d":"c","\u217e":"d","\u217f":"m","\u2183":"\u2184","\u2189":"0\u20443","\u219a":"\u2190","\u219b":"\u2192","\u21ae":"\u2194","\u21cd":"\u21d0","\u21ce":"\u21d4","\u21cf":"\u21d2","\u2204":"\u2203","\u2209":"\u2208","\u220c":"\u220b","\u2212":" ","\u2224":"\u2223","\u2226":"\u2225","\u222c":"\u222b\u222b","\u222d":"\u222b\u222b\u222b","\u222f":"\u222e\u222e","\u2230":"\u222e\u222e\u222e","\u2241":"\u223c","\u2244":"\u2243","\u2247":"\u2245","\u2249":"\u2248","\u2260":"=","\u2262":"\u2261","\u226d":"\u224d","\u226e":"<","\u226f":">","\u2270":"\u2264","\u2271":"\u2265","\u2274":"\u2272","\u2275":"\u2273","\u2278":"\u2276","\u2279":"\u2277","\u2280":"\u227a","\u2281":"\u227b","\u2284":"\u2282","\u2285":"\u2283","\u2288":"\u2286","\u2289":"\u2287","\u22ac":"\u22a2","\u22ad":"\u22a8","\u22ae":"\u22a9","\u22af":"\u22ab","\u22e0":"\u227c","\u22e1":"\u227d","\u22e2":"\u2291","\u22e3":"\u2292","\u22ea":"\u22b2","\u22eb":"\u22b3","\u22ec":"\u22b4","\u22ed":"\u22b5","\u2308":" ","\u2309":" ","\u230a":" ","\u230b":" ","\u2329":" ","\u232a":" ","\u2460":"1","\u2461":"2","\u2462":"3","\u2463":"4","\u2464":"5","\u2465":"6","\u2466":"7","\u2467":"8","\u2468":"9","\u2469":"10","\u246a":"11","\u246b":"12","\u246c":"13","\u246d":"14","\u246e":"15","\u246f":"16","\u2470":"17","\u2471":"18","\u2472":"19","\u2473":"20","\u2474":" 1 ","\u2475":" 2 ","\u2476":" 3 ","\u2477":" 4 ","\u2478":" 5 ","\u2479":" 6 ","\u247a":" 7 ","\u247b":" 8 ","\u247c":" 9 ","\u247d":" 10 ","\u247e":" 11 ","\u247f":" 12 ","\u2480":" 13 ","\u2481":" 14 ","\u2482":" 15 ","\u2483":" 16 ","\u2484":" 17 ","\u2485":" 18 ","\u2486":" 19 ","\u2487":" 20 ","\u2488":"1 ","\u2489":"2 ","\u248a":"3 ","\u248b":"4 ","\u248c":"5 ","\u248d":"6 ","\u248e":"7 ","\u248f":"8 ","\u2490":"9 ","\u2491":"10 ","\u2492":"11 ","\u2493":"12 ","\u2494":"13 ","\u2495":"14 ","\u2496":"15 ","\u2497":"16 ","\u2498":"17 ","\u2499":"18 ","\u249a":"19 ","\u249b":"20 ","\u249c":" a ","\u249d":" b ","\u249e":" c ","\u249f":" d ","\u24a0":" e ","\u24a1":" f ","\u24a2":" g ","\u24a3":" h ","\u24a4":" i ","\u24a5":" j ","\u24a6":" k ","\u24a7":" l ","\u24a8":" m ","\u24a9":" n ","\u24aa":" o ","\u24ab":" p ","\u24ac":" q ","\u24ad":" r ","\u24ae":" s ","\u24af":" t ","\u24b0":" u ","\u24b1":" v ","\u24b2":" w ","\u24b3":" x ","\u24b4":" y ","\u24b5":" z ","\u24b6":"a","\u24b7":"b","\u24b8":"c","\u24b9":"d","\u24ba":"e","\u24bb":"f","\u24bc":"g","\u24bd":"h","\u24be":"i","\u24bf":"j","\u24c0":"k","\u24c1":"l","\u24c2":"m","\u24c3":"n","\u24c4":"o","\u24c5":"p","\u24c6":"q","\u24c7":"r","\u24c8":"s","\u24c9":"t","\u24ca":"u","\u24cb":"v","\u24cc":"w","\u24cd":"x","\u24ce":"y","\u24cf":"z","\u24d0":"a","\u24d1":"b","\u24d2":"c","\u24d3":"d","\u24d4":"e","\u24d5":"f","\u24d6":"g","\u24d7":"h","\u24d8":"i","\u24d9":"j","\u24da":"k","\u24db":"l","\u24dc":"m","\u24dd":"n","\u24de":"o","\u24df":"p","\u24e0":"q","\u24e1":"r","\u24e2":"s","\u24e3":"t","\u24e4":"u","\u24e5":"v","\u24e6":"w","\u24e7":"x","\u24e8":"y","\u24e9":"z","\u24ea":"0","\u2768":" ","\u2769":" ","\u276a":" ","\u276b":" ","\u276c":" ","\u276d":" ","\u276e":" ","\u276f":" ","\u2770":" ","\u2771":" ","\u2772":" ","\u2773":" ","\u2774":" ","\u2775":" ","\u27c5":" ","\u27c6":" ","\u27e6":" ","\u27e7":" ","\u27e8":" ","\u27e9":" ","\u27ea":" ","\u27eb":" ","\u27ec":" ","\u27ed":" ","\u27ee":" ","\u27ef":" ","\u2983":" ","\u2984":" ","\u2985":" ","\u2986":" ","\u2987":" ","\u2988":" ","\u2989":" ","\u298a":" ","\u298b":" ","\u298c":" ","\u298d":" ","\u298e":" ","\u298f":" ","\u2990":" ","\u2991":" ","\u2992":" ","\u2993":" ","\u2994":" ","\u2995":" ","\u2996":" ","\u2997":" ","\u2998":" ","\u29d8":" ","\u29d9":" ","\u29da":" ","\u29db":" ","\u29fc":" ","\u29fd":" ","\u2a0c":"\u222b\u222b\u222b\u222b","\u2a74":"  =","\u2a75":"==","\u2a76":"===","\u2adc":"\u2add","\u2c00":"\u2c30","\u2c01":"\u2c31","\u2c02":"\u2c32","\u2c03":"\u2c33","\u2c04":"\u2c34","\u2c05":"\u2c35","\u2c06":"\u2c36","\u2c07":"\u2c37","\u2c08":"\u2c38","\u2c09":"\u2c39","\u2c0a":"\u2c3a","\u2c0b":"\u2c3b","\u2c0c":"\u2c3c","\u2c0d":"\u2c3d","\u2c0e":"\u2c3e","\u2c0f":"\u2c3f","\u2c10":"\u2c40","\u2c11":"\u2c41","\u2c12":"\u2c42","\u2c13":"\u2c43","\u2c14":"\u2c44","\u2c15":"\u2c45","\u2c16":"\u2c46","\u2c17":"\u2c47","\u2c18":"\u2c48","\u2c19":"\u2c49","\u2c1a":"\u2c4a","\u2c1b":"\u2c4b","\u2c1c":"\u2c4c","\u2c1d":"\u2c4d","\u2c1e":"\u2c4e","\u2c1f":"\u2c4f","\u2c20":"\u2c50","\u2c21":"\u2c51","\u2c22":"\u2c52","\u2c23":"\u2c53","\u2c24":"\u2c54","\u2c25":"\u2c55","\u2c26":"\u2c56","\u2c27":"\u2c57","\u2c28":"\u2c58","\u2c29":"\u2c59","\u2c2a":"\u2c5a","\u2c2b":"\u2c5b","\u2c2c":"\u2c5c","\u2c2d":"\u2c5d","\u2c2e":"\u2c5e","\u2c2f":"\u2c5f","\u2c60":"\u2c61","\u2c62":"\u026b","\u2c63":"\u1d7d","\u2c64":"\u027d","\u2c67":"\u2c68","\u2c69":"\u2c6a","\u2c6b":"\u2c6c","\u2c6d":"\u0251","\u2c6e":"\u0271","\u2c6f":"\u0250","\u2c70":"\u0252","\u2c72":"\u2c73","\u2c75":"\u2c76","\u2c7c":"j","\u2c7d":"v","\u2c7e":"\u023f","\u2c7f":"\u0240","\u2c80":"\u2c81","\u2c82":"\u2c83","\u2c84":"\u2c85","\u2c86":"\u2c87","\u2c88":"\u2c89","\u2c8a":"\u2c8b","\u2c8c":"\u2c8d","\u2c8e":"\u2c8f","\u2c90":"\u2c91","\u2c92":"\u2c93","\u2c94":"\u2c95","\u2c96":"\u2c97","\u2c98":"\u2c99","\u2c9a":"\u2c9b","\u2c9c":"\u2c9d","\u2c9e":"\u2c9f","\u2ca0":"\u2ca1","\u2ca2":"\u2ca3","\u2ca4":"\u2ca5","\u2ca6":"\u2ca7","\u2ca8":"\u2ca9","\u2caa":"\u2cab","\u2cac":"\u2cad","\u2cae":"\u2caf","\u2cb0":"\u2cb1","\u2cb2":"\u2cb3","\u2cb4":"\u2cb5","\u2cb6":"\u2cb7","\u2cb8":"\u2cb9","\u2cba":"\u2cbb","\u2cbc":"\u2cbd","\u2cbe":"\u2cbf","\u2cc0":"\u2cc1","\u2cc2":"\u2cc3","\u2cc4":"\u2cc5","\u2cc6":"\u2cc7","\u2cc8":"\u2cc9","\u2cca":"\u2ccb","\u2ccc":"\u2ccd","\u2cce":"\u2ccf","\u2cd0":"\u2cd1","\u2cd2":"\u2cd3","\u2cd4":"\u2cd5","\u2cd6":"\u2cd7","\u2cd8":"\u2cd9","\u2cda":"\u2cdb","\u2cdc":"\u2cdd","\u2cde":"\u2cdf","\u2ce0":"\u2ce1","\u2ce2":"\u2ce3","\u2ceb":"\u2cec","\u2ced":"\u2cee","\u2cef":"","\u2cf0":"","\u2cf1":"","\u2cf2":"\u2cf3","\u2d6f":"\u2d61","\u2d7f":"","\u2de0":"","\u2de1":"","\u2de2":"","\u2de3":"","\u2de4":"","\u2de5":"","\u2de6":"","\u2de7":"","\u2de8":"","\u2de9":"","\u2dea":"","\u2deb":"","\u2dec":"","\u2ded":"","\u2dee":"","\u2def":"","\u2df0":"","\u2df1":"","\u2df2":"","\u2df3":"","\u2df4":"","\u2df5":"","\u2df6":"","\u2df7":"","\u2df8":"","\u2df9":"","\u2dfa":"","\u2dfb":"","\u2dfc":"","\u2dfd":"","\u2dfe":"","\u2dff":"","\u2e02":" ","\u2e03":" ","\u2e04":" ","\u2e05":" ","\u2e09":" ","\u2e0a":" ","\u2e0c":" ","\u2e0d":" ","\u2e17":" ","\u2e1a":" ","\u2e1c":" ","\u2e1d":" ","\u2e20":" ","\u2e21":" ","\u2e22":" ","\u2e23":" ","\u2e24":" ","\u2e25":" ","\u2e26":" ","\u2e27":" ","\u2e28":" ","\u2e29":" ","\u2e3a":" ","\u2e3b":" ","\u2e40":" ","\u2e42":" ","\u2e55":" ","\u2e56":" ","\u2e57":" ","\u2e58":" ","\u2e59":" ","\u2e5a":" ","\u2e5b":" ","\u2e5c":" ","\u2e5d":" ","\u2e9f":"\u6bcd","\u2ef3":"\u9f9f","\u2f00":"\u4e00","\u2f01":"\u4e28","\u2f02":"\u4e36","\u2f03":"\u4e3f","\u2f04":"\u4e59","\u2f05":"\u4e85","\u2f06":"\u4e8c","\u2f07":"\u4ea0","\u2f08":"\u4eba","\u2f09":"\u513f","\u2f0a":"\u5165","\u2f0b":"\u516b","\u2f0c":"\u5182","\u2f0d":"\u5196","\u2f0e":"\u51ab","\u2f0f":"\u51e0","\u2f10":"\u51f5","\u2f11":"\u5200","\u2f12":"\u529b","\u2f13":"\u52f9","\u2f14":"\u5315","\u2f15":"\u531a","\u2f16":"\u5338","\u2f17":"\u5341","\u2f18":"\u535c","\u2f19":"\u5369","\u2f1a":"\u5382","\u2f1b":"\u53b6","\u2f1c":"\u53c8","\u2f1d":"\u53e3","\u2f1e":"\u56d7","\u2f1f":"\u571f","\u2f20":"\u58eb","\u2f21":"\u5902","\u2f22":"\u590a","\u2f23":"\u5915","\u2f24":"\u5927","\u2f25":"\u5973","\u2f26":"\u5b50","\u2f27":"\u5b80","\u2f28":"\u5bf8","\u2f29":"\u5c0f","\u2f2a":"\u5c22","\u2f2b":"\u5c38","\u2f2c":"\u5c6e","\u2f2d":"\u5c71","\u2f2e":"\u5ddb","\u2f2f":"\u5de5","\u2f30":"\u5df1","\u2f31":"\u5dfe","\u2f32":"\u5e72","\u2f33":"\u5e7a","\u2f34":"\u5e7f","\u2f35":"\u5ef4","\u2f36":"\u5efe","\u2f37":"\u5f0b","\u2f38":"\u5f13","\u2f39":"\u5f50","\u2f3a":"\u5f61","\u2f3b":"\u5f73","\u2f3c":"\u5fc3","\u2f3d":"\u6208","\u2f3e":"\u6236","\u2f3f":"\u624b","\u2f40":"\u652f","\u2f41":"\u6534","\u2f42":"\u6587","\u2f43":"\u6597","\u2f44":"\u65a4","\u2f45":"\u65b9","\u2f46":"\u65e0","\u2f47":"\u65e5","\u2f48":"\u66f0","\u2f49":"\u6708","\u2f4a":"\u6728","\u2f4b":"\u6b20","\u2f4c":"\u6b62","\u2f4d":"\u6b79","\u2f4e":"\u6bb3","\u2f4f":"\u6bcb","\u2f50":"\u6bd4","\u2f51":"\u6bdb","\u2f52":"\u6c0f","\u2f53":"\u6c14","\u2f54":"\u6c34","\u2f55":"\u706b","\u2f56":"\u722a","\u2f57":"\u7236","\u2f58":"\u723b","\u2f59":"\u723f","\u2f5a":"\u7247","\u2f5b":"\u7259","\u2f5c":"\u725b","\u2f5d":"\u72ac","\u2f5e":"\u7384","\u2f5f":"\u7389","\u2f60":"\u74dc","\u2f61":"\u74e6","\u2f62":"\u7518","\u2f63":"\u751f","\u2f64":"\u7528","\u2f65":"\u7530","\u2f66":"\u758b","\u2f67":"\u7592","\u2f68":"\u7676","\u2f69":"\u767d","\u2f6a":"\u76ae","\u2f6b":"\u76bf","\u2f6c":"\u76ee","\u2f6d":"\u77db","\u2f6e":"\u77e2","\u2f6f":"\u77f3","\u2f70":"\u793a","\u2f71":"\u79b8","\u2f72":"\u79be","\u2f73":"\u7a74","\u2f74":"\u7acb","\u2f75":"\u7af9","\u2f76":"\u7c73","\u2f77":"\u7cf8","\u2f78":"\u7f36","\u2f79":"\u7f51","\u2f7a":"\u7f8a","\u2f7b":"\u7fbd","\u2f7c":"\u8001","\u2f7d":"\u800c","\u2f7e":"\u8012","\u2f7f":"\u8033","\u2f80":"\u807f","\u2f81":"\u8089","\u2f82":"\u81e3","\u2f83":"\u81ea","\u2f84":"\u81f3","\u2f85":"\u81fc","\u2f86":"\u820c","\u2f87":"\u821b","\u2f88":"\u821f","\u2f89":"\u826e","\u2f8a":"\u8272","\u2f8b":"\u8278","\u2f8c":"\u864d","\u2f8d":"\u866b","\u2f8e":"\u8840","\u2f8f":"\u884c","\u2f90":"\u8863","\u2f91":"\u897e","\u2f92":"\u898b","\u2f93":"\u89d2","\u2f94":"\u8a00","\u2f95":"\u8c37","\u2f96":"\u8c46","\u2f97":"\u8c55","\u2f98":"\u8c78","\u2f99":"\u8c9d","\u2f9a":"\u8d64","\u2f9b":"\u8d70","\u2f9c":"\u8db3","\u2f9d":"\u8eab","\u2f9e":"\u8eca","\u2f9f":"\u8f9b","\u2fa0":"\u8fb0","\u2fa1":"\u8fb5","\u2fa2":"\u9091","\u2fa3":"\u9149","\u2fa4":"\u91c6","\u2fa5":"\u91cc","\u2fa6":"\u91d1","\u2fa7":"\u9577","\u2fa8":"\u9580","\u2fa9":"\u961c","\u2faa":"\u96b6","\u2fab":"\u96b9","\u2fac":"\u96e8","\u2fad":"\u9751","\u2fae":"\u975e","\u2faf":"\u9762","\u2fb0":"\u9769","\u2fb1":"\u97cb","\u2fb2":"\u97ed","\u2fb3":"\u97f3","\u2fb4":"\u9801","\u2fb5":"\u98a8","\u2fb6":"\u98db","\u2fb7":"\u98df","\u2fb8":"\u9996","\u2fb9":"\u9999","\u2fba":"\u99ac","\u2fbb":"\u9aa8","\u2fbc":"\u9ad8","\u2fbd":"\u9adf","\u2fbe":"\u9b25","\u2fbf":"\u9b2f","\u2fc0":"\u9b32","\u2fc1":"\u9b3c","\u2fc2":"\u9b5a","\u2fc3":"\u9ce5","\u2fc4":"\u9e75","\u2fc5":"\u9e7f","\u2fc6":"\u9ea5","\u2fc7":"\u9ebb","\u2fc8":"\u9ec3","\u2fc9":"\u9ecd","\u2fca":"\u9ed1","\u2fcb":"\u9ef9","\u2fcc":"\u9efd","\u2fcd":"\u9f0e","\u2fce":"\u9f13","\u2fcf":"\u9f20","\u2fd0":"\u9f3b","\u2fd1":"\u9f4a","\u2fd2":"\u9f52","\u2fd3":"\u9f8d","\u2fd4":"\u9f9c","\u2fd5":"\u9fa0","\u3000":" ","\u3008":" ","\u3009":" ","\u300a":" ","\u300b":" ","\u300c":" ","\u300d":" ","\u300e":" ","\u300f":" ","\u3010":" ","\u3011":" ","\u3014":" ","\u3015":" ","\u3016":" ","\u3017":" ","\u3018":" ","\u3019":" ","\u301a":" ","\u301b":" ","\u301c":" ","\u301d":" ","\u301e":" ","\u301f":" ","\u302a":"","\u302b":"","\u302c":"","\u302d":"","\u3030":" ","\u3036":"\u3012","\u3038":"\u5341","\u3039":"\u5344","\u303a":"\u5345","\u304c":"\u304b","\u304e":"\u304d","\u3050":"\u304f","\u3052":"\u3051","\u3054":"\u3053","\u3056":"\u3055","\u3058":"\u3057","\u305a":"\u3059","\u305c":"\u305b","\u305e":"\u305d","\u3060":"\u305f","\u3062":"\u3061","\u3065":"\u3064","\u3067":"\u3066","\u3069":"\u3068","\u3070":"\u306f","\u3071":"\u306f","\u3073":"\u3072","\u3074":"\u3072","\u3076":"\u3075","\u3077":"\u3075","\u3079":"\u3078","\u307a":"\u3078","\u307c":"\u307b","\u307d":"\u307b","\u3094":"\u3046","\u3099":"","\u309a":"","\u309b":" ","\u309c":" ","\u309e":"\u309d","\u309f":"\u3088\u308a","\u30a0":" ","\u30ac":"\u30ab","\u30ae":"\u30ad","\u30b0":"\u30af","\u30b2":"\u30b1","\u30b4":"\u30b3","\u30b6":"\u30b5","\u30b8":"\u30b7","\u30ba":"\u30b9","\u30bc":"\u30bb","\u30be":"\u30bd","\u30c0":"\u30bf","\u30c2":"\u30c1","\u30c5":"\u30c4","\u30c7":"\u30c6","\u30c9":"\u30c8","\u30d0":"\u30cf","\u30d1":"\u30cf","\u30d3":"\u30d2","\u30d4":"\u30d2","\u30d6":"\u30d5","\u30d7":"\u30d5","\u30d9":"\u30d8","\u30da":"\u30d8","\u30dc":"\u30db","\u30dd":"\u30db","\u30f4":"\u30a6","\u30f7":"\u30ef","\u30f8":"\u30f0","\u30f9":"\u30f1","\u30fa":"\u30f2","\u30fe":"\u30fd","\u30ff":"\u30b3\u30c8","\u3131":"\u1100","\u3132":"\u1101","\u3133":"\u11aa","\u3134":"\u1102","\u3135":"\u11ac","\u3136":"\u11ad","\u3137":"\u1103","\u3138":"\u1104","\u3139":"\u1105","\u313a":"\u11b0","\u313b":"\u11b1","\u313c":"\u11b2","\u313d":"\u11b3","\u313e":"\u11b4","\u313f":"\u11b5","\u3140":"\u111a","\u3141":"\u1106","\u3142":"\u1107","\u3143":"\u1108","\u3144":"\u1121","\u3145":"\u1109","\u3146":"\u110a","\u3147":"\u110b","\u3148":"\u110c","\u3149":"\u110d","\u314a":"\u110e","\u314b":"\u110f","\u314c":"\u1110","\u314d":"\u1111","\u314e":"\u1112","\u314f":"\u1161","\u3150":"\u1162","\u3151":"\u1163","\u3152":"\u1164","\u3153":"\u1165","\u3154":"\u1166","\u3155":"\u1167","\u3156":"\u1168","\u3157":"\u1169","\u3158":"\u116a","\u3159":"\u116b","\u315a":"\u116c","\u315b":"\u116d","\u315c":"\u116e","\u315d":"\u116f","\u315e":"\u1170","\u315f":"\u1171","\u3160":"\u1172","\u3161":"\u1173","\u3162":"\u1174","\u3163":"\u1175","\u3164":"\u1160","\u3165":"\u1114","\u3166":"\u1115","\u3167":"\u11c7","\u3168":"\u11c8","\u3169":"\u11cc","\u316a":"\u11ce","\u316b":"\u11d3","\u316c":"\u11d7","\u316d":"\u11d9","\u316e":"\u111c","\u316f":"\u11dd","\u3170":"\u11df","\u3171":"\u111d","\u3172":"\u111e","\u3173":"\u1120","\u3174":"\u1122","\u3175":"\u1123","\u3176":"\u1127","\u3177":"\u1129","\u3178":"\u112b","\u3179":"\u112c","\u317a":"\u112d","\u317b":"\u112e","\u317c":"\u112f","\u317d":"\u1132","\u317e":"\u1136","\u317f":"\u1140","\u3180":"\u1147","\u3181":"\u114c","\u3182":"\u11f1","\u3183":"\u11f2","\u3184":"\u1157","\u3185":"\u1158","\u3186":"\u1159","\u3187":"\u1184","\u3188":"\u1185","\u3189":"\u1188","\u318a":"\u1191","\u318b":"\u1192","\u318c":"\u1194","\u318d":"\u119e","\u318e":"\u11a1","\u3192":"\u4e00","\u3193":"\u4e8c","\u3194":"\u4e09","\u3195":"\u56db","\u3196":"\u4e0a","\u3197":"\u4e2d","\u3198":"\u4e0b","\u3199":"\u7532","\u319a":"\u4e59","\u319b":"\u4e19","\u319c":"\u4e01","\u319d":"\u5929","\u319e":"\u5730","\u319f":"\u4eba","\u3200":" \u1100 ","\u3201":" \u1102 ","\u3202":" \u1103 ","\u3203":" \u1105 ","\u3204":" \u1106 ","\u3205":" \u1107 ","\u3206":" \u1109 ","\u3207":" \u110b ","\u3208":" \u110c ","\u3209":" \u110e ","\u320a":" \u110f ","\u320b":" \u1110 ","\u320c":" \u1111 ","\u320d":" \u1112 ","\u320e":" \uac00 ","\u320f":" \ub098 ","\u3210":" \ub2e4 ","\u3211":" \ub77c ","\u3212":" \ub9c8 ","\u3213":" \ubc14 ","\u3214":" \uc0ac ","\u3215":" \uc544 ","\u3216":" \uc790 ","\u3217":" \ucc28 ","\u3218":" \uce74 ","\u3219":" \ud0c0 ","\u321a":" \ud30c ","\u321b":" \ud558 ","\u321c":" \uc8fc ","\u321d":" \uc624\uc804 ","\u321e":" \uc624\ud6c4 ","\u3220":" \u4e00 ","\u3221":" \u4e8c ","\u3222":" \u4e09 ","\u3223":" \u56db ","\u3224":" \u4e94 ","\u3225":" \u516d ","\u3226":" \u4e03 ","\u3227":" \u516b ","\u3228":" \u4e5d ","\u3229":" \u5341 ","\u322a":" \u6708 ","\u322b":" \u706b ","\u322c":" \u6c34 ","\u322d":" \u6728 ","\u322e":" \u91d1 ","\u322f":" \u571f ","\u3230":" \u65e5 ","\u3231":" \u682a ","\u3232":" \u6709 ","\u3233":" \u793e ","\u3234":" \u540d ","\u3235":" \u7279 ","\u3236":" \u8ca1 ","\u3237":" \u795d ","\u3238":" \u52b4 ","\u3239":" \u4ee3 ","\u323a":" \u547c ","\u323b":" \u5b66 ","\u323c":" \u76e3 ","\u323d":" \u4f01 ","\u323e":" \u8cc7 ","\u323f":" \u5354 ","\u3240":" \u796d ","\u3241":" \u4f11 ","\u3242":" \u81ea ","\u3243":" \u81f3 ","\u3244":"\u554f","\u3245":"\u5e7c","\u3246":"\u6587","\u3247":"\u7b8f","\u3250":"pte","\u3251":"21","\u3252":"22","\u3253":"23","\u3254":"24","\u3255":"25","\u3256":"26","\u3257":"27","\u3258":"28","\u3259":"29","\u325a":"30","\u325b":"31","\u325c":"32","\u325d":"33","\u325e":"34","\u325f":"35","\u3260":"\u1100","\u3261":"\u1102","\u3262":"\u1103","\u3263":"\u1105","\u3264":"\u1106","\u3265":"\u1107","\u3266":"\u1109","\u3267":"\u110b","\u3268":"\u110c","\u3269":"\u110e","\u326a":"\u110f","\u326b":"\u1110","\u326c":"\u1111","\u326d":"\u1112","\u326e":"\uac00","\u326f":"\ub098","\u3270":"\ub2e4","\u3271":"\ub77c","\u3272":"\ub9c8","\u3273":"\ubc14","\u3274":"\uc0ac","\u3275":"\uc544","\u3276":"\uc790","\u3277":"\ucc28","\u3278":"\uce74","\u3279":"\ud0c0","\u327a":"\ud30c","\u327b":"\ud558","\u327c":"\ucc38\uace0","\u327d":"\uc8fc\uc758","\u327e":"\uc6b0","\u3280":"\u4e00","\u3281":"\u4e8c","\u3282":"\u4e09","\u3283":"\u56db","\u3284":"\u4e94","\u3285":"\u516d","\u3286":"\u4e03","\u3287":"\u516b","\u3288":"\u4e5d","\u3289":"\u5341","\u328a":"\u6708","\u328b":"\u706b","\u328c":"\u6c34","\u328d":"\u6728","\u328e":"\u91d1","\u328f":"\u571f","\u3290":"\u65e5","\u3291":"\u682a","\u3292":"\u6709","\u3293":"\u793e","\u3294":"\u540d","\u3295":"\u7279","\u3296":"\u8ca1","\u3297":"\u795d","\u3298":"\u52b4","\u3299":"\u79d8","\u329a":"\u7537","\u329b":"\u5973","\u329c":"\u9069","\u329d":"\u512a","\u329e":"\u5370","\u329f":"\u6ce8","\u32a0":"\u9805","\u32a1":"\u4f11","\u32a2":"\u5199","\u32a3":"\u6b63","\u32a4":"\u4e0a","\u32a5":"\u4e2d","\u32a6":"\u4e0b","\u32a7":"\u5de6","\u32a8":"\u53f3","\u32a9":"\u533b","\u32aa":"\u5b97","\u32ab":"\u5b66","\u32ac":"\u76e3","\u32ad":"\u4f01","\u32ae":"\u8cc7","\u32af":"\u5354","\u32b0":"\u591c","\u32b1":"36","\u32b2":"37","\u32b3":"38","\u32b4":"39","\u32b5":"40","\u32b6":"41","\u32b7":"42","\u32b8":"43","\u32b9":"44","\u32ba":"45","\u32bb":"46","\u32bc":"47","\u32bd":"48","\u32be":"49","\u32bf":"50","\u32c0":"1\u6708","\u32c1":"2\u6708","\u32c2":"3\u6708","\u32c3":"4\u6708","\u32c4":"5\u6708","\u32c5":"6\u6708","\u32c6":"7\u6708","\u32c7":"8\u6708","\u32c8":"9\u6708","\u32c9":"10\u6708","\u32ca":"11\u6708","\u32cb":"12\u6708","\u32cc":"hg","\u32cd":"erg","\u32ce":"ev","\u32cf":"ltd","\u32d0":"\u30a2","\u32d1":"\u30a4","\u32d2":"\u30a6","\u32d3":"\u30a8","\u32d4":"\u30aa","\u32d5":"\u30ab","\u32d6":"\u30ad","\u32d7":"\u30af","\u32d8":"\u30b1","\u32d9":"\u30b3","\u32da":"\u30b5","\u32db":"\u30b7","\u32dc":"\u30b9","\u32dd":"\u30bb","\u32de":"\u30bd","\u32df":"\u30bf","\u32e0":"\u30c1","\u32e1":"\u30c4","\u32e2":"\u30c6","\u32e3":"\u30c8","\u32e4":"\u30ca","\u32e5":"\u30cb","\u32e6":"\u30cc","\u32e7":"\u30cd","\u32e8":"\u30ce","\u32e9":"\u30cf","\u32ea":"\u30d2","\u32eb":"\u30d5","\u32ec":"\u30d8","\u32ed":"\u30db","\u32ee":"\u30de","\u32ef":"\u30df","\u32f0":"\u30e0","\u32f1":"\u30e1","\u32f2":"\u30e2","\u32f3":"\u30e4","\u32f4":"\u30e6","\u32f5":"\u30e8","\u32f6":"\u30e9","\u32f7":"\u30ea","\u32f8":"\u30eb","\u32f9":"\u30ec","\u32fa":"\u30ed","\u32fb":"\u30ef","\u32fc":"\u30f0","\u32fd":"\u30f1","\u32fe":"\u30f2","\u32ff":"\u4ee4\u548c","\u3300":"\u30a2\u30cf\u30fc\u30c8","\u3301":"\u30a2\u30eb\u30d5\u30a1","\u3302":"\u30a2\u30f3\u30d8\u30a2","\u3303":"\u30a2\u30fc\u30eb","\u3304":"\u30a4\u30cb\u30f3\u30af","\u3305":"\u30a4\u30f3\u30c1","\u3306":"\u30a6\u30a9\u30f3","\u3307":"\u30a8\u30b9\u30af\u30fc\u30c8","\u3308":"\u30a8\u30fc\u30ab\u30fc","\u3309":"\u30aa\u30f3\u30b9","\u330a":"\u30aa\u30fc\u30e0","\u330b":"\u30ab\u30a4\u30ea","\u330c":"\u30ab\u30e9\u30c3\u30c8","\u330d":"\u30ab\u30ed\u30ea\u30fc","\u330e":"\u30ab\u30ed\u30f3","\u330f":"\u30ab\u30f3\u30de","\u3310":"\u30ad\u30ab","\u3311":"\u30ad\u30cb\u30fc","\u3312":"\u30ad\u30e5\u30ea\u30fc","\u3313":"\u30ad\u30eb\u30bf\u30fc","\u3314":"\u30ad\u30ed","\u3315":"\u30ad\u30ed\u30af\u30e9\u30e0","\u3316":"\u30ad\u30ed\u30e1\u30fc\u30c8\u30eb","\u3317":"\u30ad\u30ed\u30ef\u30c3\u30c8","\u3318":"\u30af\u30e9\u30e0","\u3319":"\u30af\u30e9\u30e0\u30c8\u30f3","\u331a":"\u30af\u30eb\u30bb\u30a4\u30ed","\u331b":"\u30af\u30ed\u30fc\u30cd","\u331c":"\u30b1\u30fc\u30b9","\u331d":"\u30b3\u30eb\u30ca","\u331e":"\u30b3\u30fc\u30db","\u331f":"\u30b5\u30a4\u30af\u30eb","\u3320":"\u30b5\u30f3\u30c1\u30fc\u30e0","\u3321":"\u30b7\u30ea\u30f3\u30af","\u3322":"\u30bb\u30f3\u30c1","\u3323":"\u30bb\u30f3\u30c8","\u3324":"\u30bf\u30fc\u30b9","\u3325":"\u30c6\u30b7","\u3326":"\u30c8\u30eb","\u3327":"\u30c8\u30f3","\u3328":"\u30ca\u30ce","\u3329":"\u30ce\u30c3\u30c8","\u332a":"\u30cf\u30a4\u30c4","\u332b":"\u30cf\u30fc\u30bb\u30f3\u30c8","\u332c":"\u30cf\u30fc\u30c4","\u332d":"\u30cf\u30fc\u30ec\u30eb","\u332e":"\u30d2\u30a2\u30b9\u30c8\u30eb","\u332f":"\u30d2\u30af\u30eb","\u3330":"\u30d2\u30b3","\u3331":"\u30d2\u30eb","\u3332":"\u30d5\u30a1\u30e9\u30c3\u30c8","\u3333":"\u30d5\u30a3\u30fc\u30c8","\u3334":"\u30d5\u30c3\u30b7\u30a7\u30eb","\u3335":"\u30d5\u30e9\u30f3","\u3336":"\u30d8\u30af\u30bf\u30fc\u30eb","\u3337":"\u30d8\u30bd","\u3338":"\u30d8\u30cb\u30d2","\u3339":"\u30d8\u30eb\u30c4","\u333a":"\u30d8\u30f3\u30b9","\u333b":"\u30d8\u30fc\u30b7","\u333c":"\u30d8\u30fc\u30bf","\u333d":"\u30db\u30a4\u30f3\u30c8","\u333e":"\u30db\u30eb\u30c8","\u333f":"\u30db\u30f3","\u3340":"\u30db\u30f3\u30c8","\u3341":"\u30db\u30fc\u30eb","\u3342":"\u30db\u30fc\u30f3","\u3343":"\u30de\u30a4\u30af\u30ed","\u3344":"\u30de\u30a4\u30eb","\u3345":"\u30de\u30c3\u30cf","\u3346":"\u30de\u30eb\u30af","\u3347":"\u30de\u30f3\u30b7\u30e7\u30f3","\u3348":"\u30df\u30af\u30ed\u30f3","\u3349":"\u30df\u30ea","\u334a":"\u30df\u30ea\u30cf\u30fc\u30eb","\u334b":"\u30e1\u30ab","\u334c":"\u30e1\u30ab\u30c8\u30f3","\u334d":"\u30e1\u30fc\u30c8\u30eb","\u334e":"\u30e4\u30fc\u30c8","\u334f":"\u30e4\u30fc\u30eb","\u3350":"\u30e6\u30a2\u30f3","\u3351":"\u30ea\u30c3\u30c8\u30eb","\u3352":"\u30ea\u30e9","\u3353":"\u30eb\u30d2\u30fc","\u3354":"\u30eb\u30fc\u30d5\u30eb","\u3355":"\u30ec\u30e0","\u3356":"\u30ec\u30f3\u30c8\u30b1\u30f3","\u3357":"\u30ef\u30c3\u30c8","\u3358":"0\u70b9","\u3359":"1\u70b9","\u335a":"2\u70b9","\u335b":"3\u70b9","\u335c":"4\u70b9","\u335d":"5\u70b9","\u335e":"6\u70b9","\u335f":"7\u70b9","\u3360":"8\u70b9","\u3361":"9\u70b9","\u3362":"10\u70b9","\u3363":"11\u70b9","\u3364":"12\u70b9","\u3365":"13\u70b9","\u3366":"14\u70b9","\u3367":"15\u70b9","\u3368":"16\u70b9","\u3369":"17\u70b9","\u336a":"18\u70b9","\u336b":"19\u70b9","\u336c":"20\u70b9","\u336d":"21\u70b9","\u336e":"22\u70b9","\u336f":"23\u70b9","\u3370":"24\u70b9","\u3371":"hpa","\u3372":"da","\u3373":"au","\u3374":"bar","\u3375":"ov","\u3376":"pc","\u3377":"dm","\u3378":"dm2","\u3379":"dm3","\u337a":"iu","\u337b":"\u5e73\u6210","\u337c":"\u662d\u548c","\u337d":"\u5927\u6b63","\u337e":"\u660e\u6cbb","\u337f":"\u682a\u5f0f\u4f1a\u793e","\u3380":"pa","\u3381":"na","\u3382":"\u03bca","\u3383":"ma","\u3384":"ka","\u3385":"kb","\u3386":"mb","\u3387":"gb","\u3388":"cal","\u3389":"kcal","\u338a":"pf","\u338b":"nf","\u338c":"\u03bcf","\u338d":"\u03bcg","\u338e":"mg","\u338f":"kg","\u3390":"hz","\u3391":"khz","\u3392":"mhz","\u3393":"ghz","\u3394":"thz","\u3395":"\u03bcl","\u3396":"ml","\u3397":"dl","\u3398":"kl","\u3399":"fm","\u339a":"nm","\u339b":"\u03bcm","\u339c":"mm","\u339d":"cm","\u339e":"km","\u339f":"mm2","\u33a0":"cm2","\u33a1":"m2","\u33a2":"km2","\u33a3":"mm3","\u33a4":"cm3","\u33a5":"m3","\u33a6":"km3","\u33a7":"m\u2215s","\u33a8":"m\u2215s2","\u33a9":"pa","\u33aa":"kpa","\u33ab":"mpa","\u33ac":"gpa","\u33ad":"rad","\u33ae":"rad\u2215s","\u33af":"rad\u2215s2","\u33b0":"ps","\u33b1":"ns","\u33b2":"\u03bcs","\u33b3":"ms","\u33b4":"pv","\u33b5":"nv","\u33b6":"\u03bcv","\u33b7":"mv","\u33b8":"kv","\u33b9":"mv","\u33ba":"pw","\u33bb":"nw","\u33bc":"\u03bcw","\u33bd":"mw","\u33be":"kw","\u33bf":"mw","\u33c0":"k\u03c9","\u33c1":"m\u03c9","\u33c2":"a m ","\u33c3":"bq","\u33c4":"cc","\u33c5":"cd","\u33c6":"c\u2215kg","\u33c7":"co ","\u33c8":"db","\u33c9":"gy","\u33ca":"ha","\u33cb":"hp","\u33cc":"in","\u33cd":"kk","\u33ce":"km","\u33cf":"kt","\u33d0":"lm","\u33d1":"ln","\u33d2":"log","\u33d3":"lx","\u33d4":"mb","\u33d5":"mil","\u33d6":"mol","\u33d7":"ph","\u33d8":"p m ","\u33d9":"ppm","\u33da":"pr","\u33db":"sr","\u33dc":"sv","\u33dd":"wb","\u33de":"v\u2215m","\u33df":"a\u2215m","\u33e0":"1\u65e5","\u33e1":"2\u65e5","\u33e2":"3\u65e5","\u33e3":"4\u65e5","\u33e4":"5\u65e5","\u33e5":"6\u65e5","\u33e6":"7\u65e5","\u33e7":"8\u65e5","\u33e8":"9\u65e5","\u33e9":"10\u65e5","\u33ea":"11\u65e5","\u33eb":"12\u65e5","\u33ec":"13\u65e5","\u33ed":"14\u65e5","\u33ee":"15\u65e5","\u33ef":"16\u65e5","\u33f0":"17\u65e5","\u33f1":"18\u65e5","\u33f2":"19\u65e5","\u33f3":"20\u65e5","\u33f4":"21\u65e5","\u33f5":"22\u65e5","\u33f6":"23\u65e5","\u33f7":"24\u65e5","\u33f8":"25\u65e5","\u33f9":"26\u65e5","\u33fa":"27\u65e5","\u33fb":"28\u65e5","\u33fc":"29\u65e5","\u33fd":"30\u65e5","\u33fe":"31\u65e5","\u33ff":"gal","\ua640":"\ua641","\ua642":"\ua643","\ua644":"\ua645","\ua646":"\ua647","\ua648":"\ua649","\ua64a":"\ua64b","\ua64c":"\ua64d","\ua64e":"\ua64f","\ua650":"\ua651","\ua652":"\ua653","\ua654":"\ua655","\ua656":"\ua657","\ua658":"\ua659","\ua65a":"\ua65b","\ua65c":"\ua65d","\ua65e":"\ua65f","\ua660":"\ua661","\ua662":"\ua663","\ua664":"\ua665","\ua666":"\ua667","\ua668":"\ua669","\ua66a":"\ua66b","\ua66c":"\ua66d","\ua66f":"","\ua674":"","\ua675":"","\ua676":"","\ua677":"","\ua678":"","\ua679":"","\ua67a":"","\ua67b":"","\ua67c":"","\ua67d":"","\ua680":"\ua681","\ua682":"\ua683","\ua684":"\ua685","\ua686":"\ua687","\ua688":"\ua689","\ua68a":"\ua68b","\ua68c":"\ua68d","\ua68e":"\ua68f","\ua690":"\ua691","\ua692":"\ua693","\ua694":"\ua695","\ua696":"\ua697","\ua698":"\ua699","\ua69a":"\ua69b","\ua69c":"\u044a","\ua69d":"\u044c","\ua69e":"","\ua69f":"","\ua6f0":"","\ua6f1":"","\ua722":"\ua723","\ua724":"\ua725","\ua726":"\ua727","\ua728":"\ua729","\ua72a":"\ua72b","\ua72c":"\ua72d","\ua72e":"\ua72f","\ua732":"\ua733","\ua734":"\ua735","\ua736":"\ua737","\ua738":"\ua739","\ua73a":"\ua73b","\ua73c":"\ua73d","\ua73e":"\ua73f","\ua740":"\ua741","\ua742":"\ua743","\ua744":"\ua745","\ua746":"\ua747","\ua748":"\ua749","\ua74a":"\ua74b","\ua74c":"\ua74d","\ua74e":"\ua74f","\ua750":"\ua751","\ua752":"\ua753","\ua754":"\ua755","\ua756":"\ua757","\ua758":"\ua759","\ua75a":"\ua75b","\ua75c":"\ua75d","\ua75e":"\ua75f","\ua760":"\ua761","\ua762":"\ua763","\ua764":"\ua765","\ua766":"\ua767","\ua768":"\ua769","\ua76a":"\ua76b","\ua76c":"\ua76d","\ua76e":"\ua76f","\ua770":"\ua76f","\ua779":"\ua77a","\ua77b":"\ua77c","\ua77d":"\u1d79","\ua77e":"\ua77f","\ua780":"\ua781","\ua782":"\ua783","\ua784":"\ua785","\ua786":"\ua787","\ua78b":"\ua78c","\ua78d":"\u0265","\ua790":"\ua791","\ua792":"\ua793","\ua796":"\ua797","\ua798":"\ua799","\ua79a":"\ua79b","\ua79c":"\ua79d","\ua79e":"\ua79f","\ua7a0":"\ua7a1","\ua7a2":"\ua7a3","\ua7a4":"\ua7a5","\ua7a6":"\ua7a7","\ua7a8":"\ua7a9","\ua7aa":"\u0266","\ua7ab":"\u025c","\ua7ac":"\u0261","\ua7ad":"\u026c","\ua7ae":"\u026a","\ua7b0":"\u029e","\ua7b1":"\u0287","\ua7b2":"\u029d","\ua7b3":"\uab53","\ua7b4":"\ua7b5","\ua7b6":"\ua7b7","\ua7b8":"\ua7b9","\ua7ba":"\ua7bb","\ua7bc":"\ua7bd","\ua7be":"\ua7bf","\ua7c0":"\ua7c1","\ua7c2":"\ua7c3","\ua7c4":"\ua794","\ua7c5":"\u0282","\ua7c6":"\u1d8e","\ua7c7":"\ua7c8","\ua7c9":"\ua7ca","\ua7d0":"\ua7d1","\ua7d6":"\ua7d7","\ua7d8":"\ua7d9","\ua7f2":"c","\ua7f3":"f","\ua7f4":"q","\ua7f5":"\ua7f6","\ua7f8":"\u0127","\ua7f9":"\u0153","\ua802":"","\ua806":"","\ua80b":"","\ua825":"","\ua826":"","\ua82c":"","\ua8c4":"","\ua8c5":"","\ua8e0":"","\ua8e1":"","\ua8e2":"","\ua8e3":"","\ua8e4":"","\ua8e5":"","\ua8e6":"","\ua8e7":"","\ua8e8":"","\ua8e9":"","\ua8ea":"","\ua8eb":"","\ua8ec":"","\ua8ed":"","\ua8ee":"","\ua8ef":"","\ua8f0":"","\ua8f1":"","\ua8ff":"","\ua926":"","\ua927":"","\ua928":"","\ua929":"","\ua92a":"","\ua92b":"","\ua92c":"","\ua92d":"","\ua947":"","\ua948":"","\ua949":"","\ua94a":"","\ua94b":"","\ua94c":"","\ua94d":"","\ua94e":"","\ua94f":"","\ua950":"","\ua951":"","\ua980":"","\ua981":"","\ua982":"","\ua9b3":"","\ua9b6":"","\ua9b7":"","\ua9b8":"","\ua9b9":"","\ua9bc":"","\ua9bd":"","\ua9e5":"","\uaa29":"","\uaa2a":"","\uaa2b":"","\uaa2c":"","\uaa2d":"","\uaa2e":"","\uaa31":"","\uaa32":"","\uaa35":"","\uaa36":"","\uaa43":"","\uaa4c":"","\uaa7c":"","\uaab0":"","\uaab2":"","\uaab3":"","\uaab4":"","\uaab7":"","\uaab8":"","\uaabe":"","\uaabf":"","\uaac1":"","\uaaec":"","\uaaed":"","\uaaf6":"","\uab5c":"\ua727","\uab5d":"\uab37","\uab5e":"\u026b","\uab5f":"\uab52","\uab69":"\u028d","\uab70":"\u13a0","\uab71":"\u13a1","\uab72":"\u13a2","\uab73":"\u13a3","\uab74":"\u13a4","\uab75":"\u13a5","\uab76":"\u13a6","\uab77":"\u13a7","\uab78":"\u13a8","\uab79":"\u13a9","\uab7a":"\u13aa","\uab7b":"\u13ab","\uab7c":"\u13ac","\uab7d":"\u13ad","\uab7e":"\u13ae","\uab7f":"\u13af","\uab80":"\u13b0","\uab81":"\u13b1","\uab82":"\u13b2","\uab83":"\u13b3","\uab84":"\u13b4","\uab85":"\u13b5","\uab86":"\u13b6","\uab87":"\u13b7","\uab88":"\u13b8","\uab89":"\u13b9","\uab8a":"\u13ba","\uab8b":"\u13bb","\uab8c":"\u13bc","\uab8d":"\u13bd","\uab8e":"\u13be","\uab8f":"\u13bf","\uab90":"\u13c0","\uab91":"\u13c1","\uab92":"\u13c2","\uab93":"\u13c3","\uab94":"\u13c4","\uab95":"\u13c5","\uab96":"\u13c6","\uab97":"\u13c7","\uab98":"\u13c8","\uab99":"\u13c9","\uab9a":"\u13ca","\uab9b":"\u13cb","\uab9c":"\u13cc","\uab9d":"\u13cd","\uab9e":"\u13ce","\uab9f":"\u13cf","\uaba0":"\u13d0","\uaba1":"\u13d1","\uaba2":"\u13d2","\uaba3":"\u13d3","\uaba4":"\u13d4","\uaba5":"\u13d5","\uaba6":"\u13d6","\uaba7":"\u13d7","\uaba8":"\u13d8","\uaba9":"\u13d9","\uabaa":"\u13da","\uabab":"\u13db","\uabac":"\u13dc","\uabad":"\u13dd","\uabae":"\u13de","\uabaf":"\u13df","\uabb0":"\u13e0","\uabb1":"\u13e1","\uabb2":"\u13e2","\uabb3":"\u13e3","\uabb4":"\u13e4","\uabb5":"\u13e5","\uabb6":"\u13e6","\uabb7":"\u13e7","\uabb8":"\u13e8","\uabb9":"\u13e9","\uabba":"\u13ea","\uabbb":"\u13eb","\uabbc":"\u13ec","\uabbd":"\u13ed","\uabbe":"\u13ee","\uabbf":"\u13ef","\uabe5":"","\uabe8":"","\uabed":"","\uf900":"\u8c48","\uf901":"\u66f4","\uf902":"\u8eca","\uf903":"\u8cc8","\uf904":"\u6ed1","\uf905":"\u4e32","\uf906":"\u53e5","\uf907":"\u9f9c","\uf908":"\u9f9c","\uf909":"\u5951","\uf90a":"\u91d1","\uf90b":"\u5587","\uf90c":"\u5948","\uf90d":"\u61f6","\uf90e":"\u7669","\uf90f":"\u7f85","\uf910":"\u863f","\uf911":"\u87ba","\uf912":"\u88f8","\uf913":"\u908f","\uf914":"\u6a02","\uf915":"\u6d1b","\uf916":"\u70d9","\uf917":"\u73de","\uf918":"\u843d","\uf919":"\u916a","\uf91a":"\u99f1","\uf91b":"\u4e82","\uf91c":"\u5375","\uf91d":"\u6b04","\uf91e":"\u721b","\uf91f":"\u862d","\uf920":"\u9e1e","\uf921":"\u5d50","\uf922":"\u6feb","\uf923":"\u85cd","\uf924":"\u8964","\uf925":"\u62c9","\uf926":"\u81d8","\uf927":"\u881f","\uf928":"\u5eca","\uf929":"\u6717","\uf92a":"\u6d6a","\uf92b":"\u72fc","\uf92c":"\u90ce","\uf92d":"\u4f86","\uf92e":"\u51b7","\uf92f":"\u52de","\uf930":"\u64c4","\uf931":"\u6ad3","\uf932":"\u7210","\uf933":"\u76e7","\uf934":"\u8001","\uf935":"\u8606","\uf936":"\u865c","\uf937":"\u8def","\uf938":"\u9732","\uf939":"\u9b6f","\uf93a":"\u9dfa","\uf93b":"\u788c","\uf93c":"\u797f","\uf93d":"\u7da0","\uf93e":"\u83c9","\uf93f":"\u9304","\uf940":"\u9e7f","\uf941":"\u8ad6","\uf942":"\u58df","\uf943":"\u5f04","\uf944":"\u7c60","\uf945":"\u807e","\uf946":"\u7262","\uf947":"\u78ca","\uf948":"\u8cc2","\uf949":"\u96f7","\uf94a":"\u58d8","\uf94b":"\u5c62","\uf94c":"\u6a13","\uf94d":"\u6dda","\uf94e":"\u6f0f","\uf94f":"\u7d2f","\uf950":"\u7e37","\uf951":"\u964b","\uf952":"\u52d2","\uf953":"\u808b","\uf954":"\u51dc","\uf955":"\u51cc","\uf956":"\u7a1c","\uf957":"\u7dbe","\uf958":"\u83f1","\uf959":"\u9675","\uf95a":"\u8b80","\uf95b":"\u62cf","\uf95c":"\u6a02","\uf95d":"\u8afe","\uf95e":"\u4e39","\uf95f":"\u5be7","\uf960":"\u6012","\uf961":"\u7387","\uf962":"\u7570","\uf963":"\u5317","\uf964":"\u78fb","\uf965":"\u4fbf","\uf966":"\u5fa9","\uf967":"\u4e0d","\uf968":"\u6ccc","\uf969":"\u6578","\uf96a":"\u7d22","\uf96b":"\u53c3","\uf96c":"\u585e","\uf96d":"\u7701","\uf96e":"\u8449","\uf96f":"\u8aaa","\uf970":"\u6bba","\uf971":"\u8fb0","\uf972":"\u6c88","\uf973":"\u62fe","\uf974":"\u82e5","\uf975":"\u63a0","\uf976":"\u7565","\uf977":"\u4eae","\uf978":"\u5169","\uf979":"\u51c9","\uf97a":"\u6881","\uf97b":"\u7ce7","\uf97c":"\u826f","\uf97d":"\u8ad2","\uf97e":"\u91cf","\uf97f":"\u52f5","\uf980":"\u5442","\uf981":"\u5973","\uf982":"\u5eec","\uf983":"\u65c5","\uf984":"\u6ffe","\uf985":"\u792a","\uf986":"\u95ad","\uf987":"\u9a6a","\uf988":"\u9e97","\uf989":"\u9ece","\uf98a":"\u529b","\uf98b":"\u66c6","\uf98c":"\u6b77","\uf98d":"\u8f62","\uf98e":"\u5e74","\uf98f":"\u6190","\uf990":"\u6200","\uf991":"\u649a","\uf992":"\u6f23","\uf993":"\u7149","\uf994":"\u7489","\uf995":"\u79ca","\uf996":"\u7df4","\uf997":"\u806f","\uf998":"\u8f26","\uf999":"\u84ee","\uf99a":"\u9023","\uf99b":"\u934a","\uf99c":"\u5217","\uf99d":"\u52a3","\uf99e":"\u54bd","\uf99f":"\u70c8","\uf9a0":"\u88c2","\uf9a1":"\u8aaa","\uf9a2":"\u5ec9","\uf9a3":"\u5ff5","\uf9a4":"\u637b","\uf9a5":"\u6bae","\uf9a6":"\u7c3e","\uf9a7":"\u7375","\uf9a8":"\u4ee4","\uf9a9":"\u56f9","\uf9aa":"\u5be7","\uf9ab":"\u5dba","\uf9ac":"\u601c","\uf9ad":"\u73b2","\uf9ae":"\u7469","\uf9af":"\u7f9a","\uf9b0":"\u8046","\uf9b1":"\u9234","\uf9b2":"\u96f6","\uf9b3":"\u9748","\uf9b4":"\u9818","\uf9b5":"\u4f8b","\uf9b6":"\u79ae","\uf9b7":"\u91b4","\uf9b8":"\u96b8","\uf9b9":"\u60e1","\uf9ba":"\u4e86","\uf9bb":"\u50da","\uf9bc":"\u5bee","\uf9bd":"\u5c3f","\uf9be":"\u6599","\uf9bf":"\u6a02","\uf9c0":"\u71ce","\uf9c1":"\u7642","\uf9c2":"\u84fc","\uf9c3":"\u907c","\uf9c4":"\u9f8d","\uf9c5":"\u6688","\uf9c6":"\u962e","\uf9c7":"\u5289","\uf9c8":"\u677b","\uf9c9":"\u67f3","\uf9ca":"\u6d41","\uf9cb":"\u6e9c","\uf9cc":"\u7409","\uf9cd":"\u7559","\uf9ce":"\u786b","\uf9cf":"\u7d10","\uf9d0":"\u985e","\uf9d1":"\u516d","\uf9d2":"\u622e","\uf9d3":"\u9678","\uf9d4":"\u502b","\uf9d5":"\u5d19","\uf9d6":"\u6dea","\uf9d7":"\u8f2a","\uf9d8":"\u5f8b","\uf9d9":"\u6144","\uf9da":"\u6817","\uf9db":"\u7387","\uf9dc":"\u9686","\uf9dd":"\u5229","\uf9de":"\u540f","\uf9df":"\u5c65","\uf9e0":"\u6613","\uf9e1":"\u674e","\uf9e2":"\u68a8","\uf9e3":"\u6ce5","\uf9e4":"\u7406","\uf9e5":"\u75e2","\uf9e6":"\u7f79","\uf9e7":"\u88cf","\uf9e8":"\u88e1","\uf9e9":"\u91cc","\uf9ea":"\u96e2","\uf9eb":"\u533f","\uf9ec":"\u6eba","\uf9ed":"\u541d","\uf9ee":"\u71d0","\uf9ef":"\u7498","\uf9f0":"\u85fa","\uf9f1":"\u96a3","\uf9f2":"\u9c57","\uf9f3":"\u9e9f","\uf9f4":"\u6797","\uf9f5":"\u6dcb","\uf9f6":"\u81e8","\uf9f7":"\u7acb","\uf9f8":"\u7b20","\uf9f9":"\u7c92","\uf9fa":"\u72c0","\uf9fb":"\u7099","\uf9fc":"\u8b58","\uf9fd":"\u4ec0","\uf9fe":"\u8336","\uf9ff":"\u523a","\ufa00":"\u5207","\ufa01":"\u5ea6","\ufa02":"\u62d3","\ufa03":"\u7cd6","\ufa04":"\u5b85","\ufa05":"\u6d1e","\ufa06":"\u66b4","\ufa07":"\u8f3b","\ufa08":"\u884c","\ufa09":"\u964d","\ufa0a":"\u898b","\ufa0b":"\u5ed3","\ufa0c":"\u5140","\ufa0d":"\u55c0","\ufa10":"\u585a","\ufa12":"\u6674","\ufa15":"\u51de","\ufa16":"\u732a","\ufa17":"\u76ca","\ufa18":"\u793c","\ufa19":"\u795e","\ufa1a":"\u7965","\ufa1b":"\u798f","\ufa1c":"\u9756","\ufa1d":"\u7cbe","\ufa1e":"\u7fbd","\ufa20":"\u8612","\ufa22":"\u8af8","\ufa25":"\u9038","\ufa26":"\u90fd","\ufa2a":"\u98ef","\ufa2b":"\u98fc","\ufa2c":"\u9928","\ufa2d":"\u9db4","\ufa2e":"\u90de","\ufa2f":"\u96b7","\ufa30":"\u4fae","\ufa31":"\u50e7","\ufa32":"\u514d","\ufa33":"\u52c9","\ufa34":"\u52e4","\ufa35":"\u5351","\ufa36":"\u559d","\ufa37":"\u5606","\ufa38":"\u5668","\ufa39":"\u5840","\ufa3a":"\u58a8","\ufa3b":"\u5c64","\ufa3c":"\u5c6e","\ufa3d":"\u6094","\ufa3e":"\u6168","\ufa3f":"\u618e","\ufa40":"\u61f2","\ufa41":"\u654f","\ufa42":"\u65e2","\ufa43":"\u6691","\ufa44":"\u6885","\ufa45":"\u6d77","\ufa46":"\u6e1a","\ufa47":"\u6f22","\ufa48":"\u716e","\ufa49":"\u722b","\ufa4a":"\u7422","\ufa4b":"\u7891","\ufa4c":"\u793e","\ufa4d":"\u7949","\ufa4e":"\u7948","\ufa4f":"\u7950","\ufa50":"\u7956","\ufa51":"\u795d","\ufa52":"\u798d","\ufa53":"\u798e","\ufa54":"\u7a40","\ufa55":"\u7a81","\ufa56":"\u7bc0","\ufa57":"\u7df4","\ufa58":"\u7e09","\ufa59":"\u7e41","\ufa5a":"\u7f72","\ufa5b":"\u8005","\ufa5c":"\u81ed","\ufa5d":"\u8279","\ufa5e":"\u8279","\ufa5f":"\u8457","\ufa60":"\u8910","\ufa61":"\u8996","\ufa62":"\u8b01","\ufa63":"\u8b39","\ufa64":"\u8cd3","\ufa65":"\u8d08","\ufa66":"\u8fb6","\ufa67":"\u9038","\ufa68":"\u96e3","\ufa69":"\u97ff","\ufa6a":"\u983b","\ufa6b":"\u6075","\ufa6c":"\ud850\udeee","\ufa6d":"\u8218","\ufa70":"\u4e26","\ufa71":"\u51b5","\ufa72":"\u5168","\ufa73":"\u4f80","\ufa74":"\u5145","\ufa75":"\u5180","\ufa76":"\u52c7","\ufa77":"\u52fa","\ufa78":"\u559d","\ufa79":"\u5555","\ufa7a":"\u5599","\ufa7b":"\u55e2","\ufa7c":"\u585a","\ufa7d":"\u58b3","\ufa7e":"\u5944","\ufa7f":"\u5954","\ufa80":"\u5a62","\ufa81":"\u5b28","\ufa82":"\u5ed2","\ufa83":"\u5ed9","\ufa84":"\u5f69","\ufa85":"\u5fad","\ufa86":"\u60d8","\ufa87":"\u614e","\ufa88":"\u6108","\ufa89":"\u618e","\ufa8a":"\u6160","\ufa8b":"\u61f2","\ufa8c":"\u6234","\ufa8d":"\u63c4","\ufa8e":"\u641c","\ufa8f":"\u6452","\ufa90":"\u6556","\ufa91":"\u6674","\ufa92":"\u6717","\ufa93":"\u671b","\ufa94":"\u6756","\ufa95":"\u6b79","\ufa96":"\u6bba","\ufa97":"\u6d41","\ufa98":"\u6edb","\ufa99":"\u6ecb","\ufa9a":"\u6f22","\ufa9b":"\u701e","\ufa9c":"\u716e","\ufa9d":"\u77a7","\ufa9e":"\u7235","\ufa9f":"\u72af","\ufaa0":"\u732a","\ufaa1":"\u7471","\ufaa2":"\u7506","\ufaa3":"\u753b","\ufaa4":"\u761d","\ufaa5":"\u761f","\ufaa6":"\u76ca","\ufaa7":"\u76db","\ufaa8":"\u76f4","\ufaa9":"\u774a","\ufaaa":"\u7740","\ufaab":"\u78cc","\ufaac":"\u7ab1","\ufaad":"\u7bc0","\ufaae":"\u7c7b","\ufaaf":"\u7d5b","\ufab0":"\u7df4","\ufab1":"\u7f3e","\ufab2":"\u8005","\ufab3":"\u8352","\ufab4":"\u83ef","\ufab5":"\u8779","\ufab6":"\u8941","\ufab7":"\u8986","\ufab8":"\u8996","\ufab9":"\u8abf","\ufaba":"\u8af8","\ufabb":"\u8acb","\ufabc":"\u8b01","\ufabd":"\u8afe","\ufabe":"\u8aed","\ufabf":"\u8b39","\ufac0":"\u8b8a","\ufac1":"\u8d08","\ufac2":"\u8f38","\ufac3":"\u9072","\ufac4":"\u9199","\ufac5":"\u9276","\ufac6":"\u967c","\ufac7":"\u96e3","\ufac8":"\u9756","\ufac9":"\u97db","\ufaca":"\u97ff","\ufacb":"\u980b","\ufacc":"\u983b","\ufacd":"\u9b12","\uface":"\u9f9c","\ufacf":"\ud84a\udc4a","\ufad0":"\ud84a\udc44","\ufad1":"\ud84c\udfd5","\ufad2":"\u3b9d","\ufad3":"\u4018","\ufad4":"\u4039","\ufad5":"\ud854\ude49","\ufad6":"\ud857\udcd0","\ufad7":"\ud85f\uded3","\ufad8":"\u9f43","\ufad9":"\u9f8e","\ufb00":"ff","\ufb01":"fi","\ufb02":"fl","\ufb03":"ffi","\ufb04":"ffl","\ufb05":"st","\ufb06":"st","\ufb13":"\u0574\u0576","\ufb14":"\u0574\u0565","\ufb15":"\u0574\u056b","\ufb16":"\u057e\u0576","\ufb17":"\u0574\u056d","\ufb1d":"\u05d9","\ufb1e":"","\ufb1f":"\u05f2","\ufb20":"\u05e2","\ufb21":"\u05d0","\ufb22":"\u05d3","\ufb23":"\u05d4","\ufb24":"\u05db","\ufb25":"\u05dc","\ufb26":"\u05dd","\ufb27":"\u05e8","\ufb28":"\u05ea","\ufb29":" + ","\ufb2a":"\u05e9","\ufb2b":"\u05e9","\ufb2c":"\u05e9","\ufb2d":"\u05e9","\ufb2e":"\u05d0","\ufb2f":"\u05d0","\ufb30":"\u05d0","\ufb31":"\u05d1","\ufb32":"\u05d2","\ufb33":"\u05d3","\ufb34":"\u05d4","\ufb35":"\u05d5","\ufb36":"\u05d6","\ufb38":"\u05d8","\ufb39":"\u05d9","\ufb3a":"\u05da","\ufb3b":"\u05db","\ufb3c":"\u05dc","\ufb3e":"\u05de","\ufb40":"\u05e0","\ufb41":"\u05e1","\ufb43":"\u05e3","\ufb44":"\u05e4","\ufb46":"\u05e6","\ufb47":"\u05e7","\ufb48":"\u05e8","\ufb49":"\u05e9","\ufb4a":"\u05ea","\ufb4b":"\u05d5","\ufb4c":"\u05d1","\ufb4d":"\u05db","\ufb4e":"\u05e4","\ufb4f":"\u05d0\u05dc","\ufb50":"\u0671","\ufb51":"\u0671","\ufb52":"\u067b","\ufb53":"\u067b","\ufb54":"\u067b","\ufb55":"\u067b","\ufb56":"\u067e","\ufb57":"\u067e","\ufb58":"\u067e","\ufb59":"\u067e","\ufb5a":"\u0680","\ufb5b":"\u0680","\ufb5c":"\u0680","\ufb5d":"\u0680","\ufb5e":"\u067a","\ufb5f":"\u067a","\ufb60":"\u067a","\ufb61":"\u067a","\ufb62":"\u067f","\ufb63":"\u067f","\ufb64":"\u067f","\ufb65":"\u067f","\ufb66":"\u0679","\ufb67":"\u0679","\ufb68":"\u0679","\ufb69":"\u0679","\ufb6a":"\u06a4","\ufb6b":"\u06a4","\ufb6c":"\u06a4","\ufb6d":"\u06a4","\ufb6e":"\u06a6","\ufb6f":"\u06a6","\ufb70":"\u06a6","\ufb71":"\u06a6","\ufb72":"\u0684","\ufb73":"\u0684","\ufb74":"\u0684","\ufb75":"\u0684","\ufb76":"\u0683","\ufb77":"\u0683","\ufb78":"\u0683","\ufb79":"\u0683","\ufb7a":"\u0686","\ufb7b":"\u0686","\ufb7c":"\u0686","\ufb7d":"\u0686","\ufb7e":"\u0687","\ufb7f":"\u0687","\ufb80":"\u0687","\ufb81":"\u0687","\ufb82":"\u068d","\ufb83":"\u068d","\ufb84":"\u068c","\ufb85":"\u068c","\ufb86":"\u068e","\ufb87":"\u068e","\ufb88":"\u0688","\ufb89":"\u0688","\ufb8a":"\u0698","\ufb8b":"\u0698","\ufb8c":"\u0691","\ufb8d":"\u0691","\ufb8e":"\u06a9","\ufb8f":"\u06a9","\ufb90":"\u06a9","\ufb91":"\u06a9","\ufb92":"\u06af","\ufb93":"\u06af","\ufb94":"\u06af","\ufb95":"\u06af","\ufb96":"\u06b3","\ufb97":"\u06b3","\ufb98":"\u06b3","\ufb99":"\u06b3","\ufb9a":"\u06b1","\ufb9b":"\u06b1","\ufb9c":"\u06b1","\ufb9d":"\u06b1","\ufb9e":"\u06ba","\ufb9f":"\u06ba","\ufba0":"\u06bb","\ufba1":"\u06bb","\ufba2":"\u06bb","\ufba3":"\u06bb","\ufba4":"\u06d5","\ufba5":"\u06d5","\ufba6":"\u06c1","\ufba7":"\u06c1","\ufba8":"\u06c1","\ufba9":"\u06c1","\ufbaa":"\u06be","\ufbab":"\u06be","\ufbac":"\u06be","\ufbad":"\u06be","\ufbae":"\u06d2","\ufbaf":"\u06d2","\ufbb0":"\u06d2","\ufbb1":"\u06d2","\ufbd3":"\u06ad","\ufbd4":"\u06ad","\ufbd5":"\u06ad","\ufbd6":"\u06ad","\ufbd7":"\u06c7","\ufbd8":"\u06c7","\ufbd9":"\u06c6","\ufbda":"\u06c6","\ufbdb":"\u06c8","\ufbdc":"\u06c8","\ufbdd":"\u06c7\u0674","\ufbde":"\u06cb","\ufbdf":"\u06cb","\ufbe0":"\u06c5","\ufbe1":"\u06c5","\ufbe2":"\u06c9","\ufbe3":"\u06c9","\ufbe4":"\u06d0","\ufbe5":"\u06d0","\ufbe6":"\u06d0","\ufbe7":"\u06d0","\ufbe8":"\u0649","\ufbe9":"\u0649","\ufbea":"\u064a\u0627","\ufbeb":"\u064a\u0627","\ufbec":"\u064a\u06d5","\ufbed":"\u064a\u06d5","\ufbee":"\u064a\u0648","\ufbef":"\u064a\u0648","\ufbf0":"\u064a\u06c7","\ufbf1":"\u064a\u06c7","\ufbf2":"\u064a\u06c6","\ufbf3":"\u064a\u06c6","\ufbf4":"\u064a\u06c8","\ufbf5":"\u064a\u06c8","\ufbf6":"\u064a\u06d0","\ufbf7":"\u064a\u06d0","\ufbf8":"\u064a\u06d0","\ufbf9":"\u064a\u0649","\ufbfa":"\u064a\u0649","\ufbfb":"\u064a\u0649","\ufbfc":"\u06cc","\ufbfd":"\u06cc","\ufbfe":"\u06cc","\ufbff":"\u06cc","\ufc00":"\u064a\u062c","\ufc01":"\u064a\u062d","\ufc02":"\u064a\u0645","\ufc03":"\u064a\u0649","\ufc04":"\u064a\u064a","\ufc05":"\u0628\u062c","\ufc06":"\u0628\u062d","\ufc07":"\u0628\u062e","\ufc08":"\u0628\u0645","\ufc09":"\u0628\u0649","\ufc0a":"\u0628\u064a","\ufc0b":"\u062a\u062c","\ufc0c":"\u062a\u062d","\ufc0d":"\u062a\u062e","\ufc0e":"\u062a\u0645","\ufc0f":"\u062a\u0649","\ufc10":"\u062a\u064a","\ufc11":"\u062b\u062c","\ufc12":"\u062b\u0645","\ufc13":"\u062b\u0649","\ufc14":"\u062b\u064a","\ufc15":"\u062c\u062d","\ufc16":"\u062c\u0645","\ufc17":"\u062d\u062c","\ufc18":"\u062d\u0645","\ufc19":"\u062e\u062c","\ufc1a":"\u062e\u062d","\ufc1b":"\u062e\u0645","\ufc1c":"\u0633\u062c","\ufc1d":"\u0633\u062d","\ufc1e":"\u0633\u062e","\ufc1f":"\u0633\u0645","\ufc20":"\u0635\u062d","\ufc21":"\u0635\u0645","\ufc22":"\u0636\u062c","\ufc23":"\u0636\u062d","\ufc24":"\u0636\u062e","\ufc25":"\u0636\u0645","\ufc26":"\u0637\u062d","\ufc27":"\u0637\u0645","\ufc28":"\u0638\u0645","\ufc29":"\u0639\u062c","\ufc2a":"\u0639\u0645","\ufc2b":"\u063a\u062c","\ufc2c":"\u063a\u0645","\ufc2d":"\u0641\u062c","\ufc2e":"\u0641\u062d","\ufc2f":"\u0641\u062e","\ufc30":"\u0641\u0645","\ufc31":"\u0641\u0649","\ufc32":"\u0641\u064a","\ufc33":"\u0642\u062d","\ufc34":"\u0642\u0645","\ufc35":"\u0642\u0649","\ufc36":"\u0642\u064a","\ufc37":"\u0643\u0627","\ufc38":"\u0643\u062c","\ufc39":"\u0643\u062d","\ufc3a":"\u0643\u062e","\ufc3b":"\u0643\u0644","\ufc3c":"\u0643\u0645","\ufc3d":"\u0643\u0649","\ufc3e":"\u0643\u064a","\ufc3f":"\u0644\u062c","\ufc40":"\u0644\u062d","\ufc41":"\u0644\u062e","\ufc42":"\u0644\u0645","\ufc43":"\u0644\u0649","\ufc44":"\u0644\u064a","\ufc45":"\u0645\u062c","\ufc46":"\u0645\u062d","\ufc47":"\u0645\u062e","\ufc48":"\u0645\u0645","\ufc49":"\u0645\u0649","\ufc4a":"\u0645\u064a","\ufc4b":"\u0646\u062c","\ufc4c":"\u0646\u062d","\ufc4d":"\u0646\u062e","\ufc4e":"\u0646\u0645","\ufc4f":"\u0646\u0649","\ufc50":"\u0646\u064a","\ufc51":"\u0647\u062c","\ufc52":"\u0647\u0645","\ufc53":"\u0647\u0649","\ufc54":"\u0647\u064a","\ufc55":"\u064a\u062c","\ufc56":"\u064a\u062d","\ufc57":"\u064a\u062e","\ufc58":"\u064a\u0645","\ufc59":"\u064a\u0649","\ufc5a":"\u064a\u064a","\ufc5b":"\u0630","\ufc5c":"\u0631","\ufc5d":"\u0649","\ufc5e":" ","\ufc5f":" ","\ufc60":" ","\ufc61":" ","\ufc62":" ","\ufc63":" ","\ufc64":"\u064a\u0631","\ufc65":"\u064a\u0632","\ufc66":"\u064a\u0645","\ufc67":"\u064a\u0646","\ufc68":"\u064a\u0649","\ufc69":"\u064a\u064a","\ufc6a":"\u0628\u0631","\ufc6b":"\u0628\u0632","\ufc6c":"\u0628\u0645","\ufc6d":"\u0628\u0646","\ufc6e":"\u0628\u0649","\ufc6f":"\u0628\u064a","\ufc70":"\u062a\u0631","\ufc71":"\u062a\u0632","\ufc72":"\u062a\u0645","\ufc73":"\u062a\u0646","\ufc74":"\u062a\u0649","\ufc75":"\u062a\u064a","\ufc76":"\u062b\u0631","\ufc77":"\u062b\u0632","\ufc78":"\u062b\u0645","\ufc79":"\u062b\u0646","\ufc7a":"\u062b\u0649","\ufc7b":"\u062b\u064a","\ufc7c":"\u0641\u0649","\ufc7d":"\u0641\u064a","\ufc7e":"\u0642\u0649","\ufc7f":"\u0642\u064a","\ufc80":"\u0643\u0627","\ufc81":"\u0643\u0644","\ufc82":"\u0643\u0645","\ufc83":"\u0643\u0649","\ufc84":"\u0643\u064a","\ufc85":"\u0644\u0645","\ufc86":"\u0644\u0649","\ufc87":"\u0644\u064a","\ufc88":"\u0645\u0627","\ufc89":"\u0645\u0645","\ufc8a":"\u0646\u0631","\ufc8b":"\u0646\u0632","\ufc8c":"\u0646\u0645","\ufc8d":"\u0646\u0646","\ufc8e":"\u0646\u0649","\ufc8f":"\u0646\u064a","\ufc90":"\u0649","\ufc91":"\u064a\u0631","\ufc92":"\u064a\u0632","\ufc93":"\u064a\u0645","\ufc94":"\u064a\u0646","\ufc95":"\u064a\u0649","\ufc96":"\u064a\u064a","\ufc97":"\u064a\u062c","\ufc98":"\u064a\u062d","\ufc99":"\u064a\u062e","\ufc9a":"\u064a\u0645","\ufc9b":"\u064a\u0647","\ufc9c":"\u0628\u062c","\ufc9d":"\u0628\u062d","\ufc9e":"\u0628\u062e","\ufc9f":"\u0628\u0645","\ufca0":"\u0628\u0647","\ufca1":"\u062a\u062c","\ufca2":"\u062a\u062d","\ufca3":"\u062a\u062e","\ufca4":"\u062a\u0645","\ufca5":"\u062a\u0647","\ufca6":"\u062b\u0645","\ufca7":"\u062c\u062d","\ufca8":"\u062c\u0645","\ufca9":"\u062d\u062c","\ufcaa":"\u062d\u0645","\ufcab":"\u062e\u062c","\ufcac":"\u062e\u0645","\ufcad":"\u0633\u062c","\ufcae":"\u0633\u062d","\ufcaf":"\u0633\u062e","\ufcb0":"\u0633\u0645","\ufcb1":"\u0635\u062d","\ufcb2":"\u0635\u062e","\ufcb3":"\u0635\u0645","\ufcb4":"\u0636\u062c","\ufcb5":"\u0636\u062d","\ufcb6":"\u0636\u062e","\ufcb7":"\u0636\u0645","\ufcb8":"\u0637\u062d","\ufcb9":"\u0638\u0645","\ufcba":"\u0639\u062c","\ufcbb":"\u0639\u0645","\ufcbc":"\u063a\u062c","\ufcbd":"\u063a\u0645","\ufcbe":"\u0641\u062c","\ufcbf":"\u0641\u062d","\ufcc0":"\u0641\u062e","\ufcc1":"\u0641\u0645","\ufcc2":"\u0642\u062d","\ufcc3":"\u0642\u0645","\ufcc4":"\u0643\u062c","\ufcc5":"\u0643\u062d","\ufcc6":"\u0643\u062e","\ufcc7":"\u0643\u0644","\ufcc8":"\u0643\u0645","\ufcc9":"\u0644\u062c","\ufcca":"\u0644\u062d","\ufccb":"\u0644\u062e","\ufccc":"\u0644\u0645","\ufccd":"\u0644\u0647","\ufcce":"\u0645\u062c","\ufccf":"\u0645\u062d","\ufcd0":"\u0645\u062e","\ufcd1":"\u0645\u0645","\ufcd2":"\u0646\u062c","\ufcd3":"\u0646\u062d","\ufcd4":"\u0646\u062e","\ufcd5":"\u0646\u0645","\ufcd6":"\u0646\u0647","\ufcd7":"\u0647\u062c","\ufcd8":"\u0647\u0645","\ufcd9":"\u0647","\ufcda":"\u064a\u062c","\ufcdb":"\u064a\u062d","\ufcdc":"\u064a\u062e","\ufcdd":"\u064a\u0645","\ufcde":"\u064a\u0647","\ufcdf":"\u064a\u0645","\ufce0":"\u064a\u0647","\ufce1":"\u0628\u0645","\ufce2":"\u0628\u0647","\ufce3":"\u062a\u0645","\ufce4":"\u062a\u0647","\ufce5":"\u062b\u0645","\ufce6":"\u062b\u0647","\ufce7":"\u0633\u0645","\ufce8":"\u0633\u0647","\ufce9":"\u0634\u0645","\ufcea":"\u0634\u0647","\ufceb":"\u0643\u0644","\ufcec":"\u0643\u0645","\ufced":"\u0644\u0645","\ufcee":"\u0646\u0645","\ufcef":"\u0646\u0647","\ufcf0":"\u064a\u0645","\ufcf1":"\u064a\u0647","\ufcf2":"\u0640","\ufcf3":"\u0640","\ufcf4":"\u0640","\ufcf5":"\u0637\u0649","\ufcf6":"\u0637\u064a","\ufcf7":"\u0639\u0649","\ufcf8":"\u0639\u064a","\ufcf9":"\u063a\u0649","\ufcfa":"\u063a\u064a","\ufcfb":"\u0633\u0649","\ufcfc":"\u0633\u064a","\ufcfd":"\u0634\u0649","\ufcfe":"\u0634\u064a","\ufcff":"\u062d\u0649","\ufd00":"\u062d\u064a","\ufd01":"\u062c\u0649","\ufd02":"\u062c\u064a","\ufd03":"\u062e\u0649","\ufd04":"\u062e\u064a","\ufd05":"\u0635\u0649","\ufd06":"\u0635\u064a","\ufd07":"\u0636\u0649","\ufd08":"\u0636\u064a","\ufd09":"\u0634\u062c","\ufd0a":"\u0634\u062d","\ufd0b":"\u0634\u062e","\ufd0c":"\u0634\u0645","\ufd0d":"\u0634\u0631","\ufd0e":"\u0633\u0631","\ufd0f":"\u0635\u0631","\ufd10":"\u0636\u0631","\ufd11":"\u0637\u0649","\ufd12":"\u0637\u064a","\ufd13":"\u0639\u0649","\ufd14":"\u0639\u064a","\ufd15":"\u063a\u0649","\ufd16":"\u063a\u064a","\ufd17":"\u0633\u0649","\ufd18":"\u0633\u064a","\ufd19":"\u0634\u0649","\ufd1a":"\u0634\u064a","\ufd1b":"\u062d\u0649","\ufd1c":"\u062d\u064a","\ufd1d":"\u062c\u0649","\ufd1e":"\u062c\u064a","\ufd1f":"\u062e\u0649","\ufd20":"\u062e\u064a","\ufd21":"\u0635\u0649","\ufd22":"\u0635\u064a","\ufd23":"\u0636\u0649","\ufd24":"\u0636\u064a","\ufd25":"\u0634\u062c","\ufd26":"\u0634\u062d","\ufd27":"\u0634\u062e","\ufd28":"\u0634\u0645","\ufd29":"\u0634\u0631","\ufd2a":"\u0633\u0631","\ufd2b":"\u0635\u0631","\ufd2c":"\u0636\u0631","\ufd2d":"\u0634\u062c","\ufd2e":"\u0634\u062d","\ufd2f":"\u0634\u062e","\ufd30":"\u0634\u0645","\ufd31":"\u0633\u0647","\ufd32":"\u0634\u0647","\ufd33":"\u0637\u0645","\ufd34":"\u0633\u062c","\ufd35":"\u0633\u062d","\ufd36":"\u0633\u062e","\ufd37":"\u0634\u062c","\ufd38":"\u0634\u062d","\ufd39":"\u0634\u062e","\ufd3a":"\u0637\u0645","\ufd3b":"\u0638\u0645","\ufd3c":"\u0627","\ufd3d":"\u0627","\ufd3e":" ","\ufd3f":" ","\ufd50":"\u062a\u062c\u0645","\ufd51":"\u062a\u062d\u062c","\ufd52":"\u062a\u062d\u062c","\ufd53":"\u062a\u062d\u0645","\ufd54":"\u062a\u062e\u0645","\ufd55":"\u062a\u0645\u062c","\ufd56":"\u062a\u0645\u062d","\ufd57":"\u062a\u0645\u062e","\ufd58":"\u062c\u0645\u062d","\ufd59":"\u062c\u0645\u062d","\ufd5a":"\u062d\u0645\u064a","\ufd5b":"\u062d\u0645\u0649","\ufd5c":"\u0633\u062d\u062c","\ufd5d":"\u0633\u062c\u062d","\ufd5e":"\u0633\u062c\u0649","\ufd5f":"\u0633\u0645\u062d","\ufd60":"\u0633\u0645\u062d","\ufd61":"\u0633\u0645\u062c","\ufd62":"\u0633\u0645\u0645","\ufd63":"\u0633\u0645\u0645","\ufd64":"\u0635\u062d\u062d","\ufd65":"\u0635\u062d\u062d","\ufd66":"\u0635\u0645\u0645","\ufd67":"\u0634\u062d\u0645","\ufd68":"\u0634\u062d\u0645","\ufd69":"\u0634\u062c\u064a","\ufd6a":"\u0634\u0645\u062e","\ufd6b":"\u0634\u0645\u062e","\ufd6c":"\u0634\u0645\u0645","\ufd6d":"\u0634\u0645\u0645","\ufd6e":"\u0636\u062d\u0649","\ufd6f":"\u0636\u062e\u0645","\ufd70":"\u0636\u062e\u0645","\ufd71":"\u0637\u0645\u062d","\ufd72":"\u0637\u0645\u062d","\ufd73":"\u0637\u0645\u0645","\ufd74":"\u0637\u0645\u064a","\ufd75":"\u0639\u062c\u0645","\ufd76":"\u0639\u0645\u0645","\ufd77":"\u0639\u0645\u0645","\ufd78":"\u0639\u0645\u0649","\ufd79":"\u063a\u0645\u0645","\ufd7a":"\u063a\u0645\u064a","\ufd7b":"\u063a\u0645\u0649","\ufd7c":"\u0641\u062e\u0645","\ufd7d":"\u0641\u062e\u0645","\ufd7e":"\u0642\u0645\u062d","\ufd7f":"\u0642\u0645\u0645","\ufd80":"\u0644\u062d\u0645","\ufd81":"\u0644\u062d\u064a","\ufd82":"\u0644\u062d\u0649","\ufd83":"\u0644\u062c\u062c","\ufd84":"\u0644\u062c\u062c","\ufd85":"\u0644\u062e\u0645","\ufd86":"\u0644\u062e\u0645","\ufd87":"\u0644\u0645\u062d","\ufd88":"\u0644\u0645\u062d","\ufd89":"\u0645\u062d\u062c","\ufd8a":"\u0645\u062d\u0645","\ufd8b":"\u0645\u062d\u064a","\ufd8c":"\u0645\u062c\u062d","\ufd8d":"\u0645\u062c\u0645","\ufd8e":"\u0645\u062e\u062c","\ufd8f":"\u0645\u062e\u0645","\ufd92":"\u0645\u062c\u062e","\ufd93":"\u0647\u0645\u062c","\ufd94":"\u0647\u0645\u0645","\ufd95":"\u0646\u062d\u0645","\ufd96":"\u0646\u062d\u0649","\ufd97":"\u0646\u062c\u0645","\ufd98":"\u0646\u062c\u0645","\ufd99":"\u0646\u062c\u0649","\ufd9a":"\u0646\u0645\u064a","\ufd9b":"\u0646\u0645\u0649","\ufd9c":"\u064a\u0645\u0645","\ufd9d":"\u064a\u0645\u0645","\ufd9e":"\u0628\u062e\u064a","\ufd9f":"\u062a\u062c\u064a","\ufda0":"\u062a\u062c\u0649","\ufda1":"\u062a\u062e\u064a","\ufda2":"\u062a\u062e\u0649","\ufda3":"\u062a\u0645\u064a","\ufda4":"\u062a\u0645\u0649","\ufda5":"\u062c\u0645\u064a","\ufda6":"\u062c\u062d\u0649","\ufda7":"\u062c\u0645\u0649","\ufda8":"\u0633\u062e\u0649","\ufda9":"\u0635\u062d\u064a","\ufdaa":"\u0634\u062d\u064a","\ufdab":"\u0636\u062d\u064a","\ufdac":"\u0644\u062c\u064a","\ufdad":"\u0644\u0645\u064a","\ufdae":"\u064a\u062d\u064a","\ufdaf":"\u064a\u062c\u064a","\ufdb0":"\u064a\u0645\u064a","\ufdb1":"\u0645\u0645\u064a","\ufdb2":"\u0642\u0645\u064a","\ufdb3":"\u0646\u062d\u064a","\ufdb4":"\u0642\u0645\u062d","\ufdb5":"\u0644\u062d\u0645","\ufdb6":"\u0639\u0645\u064a","\ufdb7":"\u0643\u0645\u064a","\ufdb8":"\u0646\u062c\u062d","\ufdb9":"\u0645\u062e\u064a","\ufdba":"\u0644\u062c\u0645","\ufdbb":"\u0643\u0645\u0645","\ufdbc":"\u0644\u062c\u0645","\ufdbd":"\u0646\u062c\u062d","\ufdbe":"\u062c\u062d\u064a","\ufdbf":"\u062d\u062c\u064a","\ufdc0":"\u0645\u062c\u064a","\ufdc1":"\u0641\u0645\u064a","\ufdc2":"\u0628\u062d\u064a","\ufdc3":"\u0643\u0645\u0645","\ufdc4":"\u0639\u062c\u0645","\ufdc5":"\u0635\u0645\u0645","\ufdc6":"\u0633\u062e\u064a","\ufdc7":"\u0646\u062c\u064a","\ufdf0":"\u0635\u0644\u06d2","\ufdf1":"\u0642\u0644\u06d2","\ufdf2":"\u0627\u0644\u0644\u0647","\ufdf3":"\u0627\u0643\u0628\u0631","\ufdf4":"\u0645\u062d\u0645\u062f","\ufdf5":"\u0635\u0644\u0639\u0645","\ufdf6":"\u0631\u0633\u0648\u0644","\ufdf7":"\u0639\u0644\u064a\u0647","\ufdf8":"\u0648\u0633\u0644\u0645","\ufdf9":"\u0635\u0644\u0649","\ufdfa":"\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645","\ufdfb":"\u062c\u0644 \u062c\u0644\u0627\u0644\u0647","\ufdfc":"\u0631\u06cc\u0627\u0644","\ufe00":"","\ufe01":"","\ufe02":"","\ufe03":"","\ufe04":"","\ufe05":"","\ufe06":"","\ufe07":"","\ufe08":"","\ufe09":"","\ufe0a":"","\ufe0b":"","\ufe0c":"","\ufe0d":"","\ufe0e":"","\ufe0f":"","\ufe10":" ","\ufe11":"\u3001","\ufe12":"\u3002","\ufe13":" ","\ufe14":";","\ufe15":"!","\ufe16":"?","\ufe17":" ","\ufe18":" ","\ufe19":"   ","\ufe20":"","\ufe21":"","\ufe22":"","\ufe23":"","\ufe24":"","\ufe25":"","\ufe26":"","\ufe27":"","\ufe28":"","\ufe29":"","\ufe2a":"","\ufe2b":"","\ufe2c":"","\ufe2d":"","\ufe2e":"","\ufe2f":"","\ufe30":"  ","\ufe31":" ","\ufe32":" ","\ufe33":" ","\ufe34":" ","\ufe35":" ","\ufe36":" ","\ufe37":" ","\ufe38":" ","\ufe39":" ","\ufe3a":" ","\ufe3b":" ","\ufe3c":" ","\ufe3d":" ","\ufe3e":" ","\ufe3f":" ","\ufe40":" ","\ufe41":" ","\ufe42":" ","\ufe43":" ","\ufe44":" ","\ufe47":" ","\ufe48":" ","\ufe49":" ","\ufe4a":" ","\ufe4b":" ","\ufe4c":" ","\ufe4d":" ","\ufe4e":" ","\ufe4f":" ","\ufe50":" ","\ufe51":"\u3001","\ufe52":" ","\ufe54":";","\ufe55":" ","\ufe56":"?","\ufe57":"!","\ufe58":" ","\ufe59":" ","\ufe5a":" ","\ufe5b":" ","\ufe5c":" ","\ufe5d":" ","\ufe5e":" ","\ufe5f":"#","\ufe60":" and ","\ufe61":"*","\ufe62":" + ","\ufe63":" ","\ufe64":"<","\ufe65":">","\ufe66":"=","\ufe68":"\\","\ufe69":"$","\ufe6a":"%","\ufe6b":"@","\ufe70":" ","\ufe71":"\u0640","\ufe72":" ","\ufe74":" ","\ufe76":" ","\ufe77":"\u0640","\ufe78":" ","\ufe79":"\u0640","\ufe7a":" ","\ufe7b":"\u0640","\ufe7c":" ","\ufe7d":"\u0640","\ufe7e":" ","\ufe7f":"\u0640","\ufe80":"\u0621","\ufe81":"\u0627","\ufe82":"\u0627","\ufe83":"\u0627","\ufe84":"\u0627","\ufe85":"\u0648","\ufe86":"\u0648","\ufe87":"\u0627","\ufe88":"\u0627","\ufe89":"\u064a","\ufe8a":"\u064a","\ufe8b":"\u064a","\ufe8c":"\u064a","\ufe8d":"\u0627","\ufe8e":"\u0627","\ufe8f":"\u0628","\ufe90":"\u0628","\ufe91":"\u0628","\ufe92":"\u0628","\ufe93":"\u0629","\ufe94":"\u0629","\ufe95":"\u062a","\ufe96":"\u062a","\ufe97":"\u062a","\ufe98":"\u062a","\ufe99":"\u062b","\ufe9a":"\u062b","\ufe9b":"\u062b","\ufe9c":"\u062b","\ufe9d":"\u062c","\ufe9e":"\u062c","\ufe9f":"\u062c","\ufea0":"\u062c","\ufea1":"\u062d","\ufea2":"\u062d","\ufea3":"\u062d","\ufea4":"\u062d","\ufea5":"\u062e","\ufea6":"\u062e","\ufea7":"\u062e","\ufea8":"\u062e","\ufea9":"\u062f","\ufeaa":"\u062f","\ufeab":"\u0630","\ufeac":"\u0630","\ufead":"\u0631","\ufeae":"\u0631","\ufeaf":"\u0632","\ufeb0":"\u0632","\ufeb1":"\u0633","\ufeb2":"\u0633","\ufeb3":"\u0633","\ufeb4":"\u0633","\ufeb5":"\u0634","\ufeb6":"\u0634","\ufeb7":"\u0634","\ufeb8":"\u0634","\ufeb9":"\u0635","\ufeba":"\u0635","\ufebb":"\u0635","\ufebc":"\u0635","\ufebd":"\u0636","\ufebe":"\u0636","\ufebf":"\u0636","\ufec0":"\u0636","\ufec1":"\u0637","\ufec2":"\u0637","\ufec3":"\u0637","\ufec4":"\u0637","\ufec5":"\u0638","\ufec6":"\u0638","\ufec7":"\u0638","\ufec8":"\u0638","\ufec9":"\u0639","\ufeca":"\u0639","\ufecb":"\u0639","\ufecc":"\u0639","\ufecd":"\u063a","\ufece":"\u063a","\ufecf":"\u063a","\ufed0":"\u063a","\ufed1":"\u0641","\ufed2":"\u0641","\ufed3":"\u0641","\ufed4":"\u0641","\ufed5":"\u0642","\ufed6":"\u0642","\ufed7":"\u0642","\ufed8":"\u0642","\ufed9":"\u0643","\ufeda":"\u0643","\ufedb":"\u0643","\ufedc":"\u0643","\ufedd":"\u0644","\ufede":"\u0644","\ufedf":"\u0644","\ufee0":"\u0644","\ufee1":"\u0645","\ufee2":"\u0645","\ufee3":"\u0645","\ufee4":"\u0645","\ufee5":"\u0646","\ufee6":"\u0646","\ufee7":"\u0646","\ufee8":"\u0646","\ufee9":"\u0647","\ufeea":"\u0647","\ufeeb":"\u0647","\ufeec":"\u0647","\ufeed":"\u0648","\ufeee":"\u0648","\ufeef":"\u0649","\ufef0":"\u0649","\ufef1":"\u064a","\ufef2":"\u064a","\ufef3":"\u064a","\ufef4":"\u064a","\ufef5":"\u0644\u0627","\ufef6":"\u0644\u0627","\ufef7":"\u0644\u0627","\ufef8":"\u0644\u0627","\ufef9":"\u0644\u0627","\ufefa":"\u0644\u0627","\ufefb":"\u0644\u0627","\ufefc":"\u0644\u0627","\ufeff":"","\uff01":"!","\uff02":" ","\uff03":"#","\uff04":"$","\uff05":"%","\uff06":" and ","\uff07":" ","\uff08":" ","\uff09":" ","\uff0a":"*","\uff0b":" + ","\uff0c":" ","\uff0d":" ","\uff0e":" ","\uff0f":" ","\uff10":"0","\uff11":"1","\uff12":"2","\uff13":"3","\uff14":"4","\uff15":"5","\uff16":"6","\uff17":"7","\uff18":"8","\uff19":"9","\uff1a":" ","\uff1b":";","\uff1c":"<","\uff1d":"=","\uff1e":">","\uff1f":"?","\uff20":"@","\uff21":"a","\uff22":"b","\uff23":"c","\uff24":"d","\uff25":"e","\uff26":"f","\uff27":"g","\uff28":"h","\uff29":"i","\uff2a":"j","\uff2b":"k","\uff2c":"l","\uff2d":"m","\uff2e":"n","\uff2f":"o","\uff30":"p","\uff31":"q","\uff32":"r","\uff33":"s","\uff34":"t","\uff35":"u","\uff36":"v","\uff37":"w","\uff38":"x","\uff39":"y","\uff3a":"z","\uff3b":" ","\uff3c":"\\","\uff3d":" ","\uff3e":"^","\uff3f":" ","\uff40":" ","\uff41":"a","\uff42":"b","\uff43":"c","\uff44":"d","\uff45":"e","\uff46":"f","\uff47":"g","\uff48":"h","\uff49":"i","\uff4a":"j","\uff4b":"k","\uff4c":"l","\uff4d":"m","\uff4e":"n","\uff4f":"o","\uff50":"p","\uff51":"q","\uff52":"r","\uff53":"s","\uff54":"t","\uff55":"u","\uff56":"v","\uff57":"w","\uff58":"x","\uff59":"y","\uff5a":"z","\uff5b":" ","\uff5c":"|","\uff5d":" ","\uff5e":"~","\uff5f":" ","\uff60":" ","\uff61":"\u3002","\uff62":" ","\uff63":" ","\uff64":"\u3001","\uff65":"\u30fb","\uff66":"\u30f2","\uff67":"\u30a1","\uff68":"\u30a3","\uff69":"\u30a5","\uff6a":"\u30a7","\uff6b":"\u30a9","\uff6c":"\u30e3","\uff6d":"\u30e5","\uff6e":"\u30e7","\uff6f":"\u30c3","\uff70":"\u30fc","\uff71":"\u30a2","\uff72":"\u30a4","\uff73":"\u30a6","\uff74":"\u30a8","\uff75":"\u30aa","\uff76":"\u30ab","\uff77":"\u30ad","\uff78":"\u30af","\uff79":"\u30b1","\uff7a":"\u30b3","\uff7b":"\u30b5","\uff7c":"\u30b7","\uff7d":"\u30b9","\uff7e":"\u30bb","\uff7f":"\u30bd","\uff80":"\u30bf","\uff81":"\u30c1","\uff82":"\u30c4","\uff83":"\u30c6","\uff84":"\u30c8","\uff85":"\u30ca","\uff86":"\u30cb","\uff87":"\u30cc","\uff88":"\u30cd","\uff89":"\u30ce","\uff8a":"\u30cf","\uff8b":"\u30d2","\uff8c":"\u30d5","\uff8d":"\u30d8","\uff8e":"\u30db","\uff8f":"\u30de","\uff90":"\u30df","\uff91":"\u30e0","\uff92":"\u30e1","\uff93":"\u30e2","\uff94":"\u30e4","\uff95":"\u30e6","\uff96":"\u30e8","\uff97":"\u30e9","\uff98":"\u30ea","\uff99":"\u30eb","\uff9a":"\u30ec","\uff9b":"\u30ed","\uff9c":"\u30ef","\uff9d":"\u30f3","\uff9e":"","\uff9f":"","\uffa0":"\u1160","\uffa1":"\u1100","\uffa2":"\u1101","\uffa3":"\u11aa","\uffa4":"\u1102","\uffa5":"\u11ac","\uffa6":"\u11ad","\uffa7":"\u1103","\uffa8":"\u1104","\uffa9":"\u1105","\uffaa":"\u11b0","\uffab":"\u11b1","\uffac":"\u11b2","\uffad":"\u11b3","\uffae":"\u11b4","\uffaf":"\u11b5","\uffb0":"\u111a","\uffb1":"\u1106","\uffb2":"\u1107","\uffb3":"\u1108","\uffb4":"\u1121","\uffb5":"\u1109","\uffb6":"\u110a","\uffb7":"\u110b","\uffb8":"\u110c","\uffb9":"\u110d","\uffba":"\u110e","\uffbb":"\u110f","\uffbc":"\u1110","\uffbd":"\u1111","\uffbe":"\u1112","\uffc2":"\u1161","\uffc3":"\u1162","\uffc4":"\u1163","\uffc5":"\u1164","\uffc6":"\u1165","\uffc7":"\u1166","\uffca":"\u1167","\uffcb":"\u1168","\uffcc":"\u1169","\uffcd":"\u116a","\uffce":"\u116b","\uffcf":"\u116c","\uffd2":"\u116d","\uffd3":"\u116e","\uffd4":"\u116f","\uffd5":"\u1170","\uffd6":"\u1171","\uffd7":"\u1172","\uffda":"\u1173","\uffdb":"\u1174","\uffdc":"\u1175","\uffe0":"\u00a2","\uffe1":"\u00a3","\uffe2":"\u00ac","\uffe3":" ","\uffe4":"\u00a6","\uffe5":"\u00a5","\uffe6":"\u20a9","\uffe8":"\u2502","\uffe9":"\u2190","\uffea":"\u2191","\uffeb":"\u2192","\uffec":"\u2193","\uffed":"\u25a0","\uffee":"\u25cb","\ufff9":"","\ufffa":"","\ufffb":"","\ud800\uddfd":"","\ud800\udee0":"","\ud800\udf76":"","\ud800\udf77":"","\ud800\udf78":"","\ud800\udf79":"","\ud800\udf7a":"","\ud801\udc00":"\ud801\udc28","\ud801\udc01":"\ud801\udc29","\ud801\udc02":"\ud801\udc2a","\ud801\udc03":"\ud801\udc2b","\ud801\udc04":"\ud801\udc2c","\ud801\udc05":"\ud801\udc2d","\ud801\udc06":"\ud801\udc2e","\ud801\udc07":"\ud801\udc2f","\ud801\udc08":"\ud801\udc30","\ud801\udc09":"\ud801\udc31","\ud801\udc0a":"\ud801\udc32","\ud801\udc0b":"\ud801\udc33","\ud801\udc0c":"\ud801\udc34","\ud801\udc0d":"\ud801\udc35","\ud801\udc0e":"\ud801\udc36","\ud801\udc0f":"\ud801\udc37","\ud801\udc10":"\ud801\udc38","\ud801\udc11":"\ud801\udc39","\ud801\udc12":"\ud801\udc3a","\ud801\udc13":"\ud801\udc3b","\ud801\udc14":"\ud801\udc3c","\ud801\udc15":"\ud801\udc3d","\ud801\udc16":"\ud801\udc3e","\ud801\udc17":"\ud801\udc3f","\ud801\udc18":"\ud801\udc40","\ud801\udc19":"\ud801\udc41","\ud801\udc1a":"\ud801\udc42","\ud801\udc1b":"\ud801\udc43","\ud801\udc1c":"\ud801\udc44","\ud801\udc1d":"\ud801\udc45","\ud801\udc1e":"\ud801\udc46","\ud801\udc1f":"\ud801\udc47","\ud801\udc20":"\ud801\udc48","\ud801\udc21":"\ud801\udc49","\ud801\udc22":"\ud801\udc4a","\ud801\udc23":"\ud801\udc4b","\ud801\udc24":"\ud801\udc4c","\ud801\udc25":"\ud801\udc4d","\ud801\udc26":"\ud801\udc4e","\ud801\udc27":"\ud801\udc4f","\ud801\udcb0":"\ud801\udcd8","\ud801\udcb1":"\ud801\udcd9","\ud801\udcb2":"\ud801\udcda","\ud801\udcb3":"\ud801\udcdb","\ud801\udcb4":"\ud801\udcdc","\ud801\udcb5":"\ud801\udcdd","\ud801\udcb6":"\ud801\udcde","\ud801\udcb7":"\ud801\udcdf","\ud801\udcb8":"\ud801\udce0","\ud801\udcb9":"\ud801\udce1","\ud801\udcba":"\ud801\udce2","\ud801\udcbb":"\ud801\udce3","\ud801\udcbc":"\ud801\udce4","\ud801\udcbd":"\ud801\udce5","\ud801\udcbe":"\ud801\udce6","\ud801\udcbf":"\ud801\udce7","\ud801\udcc0":"\ud801\udce8","\ud801\udcc1":"\ud801\udce9","\ud801\udcc2":"\ud801\udcea","\ud801\udcc3":"\ud801\udceb","\ud801\udcc4":"\ud801\udcec","\ud801\udcc5":"\ud801\udced","\ud801\udcc6":"\ud801\udcee","\ud801\udcc7":"\ud801\udcef","\ud801\udcc8":"\ud801\udcf0","\ud801\udcc9":"\ud801\udcf1","\ud801\udcca":"\ud801\udcf2","\ud801\udccb":"\ud801\udcf3","\ud801\udccc":"\ud801\udcf4","\ud801\udccd":"\ud801\udcf5","\ud801\udcce":"\ud801\udcf6","\ud801\udccf":"\ud801\udcf7","\ud801\udcd0":"\ud801\udcf8","\ud801\udcd1":"\ud801\udcf9","\ud801\udcd2":"\ud801\udcfa","\ud801\udcd3":"\ud801\udcfb","\ud801\udd70":"\ud801\udd97","\ud801\udd71":"\ud801\udd98","\ud801\udd72":"\ud801\udd99","\ud801\udd73":"\ud801\udd9a","\ud801\udd74":"\ud801\udd9b","\ud801\udd75":"\ud801\udd9c","\ud801\udd76":"\ud801\udd9d","\ud801\udd77":"\ud801\udd9e","\ud801\udd78":"\ud801\udd9f","\ud801\udd79":"\ud801\udda0","\ud801\udd7a":"\ud801\udda1","\ud801\udd7c":"\ud801\udda3","\ud801\udd7d":"\ud801\udda4","\ud801\udd7e":"\ud801\udda5","\ud801\udd7f":"\ud801\udda6","\ud801\udd80":"\ud801\udda7","\ud801\udd81":"\ud801\udda8","\ud801\udd82":"\ud801\udda9","\ud801\udd83":"\ud801\uddaa","\ud801\udd84":"\ud801\uddab","\ud801\udd85":"\ud801\uddac","\ud801\udd86":"\ud801\uddad","\ud801\udd87":"\ud801\uddae","\ud801\udd88":"\ud801\uddaf","\ud801\udd89":"\ud801\uddb0","\ud801\udd8a":"\ud801\uddb1","\ud801\udd8c":"\ud801\uddb3","\ud801\udd8d":"\ud801\uddb4","\ud801\udd8e":"\ud801\uddb5","\ud801\udd8f":"\ud801\uddb6","\ud801\udd90":"\ud801\uddb7","\ud801\udd91":"\ud801\uddb8","\ud801\udd92":"\ud801\uddb9","\ud801\udd94":"\ud801\uddbb","\ud801\udd95":"\ud801\uddbc","\ud801\udf81":"\u02d0","\ud801\udf82":"\u02d1","\ud801\udf83":"\u00e6","\ud801\udf84":"\u0299","\ud801\udf85":"\u0253","\ud801\udf87":"\u02a3","\ud801\udf88":"\uab66","\ud801\udf89":"\u02a5","\ud801\udf8a":"\u02a4","\ud801\udf8b":"\u0256","\ud801\udf8c":"\u0257","\ud801\udf8d":"\u1d91","\ud801\udf8e":"\u0258","\ud801\udf8f":"\u025e","\ud801\udf90":"\u02a9","\ud801\udf91":"\u0264","\ud801\udf92":"\u0262","\ud801\udf93":"\u0260","\ud801\udf94":"\u029b","\ud801\udf95":"\u0127","\ud801\udf96":"\u029c","\ud801\udf97":"\u0267","\ud801\udf98":"\u0284","\ud801\udf99":"\u02aa","\ud801\udf9a":"\u02ab","\ud801\udf9b":"\u026c","\ud801\udf9c":"\ud837\udf04","\ud801\udf9d":"\ua78e","\ud801\udf9e":"\u026e","\ud801\udf9f":"\ud837\udf05","\ud801\udfa0":"\u028e","\ud801\udfa1":"\ud837\udf06","\ud801\udfa2":"\u00f8","\ud801\udfa3":"\u0276","\ud801\udfa4":"\u0277","\ud801\udfa5":"q","\ud801\udfa6":"\u027a","\ud801\udfa7":"\ud837\udf08","\ud801\udfa8":"\u027d","\ud801\udfa9":"\u027e","\ud801\udfaa":"\u0280","\ud801\udfab":"\u02a8","\ud801\udfac":"\u02a6","\ud801\udfad":"\uab67","\ud801\udfae":"\u02a7","\ud801\udfaf":"\u0288","\ud801\udfb0":"\u2c71","\ud801\udfb2":"\u028f","\ud801\udfb3":"\u02a1","\ud801\udfb4":"\u02a2","\ud801\udfb5":"\u0298","\ud801\udfb6":"\u01c0","\ud801\udfb7":"\u01c1","\ud801\udfb8":"\u01c2","\ud801\udfb9":"\ud837\udf0a","\ud801\udfba":"\ud837\udf1e","\ud802\ude01":"","\ud802\ude02":"","\ud802\ude03":"","\ud802\ude05":"","\ud802\ude06":"","\ud802\ude0c":"","\ud802\ude0d":"","\ud802\ude0e":"","\ud802\ude0f":"","\ud802\ude38":"","\ud802\ude39":"","\ud802\ude3a":"","\ud802\ude3f":"","\ud802\udee5":"","\ud802\udee6":"","\ud803\udc80":"\ud803\udcc0","\ud803\udc81":"\ud803\udcc1","\ud803\udc82":"\ud803\udcc2","\ud803\udc83":"\ud803\udcc3","\ud803\udc84":"\ud803\udcc4","\ud803\udc85":"\ud803\udcc5","\ud803\udc86":"\ud803\udcc6","\ud803\udc87":"\ud803\udcc7","\ud803\udc88":"\ud803\udcc8","\ud803\udc89":"\ud803\udcc9","\ud803\udc8a":"\ud803\udcca","\ud803\udc8b":"\ud803\udccb","\ud803\udc8c":"\ud803\udccc","\ud803\udc8d":"\ud803\udccd","\ud803\udc8e":"\ud803\udcce","\ud803\udc8f":"\ud803\udccf","\ud803\udc90":"\ud803\udcd0","\ud803\udc91":"\ud803\udcd1","\ud803\udc92":"\ud803\udcd2","\ud803\udc93":"\ud803\udcd3","\ud803\udc94":"\ud803\udcd4","\ud803\udc95":"\ud803\udcd5","\ud803\udc96":"\ud803\udcd6","\ud803\udc97":"\ud803\udcd7","\ud803\udc98":"\ud803\udcd8","\ud803\udc99":"\ud803\udcd9","\ud803\udc9a":"\ud803\udcda","\ud803\udc9b":"\ud803\udcdb","\ud803\udc9c":"\ud803\udcdc","\ud803\udc9d":"\ud803\udcdd","\ud803\udc9e":"\ud803\udcde","\ud803\udc9f":"\ud803\udcdf","\ud803\udca0":"\ud803\udce0","\ud803\udca1":"\ud803\udce1","\ud803\udca2":"\ud803\udce2","\ud803\udca3":"\ud803\udce3","\ud803\udca4":"\ud803\udce4","\ud803\udca5":"\ud803\udce5","\ud803\udca6":"\ud803\udce6","\ud803\udca7":"\ud803\udce7","\ud803\udca8":"\ud803\udce8","\ud803\udca9":"\ud803\udce9","\ud803\udcaa":"\ud803\udcea","\ud803\udcab":"\ud803\udceb","\ud803\udcac":"\ud803\udcec","\ud803\udcad":"\ud803\udced","\ud803\udcae":"\ud803\udcee","\ud803\udcaf":"\ud803\udcef","\ud803\udcb0":"\ud803\udcf0","\ud803\udcb1":"\ud803\udcf1","\ud803\udcb2":"\ud803\udcf2","\ud803\udd24":"","\ud803\udd25":"","\ud803\udd26":"","\ud803\udd27":"","\ud803\udeab":"","\ud803\udeac":"","\ud803\udead":" ","\ud803\udf46":"","\ud803\udf47":"","\ud803\udf48":"","\ud803\udf49":"","\ud803\udf4a":"","\ud803\udf4b":"","\ud803\udf4c":"","\ud803\udf4d":"","\ud803\udf4e":"","\ud803\udf4f":"","\ud803\udf50":"","\ud803\udf82":"","\ud803\udf83":"","\ud803\udf84":"","\ud803\udf85":"","\ud804\udc01":"","\ud804\udc38":"","\ud804\udc39":"","\ud804\udc3a":"","\ud804\udc3b":"","\ud804\udc3c":"","\ud804\udc3d":"","\ud804\udc3e":"","\ud804\udc3f":"","\ud804\udc40":"","\ud804\udc41":"","\ud804\udc42":"","\ud804\udc43":"","\ud804\udc44":"","\ud804\udc45":"","\ud804\udc46":"","\ud804\udc70":"","\ud804\udc73":"","\ud804\udc74":"","\ud804\udc7f":"","\ud804\udc80":"","\ud804\udc81":"","\ud804\udc9a":"\ud804\udc99","\ud804\udc9c":"\ud804\udc9b","\ud804\udcab":"\ud804\udca5","\ud804\udcb3":"","\ud804\udcb4":"","\ud804\udcb5":"","\ud804\udcb6":"","\ud804\udcb9":"","\ud804\udcba":"","\ud804\udcbd":"","\ud804\udcc2":"","\ud804\udccd":"","\ud804\udd00":"","\ud804\udd01":"","\ud804\udd02":"","\ud804\udd27":"","\ud804\udd28":"","\ud804\udd29":"","\ud804\udd2a":"","\ud804\udd2b":"","\ud804\udd2d":"","\ud804\udd2e":"","\ud804\udd2f":"","\ud804\udd30":"","\ud804\udd31":"","\ud804\udd32":"","\ud804\udd33":"","\ud804\udd34":"","\ud804\udd73":"","\ud804\udd80":"","\ud804\udd81":"","\ud804\uddb6":"","\ud804\uddb7":"","\ud804\uddb8":"","\ud804\uddb9":"","\ud804\uddba":"","\ud804\uddbb":"","\ud804\uddbc":"","\ud804\uddbd":"","\ud804\uddbe":"","\ud804\uddc9":"","\ud804\uddca":"","\ud804\uddcb":"","\ud804\uddcc":"","\ud804\uddcf":"","\ud804\ude2f":"","\ud804\ude30":"","\ud804\ude31":"","\ud804\ude34":"","\ud804\ude36":"","\ud804\ude37":"","\ud804\ude3e":"","\ud804\udedf":"","\ud804\udee3":"","\ud804\udee4":"","\ud804\udee5":"","\ud804\udee6":"","\ud804\udee7":"","\ud804\udee8":"","\ud804\udee9":"","\ud804\udeea":"","\ud804\udf00":"","\ud804\udf01":"","\ud804\udf3b":"","\ud804\udf3c":"","\ud804\udf40":"","\ud804\udf66":"","\ud804\udf67":"","\ud804\udf68":"","\ud804\udf69":"","\ud804\udf6a":"","\ud804\udf6b":"","\ud804\udf6c":"","\ud804\udf70":"","\ud804\udf71":"","\ud804\udf72":"","\ud804\udf73":"","\ud804\udf74":"","\ud805\udc38":"","\ud805\udc39":"","\ud805\udc3a":"","\ud805\udc3b":"","\ud805\udc3c":"","\ud805\udc3d":"","\ud805\udc3e":"","\ud805\udc3f":"","\ud805\udc42":"","\ud805\udc43":"","\ud805\udc44":"","\ud805\udc46":"","\ud805\udc5e":"","\ud805\udcb3":"","\ud805\udcb4":"","\ud805\udcb5":"","\ud805\udcb6":"","\ud805\udcb7":"","\ud805\udcb8":"","\ud805\udcba":"","\ud805\udcbb":"\ud805\udcb9","\ud805\udcbf":"","\ud805\udcc0":"","\ud805\udcc2":"","\ud805\udcc3":"","\ud805\uddb2":"","\ud805\uddb3":"","\ud805\uddb4":"","\ud805\uddb5":"","\ud805\uddbc":"","\ud805\uddbd":"","\ud805\uddbf":"","\ud805\uddc0":"","\ud805\udddc":"","\ud805\udddd":"","\ud805\ude33":"","\ud805\ude34":"","\ud805\ude35":"","\ud805\ude36":"","\ud805\ude37":"","\ud805\ude38":"","\ud805\ude39":"","\ud805\ude3a":"","\ud805\ude3d":"","\ud805\ude3f":"","\ud805\ude40":"","\ud805\udeab":"","\ud805\udead":"","\ud805\udeb0":"","\ud805\udeb1":"","\ud805\udeb2":"","\ud805\udeb3":"","\ud805\udeb4":"","\ud805\udeb5":"","\ud805\udeb7":"","\ud805\udf1d":"","\ud805\udf1e":"","\ud805\udf1f":"","\ud805\udf22":"","\ud805\udf23":"","\ud805\udf24":"","\ud805\udf25":"","\ud805\udf27":"","\ud805\udf28":"","\ud805\udf29":"","\ud805\udf2a":"","\ud805\udf2b":"","\ud806\udc2f":"","\ud806\udc30":"","\ud806\udc31":"","\ud806\udc32":"","\ud806\udc33":"","\ud806\udc34":"","\ud806\udc35":"","\ud806\udc36":"","\ud806\udc37":"","\ud806\udc39":"","\ud806\udc3a":"","\ud806\udca0":"\ud806\udcc0","\ud806\udca1":"\ud806\udcc1","\ud806\udca2":"\ud806\udcc2","\ud806\udca3":"\ud806\udcc3","\ud806\udca4":"\ud806\udcc4","\ud806\udca5":"\ud806\udcc5","\ud806\udca6":"\ud806\udcc6","\ud806\udca7":"\ud806\udcc7","\ud806\udca8":"\ud806\udcc8","\ud806\udca9":"\ud806\udcc9","\ud806\udcaa":"\ud806\udcca","\ud806\udcab":"\ud806\udccb","\ud806\udcac":"\ud806\udccc","\ud806\udcad":"\ud806\udccd","\ud806\udcae":"\ud806\udcce","\ud806\udcaf":"\ud806\udccf","\ud806\udcb0":"\ud806\udcd0","\ud806\udcb1":"\ud806\udcd1","\ud806\udcb2":"\ud806\udcd2","\ud806\udcb3":"\ud806\udcd3","\ud806\udcb4":"\ud806\udcd4","\ud806\udcb5":"\ud806\udcd5","\ud806\udcb6":"\ud806\udcd6","\ud806\udcb7":"\ud806\udcd7","\ud806\udcb8":"\ud806\udcd8","\ud806\udcb9":"\ud806\udcd9","\ud806\udcba":"\ud806\udcda","\ud806\udcbb":"\ud806\udcdb","\ud806\udcbc":"\ud806\udcdc","\ud806\udcbd":"\ud806\udcdd","\ud806\udcbe":"\ud806\udcde","\ud806\udcbf":"\ud806\udcdf","\ud806\udd3b":"","\ud806\udd3c":"","\ud806\udd3e":"","\ud806\udd43":"","\ud806\uddd4":"","\ud806\uddd5":"","\ud806\uddd6":"","\ud806\uddd7":"","\ud806\uddda":"","\ud806\udddb":"","\ud806\udde0":"","\ud806\ude01":"","\ud806\ude02":"","\ud806\ude03":"","\ud806\ude04":"","\ud806\ude05":"","\ud806\ude06":"","\ud806\ude07":"","\ud806\ude08":"","\ud806\ude09":"","\ud806\ude0a":"","\ud806\ude33":"","\ud806\ude34":"","\ud806\ude35":"","\ud806\ude36":"","\ud806\ude37":"","\ud806\ude38":"","\ud806\ude3b":"","\ud806\ude3c":"","\ud806\ude3d":"","\ud806\ude3e":"","\ud806\ude47":"","\ud806\ude51":"","\ud806\ude52":"","\ud806\ude53":"","\ud806\ude54":"","\ud806\ude55":"","\ud806\ude56":"","\ud806\ude59":"","\ud806\ude5a":"","\ud806\ude5b":"","\ud806\ude8a":"","\ud806\ude8b":"","\ud806\ude8c":"","\ud806\ude8d":"","\ud806\ude8e":"","\ud806\ude8f":"","\ud806\ude90":"","\ud806\ude91":"","\ud806\ude92":"","\ud806\ude93":"","\ud806\ude94":"","\ud806\ude95":"","\ud806\ude96":"","\ud806\ude98":"","\ud806\ude99":"","\ud807\udc30":"","\ud807\udc31":"","\ud807\udc32":"","\ud807\udc33":"","\ud807\udc34":"","\ud807\udc35":"","\ud807\udc36":"","\ud807\udc38":"","\ud807\udc39":"","\ud807\udc3a":"","\ud807\udc3b":"","\ud807\udc3c":"","\ud807\udc3d":"","\ud807\udc3f":"","\ud807\udc92":"","\ud807\udc93":"","\ud807\udc94":"","\ud807\udc95":"","\ud807\udc96":"","\ud807\udc97":"","\ud807\udc98":"","\ud807\udc99":"","\ud807\udc9a":"","\ud807\udc9b":"","\ud807\udc9c":"","\ud807\udc9d":"","\ud807\udc9e":"","\ud807\udc9f":"","\ud807\udca0":"","\ud807\udca1":"","\ud807\udca2":"","\ud807\udca3":"","\ud807\udca4":"","\ud807\udca5":"","\ud807\udca6":"","\ud807\udca7":"","\ud807\udcaa":"","\ud807\udcab":"","\ud807\udcac":"","\ud807\udcad":"","\ud807\udcae":"","\ud807\udcaf":"","\ud807\udcb0":"","\ud807\udcb2":"","\ud807\udcb3":"","\ud807\udcb5":"","\ud807\udcb6":"","\ud807\udd31":"","\ud807\udd32":"","\ud807\udd33":"","\ud807\udd34":"","\ud807\udd35":"","\ud807\udd36":"","\ud807\udd3a":"","\ud807\udd3c":"","\ud807\udd3d":"","\ud807\udd3f":"","\ud807\udd40":"","\ud807\udd41":"","\ud807\udd42":"","\ud807\udd43":"","\ud807\udd44":"","\ud807\udd45":"","\ud807\udd47":"","\ud807\udd90":"","\ud807\udd91":"","\ud807\udd95":"","\ud807\udd97":"","\ud807\udef3":"","\ud807\udef4":"","\ud80d\udc30":"","\ud80d\udc31":"","\ud80d\udc32":"","\ud80d\udc33":"","\ud80d\udc34":"","\ud80d\udc35":"","\ud80d\udc36":"","\ud80d\udc37":"","\ud80d\udc38":"","\ud81a\udef0":"","\ud81a\udef1":"","\ud81a\udef2":"","\ud81a\udef3":"","\ud81a\udef4":"","\ud81a\udf30":"","\ud81a\udf31":"","\ud81a\udf32":"","\ud81a\udf33":"","\ud81a\udf34":"","\ud81a\udf35":"","\ud81a\udf36":"","\ud81b\ude40":"\ud81b\ude60","\ud81b\ude41":"\ud81b\ude61","\ud81b\ude42":"\ud81b\ude62","\ud81b\ude43":"\ud81b\ude63","\ud81b\ude44":"\ud81b\ude64","\ud81b\ude45":"\ud81b\ude65","\ud81b\ude46":"\ud81b\ude66","\ud81b\ude47":"\ud81b\ude67","\ud81b\ude48":"\ud81b\ude68","\ud81b\ude49":"\ud81b\ude69","\ud81b\ude4a":"\ud81b\ude6a","\ud81b\ude4b":"\ud81b\ude6b","\ud81b\ude4c":"\ud81b\ude6c","\ud81b\ude4d":"\ud81b\ude6d","\ud81b\ude4e":"\ud81b\ude6e","\ud81b\ude4f":"\ud81b\ude6f","\ud81b\ude50":"\ud81b\ude70","\ud81b\ude51":"\ud81b\ude71","\ud81b\ude52":"\ud81b\ude72","\ud81b\ude53":"\ud81b\ude73","\ud81b\ude54":"\ud81b\ude74","\ud81b\ude55":"\ud81b\ude75","\ud81b\ude56":"\ud81b\ude76","\ud81b\ude57":"\ud81b\ude77","\ud81b\ude58":"\ud81b\ude78","\ud81b\ude59":"\ud81b\ude79","\ud81b\ude5a":"\ud81b\ude7a","\ud81b\ude5b":"\ud81b\ude7b","\ud81b\ude5c":"\ud81b\ude7c","\ud81b\ude5d":"\ud81b\ude7d","\ud81b\ude5e":"\ud81b\ude7e","\ud81b\ude5f":"\ud81b\ude7f","\ud81b\udf4f":"","\ud81b\udf8f":"","\ud81b\udf90":"","\ud81b\udf91":"","\ud81b\udf92":"","\ud81b\udfe4":"","\ud82f\udc9d":"","\ud82f\udc9e":"","\ud82f\udca0":"","\ud82f\udca1":"","\ud82f\udca2":"","\ud82f\udca3":"","\ud833\udf00":"","\ud833\udf01":"","\ud833\udf02":"","\ud833\udf03":"","\ud833\udf04":"","\ud833\udf05":"","\ud833\udf06":"","\ud833\udf07":"","\ud833\udf08":"","\ud833\udf09":"","\ud833\udf0a":"","\ud833\udf0b":"","\ud833\udf0c":"","\ud833\udf0d":"","\ud833\udf0e":"","\ud833\udf0f":"","\ud833\udf10":"","\ud833\udf11":"","\ud833\udf12":"","\ud833\udf13":"","\ud833\udf14":"","\ud833\udf15":"","\ud833\udf16":"","\ud833\udf17":"","\ud833\udf18":"","\ud833\udf19":"","\ud833\udf1a":"","\ud833\udf1b":"","\ud833\udf1c":"","\ud833\udf1d":"","\ud833\udf1e":"","\ud833\udf1f":"","\ud833\udf20":"","\ud833\udf21":"","\ud833\udf22":"","\ud833\udf23":"","\ud833\udf24":"","\ud833\udf25":"","\ud833\udf26":"","\ud833\udf27":"","\ud833\udf28":"","\ud833\udf29":"","\ud833\udf2a":"","\ud833\udf2b":"","\ud833\udf2c":"","\ud833\udf2d":"","\ud833\udf30":"","\ud833\udf31":"","\ud833\udf32":"","\ud833\udf33":"","\ud833\udf34":"","\ud833\udf35":"","\ud833\udf36":"","\ud833\udf37":"","\ud833\udf38":"","\ud833\udf39":"","\ud833\udf3a":"","\ud833\udf3b":"","\ud833\udf3c":"","\ud833\udf3d":"","\ud833\udf3e":"","\ud833\udf3f":"","\ud833\udf40":"","\ud833\udf41":"","\ud833\udf42":"","\ud833\udf43":"","\ud833\udf44":"","\ud833\udf45":"","\ud833\udf46":"","\ud834\udd5e":"\ud834\udd57\ud834\udd65","\ud834\udd5f":"\ud834\udd58\ud834\udd65","\ud834\udd60":"\ud834\udd58\ud834\udd65\ud834\udd6e","\ud834\udd61":"\ud834\udd58\ud834\udd65\ud834\udd6f","\ud834\udd62":"\ud834\udd58\ud834\udd65\ud834\udd70","\ud834\udd63":"\ud834\udd58\ud834\udd65\ud834\udd71","\ud834\udd64":"\ud834\udd58\ud834\udd65\ud834\udd72","\ud834\udd67":"","\ud834\udd68":"","\ud834\udd69":"","\ud834\udd73":"","\ud834\udd74":"","\ud834\udd75":"","\ud834\udd76":"","\ud834\udd77":"","\ud834\udd78":"","\ud834\udd79":"","\ud834\udd7a":"","\ud834\udd7b":"","\ud834\udd7c":"","\ud834\udd7d":"","\ud834\udd7e":"","\ud834\udd7f":"","\ud834\udd80":"","\ud834\udd81":"","\ud834\udd82":"","\ud834\udd85":"","\ud834\udd86":"","\ud834\udd87":"","\ud834\udd88":"","\ud834\udd89":"","\ud834\udd8a":"","\ud834\udd8b":"","\ud834\uddaa":"","\ud834\uddab":"","\ud834\uddac":"","\ud834\uddad":"","\ud834\uddbb":"\ud834\uddb9\ud834\udd65","\ud834\uddbc":"\ud834\uddba\ud834\udd65","\ud834\uddbd":"\ud834\uddb9\ud834\udd65\ud834\udd6e","\ud834\uddbe":"\ud834\uddba\ud834\udd65\ud834\udd6e","\ud834\uddbf":"\ud834\uddb9\ud834\udd65\ud834\udd6f","\ud834\uddc0":"\ud834\uddba\ud834\udd65\ud834\udd6f","\ud834\ude42":"","\ud834\ude43":"","\ud834\ude44":"","\ud835\udc00":"a","\ud835\udc01":"b","\ud835\udc02":"c","\ud835\udc03":"d","\ud835\udc04":"e","\ud835\udc05":"f","\ud835\udc06":"g","\ud835\udc07":"h","\ud835\udc08":"i","\ud835\udc09":"j","\ud835\udc0a":"k","\ud835\udc0b":"l","\ud835\udc0c":"m","\ud835\udc0d":"n","\ud835\udc0e":"o","\ud835\udc0f":"p","\ud835\udc10":"q","\ud835\udc11":"r","\ud835\udc12":"s","\ud835\udc13":"t","\ud835\udc14":"u","\ud835\udc15":"v","\ud835\udc16":"w","\ud835\udc17":"x","\ud835\udc18":"y","\ud835\udc19":"z","\ud835\udc1a":"a","\ud835\udc1b":"b","\ud835\udc1c":"c","\ud835\udc1d":"d","\ud835\udc1e":"e","\ud835\udc1f":"f","\ud835\udc20":"g","\ud835\udc21":"h","\ud835\udc22":"i","\ud835\udc23":"j","\ud835\udc24":"k","\ud835\udc25":"l","\ud835\udc26":"m","\ud835\udc27":"n","\ud835\udc28":"o","\ud835\udc29":"p","\ud835\udc2a":"q","\ud835\udc2b":"r","\ud835\udc2c":"s","\ud835\udc2d":"t","\ud835\udc2e":"u","\ud835\udc2f":"v","\ud835\udc30":"w","\ud835\udc31":"x","\ud835\udc32":"y","\ud835\udc33":"z","\ud835\udc34":"a","\ud835\udc35":"b","\ud835\udc36":"c","\ud835\udc37":"d","\ud835\udc38":"e","\ud835\udc39":"f","\ud835\udc3a":"g","\ud835\udc3b":"h","\ud835\udc3c":"i","\ud835\udc3d":"j","\ud835\udc3e":"k","\ud835\udc3f":"l","\ud835\udc40":"m","\ud835\udc41":"n","\ud835\udc42":"o","\ud835\udc43":"p","\ud835\udc44":"q","\ud835\udc45":"r","\ud835\udc46":"s","\ud835\udc47":"t","\ud835\udc48":"u","\ud835\udc49":"v","\ud835\udc4a":"w","\ud835\udc4b":"x","\ud835\udc4c":"y","\ud835\udc4d":"z","\ud835\udc4e":"a","\ud835\udc4f":"b","\ud835\udc50":"c","\ud835\udc51":"d","\ud835\udc52":"e","\ud835\udc53":"f","\ud835\udc54":"g","\ud835\udc56":"i","\ud835\udc57":"j","\ud835\udc58":"k","\ud835\udc59":"l","\ud835\udc5a":"m","\ud835\udc5b":"n","\ud835\udc5c":"o","\ud835\udc5d":"p","\ud835\udc5e":"q","\ud835\udc5f":"r","\ud835\udc60":"s","\ud835\udc61":"t","\ud835\udc62":"u","\ud835\udc63":"v","\ud835\udc64":"w","\ud835\udc65":"x","\ud835\udc66":"y","\ud835\udc67":"z","\ud835\udc68":"a","\ud835\udc69":"b","\ud835\udc6a":"c","\ud835\udc6b":"d","\ud835\udc6c":"e","\ud835\udc6d":"f","\ud835\udc6e":"g","\ud835\udc6f":"h","\ud835\udc70":"i","\ud835\udc71":"j","\ud835\udc72":"k","\ud835\udc73":"l","\ud835\udc74":"m","\ud835\udc75":"n","\ud835\udc76":"o","\ud835\udc77":"p","\ud835\udc78":"q","\ud835\udc79":"r","\ud835\udc7a":"s","\ud835\udc7b":"t","\ud835\udc7c":"u","\ud835\udc7d":"v","\ud835\udc7e":"w","\ud835\udc7f":"x","\ud835\udc80":"y","\ud835\udc81":"z","\ud835\udc82":"a","\ud835\udc83":"b","\ud835\udc84":"c","\ud835\udc85":"d","\ud835\udc86":"e","\ud835\udc87":"f","\ud835\udc88":"g","\ud835\udc89":"h","\ud835\udc8a":"i","\ud835\udc8b":"j","\ud835\udc8c":"k","\ud835\udc8d":"l","\ud835\udc8e":"m","\ud835\udc8f":"n","\ud835\udc90":"o","\ud835\udc91":"p","\ud835\udc92":"q","\ud835\udc93":"r","\ud835\udc94":"s","\ud835\udc95":"t","\ud835\udc96":"u","\ud835\udc97":"v","\ud835\udc98":"w","\ud835\udc99":"x","\ud835\udc9a":"y","\ud835\udc9b":"z","\ud835\udc9c":"a","\ud835\udc9e":"c","\ud835\udc9f":"d","\ud835\udca2":"g","\ud835\udca5":"j","\ud835\udca6":"k","\ud835\udca9":"n","\ud835\udcaa":"o","\ud835\udcab":"p","\ud835\udcac":"q","\ud835\udcae":"s","\ud835\udcaf":"t","\ud835\udcb0":"u","\ud835\udcb1":"v","\ud835\udcb2":"w","\ud835\udcb3":"x","\ud835\udcb4":"y","\ud835\udcb5":"z","\ud835\udcb6":"a","\ud835\udcb7":"b","\ud835\udcb8":"c","\ud835\udcb9":"d","\ud835\udcbb":"f","\ud835\udcbd":"h","\ud835\udcbe":"i","\ud835\udcbf":"j","\ud835\udcc0":"k","\ud835\udcc1":"l","\ud835\udcc2":"m","\ud835\udcc3":"n","\ud835\udcc5":"p","\ud835\udcc6":"q","\ud835\udcc7":"r","\ud835\udcc8":"s","\ud835\udcc9":"t","\ud835\udcca":"u","\ud835\udccb":"v","\ud835\udccc":"w","\ud835\udccd":"x","\ud835\udcce":"y","\ud835\udccf":"z","\ud835\udcd0":"a","\ud835\udcd1":"b","\ud835\udcd2":"c","\ud835\udcd3":"d","\ud835\udcd4":"e","\ud835\udcd5":"f","\ud835\udcd6":"g","\ud835\udcd7":"h","\ud835\udcd8":"i","\ud835\udcd9":"j","\ud835\udcda":"k","\ud835\udcdb":"l","\ud835\udcdc":"m","\ud835\udcdd":"n","\ud835\udcde":"o","\ud835\udcdf":"p","\ud835\udce0":"q","\ud835\udce1":"r","\ud835\udce2":"s","\ud835\udce3":"t","\ud835\udce4":"u","\ud835\udce5":"v","\ud835\udce6":"w","\ud835\udce7":"x","\ud835\udce8":"y","\ud835\udce9":"z","\ud835\udcea":"a","\ud835\udceb":"b","\ud835\udcec":"c","\ud835\udced":"d","\ud835\udcee":"e","\ud835\udcef":"f","\ud835\udcf0":"g","\ud835\udcf1":"h","\ud835\udcf2":"i","\ud835\udcf3":"j","\ud835\udcf4":"k","\ud835\udcf5":"l","\ud835\udcf6":"m","\ud835\udcf7":"n","\ud835\udcf8":"o","\ud835\udcf9":"p","\ud835\udcfa":"q","\ud835\udcfb":"r","\ud835\udcfc":"s","\ud835\udcfd":"t","\ud835\udcfe":"u","\ud835\udcff":"v","\ud835\udd00":"w","\ud835\udd01":"x","\ud835\udd02":"y","\ud835\udd03":"z","\ud835\udd04":"a","\ud835\udd05":"b","\ud835\udd07":"d","\ud835\udd08":"e","\ud835\udd09":"f","\ud835\udd0a":"g","\ud835\udd0d":"j","\ud835\udd0e":"k","\ud835\udd0f":"l","\ud835\udd10":"m","\ud835\udd11":"n","\ud835\udd12":"o","\ud835\udd13":"p","\ud835\udd14":"q","\ud835\udd16":"s","\ud835\udd17":"t","\ud835\udd18":"u","\ud835\udd19":"v","\ud835\udd1a":"w","\ud835\udd1b":"x","\ud835\udd1c":"y","\ud835\udd1e":"a","\ud835\udd1f":"b","\ud835\udd20":"c","\ud835\udd21":"d","\ud835\udd22":"e","\ud835\udd23":"f","\ud835\udd24":"g","\ud835\udd25":"h","\ud835\udd26":"i","\ud835\udd27":"j","\ud835\udd28":"k","\ud835\udd29":"l","\ud835\udd2a":"m","\ud835\udd2b":"n","\ud835\udd2c":"o","\ud835\udd2d":"p","\ud835\udd2e":"q","\ud835\udd2f":"r","\ud835\udd30":"s","\ud835\udd31":"t","\ud835\udd32":"u","\ud835\udd33":"v","\ud835\udd34":"w","\ud835\udd35":"x","\ud835\udd36":"y","\ud835\udd37":"z","\ud835\udd38":"a","\ud835\udd39":"b","\ud835\udd3b":"d","\ud835\udd3c":"e","\ud835\udd3d":"f","\ud835\udd3e":"g","\ud835\udd40":"i","\ud835\udd41":"j","\ud835\udd42":"k","\ud835\udd43":"l","\ud835\udd44":"m","\ud835\udd46":"o","\ud835\udd4a":"s","\ud835\udd4b":"t","\ud835\udd4c":"u","\ud835\udd4d":"v","\ud835\udd4e":"w","\ud835\udd4f":"x","\ud835\udd50":"y","\ud835\udd52":"a","\ud835\udd53":"b","\ud835\udd54":"c","\ud835\udd55":"d","\ud835\udd56":"e","\ud835\udd57":"f","\ud835\udd58":"g","\ud835\udd59":"h","\ud835\udd5a":"i","\ud835\udd5b":"j","\ud835\udd5c":"k","\ud835\udd5d":"l","\ud835\udd5e":"m","\ud835\udd5f":"n","\ud835\udd60":"o","\ud835\udd61":"p","\ud835\udd62":"q","\ud835\udd63":"r","\ud835\udd64":"s","\ud835\udd65":"t","\ud835\udd66":"u","\ud835\udd67":"v","\ud835\udd68":"w","\ud835\udd69":"x","\ud835\udd6a":"y","\ud835\udd6b":"z","\ud835\udd6c":"a","\ud835\udd6d":"b","\ud835\udd6e":"c","\ud835\udd6f":"d","\ud835\udd70":"e","\ud835\udd71":"f","\ud835\udd72":"g","\ud835\udd73":"h","\ud835\udd74":"i","\ud835\udd75":"j","\ud835\udd76":"k","\ud835\udd77":"l","\ud835\udd78":"m","\ud835\udd79":"n","\ud835\udd7a":"o","\ud835\udd7b":"p","\ud835\udd7c":"q","\ud835\udd7d":"r","\ud835\udd7e":"s","\ud835\udd7f":"t","\ud835\udd80":"u","\ud835\udd81":"v","\ud835\udd82":"w","\ud835\udd83":"x","\ud835\udd84":"y","\ud835\udd85":"z","\ud835\udd86":"a","\ud835\udd87":"b","\ud835\udd88":"c","\ud835\udd89":"d","\ud835\udd8a":"e","\ud835\udd8b":"f","\ud835\udd8c":"g","\ud835\udd8d":"h","\ud835\udd8e":"i","\ud835\udd8f":"j","\ud835\udd90":"k","\ud835\udd91":"l","\ud835\udd92":"m","\ud835\udd93":"n","\ud835\udd94":"o","\ud835\udd95":"p","\ud835\udd96":"q","\ud835\udd97":"r","\ud835\udd98":"s","\ud835\udd99":"t","\ud835\udd9a":"u","\ud835\udd9b":"v","\ud835\udd9c":"w","\ud835\udd9d":"x","\ud835\udd9e":"y","\ud835\udd9f":"z","\ud835\udda0":"a","\ud835\udda1":"b","\ud835\udda2":"c","\ud835\udda3":"d","\ud835\udda4":"e","\ud835\udda5":"f","\ud835\udda6":"g","\ud835\udda7":"h","\ud835\udda8":"i","\ud835\udda9":"j","\ud835\uddaa":"k","\ud835\uddab":"l","\ud835\uddac":"m","\ud835\uddad":"n","\ud835\uddae":"o","\ud835\uddaf":"p","\ud835\uddb0":"q","\ud835\uddb1":"r","\ud835\uddb2":"s","\ud835\uddb3":"t","\ud835\uddb4":"u","\ud835\uddb5":"v","\ud835\uddb6":"w","\ud835\uddb7":"x","\ud835\uddb8":"y","\ud835\uddb9":"z","\ud835\uddba":"a","\ud835\uddbb":"b","\ud835\uddbc":"c","\ud835\uddbd":"d","\ud835\uddbe":"e","\ud835\uddbf":"f","\ud835\uddc0":"g","\ud835\uddc1":"h","\ud835\uddc2":"i","\ud835\uddc3":"j","\ud835\uddc4":"k","\ud835\uddc5":"l","\ud835\uddc6":"m","\ud835\uddc7":"n","\ud835\uddc8":"o","\ud835\uddc9":"p","\ud835\uddca":"q","\ud835\uddcb":"r","\ud835\uddcc":"s","\ud835\uddcd":"t","\ud835\uddce":"u","\ud835\uddcf":"v","\ud835\uddd0":"w","\ud835\uddd1":"x","\ud835\uddd2":"y","\ud835\uddd3":"z","\ud835\uddd4":"a","\ud835\uddd5":"b","\ud835\uddd6":"c","\ud835\uddd7":"d","\ud835\uddd8":"e","\ud835\uddd9":"f","\ud835\uddda":"g","\ud835\udddb":"h","\ud835\udddc":"i","\ud835\udddd":"j","\ud835\uddde":"k","\ud835\udddf":"l","\ud835\udde0":"m","\ud835\udde1":"n","\ud835\udde2":"o","\ud835\udde3":"p","\ud835\udde4":"q","\ud835\udde5":"r","\ud835\udde6":"s","\ud835\udde7":"t","\ud835\udde8":"u","\ud835\udde9":"v","\ud835\uddea":"w","\ud835\uddeb":"x","\ud835\uddec":"y","\ud835\udded":"z","\ud835\uddee":"a","\ud835\uddef":"b","\ud835\uddf0":"c","\ud835\uddf1":"d","\ud835\uddf2":"e","\ud835\uddf3":"f","\ud835\uddf4":"g","\ud835\uddf5":"h","\ud835\uddf6":"i","\ud835\uddf7":"j","\ud835\uddf8":"k","\ud835\uddf9":"l","\ud835\uddfa":"m","\ud835\uddfb":"n","\ud835\uddfc":"o","\ud835\uddfd":"p","\ud835\uddfe":"q","\ud835\uddff":"r","\ud835\ude00":"s","\ud835\ude01":"t","\ud835\ude02":"u","\ud835\ude03":"v","\ud835\ude04":"w","\ud835\ude05":"x","\ud835\ude06":"y","\ud835\ude07":"z","\ud835\ude08":"a","\ud835\ude09":"b","\ud835\ude0a":"c","\ud835\ude0b":"d","\ud835\ude0c":"e","\ud835\ude0d":"f","\ud835\ude0e":"g","\ud835\ude0f":"h","\ud835\ude10":"i","\ud835\ude11":"j","\ud835\ude12":"k","\ud835\ude13":"l","\ud835\ude14":"m","\ud835\ude15":"n","\ud835\ude16":"o","\ud835\ude17":"p","\ud835\ude18":"q","\ud835\ude19":"r","\ud835\ude1a":"s","\ud835\ude1b":"t","\ud835\ude1c":"u","\ud835\ude1d":"v","\ud835\ude1e":"w","\ud835\ude1f":"x","\ud835\ude20":"y","\ud835\ude21":"z","\ud835\ude22":"a","\ud835\ude23":"b","\ud835\ude24":"c","\ud835\ude25":"d","\ud835\ude26":"e","\ud835\ude27":"f","\ud835\ude28":"g","\ud835\ude29":"h","\ud835\ude2a":"i","\ud835\ude2b":"j","\ud835\ude2c":"k","\ud835\ude2d":"l","\ud835\ude2e":"m","\ud835\ude2f":"n","\ud835\ude30":"o","\ud835\ude31":"p","\ud835\ude32":"q","\ud835\ude33":"r","\ud835\ude34":"s","\ud835\ude35":"t","\ud835\ude36":"u","\ud835\ude37":"v","\ud835\ude38":"w","\ud835\ude39":"x","\ud835\ude3a":"y","\ud835\ude3b":"z","\ud835\ude3c":"a","\ud835\ude3d":"b","\ud835\ude3e":"c","\ud835\ude3f":"d","\ud835\ude40":"e","\ud835\ude41":"f","\ud835\ude42":"g","\ud835\ude43":"h","\ud835\ude44":"i","\ud835\ude45":"j","\ud835\ude46":"k","\ud835\ude47":"l","\ud835\ude48":"m","\ud835\ude49":"n","\ud835\ude4a":"o","\ud835\ude4b":"p","\ud835\ude4c":"q","\ud835\ude4d":"r","\ud835\ude4e":"s","\ud835\ude4f":"t","\ud835\ude50":"u","\ud835\ude51":"v","\ud835\ude52":"w","\ud835\ude53":"x","\ud835\ude54":"y","\ud835\ude55":"z","\ud835\ude56":"a","\ud835\ude57":"b","\ud835\ude58":"c","\ud835\ude59":"d","\ud835\ude5a":"e","\ud835\ude5b":"f","\ud835\ude5c":"g","\ud835\ude5d":"h","\ud835\ude5e":"i","\ud835\ude5f":"j","\ud835\ude60":"k","\ud835\ude61":"l","\ud835\ude62":"m","\ud835\ude63":"n","\ud835\ude64":"o","\ud835\ude65":"p","\ud835\ude66":"q","\ud835\ude67":"r","\ud835\ude68":"s","\ud835\ude69":"t","\ud835\ude6a":"u","\ud835\ude6b":"v","\ud835\ude6c":"w","\ud835\ude6d":"x","\ud835\ude6e":"y","\ud835\ude6f":"z","\ud835\ude70":"a","\ud835\ude71":"b","\ud835\ude72":"c","\ud835\ude73":"d","\ud835\ude74":"e","\ud835\ude75":"f","\ud835\ude76":"g","\ud835\ude77":"h","\ud835\ude78":"i","\ud835\ude79":"j","\ud835\ude7a":"k","\ud835\ude7b":"l","\ud835\ude7c":"m","\ud835\ude7d":"n","\ud835\ude7e":"o","\ud835\ude7f":"p","\ud835\ude80":"q","\ud835\ude81":"r","\ud835\ude82":"s","\ud835\ude83":"t","\ud835\ude84":"u","\ud835\ude85":"v","\ud835\ude86":"w","\ud835\ude87":"x","\ud835\ude88":"y","\ud835\ude89":"z","\ud835\ude8a":"a","\ud835\ude8b":"b","\ud835\ude8c":"c","\ud835\ude8d":"d","\ud835\ude8e":"e","\ud835\ude8f":"f","\ud835\ude90":"g","\ud835\ude91":"h","\ud835\ude92":"i","\ud835\ude93":"j","\ud835\ude94":"k","\ud835\ude95":"l","\ud835\ude96":"m","\ud835\ude97":"n","\ud835\ude98":"o","\ud835\ude99":"p","\ud835\ude9a":"q","\ud835\ude9b":"r","\ud835\ude9c":"s","\ud835\ude9d":"t","\ud835\ude9e":"u","\ud835\ude9f":"v","\ud835\udea0":"w","\ud835\udea1":"x","\ud835\udea2":"y","\ud835\udea3":"z","\ud835\udea4":"\u0131","\ud835\udea5":"\u0237","\ud835\udea8":"\u03b1","\ud835\udea9":"\u03b2","\ud835\udeaa":"\u03b3","\ud835\udeab":"\u03b4","\ud835\udeac":"\u03b5","\ud835\udead":"\u03b6","\ud835\udeae":"\u03b7","\ud835\udeaf":"\u03b8","\ud835\udeb0":"\u03b9","\ud835\udeb1":"\u03ba","\ud835\udeb2":"\u03bb","\ud835\udeb3":"\u03bc","\ud835\udeb4":"\u03bd","\ud835\udeb5":"\u03be","\ud835\udeb6":"\u03bf","\ud835\udeb7":"\u03c0","\ud835\udeb8":"\u03c1","\ud835\udeb9":"\u03b8","\ud835\udeba":"\u03c3","\ud835\udebb":"\u03c4","\ud835\udebc":"\u03c5","\ud835\udebd":"\u03c6","\ud835\udebe":"\u03c7","\ud835\udebf":"\u03c8","\ud835\udec0":"\u03c9","\ud835\udec1":"\u2207","\ud835\udec2":"\u03b1","\ud835\udec3":"\u03b2","\ud835\udec4":"\u03b3","\ud835\udec5":"\u03b4","\ud835\udec6":"\u03b5","\ud835\udec7":"\u03b6","\ud835\udec8":"\u03b7","\ud835\udec9":"\u03b8","\ud835\udeca":"\u03b9","\ud835\udecb":"\u03ba","\ud835\udecc":"\u03bb","\ud835\udecd":"\u03bc","\ud835\udece":"\u03bd","\ud835\udecf":"\u03be","\ud835\uded0":"\u03bf","\ud835\uded1":"\u03c0","\ud835\uded2":"\u03c1","\ud835\uded3":"\u03c3","\ud835\uded4":"\u03c3","\ud835\uded5":"\u03c4","\ud835\uded6":"\u03c5","\ud835\uded7":"\u03c6","\ud835\uded8":"\u03c7","\ud835\uded9":"\u03c8","\ud835\udeda":"\u03c9","\ud835\udedb":"\u2202","\ud835\udedc":"\u03b5","\ud835\udedd":"\u03b8","\ud835\udede":"\u03ba","\ud835\udedf":"\u03c6","\ud835\udee0":"\u03c1","\ud835\udee1":"\u03c0","\ud835\udee2":"\u03b1","\ud835\udee3":"\u03b2","\ud835\udee4":"\u03b3","\ud835\udee5":"\u03b4","\ud835\udee6":"\u03b5","\ud835\udee7":"\u03b6","\ud835\udee8":"\u03b7","\ud835\udee9":"\u03b8","\ud835\udeea":"\u03b9","\ud835\udeeb":"\u03ba","\ud835\udeec":"\u03bb","\ud835\udeed":"\u03bc","\ud835\udeee":"\u03bd","\ud835\udeef":"\u03be","\ud835\udef0":"\u03bf","\ud835\udef1":"\u03c0","\ud835\udef2":"\u03c1","\ud835\udef3":"\u03b8","\ud835\udef4":"\u03c3","\ud835\udef5":"\u03c4","\ud835\udef6":"\u03c5","\ud835\udef7":"\u03c6","\ud835\udef8":"\u03c7","\ud835\udef9":"\u03c8","\ud835\udefa":"\u03c9","\ud835\udefb":"\u2207","\ud835\udefc":"\u03b1","\ud835\udefd":"\u03b2","\ud835\udefe":"\u03b3","\ud835\udeff":"\u03b4","\ud835\udf00":"\u03b5","\ud835\udf01":"\u03b6","\ud835\udf02":"\u03b7","\ud835\udf03":"\u03b8","\ud835\udf04":"\u03b9","\ud835\udf05":"\u03ba","\ud835\udf06":"\u03bb","\ud835\udf07":"\u03bc","\ud835\udf08":"\u03bd","\ud835\udf09":"\u03be","\ud835\udf0a":"\u03bf","\ud835\udf0b":"\u03c0","\ud835\udf0c":"\u03c1","\ud835\udf0d":"\u03c3","\ud835\udf0e":"\u03c3","\ud835\udf0f":"\u03c4","\ud835\udf10":"\u03c5","\ud835\udf11":"\u03c6","\ud835\udf12":"\u03c7","\ud835\udf13":"\u03c8","\ud835\udf14":"\u03c9","\ud835\udf15":"\u2202","\ud835\udf16":"\u03b5","\ud835\udf17":"\u03b8","\ud835\udf18":"\u03ba","\ud835\udf19":"\u03c6","\ud835\udf1a":"\u03c1","\ud835\udf1b":"\u03c0","\ud835\udf1c":"\u03b1","\ud835\udf1d":"\u03b2","\ud835\udf1e":"\u03b3","\ud835\udf1f":"\u03b4","\ud835\udf20":"\u03b5","\ud835\udf21":"\u03b6","\ud835\udf22":"\u03b7","\ud835\udf23":"\u03b8","\ud835\udf24":"\u03b9","\ud835\udf25":"\u03ba","\ud835\udf26":"\u03bb","\ud835\udf27":"\u03bc","\ud835\udf28":"\u03bd","\ud835\udf29":"\u03be","\ud835\udf2a":"\u03bf","\ud835\udf2b":"\u03c0","\ud835\udf2c":"\u03c1","\ud835\udf2d":"\u03b8","\ud835\udf2e":"\u03c3","\ud835\udf2f":"\u03c4","\ud835\udf30":"\u03c5","\ud835\udf31":"\u03c6","\ud835\udf32":"\u03c7","\ud835\udf33":"\u03c8","\ud835\udf34":"\u03c9","\ud835\udf35":"\u2207","\ud835\udf36":"\u03b1","\ud835\udf37":"\u03b2","\ud835\udf38":"\u03b3","\ud835\udf39":"\u03b4","\ud835\udf3a":"\u03b5","\ud835\udf3b":"\u03b6","\ud835\udf3c":"\u03b7","\ud835\udf3d":"\u03b8","\ud835\udf3e":"\u03b9","\ud835\udf3f":"\u03ba","\ud835\udf40":"\u03bb","\ud835\udf41":"\u03bc","\ud835\udf42":"\u03bd","\ud835\udf43":"\u03be","\ud835\udf44":"\u03bf","\ud835\udf45":"\u03c0","\ud835\udf46":"\u03c1","\ud835\udf47":"\u03c3","\ud835\udf48":"\u03c3","\ud835\udf49":"\u03c4","\ud835\udf4a":"\u03c5","\ud835\udf4b":"\u03c6","\ud835\udf4c":"\u03c7","\ud835\udf4d":"\u03c8","\ud835\udf4e":"\u03c9","\ud835\udf4f":"\u2202","\ud835\udf50":"\u03b5","\ud835\udf51":"\u03b8","\ud835\udf52":"\u03ba","\ud835\udf53":"\u03c6","\ud835\udf54":"\u03c1","\ud835\udf55":"\u03c0","\ud835\udf56":"\u03b1","\ud835\udf57":"\u03b2","\ud835\udf58":"\u03b3","\ud835\udf59":"\u03b4","\ud835\udf5a":"\u03b5","\ud835\udf5b":"\u03b6","\ud835\udf5c":"\u03b7","\ud835\udf5d":"\u03b8","\ud835\udf5e":"\u03b9","\ud835\udf5f":"\u03ba","\ud835\udf60":"\u03bb","\ud835\udf61":"\u03bc","\ud835\udf62":"\u03bd","\ud835\udf63":"\u03be","\ud835\udf64":"\u03bf","\ud835\udf65":"\u03c0","\ud835\udf66":"\u03c1","\ud835\udf67":"\u03b8","\ud835\udf68":"\u03c3","\ud835\udf69":"\u03c4","\ud835\udf6a":"\u03c5","\ud835\udf6b":"\u03c6","\ud835\udf6c":"\u03c7","\ud835\udf6d":"\u03c8","\ud835\udf6e":"\u03c9","\ud835\udf6f":"\u2207","\ud835\udf70":"\u03b1","\ud835\udf71":"\u03b2","\ud835\udf72":"\u03b3","\ud835\udf73":"\u03b4","\ud835\udf74":"\u03b5","\ud835\udf75":"\u03b6","\ud835\udf76":"\u03b7","\ud835\udf77":"\u03b8","\ud835\udf78":"\u03b9","\ud835\udf79":"\u03ba","\ud835\udf7a":"\u03bb","\ud835\udf7b":"\u03bc","\ud835\udf7c":"\u03bd","\ud835\udf7d":"\u03be","\ud835\udf7e":"\u03bf","\ud835\udf7f":"\u03c0","\ud835\udf80":"\u03c1","\ud835\udf81":"\u03c3","\ud835\udf82":"\u03c3","\ud835\udf83":"\u03c4","\ud835\udf84":"\u03c5","\ud835\udf85":"\u03c6","\ud835\udf86":"\u03c7","\ud835\udf87":"\u03c8","\ud835\udf88":"\u03c9","\ud835\udf89":"\u2202","\ud835\udf8a":"\u03b5","\ud835\udf8b":"\u03b8","\ud835\udf8c":"\u03ba","\ud835\udf8d":"\u03c6","\ud835\udf8e":"\u03c1","\ud835\udf8f":"\u03c0","\ud835\udf90":"\u03b1","\ud835\udf91":"\u03b2","\ud835\udf92":"\u03b3","\ud835\udf93":"\u03b4","\ud835\udf94":"\u03b5","\ud835\udf95":"\u03b6","\ud835\udf96":"\u03b7","\ud835\udf97":"\u03b8","\ud835\udf98":"\u03b9","\ud835\udf99":"\u03ba","\ud835\udf9a":"\u03bb","\ud835\udf9b":"\u03bc","\ud835\udf9c":"\u03bd","\ud835\udf9d":"\u03be","\ud835\udf9e":"\u03bf","\ud835\udf9f":"\u03c0","\ud835\udfa0":"\u03c1","\ud835\udfa1":"\u03b8","\ud835\udfa2":"\u03c3","\ud835\udfa3":"\u03c4","\ud835\udfa4":"\u03c5","\ud835\udfa5":"\u03c6","\ud835\udfa6":"\u03c7","\ud835\udfa7":"\u03c8","\ud835\udfa8":"\u03c9","\ud835\udfa9":"\u2207","\ud835\udfaa":"\u03b1","\ud835\udfab":"\u03b2","\ud835\udfac":"\u03b3","\ud835\udfad":"\u03b4","\ud835\udfae":"\u03b5","\ud835\udfaf":"\u03b6","\ud835\udfb0":"\u03b7","\ud835\udfb1":"\u03b8","\ud835\udfb2":"\u03b9","\ud835\udfb3":"\u03ba","\ud835\udfb4":"\u03bb","\ud835\udfb5":"\u03bc","\ud835\udfb6":"\u03bd","\ud835\udfb7":"\u03be","\ud835\udfb8":"\u03bf","\ud835\udfb9":"\u03c0","\ud835\udfba":"\u03c1","\ud835\udfbb":"\u03c3","\ud835\udfbc":"\u03c3","\ud835\udfbd":"\u03c4","\ud835\udfbe":"\u03c5","\ud835\udfbf":"\u03c6","\ud835\udfc0":"\u03c7","\ud835\udfc1":"\u03c8","\ud835\udfc2":"\u03c9","\ud835\udfc3":"\u2202","\ud835\udfc4":"\u03b5","\ud835\udfc5":"\u03b8","\ud835\udfc6":"\u03ba","\ud835\udfc7":"\u03c6","\ud835\udfc8":"\u03c1","\ud835\udfc9":"\u03c0","\ud835\udfca":"\u03dd","\ud835\udfcb":"\u03dd","\ud835\udfce":"0","\ud835\udfcf":"1","\ud835\udfd0":"2","\ud835\udfd1":"3","\ud835\udfd2":"4","\ud835\udfd3":"5","\ud835\udfd4":"6","\ud835\udfd5":"7","\ud835\udfd6":"8","\ud835\udfd7":"9","\ud835\udfd8":"0","\ud835\udfd9":"1","\ud835\udfda":"2","\ud835\udfdb":"3","\ud835\udfdc":"4","\ud835\udfdd":"5","\ud835\udfde":"6","\ud835\udfdf":"7","\ud835\udfe0":"8","\ud835\udfe1":"9","\ud835\udfe2":"0","\ud835\udfe3":"1","\ud835\udfe4":"2","\ud835\udfe5":"3","\ud835\udfe6":"4","\ud835\udfe7":"5","\ud835\udfe8":"6","\ud835\udfe9":"7","\ud835\udfea":"8","\ud835\udfeb":"9","\ud835\udfec":"0","\ud835\udfed":"1","\ud835\udfee":"2","\ud835\udfef":"3","\ud835\udff0":"4","\ud835\udff1":"5","\ud835\udff2":"6","\ud835\udff3":"7","\ud835\udff4":"8","\ud835\udff5":"9","\ud835\udff6":"0","\ud835\udff7":"1","\ud835\udff8":"2","\ud835\udff9":"3","\ud835\udffa":"4","\ud835\udffb":"5","\ud835\udffc":"6","\ud835\udffd":"7","\ud835\udffe":"8","\ud835\udfff":"9","\ud836\ude00":"","\ud836\ude01":"","\ud836\ude02":"","\ud836\ude03":"","\ud836\ude04":"","\ud836\ude05":"","\ud836\ude06":"","\ud836\ude07":"","\ud836\ude08":"","\ud836\ude09":"","\ud836\ude0a":"","\ud836\ude0b":"","\ud836\ude0c":"","\ud836\ude0d":"","\ud836\ude0e":"","\ud836\ude0f":"","\ud836\ude10":"","\ud836\ude11":"","\ud836\ude12":"","\ud836\ude13":"","\ud836\ude14":"","\ud836\ude15":"","\ud836\ude16":"","\ud836\ude17":"","\ud836\ude18":"","\ud836\ude19":"","\ud836\ude1a":"","\ud836\ude1b":"","\ud836\ude1c":"","\ud836\ude1d":"","\ud836\ude1e":"","\ud836\ude1f":"","\ud836\ude20":"","\ud836\ude21":"","\ud836\ude22":"","\ud836\ude23":"","\ud836\ude24":"","\ud836\ude25":"","\ud836\ude26":"","\ud836\ude27":"","\ud836\ude28":"","\ud836\ude29":"","\ud836\ude2a":"","\ud836\ude2b":"","\ud836\ude2c":"","\ud836\ude2d":"","\ud836\ude2e":"","\ud836\ude2f":"","\ud836\ude30":"","\ud836\ude31":"","\ud836\ude32":"","\ud836\ude33":"","\ud836\ude34":"","\ud836\ude35":"","\ud836\ude36":"","\ud836\ude3b":"","\ud836\ude3c":"","\ud836\ude3d":"","\ud836\ude3e":"","\ud836\ude3f":"","\ud836\ude40":"","\ud836\ude41":"","\ud836\ude42":"","\ud836\ude43":"","\ud836\ude44":"","\ud836\ude45":"","\ud836\ude46":"","\ud836\ude47":"","\ud836\ude48":"","\ud836\ude49":"","\ud836\ude4a":"","\ud836\ude4b":"","\ud836\ude4c":"","\ud836\ude4d":"","\ud836\ude4e":"","\ud836\ude4f":"","\ud836\ude50":"","\ud836\ude51":"","\ud836\ude52":"","\ud836\ude53":"","\ud836\ude54":"","\ud836\ude55":"","\ud836\ude56":"","\ud836\ude57":"","\ud836\ude58":"","\ud836\ude59":"","\ud836\ude5a":"","\ud836\ude5b":"","\ud836\ude5c":"","\ud836\ude5d":"","\ud836\ude5e":"","\ud836\ude5f":"","\ud836\ude60":"","\ud836\ude61":"","\ud836\ude62":"","\ud836\ude63":"","\ud836\ude64":"","\ud836\ude65":"","\ud836\ude66":"","\ud836\ude67":"","\ud836\ude68":"","\ud836\ude69":"","\ud836\ude6a":"","\ud836\ude6b":"","\ud836\ude6c":"","\ud836\ude75":"","\ud836\ude84":"","\ud836\ude9b":"","\ud836\ude9c":"","\ud836\ude9d":"","\ud836\ude9e":"","\ud836\ude9f":"","\ud836\udea1":"","\ud836\udea2":"","\ud836\udea3":"","\ud836\udea4":"","\ud836\udea5":"","\ud836\udea6":"","\ud836\udea7":"","\ud836\udea8":"","\ud836\udea9":"","\ud836\udeaa":"","\ud836\udeab":"","\ud836\udeac":"","\ud836\udead":"","\ud836\udeae":"","\ud836\udeaf":"","\ud838\udc00":"","\ud838\udc01":"","\ud838\udc02":"","\ud838\udc03":"","\ud838\udc04":"","\ud838\udc05":"","\ud838\udc06":"","\ud838\udc08":"","\ud838\udc09":"","\ud838\udc0a":"","\ud838\udc0b":"","\ud838\udc0c":"","\ud838\udc0d":"","\ud838\udc0e":"","\ud838\udc0f":"","\ud838\udc10":"","\ud838\udc11":"","\ud838\udc12":"","\ud838\udc13":"","\ud838\udc14":"","\ud838\udc15":"","\ud838\udc16":"","\ud838\udc17":"","\ud838\udc18":"","\ud838\udc1b":"","\ud838\udc1c":"","\ud838\udc1d":"","\ud838\udc1e":"","\ud838\udc1f":"","\ud838\udc20":"","\ud838\udc21":"","\ud838\udc23":"","\ud838\udc24":"","\ud838\udc26":"","\ud838\udc27":"","\ud838\udc28":"","\ud838\udc29":"","\ud838\udc2a":"","\ud838\udd30":"","\ud838\udd31":"","\ud838\udd32":"","\ud838\udd33":"","\ud838\udd34":"","\ud838\udd35":"","\ud838\udd36":"","\ud838\udeae":"","\ud838\udeec":"","\ud838\udeed":"","\ud838\udeee":"","\ud838\udeef":"","\ud83a\udcd0":"","\ud83a\udcd1":"","\ud83a\udcd2":"","\ud83a\udcd3":"","\ud83a\udcd4":"","\ud83a\udcd5":"","\ud83a\udcd6":"","\ud83a\udd00":"\ud83a\udd22","\ud83a\udd01":"\ud83a\udd23","\ud83a\udd02":"\ud83a\udd24","\ud83a\udd03":"\ud83a\udd25","\ud83a\udd04":"\ud83a\udd26","\ud83a\udd05":"\ud83a\udd27","\ud83a\udd06":"\ud83a\udd28","\ud83a\udd07":"\ud83a\udd29","\ud83a\udd08":"\ud83a\udd2a","\ud83a\udd09":"\ud83a\udd2b","\ud83a\udd0a":"\ud83a\udd2c","\ud83a\udd0b":"\ud83a\udd2d","\ud83a\udd0c":"\ud83a\udd2e","\ud83a\udd0d":"\ud83a\udd2f","\ud83a\udd0e":"\ud83a\udd30","\ud83a\udd0f":"\ud83a\udd31","\ud83a\udd10":"\ud83a\udd32","\ud83a\udd11":"\ud83a\udd33","\ud83a\udd12":"\ud83a\udd34","\ud83a\udd13":"\ud83a\udd35","\ud83a\udd14":"\ud83a\udd36","\ud83a\udd15":"\ud83a\udd37","\ud83a\udd16":"\ud83a\udd38","\ud83a\udd17":"\ud83a\udd39","\ud83a\udd18":"\ud83a\udd3a","\ud83a\udd19":"\ud83a\udd3b","\ud83a\udd1a":"\ud83a\udd3c","\ud83a\udd1b":"\ud83a\udd3d","\ud83a\udd1c":"\ud83a\udd3e","\ud83a\udd1d":"\ud83a\udd3f","\ud83a\udd1e":"\ud83a\udd40","\ud83a\udd1f":"\ud83a\udd41","\ud83a\udd20":"\ud83a\udd42","\ud83a\udd21":"\ud83a\udd43","\ud83a\udd44":"","\ud83a\udd45":"","\ud83a\udd46":"","\ud83a\udd47":"","\ud83a\udd48":"","\ud83a\udd49":"","\ud83a\udd4a":"","\ud83b\ude00":"\u0627","\ud83b\ude01":"\u0628","\ud83b\ude02":"\u062c","\ud83b\ude03":"\u062f","\ud83b\ude05":"\u0648","\ud83b\ude06":"\u0632","\ud83b\ude07":"\u062d","\ud83b\ude08":"\u0637","\ud83b\ude09":"\u064a","\ud83b\ude0a":"\u0643","\ud83b\ude0b":"\u0644","\ud83b\ude0c":"\u0645","\ud83b\ude0d":"\u0646","\ud83b\ude0e":"\u0633","\ud83b\ude0f":"\u0639","\ud83b\ude10":"\u0641","\ud83b\ude11":"\u0635","\ud83b\ude12":"\u0642","\ud83b\ude13":"\u0631","\ud83b\ude14":"\u0634","\ud83b\ude15":"\u062a","\ud83b\ude16":"\u062b","\ud83b\ude17":"\u062e","\ud83b\ude18":"\u0630","\ud83b\ude19":"\u0636","\ud83b\ude1a":"\u0638","\ud83b\ude1b":"\u063a","\ud83b\ude1c":"\u066e","\ud83b\ude1d":"\u06ba","\ud83b\ude1e":"\u06a1","\ud83b\ude1f":"\u066f","\ud83b\ude21":"\u0628","\ud83b\ude22":"\u062c","\ud83b\ude24":"\u0647","\ud83b\ude27":"\u062d","\ud83b\ude29":"\u064a","\ud83b\ude2a":"\u0643","\ud83b\ude2b":"\u0644","\ud83b\ude2c":"\u0645","\ud83b\ude2d":"\u0646","\ud83b\ude2e":"\u0633","\ud83b\ude2f":"\u0639","\ud83b\ude30":"\u0641","\ud83b\ude31":"\u0635","\ud83b\ude32":"\u0642","\ud83b\ude34":"\u0634","\ud83b\ude35":"\u062a","\ud83b\ude36":"\u062b","\ud83b\ude37":"\u062e","\ud83b\ude39":"\u0636","\ud83b\ude3b":"\u063a","\ud83b\ude42":"\u062c","\ud83b\ude47":"\u062d","\ud83b\ude49":"\u064a","\ud83b\ude4b":"\u0644","\ud83b\ude4d":"\u0646","\ud83b\ude4e":"\u0633","\ud83b\ude4f":"\u0639","\ud83b\ude51":"\u0635","\ud83b\ude52":"\u0642","\ud83b\ude54":"\u0634","\ud83b\ude57":"\u062e","\ud83b\ude59":"\u0636","\ud83b\ude5b":"\u063a","\ud83b\ude5d":"\u06ba","\ud83b\ude5f":"\u066f","\ud83b\ude61":"\u0628","\ud83b\ude62":"\u062c","\ud83b\ude64":"\u0647","\ud83b\ude67":"\u062d","\ud83b\ude68":"\u0637","\ud83b\ude69":"\u064a","\ud83b\ude6a":"\u0643","\ud83b\ude6c":"\u0645","\ud83b\ude6d":"\u0646","\ud83b\ude6e":"\u0633","\ud83b\ude6f":"\u0639","\ud83b\ude70":"\u0641","\ud83b\ude71":"\u0635","\ud83b\ude72":"\u0642","\ud83b\ude74":"\u0634","\ud83b\ude75":"\u062a","\ud83b\ude76":"\u062b","\ud83b\ude77":"\u062e","\ud83b\ude79":"\u0636","\ud83b\ude7a":"\u0638","\ud83b\ude7b":"\u063a","\ud83b\ude7c":"\u066e","\ud83b\ude7e":"\u06a1","\ud83b\ude80":"\u0627","\ud83b\ude81":"\u0628","\ud83b\ude82":"\u062c","\ud83b\ude83":"\u062f","\ud83b\ude84":"\u0647","\ud83b\ude85":"\u0648","\ud83b\ude86":"\u0632","\ud83b\ude87":"\u062d","\ud83b\ude88":"\u0637","\ud83b\ude89":"\u064a","\ud83b\ude8b":"\u0644","\ud83b\ude8c":"\u0645","\ud83b\ude8d":"\u0646","\ud83b\ude8e":"\u0633","\ud83b\ude8f":"\u0639","\ud83b\ude90":"\u0641","\ud83b\ude91":"\u0635","\ud83b\ude92":"\u0642","\ud83b\ude93":"\u0631","\ud83b\ude94":"\u0634","\ud83b\ude95":"\u062a","\ud83b\ude96":"\u062b","\ud83b\ude97":"\u062e","\ud83b\ude98":"\u0630","\ud83b\ude99":"\u0636","\ud83b\ude9a":"\u0638","\ud83b\ude9b":"\u063a","\ud83b\udea1":"\u0628","\ud83b\udea2":"\u062c","\ud83b\udea3":"\u062f","\ud83b\udea5":"\u0648","\ud83b\udea6":"\u0632","\ud83b\udea7":"\u062d","\ud83b\udea8":"\u0637","\ud83b\udea9":"\u064a","\ud83b\udeab":"\u0644","\ud83b\udeac":"\u0645","\ud83b\udead":"\u0646","\ud83b\udeae":"\u0633","\ud83b\udeaf":"\u0639","\ud83b\udeb0":"\u0641","\ud83b\udeb1":"\u0635","\ud83b\udeb2":"\u0642","\ud83b\udeb3":"\u0631","\ud83b\udeb4":"\u0634","\ud83b\udeb5":"\u062a","\ud83b\udeb6":"\u062b","\ud83b\udeb7":"\u062e","\ud83b\udeb8":"\u0630","\ud83b\udeb9":"\u0636","\ud83b\udeba":"\u0638","\ud83b\udebb":"\u063a","\ud83c\udd00":"0 ","\ud83c\udd01":"0 ","\ud83c\udd02":"1 ","\ud83c\udd03":"2 ","\ud83c\udd04":"3 ","\ud83c\udd05":"4 ","\ud83c\udd06":"5 ","\ud83c\udd07":"6 ","\ud83c\udd08":"7 ","\ud83c\udd09":"8 ","\ud83c\udd0a":"9 ","\ud83c\udd10":" a ","\ud83c\udd11":" b ","\ud83c\udd12":" c ","\ud83c\udd13":" d ","\ud83c\udd14":" e ","\ud83c\udd15":" f ","\ud83c\udd16":" g ","\ud83c\udd17":" h ","\ud83c\udd18":" i ","\ud83c\udd19":" j ","\ud83c\udd1a":" k ","\ud83c\udd1b":" l ","\ud83c\udd1c":" m ","\ud83c\udd1d":" n ","\ud83c\udd1e":" o ","\ud83c\udd1f":" p ","\ud83c\udd20":" q ","\ud83c\udd21":" r ","\ud83c\udd22":" s ","\ud83c\udd23":" t ","\ud83c\udd24":" u ","\ud83c\udd25":" v ","\ud83c\udd26":" w ","\ud83c\udd27":" x ","\ud83c\udd28":" y ","\ud83c\udd29":" z ","\ud83c\udd2a":" s ","\ud83c\udd2b":"c","\ud83c\udd2c":"r","\ud83c\udd2d":"cd","\ud83c\udd2e":"wz","\ud83c\udd30":"a","\ud83c\udd31":"b","\ud83c\udd32":"c","\ud83c\udd33":"d","\ud83c\udd34":"e","\ud83c\udd35":"f","\ud83c\udd36":"g","\ud83c\udd37":"h","\ud83c\udd38":"i","\ud83c\udd39":"j","\ud83c\udd3a":"k","\ud83c\udd3b":"l","\ud83c\udd3c":"m","\ud83c\udd3d":"n","\ud83c\udd3e":"o","\ud83c\udd3f":"p","\ud83c\udd40":"q","\ud83c\udd41":"r","\ud83c\udd42":"s","\ud83c\udd43":"t","\ud83c\udd44":"u","\ud83c\udd45":"v","\ud83c\udd46":"w","\ud83c\udd47":"x","\ud83c\udd48":"y","\ud83c\udd49":"z","\ud83c\udd4a":"hv","\ud83c\udd4b":"mv","\ud83c\udd4c":"sd","\ud83c\udd4d":"ss","\ud83c\udd4e":"ppv","\ud83c\udd4f":"wc","\ud83c\udd6a":"mc","\ud83c\udd6b":"md","\ud83c\udd6c":"mr","\ud83c\udd90":"dj","\ud83c\ude00":"\u307b\u304b","\ud83c\ude01":"\u30b3\u30b3","\ud83c\ude02":"\u30b5","\ud83c\ude10":"\u624b","\ud83c\ude11":"\u5b57","\ud83c\ude12":"\u53cc","\ud83c\ude13":"\u30c6","\ud83c\ude14":"\u4e8c","\ud83c\ude15":"\u591a","\ud83c\ude16":"\u89e3","\ud83c\ude17":"\u5929","\ud83c\ude18":"\u4ea4","\ud83c\ude19":"\u6620","\ud83c\ude1a":"\u7121","\ud83c\ude1b":"\u6599","\ud83c\ude1c":"\u524d","\ud83c\ude1d":"\u5f8c","\ud83c\ude1e":"\u518d","\ud83c\ude1f":"\u65b0","\ud83c\ude20":"\u521d","\ud83c\ude21":"\u7d42","\ud83c\ude22":"\u751f","\ud83c\ude23":"\u8ca9","\ud83c\ude24":"\u58f0","\ud83c\ude25":"\u5439","\ud83c\ude26":"\u6f14","\ud83c\ude27":"\u6295","\ud83c\ude28":"\u6355","\ud83c\ude29":"\u4e00","\ud83c\ude2a":"\u4e09","\ud83c\ude2b":"\u904a","\ud83c\ude2c":"\u5de6","\ud83c\ude2d":"\u4e2d","\ud83c\ude2e":"\u53f3","\ud83c\ude2f":"\u6307","\ud83c\ude30":"\u8d70","\ud83c\ude31":"\u6253","\ud83c\ude32":"\u7981","\ud83c\ude33":"\u7a7a","\ud83c\ude34":"\u5408","\ud83c\ude35":"\u6e80","\ud83c\ude36":"\u6709","\ud83c\ude37":"\u6708","\ud83c\ude38":"\u7533","\ud83c\ude39":"\u5272","\ud83c\ude3a":"\u55b6","\ud83c\ude3b":"\u914d","\ud83c\ude40":" \u672c ","\ud83c\ude41":" \u4e09 ","\ud83c\ude42":" \u4e8c ","\ud83c\ude43":" \u5b89 ","\ud83c\ude44":" \u70b9 ","\ud83c\ude45":" \u6253 ","\ud83c\ude46":" \u76d7 ","\ud83c\ude47":" \u52dd ","\ud83c\ude48":" \u6557 ","\ud83c\ude50":"\u5f97","\ud83c\ude51":"\u53ef","\ud83e\udff0":"0","\ud83e\udff1":"1","\ud83e\udff2":"2","\ud83e\udff3":"3","\ud83e\udff4":"4","\ud83e\udff5":"5","\ud83e\udff6":"6","\ud83e\udff7":"7","\ud83e\udff8":"8","\ud83e\udff9":"9","\ud87e\udc00":"\u4e3d","\ud87e\udc01":"\u4e38","\ud87e\udc02":"\u4e41","\ud87e\udc03":"\ud840\udd22","\ud87e\udc04":"\u4f60","\ud87e\udc05":"\u4fae","\ud87e\udc06":"\u4fbb","\ud87e\udc07":"\u5002","\ud87e\udc08":"\u507a","\ud87e\udc09":"\u5099","\ud87e\udc0a":"\u50e7","\ud87e\udc0b":"\u50cf","\ud87e\udc0c":"\u349e","\ud87e\udc0d":"\ud841\ude3a","\ud87e\udc0e":"\u514d","\ud87e\udc0f":"\u5154","\ud87e\udc10":"\u5164","\ud87e\udc11":"\u5177","\ud87e\udc12":"\ud841\udd1c","\ud87e\udc13":"\u34b9","\ud87e\udc14":"\u5167","\ud87e\udc15":"\u518d","\ud87e\udc16":"\ud841\udd4b","\ud87e\udc17":"\u5197","\ud87e\udc18":"\u51a4","\ud87e\udc19":"\u4ecc","\ud87e\udc1a":"\u51ac","\ud87e\udc1b":"\u51b5","\ud87e\udc1c":"\ud864\udddf","\ud87e\udc1d":"\u51f5","\ud87e\udc1e":"\u5203","\ud87e\udc1f":"\u34df","\ud87e\udc20":"\u523b","\ud87e\udc21":"\u5246","\ud87e\udc22":"\u5272","\ud87e\udc23":"\u5277","\ud87e\udc24":"\u3515","\ud87e\udc25":"\u52c7","\ud87e\udc26":"\u52c9","\ud87e\udc27":"\u52e4","\ud87e\udc28":"\u52fa","\ud87e\udc29":"\u5305","\ud87e\udc2a":"\u5306","\ud87e\udc2b":"\u5317","\ud87e\udc2c":"\u5349","\ud87e\udc2d":"\u5351","\ud87e\udc2e":"\u535a","\ud87e\udc2f":"\u5373","\ud87e\udc30":"\u537d","\ud87e\udc31":"\u537f","\ud87e\udc32":"\u537f","\ud87e\udc33":"\u537f","\ud87e\udc34":"\ud842\ude2c","\ud87e\udc35":"\u7070","\ud87e\udc36":"\u53ca","\ud87e\udc37":"\u53df","\ud87e\udc38":"\ud842\udf63","\ud87e\udc39":"\u53eb","\ud87e\udc3a":"\u53f1","\ud87e\udc3b":"\u5406","\ud87e\udc3c":"\u549e","\ud87e\udc3d":"\u5438","\ud87e\udc3e":"\u5448","\ud87e\udc3f":"\u5468","\ud87e\udc40":"\u54a2","\ud87e\udc41":"\u54f6","\ud87e\udc42":"\u5510","\ud87e\udc43":"\u5553","\ud87e\udc44":"\u5563","\ud87e\udc45":"\u5584","\ud87e\udc46":"\u5584","\ud87e\udc47":"\u5599","\ud87e\udc48":"\u55ab","\ud87e\udc49":"\u55b3","\ud87e\udc4a":"\u55c2","\ud87e\udc4b":"\u5716","\ud87e\udc4c":"\u5606","\ud87e\udc4d":"\u5717","\ud87e\udc4e":"\u5651","\ud87e\udc4f":"\u5674","\ud87e\udc50":"\u5207","\ud87e\udc51":"\u58ee","\ud87e\udc52":"\u57ce","\ud87e\udc53":"\u57f4","\ud87e\udc54":"\u580d","\ud87e\udc55":"\u578b","\ud87e\udc56":"\u5832","\ud87e\udc57":"\u5831","\ud87e\udc58":"\u58ac","\ud87e\udc59":"\ud845\udce4","\ud87e\udc5a":"\u58f2","\ud87e\udc5b":"\u58f7","\ud87e\udc5c":"\u5906","\ud87e\udc5d":"\u591a","\ud87e\udc5e":"\u5922","\ud87e\udc5f":"\u5962","\ud87e\udc60":"\ud845\udea8","\ud87e\udc61":"\ud845\udeea","\ud87e\udc62":"\u59ec","\ud87e\udc63":"\u5a1b","\ud87e\udc64":"\u5a27","\ud87e\udc65":"\u59d8","\ud87e\udc66":"\u5a66","\ud87e\udc67":"\u36ee","\ud87e\udc68":"\u36fc","\ud87e\udc69":"\u5b08","\ud87e\udc6a":"\u5b3e","\ud87e\udc6b":"\u5b3e","\ud87e\udc6c":"\ud846\uddc8","\ud87e\udc6d":"\u5bc3","\ud87e\udc6e":"\u5bd8","\ud87e\udc6f":"\u5be7","\ud87e\udc70":"\u5bf3","\ud87e\udc71":"\ud846\udf18","\ud87e\udc72":"\u5bff","\ud87e\udc73":"\u5c06","\ud87e\udc74":"\u5f53","\ud87e\udc75":"\u5c22","\ud87e\udc76":"\u3781","\ud87e\udc77":"\u5c60","\ud87e\udc78":"\u5c6e","\ud87e\udc79":"\u5cc0","\ud87e\udc7a":"\u5c8d","\ud87e\udc7b":"\ud847\udde4","\ud87e\udc7c":"\u5d43","\ud87e\udc7d":"\ud847\udde6","\ud87e\udc7e":"\u5d6e","\ud87e\udc7f":"\u5d6b","\ud87e\udc80":"\u5d7c","\ud87e\udc81":"\u5de1","\ud87e\udc82":"\u5de2","\ud87e\udc83":"\u382f","\ud87e\udc84":"\u5dfd","\ud87e\udc85":"\u5e28","\ud87e\udc86":"\u5e3d","\ud87e\udc87":"\u5e69","\ud87e\udc88":"\u3862","\ud87e\udc89":"\ud848\udd83","\ud87e\udc8a":"\u387c","\ud87e\udc8b":"\u5eb0","\ud87e\udc8c":"\u5eb3","\ud87e\udc8d":"\u5eb6","\ud87e\udc8e":"\u5eca","\ud87e\udc8f":"\ud868\udf92","\ud87e\udc90":"\u5efe","\ud87e\udc91":"\ud848\udf31","\ud87e\udc92":"\ud848\udf31","\ud87e\udc93":"\u8201","\ud87e\udc94":"\u5f22","\ud87e\udc95":"\u5f22","\ud87e\udc96":"\u38c7","\ud87e\udc97":"\ud84c\udeb8","\ud87e\udc98":"\ud858\uddda","\ud87e\udc99":"\u5f62","\ud87e\udc9a":"\u5f6b","\ud87e\udc9b":"\u38e3","\ud87e\udc9c":"\u5f9a","\ud87e\udc9d":"\u5fcd","\ud87e\udc9e":"\u5fd7","\ud87e\udc9f":"\u5ff9","\ud87e\udca0":"\u6081","\ud87e\udca1":"\u393a","\ud87e\udca2":"\u391c","\ud87e\udca3":"\u6094","\ud87e\udca4":"\ud849\uded4","\ud87e\udca5":"\u60c7","\ud87e\udca6":"\u6148","\ud87e\udca7":"\u614c","\ud87e\udca8":"\u614e","\ud87e\udca9":"\u614c","\ud87e\udcaa":"\u617a","\ud87e\udcab":"\u618e","\ud87e\udcac":"\u61b2","\ud87e\udcad":"\u61a4","\ud87e\udcae":"\u61af","\ud87e\udcaf":"\u61de","\ud87e\udcb0":"\u61f2","\ud87e\udcb1":"\u61f6","\ud87e\udcb2":"\u6210","\ud87e\udcb3":"\u621b","\ud87e\udcb4":"\u625d","\ud87e\udcb5":"\u62b1","\ud87e\udcb6":"\u62d4","\ud87e\udcb7":"\u6350","\ud87e\udcb8":"\ud84a\udf0c","\ud87e\udcb9":"\u633d","\ud87e\udcba":"\u62fc","\ud87e\udcbb":"\u6368","\ud87e\udcbc":"\u6383","\ud87e\udcbd":"\u63e4","\ud87e\udcbe":"\ud84a\udff1","\ud87e\udcbf":"\u6422","\ud87e\udcc0":"\u63c5","\ud87e\udcc1":"\u63a9","\ud87e\udcc2":"\u3a2e","\ud87e\udcc3":"\u6469","\ud87e\udcc4":"\u647e","\ud87e\udcc5":"\u649d","\ud87e\udcc6":"\u6477","\ud87e\udcc7":"\u3a6c","\ud87e\udcc8":"\u654f","\ud87e\udcc9":"\u656c","\ud87e\udcca":"\ud84c\udc0a","\ud87e\udccb":"\u65e3","\ud87e\udccc":"\u66f8","\ud87e\udccd":"\u6649","\ud87e\udcce":"\u3b19","\ud87e\udccf":"\u6691","\ud87e\udcd0":"\u3b08","\ud87e\udcd1":"\u3ae4","\ud87e\udcd2":"\u5192","\ud87e\udcd3":"\u5195","\ud87e\udcd4":"\u6700","\ud87e\udcd5":"\u669c","\ud87e\udcd6":"\u80ad","\ud87e\udcd7":"\u43d9","\ud87e\udcd8":"\u6717","\ud87e\udcd9":"\u671b","\ud87e\udcda":"\u6721","\ud87e\udcdb":"\u675e","\ud87e\udcdc":"\u6753","\ud87e\udcdd":"\ud84c\udfc3","\ud87e\udcde":"\u3b49","\ud87e\udcdf":"\u67fa","\ud87e\udce0":"\u6785","\ud87e\udce1":"\u6852","\ud87e\udce2":"\u6885","\ud87e\udce3":"\ud84d\udc6d","\ud87e\udce4":"\u688e","\ud87e\udce5":"\u681f","\ud87e\udce6":"\u6914","\ud87e\udce7":"\u3b9d","\ud87e\udce8":"\u6942","\ud87e\udce9":"\u69a3","\ud87e\udcea":"\u69ea","\ud87e\udceb":"\u6aa8","\ud87e\udcec":"\ud84d\udea3","\ud87e\udced":"\u6adb","\ud87e\udcee":"\u3c18","\ud87e\udcef":"\u6b21","\ud87e\udcf0":"\ud84e\udca7","\ud87e\udcf1":"\u6b54","\ud87e\udcf2":"\u3c4e","\ud87e\udcf3":"\u6b72","\ud87e\udcf4":"\u6b9f","\ud87e\udcf5":"\u6bba","\ud87e\udcf6":"\u6bbb","\ud87e\udcf7":"\ud84e\ude8d","\ud87e\udcf8":"\ud847\udd0b","\ud87e\udcf9":"\ud84e\udefa","\ud87e\udcfa":"\u6c4e","\ud87e\udcfb":"\ud84f\udcbc","\ud87e\udcfc":"\u6cbf","\ud87e\udcfd":"\u6ccd","\ud87e\udcfe":"\u6c67","\ud87e\udcff":"\u6d16","\ud87e\udd00":"\u6d3e","\ud87e\udd01":"\u6d77","\ud87e\udd02":"\u6d41","\ud87e\udd03":"\u6d69","\ud87e\udd04":"\u6d78","\ud87e\udd05":"\u6d85","\ud87e\udd06":"\ud84f\udd1e","\ud87e\udd07":"\u6d34","\ud87e\udd08":"\u6e2f","\ud87e\udd09":"\u6e6e","\ud87e\udd0a":"\u3d33","\ud87e\udd0b":"\u6ecb","\ud87e\udd0c":"\u6ec7","\ud87e\udd0d":"\ud84f\uded1","\ud87e\udd0e":"\u6df9","\ud87e\udd0f":"\u6f6e","\ud87e\udd10":"\ud84f\udf5e","\ud87e\udd11":"\ud84f\udf8e","\ud87e\udd12":"\u6fc6","\ud87e\udd13":"\u7039","\ud87e\udd14":"\u701e","\ud87e\udd15":"\u701b","\ud87e\udd16":"\u3d96","\ud87e\udd17":"\u704a","\ud87e\udd18":"\u707d","\ud87e\udd19":"\u7077","\ud87e\udd1a":"\u70ad","\ud87e\udd1b":"\ud841\udd25","\ud87e\udd1c":"\u7145","\ud87e\udd1d":"\ud850\ude63","\ud87e\udd1e":"\u719c","\ud87e\udd1f":"\ud850\udfab","\ud87e\udd20":"\u7228","\ud87e\udd21":"\u7235","\ud87e\udd22":"\u7250","\ud87e\udd23":"\ud851\ude08","\ud87e\udd24":"\u7280","\ud87e\udd25":"\u7295","\ud87e\udd26":"\ud851\udf35","\ud87e\udd27":"\ud852\udc14","\ud87e\udd28":"\u737a","\ud87e\udd29":"\u738b","\ud87e\udd2a":"\u3eac","\ud87e\udd2b":"\u73a5","\ud87e\udd2c":"\u3eb8","\ud87e\udd2d":"\u3eb8","\ud87e\udd2e":"\u7447","\ud87e\udd2f":"\u745c","\ud87e\udd30":"\u7471","\ud87e\udd31":"\u7485","\ud87e\udd32":"\u74ca","\ud87e\udd33":"\u3f1b","\ud87e\udd34":"\u7524","\ud87e\udd35":"\ud853\udc36","\ud87e\udd36":"\u753e","\ud87e\udd37":"\ud853\udc92","\ud87e\udd38":"\u7570","\ud87e\udd39":"\ud848\udd9f","\ud87e\udd3a":"\u7610","\ud87e\udd3b":"\ud853\udfa1","\ud87e\udd3c":"\ud853\udfb8","\ud87e\udd3d":"\ud854\udc44","\ud87e\udd3e":"\u3ffc","\ud87e\udd3f":"\u4008","\ud87e\udd40":"\u76f4","\ud87e\udd41":"\ud854\udcf3","\ud87e\udd42":"\ud854\udcf2","\ud87e\udd43":"\ud854\udd19","\ud87e\udd44":"\ud854\udd33","\ud87e\udd45":"\u771e","\ud87e\udd46":"\u771f","\ud87e\udd47":"\u771f","\ud87e\udd48":"\u774a","\ud87e\udd49":"\u4039","\ud87e\udd4a":"\u778b","\ud87e\udd4b":"\u4046","\ud87e\udd4c":"\u4096","\ud87e\udd4d":"\ud855\udc1d","\ud87e\udd4e":"\u784e","\ud87e\udd4f":"\u788c","\ud87e\udd50":"\u78cc","\ud87e\udd51":"\u40e3","\ud87e\udd52":"\ud855\ude26","\ud87e\udd53":"\u7956","\ud87e\udd54":"\ud855\ude9a","\ud87e\udd55":"\ud855\udec5","\ud87e\udd56":"\u798f","\ud87e\udd57":"\u79eb","\ud87e\udd58":"\u412f","\ud87e\udd59":"\u7a40","\ud87e\udd5a":"\u7a4a","\ud87e\udd5b":"\u7a4f","\ud87e\udd5c":"\ud856\udd7c","\ud87e\udd5d":"\ud856\udea7","\ud87e\udd5e":"\ud856\udea7","\ud87e\udd5f":"\u7aee","\ud87e\udd60":"\u4202","\ud87e\udd61":"\ud856\udfab","\ud87e\udd62":"\u7bc6","\ud87e\udd63":"\u7bc9","\ud87e\udd64":"\u4227","\ud87e\udd65":"\ud857\udc80","\ud87e\udd66":"\u7cd2","\ud87e\udd67":"\u42a0","\ud87e\udd68":"\u7ce8","\ud87e\udd69":"\u7ce3","\ud87e\udd6a":"\u7d00","\ud87e\udd6b":"\ud857\udf86","\ud87e\udd6c":"\u7d63","\ud87e\udd6d":"\u4301","\ud87e\udd6e":"\u7dc7","\ud87e\udd6f":"\u7e02","\ud87e\udd70":"\u7e45","\ud87e\udd71":"\u4334","\ud87e\udd72":"\ud858\ude28","\ud87e\udd73":"\ud858\ude47","\ud87e\udd74":"\u4359","\ud87e\udd75":"\ud858\uded9","\ud87e\udd76":"\u7f7a","\ud87e\udd77":"\ud858\udf3e","\ud87e\udd78":"\u7f95","\ud87e\udd79":"\u7ffa","\ud87e\udd7a":"\u8005","\ud87e\udd7b":"\ud859\udcda","\ud87e\udd7c":"\ud859\udd23","\ud87e\udd7d":"\u8060","\ud87e\udd7e":"\ud859\udda8","\ud87e\udd7f":"\u8070","\ud87e\udd80":"\ud84c\udf5f","\ud87e\udd81":"\u43d5","\ud87e\udd82":"\u80b2","\ud87e\udd83":"\u8103","\ud87e\udd84":"\u440b","\ud87e\udd85":"\u813e","\ud87e\udd86":"\u5ab5","\ud87e\udd87":"\ud859\udfa7","\ud87e\udd88":"\ud859\udfb5","\ud87e\udd89":"\ud84c\udf93","\ud87e\udd8a":"\ud84c\udf9c","\ud87e\udd8b":"\u8201","\ud87e\udd8c":"\u8204","\ud87e\udd8d":"\u8f9e","\ud87e\udd8e":"\u446b","\ud87e\udd8f":"\u8291","\ud87e\udd90":"\u828b","\ud87e\udd91":"\u829d","\ud87e\udd92":"\u52b3","\ud87e\udd93":"\u82b1","\ud87e\udd94":"\u82b3","\ud87e\udd95":"\u82bd","\ud87e\udd96":"\u82e6","\ud87e\udd97":"\ud85a\udf3c","\ud87e\udd98":"\u82e5","\ud87e\udd99":"\u831d","\ud87e\udd9a":"\u8363","\ud87e\udd9b":"\u83ad","\ud87e\udd9c":"\u8323","\ud87e\udd9d":"\u83bd","\ud87e\udd9e":"\u83e7","\ud87e\udd9f":"\u8457","\ud87e\udda0":"\u8353","\ud87e\udda1":"\u83ca","\ud87e\udda2":"\u83cc","\ud87e\udda3":"\u83dc","\ud87e\udda4":"\ud85b\udc36","\ud87e\udda5":"\ud85b\udd6b","\ud87e\udda6":"\ud85b\udcd5","\ud87e\udda7":"\u452b","\ud87e\udda8":"\u84f1","\ud87e\udda9":"\u84f3","\ud87e\uddaa":"\u8516","\ud87e\uddab":"\ud85c\udfca","\ud87e\uddac":"\u8564","\ud87e\uddad":"\ud85b\udf2c","\ud87e\uddae":"\u455d","\ud87e\uddaf":"\u4561","\ud87e\uddb0":"\ud85b\udfb1","\ud87e\uddb1":"\ud85c\udcd2","\ud87e\uddb2":"\u456b","\ud87e\uddb3":"\u8650","\ud87e\uddb4":"\u865c","\ud87e\uddb5":"\u8667","\ud87e\uddb6":"\u8669","\ud87e\uddb7":"\u86a9","\ud87e\uddb8":"\u8688","\ud87e\uddb9":"\u870e","\ud87e\uddba":"\u86e2","\ud87e\uddbb":"\u8779","\ud87e\uddbc":"\u8728","\ud87e\uddbd":"\u876b","\ud87e\uddbe":"\u8786","\ud87e\uddbf":"\u45d7","\ud87e\uddc0":"\u87e1","\ud87e\uddc1":"\u8801","\ud87e\uddc2":"\u45f9","\ud87e\uddc3":"\u8860","\ud87e\uddc4":"\u8863","\ud87e\uddc5":"\ud85d\ude67","\ud87e\uddc6":"\u88d7","\ud87e\uddc7":"\u88de","\ud87e\uddc8":"\u4635","\ud87e\uddc9":"\u88fa","\ud87e\uddca":"\u34bb","\ud87e\uddcb":"\ud85e\udcae","\ud87e\uddcc":"\ud85e\udd66","\ud87e\uddcd":"\u46be","\ud87e\uddce":"\u46c7","\ud87e\uddcf":"\u8aa0","\ud87e\uddd0":"\u8aed","\ud87e\uddd1":"\u8b8a","\ud87e\uddd2":"\u8c55","\ud87e\uddd3":"\ud85f\udca8","\ud87e\uddd4":"\u8cab","\ud87e\uddd5":"\u8cc1","\ud87e\uddd6":"\u8d1b","\ud87e\uddd7":"\u8d77","\ud87e\uddd8":"\ud85f\udf2f","\ud87e\uddd9":"\ud842\udc04","\ud87e\uddda":"\u8dcb","\ud87e\udddb":"\u8dbc","\ud87e\udddc":"\u8df0","\ud87e\udddd":"\ud842\udcde","\ud87e\uddde":"\u8ed4","\ud87e\udddf":"\u8f38","\ud87e\udde0":"\ud861\uddd2","\ud87e\udde1":"\ud861\udded","\ud87e\udde2":"\u9094","\ud87e\udde3":"\u90f1","\ud87e\udde4":"\u9111","\ud87e\udde5":"\ud861\udf2e","\ud87e\udde6":"\u911b","\ud87e\udde7":"\u9238","\ud87e\udde8":"\u92d7","\ud87e\udde9":"\u92d8","\ud87e\uddea":"\u927c","\ud87e\uddeb":"\u93f9","\ud87e\uddec":"\u9415","\ud87e\udded":"\ud862\udffa","\ud87e\uddee":"\u958b","\ud87e\uddef":"\u4995","\ud87e\uddf0":"\u95b7","\ud87e\uddf1":"\ud863\udd77","\ud87e\uddf2":"\u49e6","\ud87e\uddf3":"\u96c3","\ud87e\uddf4":"\u5db2","\ud87e\uddf5":"\u9723","\ud87e\uddf6":"\ud864\udd45","\ud87e\uddf7":"\ud864\ude1a","\ud87e\uddf8":"\u4a6e","\ud87e\uddf9":"\u4a76","\ud87e\uddfa":"\u97e0","\ud87e\uddfb":"\ud865\udc0a","\ud87e\uddfc":"\u4ab2","\ud87e\uddfd":"\ud865\udc96","\ud87e\uddfe":"\u980b","\ud87e\uddff":"\u980b","\ud87e\ude00":"\u9829","\ud87e\ude01":"\ud865\uddb6","\ud87e\ude02":"\u98e2","\ud87e\ude03":"\u4b33","\ud87e\ude04":"\u9929","\ud87e\ude05":"\u99a7","\ud87e\ude06":"\u99c2","\ud87e\ude07":"\u99fe","\ud87e\ude08":"\u4bce","\ud87e\ude09":"\ud866\udf30","\ud87e\ude0a":"\u9b12","\ud87e\ude0b":"\u9c40","\ud87e\ude0c":"\u9cfd","\ud87e\ude0d":"\u4cce","\ud87e\ude0e":"\u4ced","\ud87e\ude0f":"\u9d67","\ud87e\ude10":"\ud868\udcce","\ud87e\ude11":"\u4cf8","\ud87e\ude12":"\ud868\udd05","\ud87e\ude13":"\ud868\ude0e","\ud87e\ude14":"\ud868\ude91","\ud87e\ude15":"\u9ebb","\ud87e\ude16":"\u4d56","\ud87e\ude17":"\u9ef9","\ud87e\ude18":"\u9efe","\ud87e\ude19":"\u9f05","\ud87e\ude1a":"\u9f0f","\ud87e\ude1b":"\u9f16","\ud87e\ude1c":"\u9f3b","\ud87e\ude1d":"\ud869\ude00","\udb40\udc01":"","\udb40\udc20":"","\udb40\udc21":"","\udb40\udc22":"","\udb40\udc23":"","\udb40\udc24":"","\udb40\udc25":"","\udb40\udc26":"","\udb40\udc27":"","\udb40\udc28":"","\udb40\udc29":"","\udb40\udc2a":"","\udb40\udc2b":"","\udb40\udc2c":"","\udb40\udc2d":"","\udb40\udc2e":"","\udb40\udc2f":"","\udb40\udc30":"","\udb40\udc31":"","\udb40\udc32":"","\udb40\udc33":"","\udb40\udc34":"","\udb40\udc35":"","\udb40\udc36":"","\udb40\udc37":"","\udb40\udc38":"","\udb40\udc39":"","\udb40\udc3a":"","\udb40\udc3b":"","\udb40\udc3c":"","\udb40\udc3d":"","\udb40\udc3e":"","\udb40\udc3f":"","\udb40\udc40":"","\udb40\udc41":"","\udb40\udc42":"","\udb40\udc43":"","\udb40\udc44":"","\udb40\udc45":"","\udb40\udc46":"","\udb40\udc47":"","\udb40\udc48":"","\udb40\udc49":"","\udb40\udc4a":"","\udb40\udc4b":"","\udb40\udc4c":"","\udb40\udc4d":"","\udb40\udc4e":"","\udb40\udc4f":"","\udb40\udc50":"","\udb40\udc51":"","\udb40\udc52":"","\udb40\udc53":"","\udb40\udc54":"","\udb40\udc55":"","\udb40\udc56":"","\udb40\udc57":"","\udb40\udc58":"","\udb40\udc59":"","\udb40\udc5a":"","\udb40\udc5b":"","\udb40\udc5c":"","\udb40\udc5d":"","\udb40\udc5e":"","\udb40\udc5f":"","\udb40\udc60":"","\udb40\udc61":"","\udb40\udc62":"","\udb40\udc63":"","\udb40\udc64":"","\udb40\udc65":"","\udb40\udc66":"","\udb40\udc67":"","\udb40\udc68":"","\udb40\udc69":"","\udb40\udc6a":"","\udb40\udc6b":"","\udb40\udc6c":"","\udb40\udc6d":"","\udb40\udc6e":"","\udb40\udc6f":"","\udb40\udc70":"","\udb40\udc71":"","\udb40\udc72":"","\udb40\udc73":"","\udb40\udc74":"","\udb40\udc75":"","\udb40\udc76":"","\udb40\udc77":"","\udb40\udc78":"","\udb40\udc79":"","\udb40\udc7a":"","\udb40\udc7b":"","\udb40\udc7c":"","\udb40\udc7d":"","\udb40\udc7e":"","\udb40\udc7f":"","\udb40\udd00":"","\udb40\udd01":"","\udb40\udd02":"","\udb40\udd03":"","\udb40\udd04":"","\udb40\udd05":"","\udb40\udd06":"","\udb40\udd07":"","\udb40\udd08":"","\udb40\udd09":"","\udb40\udd0a":"","\udb40\udd0b":"","\udb40\udd0c":"","\udb40\udd0d":"","\udb40\udd0e":"","\udb40\udd0f":"","\udb40\udd10":"","\udb40\udd11":"","\udb40\udd12":"","\udb40\udd13":"","\udb40\udd14":"","\udb40\udd15":"","\udb40\udd16":"","\udb40\udd17":"","\udb40\udd18":"","\udb40\udd19":"","\udb40\udd1a":"","\udb40\udd1b":"","\udb40\udd1c":"","\udb40\udd1d":"","\udb40\udd1e":"","\udb40\udd1f":"","\udb40\udd20":"","\udb40\udd21":"","\udb40\udd22":"","\udb40\udd23":"","\udb40\udd24":"","\udb40\udd25":"","\udb40\udd26":"","\udb40\udd27":"","\udb40\udd28":"","\udb40\udd29":"","\udb40\udd2a":"","\udb40\udd2b":"","\udb40\udd2c":"","\udb40\udd2d":"","\udb40\udd2e":"","\udb40\udd2f":"","\udb40\udd30":"","\udb40\udd31":"","\udb40\udd32":"","\udb40\udd33":"","\udb40\udd34":"","\udb40\udd35":"","\udb40\udd36":"","\udb40\udd37":"","\udb40\udd38":"","\udb40\udd39":"","\udb40\udd3a":"","\udb40\udd3b":"","\udb40\udd3c":"","\udb40\udd3d":"","\udb40\udd3e":"","\udb40\udd3f":"","\udb40\udd40":"","\udb40\udd41":"","\udb40\udd42":"","\udb40\udd43":"","\udb40\udd44":"","\udb40\udd45":"","\udb40\udd46":"","\udb40\udd47":"","\udb40\udd48":"","\udb40\udd49":"","\udb40\udd4a":"","\udb40\udd4b":"","\udb40\udd4c":"","\udb40\udd4d":"","\udb40\udd4e":"","\udb40\udd4f":"","\udb40\udd50":"","\udb40\udd51":"","\udb40\udd52":"","\udb40\udd53":"","\udb40\udd54":"","\udb40\udd55":"","\udb40\udd56":"","\udb40\udd57":"","\udb40\udd58":"","\udb40\udd59":"","\udb40\udd5a":"","\udb40\udd5b":"","\udb40\udd5c":"","\udb40\udd5d":"","\udb40\udd5e":"","\udb40\udd5f":"","\udb40\udd60":"","\udb40\udd61":"","\udb40\udd62":"","\udb40\udd63":"","\udb40\udd64":"","\udb40\udd65":"","\udb40\udd66":"","\udb40\udd67":"","\udb40\udd68":"","\udb40\udd69":"","\udb40\udd6a":"","\udb40\udd6b":"","\udb40\udd6c":"","\udb40\udd6d":"","\udb40\udd6e":"","\udb40\udd6f":"","\udb40\udd70":"","\udb40\udd71":"","\udb40\udd72":"","\udb40\udd73":"","\udb40\udd74":"","\udb40\udd75":"","\udb40\udd76":"","\udb40\udd77":"","\udb40\udd78":"","\udb40\udd79":"","\udb40\udd7a":"","\udb40\udd7b":"","\udb40\udd7c":"","\udb40\udd7d":"","\udb40\udd7e":"","\udb40\udd7f":"","\udb40\udd80":"","\udb40\udd81":"","\udb40\udd82":"","\udb40\udd83":"","\udb40\udd84":"","\udb40\udd85":"","\udb40\udd86":"","\udb40\udd87":"","\udb40\udd88":"","\udb40\udd89":"","\udb40\udd8a":"","\udb40\udd8b":"","\udb40\udd8c":"","\udb40\udd8d":"","\udb40\udd8e":"","\udb40\udd8f":"","\udb40\udd90":"","\udb40\udd91":"","\udb40\udd92":"","\udb40\udd93":"","\udb40\udd94":"","\udb40\udd95":"","\udb40\udd96":"","\udb40\udd97":"","\udb40\udd98":"","\udb40\udd99":"","\udb40\udd9a":"","\udb40\udd9b":"","\udb40\udd9c":"","\udb40\udd9d":"","\udb40\udd9e":"","\udb40\udd9f":"","\udb40\udda0":"","\udb40\udda1":"","\udb40\udda2":"","\udb40\udda3":"","\udb40\udda4":"","\udb40\udda5":"","\udb40\udda6":"","\udb40\udda7":"","\udb40\udda8":"","\udb40\udda9":"","\udb40\uddaa":"","\udb40\uddab":"","\udb40\uddac":"","\udb40\uddad":"","\udb40\uddae":"","\udb40\uddaf":"","\udb40\uddb0":"","\udb40\uddb1":"","\udb40\uddb2":"","\udb40\uddb3":"","\udb40\uddb4":"","\udb40\uddb5":"","\udb40\uddb6":"","\udb40\uddb7":"","\udb40\uddb8":"","\udb40\uddb9":"","\udb40\uddba":"","\udb40\uddbb":"","\udb40\uddbc":"","\udb40\uddbd":"","\udb40\uddbe":"","\udb40\uddbf":"","\udb40\uddc0":"","\udb40\uddc1":"","\udb40\uddc2":"","\udb40\uddc3":"","\udb40\uddc4":"","\udb40\uddc5":"","\udb40\uddc6":"","\udb40\uddc7":"","\udb40\uddc8":"","\udb40\uddc9":"","\udb40\uddca":"","\udb40\uddcb":"","\udb40\uddcc":"","\udb40\uddcd":"","\udb40\uddce":"","\udb40\uddcf":"","\udb40\uddd0":"","\udb40\uddd1":"","\udb40\uddd2":"","\udb40\uddd3":"","\udb40\uddd4":"","\udb40\uddd5":"","\udb40\uddd6":"","\udb40\uddd7":"","\udb40\uddd8":"","\udb40\uddd9":"","\udb40\uddda":"","\udb40\udddb":"","\udb40\udddc":"","\udb40\udddd":"","\udb40\uddde":"","\udb40\udddf":"","\udb40\udde0":"","\udb40\udde1":"","\udb40\udde2":"","\udb40\udde3":"","\udb40\udde4":"","\udb40\udde5":"","\udb40\udde6":"","\udb40\udde7":"","\udb40\udde8":"","\udb40\udde9":"","\udb40\uddea":"","\udb40\uddeb":"","\udb40\uddec":"","\udb40\udded":"","\udb40\uddee":"","\udb40\uddef":""}$u$::pg_catalog.jsonb $fn$;
COMMENT ON FUNCTION stagenorm._unicode_fast() IS 'Private, generated by stagenorm/unicode_data.py: per-character folded form (labels without complex characters).';
CREATE FUNCTION stagenorm._unicode_complex() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$[\u002b\u0345\u037a\u09be\u09d7\u0b3e\u0b57\u0bbe\u0bd7\u0cc0\u0cc2\u0cc7-\u0cc8\u0cca-\u0ccb\u0cd5-\u0cd6\u0d3e\u0d57\u0dcf\u0ddf\u1161-\u1175\u11a8-\u11c2\u1715\u1734\u1b35\u1b3b\u1b3d\u1b43-\u1b44\u1baa\u1bf2-\u1bf3\u1f80-\u1faf\u1fb2-\u1fb4\u1fb7\u1fbc\u1fc2-\u1fc4\u1fc7\u1fcc\u1ff2-\u1ff4\u1ff7\u1ffc\u207a\u208a\u302e-\u302f\u3133\u3135-\u3136\u313a-\u313f\u314f-\u3163\ua953\ua9c0\ufb29\ufe62\uff0b\uffa3\uffa5-\uffa6\uffaa-\uffaf\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\U000111c0\U00011235\U0001133e\U0001134d\U00011357\U000114b0\U000114bd\U000115af\U000116b6\U00011930\U0001193d\U00016ff0-\U00016ff1\U0001d15e-\U0001d166\U0001d16d-\U0001d172\U0001d1bb-\U0001d1c0]$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_complex() IS 'Private, generated by stagenorm/unicode_data.py: regex class: characters that need the faithful fold.';
CREATE FUNCTION stagenorm._unicode_decompose() RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u${"\u00a0":" ","\u00a8":" \u0308","\u00aa":"a","\u00af":" \u0304","\u00b2":"2","\u00b3":"3","\u00b4":" \u0301","\u00b5":"\u03bc","\u00b8":" \u0327","\u00b9":"1","\u00ba":"o","\u00bc":"1\u20444","\u00bd":"1\u20442","\u00be":"3\u20444","\u00c0":"A\u0300","\u00c1":"A\u0301","\u00c2":"A\u0302","\u00c3":"A\u0303","\u00c4":"A\u0308","\u00c5":"A\u030a","\u00c7":"C\u0327","\u00c8":"E\u0300","\u00c9":"E\u0301","\u00ca":"E\u0302","\u00cb":"E\u0308","\u00cc":"I\u0300","\u00cd":"I\u0301","\u00ce":"I\u0302","\u00cf":"I\u0308","\u00d1":"N\u0303","\u00d2":"O\u0300","\u00d3":"O\u0301","\u00d4":"O\u0302","\u00d5":"O\u0303","\u00d6":"O\u0308","\u00d9":"U\u0300","\u00da":"U\u0301","\u00db":"U\u0302","\u00dc":"U\u0308","\u00dd":"Y\u0301","\u00e0":"a\u0300","\u00e1":"a\u0301","\u00e2":"a\u0302","\u00e3":"a\u0303","\u00e4":"a\u0308","\u00e5":"a\u030a","\u00e7":"c\u0327","\u00e8":"e\u0300","\u00e9":"e\u0301","\u00ea":"e\u0302","\u00eb":"e\u0308","\u00ec":"i\u0300","\u00ed":"i\u0301","\u00ee":"i\u0302","\u00ef":"i\u0308","\u00f1":"n\u0303","\u00f2":"o\u0300","\u00f3":"o\u0301","\u00f4":"o\u0302","\u00f5":"o\u0303","\u00f6":"o\u0308","\u00f9":"u\u0300","\u00fa":"u\u0301","\u00fb":"u\u0302","\u00fc":"u\u0308","\u00fd":"y\u0301","\u00ff":"y\u0308","\u0100":"A\u0304","\u0101":"a\u0304","\u0102":"A\u0306","\u0103":"a\u0306","\u0104":"A\u0328","\u0105":"a\u0328","\u0106":"C\u0301","\u0107":"c\u0301","\u0108":"C\u0302","\u0109":"c\u0302","\u010a":"C\u0307","\u010b":"c\u0307","\u010c":"C\u030c","\u010d":"c\u030c","\u010e":"D\u030c","\u010f":"d\u030c","\u0112":"E\u0304","\u0113":"e\u0304","\u0114":"E\u0306","\u0115":"e\u0306","\u0116":"E\u0307","\u0117":"e\u0307","\u0118":"E\u0328","\u0119":"e\u0328","\u011a":"E\u030c","\u011b":"e\u030c","\u011c":"G\u0302","\u011d":"g\u0302","\u011e":"G\u0306","\u011f":"g\u0306","\u0120":"G\u0307","\u0121":"g\u0307","\u0122":"G\u0327","\u0123":"g\u0327","\u0124":"H\u0302","\u0125":"h\u0302","\u0128":"I\u0303","\u0129":"i\u0303","\u012a":"I\u0304","\u012b":"i\u0304","\u012c":"I\u0306","\u012d":"i\u0306","\u012e":"I\u0328","\u012f":"i\u0328","\u0130":"I\u0307","\u0132":"IJ","\u0133":"ij","\u0134":"J\u0302","\u0135":"j\u0302","\u0136":"K\u0327","\u0137":"k\u0327","\u0139":"L\u0301","\u013a":"l\u0301","\u013b":"L\u0327","\u013c":"l\u0327","\u013d":"L\u030c","\u013e":"l\u030c","\u013f":"L\u00b7","\u0140":"l\u00b7","\u0143":"N\u0301","\u0144":"n\u0301","\u0145":"N\u0327","\u0146":"n\u0327","\u0147":"N\u030c","\u0148":"n\u030c","\u0149":"\u02bcn","\u014c":"O\u0304","\u014d":"o\u0304","\u014e":"O\u0306","\u014f":"o\u0306","\u0150":"O\u030b","\u0151":"o\u030b","\u0154":"R\u0301","\u0155":"r\u0301","\u0156":"R\u0327","\u0157":"r\u0327","\u0158":"R\u030c","\u0159":"r\u030c","\u015a":"S\u0301","\u015b":"s\u0301","\u015c":"S\u0302","\u015d":"s\u0302","\u015e":"S\u0327","\u015f":"s\u0327","\u0160":"S\u030c","\u0161":"s\u030c","\u0162":"T\u0327","\u0163":"t\u0327","\u0164":"T\u030c","\u0165":"t\u030c","\u0168":"U\u0303","\u0169":"u\u0303","\u016a":"U\u0304","\u016b":"u\u0304","\u016c":"U\u0306","\u016d":"u\u0306","\u016e":"U\u030a","\u016f":"u\u030a","\u0170":"U\u030b","\u0171":"u\u030b","\u0172":"U\u0328","\u0173":"u\u0328","\u0174":"W\u0302","\u0175":"w\u0302","\u0176":"Y\u0302","\u0177":"y\u0302","\u0178":"Y\u0308","\u0179":"Z\u0301","\u017a":"z\u0301","\u017b":"Z\u0307","\u017c":"z\u0307","\u017d":"Z\u030c","\u017e":"z\u030c","\u017f":"s","\u01a0":"O\u031b","\u01a1":"o\u031b","\u01af":"U\u031b","\u01b0":"u\u031b","\u01c4":"DZ\u030c","\u01c5":"Dz\u030c","\u01c6":"dz\u030c","\u01c7":"LJ","\u01c8":"Lj","\u01c9":"lj","\u01ca":"NJ","\u01cb":"Nj","\u01cc":"nj","\u01cd":"A\u030c","\u01ce":"a\u030c","\u01cf":"I\u030c","\u01d0":"i\u030c","\u01d1":"O\u030c","\u01d2":"o\u030c","\u01d3":"U\u030c","\u01d4":"u\u030c","\u01d5":"U\u0308\u0304","\u01d6":"u\u0308\u0304","\u01d7":"U\u0308\u0301","\u01d8":"u\u0308\u0301","\u01d9":"U\u0308\u030c","\u01da":"u\u0308\u030c","\u01db":"U\u0308\u0300","\u01dc":"u\u0308\u0300","\u01de":"A\u0308\u0304","\u01df":"a\u0308\u0304","\u01e0":"A\u0307\u0304","\u01e1":"a\u0307\u0304","\u01e2":"\u00c6\u0304","\u01e3":"\u00e6\u0304","\u01e6":"G\u030c","\u01e7":"g\u030c","\u01e8":"K\u030c","\u01e9":"k\u030c","\u01ea":"O\u0328","\u01eb":"o\u0328","\u01ec":"O\u0328\u0304","\u01ed":"o\u0328\u0304","\u01ee":"\u01b7\u030c","\u01ef":"\u0292\u030c","\u01f0":"j\u030c","\u01f1":"DZ","\u01f2":"Dz","\u01f3":"dz","\u01f4":"G\u0301","\u01f5":"g\u0301","\u01f8":"N\u0300","\u01f9":"n\u0300","\u01fa":"A\u030a\u0301","\u01fb":"a\u030a\u0301","\u01fc":"\u00c6\u0301","\u01fd":"\u00e6\u0301","\u01fe":"\u00d8\u0301","\u01ff":"\u00f8\u0301","\u0200":"A\u030f","\u0201":"a\u030f","\u0202":"A\u0311","\u0203":"a\u0311","\u0204":"E\u030f","\u0205":"e\u030f","\u0206":"E\u0311","\u0207":"e\u0311","\u0208":"I\u030f","\u0209":"i\u030f","\u020a":"I\u0311","\u020b":"i\u0311","\u020c":"O\u030f","\u020d":"o\u030f","\u020e":"O\u0311","\u020f":"o\u0311","\u0210":"R\u030f","\u0211":"r\u030f","\u0212":"R\u0311","\u0213":"r\u0311","\u0214":"U\u030f","\u0215":"u\u030f","\u0216":"U\u0311","\u0217":"u\u0311","\u0218":"S\u0326","\u0219":"s\u0326","\u021a":"T\u0326","\u021b":"t\u0326","\u021e":"H\u030c","\u021f":"h\u030c","\u0226":"A\u0307","\u0227":"a\u0307","\u0228":"E\u0327","\u0229":"e\u0327","\u022a":"O\u0308\u0304","\u022b":"o\u0308\u0304","\u022c":"O\u0303\u0304","\u022d":"o\u0303\u0304","\u022e":"O\u0307","\u022f":"o\u0307","\u0230":"O\u0307\u0304","\u0231":"o\u0307\u0304","\u0232":"Y\u0304","\u0233":"y\u0304","\u02b0":"h","\u02b1":"\u0266","\u02b2":"j","\u02b3":"r","\u02b4":"\u0279","\u02b5":"\u027b","\u02b6":"\u0281","\u02b7":"w","\u02b8":"y","\u02d8":" \u0306","\u02d9":" \u0307","\u02da":" \u030a","\u02db":" \u0328","\u02dc":" \u0303","\u02dd":" \u030b","\u02e0":"\u0263","\u02e1":"l","\u02e2":"s","\u02e3":"x","\u02e4":"\u0295","\u0340":"\u0300","\u0341":"\u0301","\u0343":"\u0313","\u0344":"\u0308\u0301","\u0374":"\u02b9","\u037a":" \u0345","\u037e":";","\u0384":" \u0301","\u0385":" \u0308\u0301","\u0386":"\u0391\u0301","\u0387":"\u00b7","\u0388":"\u0395\u0301","\u0389":"\u0397\u0301","\u038a":"\u0399\u0301","\u038c":"\u039f\u0301","\u038e":"\u03a5\u0301","\u038f":"\u03a9\u0301","\u0390":"\u03b9\u0308\u0301","\u03aa":"\u0399\u0308","\u03ab":"\u03a5\u0308","\u03ac":"\u03b1\u0301","\u03ad":"\u03b5\u0301","\u03ae":"\u03b7\u0301","\u03af":"\u03b9\u0301","\u03b0":"\u03c5\u0308\u0301","\u03ca":"\u03b9\u0308","\u03cb":"\u03c5\u0308","\u03cc":"\u03bf\u0301","\u03cd":"\u03c5\u0301","\u03ce":"\u03c9\u0301","\u03d0":"\u03b2","\u03d1":"\u03b8","\u03d2":"\u03a5","\u03d3":"\u03a5\u0301","\u03d4":"\u03a5\u0308","\u03d5":"\u03c6","\u03d6":"\u03c0","\u03f0":"\u03ba","\u03f1":"\u03c1","\u03f2":"\u03c2","\u03f4":"\u0398","\u03f5":"\u03b5","\u03f9":"\u03a3","\u0400":"\u0415\u0300","\u0401":"\u0415\u0308","\u0403":"\u0413\u0301","\u0407":"\u0406\u0308","\u040c":"\u041a\u0301","\u040d":"\u0418\u0300","\u040e":"\u0423\u0306","\u0419":"\u0418\u0306","\u0439":"\u0438\u0306","\u0450":"\u0435\u0300","\u0451":"\u0435\u0308","\u0453":"\u0433\u0301","\u0457":"\u0456\u0308","\u045c":"\u043a\u0301","\u045d":"\u0438\u0300","\u045e":"\u0443\u0306","\u0476":"\u0474\u030f","\u0477":"\u0475\u030f","\u04c1":"\u0416\u0306","\u04c2":"\u0436\u0306","\u04d0":"\u0410\u0306","\u04d1":"\u0430\u0306","\u04d2":"\u0410\u0308","\u04d3":"\u0430\u0308","\u04d6":"\u0415\u0306","\u04d7":"\u0435\u0306","\u04da":"\u04d8\u0308","\u04db":"\u04d9\u0308","\u04dc":"\u0416\u0308","\u04dd":"\u0436\u0308","\u04de":"\u0417\u0308","\u04df":"\u0437\u0308","\u04e2":"\u0418\u0304","\u04e3":"\u0438\u0304","\u04e4":"\u0418\u0308","\u04e5":"\u0438\u0308","\u04e6":"\u041e\u0308","\u04e7":"\u043e\u0308","\u04ea":"\u04e8\u0308","\u04eb":"\u04e9\u0308","\u04ec":"\u042d\u0308","\u04ed":"\u044d\u0308","\u04ee":"\u0423\u0304","\u04ef":"\u0443\u0304","\u04f0":"\u0423\u0308","\u04f1":"\u0443\u0308","\u04f2":"\u0423\u030b","\u04f3":"\u0443\u030b","\u04f4":"\u0427\u0308","\u04f5":"\u0447\u0308","\u04f8":"\u042b\u0308","\u04f9":"\u044b\u0308","\u0587":"\u0565\u0582","\u0622":"\u0627\u0653","\u0623":"\u0627\u0654","\u0624":"\u0648\u0654","\u0625":"\u0627\u0655","\u0626":"\u064a\u0654","\u0675":"\u0627\u0674","\u0676":"\u0648\u0674","\u0677":"\u06c7\u0674","\u0678":"\u064a\u0674","\u06c0":"\u06d5\u0654","\u06c2":"\u06c1\u0654","\u06d3":"\u06d2\u0654","\u0929":"\u0928\u093c","\u0931":"\u0930\u093c","\u0934":"\u0933\u093c","\u0958":"\u0915\u093c","\u0959":"\u0916\u093c","\u095a":"\u0917\u093c","\u095b":"\u091c\u093c","\u095c":"\u0921\u093c","\u095d":"\u0922\u093c","\u095e":"\u092b\u093c","\u095f":"\u092f\u093c","\u09cb":"\u09c7\u09be","\u09cc":"\u09c7\u09d7","\u09dc":"\u09a1\u09bc","\u09dd":"\u09a2\u09bc","\u09df":"\u09af\u09bc","\u0a33":"\u0a32\u0a3c","\u0a36":"\u0a38\u0a3c","\u0a59":"\u0a16\u0a3c","\u0a5a":"\u0a17\u0a3c","\u0a5b":"\u0a1c\u0a3c","\u0a5e":"\u0a2b\u0a3c","\u0b48":"\u0b47\u0b56","\u0b4b":"\u0b47\u0b3e","\u0b4c":"\u0b47\u0b57","\u0b5c":"\u0b21\u0b3c","\u0b5d":"\u0b22\u0b3c","\u0b94":"\u0b92\u0bd7","\u0bca":"\u0bc6\u0bbe","\u0bcb":"\u0bc7\u0bbe","\u0bcc":"\u0bc6\u0bd7","\u0c48":"\u0c46\u0c56","\u0cc0":"\u0cbf\u0cd5","\u0cc7":"\u0cc6\u0cd5","\u0cc8":"\u0cc6\u0cd6","\u0cca":"\u0cc6\u0cc2","\u0ccb":"\u0cc6\u0cc2\u0cd5","\u0d4a":"\u0d46\u0d3e","\u0d4b":"\u0d47\u0d3e","\u0d4c":"\u0d46\u0d57","\u0dda":"\u0dd9\u0dca","\u0ddc":"\u0dd9\u0dcf","\u0ddd":"\u0dd9\u0dcf\u0dca","\u0dde":"\u0dd9\u0ddf","\u0e33":"\u0e4d\u0e32","\u0eb3":"\u0ecd\u0eb2","\u0edc":"\u0eab\u0e99","\u0edd":"\u0eab\u0ea1","\u0f0c":"\u0f0b","\u0f43":"\u0f42\u0fb7","\u0f4d":"\u0f4c\u0fb7","\u0f52":"\u0f51\u0fb7","\u0f57":"\u0f56\u0fb7","\u0f5c":"\u0f5b\u0fb7","\u0f69":"\u0f40\u0fb5","\u0f73":"\u0f71\u0f72","\u0f75":"\u0f71\u0f74","\u0f76":"\u0fb2\u0f80","\u0f77":"\u0fb2\u0f71\u0f80","\u0f78":"\u0fb3\u0f80","\u0f79":"\u0fb3\u0f71\u0f80","\u0f81":"\u0f71\u0f80","\u0f93":"\u0f92\u0fb7","\u0f9d":"\u0f9c\u0fb7","\u0fa2":"\u0fa1\u0fb7","\u0fa7":"\u0fa6\u0fb7","\u0fac":"\u0fab\u0fb7","\u0fb9":"\u0f90\u0fb5","\u1026":"\u1025\u102e","\u10fc":"\u10dc","\u1b06":"\u1b05\u1b35","\u1b08":"\u1b07\u1b35","\u1b0a":"\u1b09\u1b35","\u1b0c":"\u1b0b\u1b35","\u1b0e":"\u1b0d\u1b35","\u1b12":"\u1b11\u1b35","\u1b3b":"\u1b3a\u1b35","\u1b3d":"\u1b3c\u1b35","\u1b40":"\u1b3e\u1b35","\u1b41":"\u1b3f\u1b35","\u1b43":"\u1b42\u1b35","\u1d2c":"A","\u1d2d":"\u00c6","\u1d2e":"B","\u1d30":"D","\u1d31":"E","\u1d32":"\u018e","\u1d33":"G","\u1d34":"H","\u1d35":"I","\u1d36":"J","\u1d37":"K","\u1d38":"L","\u1d39":"M","\u1d3a":"N","\u1d3c":"O","\u1d3d":"\u0222","\u1d3e":"P","\u1d3f":"R","\u1d40":"T","\u1d41":"U","\u1d42":"W","\u1d43":"a","\u1d44":"\u0250","\u1d45":"\u0251","\u1d46":"\u1d02","\u1d47":"b","\u1d48":"d","\u1d49":"e","\u1d4a":"\u0259","\u1d4b":"\u025b","\u1d4c":"\u025c","\u1d4d":"g","\u1d4f":"k","\u1d50":"m","\u1d51":"\u014b","\u1d52":"o","\u1d53":"\u0254","\u1d54":"\u1d16","\u1d55":"\u1d17","\u1d56":"p","\u1d57":"t","\u1d58":"u","\u1d59":"\u1d1d","\u1d5a":"\u026f","\u1d5b":"v","\u1d5c":"\u1d25","\u1d5d":"\u03b2","\u1d5e":"\u03b3","\u1d5f":"\u03b4","\u1d60":"\u03c6","\u1d61":"\u03c7","\u1d62":"i","\u1d63":"r","\u1d64":"u","\u1d65":"v","\u1d66":"\u03b2","\u1d67":"\u03b3","\u1d68":"\u03c1","\u1d69":"\u03c6","\u1d6a":"\u03c7","\u1d78":"\u043d","\u1d9b":"\u0252","\u1d9c":"c","\u1d9d":"\u0255","\u1d9e":"\u00f0","\u1d9f":"\u025c","\u1da0":"f","\u1da1":"\u025f","\u1da2":"\u0261","\u1da3":"\u0265","\u1da4":"\u0268","\u1da5":"\u0269","\u1da6":"\u026a","\u1da7":"\u1d7b","\u1da8":"\u029d","\u1da9":"\u026d","\u1daa":"\u1d85","\u1dab":"\u029f","\u1dac":"\u0271","\u1dad":"\u0270","\u1dae":"\u0272","\u1daf":"\u0273","\u1db0":"\u0274","\u1db1":"\u0275","\u1db2":"\u0278","\u1db3":"\u0282","\u1db4":"\u0283","\u1db5":"\u01ab","\u1db6":"\u0289","\u1db7":"\u028a","\u1db8":"\u1d1c","\u1db9":"\u028b","\u1dba":"\u028c","\u1dbb":"z","\u1dbc":"\u0290","\u1dbd":"\u0291","\u1dbe":"\u0292","\u1dbf":"\u03b8","\u1e00":"A\u0325","\u1e01":"a\u0325","\u1e02":"B\u0307","\u1e03":"b\u0307","\u1e04":"B\u0323","\u1e05":"b\u0323","\u1e06":"B\u0331","\u1e07":"b\u0331","\u1e08":"C\u0327\u0301","\u1e09":"c\u0327\u0301","\u1e0a":"D\u0307","\u1e0b":"d\u0307","\u1e0c":"D\u0323","\u1e0d":"d\u0323","\u1e0e":"D\u0331","\u1e0f":"d\u0331","\u1e10":"D\u0327","\u1e11":"d\u0327","\u1e12":"D\u032d","\u1e13":"d\u032d","\u1e14":"E\u0304\u0300","\u1e15":"e\u0304\u0300","\u1e16":"E\u0304\u0301","\u1e17":"e\u0304\u0301","\u1e18":"E\u032d","\u1e19":"e\u032d","\u1e1a":"E\u0330","\u1e1b":"e\u0330","\u1e1c":"E\u0327\u0306","\u1e1d":"e\u0327\u0306","\u1e1e":"F\u0307","\u1e1f":"f\u0307","\u1e20":"G\u0304","\u1e21":"g\u0304","\u1e22":"H\u0307","\u1e23":"h\u0307","\u1e24":"H\u0323","\u1e25":"h\u0323","\u1e26":"H\u0308","\u1e27":"h\u0308","\u1e28":"H\u0327","\u1e29":"h\u0327","\u1e2a":"H\u032e","\u1e2b":"h\u032e","\u1e2c":"I\u0330","\u1e2d":"i\u0330","\u1e2e":"I\u0308\u0301","\u1e2f":"i\u0308\u0301","\u1e30":"K\u0301","\u1e31":"k\u0301","\u1e32":"K\u0323","\u1e33":"k\u0323","\u1e34":"K\u0331","\u1e35":"k\u0331","\u1e36":"L\u0323","\u1e37":"l\u0323","\u1e38":"L\u0323\u0304","\u1e39":"l\u0323\u0304","\u1e3a":"L\u0331","\u1e3b":"l\u0331","\u1e3c":"L\u032d","\u1e3d":"l\u032d","\u1e3e":"M\u0301","\u1e3f":"m\u0301","\u1e40":"M\u0307","\u1e41":"m\u0307","\u1e42":"M\u0323","\u1e43":"m\u0323","\u1e44":"N\u0307","\u1e45":"n\u0307","\u1e46":"N\u0323","\u1e47":"n\u0323","\u1e48":"N\u0331","\u1e49":"n\u0331","\u1e4a":"N\u032d","\u1e4b":"n\u032d","\u1e4c":"O\u0303\u0301","\u1e4d":"o\u0303\u0301","\u1e4e":"O\u0303\u0308","\u1e4f":"o\u0303\u0308","\u1e50":"O\u0304\u0300","\u1e51":"o\u0304\u0300","\u1e52":"O\u0304\u0301","\u1e53":"o\u0304\u0301","\u1e54":"P\u0301","\u1e55":"p\u0301","\u1e56":"P\u0307","\u1e57":"p\u0307","\u1e58":"R\u0307","\u1e59":"r\u0307","\u1e5a":"R\u0323","\u1e5b":"r\u0323","\u1e5c":"R\u0323\u0304","\u1e5d":"r\u0323\u0304","\u1e5e":"R\u0331","\u1e5f":"r\u0331","\u1e60":"S\u0307","\u1e61":"s\u0307","\u1e62":"S\u0323","\u1e63":"s\u0323","\u1e64":"S\u0301\u0307","\u1e65":"s\u0301\u0307","\u1e66":"S\u030c\u0307","\u1e67":"s\u030c\u0307","\u1e68":"S\u0323\u0307","\u1e69":"s\u0323\u0307","\u1e6a":"T\u0307","\u1e6b":"t\u0307","\u1e6c":"T\u0323","\u1e6d":"t\u0323","\u1e6e":"T\u0331","\u1e6f":"t\u0331","\u1e70":"T\u032d","\u1e71":"t\u032d","\u1e72":"U\u0324","\u1e73":"u\u0324","\u1e74":"U\u0330","\u1e75":"u\u0330","\u1e76":"U\u032d","\u1e77":"u\u032d","\u1e78":"U\u0303\u0301","\u1e79":"u\u0303\u0301","\u1e7a":"U\u0304\u0308","\u1e7b":"u\u0304\u0308","\u1e7c":"V\u0303","\u1e7d":"v\u0303","\u1e7e":"V\u0323","\u1e7f":"v\u0323","\u1e80":"W\u0300","\u1e81":"w\u0300","\u1e82":"W\u0301","\u1e83":"w\u0301","\u1e84":"W\u0308","\u1e85":"w\u0308","\u1e86":"W\u0307","\u1e87":"w\u0307","\u1e88":"W\u0323","\u1e89":"w\u0323","\u1e8a":"X\u0307","\u1e8b":"x\u0307","\u1e8c":"X\u0308","\u1e8d":"x\u0308","\u1e8e":"Y\u0307","\u1e8f":"y\u0307","\u1e90":"Z\u0302","\u1e91":"z\u0302","\u1e92":"Z\u0323","\u1e93":"z\u0323","\u1e94":"Z\u0331","\u1e95":"z\u0331","\u1e96":"h\u0331","\u1e97":"t\u0308","\u1e98":"w\u030a","\u1e99":"y\u030a","\u1e9a":"a\u02be","\u1e9b":"s\u0307","\u1ea0":"A\u0323","\u1ea1":"a\u0323","\u1ea2":"A\u0309","\u1ea3":"a\u0309","\u1ea4":"A\u0302\u0301","\u1ea5":"a\u0302\u0301","\u1ea6":"A\u0302\u0300","\u1ea7":"a\u0302\u0300","\u1ea8":"A\u0302\u0309","\u1ea9":"a\u0302\u0309","\u1eaa":"A\u0302\u0303","\u1eab":"a\u0302\u0303","\u1eac":"A\u0323\u0302","\u1ead":"a\u0323\u0302","\u1eae":"A\u0306\u0301","\u1eaf":"a\u0306\u0301","\u1eb0":"A\u0306\u0300","\u1eb1":"a\u0306\u0300","\u1eb2":"A\u0306\u0309","\u1eb3":"a\u0306\u0309","\u1eb4":"A\u0306\u0303","\u1eb5":"a\u0306\u0303","\u1eb6":"A\u0323\u0306","\u1eb7":"a\u0323\u0306","\u1eb8":"E\u0323","\u1eb9":"e\u0323","\u1eba":"E\u0309","\u1ebb":"e\u0309","\u1ebc":"E\u0303","\u1ebd":"e\u0303","\u1ebe":"E\u0302\u0301","\u1ebf":"e\u0302\u0301","\u1ec0":"E\u0302\u0300","\u1ec1":"e\u0302\u0300","\u1ec2":"E\u0302\u0309","\u1ec3":"e\u0302\u0309","\u1ec4":"E\u0302\u0303","\u1ec5":"e\u0302\u0303","\u1ec6":"E\u0323\u0302","\u1ec7":"e\u0323\u0302","\u1ec8":"I\u0309","\u1ec9":"i\u0309","\u1eca":"I\u0323","\u1ecb":"i\u0323","\u1ecc":"O\u0323","\u1ecd":"o\u0323","\u1ece":"O\u0309","\u1ecf":"o\u0309","\u1ed0":"O\u0302\u0301","\u1ed1":"o\u0302\u0301","\u1ed2":"O\u0302\u0300","\u1ed3":"o\u0302\u0300","\u1ed4":"O\u0302\u0309","\u1ed5":"o\u0302\u0309","\u1ed6":"O\u0302\u0303","\u1ed7":"o\u0302\u0303","\u1ed8":"O\u0323\u0302","\u1ed9":"o\u0323\u0302","\u1eda":"O\u031b\u0301","\u1edb":"o\u031b\u0301","\u1edc":"O\u031b\u0300","\u1edd":"o\u031b\u0300","\u1ede":"O\u031b\u0309","\u1edf":"o\u031b\u0309","\u1ee0":"O\u031b\u0303","\u1ee1":"o\u031b\u0303","\u1ee2":"O\u031b\u0323","\u1ee3":"o\u031b\u0323","\u1ee4":"U\u0323","\u1ee5":"u\u0323","\u1ee6":"U\u0309","\u1ee7":"u\u0309","\u1ee8":"U\u031b\u0301","\u1ee9":"u\u031b\u0301","\u1eea":"U\u031b\u0300","\u1eeb":"u\u031b\u0300","\u1eec":"U\u031b\u0309","\u1eed":"u\u031b\u0309","\u1eee":"U\u031b\u0303","\u1eef":"u\u031b\u0303","\u1ef0":"U\u031b\u0323","\u1ef1":"u\u031b\u0323","\u1ef2":"Y\u0300","\u1ef3":"y\u0300","\u1ef4":"Y\u0323","\u1ef5":"y\u0323","\u1ef6":"Y\u0309","\u1ef7":"y\u0309","\u1ef8":"Y\u0303","\u1ef9":"y\u0303","\u1f00":"\u03b1\u0313","\u1f01":"\u03b1\u0314","\u1f02":"\u03b1\u0313\u0300","\u1f03":"\u03b1\u0314\u0300","\u1f04":"\u03b1\u0313\u0301","\u1f05":"\u03b1\u0314\u0301","\u1f06":"\u03b1\u0313\u0342","\u1f07":"\u03b1\u0314\u0342","\u1f08":"\u0391\u0313","\u1f09":"\u0391\u0314","\u1f0a":"\u0391\u0313\u0300","\u1f0b":"\u0391\u0314\u0300","\u1f0c":"\u0391\u0313\u0301","\u1f0d":"\u0391\u0314\u0301","\u1f0e":"\u0391\u0313\u0342","\u1f0f":"\u0391\u0314\u0342","\u1f10":"\u03b5\u0313","\u1f11":"\u03b5\u0314","\u1f12":"\u03b5\u0313\u0300","\u1f13":"\u03b5\u0314\u0300","\u1f14":"\u03b5\u0313\u0301","\u1f15":"\u03b5\u0314\u0301","\u1f18":"\u0395\u0313","\u1f19":"\u0395\u0314","\u1f1a":"\u0395\u0313\u0300","\u1f1b":"\u0395\u0314\u0300","\u1f1c":"\u0395\u0313\u0301","\u1f1d":"\u0395\u0314\u0301","\u1f20":"\u03b7\u0313","\u1f21":"\u03b7\u0314","\u1f22":"\u03b7\u0313\u0300","\u1f23":"\u03b7\u0314\u0300","\u1f24":"\u03b7\u0313\u0301","\u1f25":"\u03b7\u0314\u0301","\u1f26":"\u03b7\u0313\u0342","\u1f27":"\u03b7\u0314\u0342","\u1f28":"\u0397\u0313","\u1f29":"\u0397\u0314","\u1f2a":"\u0397\u0313\u0300","\u1f2b":"\u0397\u0314\u0300","\u1f2c":"\u0397\u0313\u0301","\u1f2d":"\u0397\u0314\u0301","\u1f2e":"\u0397\u0313\u0342","\u1f2f":"\u0397\u0314\u0342","\u1f30":"\u03b9\u0313","\u1f31":"\u03b9\u0314","\u1f32":"\u03b9\u0313\u0300","\u1f33":"\u03b9\u0314\u0300","\u1f34":"\u03b9\u0313\u0301","\u1f35":"\u03b9\u0314\u0301","\u1f36":"\u03b9\u0313\u0342","\u1f37":"\u03b9\u0314\u0342","\u1f38":"\u0399\u0313","\u1f39":"\u0399\u0314","\u1f3a":"\u0399\u0313\u0300","\u1f3b":"\u0399\u0314\u0300","\u1f3c":"\u0399\u0313\u0301","\u1f3d":"\u0399\u0314\u0301","\u1f3e":"\u0399\u0313\u0342","\u1f3f":"\u0399\u0314\u0342","\u1f40":"\u03bf\u0313","\u1f41":"\u03bf\u0314","\u1f42":"\u03bf\u0313\u0300","\u1f43":"\u03bf\u0314\u0300","\u1f44":"\u03bf\u0313\u0301","\u1f45":"\u03bf\u0314\u0301","\u1f48":"\u039f\u0313","\u1f49":"\u039f\u0314","\u1f4a":"\u039f\u0313\u0300","\u1f4b":"\u039f\u0314\u0300","\u1f4c":"\u039f\u0313\u0301","\u1f4d":"\u039f\u0314\u0301","\u1f50":"\u03c5\u0313","\u1f51":"\u03c5\u0314","\u1f52":"\u03c5\u0313\u0300","\u1f53":"\u03c5\u0314\u0300","\u1f54":"\u03c5\u0313\u0301","\u1f55":"\u03c5\u0314\u0301","\u1f56":"\u03c5\u0313\u0342","\u1f57":"\u03c5\u0314\u0342","\u1f59":"\u03a5\u0314","\u1f5b":"\u03a5\u0314\u0300","\u1f5d":"\u03a5\u0314\u0301","\u1f5f":"\u03a5\u0314\u0342","\u1f60":"\u03c9\u0313","\u1f61":"\u03c9\u0314","\u1f62":"\u03c9\u0313\u0300","\u1f63":"\u03c9\u0314\u0300","\u1f64":"\u03c9\u0313\u0301","\u1f65":"\u03c9\u0314\u0301","\u1f66":"\u03c9\u0313\u0342","\u1f67":"\u03c9\u0314\u0342","\u1f68":"\u03a9\u0313","\u1f69":"\u03a9\u0314","\u1f6a":"\u03a9\u0313\u0300","\u1f6b":"\u03a9\u0314\u0300","\u1f6c":"\u03a9\u0313\u0301","\u1f6d":"\u03a9\u0314\u0301","\u1f6e":"\u03a9\u0313\u0342","\u1f6f":"\u03a9\u0314\u0342","\u1f70":"\u03b1\u0300","\u1f71":"\u03b1\u0301","\u1f72":"\u03b5\u0300","\u1f73":"\u03b5\u0301","\u1f74":"\u03b7\u0300","\u1f75":"\u03b7\u0301","\u1f76":"\u03b9\u0300","\u1f77":"\u03b9\u0301","\u1f78":"\u03bf\u0300","\u1f79":"\u03bf\u0301","\u1f7a":"\u03c5\u0300","\u1f7b":"\u03c5\u0301","\u1f7c":"\u03c9\u0300","\u1f7d":"\u03c9\u0301","\u1f80":"\u03b1\u0313\u0345","\u1f81":"\u03b1\u0314\u0345","\u1f82":"\u03b1\u0313\u0300\u0345","\u1f83":"\u03b1\u0314\u0300\u0345","\u1f84":"\u03b1\u0313\u0301\u0345","\u1f85":"\u03b1\u0314\u0301\u0345","\u1f86":"\u03b1\u0313\u0342\u0345","\u1f87":"\u03b1\u0314\u0342\u0345","\u1f88":"\u0391\u0313\u0345","\u1f89":"\u0391\u0314\u0345","\u1f8a":"\u0391\u0313\u0300\u0345","\u1f8b":"\u0391\u0314\u0300\u0345","\u1f8c":"\u0391\u0313\u0301\u0345","\u1f8d":"\u0391\u0314\u0301\u0345","\u1f8e":"\u0391\u0313\u0342\u0345","\u1f8f":"\u0391\u0314\u0342\u0345","\u1f90":"\u03b7\u0313\u0345","\u1f91":"\u03b7\u0314\u0345","\u1f92":"\u03b7\u0313\u0300\u0345","\u1f93":"\u03b7\u0314\u0300\u0345","\u1f94":"\u03b7\u0313\u0301\u0345","\u1f95":"\u03b7\u0314\u0301\u0345","\u1f96":"\u03b7\u0313\u0342\u0345","\u1f97":"\u03b7\u0314\u0342\u0345","\u1f98":"\u0397\u0313\u0345","\u1f99":"\u0397\u0314\u0345","\u1f9a":"\u0397\u0313\u0300\u0345","\u1f9b":"\u0397\u0314\u0300\u0345","\u1f9c":"\u0397\u0313\u0301\u0345","\u1f9d":"\u0397\u0314\u0301\u0345","\u1f9e":"\u0397\u0313\u0342\u0345","\u1f9f":"\u0397\u0314\u0342\u0345","\u1fa0":"\u03c9\u0313\u0345","\u1fa1":"\u03c9\u0314\u0345","\u1fa2":"\u03c9\u0313\u0300\u0345","\u1fa3":"\u03c9\u0314\u0300\u0345","\u1fa4":"\u03c9\u0313\u0301\u0345","\u1fa5":"\u03c9\u0314\u0301\u0345","\u1fa6":"\u03c9\u0313\u0342\u0345","\u1fa7":"\u03c9\u0314\u0342\u0345","\u1fa8":"\u03a9\u0313\u0345","\u1fa9":"\u03a9\u0314\u0345","\u1faa":"\u03a9\u0313\u0300\u0345","\u1fab":"\u03a9\u0314\u0300\u0345","\u1fac":"\u03a9\u0313\u0301\u0345","\u1fad":"\u03a9\u0314\u0301\u0345","\u1fae":"\u03a9\u0313\u0342\u0345","\u1faf":"\u03a9\u0314\u0342\u0345","\u1fb0":"\u03b1\u0306","\u1fb1":"\u03b1\u0304","\u1fb2":"\u03b1\u0300\u0345","\u1fb3":"\u03b1\u0345","\u1fb4":"\u03b1\u0301\u0345","\u1fb6":"\u03b1\u0342","\u1fb7":"\u03b1\u0342\u0345","\u1fb8":"\u0391\u0306","\u1fb9":"\u0391\u0304","\u1fba":"\u0391\u0300","\u1fbb":"\u0391\u0301","\u1fbc":"\u0391\u0345","\u1fbd":" \u0313","\u1fbe":"\u03b9","\u1fbf":" \u0313","\u1fc0":" \u0342","\u1fc1":" \u0308\u0342","\u1fc2":"\u03b7\u0300\u0345","\u1fc3":"\u03b7\u0345","\u1fc4":"\u03b7\u0301\u0345","\u1fc6":"\u03b7\u0342","\u1fc7":"\u03b7\u0342\u0345","\u1fc8":"\u0395\u0300","\u1fc9":"\u0395\u0301","\u1fca":"\u0397\u0300","\u1fcb":"\u0397\u0301","\u1fcc":"\u0397\u0345","\u1fcd":" \u0313\u0300","\u1fce":" \u0313\u0301","\u1fcf":" \u0313\u0342","\u1fd0":"\u03b9\u0306","\u1fd1":"\u03b9\u0304","\u1fd2":"\u03b9\u0308\u0300","\u1fd3":"\u03b9\u0308\u0301","\u1fd6":"\u03b9\u0342","\u1fd7":"\u03b9\u0308\u0342","\u1fd8":"\u0399\u0306","\u1fd9":"\u0399\u0304","\u1fda":"\u0399\u0300","\u1fdb":"\u0399\u0301","\u1fdd":" \u0314\u0300","\u1fde":" \u0314\u0301","\u1fdf":" \u0314\u0342","\u1fe0":"\u03c5\u0306","\u1fe1":"\u03c5\u0304","\u1fe2":"\u03c5\u0308\u0300","\u1fe3":"\u03c5\u0308\u0301","\u1fe4":"\u03c1\u0313","\u1fe5":"\u03c1\u0314","\u1fe6":"\u03c5\u0342","\u1fe7":"\u03c5\u0308\u0342","\u1fe8":"\u03a5\u0306","\u1fe9":"\u03a5\u0304","\u1fea":"\u03a5\u0300","\u1feb":"\u03a5\u0301","\u1fec":"\u03a1\u0314","\u1fed":" \u0308\u0300","\u1fee":" \u0308\u0301","\u1fef":"`","\u1ff2":"\u03c9\u0300\u0345","\u1ff3":"\u03c9\u0345","\u1ff4":"\u03c9\u0301\u0345","\u1ff6":"\u03c9\u0342","\u1ff7":"\u03c9\u0342\u0345","\u1ff8":"\u039f\u0300","\u1ff9":"\u039f\u0301","\u1ffa":"\u03a9\u0300","\u1ffb":"\u03a9\u0301","\u1ffc":"\u03a9\u0345","\u1ffd":" \u0301","\u1ffe":" \u0314","\u2000":" ","\u2001":" ","\u2002":" ","\u2003":" ","\u2004":" ","\u2005":" ","\u2006":" ","\u2007":" ","\u2008":" ","\u2009":" ","\u200a":" ","\u2011":"\u2010","\u2017":" \u0333","\u2024":".","\u2025":"..","\u2026":"...","\u202f":" ","\u2033":"\u2032\u2032","\u2034":"\u2032\u2032\u2032","\u2036":"\u2035\u2035","\u2037":"\u2035\u2035\u2035","\u203c":"!!","\u203e":" \u0305","\u2047":"??","\u2048":"?!","\u2049":"!?","\u2057":"\u2032\u2032\u2032\u2032","\u205f":" ","\u2070":"0","\u2071":"i","\u2074":"4","\u2075":"5","\u2076":"6","\u2077":"7","\u2078":"8","\u2079":"9","\u207a":"+","\u207b":"\u2212","\u207c":"=","\u207d":"(","\u207e":")","\u207f":"n","\u2080":"0","\u2081":"1","\u2082":"2","\u2083":"3","\u2084":"4","\u2085":"5","\u2086":"6","\u2087":"7","\u2088":"8","\u2089":"9","\u208a":"+","\u208b":"\u2212","\u208c":"=","\u208d":"(","\u208e":")","\u2090":"a","\u2091":"e","\u2092":"o","\u2093":"x","\u2094":"\u0259","\u2095":"h","\u2096":"k","\u2097":"l","\u2098":"m","\u2099":"n","\u209a":"p","\u209b":"s","\u209c":"t","\u20a8":"Rs","\u2100":"a/c","\u2101":"a/s","\u2102":"C","\u2103":"\u00b0C","\u2105":"c/o","\u2106":"c/u","\u2107":"\u0190","\u2109":"\u00b0F","\u210a":"g","\u210b":"H","\u210c":"H","\u210d":"H","\u210e":"h","\u210f":"\u0127","\u2110":"I","\u2111":"I","\u2112":"L","\u2113":"l","\u2115":"N","\u2116":"No","\u2119":"P","\u211a":"Q","\u211b":"R","\u211c":"R","\u211d":"R","\u2120":"SM","\u2121":"TEL","\u2122":"TM","\u2124":"Z","\u2126":"\u03a9","\u2128":"Z","\u212a":"K","\u212b":"A\u030a","\u212c":"B","\u212d":"C","\u212f":"e","\u2130":"E","\u2131":"F","\u2133":"M","\u2134":"o","\u2135":"\u05d0","\u2136":"\u05d1","\u2137":"\u05d2","\u2138":"\u05d3","\u2139":"i","\u213b":"FAX","\u213c":"\u03c0","\u213d":"\u03b3","\u213e":"\u0393","\u213f":"\u03a0","\u2140":"\u2211","\u2145":"D","\u2146":"d","\u2147":"e","\u2148":"i","\u2149":"j","\u2150":"1\u20447","\u2151":"1\u20449","\u2152":"1\u204410","\u2153":"1\u20443","\u2154":"2\u20443","\u2155":"1\u20445","\u2156":"2\u20445","\u2157":"3\u20445","\u2158":"4\u20445","\u2159":"1\u20446","\u215a":"5\u20446","\u215b":"1\u20448","\u215c":"3\u20448","\u215d":"5\u20448","\u215e":"7\u20448","\u215f":"1\u2044","\u2160":"I","\u2161":"II","\u2162":"III","\u2163":"IV","\u2164":"V","\u2165":"VI","\u2166":"VII","\u2167":"VIII","\u2168":"IX","\u2169":"X","\u216a":"XI","\u216b":"XII","\u216c":"L","\u216d":"C","\u216e":"D","\u216f":"M","\u2170":"i","\u2171":"ii","\u2172":"iii","\u2173":"iv","\u2174":"v","\u2175":"vi","\u2176":"vii","\u2177":"viii","\u2178":"ix","\u2179":"x","\u217a":"xi","\u217b":"xii","\u217c":"l","\u217d":"c","\u217e":"d","\u217f":"m","\u2189":"0\u20443","\u219a":"\u2190\u0338","\u219b":"\u2192\u0338","\u21ae":"\u2194\u0338","\u21cd":"\u21d0\u0338","\u21ce":"\u21d4\u0338","\u21cf":"\u21d2\u0338","\u2204":"\u2203\u0338","\u2209":"\u2208\u0338","\u220c":"\u220b\u0338","\u2224":"\u2223\u0338","\u2226":"\u2225\u0338","\u222c":"\u222b\u222b","\u222d":"\u222b\u222b\u222b","\u222f":"\u222e\u222e","\u2230":"\u222e\u222e\u222e","\u2241":"\u223c\u0338","\u2244":"\u2243\u0338","\u2247":"\u2245\u0338","\u2249":"\u2248\u0338","\u2260":"=\u0338","\u2262":"\u2261\u0338","\u226d":"\u224d\u0338","\u226e":"<\u0338","\u226f":">\u0338","\u2270":"\u2264\u0338","\u2271":"\u2265\u0338","\u2274":"\u2272\u0338","\u2275":"\u2273\u0338","\u2278":"\u2276\u0338","\u2279":"\u2277\u0338","\u2280":"\u227a\u0338","\u2281":"\u227b\u0338","\u2284":"\u2282\u0338","\u2285":"\u2283\u0338","\u2288":"\u2286\u0338","\u2289":"\u2287\u0338","\u22ac":"\u22a2\u0338","\u22ad":"\u22a8\u0338","\u22ae":"\u22a9\u0338","\u22af":"\u22ab\u0338","\u22e0":"\u227c\u0338","\u22e1":"\u227d\u0338","\u22e2":"\u2291\u0338","\u22e3":"\u2292\u0338","\u22ea":"\u22b2\u0338","\u22eb":"\u22b3\u0338","\u22ec":"\u22b4\u0338","\u22ed":"\u22b5\u0338","\u2329":"\u3008","\u232a":"\u3009","\u2460":"1","\u2461":"2","\u2462":"3","\u2463":"4","\u2464":"5","\u2465":"6","\u2466":"7","\u2467":"8","\u2468":"9","\u2469":"10","\u246a":"11","\u246b":"12","\u246c":"13","\u246d":"14","\u246e":"15","\u246f":"16","\u2470":"17","\u2471":"18","\u2472":"19","\u2473":"20","\u2474":"(1)","\u2475":"(2)","\u2476":"(3)","\u2477":"(4)","\u2478":"(5)","\u2479":"(6)","\u247a":"(7)","\u247b":"(8)","\u247c":"(9)","\u247d":"(10)","\u247e":"(11)","\u247f":"(12)","\u2480":"(13)","\u2481":"(14)","\u2482":"(15)","\u2483":"(16)","\u2484":"(17)","\u2485":"(18)","\u2486":"(19)","\u2487":"(20)","\u2488":"1.","\u2489":"2.","\u248a":"3.","\u248b":"4.","\u248c":"5.","\u248d":"6.","\u248e":"7.","\u248f":"8.","\u2490":"9.","\u2491":"10.","\u2492":"11.","\u2493":"12.","\u2494":"13.","\u2495":"14.","\u2496":"15.","\u2497":"16.","\u2498":"17.","\u2499":"18.","\u249a":"19.","\u249b":"20.","\u249c":"(a)","\u249d":"(b)","\u249e":"(c)","\u249f":"(d)","\u24a0":"(e)","\u24a1":"(f)","\u24a2":"(g)","\u24a3":"(h)","\u24a4":"(i)","\u24a5":"(j)","\u24a6":"(k)","\u24a7":"(l)","\u24a8":"(m)","\u24a9":"(n)","\u24aa":"(o)","\u24ab":"(p)","\u24ac":"(q)","\u24ad":"(r)","\u24ae":"(s)","\u24af":"(t)","\u24b0":"(u)","\u24b1":"(v)","\u24b2":"(w)","\u24b3":"(x)","\u24b4":"(y)","\u24b5":"(z)","\u24b6":"A","\u24b7":"B","\u24b8":"C","\u24b9":"D","\u24ba":"E","\u24bb":"F","\u24bc":"G","\u24bd":"H","\u24be":"I","\u24bf":"J","\u24c0":"K","\u24c1":"L","\u24c2":"M","\u24c3":"N","\u24c4":"O","\u24c5":"P","\u24c6":"Q","\u24c7":"R","\u24c8":"S","\u24c9":"T","\u24ca":"U","\u24cb":"V","\u24cc":"W","\u24cd":"X","\u24ce":"Y","\u24cf":"Z","\u24d0":"a","\u24d1":"b","\u24d2":"c","\u24d3":"d","\u24d4":"e","\u24d5":"f","\u24d6":"g","\u24d7":"h","\u24d8":"i","\u24d9":"j","\u24da":"k","\u24db":"l","\u24dc":"m","\u24dd":"n","\u24de":"o","\u24df":"p","\u24e0":"q","\u24e1":"r","\u24e2":"s","\u24e3":"t","\u24e4":"u","\u24e5":"v","\u24e6":"w","\u24e7":"x","\u24e8":"y","\u24e9":"z","\u24ea":"0","\u2a0c":"\u222b\u222b\u222b\u222b","\u2a74":"::=","\u2a75":"==","\u2a76":"===","\u2adc":"\u2add\u0338","\u2c7c":"j","\u2c7d":"V","\u2d6f":"\u2d61","\u2e9f":"\u6bcd","\u2ef3":"\u9f9f","\u2f00":"\u4e00","\u2f01":"\u4e28","\u2f02":"\u4e36","\u2f03":"\u4e3f","\u2f04":"\u4e59","\u2f05":"\u4e85","\u2f06":"\u4e8c","\u2f07":"\u4ea0","\u2f08":"\u4eba","\u2f09":"\u513f","\u2f0a":"\u5165","\u2f0b":"\u516b","\u2f0c":"\u5182","\u2f0d":"\u5196","\u2f0e":"\u51ab","\u2f0f":"\u51e0","\u2f10":"\u51f5","\u2f11":"\u5200","\u2f12":"\u529b","\u2f13":"\u52f9","\u2f14":"\u5315","\u2f15":"\u531a","\u2f16":"\u5338","\u2f17":"\u5341","\u2f18":"\u535c","\u2f19":"\u5369","\u2f1a":"\u5382","\u2f1b":"\u53b6","\u2f1c":"\u53c8","\u2f1d":"\u53e3","\u2f1e":"\u56d7","\u2f1f":"\u571f","\u2f20":"\u58eb","\u2f21":"\u5902","\u2f22":"\u590a","\u2f23":"\u5915","\u2f24":"\u5927","\u2f25":"\u5973","\u2f26":"\u5b50","\u2f27":"\u5b80","\u2f28":"\u5bf8","\u2f29":"\u5c0f","\u2f2a":"\u5c22","\u2f2b":"\u5c38","\u2f2c":"\u5c6e","\u2f2d":"\u5c71","\u2f2e":"\u5ddb","\u2f2f":"\u5de5","\u2f30":"\u5df1","\u2f31":"\u5dfe","\u2f32":"\u5e72","\u2f33":"\u5e7a","\u2f34":"\u5e7f","\u2f35":"\u5ef4","\u2f36":"\u5efe","\u2f37":"\u5f0b","\u2f38":"\u5f13","\u2f39":"\u5f50","\u2f3a":"\u5f61","\u2f3b":"\u5f73","\u2f3c":"\u5fc3","\u2f3d":"\u6208","\u2f3e":"\u6236","\u2f3f":"\u624b","\u2f40":"\u652f","\u2f41":"\u6534","\u2f42":"\u6587","\u2f43":"\u6597","\u2f44":"\u65a4","\u2f45":"\u65b9","\u2f46":"\u65e0","\u2f47":"\u65e5","\u2f48":"\u66f0","\u2f49":"\u6708","\u2f4a":"\u6728","\u2f4b":"\u6b20","\u2f4c":"\u6b62","\u2f4d":"\u6b79","\u2f4e":"\u6bb3","\u2f4f":"\u6bcb","\u2f50":"\u6bd4","\u2f51":"\u6bdb","\u2f52":"\u6c0f","\u2f53":"\u6c14","\u2f54":"\u6c34","\u2f55":"\u706b","\u2f56":"\u722a","\u2f57":"\u7236","\u2f58":"\u723b","\u2f59":"\u723f","\u2f5a":"\u7247","\u2f5b":"\u7259","\u2f5c":"\u725b","\u2f5d":"\u72ac","\u2f5e":"\u7384","\u2f5f":"\u7389","\u2f60":"\u74dc","\u2f61":"\u74e6","\u2f62":"\u7518","\u2f63":"\u751f","\u2f64":"\u7528","\u2f65":"\u7530","\u2f66":"\u758b","\u2f67":"\u7592","\u2f68":"\u7676","\u2f69":"\u767d","\u2f6a":"\u76ae","\u2f6b":"\u76bf","\u2f6c":"\u76ee","\u2f6d":"\u77db","\u2f6e":"\u77e2","\u2f6f":"\u77f3","\u2f70":"\u793a","\u2f71":"\u79b8","\u2f72":"\u79be","\u2f73":"\u7a74","\u2f74":"\u7acb","\u2f75":"\u7af9","\u2f76":"\u7c73","\u2f77":"\u7cf8","\u2f78":"\u7f36","\u2f79":"\u7f51","\u2f7a":"\u7f8a","\u2f7b":"\u7fbd","\u2f7c":"\u8001","\u2f7d":"\u800c","\u2f7e":"\u8012","\u2f7f":"\u8033","\u2f80":"\u807f","\u2f81":"\u8089","\u2f82":"\u81e3","\u2f83":"\u81ea","\u2f84":"\u81f3","\u2f85":"\u81fc","\u2f86":"\u820c","\u2f87":"\u821b","\u2f88":"\u821f","\u2f89":"\u826e","\u2f8a":"\u8272","\u2f8b":"\u8278","\u2f8c":"\u864d","\u2f8d":"\u866b","\u2f8e":"\u8840","\u2f8f":"\u884c","\u2f90":"\u8863","\u2f91":"\u897e","\u2f92":"\u898b","\u2f93":"\u89d2","\u2f94":"\u8a00","\u2f95":"\u8c37","\u2f96":"\u8c46","\u2f97":"\u8c55","\u2f98":"\u8c78","\u2f99":"\u8c9d","\u2f9a":"\u8d64","\u2f9b":"\u8d70","\u2f9c":"\u8db3","\u2f9d":"\u8eab","\u2f9e":"\u8eca","\u2f9f":"\u8f9b","\u2fa0":"\u8fb0","\u2fa1":"\u8fb5","\u2fa2":"\u9091","\u2fa3":"\u9149","\u2fa4":"\u91c6","\u2fa5":"\u91cc","\u2fa6":"\u91d1","\u2fa7":"\u9577","\u2fa8":"\u9580","\u2fa9":"\u961c","\u2faa":"\u96b6","\u2fab":"\u96b9","\u2fac":"\u96e8","\u2fad":"\u9751","\u2fae":"\u975e","\u2faf":"\u9762","\u2fb0":"\u9769","\u2fb1":"\u97cb","\u2fb2":"\u97ed","\u2fb3":"\u97f3","\u2fb4":"\u9801","\u2fb5":"\u98a8","\u2fb6":"\u98db","\u2fb7":"\u98df","\u2fb8":"\u9996","\u2fb9":"\u9999","\u2fba":"\u99ac","\u2fbb":"\u9aa8","\u2fbc":"\u9ad8","\u2fbd":"\u9adf","\u2fbe":"\u9b25","\u2fbf":"\u9b2f","\u2fc0":"\u9b32","\u2fc1":"\u9b3c","\u2fc2":"\u9b5a","\u2fc3":"\u9ce5","\u2fc4":"\u9e75","\u2fc5":"\u9e7f","\u2fc6":"\u9ea5","\u2fc7":"\u9ebb","\u2fc8":"\u9ec3","\u2fc9":"\u9ecd","\u2fca":"\u9ed1","\u2fcb":"\u9ef9","\u2fcc":"\u9efd","\u2fcd":"\u9f0e","\u2fce":"\u9f13","\u2fcf":"\u9f20","\u2fd0":"\u9f3b","\u2fd1":"\u9f4a","\u2fd2":"\u9f52","\u2fd3":"\u9f8d","\u2fd4":"\u9f9c","\u2fd5":"\u9fa0","\u3000":" ","\u3036":"\u3012","\u3038":"\u5341","\u3039":"\u5344","\u303a":"\u5345","\u304c":"\u304b\u3099","\u304e":"\u304d\u3099","\u3050":"\u304f\u3099","\u3052":"\u3051\u3099","\u3054":"\u3053\u3099","\u3056":"\u3055\u3099","\u3058":"\u3057\u3099","\u305a":"\u3059\u3099","\u305c":"\u305b\u3099","\u305e":"\u305d\u3099","\u3060":"\u305f\u3099","\u3062":"\u3061\u3099","\u3065":"\u3064\u3099","\u3067":"\u3066\u3099","\u3069":"\u3068\u3099","\u3070":"\u306f\u3099","\u3071":"\u306f\u309a","\u3073":"\u3072\u3099","\u3074":"\u3072\u309a","\u3076":"\u3075\u3099","\u3077":"\u3075\u309a","\u3079":"\u3078\u3099","\u307a":"\u3078\u309a","\u307c":"\u307b\u3099","\u307d":"\u307b\u309a","\u3094":"\u3046\u3099","\u309b":" \u3099","\u309c":" \u309a","\u309e":"\u309d\u3099","\u309f":"\u3088\u308a","\u30ac":"\u30ab\u3099","\u30ae":"\u30ad\u3099","\u30b0":"\u30af\u3099","\u30b2":"\u30b1\u3099","\u30b4":"\u30b3\u3099","\u30b6":"\u30b5\u3099","\u30b8":"\u30b7\u3099","\u30ba":"\u30b9\u3099","\u30bc":"\u30bb\u3099","\u30be":"\u30bd\u3099","\u30c0":"\u30bf\u3099","\u30c2":"\u30c1\u3099","\u30c5":"\u30c4\u3099","\u30c7":"\u30c6\u3099","\u30c9":"\u30c8\u3099","\u30d0":"\u30cf\u3099","\u30d1":"\u30cf\u309a","\u30d3":"\u30d2\u3099","\u30d4":"\u30d2\u309a","\u30d6":"\u30d5\u3099","\u30d7":"\u30d5\u309a","\u30d9":"\u30d8\u3099","\u30da":"\u30d8\u309a","\u30dc":"\u30db\u3099","\u30dd":"\u30db\u309a","\u30f4":"\u30a6\u3099","\u30f7":"\u30ef\u3099","\u30f8":"\u30f0\u3099","\u30f9":"\u30f1\u3099","\u30fa":"\u30f2\u3099","\u30fe":"\u30fd\u3099","\u30ff":"\u30b3\u30c8","\u3131":"\u1100","\u3132":"\u1101","\u3133":"\u11aa","\u3134":"\u1102","\u3135":"\u11ac","\u3136":"\u11ad","\u3137":"\u1103","\u3138":"\u1104","\u3139":"\u1105","\u313a":"\u11b0","\u313b":"\u11b1","\u313c":"\u11b2","\u313d":"\u11b3","\u313e":"\u11b4","\u313f":"\u11b5","\u3140":"\u111a","\u3141":"\u1106","\u3142":"\u1107","\u3143":"\u1108","\u3144":"\u1121","\u3145":"\u1109","\u3146":"\u110a","\u3147":"\u110b","\u3148":"\u110c","\u3149":"\u110d","\u314a":"\u110e","\u314b":"\u110f","\u314c":"\u1110","\u314d":"\u1111","\u314e":"\u1112","\u314f":"\u1161","\u3150":"\u1162","\u3151":"\u1163","\u3152":"\u1164","\u3153":"\u1165","\u3154":"\u1166","\u3155":"\u1167","\u3156":"\u1168","\u3157":"\u1169","\u3158":"\u116a","\u3159":"\u116b","\u315a":"\u116c","\u315b":"\u116d","\u315c":"\u116e","\u315d":"\u116f","\u315e":"\u1170","\u315f":"\u1171","\u3160":"\u1172","\u3161":"\u1173","\u3162":"\u1174","\u3163":"\u1175","\u3164":"\u1160","\u3165":"\u1114","\u3166":"\u1115","\u3167":"\u11c7","\u3168":"\u11c8","\u3169":"\u11cc","\u316a":"\u11ce","\u316b":"\u11d3","\u316c":"\u11d7","\u316d":"\u11d9","\u316e":"\u111c","\u316f":"\u11dd","\u3170":"\u11df","\u3171":"\u111d","\u3172":"\u111e","\u3173":"\u1120","\u3174":"\u1122","\u3175":"\u1123","\u3176":"\u1127","\u3177":"\u1129","\u3178":"\u112b","\u3179":"\u112c","\u317a":"\u112d","\u317b":"\u112e","\u317c":"\u112f","\u317d":"\u1132","\u317e":"\u1136","\u317f":"\u1140","\u3180":"\u1147","\u3181":"\u114c","\u3182":"\u11f1","\u3183":"\u11f2","\u3184":"\u1157","\u3185":"\u1158","\u3186":"\u1159","\u3187":"\u1184","\u3188":"\u1185","\u3189":"\u1188","\u318a":"\u1191","\u318b":"\u1192","\u318c":"\u1194","\u318d":"\u119e","\u318e":"\u11a1","\u3192":"\u4e00","\u3193":"\u4e8c","\u3194":"\u4e09","\u3195":"\u56db","\u3196":"\u4e0a","\u3197":"\u4e2d","\u3198":"\u4e0b","\u3199":"\u7532","\u319a":"\u4e59","\u319b":"\u4e19","\u319c":"\u4e01","\u319d":"\u5929","\u319e":"\u5730","\u319f":"\u4eba","\u3200":"(\u1100)","\u3201":"(\u1102)","\u3202":"(\u1103)","\u3203":"(\u1105)","\u3204":"(\u1106)","\u3205":"(\u1107)","\u3206":"(\u1109)","\u3207":"(\u110b)","\u3208":"(\u110c)","\u3209":"(\u110e)","\u320a":"(\u110f)","\u320b":"(\u1110)","\u320c":"(\u1111)","\u320d":"(\u1112)","\u320e":"(\u1100\u1161)","\u320f":"(\u1102\u1161)","\u3210":"(\u1103\u1161)","\u3211":"(\u1105\u1161)","\u3212":"(\u1106\u1161)","\u3213":"(\u1107\u1161)","\u3214":"(\u1109\u1161)","\u3215":"(\u110b\u1161)","\u3216":"(\u110c\u1161)","\u3217":"(\u110e\u1161)","\u3218":"(\u110f\u1161)","\u3219":"(\u1110\u1161)","\u321a":"(\u1111\u1161)","\u321b":"(\u1112\u1161)","\u321c":"(\u110c\u116e)","\u321d":"(\u110b\u1169\u110c\u1165\u11ab)","\u321e":"(\u110b\u1169\u1112\u116e)","\u3220":"(\u4e00)","\u3221":"(\u4e8c)","\u3222":"(\u4e09)","\u3223":"(\u56db)","\u3224":"(\u4e94)","\u3225":"(\u516d)","\u3226":"(\u4e03)","\u3227":"(\u516b)","\u3228":"(\u4e5d)","\u3229":"(\u5341)","\u322a":"(\u6708)","\u322b":"(\u706b)","\u322c":"(\u6c34)","\u322d":"(\u6728)","\u322e":"(\u91d1)","\u322f":"(\u571f)","\u3230":"(\u65e5)","\u3231":"(\u682a)","\u3232":"(\u6709)","\u3233":"(\u793e)","\u3234":"(\u540d)","\u3235":"(\u7279)","\u3236":"(\u8ca1)","\u3237":"(\u795d)","\u3238":"(\u52b4)","\u3239":"(\u4ee3)","\u323a":"(\u547c)","\u323b":"(\u5b66)","\u323c":"(\u76e3)","\u323d":"(\u4f01)","\u323e":"(\u8cc7)","\u323f":"(\u5354)","\u3240":"(\u796d)","\u3241":"(\u4f11)","\u3242":"(\u81ea)","\u3243":"(\u81f3)","\u3244":"\u554f","\u3245":"\u5e7c","\u3246":"\u6587","\u3247":"\u7b8f","\u3250":"PTE","\u3251":"21","\u3252":"22","\u3253":"23","\u3254":"24","\u3255":"25","\u3256":"26","\u3257":"27","\u3258":"28","\u3259":"29","\u325a":"30","\u325b":"31","\u325c":"32","\u325d":"33","\u325e":"34","\u325f":"35","\u3260":"\u1100","\u3261":"\u1102","\u3262":"\u1103","\u3263":"\u1105","\u3264":"\u1106","\u3265":"\u1107","\u3266":"\u1109","\u3267":"\u110b","\u3268":"\u110c","\u3269":"\u110e","\u326a":"\u110f","\u326b":"\u1110","\u326c":"\u1111","\u326d":"\u1112","\u326e":"\u1100\u1161","\u326f":"\u1102\u1161","\u3270":"\u1103\u1161","\u3271":"\u1105\u1161","\u3272":"\u1106\u1161","\u3273":"\u1107\u1161","\u3274":"\u1109\u1161","\u3275":"\u110b\u1161","\u3276":"\u110c\u1161","\u3277":"\u110e\u1161","\u3278":"\u110f\u1161","\u3279":"\u1110\u1161","\u327a":"\u1111\u1161","\u327b":"\u1112\u1161","\u327c":"\u110e\u1161\u11b7\u1100\u1169","\u327d":"\u110c\u116e\u110b\u1174","\u327e":"\u110b\u116e","\u3280":"\u4e00","\u3281":"\u4e8c","\u3282":"\u4e09","\u3283":"\u56db","\u3284":"\u4e94","\u3285":"\u516d","\u3286":"\u4e03","\u3287":"\u516b","\u3288":"\u4e5d","\u3289":"\u5341","\u328a":"\u6708","\u328b":"\u706b","\u328c":"\u6c34","\u328d":"\u6728","\u328e":"\u91d1","\u328f":"\u571f","\u3290":"\u65e5","\u3291":"\u682a","\u3292":"\u6709","\u3293":"\u793e","\u3294":"\u540d","\u3295":"\u7279","\u3296":"\u8ca1","\u3297":"\u795d","\u3298":"\u52b4","\u3299":"\u79d8","\u329a":"\u7537","\u329b":"\u5973","\u329c":"\u9069","\u329d":"\u512a","\u329e":"\u5370","\u329f":"\u6ce8","\u32a0":"\u9805","\u32a1":"\u4f11","\u32a2":"\u5199","\u32a3":"\u6b63","\u32a4":"\u4e0a","\u32a5":"\u4e2d","\u32a6":"\u4e0b","\u32a7":"\u5de6","\u32a8":"\u53f3","\u32a9":"\u533b","\u32aa":"\u5b97","\u32ab":"\u5b66","\u32ac":"\u76e3","\u32ad":"\u4f01","\u32ae":"\u8cc7","\u32af":"\u5354","\u32b0":"\u591c","\u32b1":"36","\u32b2":"37","\u32b3":"38","\u32b4":"39","\u32b5":"40","\u32b6":"41","\u32b7":"42","\u32b8":"43","\u32b9":"44","\u32ba":"45","\u32bb":"46","\u32bc":"47","\u32bd":"48","\u32be":"49","\u32bf":"50","\u32c0":"1\u6708","\u32c1":"2\u6708","\u32c2":"3\u6708","\u32c3":"4\u6708","\u32c4":"5\u6708","\u32c5":"6\u6708","\u32c6":"7\u6708","\u32c7":"8\u6708","\u32c8":"9\u6708","\u32c9":"10\u6708","\u32ca":"11\u6708","\u32cb":"12\u6708","\u32cc":"Hg","\u32cd":"erg","\u32ce":"eV","\u32cf":"LTD","\u32d0":"\u30a2","\u32d1":"\u30a4","\u32d2":"\u30a6","\u32d3":"\u30a8","\u32d4":"\u30aa","\u32d5":"\u30ab","\u32d6":"\u30ad","\u32d7":"\u30af","\u32d8":"\u30b1","\u32d9":"\u30b3","\u32da":"\u30b5","\u32db":"\u30b7","\u32dc":"\u30b9","\u32dd":"\u30bb","\u32de":"\u30bd","\u32df":"\u30bf","\u32e0":"\u30c1","\u32e1":"\u30c4","\u32e2":"\u30c6","\u32e3":"\u30c8","\u32e4":"\u30ca","\u32e5":"\u30cb","\u32e6":"\u30cc","\u32e7":"\u30cd","\u32e8":"\u30ce","\u32e9":"\u30cf","\u32ea":"\u30d2","\u32eb":"\u30d5","\u32ec":"\u30d8","\u32ed":"\u30db","\u32ee":"\u30de","\u32ef":"\u30df","\u32f0":"\u30e0","\u32f1":"\u30e1","\u32f2":"\u30e2","\u32f3":"\u30e4","\u32f4":"\u30e6","\u32f5":"\u30e8","\u32f6":"\u30e9","\u32f7":"\u30ea","\u32f8":"\u30eb","\u32f9":"\u30ec","\u32fa":"\u30ed","\u32fb":"\u30ef","\u32fc":"\u30f0","\u32fd":"\u30f1","\u32fe":"\u30f2","\u32ff":"\u4ee4\u548c","\u3300":"\u30a2\u30cf\u309a\u30fc\u30c8","\u3301":"\u30a2\u30eb\u30d5\u30a1","\u3302":"\u30a2\u30f3\u30d8\u309a\u30a2","\u3303":"\u30a2\u30fc\u30eb","\u3304":"\u30a4\u30cb\u30f3\u30af\u3099","\u3305":"\u30a4\u30f3\u30c1","\u3306":"\u30a6\u30a9\u30f3","\u3307":"\u30a8\u30b9\u30af\u30fc\u30c8\u3099","\u3308":"\u30a8\u30fc\u30ab\u30fc","\u3309":"\u30aa\u30f3\u30b9","\u330a":"\u30aa\u30fc\u30e0","\u330b":"\u30ab\u30a4\u30ea","\u330c":"\u30ab\u30e9\u30c3\u30c8","\u330d":"\u30ab\u30ed\u30ea\u30fc","\u330e":"\u30ab\u3099\u30ed\u30f3","\u330f":"\u30ab\u3099\u30f3\u30de","\u3310":"\u30ad\u3099\u30ab\u3099","\u3311":"\u30ad\u3099\u30cb\u30fc","\u3312":"\u30ad\u30e5\u30ea\u30fc","\u3313":"\u30ad\u3099\u30eb\u30bf\u3099\u30fc","\u3314":"\u30ad\u30ed","\u3315":"\u30ad\u30ed\u30af\u3099\u30e9\u30e0","\u3316":"\u30ad\u30ed\u30e1\u30fc\u30c8\u30eb","\u3317":"\u30ad\u30ed\u30ef\u30c3\u30c8","\u3318":"\u30af\u3099\u30e9\u30e0","\u3319":"\u30af\u3099\u30e9\u30e0\u30c8\u30f3","\u331a":"\u30af\u30eb\u30bb\u3099\u30a4\u30ed","\u331b":"\u30af\u30ed\u30fc\u30cd","\u331c":"\u30b1\u30fc\u30b9","\u331d":"\u30b3\u30eb\u30ca","\u331e":"\u30b3\u30fc\u30db\u309a","\u331f":"\u30b5\u30a4\u30af\u30eb","\u3320":"\u30b5\u30f3\u30c1\u30fc\u30e0","\u3321":"\u30b7\u30ea\u30f3\u30af\u3099","\u3322":"\u30bb\u30f3\u30c1","\u3323":"\u30bb\u30f3\u30c8","\u3324":"\u30bf\u3099\u30fc\u30b9","\u3325":"\u30c6\u3099\u30b7","\u3326":"\u30c8\u3099\u30eb","\u3327":"\u30c8\u30f3","\u3328":"\u30ca\u30ce","\u3329":"\u30ce\u30c3\u30c8","\u332a":"\u30cf\u30a4\u30c4","\u332b":"\u30cf\u309a\u30fc\u30bb\u30f3\u30c8","\u332c":"\u30cf\u309a\u30fc\u30c4","\u332d":"\u30cf\u3099\u30fc\u30ec\u30eb","\u332e":"\u30d2\u309a\u30a2\u30b9\u30c8\u30eb","\u332f":"\u30d2\u309a\u30af\u30eb","\u3330":"\u30d2\u309a\u30b3","\u3331":"\u30d2\u3099\u30eb","\u3332":"\u30d5\u30a1\u30e9\u30c3\u30c8\u3099","\u3333":"\u30d5\u30a3\u30fc\u30c8","\u3334":"\u30d5\u3099\u30c3\u30b7\u30a7\u30eb","\u3335":"\u30d5\u30e9\u30f3","\u3336":"\u30d8\u30af\u30bf\u30fc\u30eb","\u3337":"\u30d8\u309a\u30bd","\u3338":"\u30d8\u309a\u30cb\u30d2","\u3339":"\u30d8\u30eb\u30c4","\u333a":"\u30d8\u309a\u30f3\u30b9","\u333b":"\u30d8\u309a\u30fc\u30b7\u3099","\u333c":"\u30d8\u3099\u30fc\u30bf","\u333d":"\u30db\u309a\u30a4\u30f3\u30c8","\u333e":"\u30db\u3099\u30eb\u30c8","\u333f":"\u30db\u30f3","\u3340":"\u30db\u309a\u30f3\u30c8\u3099","\u3341":"\u30db\u30fc\u30eb","\u3342":"\u30db\u30fc\u30f3","\u3343":"\u30de\u30a4\u30af\u30ed","\u3344":"\u30de\u30a4\u30eb","\u3345":"\u30de\u30c3\u30cf","\u3346":"\u30de\u30eb\u30af","\u3347":"\u30de\u30f3\u30b7\u30e7\u30f3","\u3348":"\u30df\u30af\u30ed\u30f3","\u3349":"\u30df\u30ea","\u334a":"\u30df\u30ea\u30cf\u3099\u30fc\u30eb","\u334b":"\u30e1\u30ab\u3099","\u334c":"\u30e1\u30ab\u3099\u30c8\u30f3","\u334d":"\u30e1\u30fc\u30c8\u30eb","\u334e":"\u30e4\u30fc\u30c8\u3099","\u334f":"\u30e4\u30fc\u30eb","\u3350":"\u30e6\u30a2\u30f3","\u3351":"\u30ea\u30c3\u30c8\u30eb","\u3352":"\u30ea\u30e9","\u3353":"\u30eb\u30d2\u309a\u30fc","\u3354":"\u30eb\u30fc\u30d5\u3099\u30eb","\u3355":"\u30ec\u30e0","\u3356":"\u30ec\u30f3\u30c8\u30b1\u3099\u30f3","\u3357":"\u30ef\u30c3\u30c8","\u3358":"0\u70b9","\u3359":"1\u70b9","\u335a":"2\u70b9","\u335b":"3\u70b9","\u335c":"4\u70b9","\u335d":"5\u70b9","\u335e":"6\u70b9","\u335f":"7\u70b9","\u3360":"8\u70b9","\u3361":"9\u70b9","\u3362":"10\u70b9","\u3363":"11\u70b9","\u3364":"12\u70b9","\u3365":"13\u70b9","\u3366":"14\u70b9","\u3367":"15\u70b9","\u3368":"16\u70b9","\u3369":"17\u70b9","\u336a":"18\u70b9","\u336b":"19\u70b9","\u336c":"20\u70b9","\u336d":"21\u70b9","\u336e":"22\u70b9","\u336f":"23\u70b9","\u3370":"24\u70b9","\u3371":"hPa","\u3372":"da","\u3373":"AU","\u3374":"bar","\u3375":"oV","\u3376":"pc","\u3377":"dm","\u3378":"dm2","\u3379":"dm3","\u337a":"IU","\u337b":"\u5e73\u6210","\u337c":"\u662d\u548c","\u337d":"\u5927\u6b63","\u337e":"\u660e\u6cbb","\u337f":"\u682a\u5f0f\u4f1a\u793e","\u3380":"pA","\u3381":"nA","\u3382":"\u03bcA","\u3383":"mA","\u3384":"kA","\u3385":"KB","\u3386":"MB","\u3387":"GB","\u3388":"cal","\u3389":"kcal","\u338a":"pF","\u338b":"nF","\u338c":"\u03bcF","\u338d":"\u03bcg","\u338e":"mg","\u338f":"kg","\u3390":"Hz","\u3391":"kHz","\u3392":"MHz","\u3393":"GHz","\u3394":"THz","\u3395":"\u03bcl","\u3396":"ml","\u3397":"dl","\u3398":"kl","\u3399":"fm","\u339a":"nm","\u339b":"\u03bcm","\u339c":"mm","\u339d":"cm","\u339e":"km","\u339f":"mm2","\u33a0":"cm2","\u33a1":"m2","\u33a2":"km2","\u33a3":"mm3","\u33a4":"cm3","\u33a5":"m3","\u33a6":"km3","\u33a7":"m\u2215s","\u33a8":"m\u2215s2","\u33a9":"Pa","\u33aa":"kPa","\u33ab":"MPa","\u33ac":"GPa","\u33ad":"rad","\u33ae":"rad\u2215s","\u33af":"rad\u2215s2","\u33b0":"ps","\u33b1":"ns","\u33b2":"\u03bcs","\u33b3":"ms","\u33b4":"pV","\u33b5":"nV","\u33b6":"\u03bcV","\u33b7":"mV","\u33b8":"kV","\u33b9":"MV","\u33ba":"pW","\u33bb":"nW","\u33bc":"\u03bcW","\u33bd":"mW","\u33be":"kW","\u33bf":"MW","\u33c0":"k\u03a9","\u33c1":"M\u03a9","\u33c2":"a.m.","\u33c3":"Bq","\u33c4":"cc","\u33c5":"cd","\u33c6":"C\u2215kg","\u33c7":"Co.","\u33c8":"dB","\u33c9":"Gy","\u33ca":"ha","\u33cb":"HP","\u33cc":"in","\u33cd":"KK","\u33ce":"KM","\u33cf":"kt","\u33d0":"lm","\u33d1":"ln","\u33d2":"log","\u33d3":"lx","\u33d4":"mb","\u33d5":"mil","\u33d6":"mol","\u33d7":"PH","\u33d8":"p.m.","\u33d9":"PPM","\u33da":"PR","\u33db":"sr","\u33dc":"Sv","\u33dd":"Wb","\u33de":"V\u2215m","\u33df":"A\u2215m","\u33e0":"1\u65e5","\u33e1":"2\u65e5","\u33e2":"3\u65e5","\u33e3":"4\u65e5","\u33e4":"5\u65e5","\u33e5":"6\u65e5","\u33e6":"7\u65e5","\u33e7":"8\u65e5","\u33e8":"9\u65e5","\u33e9":"10\u65e5","\u33ea":"11\u65e5","\u33eb":"12\u65e5","\u33ec":"13\u65e5","\u33ed":"14\u65e5","\u33ee":"15\u65e5","\u33ef":"16\u65e5","\u33f0":"17\u65e5","\u33f1":"18\u65e5","\u33f2":"19\u65e5","\u33f3":"20\u65e5","\u33f4":"21\u65e5","\u33f5":"22\u65e5","\u33f6":"23\u65e5","\u33f7":"24\u65e5","\u33f8":"25\u65e5","\u33f9":"26\u65e5","\u33fa":"27\u65e5","\u33fb":"28\u65e5","\u33fc":"29\u65e5","\u33fd":"30\u65e5","\u33fe":"31\u65e5","\u33ff":"gal","\ua69c":"\u044a","\ua69d":"\u044c","\ua770":"\ua76f","\ua7f2":"C","\ua7f3":"F","\ua7f4":"Q","\ua7f8":"\u0126","\ua7f9":"\u0153","\uab5c":"\ua727","\uab5d":"\uab37","\uab5e":"\u026b","\uab5f":"\uab52","\uab69":"\u028d","\uf900":"\u8c48","\uf901":"\u66f4","\uf902":"\u8eca","\uf903":"\u8cc8","\uf904":"\u6ed1","\uf905":"\u4e32","\uf906":"\u53e5","\uf907":"\u9f9c","\uf908":"\u9f9c","\uf909":"\u5951","\uf90a":"\u91d1","\uf90b":"\u5587","\uf90c":"\u5948","\uf90d":"\u61f6","\uf90e":"\u7669","\uf90f":"\u7f85","\uf910":"\u863f","\uf911":"\u87ba","\uf912":"\u88f8","\uf913":"\u908f","\uf914":"\u6a02","\uf915":"\u6d1b","\uf916":"\u70d9","\uf917":"\u73de","\uf918":"\u843d","\uf919":"\u916a","\uf91a":"\u99f1","\uf91b":"\u4e82","\uf91c":"\u5375","\uf91d":"\u6b04","\uf91e":"\u721b","\uf91f":"\u862d","\uf920":"\u9e1e","\uf921":"\u5d50","\uf922":"\u6feb","\uf923":"\u85cd","\uf924":"\u8964","\uf925":"\u62c9","\uf926":"\u81d8","\uf927":"\u881f","\uf928":"\u5eca","\uf929":"\u6717","\uf92a":"\u6d6a","\uf92b":"\u72fc","\uf92c":"\u90ce","\uf92d":"\u4f86","\uf92e":"\u51b7","\uf92f":"\u52de","\uf930":"\u64c4","\uf931":"\u6ad3","\uf932":"\u7210","\uf933":"\u76e7","\uf934":"\u8001","\uf935":"\u8606","\uf936":"\u865c","\uf937":"\u8def","\uf938":"\u9732","\uf939":"\u9b6f","\uf93a":"\u9dfa","\uf93b":"\u788c","\uf93c":"\u797f","\uf93d":"\u7da0","\uf93e":"\u83c9","\uf93f":"\u9304","\uf940":"\u9e7f","\uf941":"\u8ad6","\uf942":"\u58df","\uf943":"\u5f04","\uf944":"\u7c60","\uf945":"\u807e","\uf946":"\u7262","\uf947":"\u78ca","\uf948":"\u8cc2","\uf949":"\u96f7","\uf94a":"\u58d8","\uf94b":"\u5c62","\uf94c":"\u6a13","\uf94d":"\u6dda","\uf94e":"\u6f0f","\uf94f":"\u7d2f","\uf950":"\u7e37","\uf951":"\u964b","\uf952":"\u52d2","\uf953":"\u808b","\uf954":"\u51dc","\uf955":"\u51cc","\uf956":"\u7a1c","\uf957":"\u7dbe","\uf958":"\u83f1","\uf959":"\u9675","\uf95a":"\u8b80","\uf95b":"\u62cf","\uf95c":"\u6a02","\uf95d":"\u8afe","\uf95e":"\u4e39","\uf95f":"\u5be7","\uf960":"\u6012","\uf961":"\u7387","\uf962":"\u7570","\uf963":"\u5317","\uf964":"\u78fb","\uf965":"\u4fbf","\uf966":"\u5fa9","\uf967":"\u4e0d","\uf968":"\u6ccc","\uf969":"\u6578","\uf96a":"\u7d22","\uf96b":"\u53c3","\uf96c":"\u585e","\uf96d":"\u7701","\uf96e":"\u8449","\uf96f":"\u8aaa","\uf970":"\u6bba","\uf971":"\u8fb0","\uf972":"\u6c88","\uf973":"\u62fe","\uf974":"\u82e5","\uf975":"\u63a0","\uf976":"\u7565","\uf977":"\u4eae","\uf978":"\u5169","\uf979":"\u51c9","\uf97a":"\u6881","\uf97b":"\u7ce7","\uf97c":"\u826f","\uf97d":"\u8ad2","\uf97e":"\u91cf","\uf97f":"\u52f5","\uf980":"\u5442","\uf981":"\u5973","\uf982":"\u5eec","\uf983":"\u65c5","\uf984":"\u6ffe","\uf985":"\u792a","\uf986":"\u95ad","\uf987":"\u9a6a","\uf988":"\u9e97","\uf989":"\u9ece","\uf98a":"\u529b","\uf98b":"\u66c6","\uf98c":"\u6b77","\uf98d":"\u8f62","\uf98e":"\u5e74","\uf98f":"\u6190","\uf990":"\u6200","\uf991":"\u649a","\uf992":"\u6f23","\uf993":"\u7149","\uf994":"\u7489","\uf995":"\u79ca","\uf996":"\u7df4","\uf997":"\u806f","\uf998":"\u8f26","\uf999":"\u84ee","\uf99a":"\u9023","\uf99b":"\u934a","\uf99c":"\u5217","\uf99d":"\u52a3","\uf99e":"\u54bd","\uf99f":"\u70c8","\uf9a0":"\u88c2","\uf9a1":"\u8aaa","\uf9a2":"\u5ec9","\uf9a3":"\u5ff5","\uf9a4":"\u637b","\uf9a5":"\u6bae","\uf9a6":"\u7c3e","\uf9a7":"\u7375","\uf9a8":"\u4ee4","\uf9a9":"\u56f9","\uf9aa":"\u5be7","\uf9ab":"\u5dba","\uf9ac":"\u601c","\uf9ad":"\u73b2","\uf9ae":"\u7469","\uf9af":"\u7f9a","\uf9b0":"\u8046","\uf9b1":"\u9234","\uf9b2":"\u96f6","\uf9b3":"\u9748","\uf9b4":"\u9818","\uf9b5":"\u4f8b","\uf9b6":"\u79ae","\uf9b7":"\u91b4","\uf9b8":"\u96b8","\uf9b9":"\u60e1","\uf9ba":"\u4e86","\uf9bb":"\u50da","\uf9bc":"\u5bee","\uf9bd":"\u5c3f","\uf9be":"\u6599","\uf9bf":"\u6a02","\uf9c0":"\u71ce","\uf9c1":"\u7642","\uf9c2":"\u84fc","\uf9c3":"\u907c","\uf9c4":"\u9f8d","\uf9c5":"\u6688","\uf9c6":"\u962e","\uf9c7":"\u5289","\uf9c8":"\u677b","\uf9c9":"\u67f3","\uf9ca":"\u6d41","\uf9cb":"\u6e9c","\uf9cc":"\u7409","\uf9cd":"\u7559","\uf9ce":"\u786b","\uf9cf":"\u7d10","\uf9d0":"\u985e","\uf9d1":"\u516d","\uf9d2":"\u622e","\uf9d3":"\u9678","\uf9d4":"\u502b","\uf9d5":"\u5d19","\uf9d6":"\u6dea","\uf9d7":"\u8f2a","\uf9d8":"\u5f8b","\uf9d9":"\u6144","\uf9da":"\u6817","\uf9db":"\u7387","\uf9dc":"\u9686","\uf9dd":"\u5229","\uf9de":"\u540f","\uf9df":"\u5c65","\uf9e0":"\u6613","\uf9e1":"\u674e","\uf9e2":"\u68a8","\uf9e3":"\u6ce5","\uf9e4":"\u7406","\uf9e5":"\u75e2","\uf9e6":"\u7f79","\uf9e7":"\u88cf","\uf9e8":"\u88e1","\uf9e9":"\u91cc","\uf9ea":"\u96e2","\uf9eb":"\u533f","\uf9ec":"\u6eba","\uf9ed":"\u541d","\uf9ee":"\u71d0","\uf9ef":"\u7498","\uf9f0":"\u85fa","\uf9f1":"\u96a3","\uf9f2":"\u9c57","\uf9f3":"\u9e9f","\uf9f4":"\u6797","\uf9f5":"\u6dcb","\uf9f6":"\u81e8","\uf9f7":"\u7acb","\uf9f8":"\u7b20","\uf9f9":"\u7c92","\uf9fa":"\u72c0","\uf9fb":"\u7099","\uf9fc":"\u8b58","\uf9fd":"\u4ec0","\uf9fe":"\u8336","\uf9ff":"\u523a","\ufa00":"\u5207","\ufa01":"\u5ea6","\ufa02":"\u62d3","\ufa03":"\u7cd6","\ufa04":"\u5b85","\ufa05":"\u6d1e","\ufa06":"\u66b4","\ufa07":"\u8f3b","\ufa08":"\u884c","\ufa09":"\u964d","\ufa0a":"\u898b","\ufa0b":"\u5ed3","\ufa0c":"\u5140","\ufa0d":"\u55c0","\ufa10":"\u585a","\ufa12":"\u6674","\ufa15":"\u51de","\ufa16":"\u732a","\ufa17":"\u76ca","\ufa18":"\u793c","\ufa19":"\u795e","\ufa1a":"\u7965","\ufa1b":"\u798f","\ufa1c":"\u9756","\ufa1d":"\u7cbe","\ufa1e":"\u7fbd","\ufa20":"\u8612","\ufa22":"\u8af8","\ufa25":"\u9038","\ufa26":"\u90fd","\ufa2a":"\u98ef","\ufa2b":"\u98fc","\ufa2c":"\u9928","\ufa2d":"\u9db4","\ufa2e":"\u90de","\ufa2f":"\u96b7","\ufa30":"\u4fae","\ufa31":"\u50e7","\ufa32":"\u514d","\ufa33":"\u52c9","\ufa34":"\u52e4","\ufa35":"\u5351","\ufa36":"\u559d","\ufa37":"\u5606","\ufa38":"\u5668","\ufa39":"\u5840","\ufa3a":"\u58a8","\ufa3b":"\u5c64","\ufa3c":"\u5c6e","\ufa3d":"\u6094","\ufa3e":"\u6168","\ufa3f":"\u618e","\ufa40":"\u61f2","\ufa41":"\u654f","\ufa42":"\u65e2","\ufa43":"\u6691","\ufa44":"\u6885","\ufa45":"\u6d77","\ufa46":"\u6e1a","\ufa47":"\u6f22","\ufa48":"\u716e","\ufa49":"\u722b","\ufa4a":"\u7422","\ufa4b":"\u7891","\ufa4c":"\u793e","\ufa4d":"\u7949","\ufa4e":"\u7948","\ufa4f":"\u7950","\ufa50":"\u7956","\ufa51":"\u795d","\ufa52":"\u798d","\ufa53":"\u798e","\ufa54":"\u7a40","\ufa55":"\u7a81","\ufa56":"\u7bc0","\ufa57":"\u7df4","\ufa58":"\u7e09","\ufa59":"\u7e41","\ufa5a":"\u7f72","\ufa5b":"\u8005","\ufa5c":"\u81ed","\ufa5d":"\u8279","\ufa5e":"\u8279","\ufa5f":"\u8457","\ufa60":"\u8910","\ufa61":"\u8996","\ufa62":"\u8b01","\ufa63":"\u8b39","\ufa64":"\u8cd3","\ufa65":"\u8d08","\ufa66":"\u8fb6","\ufa67":"\u9038","\ufa68":"\u96e3","\ufa69":"\u97ff","\ufa6a":"\u983b","\ufa6b":"\u6075","\ufa6c":"\ud850\udeee","\ufa6d":"\u8218","\ufa70":"\u4e26","\ufa71":"\u51b5","\ufa72":"\u5168","\ufa73":"\u4f80","\ufa74":"\u5145","\ufa75":"\u5180","\ufa76":"\u52c7","\ufa77":"\u52fa","\ufa78":"\u559d","\ufa79":"\u5555","\ufa7a":"\u5599","\ufa7b":"\u55e2","\ufa7c":"\u585a","\ufa7d":"\u58b3","\ufa7e":"\u5944","\ufa7f":"\u5954","\ufa80":"\u5a62","\ufa81":"\u5b28","\ufa82":"\u5ed2","\ufa83":"\u5ed9","\ufa84":"\u5f69","\ufa85":"\u5fad","\ufa86":"\u60d8","\ufa87":"\u614e","\ufa88":"\u6108","\ufa89":"\u618e","\ufa8a":"\u6160","\ufa8b":"\u61f2","\ufa8c":"\u6234","\ufa8d":"\u63c4","\ufa8e":"\u641c","\ufa8f":"\u6452","\ufa90":"\u6556","\ufa91":"\u6674","\ufa92":"\u6717","\ufa93":"\u671b","\ufa94":"\u6756","\ufa95":"\u6b79","\ufa96":"\u6bba","\ufa97":"\u6d41","\ufa98":"\u6edb","\ufa99":"\u6ecb","\ufa9a":"\u6f22","\ufa9b":"\u701e","\ufa9c":"\u716e","\ufa9d":"\u77a7","\ufa9e":"\u7235","\ufa9f":"\u72af","\ufaa0":"\u732a","\ufaa1":"\u7471","\ufaa2":"\u7506","\ufaa3":"\u753b","\ufaa4":"\u761d","\ufaa5":"\u761f","\ufaa6":"\u76ca","\ufaa7":"\u76db","\ufaa8":"\u76f4","\ufaa9":"\u774a","\ufaaa":"\u7740","\ufaab":"\u78cc","\ufaac":"\u7ab1","\ufaad":"\u7bc0","\ufaae":"\u7c7b","\ufaaf":"\u7d5b","\ufab0":"\u7df4","\ufab1":"\u7f3e","\ufab2":"\u8005","\ufab3":"\u8352","\ufab4":"\u83ef","\ufab5":"\u8779","\ufab6":"\u8941","\ufab7":"\u8986","\ufab8":"\u8996","\ufab9":"\u8abf","\ufaba":"\u8af8","\ufabb":"\u8acb","\ufabc":"\u8b01","\ufabd":"\u8afe","\ufabe":"\u8aed","\ufabf":"\u8b39","\ufac0":"\u8b8a","\ufac1":"\u8d08","\ufac2":"\u8f38","\ufac3":"\u9072","\ufac4":"\u9199","\ufac5":"\u9276","\ufac6":"\u967c","\ufac7":"\u96e3","\ufac8":"\u9756","\ufac9":"\u97db","\ufaca":"\u97ff","\ufacb":"\u980b","\ufacc":"\u983b","\ufacd":"\u9b12","\uface":"\u9f9c","\ufacf":"\ud84a\udc4a","\ufad0":"\ud84a\udc44","\ufad1":"\ud84c\udfd5","\ufad2":"\u3b9d","\ufad3":"\u4018","\ufad4":"\u4039","\ufad5":"\ud854\ude49","\ufad6":"\ud857\udcd0","\ufad7":"\ud85f\uded3","\ufad8":"\u9f43","\ufad9":"\u9f8e","\ufb00":"ff","\ufb01":"fi","\ufb02":"fl","\ufb03":"ffi","\ufb04":"ffl","\ufb05":"st","\ufb06":"st","\ufb13":"\u0574\u0576","\ufb14":"\u0574\u0565","\ufb15":"\u0574\u056b","\ufb16":"\u057e\u0576","\ufb17":"\u0574\u056d","\ufb1d":"\u05d9\u05b4","\ufb1f":"\u05f2\u05b7","\ufb20":"\u05e2","\ufb21":"\u05d0","\ufb22":"\u05d3","\ufb23":"\u05d4","\ufb24":"\u05db","\ufb25":"\u05dc","\ufb26":"\u05dd","\ufb27":"\u05e8","\ufb28":"\u05ea","\ufb29":"+","\ufb2a":"\u05e9\u05c1","\ufb2b":"\u05e9\u05c2","\ufb2c":"\u05e9\u05bc\u05c1","\ufb2d":"\u05e9\u05bc\u05c2","\ufb2e":"\u05d0\u05b7","\ufb2f":"\u05d0\u05b8","\ufb30":"\u05d0\u05bc","\ufb31":"\u05d1\u05bc","\ufb32":"\u05d2\u05bc","\ufb33":"\u05d3\u05bc","\ufb34":"\u05d4\u05bc","\ufb35":"\u05d5\u05bc","\ufb36":"\u05d6\u05bc","\ufb38":"\u05d8\u05bc","\ufb39":"\u05d9\u05bc","\ufb3a":"\u05da\u05bc","\ufb3b":"\u05db\u05bc","\ufb3c":"\u05dc\u05bc","\ufb3e":"\u05de\u05bc","\ufb40":"\u05e0\u05bc","\ufb41":"\u05e1\u05bc","\ufb43":"\u05e3\u05bc","\ufb44":"\u05e4\u05bc","\ufb46":"\u05e6\u05bc","\ufb47":"\u05e7\u05bc","\ufb48":"\u05e8\u05bc","\ufb49":"\u05e9\u05bc","\ufb4a":"\u05ea\u05bc","\ufb4b":"\u05d5\u05b9","\ufb4c":"\u05d1\u05bf","\ufb4d":"\u05db\u05bf","\ufb4e":"\u05e4\u05bf","\ufb4f":"\u05d0\u05dc","\ufb50":"\u0671","\ufb51":"\u0671","\ufb52":"\u067b","\ufb53":"\u067b","\ufb54":"\u067b","\ufb55":"\u067b","\ufb56":"\u067e","\ufb57":"\u067e","\ufb58":"\u067e","\ufb59":"\u067e","\ufb5a":"\u0680","\ufb5b":"\u0680","\ufb5c":"\u0680","\ufb5d":"\u0680","\ufb5e":"\u067a","\ufb5f":"\u067a","\ufb60":"\u067a","\ufb61":"\u067a","\ufb62":"\u067f","\ufb63":"\u067f","\ufb64":"\u067f","\ufb65":"\u067f","\ufb66":"\u0679","\ufb67":"\u0679","\ufb68":"\u0679","\ufb69":"\u0679","\ufb6a":"\u06a4","\ufb6b":"\u06a4","\ufb6c":"\u06a4","\ufb6d":"\u06a4","\ufb6e":"\u06a6","\ufb6f":"\u06a6","\ufb70":"\u06a6","\ufb71":"\u06a6","\ufb72":"\u0684","\ufb73":"\u0684","\ufb74":"\u0684","\ufb75":"\u0684","\ufb76":"\u0683","\ufb77":"\u0683","\ufb78":"\u0683","\ufb79":"\u0683","\ufb7a":"\u0686","\ufb7b":"\u0686","\ufb7c":"\u0686","\ufb7d":"\u0686","\ufb7e":"\u0687","\ufb7f":"\u0687","\ufb80":"\u0687","\ufb81":"\u0687","\ufb82":"\u068d","\ufb83":"\u068d","\ufb84":"\u068c","\ufb85":"\u068c","\ufb86":"\u068e","\ufb87":"\u068e","\ufb88":"\u0688","\ufb89":"\u0688","\ufb8a":"\u0698","\ufb8b":"\u0698","\ufb8c":"\u0691","\ufb8d":"\u0691","\ufb8e":"\u06a9","\ufb8f":"\u06a9","\ufb90":"\u06a9","\ufb91":"\u06a9","\ufb92":"\u06af","\ufb93":"\u06af","\ufb94":"\u06af","\ufb95":"\u06af","\ufb96":"\u06b3","\ufb97":"\u06b3","\ufb98":"\u06b3","\ufb99":"\u06b3","\ufb9a":"\u06b1","\ufb9b":"\u06b1","\ufb9c":"\u06b1","\ufb9d":"\u06b1","\ufb9e":"\u06ba","\ufb9f":"\u06ba","\ufba0":"\u06bb","\ufba1":"\u06bb","\ufba2":"\u06bb","\ufba3":"\u06bb","\ufba4":"\u06d5\u0654","\ufba5":"\u06d5\u0654","\ufba6":"\u06c1","\ufba7":"\u06c1","\ufba8":"\u06c1","\ufba9":"\u06c1","\ufbaa":"\u06be","\ufbab":"\u06be","\ufbac":"\u06be","\ufbad":"\u06be","\ufbae":"\u06d2","\ufbaf":"\u06d2","\ufbb0":"\u06d2\u0654","\ufbb1":"\u06d2\u0654","\ufbd3":"\u06ad","\ufbd4":"\u06ad","\ufbd5":"\u06ad","\ufbd6":"\u06ad","\ufbd7":"\u06c7","\ufbd8":"\u06c7","\ufbd9":"\u06c6","\ufbda":"\u06c6","\ufbdb":"\u06c8","\ufbdc":"\u06c8","\ufbdd":"\u06c7\u0674","\ufbde":"\u06cb","\ufbdf":"\u06cb","\ufbe0":"\u06c5","\ufbe1":"\u06c5","\ufbe2":"\u06c9","\ufbe3":"\u06c9","\ufbe4":"\u06d0","\ufbe5":"\u06d0","\ufbe6":"\u06d0","\ufbe7":"\u06d0","\ufbe8":"\u0649","\ufbe9":"\u0649","\ufbea":"\u064a\u0654\u0627","\ufbeb":"\u064a\u0654\u0627","\ufbec":"\u064a\u0654\u06d5","\ufbed":"\u064a\u0654\u06d5","\ufbee":"\u064a\u0654\u0648","\ufbef":"\u064a\u0654\u0648","\ufbf0":"\u064a\u0654\u06c7","\ufbf1":"\u064a\u0654\u06c7","\ufbf2":"\u064a\u0654\u06c6","\ufbf3":"\u064a\u0654\u06c6","\ufbf4":"\u064a\u0654\u06c8","\ufbf5":"\u064a\u0654\u06c8","\ufbf6":"\u064a\u0654\u06d0","\ufbf7":"\u064a\u0654\u06d0","\ufbf8":"\u064a\u0654\u06d0","\ufbf9":"\u064a\u0654\u0649","\ufbfa":"\u064a\u0654\u0649","\ufbfb":"\u064a\u0654\u0649","\ufbfc":"\u06cc","\ufbfd":"\u06cc","\ufbfe":"\u06cc","\ufbff":"\u06cc","\ufc00":"\u064a\u0654\u062c","\ufc01":"\u064a\u0654\u062d","\ufc02":"\u064a\u0654\u0645","\ufc03":"\u064a\u0654\u0649","\ufc04":"\u064a\u0654\u064a","\ufc05":"\u0628\u062c","\ufc06":"\u0628\u062d","\ufc07":"\u0628\u062e","\ufc08":"\u0628\u0645","\ufc09":"\u0628\u0649","\ufc0a":"\u0628\u064a","\ufc0b":"\u062a\u062c","\ufc0c":"\u062a\u062d","\ufc0d":"\u062a\u062e","\ufc0e":"\u062a\u0645","\ufc0f":"\u062a\u0649","\ufc10":"\u062a\u064a","\ufc11":"\u062b\u062c","\ufc12":"\u062b\u0645","\ufc13":"\u062b\u0649","\ufc14":"\u062b\u064a","\ufc15":"\u062c\u062d","\ufc16":"\u062c\u0645","\ufc17":"\u062d\u062c","\ufc18":"\u062d\u0645","\ufc19":"\u062e\u062c","\ufc1a":"\u062e\u062d","\ufc1b":"\u062e\u0645","\ufc1c":"\u0633\u062c","\ufc1d":"\u0633\u062d","\ufc1e":"\u0633\u062e","\ufc1f":"\u0633\u0645","\ufc20":"\u0635\u062d","\ufc21":"\u0635\u0645","\ufc22":"\u0636\u062c","\ufc23":"\u0636\u062d","\ufc24":"\u0636\u062e","\ufc25":"\u0636\u0645","\ufc26":"\u0637\u062d","\ufc27":"\u0637\u0645","\ufc28":"\u0638\u0645","\ufc29":"\u0639\u062c","\ufc2a":"\u0639\u0645","\ufc2b":"\u063a\u062c","\ufc2c":"\u063a\u0645","\ufc2d":"\u0641\u062c","\ufc2e":"\u0641\u062d","\ufc2f":"\u0641\u062e","\ufc30":"\u0641\u0645","\ufc31":"\u0641\u0649","\ufc32":"\u0641\u064a","\ufc33":"\u0642\u062d","\ufc34":"\u0642\u0645","\ufc35":"\u0642\u0649","\ufc36":"\u0642\u064a","\ufc37":"\u0643\u0627","\ufc38":"\u0643\u062c","\ufc39":"\u0643\u062d","\ufc3a":"\u0643\u062e","\ufc3b":"\u0643\u0644","\ufc3c":"\u0643\u0645","\ufc3d":"\u0643\u0649","\ufc3e":"\u0643\u064a","\ufc3f":"\u0644\u062c","\ufc40":"\u0644\u062d","\ufc41":"\u0644\u062e","\ufc42":"\u0644\u0645","\ufc43":"\u0644\u0649","\ufc44":"\u0644\u064a","\ufc45":"\u0645\u062c","\ufc46":"\u0645\u062d","\ufc47":"\u0645\u062e","\ufc48":"\u0645\u0645","\ufc49":"\u0645\u0649","\ufc4a":"\u0645\u064a","\ufc4b":"\u0646\u062c","\ufc4c":"\u0646\u062d","\ufc4d":"\u0646\u062e","\ufc4e":"\u0646\u0645","\ufc4f":"\u0646\u0649","\ufc50":"\u0646\u064a","\ufc51":"\u0647\u062c","\ufc52":"\u0647\u0645","\ufc53":"\u0647\u0649","\ufc54":"\u0647\u064a","\ufc55":"\u064a\u062c","\ufc56":"\u064a\u062d","\ufc57":"\u064a\u062e","\ufc58":"\u064a\u0645","\ufc59":"\u064a\u0649","\ufc5a":"\u064a\u064a","\ufc5b":"\u0630\u0670","\ufc5c":"\u0631\u0670","\ufc5d":"\u0649\u0670","\ufc5e":" \u064c\u0651","\ufc5f":" \u064d\u0651","\ufc60":" \u064e\u0651","\ufc61":" \u064f\u0651","\ufc62":" \u0650\u0651","\ufc63":" \u0651\u0670","\ufc64":"\u064a\u0654\u0631","\ufc65":"\u064a\u0654\u0632","\ufc66":"\u064a\u0654\u0645","\ufc67":"\u064a\u0654\u0646","\ufc68":"\u064a\u0654\u0649","\ufc69":"\u064a\u0654\u064a","\ufc6a":"\u0628\u0631","\ufc6b":"\u0628\u0632","\ufc6c":"\u0628\u0645","\ufc6d":"\u0628\u0646","\ufc6e":"\u0628\u0649","\ufc6f":"\u0628\u064a","\ufc70":"\u062a\u0631","\ufc71":"\u062a\u0632","\ufc72":"\u062a\u0645","\ufc73":"\u062a\u0646","\ufc74":"\u062a\u0649","\ufc75":"\u062a\u064a","\ufc76":"\u062b\u0631","\ufc77":"\u062b\u0632","\ufc78":"\u062b\u0645","\ufc79":"\u062b\u0646","\ufc7a":"\u062b\u0649","\ufc7b":"\u062b\u064a","\ufc7c":"\u0641\u0649","\ufc7d":"\u0641\u064a","\ufc7e":"\u0642\u0649","\ufc7f":"\u0642\u064a","\ufc80":"\u0643\u0627","\ufc81":"\u0643\u0644","\ufc82":"\u0643\u0645","\ufc83":"\u0643\u0649","\ufc84":"\u0643\u064a","\ufc85":"\u0644\u0645","\ufc86":"\u0644\u0649","\ufc87":"\u0644\u064a","\ufc88":"\u0645\u0627","\ufc89":"\u0645\u0645","\ufc8a":"\u0646\u0631","\ufc8b":"\u0646\u0632","\ufc8c":"\u0646\u0645","\ufc8d":"\u0646\u0646","\ufc8e":"\u0646\u0649","\ufc8f":"\u0646\u064a","\ufc90":"\u0649\u0670","\ufc91":"\u064a\u0631","\ufc92":"\u064a\u0632","\ufc93":"\u064a\u0645","\ufc94":"\u064a\u0646","\ufc95":"\u064a\u0649","\ufc96":"\u064a\u064a","\ufc97":"\u064a\u0654\u062c","\ufc98":"\u064a\u0654\u062d","\ufc99":"\u064a\u0654\u062e","\ufc9a":"\u064a\u0654\u0645","\ufc9b":"\u064a\u0654\u0647","\ufc9c":"\u0628\u062c","\ufc9d":"\u0628\u062d","\ufc9e":"\u0628\u062e","\ufc9f":"\u0628\u0645","\ufca0":"\u0628\u0647","\ufca1":"\u062a\u062c","\ufca2":"\u062a\u062d","\ufca3":"\u062a\u062e","\ufca4":"\u062a\u0645","\ufca5":"\u062a\u0647","\ufca6":"\u062b\u0645","\ufca7":"\u062c\u062d","\ufca8":"\u062c\u0645","\ufca9":"\u062d\u062c","\ufcaa":"\u062d\u0645","\ufcab":"\u062e\u062c","\ufcac":"\u062e\u0645","\ufcad":"\u0633\u062c","\ufcae":"\u0633\u062d","\ufcaf":"\u0633\u062e","\ufcb0":"\u0633\u0645","\ufcb1":"\u0635\u062d","\ufcb2":"\u0635\u062e","\ufcb3":"\u0635\u0645","\ufcb4":"\u0636\u062c","\ufcb5":"\u0636\u062d","\ufcb6":"\u0636\u062e","\ufcb7":"\u0636\u0645","\ufcb8":"\u0637\u062d","\ufcb9":"\u0638\u0645","\ufcba":"\u0639\u062c","\ufcbb":"\u0639\u0645","\ufcbc":"\u063a\u062c","\ufcbd":"\u063a\u0645","\ufcbe":"\u0641\u062c","\ufcbf":"\u0641\u062d","\ufcc0":"\u0641\u062e","\ufcc1":"\u0641\u0645","\ufcc2":"\u0642\u062d","\ufcc3":"\u0642\u0645","\ufcc4":"\u0643\u062c","\ufcc5":"\u0643\u062d","\ufcc6":"\u0643\u062e","\ufcc7":"\u0643\u0644","\ufcc8":"\u0643\u0645","\ufcc9":"\u0644\u062c","\ufcca":"\u0644\u062d","\ufccb":"\u0644\u062e","\ufccc":"\u0644\u0645","\ufccd":"\u0644\u0647","\ufcce":"\u0645\u062c","\ufccf":"\u0645\u062d","\ufcd0":"\u0645\u062e","\ufcd1":"\u0645\u0645","\ufcd2":"\u0646\u062c","\ufcd3":"\u0646\u062d","\ufcd4":"\u0646\u062e","\ufcd5":"\u0646\u0645","\ufcd6":"\u0646\u0647","\ufcd7":"\u0647\u062c","\ufcd8":"\u0647\u0645","\ufcd9":"\u0647\u0670","\ufcda":"\u064a\u062c","\ufcdb":"\u064a\u062d","\ufcdc":"\u064a\u062e","\ufcdd":"\u064a\u0645","\ufcde":"\u064a\u0647","\ufcdf":"\u064a\u0654\u0645","\ufce0":"\u064a\u0654\u0647","\ufce1":"\u0628\u0645","\ufce2":"\u0628\u0647","\ufce3":"\u062a\u0645","\ufce4":"\u062a\u0647","\ufce5":"\u062b\u0645","\ufce6":"\u062b\u0647","\ufce7":"\u0633\u0645","\ufce8":"\u0633\u0647","\ufce9":"\u0634\u0645","\ufcea":"\u0634\u0647","\ufceb":"\u0643\u0644","\ufcec":"\u0643\u0645","\ufced":"\u0644\u0645","\ufcee":"\u0646\u0645","\ufcef":"\u0646\u0647","\ufcf0":"\u064a\u0645","\ufcf1":"\u064a\u0647","\ufcf2":"\u0640\u064e\u0651","\ufcf3":"\u0640\u064f\u0651","\ufcf4":"\u0640\u0650\u0651","\ufcf5":"\u0637\u0649","\ufcf6":"\u0637\u064a","\ufcf7":"\u0639\u0649","\ufcf8":"\u0639\u064a","\ufcf9":"\u063a\u0649","\ufcfa":"\u063a\u064a","\ufcfb":"\u0633\u0649","\ufcfc":"\u0633\u064a","\ufcfd":"\u0634\u0649","\ufcfe":"\u0634\u064a","\ufcff":"\u062d\u0649","\ufd00":"\u062d\u064a","\ufd01":"\u062c\u0649","\ufd02":"\u062c\u064a","\ufd03":"\u062e\u0649","\ufd04":"\u062e\u064a","\ufd05":"\u0635\u0649","\ufd06":"\u0635\u064a","\ufd07":"\u0636\u0649","\ufd08":"\u0636\u064a","\ufd09":"\u0634\u062c","\ufd0a":"\u0634\u062d","\ufd0b":"\u0634\u062e","\ufd0c":"\u0634\u0645","\ufd0d":"\u0634\u0631","\ufd0e":"\u0633\u0631","\ufd0f":"\u0635\u0631","\ufd10":"\u0636\u0631","\ufd11":"\u0637\u0649","\ufd12":"\u0637\u064a","\ufd13":"\u0639\u0649","\ufd14":"\u0639\u064a","\ufd15":"\u063a\u0649","\ufd16":"\u063a\u064a","\ufd17":"\u0633\u0649","\ufd18":"\u0633\u064a","\ufd19":"\u0634\u0649","\ufd1a":"\u0634\u064a","\ufd1b":"\u062d\u0649","\ufd1c":"\u062d\u064a","\ufd1d":"\u062c\u0649","\ufd1e":"\u062c\u064a","\ufd1f":"\u062e\u0649","\ufd20":"\u062e\u064a","\ufd21":"\u0635\u0649","\ufd22":"\u0635\u064a","\ufd23":"\u0636\u0649","\ufd24":"\u0636\u064a","\ufd25":"\u0634\u062c","\ufd26":"\u0634\u062d","\ufd27":"\u0634\u062e","\ufd28":"\u0634\u0645","\ufd29":"\u0634\u0631","\ufd2a":"\u0633\u0631","\ufd2b":"\u0635\u0631","\ufd2c":"\u0636\u0631","\ufd2d":"\u0634\u062c","\ufd2e":"\u0634\u062d","\ufd2f":"\u0634\u062e","\ufd30":"\u0634\u0645","\ufd31":"\u0633\u0647","\ufd32":"\u0634\u0647","\ufd33":"\u0637\u0645","\ufd34":"\u0633\u062c","\ufd35":"\u0633\u062d","\ufd36":"\u0633\u062e","\ufd37":"\u0634\u062c","\ufd38":"\u0634\u062d","\ufd39":"\u0634\u062e","\ufd3a":"\u0637\u0645","\ufd3b":"\u0638\u0645","\ufd3c":"\u0627\u064b","\ufd3d":"\u0627\u064b","\ufd50":"\u062a\u062c\u0645","\ufd51":"\u062a\u062d\u062c","\ufd52":"\u062a\u062d\u062c","\ufd53":"\u062a\u062d\u0645","\ufd54":"\u062a\u062e\u0645","\ufd55":"\u062a\u0645\u062c","\ufd56":"\u062a\u0645\u062d","\ufd57":"\u062a\u0645\u062e","\ufd58":"\u062c\u0645\u062d","\ufd59":"\u062c\u0645\u062d","\ufd5a":"\u062d\u0645\u064a","\ufd5b":"\u062d\u0645\u0649","\ufd5c":"\u0633\u062d\u062c","\ufd5d":"\u0633\u062c\u062d","\ufd5e":"\u0633\u062c\u0649","\ufd5f":"\u0633\u0645\u062d","\ufd60":"\u0633\u0645\u062d","\ufd61":"\u0633\u0645\u062c","\ufd62":"\u0633\u0645\u0645","\ufd63":"\u0633\u0645\u0645","\ufd64":"\u0635\u062d\u062d","\ufd65":"\u0635\u062d\u062d","\ufd66":"\u0635\u0645\u0645","\ufd67":"\u0634\u062d\u0645","\ufd68":"\u0634\u062d\u0645","\ufd69":"\u0634\u062c\u064a","\ufd6a":"\u0634\u0645\u062e","\ufd6b":"\u0634\u0645\u062e","\ufd6c":"\u0634\u0645\u0645","\ufd6d":"\u0634\u0645\u0645","\ufd6e":"\u0636\u062d\u0649","\ufd6f":"\u0636\u062e\u0645","\ufd70":"\u0636\u062e\u0645","\ufd71":"\u0637\u0645\u062d","\ufd72":"\u0637\u0645\u062d","\ufd73":"\u0637\u0645\u0645","\ufd74":"\u0637\u0645\u064a","\ufd75":"\u0639\u062c\u0645","\ufd76":"\u0639\u0645\u0645","\ufd77":"\u0639\u0645\u0645","\ufd78":"\u0639\u0645\u0649","\ufd79":"\u063a\u0645\u0645","\ufd7a":"\u063a\u0645\u064a","\ufd7b":"\u063a\u0645\u0649","\ufd7c":"\u0641\u062e\u0645","\ufd7d":"\u0641\u062e\u0645","\ufd7e":"\u0642\u0645\u062d","\ufd7f":"\u0642\u0645\u0645","\ufd80":"\u0644\u062d\u0645","\ufd81":"\u0644\u062d\u064a","\ufd82":"\u0644\u062d\u0649","\ufd83":"\u0644\u062c\u062c","\ufd84":"\u0644\u062c\u062c","\ufd85":"\u0644\u062e\u0645","\ufd86":"\u0644\u062e\u0645","\ufd87":"\u0644\u0645\u062d","\ufd88":"\u0644\u0645\u062d","\ufd89":"\u0645\u062d\u062c","\ufd8a":"\u0645\u062d\u0645","\ufd8b":"\u0645\u062d\u064a","\ufd8c":"\u0645\u062c\u062d","\ufd8d":"\u0645\u062c\u0645","\ufd8e":"\u0645\u062e\u062c","\ufd8f":"\u0645\u062e\u0645","\ufd92":"\u0645\u062c\u062e","\ufd93":"\u0647\u0645\u062c","\ufd94":"\u0647\u0645\u0645","\ufd95":"\u0646\u062d\u0645","\ufd96":"\u0646\u062d\u0649","\ufd97":"\u0646\u062c\u0645","\ufd98":"\u0646\u062c\u0645","\ufd99":"\u0646\u062c\u0649","\ufd9a":"\u0646\u0645\u064a","\ufd9b":"\u0646\u0645\u0649","\ufd9c":"\u064a\u0645\u0645","\ufd9d":"\u064a\u0645\u0645","\ufd9e":"\u0628\u062e\u064a","\ufd9f":"\u062a\u062c\u064a","\ufda0":"\u062a\u062c\u0649","\ufda1":"\u062a\u062e\u064a","\ufda2":"\u062a\u062e\u0649","\ufda3":"\u062a\u0645\u064a","\ufda4":"\u062a\u0645\u0649","\ufda5":"\u062c\u0645\u064a","\ufda6":"\u062c\u062d\u0649","\ufda7":"\u062c\u0645\u0649","\ufda8":"\u0633\u062e\u0649","\ufda9":"\u0635\u062d\u064a","\ufdaa":"\u0634\u062d\u064a","\ufdab":"\u0636\u062d\u064a","\ufdac":"\u0644\u062c\u064a","\ufdad":"\u0644\u0645\u064a","\ufdae":"\u064a\u062d\u064a","\ufdaf":"\u064a\u062c\u064a","\ufdb0":"\u064a\u0645\u064a","\ufdb1":"\u0645\u0645\u064a","\ufdb2":"\u0642\u0645\u064a","\ufdb3":"\u0646\u062d\u064a","\ufdb4":"\u0642\u0645\u062d","\ufdb5":"\u0644\u062d\u0645","\ufdb6":"\u0639\u0645\u064a","\ufdb7":"\u0643\u0645\u064a","\ufdb8":"\u0646\u062c\u062d","\ufdb9":"\u0645\u062e\u064a","\ufdba":"\u0644\u062c\u0645","\ufdbb":"\u0643\u0645\u0645","\ufdbc":"\u0644\u062c\u0645","\ufdbd":"\u0646\u062c\u062d","\ufdbe":"\u062c\u062d\u064a","\ufdbf":"\u062d\u062c\u064a","\ufdc0":"\u0645\u062c\u064a","\ufdc1":"\u0641\u0645\u064a","\ufdc2":"\u0628\u062d\u064a","\ufdc3":"\u0643\u0645\u0645","\ufdc4":"\u0639\u062c\u0645","\ufdc5":"\u0635\u0645\u0645","\ufdc6":"\u0633\u062e\u064a","\ufdc7":"\u0646\u062c\u064a","\ufdf0":"\u0635\u0644\u06d2","\ufdf1":"\u0642\u0644\u06d2","\ufdf2":"\u0627\u0644\u0644\u0647","\ufdf3":"\u0627\u0643\u0628\u0631","\ufdf4":"\u0645\u062d\u0645\u062f","\ufdf5":"\u0635\u0644\u0639\u0645","\ufdf6":"\u0631\u0633\u0648\u0644","\ufdf7":"\u0639\u0644\u064a\u0647","\ufdf8":"\u0648\u0633\u0644\u0645","\ufdf9":"\u0635\u0644\u0649","\ufdfa":"\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645","\ufdfb":"\u062c\u0644 \u062c\u0644\u0627\u0644\u0647","\ufdfc":"\u0631\u06cc\u0627\u0644","\ufe10":",","\ufe11":"\u3001","\ufe12":"\u3002","\ufe13":":","\ufe14":";","\ufe15":"!","\ufe16":"?","\ufe17":"\u3016","\ufe18":"\u3017","\ufe19":"...","\ufe30":"..","\ufe31":"\u2014","\ufe32":"\u2013","\ufe33":"_","\ufe34":"_","\ufe35":"(","\ufe36":")","\ufe37":"{","\ufe38":"}","\ufe39":"\u3014","\ufe3a":"\u3015","\ufe3b":"\u3010","\ufe3c":"\u3011","\ufe3d":"\u300a","\ufe3e":"\u300b","\ufe3f":"\u3008","\ufe40":"\u3009","\ufe41":"\u300c","\ufe42":"\u300d","\ufe43":"\u300e","\ufe44":"\u300f","\ufe47":"[","\ufe48":"]","\ufe49":" \u0305","\ufe4a":" \u0305","\ufe4b":" \u0305","\ufe4c":" \u0305","\ufe4d":"_","\ufe4e":"_","\ufe4f":"_","\ufe50":",","\ufe51":"\u3001","\ufe52":".","\ufe54":";","\ufe55":":","\ufe56":"?","\ufe57":"!","\ufe58":"\u2014","\ufe59":"(","\ufe5a":")","\ufe5b":"{","\ufe5c":"}","\ufe5d":"\u3014","\ufe5e":"\u3015","\ufe5f":"#","\ufe60":"&","\ufe61":"*","\ufe62":"+","\ufe63":"-","\ufe64":"<","\ufe65":">","\ufe66":"=","\ufe68":"\\","\ufe69":"$","\ufe6a":"%","\ufe6b":"@","\ufe70":" \u064b","\ufe71":"\u0640\u064b","\ufe72":" \u064c","\ufe74":" \u064d","\ufe76":" \u064e","\ufe77":"\u0640\u064e","\ufe78":" \u064f","\ufe79":"\u0640\u064f","\ufe7a":" \u0650","\ufe7b":"\u0640\u0650","\ufe7c":" \u0651","\ufe7d":"\u0640\u0651","\ufe7e":" \u0652","\ufe7f":"\u0640\u0652","\ufe80":"\u0621","\ufe81":"\u0627\u0653","\ufe82":"\u0627\u0653","\ufe83":"\u0627\u0654","\ufe84":"\u0627\u0654","\ufe85":"\u0648\u0654","\ufe86":"\u0648\u0654","\ufe87":"\u0627\u0655","\ufe88":"\u0627\u0655","\ufe89":"\u064a\u0654","\ufe8a":"\u064a\u0654","\ufe8b":"\u064a\u0654","\ufe8c":"\u064a\u0654","\ufe8d":"\u0627","\ufe8e":"\u0627","\ufe8f":"\u0628","\ufe90":"\u0628","\ufe91":"\u0628","\ufe92":"\u0628","\ufe93":"\u0629","\ufe94":"\u0629","\ufe95":"\u062a","\ufe96":"\u062a","\ufe97":"\u062a","\ufe98":"\u062a","\ufe99":"\u062b","\ufe9a":"\u062b","\ufe9b":"\u062b","\ufe9c":"\u062b","\ufe9d":"\u062c","\ufe9e":"\u062c","\ufe9f":"\u062c","\ufea0":"\u062c","\ufea1":"\u062d","\ufea2":"\u062d","\ufea3":"\u062d","\ufea4":"\u062d","\ufea5":"\u062e","\ufea6":"\u062e","\ufea7":"\u062e","\ufea8":"\u062e","\ufea9":"\u062f","\ufeaa":"\u062f","\ufeab":"\u0630","\ufeac":"\u0630","\ufead":"\u0631","\ufeae":"\u0631","\ufeaf":"\u0632","\ufeb0":"\u0632","\ufeb1":"\u0633","\ufeb2":"\u0633","\ufeb3":"\u0633","\ufeb4":"\u0633","\ufeb5":"\u0634","\ufeb6":"\u0634","\ufeb7":"\u0634","\ufeb8":"\u0634","\ufeb9":"\u0635","\ufeba":"\u0635","\ufebb":"\u0635","\ufebc":"\u0635","\ufebd":"\u0636","\ufebe":"\u0636","\ufebf":"\u0636","\ufec0":"\u0636","\ufec1":"\u0637","\ufec2":"\u0637","\ufec3":"\u0637","\ufec4":"\u0637","\ufec5":"\u0638","\ufec6":"\u0638","\ufec7":"\u0638","\ufec8":"\u0638","\ufec9":"\u0639","\ufeca":"\u0639","\ufecb":"\u0639","\ufecc":"\u0639","\ufecd":"\u063a","\ufece":"\u063a","\ufecf":"\u063a","\ufed0":"\u063a","\ufed1":"\u0641","\ufed2":"\u0641","\ufed3":"\u0641","\ufed4":"\u0641","\ufed5":"\u0642","\ufed6":"\u0642","\ufed7":"\u0642","\ufed8":"\u0642","\ufed9":"\u0643","\ufeda":"\u0643","\ufedb":"\u0643","\ufedc":"\u0643","\ufedd":"\u0644","\ufede":"\u0644","\ufedf":"\u0644","\ufee0":"\u0644","\ufee1":"\u0645","\ufee2":"\u0645","\ufee3":"\u0645","\ufee4":"\u0645","\ufee5":"\u0646","\ufee6":"\u0646","\ufee7":"\u0646","\ufee8":"\u0646","\ufee9":"\u0647","\ufeea":"\u0647","\ufeeb":"\u0647","\ufeec":"\u0647","\ufeed":"\u0648","\ufeee":"\u0648","\ufeef":"\u0649","\ufef0":"\u0649","\ufef1":"\u064a","\ufef2":"\u064a","\ufef3":"\u064a","\ufef4":"\u064a","\ufef5":"\u0644\u0627\u0653","\ufef6":"\u0644\u0627\u0653","\ufef7":"\u0644\u0627\u0654","\ufef8":"\u0644\u0627\u0654","\ufef9":"\u0644\u0627\u0655","\ufefa":"\u0644\u0627\u0655","\ufefb":"\u0644\u0627","\ufefc":"\u0644\u0627","\uff01":"!","\uff02":"\"","\uff03":"#","\uff04":"$","\uff05":"%","\uff06":"&","\uff07":"'","\uff08":"(","\uff09":")","\uff0a":"*","\uff0b":"+","\uff0c":",","\uff0d":"-","\uff0e":".","\uff0f":"/","\uff10":"0","\uff11":"1","\uff12":"2","\uff13":"3","\uff14":"4","\uff15":"5","\uff16":"6","\uff17":"7","\uff18":"8","\uff19":"9","\uff1a":":","\uff1b":";","\uff1c":"<","\uff1d":"=","\uff1e":">","\uff1f":"?","\uff20":"@","\uff21":"A","\uff22":"B","\uff23":"C","\uff24":"D","\uff25":"E","\uff26":"F","\uff27":"G","\uff28":"H","\uff29":"I","\uff2a":"J","\uff2b":"K","\uff2c":"L","\uff2d":"M","\uff2e":"N","\uff2f":"O","\uff30":"P","\uff31":"Q","\uff32":"R","\uff33":"S","\uff34":"T","\uff35":"U","\uff36":"V","\uff37":"W","\uff38":"X","\uff39":"Y","\uff3a":"Z","\uff3b":"[","\uff3c":"\\","\uff3d":"]","\uff3e":"^","\uff3f":"_","\uff40":"`","\uff41":"a","\uff42":"b","\uff43":"c","\uff44":"d","\uff45":"e","\uff46":"f","\uff47":"g","\uff48":"h","\uff49":"i","\uff4a":"j","\uff4b":"k","\uff4c":"l","\uff4d":"m","\uff4e":"n","\uff4f":"o","\uff50":"p","\uff51":"q","\uff52":"r","\uff53":"s","\uff54":"t","\uff55":"u","\uff56":"v","\uff57":"w","\uff58":"x","\uff59":"y","\uff5a":"z","\uff5b":"{","\uff5c":"|","\uff5d":"}","\uff5e":"~","\uff5f":"\u2985","\uff60":"\u2986","\uff61":"\u3002","\uff62":"\u300c","\uff63":"\u300d","\uff64":"\u3001","\uff65":"\u30fb","\uff66":"\u30f2","\uff67":"\u30a1","\uff68":"\u30a3","\uff69":"\u30a5","\uff6a":"\u30a7","\uff6b":"\u30a9","\uff6c":"\u30e3","\uff6d":"\u30e5","\uff6e":"\u30e7","\uff6f":"\u30c3","\uff70":"\u30fc","\uff71":"\u30a2","\uff72":"\u30a4","\uff73":"\u30a6","\uff74":"\u30a8","\uff75":"\u30aa","\uff76":"\u30ab","\uff77":"\u30ad","\uff78":"\u30af","\uff79":"\u30b1","\uff7a":"\u30b3","\uff7b":"\u30b5","\uff7c":"\u30b7","\uff7d":"\u30b9","\uff7e":"\u30bb","\uff7f":"\u30bd","\uff80":"\u30bf","\uff81":"\u30c1","\uff82":"\u30c4","\uff83":"\u30c6","\uff84":"\u30c8","\uff85":"\u30ca","\uff86":"\u30cb","\uff87":"\u30cc","\uff88":"\u30cd","\uff89":"\u30ce","\uff8a":"\u30cf","\uff8b":"\u30d2","\uff8c":"\u30d5","\uff8d":"\u30d8","\uff8e":"\u30db","\uff8f":"\u30de","\uff90":"\u30df","\uff91":"\u30e0","\uff92":"\u30e1","\uff93":"\u30e2","\uff94":"\u30e4","\uff95":"\u30e6","\uff96":"\u30e8","\uff97":"\u30e9","\uff98":"\u30ea","\uff99":"\u30eb","\uff9a":"\u30ec","\uff9b":"\u30ed","\uff9c":"\u30ef","\uff9d":"\u30f3","\uff9e":"\u3099","\uff9f":"\u309a","\uffa0":"\u1160","\uffa1":"\u1100","\uffa2":"\u1101","\uffa3":"\u11aa","\uffa4":"\u1102","\uffa5":"\u11ac","\uffa6":"\u11ad","\uffa7":"\u1103","\uffa8":"\u1104","\uffa9":"\u1105","\uffaa":"\u11b0","\uffab":"\u11b1","\uffac":"\u11b2","\uffad":"\u11b3","\uffae":"\u11b4","\uffaf":"\u11b5","\uffb0":"\u111a","\uffb1":"\u1106","\uffb2":"\u1107","\uffb3":"\u1108","\uffb4":"\u1121","\uffb5":"\u1109","\uffb6":"\u110a","\uffb7":"\u110b","\uffb8":"\u110c","\uffb9":"\u110d","\uffba":"\u110e","\uffbb":"\u110f","\uffbc":"\u1110","\uffbd":"\u1111","\uffbe":"\u1112","\uffc2":"\u1161","\uffc3":"\u1162","\uffc4":"\u1163","\uffc5":"\u1164","\uffc6":"\u1165","\uffc7":"\u1166","\uffca":"\u1167","\uffcb":"\u1168","\uffcc":"\u1169","\uffcd":"\u116a","\uffce":"\u116b","\uffcf":"\u116c","\uffd2":"\u116d","\uffd3":"\u116e","\uffd4":"\u116f","\uffd5":"\u1170","\uffd6":"\u1171","\uffd7":"\u1172","\uffda":"\u1173","\uffdb":"\u1174","\uffdc":"\u1175","\uffe0":"\u00a2","\uffe1":"\u00a3","\uffe2":"\u00ac","\uffe3":" \u0304","\uffe4":"\u00a6","\uffe5":"\u00a5","\uffe6":"\u20a9","\uffe8":"\u2502","\uffe9":"\u2190","\uffea":"\u2191","\uffeb":"\u2192","\uffec":"\u2193","\uffed":"\u25a0","\uffee":"\u25cb","\ud801\udf81":"\u02d0","\ud801\udf82":"\u02d1","\ud801\udf83":"\u00e6","\ud801\udf84":"\u0299","\ud801\udf85":"\u0253","\ud801\udf87":"\u02a3","\ud801\udf88":"\uab66","\ud801\udf89":"\u02a5","\ud801\udf8a":"\u02a4","\ud801\udf8b":"\u0256","\ud801\udf8c":"\u0257","\ud801\udf8d":"\u1d91","\ud801\udf8e":"\u0258","\ud801\udf8f":"\u025e","\ud801\udf90":"\u02a9","\ud801\udf91":"\u0264","\ud801\udf92":"\u0262","\ud801\udf93":"\u0260","\ud801\udf94":"\u029b","\ud801\udf95":"\u0127","\ud801\udf96":"\u029c","\ud801\udf97":"\u0267","\ud801\udf98":"\u0284","\ud801\udf99":"\u02aa","\ud801\udf9a":"\u02ab","\ud801\udf9b":"\u026c","\ud801\udf9c":"\ud837\udf04","\ud801\udf9d":"\ua78e","\ud801\udf9e":"\u026e","\ud801\udf9f":"\ud837\udf05","\ud801\udfa0":"\u028e","\ud801\udfa1":"\ud837\udf06","\ud801\udfa2":"\u00f8","\ud801\udfa3":"\u0276","\ud801\udfa4":"\u0277","\ud801\udfa5":"q","\ud801\udfa6":"\u027a","\ud801\udfa7":"\ud837\udf08","\ud801\udfa8":"\u027d","\ud801\udfa9":"\u027e","\ud801\udfaa":"\u0280","\ud801\udfab":"\u02a8","\ud801\udfac":"\u02a6","\ud801\udfad":"\uab67","\ud801\udfae":"\u02a7","\ud801\udfaf":"\u0288","\ud801\udfb0":"\u2c71","\ud801\udfb2":"\u028f","\ud801\udfb3":"\u02a1","\ud801\udfb4":"\u02a2","\ud801\udfb5":"\u0298","\ud801\udfb6":"\u01c0","\ud801\udfb7":"\u01c1","\ud801\udfb8":"\u01c2","\ud801\udfb9":"\ud837\udf0a","\ud801\udfba":"\ud837\udf1e","\ud804\udc9a":"\ud804\udc99\ud804\udcba","\ud804\udc9c":"\ud804\udc9b\ud804\udcba","\ud804\udcab":"\ud804\udca5\ud804\udcba","\ud804\udd2e":"\ud804\udd31\ud804\udd27","\ud804\udd2f":"\ud804\udd32\ud804\udd27","\ud804\udf4b":"\ud804\udf47\ud804\udf3e","\ud804\udf4c":"\ud804\udf47\ud804\udf57","\ud805\udcbb":"\ud805\udcb9\ud805\udcba","\ud805\udcbc":"\ud805\udcb9\ud805\udcb0","\ud805\udcbe":"\ud805\udcb9\ud805\udcbd","\ud805\uddba":"\ud805\uddb8\ud805\uddaf","\ud805\uddbb":"\ud805\uddb9\ud805\uddaf","\ud806\udd38":"\ud806\udd35\ud806\udd30","\ud834\udd5e":"\ud834\udd57\ud834\udd65","\ud834\udd5f":"\ud834\udd58\ud834\udd65","\ud834\udd60":"\ud834\udd58\ud834\udd65\ud834\udd6e","\ud834\udd61":"\ud834\udd58\ud834\udd65\ud834\udd6f","\ud834\udd62":"\ud834\udd58\ud834\udd65\ud834\udd70","\ud834\udd63":"\ud834\udd58\ud834\udd65\ud834\udd71","\ud834\udd64":"\ud834\udd58\ud834\udd65\ud834\udd72","\ud834\uddbb":"\ud834\uddb9\ud834\udd65","\ud834\uddbc":"\ud834\uddba\ud834\udd65","\ud834\uddbd":"\ud834\uddb9\ud834\udd65\ud834\udd6e","\ud834\uddbe":"\ud834\uddba\ud834\udd65\ud834\udd6e","\ud834\uddbf":"\ud834\uddb9\ud834\udd65\ud834\udd6f","\ud834\uddc0":"\ud834\uddba\ud834\udd65\ud834\udd6f","\ud835\udc00":"A","\ud835\udc01":"B","\ud835\udc02":"C","\ud835\udc03":"D","\ud835\udc04":"E","\ud835\udc05":"F","\ud835\udc06":"G","\ud835\udc07":"H","\ud835\udc08":"I","\ud835\udc09":"J","\ud835\udc0a":"K","\ud835\udc0b":"L","\ud835\udc0c":"M","\ud835\udc0d":"N","\ud835\udc0e":"O","\ud835\udc0f":"P","\ud835\udc10":"Q","\ud835\udc11":"R","\ud835\udc12":"S","\ud835\udc13":"T","\ud835\udc14":"U","\ud835\udc15":"V","\ud835\udc16":"W","\ud835\udc17":"X","\ud835\udc18":"Y","\ud835\udc19":"Z","\ud835\udc1a":"a","\ud835\udc1b":"b","\ud835\udc1c":"c","\ud835\udc1d":"d","\ud835\udc1e":"e","\ud835\udc1f":"f","\ud835\udc20":"g","\ud835\udc21":"h","\ud835\udc22":"i","\ud835\udc23":"j","\ud835\udc24":"k","\ud835\udc25":"l","\ud835\udc26":"m","\ud835\udc27":"n","\ud835\udc28":"o","\ud835\udc29":"p","\ud835\udc2a":"q","\ud835\udc2b":"r","\ud835\udc2c":"s","\ud835\udc2d":"t","\ud835\udc2e":"u","\ud835\udc2f":"v","\ud835\udc30":"w","\ud835\udc31":"x","\ud835\udc32":"y","\ud835\udc33":"z","\ud835\udc34":"A","\ud835\udc35":"B","\ud835\udc36":"C","\ud835\udc37":"D","\ud835\udc38":"E","\ud835\udc39":"F","\ud835\udc3a":"G","\ud835\udc3b":"H","\ud835\udc3c":"I","\ud835\udc3d":"J","\ud835\udc3e":"K","\ud835\udc3f":"L","\ud835\udc40":"M","\ud835\udc41":"N","\ud835\udc42":"O","\ud835\udc43":"P","\ud835\udc44":"Q","\ud835\udc45":"R","\ud835\udc46":"S","\ud835\udc47":"T","\ud835\udc48":"U","\ud835\udc49":"V","\ud835\udc4a":"W","\ud835\udc4b":"X","\ud835\udc4c":"Y","\ud835\udc4d":"Z","\ud835\udc4e":"a","\ud835\udc4f":"b","\ud835\udc50":"c","\ud835\udc51":"d","\ud835\udc52":"e","\ud835\udc53":"f","\ud835\udc54":"g","\ud835\udc56":"i","\ud835\udc57":"j","\ud835\udc58":"k","\ud835\udc59":"l","\ud835\udc5a":"m","\ud835\udc5b":"n","\ud835\udc5c":"o","\ud835\udc5d":"p","\ud835\udc5e":"q","\ud835\udc5f":"r","\ud835\udc60":"s","\ud835\udc61":"t","\ud835\udc62":"u","\ud835\udc63":"v","\ud835\udc64":"w","\ud835\udc65":"x","\ud835\udc66":"y","\ud835\udc67":"z","\ud835\udc68":"A","\ud835\udc69":"B","\ud835\udc6a":"C","\ud835\udc6b":"D","\ud835\udc6c":"E","\ud835\udc6d":"F","\ud835\udc6e":"G","\ud835\udc6f":"H","\ud835\udc70":"I","\ud835\udc71":"J","\ud835\udc72":"K","\ud835\udc73":"L","\ud835\udc74":"M","\ud835\udc75":"N","\ud835\udc76":"O","\ud835\udc77":"P","\ud835\udc78":"Q","\ud835\udc79":"R","\ud835\udc7a":"S","\ud835\udc7b":"T","\ud835\udc7c":"U","\ud835\udc7d":"V","\ud835\udc7e":"W","\ud835\udc7f":"X","\ud835\udc80":"Y","\ud835\udc81":"Z","\ud835\udc82":"a","\ud835\udc83":"b","\ud835\udc84":"c","\ud835\udc85":"d","\ud835\udc86":"e","\ud835\udc87":"f","\ud835\udc88":"g","\ud835\udc89":"h","\ud835\udc8a":"i","\ud835\udc8b":"j","\ud835\udc8c":"k","\ud835\udc8d":"l","\ud835\udc8e":"m","\ud835\udc8f":"n","\ud835\udc90":"o","\ud835\udc91":"p","\ud835\udc92":"q","\ud835\udc93":"r","\ud835\udc94":"s","\ud835\udc95":"t","\ud835\udc96":"u","\ud835\udc97":"v","\ud835\udc98":"w","\ud835\udc99":"x","\ud835\udc9a":"y","\ud835\udc9b":"z","\ud835\udc9c":"A","\ud835\udc9e":"C","\ud835\udc9f":"D","\ud835\udca2":"G","\ud835\udca5":"J","\ud835\udca6":"K","\ud835\udca9":"N","\ud835\udcaa":"O","\ud835\udcab":"P","\ud835\udcac":"Q","\ud835\udcae":"S","\ud835\udcaf":"T","\ud835\udcb0":"U","\ud835\udcb1":"V","\ud835\udcb2":"W","\ud835\udcb3":"X","\ud835\udcb4":"Y","\ud835\udcb5":"Z","\ud835\udcb6":"a","\ud835\udcb7":"b","\ud835\udcb8":"c","\ud835\udcb9":"d","\ud835\udcbb":"f","\ud835\udcbd":"h","\ud835\udcbe":"i","\ud835\udcbf":"j","\ud835\udcc0":"k","\ud835\udcc1":"l","\ud835\udcc2":"m","\ud835\udcc3":"n","\ud835\udcc5":"p","\ud835\udcc6":"q","\ud835\udcc7":"r","\ud835\udcc8":"s","\ud835\udcc9":"t","\ud835\udcca":"u","\ud835\udccb":"v","\ud835\udccc":"w","\ud835\udccd":"x","\ud835\udcce":"y","\ud835\udccf":"z","\ud835\udcd0":"A","\ud835\udcd1":"B","\ud835\udcd2":"C","\ud835\udcd3":"D","\ud835\udcd4":"E","\ud835\udcd5":"F","\ud835\udcd6":"G","\ud835\udcd7":"H","\ud835\udcd8":"I","\ud835\udcd9":"J","\ud835\udcda":"K","\ud835\udcdb":"L","\ud835\udcdc":"M","\ud835\udcdd":"N","\ud835\udcde":"O","\ud835\udcdf":"P","\ud835\udce0":"Q","\ud835\udce1":"R","\ud835\udce2":"S","\ud835\udce3":"T","\ud835\udce4":"U","\ud835\udce5":"V","\ud835\udce6":"W","\ud835\udce7":"X","\ud835\udce8":"Y","\ud835\udce9":"Z","\ud835\udcea":"a","\ud835\udceb":"b","\ud835\udcec":"c","\ud835\udced":"d","\ud835\udcee":"e","\ud835\udcef":"f","\ud835\udcf0":"g","\ud835\udcf1":"h","\ud835\udcf2":"i","\ud835\udcf3":"j","\ud835\udcf4":"k","\ud835\udcf5":"l","\ud835\udcf6":"m","\ud835\udcf7":"n","\ud835\udcf8":"o","\ud835\udcf9":"p","\ud835\udcfa":"q","\ud835\udcfb":"r","\ud835\udcfc":"s","\ud835\udcfd":"t","\ud835\udcfe":"u","\ud835\udcff":"v","\ud835\udd00":"w","\ud835\udd01":"x","\ud835\udd02":"y","\ud835\udd03":"z","\ud835\udd04":"A","\ud835\udd05":"B","\ud835\udd07":"D","\ud835\udd08":"E","\ud835\udd09":"F","\ud835\udd0a":"G","\ud835\udd0d":"J","\ud835\udd0e":"K","\ud835\udd0f":"L","\ud835\udd10":"M","\ud835\udd11":"N","\ud835\udd12":"O","\ud835\udd13":"P","\ud835\udd14":"Q","\ud835\udd16":"S","\ud835\udd17":"T","\ud835\udd18":"U","\ud835\udd19":"V","\ud835\udd1a":"W","\ud835\udd1b":"X","\ud835\udd1c":"Y","\ud835\udd1e":"a","\ud835\udd1f":"b","\ud835\udd20":"c","\ud835\udd21":"d","\ud835\udd22":"e","\ud835\udd23":"f","\ud835\udd24":"g","\ud835\udd25":"h","\ud835\udd26":"i","\ud835\udd27":"j","\ud835\udd28":"k","\ud835\udd29":"l","\ud835\udd2a":"m","\ud835\udd2b":"n","\ud835\udd2c":"o","\ud835\udd2d":"p","\ud835\udd2e":"q","\ud835\udd2f":"r","\ud835\udd30":"s","\ud835\udd31":"t","\ud835\udd32":"u","\ud835\udd33":"v","\ud835\udd34":"w","\ud835\udd35":"x","\ud835\udd36":"y","\ud835\udd37":"z","\ud835\udd38":"A","\ud835\udd39":"B","\ud835\udd3b":"D","\ud835\udd3c":"E","\ud835\udd3d":"F","\ud835\udd3e":"G","\ud835\udd40":"I","\ud835\udd41":"J","\ud835\udd42":"K","\ud835\udd43":"L","\ud835\udd44":"M","\ud835\udd46":"O","\ud835\udd4a":"S","\ud835\udd4b":"T","\ud835\udd4c":"U","\ud835\udd4d":"V","\ud835\udd4e":"W","\ud835\udd4f":"X","\ud835\udd50":"Y","\ud835\udd52":"a","\ud835\udd53":"b","\ud835\udd54":"c","\ud835\udd55":"d","\ud835\udd56":"e","\ud835\udd57":"f","\ud835\udd58":"g","\ud835\udd59":"h","\ud835\udd5a":"i","\ud835\udd5b":"j","\ud835\udd5c":"k","\ud835\udd5d":"l","\ud835\udd5e":"m","\ud835\udd5f":"n","\ud835\udd60":"o","\ud835\udd61":"p","\ud835\udd62":"q","\ud835\udd63":"r","\ud835\udd64":"s","\ud835\udd65":"t","\ud835\udd66":"u","\ud835\udd67":"v","\ud835\udd68":"w","\ud835\udd69":"x","\ud835\udd6a":"y","\ud835\udd6b":"z","\ud835\udd6c":"A","\ud835\udd6d":"B","\ud835\udd6e":"C","\ud835\udd6f":"D","\ud835\udd70":"E","\ud835\udd71":"F","\ud835\udd72":"G","\ud835\udd73":"H","\ud835\udd74":"I","\ud835\udd75":"J","\ud835\udd76":"K","\ud835\udd77":"L","\ud835\udd78":"M","\ud835\udd79":"N","\ud835\udd7a":"O","\ud835\udd7b":"P","\ud835\udd7c":"Q","\ud835\udd7d":"R","\ud835\udd7e":"S","\ud835\udd7f":"T","\ud835\udd80":"U","\ud835\udd81":"V","\ud835\udd82":"W","\ud835\udd83":"X","\ud835\udd84":"Y","\ud835\udd85":"Z","\ud835\udd86":"a","\ud835\udd87":"b","\ud835\udd88":"c","\ud835\udd89":"d","\ud835\udd8a":"e","\ud835\udd8b":"f","\ud835\udd8c":"g","\ud835\udd8d":"h","\ud835\udd8e":"i","\ud835\udd8f":"j","\ud835\udd90":"k","\ud835\udd91":"l","\ud835\udd92":"m","\ud835\udd93":"n","\ud835\udd94":"o","\ud835\udd95":"p","\ud835\udd96":"q","\ud835\udd97":"r","\ud835\udd98":"s","\ud835\udd99":"t","\ud835\udd9a":"u","\ud835\udd9b":"v","\ud835\udd9c":"w","\ud835\udd9d":"x","\ud835\udd9e":"y","\ud835\udd9f":"z","\ud835\udda0":"A","\ud835\udda1":"B","\ud835\udda2":"C","\ud835\udda3":"D","\ud835\udda4":"E","\ud835\udda5":"F","\ud835\udda6":"G","\ud835\udda7":"H","\ud835\udda8":"I","\ud835\udda9":"J","\ud835\uddaa":"K","\ud835\uddab":"L","\ud835\uddac":"M","\ud835\uddad":"N","\ud835\uddae":"O","\ud835\uddaf":"P","\ud835\uddb0":"Q","\ud835\uddb1":"R","\ud835\uddb2":"S","\ud835\uddb3":"T","\ud835\uddb4":"U","\ud835\uddb5":"V","\ud835\uddb6":"W","\ud835\uddb7":"X","\ud835\uddb8":"Y","\ud835\uddb9":"Z","\ud835\uddba":"a","\ud835\uddbb":"b","\ud835\uddbc":"c","\ud835\uddbd":"d","\ud835\uddbe":"e","\ud835\uddbf":"f","\ud835\uddc0":"g","\ud835\uddc1":"h","\ud835\uddc2":"i","\ud835\uddc3":"j","\ud835\uddc4":"k","\ud835\uddc5":"l","\ud835\uddc6":"m","\ud835\uddc7":"n","\ud835\uddc8":"o","\ud835\uddc9":"p","\ud835\uddca":"q","\ud835\uddcb":"r","\ud835\uddcc":"s","\ud835\uddcd":"t","\ud835\uddce":"u","\ud835\uddcf":"v","\ud835\uddd0":"w","\ud835\uddd1":"x","\ud835\uddd2":"y","\ud835\uddd3":"z","\ud835\uddd4":"A","\ud835\uddd5":"B","\ud835\uddd6":"C","\ud835\uddd7":"D","\ud835\uddd8":"E","\ud835\uddd9":"F","\ud835\uddda":"G","\ud835\udddb":"H","\ud835\udddc":"I","\ud835\udddd":"J","\ud835\uddde":"K","\ud835\udddf":"L","\ud835\udde0":"M","\ud835\udde1":"N","\ud835\udde2":"O","\ud835\udde3":"P","\ud835\udde4":"Q","\ud835\udde5":"R","\ud835\udde6":"S","\ud835\udde7":"T","\ud835\udde8":"U","\ud835\udde9":"V","\ud835\uddea":"W","\ud835\uddeb":"X","\ud835\uddec":"Y","\ud835\udded":"Z","\ud835\uddee":"a","\ud835\uddef":"b","\ud835\uddf0":"c","\ud835\uddf1":"d","\ud835\uddf2":"e","\ud835\uddf3":"f","\ud835\uddf4":"g","\ud835\uddf5":"h","\ud835\uddf6":"i","\ud835\uddf7":"j","\ud835\uddf8":"k","\ud835\uddf9":"l","\ud835\uddfa":"m","\ud835\uddfb":"n","\ud835\uddfc":"o","\ud835\uddfd":"p","\ud835\uddfe":"q","\ud835\uddff":"r","\ud835\ude00":"s","\ud835\ude01":"t","\ud835\ude02":"u","\ud835\ude03":"v","\ud835\ude04":"w","\ud835\ude05":"x","\ud835\ude06":"y","\ud835\ude07":"z","\ud835\ude08":"A","\ud835\ude09":"B","\ud835\ude0a":"C","\ud835\ude0b":"D","\ud835\ude0c":"E","\ud835\ude0d":"F","\ud835\ude0e":"G","\ud835\ude0f":"H","\ud835\ude10":"I","\ud835\ude11":"J","\ud835\ude12":"K","\ud835\ude13":"L","\ud835\ude14":"M","\ud835\ude15":"N","\ud835\ude16":"O","\ud835\ude17":"P","\ud835\ude18":"Q","\ud835\ude19":"R","\ud835\ude1a":"S","\ud835\ude1b":"T","\ud835\ude1c":"U","\ud835\ude1d":"V","\ud835\ude1e":"W","\ud835\ude1f":"X","\ud835\ude20":"Y","\ud835\ude21":"Z","\ud835\ude22":"a","\ud835\ude23":"b","\ud835\ude24":"c","\ud835\ude25":"d","\ud835\ude26":"e","\ud835\ude27":"f","\ud835\ude28":"g","\ud835\ude29":"h","\ud835\ude2a":"i","\ud835\ude2b":"j","\ud835\ude2c":"k","\ud835\ude2d":"l","\ud835\ude2e":"m","\ud835\ude2f":"n","\ud835\ude30":"o","\ud835\ude31":"p","\ud835\ude32":"q","\ud835\ude33":"r","\ud835\ude34":"s","\ud835\ude35":"t","\ud835\ude36":"u","\ud835\ude37":"v","\ud835\ude38":"w","\ud835\ude39":"x","\ud835\ude3a":"y","\ud835\ude3b":"z","\ud835\ude3c":"A","\ud835\ude3d":"B","\ud835\ude3e":"C","\ud835\ude3f":"D","\ud835\ude40":"E","\ud835\ude41":"F","\ud835\ude42":"G","\ud835\ude43":"H","\ud835\ude44":"I","\ud835\ude45":"J","\ud835\ude46":"K","\ud835\ude47":"L","\ud835\ude48":"M","\ud835\ude49":"N","\ud835\ude4a":"O","\ud835\ude4b":"P","\ud835\ude4c":"Q","\ud835\ude4d":"R","\ud835\ude4e":"S","\ud835\ude4f":"T","\ud835\ude50":"U","\ud835\ude51":"V","\ud835\ude52":"W","\ud835\ude53":"X","\ud835\ude54":"Y","\ud835\ude55":"Z","\ud835\ude56":"a","\ud835\ude57":"b","\ud835\ude58":"c","\ud835\ude59":"d","\ud835\ude5a":"e","\ud835\ude5b":"f","\ud835\ude5c":"g","\ud835\ude5d":"h","\ud835\ude5e":"i","\ud835\ude5f":"j","\ud835\ude60":"k","\ud835\ude61":"l","\ud835\ude62":"m","\ud835\ude63":"n","\ud835\ude64":"o","\ud835\ude65":"p","\ud835\ude66":"q","\ud835\ude67":"r","\ud835\ude68":"s","\ud835\ude69":"t","\ud835\ude6a":"u","\ud835\ude6b":"v","\ud835\ude6c":"w","\ud835\ude6d":"x","\ud835\ude6e":"y","\ud835\ude6f":"z","\ud835\ude70":"A","\ud835\ude71":"B","\ud835\ude72":"C","\ud835\ude73":"D","\ud835\ude74":"E","\ud835\ude75":"F","\ud835\ude76":"G","\ud835\ude77":"H","\ud835\ude78":"I","\ud835\ude79":"J","\ud835\ude7a":"K","\ud835\ude7b":"L","\ud835\ude7c":"M","\ud835\ude7d":"N","\ud835\ude7e":"O","\ud835\ude7f":"P","\ud835\ude80":"Q","\ud835\ude81":"R","\ud835\ude82":"S","\ud835\ude83":"T","\ud835\ude84":"U","\ud835\ude85":"V","\ud835\ude86":"W","\ud835\ude87":"X","\ud835\ude88":"Y","\ud835\ude89":"Z","\ud835\ude8a":"a","\ud835\ude8b":"b","\ud835\ude8c":"c","\ud835\ude8d":"d","\ud835\ude8e":"e","\ud835\ude8f":"f","\ud835\ude90":"g","\ud835\ude91":"h","\ud835\ude92":"i","\ud835\ude93":"j","\ud835\ude94":"k","\ud835\ude95":"l","\ud835\ude96":"m","\ud835\ude97":"n","\ud835\ude98":"o","\ud835\ude99":"p","\ud835\ude9a":"q","\ud835\ude9b":"r","\ud835\ude9c":"s","\ud835\ude9d":"t","\ud835\ude9e":"u","\ud835\ude9f":"v","\ud835\udea0":"w","\ud835\udea1":"x","\ud835\udea2":"y","\ud835\udea3":"z","\ud835\udea4":"\u0131","\ud835\udea5":"\u0237","\ud835\udea8":"\u0391","\ud835\udea9":"\u0392","\ud835\udeaa":"\u0393","\ud835\udeab":"\u0394","\ud835\udeac":"\u0395","\ud835\udead":"\u0396","\ud835\udeae":"\u0397","\ud835\udeaf":"\u0398","\ud835\udeb0":"\u0399","\ud835\udeb1":"\u039a","\ud835\udeb2":"\u039b","\ud835\udeb3":"\u039c","\ud835\udeb4":"\u039d","\ud835\udeb5":"\u039e","\ud835\udeb6":"\u039f","\ud835\udeb7":"\u03a0","\ud835\udeb8":"\u03a1","\ud835\udeb9":"\u0398","\ud835\udeba":"\u03a3","\ud835\udebb":"\u03a4","\ud835\udebc":"\u03a5","\ud835\udebd":"\u03a6","\ud835\udebe":"\u03a7","\ud835\udebf":"\u03a8","\ud835\udec0":"\u03a9","\ud835\udec1":"\u2207","\ud835\udec2":"\u03b1","\ud835\udec3":"\u03b2","\ud835\udec4":"\u03b3","\ud835\udec5":"\u03b4","\ud835\udec6":"\u03b5","\ud835\udec7":"\u03b6","\ud835\udec8":"\u03b7","\ud835\udec9":"\u03b8","\ud835\udeca":"\u03b9","\ud835\udecb":"\u03ba","\ud835\udecc":"\u03bb","\ud835\udecd":"\u03bc","\ud835\udece":"\u03bd","\ud835\udecf":"\u03be","\ud835\uded0":"\u03bf","\ud835\uded1":"\u03c0","\ud835\uded2":"\u03c1","\ud835\uded3":"\u03c2","\ud835\uded4":"\u03c3","\ud835\uded5":"\u03c4","\ud835\uded6":"\u03c5","\ud835\uded7":"\u03c6","\ud835\uded8":"\u03c7","\ud835\uded9":"\u03c8","\ud835\udeda":"\u03c9","\ud835\udedb":"\u2202","\ud835\udedc":"\u03b5","\ud835\udedd":"\u03b8","\ud835\udede":"\u03ba","\ud835\udedf":"\u03c6","\ud835\udee0":"\u03c1","\ud835\udee1":"\u03c0","\ud835\udee2":"\u0391","\ud835\udee3":"\u0392","\ud835\udee4":"\u0393","\ud835\udee5":"\u0394","\ud835\udee6":"\u0395","\ud835\udee7":"\u0396","\ud835\udee8":"\u0397","\ud835\udee9":"\u0398","\ud835\udeea":"\u0399","\ud835\udeeb":"\u039a","\ud835\udeec":"\u039b","\ud835\udeed":"\u039c","\ud835\udeee":"\u039d","\ud835\udeef":"\u039e","\ud835\udef0":"\u039f","\ud835\udef1":"\u03a0","\ud835\udef2":"\u03a1","\ud835\udef3":"\u0398","\ud835\udef4":"\u03a3","\ud835\udef5":"\u03a4","\ud835\udef6":"\u03a5","\ud835\udef7":"\u03a6","\ud835\udef8":"\u03a7","\ud835\udef9":"\u03a8","\ud835\udefa":"\u03a9","\ud835\udefb":"\u2207","\ud835\udefc":"\u03b1","\ud835\udefd":"\u03b2","\ud835\udefe":"\u03b3","\ud835\udeff":"\u03b4","\ud835\udf00":"\u03b5","\ud835\udf01":"\u03b6","\ud835\udf02":"\u03b7","\ud835\udf03":"\u03b8","\ud835\udf04":"\u03b9","\ud835\udf05":"\u03ba","\ud835\udf06":"\u03bb","\ud835\udf07":"\u03bc","\ud835\udf08":"\u03bd","\ud835\udf09":"\u03be","\ud835\udf0a":"\u03bf","\ud835\udf0b":"\u03c0","\ud835\udf0c":"\u03c1","\ud835\udf0d":"\u03c2","\ud835\udf0e":"\u03c3","\ud835\udf0f":"\u03c4","\ud835\udf10":"\u03c5","\ud835\udf11":"\u03c6","\ud835\udf12":"\u03c7","\ud835\udf13":"\u03c8","\ud835\udf14":"\u03c9","\ud835\udf15":"\u2202","\ud835\udf16":"\u03b5","\ud835\udf17":"\u03b8","\ud835\udf18":"\u03ba","\ud835\udf19":"\u03c6","\ud835\udf1a":"\u03c1","\ud835\udf1b":"\u03c0","\ud835\udf1c":"\u0391","\ud835\udf1d":"\u0392","\ud835\udf1e":"\u0393","\ud835\udf1f":"\u0394","\ud835\udf20":"\u0395","\ud835\udf21":"\u0396","\ud835\udf22":"\u0397","\ud835\udf23":"\u0398","\ud835\udf24":"\u0399","\ud835\udf25":"\u039a","\ud835\udf26":"\u039b","\ud835\udf27":"\u039c","\ud835\udf28":"\u039d","\ud835\udf29":"\u039e","\ud835\udf2a":"\u039f","\ud835\udf2b":"\u03a0","\ud835\udf2c":"\u03a1","\ud835\udf2d":"\u0398","\ud835\udf2e":"\u03a3","\ud835\udf2f":"\u03a4","\ud835\udf30":"\u03a5","\ud835\udf31":"\u03a6","\ud835\udf32":"\u03a7","\ud835\udf33":"\u03a8","\ud835\udf34":"\u03a9","\ud835\udf35":"\u2207","\ud835\udf36":"\u03b1","\ud835\udf37":"\u03b2","\ud835\udf38":"\u03b3","\ud835\udf39":"\u03b4","\ud835\udf3a":"\u03b5","\ud835\udf3b":"\u03b6","\ud835\udf3c":"\u03b7","\ud835\udf3d":"\u03b8","\ud835\udf3e":"\u03b9","\ud835\udf3f":"\u03ba","\ud835\udf40":"\u03bb","\ud835\udf41":"\u03bc","\ud835\udf42":"\u03bd","\ud835\udf43":"\u03be","\ud835\udf44":"\u03bf","\ud835\udf45":"\u03c0","\ud835\udf46":"\u03c1","\ud835\udf47":"\u03c2","\ud835\udf48":"\u03c3","\ud835\udf49":"\u03c4","\ud835\udf4a":"\u03c5","\ud835\udf4b":"\u03c6","\ud835\udf4c":"\u03c7","\ud835\udf4d":"\u03c8","\ud835\udf4e":"\u03c9","\ud835\udf4f":"\u2202","\ud835\udf50":"\u03b5","\ud835\udf51":"\u03b8","\ud835\udf52":"\u03ba","\ud835\udf53":"\u03c6","\ud835\udf54":"\u03c1","\ud835\udf55":"\u03c0","\ud835\udf56":"\u0391","\ud835\udf57":"\u0392","\ud835\udf58":"\u0393","\ud835\udf59":"\u0394","\ud835\udf5a":"\u0395","\ud835\udf5b":"\u0396","\ud835\udf5c":"\u0397","\ud835\udf5d":"\u0398","\ud835\udf5e":"\u0399","\ud835\udf5f":"\u039a","\ud835\udf60":"\u039b","\ud835\udf61":"\u039c","\ud835\udf62":"\u039d","\ud835\udf63":"\u039e","\ud835\udf64":"\u039f","\ud835\udf65":"\u03a0","\ud835\udf66":"\u03a1","\ud835\udf67":"\u0398","\ud835\udf68":"\u03a3","\ud835\udf69":"\u03a4","\ud835\udf6a":"\u03a5","\ud835\udf6b":"\u03a6","\ud835\udf6c":"\u03a7","\ud835\udf6d":"\u03a8","\ud835\udf6e":"\u03a9","\ud835\udf6f":"\u2207","\ud835\udf70":"\u03b1","\ud835\udf71":"\u03b2","\ud835\udf72":"\u03b3","\ud835\udf73":"\u03b4","\ud835\udf74":"\u03b5","\ud835\udf75":"\u03b6","\ud835\udf76":"\u03b7","\ud835\udf77":"\u03b8","\ud835\udf78":"\u03b9","\ud835\udf79":"\u03ba","\ud835\udf7a":"\u03bb","\ud835\udf7b":"\u03bc","\ud835\udf7c":"\u03bd","\ud835\udf7d":"\u03be","\ud835\udf7e":"\u03bf","\ud835\udf7f":"\u03c0","\ud835\udf80":"\u03c1","\ud835\udf81":"\u03c2","\ud835\udf82":"\u03c3","\ud835\udf83":"\u03c4","\ud835\udf84":"\u03c5","\ud835\udf85":"\u03c6","\ud835\udf86":"\u03c7","\ud835\udf87":"\u03c8","\ud835\udf88":"\u03c9","\ud835\udf89":"\u2202","\ud835\udf8a":"\u03b5","\ud835\udf8b":"\u03b8","\ud835\udf8c":"\u03ba","\ud835\udf8d":"\u03c6","\ud835\udf8e":"\u03c1","\ud835\udf8f":"\u03c0","\ud835\udf90":"\u0391","\ud835\udf91":"\u0392","\ud835\udf92":"\u0393","\ud835\udf93":"\u0394","\ud835\udf94":"\u0395","\ud835\udf95":"\u0396","\ud835\udf96":"\u0397","\ud835\udf97":"\u0398","\ud835\udf98":"\u0399","\ud835\udf99":"\u039a","\ud835\udf9a":"\u039b","\ud835\udf9b":"\u039c","\ud835\udf9c":"\u039d","\ud835\udf9d":"\u039e","\ud835\udf9e":"\u039f","\ud835\udf9f":"\u03a0","\ud835\udfa0":"\u03a1","\ud835\udfa1":"\u0398","\ud835\udfa2":"\u03a3","\ud835\udfa3":"\u03a4","\ud835\udfa4":"\u03a5","\ud835\udfa5":"\u03a6","\ud835\udfa6":"\u03a7","\ud835\udfa7":"\u03a8","\ud835\udfa8":"\u03a9","\ud835\udfa9":"\u2207","\ud835\udfaa":"\u03b1","\ud835\udfab":"\u03b2","\ud835\udfac":"\u03b3","\ud835\udfad":"\u03b4","\ud835\udfae":"\u03b5","\ud835\udfaf":"\u03b6","\ud835\udfb0":"\u03b7","\ud835\udfb1":"\u03b8","\ud835\udfb2":"\u03b9","\ud835\udfb3":"\u03ba","\ud835\udfb4":"\u03bb","\ud835\udfb5":"\u03bc","\ud835\udfb6":"\u03bd","\ud835\udfb7":"\u03be","\ud835\udfb8":"\u03bf","\ud835\udfb9":"\u03c0","\ud835\udfba":"\u03c1","\ud835\udfbb":"\u03c2","\ud835\udfbc":"\u03c3","\ud835\udfbd":"\u03c4","\ud835\udfbe":"\u03c5","\ud835\udfbf":"\u03c6","\ud835\udfc0":"\u03c7","\ud835\udfc1":"\u03c8","\ud835\udfc2":"\u03c9","\ud835\udfc3":"\u2202","\ud835\udfc4":"\u03b5","\ud835\udfc5":"\u03b8","\ud835\udfc6":"\u03ba","\ud835\udfc7":"\u03c6","\ud835\udfc8":"\u03c1","\ud835\udfc9":"\u03c0","\ud835\udfca":"\u03dc","\ud835\udfcb":"\u03dd","\ud835\udfce":"0","\ud835\udfcf":"1","\ud835\udfd0":"2","\ud835\udfd1":"3","\ud835\udfd2":"4","\ud835\udfd3":"5","\ud835\udfd4":"6","\ud835\udfd5":"7","\ud835\udfd6":"8","\ud835\udfd7":"9","\ud835\udfd8":"0","\ud835\udfd9":"1","\ud835\udfda":"2","\ud835\udfdb":"3","\ud835\udfdc":"4","\ud835\udfdd":"5","\ud835\udfde":"6","\ud835\udfdf":"7","\ud835\udfe0":"8","\ud835\udfe1":"9","\ud835\udfe2":"0","\ud835\udfe3":"1","\ud835\udfe4":"2","\ud835\udfe5":"3","\ud835\udfe6":"4","\ud835\udfe7":"5","\ud835\udfe8":"6","\ud835\udfe9":"7","\ud835\udfea":"8","\ud835\udfeb":"9","\ud835\udfec":"0","\ud835\udfed":"1","\ud835\udfee":"2","\ud835\udfef":"3","\ud835\udff0":"4","\ud835\udff1":"5","\ud835\udff2":"6","\ud835\udff3":"7","\ud835\udff4":"8","\ud835\udff5":"9","\ud835\udff6":"0","\ud835\udff7":"1","\ud835\udff8":"2","\ud835\udff9":"3","\ud835\udffa":"4","\ud835\udffb":"5","\ud835\udffc":"6","\ud835\udffd":"7","\ud835\udffe":"8","\ud835\udfff":"9","\ud83b\ude00":"\u0627","\ud83b\ude01":"\u0628","\ud83b\ude02":"\u062c","\ud83b\ude03":"\u062f","\ud83b\ude05":"\u0648","\ud83b\ude06":"\u0632","\ud83b\ude07":"\u062d","\ud83b\ude08":"\u0637","\ud83b\ude09":"\u064a","\ud83b\ude0a":"\u0643","\ud83b\ude0b":"\u0644","\ud83b\ude0c":"\u0645","\ud83b\ude0d":"\u0646","\ud83b\ude0e":"\u0633","\ud83b\ude0f":"\u0639","\ud83b\ude10":"\u0641","\ud83b\ude11":"\u0635","\ud83b\ude12":"\u0642","\ud83b\ude13":"\u0631","\ud83b\ude14":"\u0634","\ud83b\ude15":"\u062a","\ud83b\ude16":"\u062b","\ud83b\ude17":"\u062e","\ud83b\ude18":"\u0630","\ud83b\ude19":"\u0636","\ud83b\ude1a":"\u0638","\ud83b\ude1b":"\u063a","\ud83b\ude1c":"\u066e","\ud83b\ude1d":"\u06ba","\ud83b\ude1e":"\u06a1","\ud83b\ude1f":"\u066f","\ud83b\ude21":"\u0628","\ud83b\ude22":"\u062c","\ud83b\ude24":"\u0647","\ud83b\ude27":"\u062d","\ud83b\ude29":"\u064a","\ud83b\ude2a":"\u0643","\ud83b\ude2b":"\u0644","\ud83b\ude2c":"\u0645","\ud83b\ude2d":"\u0646","\ud83b\ude2e":"\u0633","\ud83b\ude2f":"\u0639","\ud83b\ude30":"\u0641","\ud83b\ude31":"\u0635","\ud83b\ude32":"\u0642","\ud83b\ude34":"\u0634","\ud83b\ude35":"\u062a","\ud83b\ude36":"\u062b","\ud83b\ude37":"\u062e","\ud83b\ude39":"\u0636","\ud83b\ude3b":"\u063a","\ud83b\ude42":"\u062c","\ud83b\ude47":"\u062d","\ud83b\ude49":"\u064a","\ud83b\ude4b":"\u0644","\ud83b\ude4d":"\u0646","\ud83b\ude4e":"\u0633","\ud83b\ude4f":"\u0639","\ud83b\ude51":"\u0635","\ud83b\ude52":"\u0642","\ud83b\ude54":"\u0634","\ud83b\ude57":"\u062e","\ud83b\ude59":"\u0636","\ud83b\ude5b":"\u063a","\ud83b\ude5d":"\u06ba","\ud83b\ude5f":"\u066f","\ud83b\ude61":"\u0628","\ud83b\ude62":"\u062c","\ud83b\ude64":"\u0647","\ud83b\ude67":"\u062d","\ud83b\ude68":"\u0637","\ud83b\ude69":"\u064a","\ud83b\ude6a":"\u0643","\ud83b\ude6c":"\u0645","\ud83b\ude6d":"\u0646","\ud83b\ude6e":"\u0633","\ud83b\ude6f":"\u0639","\ud83b\ude70":"\u0641","\ud83b\ude71":"\u0635","\ud83b\ude72":"\u0642","\ud83b\ude74":"\u0634","\ud83b\ude75":"\u062a","\ud83b\ude76":"\u062b","\ud83b\ude77":"\u062e","\ud83b\ude79":"\u0636","\ud83b\ude7a":"\u0638","\ud83b\ude7b":"\u063a","\ud83b\ude7c":"\u066e","\ud83b\ude7e":"\u06a1","\ud83b\ude80":"\u0627","\ud83b\ude81":"\u0628","\ud83b\ude82":"\u062c","\ud83b\ude83":"\u062f","\ud83b\ude84":"\u0647","\ud83b\ude85":"\u0648","\ud83b\ude86":"\u0632","\ud83b\ude87":"\u062d","\ud83b\ude88":"\u0637","\ud83b\ude89":"\u064a","\ud83b\ude8b":"\u0644","\ud83b\ude8c":"\u0645","\ud83b\ude8d":"\u0646","\ud83b\ude8e":"\u0633","\ud83b\ude8f":"\u0639","\ud83b\ude90":"\u0641","\ud83b\ude91":"\u0635","\ud83b\ude92":"\u0642","\ud83b\ude93":"\u0631","\ud83b\ude94":"\u0634","\ud83b\ude95":"\u062a","\ud83b\ude96":"\u062b","\ud83b\ude97":"\u062e","\ud83b\ude98":"\u0630","\ud83b\ude99":"\u0636","\ud83b\ude9a":"\u0638","\ud83b\ude9b":"\u063a","\ud83b\udea1":"\u0628","\ud83b\udea2":"\u062c","\ud83b\udea3":"\u062f","\ud83b\udea5":"\u0648","\ud83b\udea6":"\u0632","\ud83b\udea7":"\u062d","\ud83b\udea8":"\u0637","\ud83b\udea9":"\u064a","\ud83b\udeab":"\u0644","\ud83b\udeac":"\u0645","\ud83b\udead":"\u0646","\ud83b\udeae":"\u0633","\ud83b\udeaf":"\u0639","\ud83b\udeb0":"\u0641","\ud83b\udeb1":"\u0635","\ud83b\udeb2":"\u0642","\ud83b\udeb3":"\u0631","\ud83b\udeb4":"\u0634","\ud83b\udeb5":"\u062a","\ud83b\udeb6":"\u062b","\ud83b\udeb7":"\u062e","\ud83b\udeb8":"\u0630","\ud83b\udeb9":"\u0636","\ud83b\udeba":"\u0638","\ud83b\udebb":"\u063a","\ud83c\udd00":"0.","\ud83c\udd01":"0,","\ud83c\udd02":"1,","\ud83c\udd03":"2,","\ud83c\udd04":"3,","\ud83c\udd05":"4,","\ud83c\udd06":"5,","\ud83c\udd07":"6,","\ud83c\udd08":"7,","\ud83c\udd09":"8,","\ud83c\udd0a":"9,","\ud83c\udd10":"(A)","\ud83c\udd11":"(B)","\ud83c\udd12":"(C)","\ud83c\udd13":"(D)","\ud83c\udd14":"(E)","\ud83c\udd15":"(F)","\ud83c\udd16":"(G)","\ud83c\udd17":"(H)","\ud83c\udd18":"(I)","\ud83c\udd19":"(J)","\ud83c\udd1a":"(K)","\ud83c\udd1b":"(L)","\ud83c\udd1c":"(M)","\ud83c\udd1d":"(N)","\ud83c\udd1e":"(O)","\ud83c\udd1f":"(P)","\ud83c\udd20":"(Q)","\ud83c\udd21":"(R)","\ud83c\udd22":"(S)","\ud83c\udd23":"(T)","\ud83c\udd24":"(U)","\ud83c\udd25":"(V)","\ud83c\udd26":"(W)","\ud83c\udd27":"(X)","\ud83c\udd28":"(Y)","\ud83c\udd29":"(Z)","\ud83c\udd2a":"\u3014S\u3015","\ud83c\udd2b":"C","\ud83c\udd2c":"R","\ud83c\udd2d":"CD","\ud83c\udd2e":"WZ","\ud83c\udd30":"A","\ud83c\udd31":"B","\ud83c\udd32":"C","\ud83c\udd33":"D","\ud83c\udd34":"E","\ud83c\udd35":"F","\ud83c\udd36":"G","\ud83c\udd37":"H","\ud83c\udd38":"I","\ud83c\udd39":"J","\ud83c\udd3a":"K","\ud83c\udd3b":"L","\ud83c\udd3c":"M","\ud83c\udd3d":"N","\ud83c\udd3e":"O","\ud83c\udd3f":"P","\ud83c\udd40":"Q","\ud83c\udd41":"R","\ud83c\udd42":"S","\ud83c\udd43":"T","\ud83c\udd44":"U","\ud83c\udd45":"V","\ud83c\udd46":"W","\ud83c\udd47":"X","\ud83c\udd48":"Y","\ud83c\udd49":"Z","\ud83c\udd4a":"HV","\ud83c\udd4b":"MV","\ud83c\udd4c":"SD","\ud83c\udd4d":"SS","\ud83c\udd4e":"PPV","\ud83c\udd4f":"WC","\ud83c\udd6a":"MC","\ud83c\udd6b":"MD","\ud83c\udd6c":"MR","\ud83c\udd90":"DJ","\ud83c\ude00":"\u307b\u304b","\ud83c\ude01":"\u30b3\u30b3","\ud83c\ude02":"\u30b5","\ud83c\ude10":"\u624b","\ud83c\ude11":"\u5b57","\ud83c\ude12":"\u53cc","\ud83c\ude13":"\u30c6\u3099","\ud83c\ude14":"\u4e8c","\ud83c\ude15":"\u591a","\ud83c\ude16":"\u89e3","\ud83c\ude17":"\u5929","\ud83c\ude18":"\u4ea4","\ud83c\ude19":"\u6620","\ud83c\ude1a":"\u7121","\ud83c\ude1b":"\u6599","\ud83c\ude1c":"\u524d","\ud83c\ude1d":"\u5f8c","\ud83c\ude1e":"\u518d","\ud83c\ude1f":"\u65b0","\ud83c\ude20":"\u521d","\ud83c\ude21":"\u7d42","\ud83c\ude22":"\u751f","\ud83c\ude23":"\u8ca9","\ud83c\ude24":"\u58f0","\ud83c\ude25":"\u5439","\ud83c\ude26":"\u6f14","\ud83c\ude27":"\u6295","\ud83c\ude28":"\u6355","\ud83c\ude29":"\u4e00","\ud83c\ude2a":"\u4e09","\ud83c\ude2b":"\u904a","\ud83c\ude2c":"\u5de6","\ud83c\ude2d":"\u4e2d","\ud83c\ude2e":"\u53f3","\ud83c\ude2f":"\u6307","\ud83c\ude30":"\u8d70","\ud83c\ude31":"\u6253","\ud83c\ude32":"\u7981","\ud83c\ude33":"\u7a7a","\ud83c\ude34":"\u5408","\ud83c\ude35":"\u6e80","\ud83c\ude36":"\u6709","\ud83c\ude37":"\u6708","\ud83c\ude38":"\u7533","\ud83c\ude39":"\u5272","\ud83c\ude3a":"\u55b6","\ud83c\ude3b":"\u914d","\ud83c\ude40":"\u3014\u672c\u3015","\ud83c\ude41":"\u3014\u4e09\u3015","\ud83c\ude42":"\u3014\u4e8c\u3015","\ud83c\ude43":"\u3014\u5b89\u3015","\ud83c\ude44":"\u3014\u70b9\u3015","\ud83c\ude45":"\u3014\u6253\u3015","\ud83c\ude46":"\u3014\u76d7\u3015","\ud83c\ude47":"\u3014\u52dd\u3015","\ud83c\ude48":"\u3014\u6557\u3015","\ud83c\ude50":"\u5f97","\ud83c\ude51":"\u53ef","\ud83e\udff0":"0","\ud83e\udff1":"1","\ud83e\udff2":"2","\ud83e\udff3":"3","\ud83e\udff4":"4","\ud83e\udff5":"5","\ud83e\udff6":"6","\ud83e\udff7":"7","\ud83e\udff8":"8","\ud83e\udff9":"9","\ud87e\udc00":"\u4e3d","\ud87e\udc01":"\u4e38","\ud87e\udc02":"\u4e41","\ud87e\udc03":"\ud840\udd22","\ud87e\udc04":"\u4f60","\ud87e\udc05":"\u4fae","\ud87e\udc06":"\u4fbb","\ud87e\udc07":"\u5002","\ud87e\udc08":"\u507a","\ud87e\udc09":"\u5099","\ud87e\udc0a":"\u50e7","\ud87e\udc0b":"\u50cf","\ud87e\udc0c":"\u349e","\ud87e\udc0d":"\ud841\ude3a","\ud87e\udc0e":"\u514d","\ud87e\udc0f":"\u5154","\ud87e\udc10":"\u5164","\ud87e\udc11":"\u5177","\ud87e\udc12":"\ud841\udd1c","\ud87e\udc13":"\u34b9","\ud87e\udc14":"\u5167","\ud87e\udc15":"\u518d","\ud87e\udc16":"\ud841\udd4b","\ud87e\udc17":"\u5197","\ud87e\udc18":"\u51a4","\ud87e\udc19":"\u4ecc","\ud87e\udc1a":"\u51ac","\ud87e\udc1b":"\u51b5","\ud87e\udc1c":"\ud864\udddf","\ud87e\udc1d":"\u51f5","\ud87e\udc1e":"\u5203","\ud87e\udc1f":"\u34df","\ud87e\udc20":"\u523b","\ud87e\udc21":"\u5246","\ud87e\udc22":"\u5272","\ud87e\udc23":"\u5277","\ud87e\udc24":"\u3515","\ud87e\udc25":"\u52c7","\ud87e\udc26":"\u52c9","\ud87e\udc27":"\u52e4","\ud87e\udc28":"\u52fa","\ud87e\udc29":"\u5305","\ud87e\udc2a":"\u5306","\ud87e\udc2b":"\u5317","\ud87e\udc2c":"\u5349","\ud87e\udc2d":"\u5351","\ud87e\udc2e":"\u535a","\ud87e\udc2f":"\u5373","\ud87e\udc30":"\u537d","\ud87e\udc31":"\u537f","\ud87e\udc32":"\u537f","\ud87e\udc33":"\u537f","\ud87e\udc34":"\ud842\ude2c","\ud87e\udc35":"\u7070","\ud87e\udc36":"\u53ca","\ud87e\udc37":"\u53df","\ud87e\udc38":"\ud842\udf63","\ud87e\udc39":"\u53eb","\ud87e\udc3a":"\u53f1","\ud87e\udc3b":"\u5406","\ud87e\udc3c":"\u549e","\ud87e\udc3d":"\u5438","\ud87e\udc3e":"\u5448","\ud87e\udc3f":"\u5468","\ud87e\udc40":"\u54a2","\ud87e\udc41":"\u54f6","\ud87e\udc42":"\u5510","\ud87e\udc43":"\u5553","\ud87e\udc44":"\u5563","\ud87e\udc45":"\u5584","\ud87e\udc46":"\u5584","\ud87e\udc47":"\u5599","\ud87e\udc48":"\u55ab","\ud87e\udc49":"\u55b3","\ud87e\udc4a":"\u55c2","\ud87e\udc4b":"\u5716","\ud87e\udc4c":"\u5606","\ud87e\udc4d":"\u5717","\ud87e\udc4e":"\u5651","\ud87e\udc4f":"\u5674","\ud87e\udc50":"\u5207","\ud87e\udc51":"\u58ee","\ud87e\udc52":"\u57ce","\ud87e\udc53":"\u57f4","\ud87e\udc54":"\u580d","\ud87e\udc55":"\u578b","\ud87e\udc56":"\u5832","\ud87e\udc57":"\u5831","\ud87e\udc58":"\u58ac","\ud87e\udc59":"\ud845\udce4","\ud87e\udc5a":"\u58f2","\ud87e\udc5b":"\u58f7","\ud87e\udc5c":"\u5906","\ud87e\udc5d":"\u591a","\ud87e\udc5e":"\u5922","\ud87e\udc5f":"\u5962","\ud87e\udc60":"\ud845\udea8","\ud87e\udc61":"\ud845\udeea","\ud87e\udc62":"\u59ec","\ud87e\udc63":"\u5a1b","\ud87e\udc64":"\u5a27","\ud87e\udc65":"\u59d8","\ud87e\udc66":"\u5a66","\ud87e\udc67":"\u36ee","\ud87e\udc68":"\u36fc","\ud87e\udc69":"\u5b08","\ud87e\udc6a":"\u5b3e","\ud87e\udc6b":"\u5b3e","\ud87e\udc6c":"\ud846\uddc8","\ud87e\udc6d":"\u5bc3","\ud87e\udc6e":"\u5bd8","\ud87e\udc6f":"\u5be7","\ud87e\udc70":"\u5bf3","\ud87e\udc71":"\ud846\udf18","\ud87e\udc72":"\u5bff","\ud87e\udc73":"\u5c06","\ud87e\udc74":"\u5f53","\ud87e\udc75":"\u5c22","\ud87e\udc76":"\u3781","\ud87e\udc77":"\u5c60","\ud87e\udc78":"\u5c6e","\ud87e\udc79":"\u5cc0","\ud87e\udc7a":"\u5c8d","\ud87e\udc7b":"\ud847\udde4","\ud87e\udc7c":"\u5d43","\ud87e\udc7d":"\ud847\udde6","\ud87e\udc7e":"\u5d6e","\ud87e\udc7f":"\u5d6b","\ud87e\udc80":"\u5d7c","\ud87e\udc81":"\u5de1","\ud87e\udc82":"\u5de2","\ud87e\udc83":"\u382f","\ud87e\udc84":"\u5dfd","\ud87e\udc85":"\u5e28","\ud87e\udc86":"\u5e3d","\ud87e\udc87":"\u5e69","\ud87e\udc88":"\u3862","\ud87e\udc89":"\ud848\udd83","\ud87e\udc8a":"\u387c","\ud87e\udc8b":"\u5eb0","\ud87e\udc8c":"\u5eb3","\ud87e\udc8d":"\u5eb6","\ud87e\udc8e":"\u5eca","\ud87e\udc8f":"\ud868\udf92","\ud87e\udc90":"\u5efe","\ud87e\udc91":"\ud848\udf31","\ud87e\udc92":"\ud848\udf31","\ud87e\udc93":"\u8201","\ud87e\udc94":"\u5f22","\ud87e\udc95":"\u5f22","\ud87e\udc96":"\u38c7","\ud87e\udc97":"\ud84c\udeb8","\ud87e\udc98":"\ud858\uddda","\ud87e\udc99":"\u5f62","\ud87e\udc9a":"\u5f6b","\ud87e\udc9b":"\u38e3","\ud87e\udc9c":"\u5f9a","\ud87e\udc9d":"\u5fcd","\ud87e\udc9e":"\u5fd7","\ud87e\udc9f":"\u5ff9","\ud87e\udca0":"\u6081","\ud87e\udca1":"\u393a","\ud87e\udca2":"\u391c","\ud87e\udca3":"\u6094","\ud87e\udca4":"\ud849\uded4","\ud87e\udca5":"\u60c7","\ud87e\udca6":"\u6148","\ud87e\udca7":"\u614c","\ud87e\udca8":"\u614e","\ud87e\udca9":"\u614c","\ud87e\udcaa":"\u617a","\ud87e\udcab":"\u618e","\ud87e\udcac":"\u61b2","\ud87e\udcad":"\u61a4","\ud87e\udcae":"\u61af","\ud87e\udcaf":"\u61de","\ud87e\udcb0":"\u61f2","\ud87e\udcb1":"\u61f6","\ud87e\udcb2":"\u6210","\ud87e\udcb3":"\u621b","\ud87e\udcb4":"\u625d","\ud87e\udcb5":"\u62b1","\ud87e\udcb6":"\u62d4","\ud87e\udcb7":"\u6350","\ud87e\udcb8":"\ud84a\udf0c","\ud87e\udcb9":"\u633d","\ud87e\udcba":"\u62fc","\ud87e\udcbb":"\u6368","\ud87e\udcbc":"\u6383","\ud87e\udcbd":"\u63e4","\ud87e\udcbe":"\ud84a\udff1","\ud87e\udcbf":"\u6422","\ud87e\udcc0":"\u63c5","\ud87e\udcc1":"\u63a9","\ud87e\udcc2":"\u3a2e","\ud87e\udcc3":"\u6469","\ud87e\udcc4":"\u647e","\ud87e\udcc5":"\u649d","\ud87e\udcc6":"\u6477","\ud87e\udcc7":"\u3a6c","\ud87e\udcc8":"\u654f","\ud87e\udcc9":"\u656c","\ud87e\udcca":"\ud84c\udc0a","\ud87e\udccb":"\u65e3","\ud87e\udccc":"\u66f8","\ud87e\udccd":"\u6649","\ud87e\udcce":"\u3b19","\ud87e\udccf":"\u6691","\ud87e\udcd0":"\u3b08","\ud87e\udcd1":"\u3ae4","\ud87e\udcd2":"\u5192","\ud87e\udcd3":"\u5195","\ud87e\udcd4":"\u6700","\ud87e\udcd5":"\u669c","\ud87e\udcd6":"\u80ad","\ud87e\udcd7":"\u43d9","\ud87e\udcd8":"\u6717","\ud87e\udcd9":"\u671b","\ud87e\udcda":"\u6721","\ud87e\udcdb":"\u675e","\ud87e\udcdc":"\u6753","\ud87e\udcdd":"\ud84c\udfc3","\ud87e\udcde":"\u3b49","\ud87e\udcdf":"\u67fa","\ud87e\udce0":"\u6785","\ud87e\udce1":"\u6852","\ud87e\udce2":"\u6885","\ud87e\udce3":"\ud84d\udc6d","\ud87e\udce4":"\u688e","\ud87e\udce5":"\u681f","\ud87e\udce6":"\u6914","\ud87e\udce7":"\u3b9d","\ud87e\udce8":"\u6942","\ud87e\udce9":"\u69a3","\ud87e\udcea":"\u69ea","\ud87e\udceb":"\u6aa8","\ud87e\udcec":"\ud84d\udea3","\ud87e\udced":"\u6adb","\ud87e\udcee":"\u3c18","\ud87e\udcef":"\u6b21","\ud87e\udcf0":"\ud84e\udca7","\ud87e\udcf1":"\u6b54","\ud87e\udcf2":"\u3c4e","\ud87e\udcf3":"\u6b72","\ud87e\udcf4":"\u6b9f","\ud87e\udcf5":"\u6bba","\ud87e\udcf6":"\u6bbb","\ud87e\udcf7":"\ud84e\ude8d","\ud87e\udcf8":"\ud847\udd0b","\ud87e\udcf9":"\ud84e\udefa","\ud87e\udcfa":"\u6c4e","\ud87e\udcfb":"\ud84f\udcbc","\ud87e\udcfc":"\u6cbf","\ud87e\udcfd":"\u6ccd","\ud87e\udcfe":"\u6c67","\ud87e\udcff":"\u6d16","\ud87e\udd00":"\u6d3e","\ud87e\udd01":"\u6d77","\ud87e\udd02":"\u6d41","\ud87e\udd03":"\u6d69","\ud87e\udd04":"\u6d78","\ud87e\udd05":"\u6d85","\ud87e\udd06":"\ud84f\udd1e","\ud87e\udd07":"\u6d34","\ud87e\udd08":"\u6e2f","\ud87e\udd09":"\u6e6e","\ud87e\udd0a":"\u3d33","\ud87e\udd0b":"\u6ecb","\ud87e\udd0c":"\u6ec7","\ud87e\udd0d":"\ud84f\uded1","\ud87e\udd0e":"\u6df9","\ud87e\udd0f":"\u6f6e","\ud87e\udd10":"\ud84f\udf5e","\ud87e\udd11":"\ud84f\udf8e","\ud87e\udd12":"\u6fc6","\ud87e\udd13":"\u7039","\ud87e\udd14":"\u701e","\ud87e\udd15":"\u701b","\ud87e\udd16":"\u3d96","\ud87e\udd17":"\u704a","\ud87e\udd18":"\u707d","\ud87e\udd19":"\u7077","\ud87e\udd1a":"\u70ad","\ud87e\udd1b":"\ud841\udd25","\ud87e\udd1c":"\u7145","\ud87e\udd1d":"\ud850\ude63","\ud87e\udd1e":"\u719c","\ud87e\udd1f":"\ud850\udfab","\ud87e\udd20":"\u7228","\ud87e\udd21":"\u7235","\ud87e\udd22":"\u7250","\ud87e\udd23":"\ud851\ude08","\ud87e\udd24":"\u7280","\ud87e\udd25":"\u7295","\ud87e\udd26":"\ud851\udf35","\ud87e\udd27":"\ud852\udc14","\ud87e\udd28":"\u737a","\ud87e\udd29":"\u738b","\ud87e\udd2a":"\u3eac","\ud87e\udd2b":"\u73a5","\ud87e\udd2c":"\u3eb8","\ud87e\udd2d":"\u3eb8","\ud87e\udd2e":"\u7447","\ud87e\udd2f":"\u745c","\ud87e\udd30":"\u7471","\ud87e\udd31":"\u7485","\ud87e\udd32":"\u74ca","\ud87e\udd33":"\u3f1b","\ud87e\udd34":"\u7524","\ud87e\udd35":"\ud853\udc36","\ud87e\udd36":"\u753e","\ud87e\udd37":"\ud853\udc92","\ud87e\udd38":"\u7570","\ud87e\udd39":"\ud848\udd9f","\ud87e\udd3a":"\u7610","\ud87e\udd3b":"\ud853\udfa1","\ud87e\udd3c":"\ud853\udfb8","\ud87e\udd3d":"\ud854\udc44","\ud87e\udd3e":"\u3ffc","\ud87e\udd3f":"\u4008","\ud87e\udd40":"\u76f4","\ud87e\udd41":"\ud854\udcf3","\ud87e\udd42":"\ud854\udcf2","\ud87e\udd43":"\ud854\udd19","\ud87e\udd44":"\ud854\udd33","\ud87e\udd45":"\u771e","\ud87e\udd46":"\u771f","\ud87e\udd47":"\u771f","\ud87e\udd48":"\u774a","\ud87e\udd49":"\u4039","\ud87e\udd4a":"\u778b","\ud87e\udd4b":"\u4046","\ud87e\udd4c":"\u4096","\ud87e\udd4d":"\ud855\udc1d","\ud87e\udd4e":"\u784e","\ud87e\udd4f":"\u788c","\ud87e\udd50":"\u78cc","\ud87e\udd51":"\u40e3","\ud87e\udd52":"\ud855\ude26","\ud87e\udd53":"\u7956","\ud87e\udd54":"\ud855\ude9a","\ud87e\udd55":"\ud855\udec5","\ud87e\udd56":"\u798f","\ud87e\udd57":"\u79eb","\ud87e\udd58":"\u412f","\ud87e\udd59":"\u7a40","\ud87e\udd5a":"\u7a4a","\ud87e\udd5b":"\u7a4f","\ud87e\udd5c":"\ud856\udd7c","\ud87e\udd5d":"\ud856\udea7","\ud87e\udd5e":"\ud856\udea7","\ud87e\udd5f":"\u7aee","\ud87e\udd60":"\u4202","\ud87e\udd61":"\ud856\udfab","\ud87e\udd62":"\u7bc6","\ud87e\udd63":"\u7bc9","\ud87e\udd64":"\u4227","\ud87e\udd65":"\ud857\udc80","\ud87e\udd66":"\u7cd2","\ud87e\udd67":"\u42a0","\ud87e\udd68":"\u7ce8","\ud87e\udd69":"\u7ce3","\ud87e\udd6a":"\u7d00","\ud87e\udd6b":"\ud857\udf86","\ud87e\udd6c":"\u7d63","\ud87e\udd6d":"\u4301","\ud87e\udd6e":"\u7dc7","\ud87e\udd6f":"\u7e02","\ud87e\udd70":"\u7e45","\ud87e\udd71":"\u4334","\ud87e\udd72":"\ud858\ude28","\ud87e\udd73":"\ud858\ude47","\ud87e\udd74":"\u4359","\ud87e\udd75":"\ud858\uded9","\ud87e\udd76":"\u7f7a","\ud87e\udd77":"\ud858\udf3e","\ud87e\udd78":"\u7f95","\ud87e\udd79":"\u7ffa","\ud87e\udd7a":"\u8005","\ud87e\udd7b":"\ud859\udcda","\ud87e\udd7c":"\ud859\udd23","\ud87e\udd7d":"\u8060","\ud87e\udd7e":"\ud859\udda8","\ud87e\udd7f":"\u8070","\ud87e\udd80":"\ud84c\udf5f","\ud87e\udd81":"\u43d5","\ud87e\udd82":"\u80b2","\ud87e\udd83":"\u8103","\ud87e\udd84":"\u440b","\ud87e\udd85":"\u813e","\ud87e\udd86":"\u5ab5","\ud87e\udd87":"\ud859\udfa7","\ud87e\udd88":"\ud859\udfb5","\ud87e\udd89":"\ud84c\udf93","\ud87e\udd8a":"\ud84c\udf9c","\ud87e\udd8b":"\u8201","\ud87e\udd8c":"\u8204","\ud87e\udd8d":"\u8f9e","\ud87e\udd8e":"\u446b","\ud87e\udd8f":"\u8291","\ud87e\udd90":"\u828b","\ud87e\udd91":"\u829d","\ud87e\udd92":"\u52b3","\ud87e\udd93":"\u82b1","\ud87e\udd94":"\u82b3","\ud87e\udd95":"\u82bd","\ud87e\udd96":"\u82e6","\ud87e\udd97":"\ud85a\udf3c","\ud87e\udd98":"\u82e5","\ud87e\udd99":"\u831d","\ud87e\udd9a":"\u8363","\ud87e\udd9b":"\u83ad","\ud87e\udd9c":"\u8323","\ud87e\udd9d":"\u83bd","\ud87e\udd9e":"\u83e7","\ud87e\udd9f":"\u8457","\ud87e\udda0":"\u8353","\ud87e\udda1":"\u83ca","\ud87e\udda2":"\u83cc","\ud87e\udda3":"\u83dc","\ud87e\udda4":"\ud85b\udc36","\ud87e\udda5":"\ud85b\udd6b","\ud87e\udda6":"\ud85b\udcd5","\ud87e\udda7":"\u452b","\ud87e\udda8":"\u84f1","\ud87e\udda9":"\u84f3","\ud87e\uddaa":"\u8516","\ud87e\uddab":"\ud85c\udfca","\ud87e\uddac":"\u8564","\ud87e\uddad":"\ud85b\udf2c","\ud87e\uddae":"\u455d","\ud87e\uddaf":"\u4561","\ud87e\uddb0":"\ud85b\udfb1","\ud87e\uddb1":"\ud85c\udcd2","\ud87e\uddb2":"\u456b","\ud87e\uddb3":"\u8650","\ud87e\uddb4":"\u865c","\ud87e\uddb5":"\u8667","\ud87e\uddb6":"\u8669","\ud87e\uddb7":"\u86a9","\ud87e\uddb8":"\u8688","\ud87e\uddb9":"\u870e","\ud87e\uddba":"\u86e2","\ud87e\uddbb":"\u8779","\ud87e\uddbc":"\u8728","\ud87e\uddbd":"\u876b","\ud87e\uddbe":"\u8786","\ud87e\uddbf":"\u45d7","\ud87e\uddc0":"\u87e1","\ud87e\uddc1":"\u8801","\ud87e\uddc2":"\u45f9","\ud87e\uddc3":"\u8860","\ud87e\uddc4":"\u8863","\ud87e\uddc5":"\ud85d\ude67","\ud87e\uddc6":"\u88d7","\ud87e\uddc7":"\u88de","\ud87e\uddc8":"\u4635","\ud87e\uddc9":"\u88fa","\ud87e\uddca":"\u34bb","\ud87e\uddcb":"\ud85e\udcae","\ud87e\uddcc":"\ud85e\udd66","\ud87e\uddcd":"\u46be","\ud87e\uddce":"\u46c7","\ud87e\uddcf":"\u8aa0","\ud87e\uddd0":"\u8aed","\ud87e\uddd1":"\u8b8a","\ud87e\uddd2":"\u8c55","\ud87e\uddd3":"\ud85f\udca8","\ud87e\uddd4":"\u8cab","\ud87e\uddd5":"\u8cc1","\ud87e\uddd6":"\u8d1b","\ud87e\uddd7":"\u8d77","\ud87e\uddd8":"\ud85f\udf2f","\ud87e\uddd9":"\ud842\udc04","\ud87e\uddda":"\u8dcb","\ud87e\udddb":"\u8dbc","\ud87e\udddc":"\u8df0","\ud87e\udddd":"\ud842\udcde","\ud87e\uddde":"\u8ed4","\ud87e\udddf":"\u8f38","\ud87e\udde0":"\ud861\uddd2","\ud87e\udde1":"\ud861\udded","\ud87e\udde2":"\u9094","\ud87e\udde3":"\u90f1","\ud87e\udde4":"\u9111","\ud87e\udde5":"\ud861\udf2e","\ud87e\udde6":"\u911b","\ud87e\udde7":"\u9238","\ud87e\udde8":"\u92d7","\ud87e\udde9":"\u92d8","\ud87e\uddea":"\u927c","\ud87e\uddeb":"\u93f9","\ud87e\uddec":"\u9415","\ud87e\udded":"\ud862\udffa","\ud87e\uddee":"\u958b","\ud87e\uddef":"\u4995","\ud87e\uddf0":"\u95b7","\ud87e\uddf1":"\ud863\udd77","\ud87e\uddf2":"\u49e6","\ud87e\uddf3":"\u96c3","\ud87e\uddf4":"\u5db2","\ud87e\uddf5":"\u9723","\ud87e\uddf6":"\ud864\udd45","\ud87e\uddf7":"\ud864\ude1a","\ud87e\uddf8":"\u4a6e","\ud87e\uddf9":"\u4a76","\ud87e\uddfa":"\u97e0","\ud87e\uddfb":"\ud865\udc0a","\ud87e\uddfc":"\u4ab2","\ud87e\uddfd":"\ud865\udc96","\ud87e\uddfe":"\u980b","\ud87e\uddff":"\u980b","\ud87e\ude00":"\u9829","\ud87e\ude01":"\ud865\uddb6","\ud87e\ude02":"\u98e2","\ud87e\ude03":"\u4b33","\ud87e\ude04":"\u9929","\ud87e\ude05":"\u99a7","\ud87e\ude06":"\u99c2","\ud87e\ude07":"\u99fe","\ud87e\ude08":"\u4bce","\ud87e\ude09":"\ud866\udf30","\ud87e\ude0a":"\u9b12","\ud87e\ude0b":"\u9c40","\ud87e\ude0c":"\u9cfd","\ud87e\ude0d":"\u4cce","\ud87e\ude0e":"\u4ced","\ud87e\ude0f":"\u9d67","\ud87e\ude10":"\ud868\udcce","\ud87e\ude11":"\u4cf8","\ud87e\ude12":"\ud868\udd05","\ud87e\ude13":"\ud868\ude0e","\ud87e\ude14":"\ud868\ude91","\ud87e\ude15":"\u9ebb","\ud87e\ude16":"\u4d56","\ud87e\ude17":"\u9ef9","\ud87e\ude18":"\u9efe","\ud87e\ude19":"\u9f05","\ud87e\ude1a":"\u9f0f","\ud87e\ude1b":"\u9f16","\ud87e\ude1c":"\u9f3b","\ud87e\ude1d":"\ud869\ude00"}$u$::pg_catalog.jsonb $fn$;
COMMENT ON FUNCTION stagenorm._unicode_decompose() IS 'Private, generated by stagenorm/unicode_data.py: NFKD of one character (Hangul syllables excluded).';
CREATE FUNCTION stagenorm._unicode_casefold() RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u${"A":"a","B":"b","C":"c","D":"d","E":"e","F":"f","G":"g","H":"h","I":"i","J":"j","K":"k","L":"l","M":"m","N":"n","O":"o","P":"p","Q":"q","R":"r","S":"s","T":"t","U":"u","V":"v","W":"w","X":"x","Y":"y","Z":"z","\u00b5":"\u03bc","\u00c0":"\u00e0","\u00c1":"\u00e1","\u00c2":"\u00e2","\u00c3":"\u00e3","\u00c4":"\u00e4","\u00c5":"\u00e5","\u00c6":"\u00e6","\u00c7":"\u00e7","\u00c8":"\u00e8","\u00c9":"\u00e9","\u00ca":"\u00ea","\u00cb":"\u00eb","\u00cc":"\u00ec","\u00cd":"\u00ed","\u00ce":"\u00ee","\u00cf":"\u00ef","\u00d0":"\u00f0","\u00d1":"\u00f1","\u00d2":"\u00f2","\u00d3":"\u00f3","\u00d4":"\u00f4","\u00d5":"\u00f5","\u00d6":"\u00f6","\u00d8":"\u00f8","\u00d9":"\u00f9","\u00da":"\u00fa","\u00db":"\u00fb","\u00dc":"\u00fc","\u00dd":"\u00fd","\u00de":"\u00fe","\u00df":"ss","\u0100":"\u0101","\u0102":"\u0103","\u0104":"\u0105","\u0106":"\u0107","\u0108":"\u0109","\u010a":"\u010b","\u010c":"\u010d","\u010e":"\u010f","\u0110":"\u0111","\u0112":"\u0113","\u0114":"\u0115","\u0116":"\u0117","\u0118":"\u0119","\u011a":"\u011b","\u011c":"\u011d","\u011e":"\u011f","\u0120":"\u0121","\u0122":"\u0123","\u0124":"\u0125","\u0126":"\u0127","\u0128":"\u0129","\u012a":"\u012b","\u012c":"\u012d","\u012e":"\u012f","\u0130":"i\u0307","\u0132":"\u0133","\u0134":"\u0135","\u0136":"\u0137","\u0139":"\u013a","\u013b":"\u013c","\u013d":"\u013e","\u013f":"\u0140","\u0141":"\u0142","\u0143":"\u0144","\u0145":"\u0146","\u0147":"\u0148","\u0149":"\u02bcn","\u014a":"\u014b","\u014c":"\u014d","\u014e":"\u014f","\u0150":"\u0151","\u0152":"\u0153","\u0154":"\u0155","\u0156":"\u0157","\u0158":"\u0159","\u015a":"\u015b","\u015c":"\u015d","\u015e":"\u015f","\u0160":"\u0161","\u0162":"\u0163","\u0164":"\u0165","\u0166":"\u0167","\u0168":"\u0169","\u016a":"\u016b","\u016c":"\u016d","\u016e":"\u016f","\u0170":"\u0171","\u0172":"\u0173","\u0174":"\u0175","\u0176":"\u0177","\u0178":"\u00ff","\u0179":"\u017a","\u017b":"\u017c","\u017d":"\u017e","\u017f":"s","\u0181":"\u0253","\u0182":"\u0183","\u0184":"\u0185","\u0186":"\u0254","\u0187":"\u0188","\u0189":"\u0256","\u018a":"\u0257","\u018b":"\u018c","\u018e":"\u01dd","\u018f":"\u0259","\u0190":"\u025b","\u0191":"\u0192","\u0193":"\u0260","\u0194":"\u0263","\u0196":"\u0269","\u0197":"\u0268","\u0198":"\u0199","\u019c":"\u026f","\u019d":"\u0272","\u019f":"\u0275","\u01a0":"\u01a1","\u01a2":"\u01a3","\u01a4":"\u01a5","\u01a6":"\u0280","\u01a7":"\u01a8","\u01a9":"\u0283","\u01ac":"\u01ad","\u01ae":"\u0288","\u01af":"\u01b0","\u01b1":"\u028a","\u01b2":"\u028b","\u01b3":"\u01b4","\u01b5":"\u01b6","\u01b7":"\u0292","\u01b8":"\u01b9","\u01bc":"\u01bd","\u01c4":"\u01c6","\u01c5":"\u01c6","\u01c7":"\u01c9","\u01c8":"\u01c9","\u01ca":"\u01cc","\u01cb":"\u01cc","\u01cd":"\u01ce","\u01cf":"\u01d0","\u01d1":"\u01d2","\u01d3":"\u01d4","\u01d5":"\u01d6","\u01d7":"\u01d8","\u01d9":"\u01da","\u01db":"\u01dc","\u01de":"\u01df","\u01e0":"\u01e1","\u01e2":"\u01e3","\u01e4":"\u01e5","\u01e6":"\u01e7","\u01e8":"\u01e9","\u01ea":"\u01eb","\u01ec":"\u01ed","\u01ee":"\u01ef","\u01f0":"j\u030c","\u01f1":"\u01f3","\u01f2":"\u01f3","\u01f4":"\u01f5","\u01f6":"\u0195","\u01f7":"\u01bf","\u01f8":"\u01f9","\u01fa":"\u01fb","\u01fc":"\u01fd","\u01fe":"\u01ff","\u0200":"\u0201","\u0202":"\u0203","\u0204":"\u0205","\u0206":"\u0207","\u0208":"\u0209","\u020a":"\u020b","\u020c":"\u020d","\u020e":"\u020f","\u0210":"\u0211","\u0212":"\u0213","\u0214":"\u0215","\u0216":"\u0217","\u0218":"\u0219","\u021a":"\u021b","\u021c":"\u021d","\u021e":"\u021f","\u0220":"\u019e","\u0222":"\u0223","\u0224":"\u0225","\u0226":"\u0227","\u0228":"\u0229","\u022a":"\u022b","\u022c":"\u022d","\u022e":"\u022f","\u0230":"\u0231","\u0232":"\u0233","\u023a":"\u2c65","\u023b":"\u023c","\u023d":"\u019a","\u023e":"\u2c66","\u0241":"\u0242","\u0243":"\u0180","\u0244":"\u0289","\u0245":"\u028c","\u0246":"\u0247","\u0248":"\u0249","\u024a":"\u024b","\u024c":"\u024d","\u024e":"\u024f","\u0345":"\u03b9","\u0370":"\u0371","\u0372":"\u0373","\u0376":"\u0377","\u037f":"\u03f3","\u0386":"\u03ac","\u0388":"\u03ad","\u0389":"\u03ae","\u038a":"\u03af","\u038c":"\u03cc","\u038e":"\u03cd","\u038f":"\u03ce","\u0390":"\u03b9\u0308\u0301","\u0391":"\u03b1","\u0392":"\u03b2","\u0393":"\u03b3","\u0394":"\u03b4","\u0395":"\u03b5","\u0396":"\u03b6","\u0397":"\u03b7","\u0398":"\u03b8","\u0399":"\u03b9","\u039a":"\u03ba","\u039b":"\u03bb","\u039c":"\u03bc","\u039d":"\u03bd","\u039e":"\u03be","\u039f":"\u03bf","\u03a0":"\u03c0","\u03a1":"\u03c1","\u03a3":"\u03c3","\u03a4":"\u03c4","\u03a5":"\u03c5","\u03a6":"\u03c6","\u03a7":"\u03c7","\u03a8":"\u03c8","\u03a9":"\u03c9","\u03aa":"\u03ca","\u03ab":"\u03cb","\u03b0":"\u03c5\u0308\u0301","\u03c2":"\u03c3","\u03cf":"\u03d7","\u03d0":"\u03b2","\u03d1":"\u03b8","\u03d5":"\u03c6","\u03d6":"\u03c0","\u03d8":"\u03d9","\u03da":"\u03db","\u03dc":"\u03dd","\u03de":"\u03df","\u03e0":"\u03e1","\u03e2":"\u03e3","\u03e4":"\u03e5","\u03e6":"\u03e7","\u03e8":"\u03e9","\u03ea":"\u03eb","\u03ec":"\u03ed","\u03ee":"\u03ef","\u03f0":"\u03ba","\u03f1":"\u03c1","\u03f4":"\u03b8","\u03f5":"\u03b5","\u03f7":"\u03f8","\u03f9":"\u03f2","\u03fa":"\u03fb","\u03fd":"\u037b","\u03fe":"\u037c","\u03ff":"\u037d","\u0400":"\u0450","\u0401":"\u0451","\u0402":"\u0452","\u0403":"\u0453","\u0404":"\u0454","\u0405":"\u0455","\u0406":"\u0456","\u0407":"\u0457","\u0408":"\u0458","\u0409":"\u0459","\u040a":"\u045a","\u040b":"\u045b","\u040c":"\u045c","\u040d":"\u045d","\u040e":"\u045e","\u040f":"\u045f","\u0410":"\u0430","\u0411":"\u0431","\u0412":"\u0432","\u0413":"\u0433","\u0414":"\u0434","\u0415":"\u0435","\u0416":"\u0436","\u0417":"\u0437","\u0418":"\u0438","\u0419":"\u0439","\u041a":"\u043a","\u041b":"\u043b","\u041c":"\u043c","\u041d":"\u043d","\u041e":"\u043e","\u041f":"\u043f","\u0420":"\u0440","\u0421":"\u0441","\u0422":"\u0442","\u0423":"\u0443","\u0424":"\u0444","\u0425":"\u0445","\u0426":"\u0446","\u0427":"\u0447","\u0428":"\u0448","\u0429":"\u0449","\u042a":"\u044a","\u042b":"\u044b","\u042c":"\u044c","\u042d":"\u044d","\u042e":"\u044e","\u042f":"\u044f","\u0460":"\u0461","\u0462":"\u0463","\u0464":"\u0465","\u0466":"\u0467","\u0468":"\u0469","\u046a":"\u046b","\u046c":"\u046d","\u046e":"\u046f","\u0470":"\u0471","\u0472":"\u0473","\u0474":"\u0475","\u0476":"\u0477","\u0478":"\u0479","\u047a":"\u047b","\u047c":"\u047d","\u047e":"\u047f","\u0480":"\u0481","\u048a":"\u048b","\u048c":"\u048d","\u048e":"\u048f","\u0490":"\u0491","\u0492":"\u0493","\u0494":"\u0495","\u0496":"\u0497","\u0498":"\u0499","\u049a":"\u049b","\u049c":"\u049d","\u049e":"\u049f","\u04a0":"\u04a1","\u04a2":"\u04a3","\u04a4":"\u04a5","\u04a6":"\u04a7","\u04a8":"\u04a9","\u04aa":"\u04ab","\u04ac":"\u04ad","\u04ae":"\u04af","\u04b0":"\u04b1","\u04b2":"\u04b3","\u04b4":"\u04b5","\u04b6":"\u04b7","\u04b8":"\u04b9","\u04ba":"\u04bb","\u04bc":"\u04bd","\u04be":"\u04bf","\u04c0":"\u04cf","\u04c1":"\u04c2","\u04c3":"\u04c4","\u04c5":"\u04c6","\u04c7":"\u04c8","\u04c9":"\u04ca","\u04cb":"\u04cc","\u04cd":"\u04ce","\u04d0":"\u04d1","\u04d2":"\u04d3","\u04d4":"\u04d5","\u04d6":"\u04d7","\u04d8":"\u04d9","\u04da":"\u04db","\u04dc":"\u04dd","\u04de":"\u04df","\u04e0":"\u04e1","\u04e2":"\u04e3","\u04e4":"\u04e5","\u04e6":"\u04e7","\u04e8":"\u04e9","\u04ea":"\u04eb","\u04ec":"\u04ed","\u04ee":"\u04ef","\u04f0":"\u04f1","\u04f2":"\u04f3","\u04f4":"\u04f5","\u04f6":"\u04f7","\u04f8":"\u04f9","\u04fa":"\u04fb","\u04fc":"\u04fd","\u04fe":"\u04ff","\u0500":"\u0501","\u0502":"\u0503","\u0504":"\u0505","\u0506":"\u0507","\u0508":"\u0509","\u050a":"\u050b","\u050c":"\u050d","\u050e":"\u050f","\u0510":"\u0511","\u0512":"\u0513","\u0514":"\u0515","\u0516":"\u0517","\u0518":"\u0519","\u051a":"\u051b","\u051c":"\u051d","\u051e":"\u051f","\u0520":"\u0521","\u0522":"\u0523","\u0524":"\u0525","\u0526":"\u0527","\u0528":"\u0529","\u052a":"\u052b","\u052c":"\u052d","\u052e":"\u052f","\u0531":"\u0561","\u0532":"\u0562","\u0533":"\u0563","\u0534":"\u0564","\u0535":"\u0565","\u0536":"\u0566","\u0537":"\u0567","\u0538":"\u0568","\u0539":"\u0569","\u053a":"\u056a","\u053b":"\u056b","\u053c":"\u056c","\u053d":"\u056d","\u053e":"\u056e","\u053f":"\u056f","\u0540":"\u0570","\u0541":"\u0571","\u0542":"\u0572","\u0543":"\u0573","\u0544":"\u0574","\u0545":"\u0575","\u0546":"\u0576","\u0547":"\u0577","\u0548":"\u0578","\u0549":"\u0579","\u054a":"\u057a","\u054b":"\u057b","\u054c":"\u057c","\u054d":"\u057d","\u054e":"\u057e","\u054f":"\u057f","\u0550":"\u0580","\u0551":"\u0581","\u0552":"\u0582","\u0553":"\u0583","\u0554":"\u0584","\u0555":"\u0585","\u0556":"\u0586","\u0587":"\u0565\u0582","\u10a0":"\u2d00","\u10a1":"\u2d01","\u10a2":"\u2d02","\u10a3":"\u2d03","\u10a4":"\u2d04","\u10a5":"\u2d05","\u10a6":"\u2d06","\u10a7":"\u2d07","\u10a8":"\u2d08","\u10a9":"\u2d09","\u10aa":"\u2d0a","\u10ab":"\u2d0b","\u10ac":"\u2d0c","\u10ad":"\u2d0d","\u10ae":"\u2d0e","\u10af":"\u2d0f","\u10b0":"\u2d10","\u10b1":"\u2d11","\u10b2":"\u2d12","\u10b3":"\u2d13","\u10b4":"\u2d14","\u10b5":"\u2d15","\u10b6":"\u2d16","\u10b7":"\u2d17","\u10b8":"\u2d18","\u10b9":"\u2d19","\u10ba":"\u2d1a","\u10bb":"\u2d1b","\u10bc":"\u2d1c","\u10bd":"\u2d1d","\u10be":"\u2d1e","\u10bf":"\u2d1f","\u10c0":"\u2d20","\u10c1":"\u2d21","\u10c2":"\u2d22","\u10c3":"\u2d23","\u10c4":"\u2d24","\u10c5":"\u2d25","\u10c7":"\u2d27","\u10cd":"\u2d2d","\u13f8":"\u13f0","\u13f9":"\u13f1","\u13fa":"\u13f2","\u13fb":"\u13f3","\u13fc":"\u13f4","\u13fd":"\u13f5","\u1c80":"\u0432","\u1c81":"\u0434","\u1c82":"\u043e","\u1c83":"\u0441","\u1c84":"\u0442","\u1c85":"\u0442","\u1c86":"\u044a","\u1c87":"\u0463","\u1c88":"\ua64b","\u1c90":"\u10d0","\u1c91":"\u10d1","\u1c92":"\u10d2","\u1c93":"\u10d3","\u1c94":"\u10d4","\u1c95":"\u10d5","\u1c96":"\u10d6","\u1c97":"\u10d7","\u1c98":"\u10d8","\u1c99":"\u10d9","\u1c9a":"\u10da","\u1c9b":"\u10db","\u1c9c":"\u10dc","\u1c9d":"\u10dd","\u1c9e":"\u10de","\u1c9f":"\u10df","\u1ca0":"\u10e0","\u1ca1":"\u10e1","\u1ca2":"\u10e2","\u1ca3":"\u10e3","\u1ca4":"\u10e4","\u1ca5":"\u10e5","\u1ca6":"\u10e6","\u1ca7":"\u10e7","\u1ca8":"\u10e8","\u1ca9":"\u10e9","\u1caa":"\u10ea","\u1cab":"\u10eb","\u1cac":"\u10ec","\u1cad":"\u10ed","\u1cae":"\u10ee","\u1caf":"\u10ef","\u1cb0":"\u10f0","\u1cb1":"\u10f1","\u1cb2":"\u10f2","\u1cb3":"\u10f3","\u1cb4":"\u10f4","\u1cb5":"\u10f5","\u1cb6":"\u10f6","\u1cb7":"\u10f7","\u1cb8":"\u10f8","\u1cb9":"\u10f9","\u1cba":"\u10fa","\u1cbd":"\u10fd","\u1cbe":"\u10fe","\u1cbf":"\u10ff","\u1e00":"\u1e01","\u1e02":"\u1e03","\u1e04":"\u1e05","\u1e06":"\u1e07","\u1e08":"\u1e09","\u1e0a":"\u1e0b","\u1e0c":"\u1e0d","\u1e0e":"\u1e0f","\u1e10":"\u1e11","\u1e12":"\u1e13","\u1e14":"\u1e15","\u1e16":"\u1e17","\u1e18":"\u1e19","\u1e1a":"\u1e1b","\u1e1c":"\u1e1d","\u1e1e":"\u1e1f","\u1e20":"\u1e21","\u1e22":"\u1e23","\u1e24":"\u1e25","\u1e26":"\u1e27","\u1e28":"\u1e29","\u1e2a":"\u1e2b","\u1e2c":"\u1e2d","\u1e2e":"\u1e2f","\u1e30":"\u1e31","\u1e32":"\u1e33","\u1e34":"\u1e35","\u1e36":"\u1e37","\u1e38":"\u1e39","\u1e3a":"\u1e3b","\u1e3c":"\u1e3d","\u1e3e":"\u1e3f","\u1e40":"\u1e41","\u1e42":"\u1e43","\u1e44":"\u1e45","\u1e46":"\u1e47","\u1e48":"\u1e49","\u1e4a":"\u1e4b","\u1e4c":"\u1e4d","\u1e4e":"\u1e4f","\u1e50":"\u1e51","\u1e52":"\u1e53","\u1e54":"\u1e55","\u1e56":"\u1e57","\u1e58":"\u1e59","\u1e5a":"\u1e5b","\u1e5c":"\u1e5d","\u1e5e":"\u1e5f","\u1e60":"\u1e61","\u1e62":"\u1e63","\u1e64":"\u1e65","\u1e66":"\u1e67","\u1e68":"\u1e69","\u1e6a":"\u1e6b","\u1e6c":"\u1e6d","\u1e6e":"\u1e6f","\u1e70":"\u1e71","\u1e72":"\u1e73","\u1e74":"\u1e75","\u1e76":"\u1e77","\u1e78":"\u1e79","\u1e7a":"\u1e7b","\u1e7c":"\u1e7d","\u1e7e":"\u1e7f","\u1e80":"\u1e81","\u1e82":"\u1e83","\u1e84":"\u1e85","\u1e86":"\u1e87","\u1e88":"\u1e89","\u1e8a":"\u1e8b","\u1e8c":"\u1e8d","\u1e8e":"\u1e8f","\u1e90":"\u1e91","\u1e92":"\u1e93","\u1e94":"\u1e95","\u1e96":"h\u0331","\u1e97":"t\u0308","\u1e98":"w\u030a","\u1e99":"y\u030a","\u1e9a":"a\u02be","\u1e9b":"\u1e61","\u1e9e":"ss","\u1ea0":"\u1ea1","\u1ea2":"\u1ea3","\u1ea4":"\u1ea5","\u1ea6":"\u1ea7","\u1ea8":"\u1ea9","\u1eaa":"\u1eab","\u1eac":"\u1ead","\u1eae":"\u1eaf","\u1eb0":"\u1eb1","\u1eb2":"\u1eb3","\u1eb4":"\u1eb5","\u1eb6":"\u1eb7","\u1eb8":"\u1eb9","\u1eba":"\u1ebb","\u1ebc":"\u1ebd","\u1ebe":"\u1ebf","\u1ec0":"\u1ec1","\u1ec2":"\u1ec3","\u1ec4":"\u1ec5","\u1ec6":"\u1ec7","\u1ec8":"\u1ec9","\u1eca":"\u1ecb","\u1ecc":"\u1ecd","\u1ece":"\u1ecf","\u1ed0":"\u1ed1","\u1ed2":"\u1ed3","\u1ed4":"\u1ed5","\u1ed6":"\u1ed7","\u1ed8":"\u1ed9","\u1eda":"\u1edb","\u1edc":"\u1edd","\u1ede":"\u1edf","\u1ee0":"\u1ee1","\u1ee2":"\u1ee3","\u1ee4":"\u1ee5","\u1ee6":"\u1ee7","\u1ee8":"\u1ee9","\u1eea":"\u1eeb","\u1eec":"\u1eed","\u1eee":"\u1eef","\u1ef0":"\u1ef1","\u1ef2":"\u1ef3","\u1ef4":"\u1ef5","\u1ef6":"\u1ef7","\u1ef8":"\u1ef9","\u1efa":"\u1efb","\u1efc":"\u1efd","\u1efe":"\u1eff","\u1f08":"\u1f00","\u1f09":"\u1f01","\u1f0a":"\u1f02","\u1f0b":"\u1f03","\u1f0c":"\u1f04","\u1f0d":"\u1f05","\u1f0e":"\u1f06","\u1f0f":"\u1f07","\u1f18":"\u1f10","\u1f19":"\u1f11","\u1f1a":"\u1f12","\u1f1b":"\u1f13","\u1f1c":"\u1f14","\u1f1d":"\u1f15","\u1f28":"\u1f20","\u1f29":"\u1f21","\u1f2a":"\u1f22","\u1f2b":"\u1f23","\u1f2c":"\u1f24","\u1f2d":"\u1f25","\u1f2e":"\u1f26","\u1f2f":"\u1f27","\u1f38":"\u1f30","\u1f39":"\u1f31","\u1f3a":"\u1f32","\u1f3b":"\u1f33","\u1f3c":"\u1f34","\u1f3d":"\u1f35","\u1f3e":"\u1f36","\u1f3f":"\u1f37","\u1f48":"\u1f40","\u1f49":"\u1f41","\u1f4a":"\u1f42","\u1f4b":"\u1f43","\u1f4c":"\u1f44","\u1f4d":"\u1f45","\u1f50":"\u03c5\u0313","\u1f52":"\u03c5\u0313\u0300","\u1f54":"\u03c5\u0313\u0301","\u1f56":"\u03c5\u0313\u0342","\u1f59":"\u1f51","\u1f5b":"\u1f53","\u1f5d":"\u1f55","\u1f5f":"\u1f57","\u1f68":"\u1f60","\u1f69":"\u1f61","\u1f6a":"\u1f62","\u1f6b":"\u1f63","\u1f6c":"\u1f64","\u1f6d":"\u1f65","\u1f6e":"\u1f66","\u1f6f":"\u1f67","\u1f80":"\u1f00\u03b9","\u1f81":"\u1f01\u03b9","\u1f82":"\u1f02\u03b9","\u1f83":"\u1f03\u03b9","\u1f84":"\u1f04\u03b9","\u1f85":"\u1f05\u03b9","\u1f86":"\u1f06\u03b9","\u1f87":"\u1f07\u03b9","\u1f88":"\u1f00\u03b9","\u1f89":"\u1f01\u03b9","\u1f8a":"\u1f02\u03b9","\u1f8b":"\u1f03\u03b9","\u1f8c":"\u1f04\u03b9","\u1f8d":"\u1f05\u03b9","\u1f8e":"\u1f06\u03b9","\u1f8f":"\u1f07\u03b9","\u1f90":"\u1f20\u03b9","\u1f91":"\u1f21\u03b9","\u1f92":"\u1f22\u03b9","\u1f93":"\u1f23\u03b9","\u1f94":"\u1f24\u03b9","\u1f95":"\u1f25\u03b9","\u1f96":"\u1f26\u03b9","\u1f97":"\u1f27\u03b9","\u1f98":"\u1f20\u03b9","\u1f99":"\u1f21\u03b9","\u1f9a":"\u1f22\u03b9","\u1f9b":"\u1f23\u03b9","\u1f9c":"\u1f24\u03b9","\u1f9d":"\u1f25\u03b9","\u1f9e":"\u1f26\u03b9","\u1f9f":"\u1f27\u03b9","\u1fa0":"\u1f60\u03b9","\u1fa1":"\u1f61\u03b9","\u1fa2":"\u1f62\u03b9","\u1fa3":"\u1f63\u03b9","\u1fa4":"\u1f64\u03b9","\u1fa5":"\u1f65\u03b9","\u1fa6":"\u1f66\u03b9","\u1fa7":"\u1f67\u03b9","\u1fa8":"\u1f60\u03b9","\u1fa9":"\u1f61\u03b9","\u1faa":"\u1f62\u03b9","\u1fab":"\u1f63\u03b9","\u1fac":"\u1f64\u03b9","\u1fad":"\u1f65\u03b9","\u1fae":"\u1f66\u03b9","\u1faf":"\u1f67\u03b9","\u1fb2":"\u1f70\u03b9","\u1fb3":"\u03b1\u03b9","\u1fb4":"\u03ac\u03b9","\u1fb6":"\u03b1\u0342","\u1fb7":"\u03b1\u0342\u03b9","\u1fb8":"\u1fb0","\u1fb9":"\u1fb1","\u1fba":"\u1f70","\u1fbb":"\u1f71","\u1fbc":"\u03b1\u03b9","\u1fbe":"\u03b9","\u1fc2":"\u1f74\u03b9","\u1fc3":"\u03b7\u03b9","\u1fc4":"\u03ae\u03b9","\u1fc6":"\u03b7\u0342","\u1fc7":"\u03b7\u0342\u03b9","\u1fc8":"\u1f72","\u1fc9":"\u1f73","\u1fca":"\u1f74","\u1fcb":"\u1f75","\u1fcc":"\u03b7\u03b9","\u1fd2":"\u03b9\u0308\u0300","\u1fd3":"\u03b9\u0308\u0301","\u1fd6":"\u03b9\u0342","\u1fd7":"\u03b9\u0308\u0342","\u1fd8":"\u1fd0","\u1fd9":"\u1fd1","\u1fda":"\u1f76","\u1fdb":"\u1f77","\u1fe2":"\u03c5\u0308\u0300","\u1fe3":"\u03c5\u0308\u0301","\u1fe4":"\u03c1\u0313","\u1fe6":"\u03c5\u0342","\u1fe7":"\u03c5\u0308\u0342","\u1fe8":"\u1fe0","\u1fe9":"\u1fe1","\u1fea":"\u1f7a","\u1feb":"\u1f7b","\u1fec":"\u1fe5","\u1ff2":"\u1f7c\u03b9","\u1ff3":"\u03c9\u03b9","\u1ff4":"\u03ce\u03b9","\u1ff6":"\u03c9\u0342","\u1ff7":"\u03c9\u0342\u03b9","\u1ff8":"\u1f78","\u1ff9":"\u1f79","\u1ffa":"\u1f7c","\u1ffb":"\u1f7d","\u1ffc":"\u03c9\u03b9","\u2126":"\u03c9","\u212a":"k","\u212b":"\u00e5","\u2132":"\u214e","\u2160":"\u2170","\u2161":"\u2171","\u2162":"\u2172","\u2163":"\u2173","\u2164":"\u2174","\u2165":"\u2175","\u2166":"\u2176","\u2167":"\u2177","\u2168":"\u2178","\u2169":"\u2179","\u216a":"\u217a","\u216b":"\u217b","\u216c":"\u217c","\u216d":"\u217d","\u216e":"\u217e","\u216f":"\u217f","\u2183":"\u2184","\u24b6":"\u24d0","\u24b7":"\u24d1","\u24b8":"\u24d2","\u24b9":"\u24d3","\u24ba":"\u24d4","\u24bb":"\u24d5","\u24bc":"\u24d6","\u24bd":"\u24d7","\u24be":"\u24d8","\u24bf":"\u24d9","\u24c0":"\u24da","\u24c1":"\u24db","\u24c2":"\u24dc","\u24c3":"\u24dd","\u24c4":"\u24de","\u24c5":"\u24df","\u24c6":"\u24e0","\u24c7":"\u24e1","\u24c8":"\u24e2","\u24c9":"\u24e3","\u24ca":"\u24e4","\u24cb":"\u24e5","\u24cc":"\u24e6","\u24cd":"\u24e7","\u24ce":"\u24e8","\u24cf":"\u24e9","\u2c00":"\u2c30","\u2c01":"\u2c31","\u2c02":"\u2c32","\u2c03":"\u2c33","\u2c04":"\u2c34","\u2c05":"\u2c35","\u2c06":"\u2c36","\u2c07":"\u2c37","\u2c08":"\u2c38","\u2c09":"\u2c39","\u2c0a":"\u2c3a","\u2c0b":"\u2c3b","\u2c0c":"\u2c3c","\u2c0d":"\u2c3d","\u2c0e":"\u2c3e","\u2c0f":"\u2c3f","\u2c10":"\u2c40","\u2c11":"\u2c41","\u2c12":"\u2c42","\u2c13":"\u2c43","\u2c14":"\u2c44","\u2c15":"\u2c45","\u2c16":"\u2c46","\u2c17":"\u2c47","\u2c18":"\u2c48","\u2c19":"\u2c49","\u2c1a":"\u2c4a","\u2c1b":"\u2c4b","\u2c1c":"\u2c4c","\u2c1d":"\u2c4d","\u2c1e":"\u2c4e","\u2c1f":"\u2c4f","\u2c20":"\u2c50","\u2c21":"\u2c51","\u2c22":"\u2c52","\u2c23":"\u2c53","\u2c24":"\u2c54","\u2c25":"\u2c55","\u2c26":"\u2c56","\u2c27":"\u2c57","\u2c28":"\u2c58","\u2c29":"\u2c59","\u2c2a":"\u2c5a","\u2c2b":"\u2c5b","\u2c2c":"\u2c5c","\u2c2d":"\u2c5d","\u2c2e":"\u2c5e","\u2c2f":"\u2c5f","\u2c60":"\u2c61","\u2c62":"\u026b","\u2c63":"\u1d7d","\u2c64":"\u027d","\u2c67":"\u2c68","\u2c69":"\u2c6a","\u2c6b":"\u2c6c","\u2c6d":"\u0251","\u2c6e":"\u0271","\u2c6f":"\u0250","\u2c70":"\u0252","\u2c72":"\u2c73","\u2c75":"\u2c76","\u2c7e":"\u023f","\u2c7f":"\u0240","\u2c80":"\u2c81","\u2c82":"\u2c83","\u2c84":"\u2c85","\u2c86":"\u2c87","\u2c88":"\u2c89","\u2c8a":"\u2c8b","\u2c8c":"\u2c8d","\u2c8e":"\u2c8f","\u2c90":"\u2c91","\u2c92":"\u2c93","\u2c94":"\u2c95","\u2c96":"\u2c97","\u2c98":"\u2c99","\u2c9a":"\u2c9b","\u2c9c":"\u2c9d","\u2c9e":"\u2c9f","\u2ca0":"\u2ca1","\u2ca2":"\u2ca3","\u2ca4":"\u2ca5","\u2ca6":"\u2ca7","\u2ca8":"\u2ca9","\u2caa":"\u2cab","\u2cac":"\u2cad","\u2cae":"\u2caf","\u2cb0":"\u2cb1","\u2cb2":"\u2cb3","\u2cb4":"\u2cb5","\u2cb6":"\u2cb7","\u2cb8":"\u2cb9","\u2cba":"\u2cbb","\u2cbc":"\u2cbd","\u2cbe":"\u2cbf","\u2cc0":"\u2cc1","\u2cc2":"\u2cc3","\u2cc4":"\u2cc5","\u2cc6":"\u2cc7","\u2cc8":"\u2cc9","\u2cca":"\u2ccb","\u2ccc":"\u2ccd","\u2cce":"\u2ccf","\u2cd0":"\u2cd1","\u2cd2":"\u2cd3","\u2cd4":"\u2cd5","\u2cd6":"\u2cd7","\u2cd8":"\u2cd9","\u2cda":"\u2cdb","\u2cdc":"\u2cdd","\u2cde":"\u2cdf","\u2ce0":"\u2ce1","\u2ce2":"\u2ce3","\u2ceb":"\u2cec","\u2ced":"\u2cee","\u2cf2":"\u2cf3","\ua640":"\ua641","\ua642":"\ua643","\ua644":"\ua645","\ua646":"\ua647","\ua648":"\ua649","\ua64a":"\ua64b","\ua64c":"\ua64d","\ua64e":"\ua64f","\ua650":"\ua651","\ua652":"\ua653","\ua654":"\ua655","\ua656":"\ua657","\ua658":"\ua659","\ua65a":"\ua65b","\ua65c":"\ua65d","\ua65e":"\ua65f","\ua660":"\ua661","\ua662":"\ua663","\ua664":"\ua665","\ua666":"\ua667","\ua668":"\ua669","\ua66a":"\ua66b","\ua66c":"\ua66d","\ua680":"\ua681","\ua682":"\ua683","\ua684":"\ua685","\ua686":"\ua687","\ua688":"\ua689","\ua68a":"\ua68b","\ua68c":"\ua68d","\ua68e":"\ua68f","\ua690":"\ua691","\ua692":"\ua693","\ua694":"\ua695","\ua696":"\ua697","\ua698":"\ua699","\ua69a":"\ua69b","\ua722":"\ua723","\ua724":"\ua725","\ua726":"\ua727","\ua728":"\ua729","\ua72a":"\ua72b","\ua72c":"\ua72d","\ua72e":"\ua72f","\ua732":"\ua733","\ua734":"\ua735","\ua736":"\ua737","\ua738":"\ua739","\ua73a":"\ua73b","\ua73c":"\ua73d","\ua73e":"\ua73f","\ua740":"\ua741","\ua742":"\ua743","\ua744":"\ua745","\ua746":"\ua747","\ua748":"\ua749","\ua74a":"\ua74b","\ua74c":"\ua74d","\ua74e":"\ua74f","\ua750":"\ua751","\ua752":"\ua753","\ua754":"\ua755","\ua756":"\ua757","\ua758":"\ua759","\ua75a":"\ua75b","\ua75c":"\ua75d","\ua75e":"\ua75f","\ua760":"\ua761","\ua762":"\ua763","\ua764":"\ua765","\ua766":"\ua767","\ua768":"\ua769","\ua76a":"\ua76b","\ua76c":"\ua76d","\ua76e":"\ua76f","\ua779":"\ua77a","\ua77b":"\ua77c","\ua77d":"\u1d79","\ua77e":"\ua77f","\ua780":"\ua781","\ua782":"\ua783","\ua784":"\ua785","\ua786":"\ua787","\ua78b":"\ua78c","\ua78d":"\u0265","\ua790":"\ua791","\ua792":"\ua793","\ua796":"\ua797","\ua798":"\ua799","\ua79a":"\ua79b","\ua79c":"\ua79d","\ua79e":"\ua79f","\ua7a0":"\ua7a1","\ua7a2":"\ua7a3","\ua7a4":"\ua7a5","\ua7a6":"\ua7a7","\ua7a8":"\ua7a9","\ua7aa":"\u0266","\ua7ab":"\u025c","\ua7ac":"\u0261","\ua7ad":"\u026c","\ua7ae":"\u026a","\ua7b0":"\u029e","\ua7b1":"\u0287","\ua7b2":"\u029d","\ua7b3":"\uab53","\ua7b4":"\ua7b5","\ua7b6":"\ua7b7","\ua7b8":"\ua7b9","\ua7ba":"\ua7bb","\ua7bc":"\ua7bd","\ua7be":"\ua7bf","\ua7c0":"\ua7c1","\ua7c2":"\ua7c3","\ua7c4":"\ua794","\ua7c5":"\u0282","\ua7c6":"\u1d8e","\ua7c7":"\ua7c8","\ua7c9":"\ua7ca","\ua7d0":"\ua7d1","\ua7d6":"\ua7d7","\ua7d8":"\ua7d9","\ua7f5":"\ua7f6","\uab70":"\u13a0","\uab71":"\u13a1","\uab72":"\u13a2","\uab73":"\u13a3","\uab74":"\u13a4","\uab75":"\u13a5","\uab76":"\u13a6","\uab77":"\u13a7","\uab78":"\u13a8","\uab79":"\u13a9","\uab7a":"\u13aa","\uab7b":"\u13ab","\uab7c":"\u13ac","\uab7d":"\u13ad","\uab7e":"\u13ae","\uab7f":"\u13af","\uab80":"\u13b0","\uab81":"\u13b1","\uab82":"\u13b2","\uab83":"\u13b3","\uab84":"\u13b4","\uab85":"\u13b5","\uab86":"\u13b6","\uab87":"\u13b7","\uab88":"\u13b8","\uab89":"\u13b9","\uab8a":"\u13ba","\uab8b":"\u13bb","\uab8c":"\u13bc","\uab8d":"\u13bd","\uab8e":"\u13be","\uab8f":"\u13bf","\uab90":"\u13c0","\uab91":"\u13c1","\uab92":"\u13c2","\uab93":"\u13c3","\uab94":"\u13c4","\uab95":"\u13c5","\uab96":"\u13c6","\uab97":"\u13c7","\uab98":"\u13c8","\uab99":"\u13c9","\uab9a":"\u13ca","\uab9b":"\u13cb","\uab9c":"\u13cc","\uab9d":"\u13cd","\uab9e":"\u13ce","\uab9f":"\u13cf","\uaba0":"\u13d0","\uaba1":"\u13d1","\uaba2":"\u13d2","\uaba3":"\u13d3","\uaba4":"\u13d4","\uaba5":"\u13d5","\uaba6":"\u13d6","\uaba7":"\u13d7","\uaba8":"\u13d8","\uaba9":"\u13d9","\uabaa":"\u13da","\uabab":"\u13db","\uabac":"\u13dc","\uabad":"\u13dd","\uabae":"\u13de","\uabaf":"\u13df","\uabb0":"\u13e0","\uabb1":"\u13e1","\uabb2":"\u13e2","\uabb3":"\u13e3","\uabb4":"\u13e4","\uabb5":"\u13e5","\uabb6":"\u13e6","\uabb7":"\u13e7","\uabb8":"\u13e8","\uabb9":"\u13e9","\uabba":"\u13ea","\uabbb":"\u13eb","\uabbc":"\u13ec","\uabbd":"\u13ed","\uabbe":"\u13ee","\uabbf":"\u13ef","\ufb00":"ff","\ufb01":"fi","\ufb02":"fl","\ufb03":"ffi","\ufb04":"ffl","\ufb05":"st","\ufb06":"st","\ufb13":"\u0574\u0576","\ufb14":"\u0574\u0565","\ufb15":"\u0574\u056b","\ufb16":"\u057e\u0576","\ufb17":"\u0574\u056d","\uff21":"\uff41","\uff22":"\uff42","\uff23":"\uff43","\uff24":"\uff44","\uff25":"\uff45","\uff26":"\uff46","\uff27":"\uff47","\uff28":"\uff48","\uff29":"\uff49","\uff2a":"\uff4a","\uff2b":"\uff4b","\uff2c":"\uff4c","\uff2d":"\uff4d","\uff2e":"\uff4e","\uff2f":"\uff4f","\uff30":"\uff50","\uff31":"\uff51","\uff32":"\uff52","\uff33":"\uff53","\uff34":"\uff54","\uff35":"\uff55","\uff36":"\uff56","\uff37":"\uff57","\uff38":"\uff58","\uff39":"\uff59","\uff3a":"\uff5a","\ud801\udc00":"\ud801\udc28","\ud801\udc01":"\ud801\udc29","\ud801\udc02":"\ud801\udc2a","\ud801\udc03":"\ud801\udc2b","\ud801\udc04":"\ud801\udc2c","\ud801\udc05":"\ud801\udc2d","\ud801\udc06":"\ud801\udc2e","\ud801\udc07":"\ud801\udc2f","\ud801\udc08":"\ud801\udc30","\ud801\udc09":"\ud801\udc31","\ud801\udc0a":"\ud801\udc32","\ud801\udc0b":"\ud801\udc33","\ud801\udc0c":"\ud801\udc34","\ud801\udc0d":"\ud801\udc35","\ud801\udc0e":"\ud801\udc36","\ud801\udc0f":"\ud801\udc37","\ud801\udc10":"\ud801\udc38","\ud801\udc11":"\ud801\udc39","\ud801\udc12":"\ud801\udc3a","\ud801\udc13":"\ud801\udc3b","\ud801\udc14":"\ud801\udc3c","\ud801\udc15":"\ud801\udc3d","\ud801\udc16":"\ud801\udc3e","\ud801\udc17":"\ud801\udc3f","\ud801\udc18":"\ud801\udc40","\ud801\udc19":"\ud801\udc41","\ud801\udc1a":"\ud801\udc42","\ud801\udc1b":"\ud801\udc43","\ud801\udc1c":"\ud801\udc44","\ud801\udc1d":"\ud801\udc45","\ud801\udc1e":"\ud801\udc46","\ud801\udc1f":"\ud801\udc47","\ud801\udc20":"\ud801\udc48","\ud801\udc21":"\ud801\udc49","\ud801\udc22":"\ud801\udc4a","\ud801\udc23":"\ud801\udc4b","\ud801\udc24":"\ud801\udc4c","\ud801\udc25":"\ud801\udc4d","\ud801\udc26":"\ud801\udc4e","\ud801\udc27":"\ud801\udc4f","\ud801\udcb0":"\ud801\udcd8","\ud801\udcb1":"\ud801\udcd9","\ud801\udcb2":"\ud801\udcda","\ud801\udcb3":"\ud801\udcdb","\ud801\udcb4":"\ud801\udcdc","\ud801\udcb5":"\ud801\udcdd","\ud801\udcb6":"\ud801\udcde","\ud801\udcb7":"\ud801\udcdf","\ud801\udcb8":"\ud801\udce0","\ud801\udcb9":"\ud801\udce1","\ud801\udcba":"\ud801\udce2","\ud801\udcbb":"\ud801\udce3","\ud801\udcbc":"\ud801\udce4","\ud801\udcbd":"\ud801\udce5","\ud801\udcbe":"\ud801\udce6","\ud801\udcbf":"\ud801\udce7","\ud801\udcc0":"\ud801\udce8","\ud801\udcc1":"\ud801\udce9","\ud801\udcc2":"\ud801\udcea","\ud801\udcc3":"\ud801\udceb","\ud801\udcc4":"\ud801\udcec","\ud801\udcc5":"\ud801\udced","\ud801\udcc6":"\ud801\udcee","\ud801\udcc7":"\ud801\udcef","\ud801\udcc8":"\ud801\udcf0","\ud801\udcc9":"\ud801\udcf1","\ud801\udcca":"\ud801\udcf2","\ud801\udccb":"\ud801\udcf3","\ud801\udccc":"\ud801\udcf4","\ud801\udccd":"\ud801\udcf5","\ud801\udcce":"\ud801\udcf6","\ud801\udccf":"\ud801\udcf7","\ud801\udcd0":"\ud801\udcf8","\ud801\udcd1":"\ud801\udcf9","\ud801\udcd2":"\ud801\udcfa","\ud801\udcd3":"\ud801\udcfb","\ud801\udd70":"\ud801\udd97","\ud801\udd71":"\ud801\udd98","\ud801\udd72":"\ud801\udd99","\ud801\udd73":"\ud801\udd9a","\ud801\udd74":"\ud801\udd9b","\ud801\udd75":"\ud801\udd9c","\ud801\udd76":"\ud801\udd9d","\ud801\udd77":"\ud801\udd9e","\ud801\udd78":"\ud801\udd9f","\ud801\udd79":"\ud801\udda0","\ud801\udd7a":"\ud801\udda1","\ud801\udd7c":"\ud801\udda3","\ud801\udd7d":"\ud801\udda4","\ud801\udd7e":"\ud801\udda5","\ud801\udd7f":"\ud801\udda6","\ud801\udd80":"\ud801\udda7","\ud801\udd81":"\ud801\udda8","\ud801\udd82":"\ud801\udda9","\ud801\udd83":"\ud801\uddaa","\ud801\udd84":"\ud801\uddab","\ud801\udd85":"\ud801\uddac","\ud801\udd86":"\ud801\uddad","\ud801\udd87":"\ud801\uddae","\ud801\udd88":"\ud801\uddaf","\ud801\udd89":"\ud801\uddb0","\ud801\udd8a":"\ud801\uddb1","\ud801\udd8c":"\ud801\uddb3","\ud801\udd8d":"\ud801\uddb4","\ud801\udd8e":"\ud801\uddb5","\ud801\udd8f":"\ud801\uddb6","\ud801\udd90":"\ud801\uddb7","\ud801\udd91":"\ud801\uddb8","\ud801\udd92":"\ud801\uddb9","\ud801\udd94":"\ud801\uddbb","\ud801\udd95":"\ud801\uddbc","\ud803\udc80":"\ud803\udcc0","\ud803\udc81":"\ud803\udcc1","\ud803\udc82":"\ud803\udcc2","\ud803\udc83":"\ud803\udcc3","\ud803\udc84":"\ud803\udcc4","\ud803\udc85":"\ud803\udcc5","\ud803\udc86":"\ud803\udcc6","\ud803\udc87":"\ud803\udcc7","\ud803\udc88":"\ud803\udcc8","\ud803\udc89":"\ud803\udcc9","\ud803\udc8a":"\ud803\udcca","\ud803\udc8b":"\ud803\udccb","\ud803\udc8c":"\ud803\udccc","\ud803\udc8d":"\ud803\udccd","\ud803\udc8e":"\ud803\udcce","\ud803\udc8f":"\ud803\udccf","\ud803\udc90":"\ud803\udcd0","\ud803\udc91":"\ud803\udcd1","\ud803\udc92":"\ud803\udcd2","\ud803\udc93":"\ud803\udcd3","\ud803\udc94":"\ud803\udcd4","\ud803\udc95":"\ud803\udcd5","\ud803\udc96":"\ud803\udcd6","\ud803\udc97":"\ud803\udcd7","\ud803\udc98":"\ud803\udcd8","\ud803\udc99":"\ud803\udcd9","\ud803\udc9a":"\ud803\udcda","\ud803\udc9b":"\ud803\udcdb","\ud803\udc9c":"\ud803\udcdc","\ud803\udc9d":"\ud803\udcdd","\ud803\udc9e":"\ud803\udcde","\ud803\udc9f":"\ud803\udcdf","\ud803\udca0":"\ud803\udce0","\ud803\udca1":"\ud803\udce1","\ud803\udca2":"\ud803\udce2","\ud803\udca3":"\ud803\udce3","\ud803\udca4":"\ud803\udce4","\ud803\udca5":"\ud803\udce5","\ud803\udca6":"\ud803\udce6","\ud803\udca7":"\ud803\udce7","\ud803\udca8":"\ud803\udce8","\ud803\udca9":"\ud803\udce9","\ud803\udcaa":"\ud803\udcea","\ud803\udcab":"\ud803\udceb","\ud803\udcac":"\ud803\udcec","\ud803\udcad":"\ud803\udced","\ud803\udcae":"\ud803\udcee","\ud803\udcaf":"\ud803\udcef","\ud803\udcb0":"\ud803\udcf0","\ud803\udcb1":"\ud803\udcf1","\ud803\udcb2":"\ud803\udcf2","\ud806\udca0":"\ud806\udcc0","\ud806\udca1":"\ud806\udcc1","\ud806\udca2":"\ud806\udcc2","\ud806\udca3":"\ud806\udcc3","\ud806\udca4":"\ud806\udcc4","\ud806\udca5":"\ud806\udcc5","\ud806\udca6":"\ud806\udcc6","\ud806\udca7":"\ud806\udcc7","\ud806\udca8":"\ud806\udcc8","\ud806\udca9":"\ud806\udcc9","\ud806\udcaa":"\ud806\udcca","\ud806\udcab":"\ud806\udccb","\ud806\udcac":"\ud806\udccc","\ud806\udcad":"\ud806\udccd","\ud806\udcae":"\ud806\udcce","\ud806\udcaf":"\ud806\udccf","\ud806\udcb0":"\ud806\udcd0","\ud806\udcb1":"\ud806\udcd1","\ud806\udcb2":"\ud806\udcd2","\ud806\udcb3":"\ud806\udcd3","\ud806\udcb4":"\ud806\udcd4","\ud806\udcb5":"\ud806\udcd5","\ud806\udcb6":"\ud806\udcd6","\ud806\udcb7":"\ud806\udcd7","\ud806\udcb8":"\ud806\udcd8","\ud806\udcb9":"\ud806\udcd9","\ud806\udcba":"\ud806\udcda","\ud806\udcbb":"\ud806\udcdb","\ud806\udcbc":"\ud806\udcdc","\ud806\udcbd":"\ud806\udcdd","\ud806\udcbe":"\ud806\udcde","\ud806\udcbf":"\ud806\udcdf","\ud81b\ude40":"\ud81b\ude60","\ud81b\ude41":"\ud81b\ude61","\ud81b\ude42":"\ud81b\ude62","\ud81b\ude43":"\ud81b\ude63","\ud81b\ude44":"\ud81b\ude64","\ud81b\ude45":"\ud81b\ude65","\ud81b\ude46":"\ud81b\ude66","\ud81b\ude47":"\ud81b\ude67","\ud81b\ude48":"\ud81b\ude68","\ud81b\ude49":"\ud81b\ude69","\ud81b\ude4a":"\ud81b\ude6a","\ud81b\ude4b":"\ud81b\ude6b","\ud81b\ude4c":"\ud81b\ude6c","\ud81b\ude4d":"\ud81b\ude6d","\ud81b\ude4e":"\ud81b\ude6e","\ud81b\ude4f":"\ud81b\ude6f","\ud81b\ude50":"\ud81b\ude70","\ud81b\ude51":"\ud81b\ude71","\ud81b\ude52":"\ud81b\ude72","\ud81b\ude53":"\ud81b\ude73","\ud81b\ude54":"\ud81b\ude74","\ud81b\ude55":"\ud81b\ude75","\ud81b\ude56":"\ud81b\ude76","\ud81b\ude57":"\ud81b\ude77","\ud81b\ude58":"\ud81b\ude78","\ud81b\ude59":"\ud81b\ude79","\ud81b\ude5a":"\ud81b\ude7a","\ud81b\ude5b":"\ud81b\ude7b","\ud81b\ude5c":"\ud81b\ude7c","\ud81b\ude5d":"\ud81b\ude7d","\ud81b\ude5e":"\ud81b\ude7e","\ud81b\ude5f":"\ud81b\ude7f","\ud83a\udd00":"\ud83a\udd22","\ud83a\udd01":"\ud83a\udd23","\ud83a\udd02":"\ud83a\udd24","\ud83a\udd03":"\ud83a\udd25","\ud83a\udd04":"\ud83a\udd26","\ud83a\udd05":"\ud83a\udd27","\ud83a\udd06":"\ud83a\udd28","\ud83a\udd07":"\ud83a\udd29","\ud83a\udd08":"\ud83a\udd2a","\ud83a\udd09":"\ud83a\udd2b","\ud83a\udd0a":"\ud83a\udd2c","\ud83a\udd0b":"\ud83a\udd2d","\ud83a\udd0c":"\ud83a\udd2e","\ud83a\udd0d":"\ud83a\udd2f","\ud83a\udd0e":"\ud83a\udd30","\ud83a\udd0f":"\ud83a\udd31","\ud83a\udd10":"\ud83a\udd32","\ud83a\udd11":"\ud83a\udd33","\ud83a\udd12":"\ud83a\udd34","\ud83a\udd13":"\ud83a\udd35","\ud83a\udd14":"\ud83a\udd36","\ud83a\udd15":"\ud83a\udd37","\ud83a\udd16":"\ud83a\udd38","\ud83a\udd17":"\ud83a\udd39","\ud83a\udd18":"\ud83a\udd3a","\ud83a\udd19":"\ud83a\udd3b","\ud83a\udd1a":"\ud83a\udd3c","\ud83a\udd1b":"\ud83a\udd3d","\ud83a\udd1c":"\ud83a\udd3e","\ud83a\udd1d":"\ud83a\udd3f","\ud83a\udd1e":"\ud83a\udd40","\ud83a\udd1f":"\ud83a\udd41","\ud83a\udd20":"\ud83a\udd42","\ud83a\udd21":"\ud83a\udd43"}$u$::pg_catalog.jsonb $fn$;
COMMENT ON FUNCTION stagenorm._unicode_casefold() IS 'Private, generated by stagenorm/unicode_data.py: str.casefold of one character, where it differs.';
CREATE FUNCTION stagenorm._unicode_ccc() RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u${"\u0300":230,"\u0301":230,"\u0302":230,"\u0303":230,"\u0304":230,"\u0305":230,"\u0306":230,"\u0307":230,"\u0308":230,"\u0309":230,"\u030a":230,"\u030b":230,"\u030c":230,"\u030d":230,"\u030e":230,"\u030f":230,"\u0310":230,"\u0311":230,"\u0312":230,"\u0313":230,"\u0314":230,"\u0315":232,"\u0316":220,"\u0317":220,"\u0318":220,"\u0319":220,"\u031a":232,"\u031b":216,"\u031c":220,"\u031d":220,"\u031e":220,"\u031f":220,"\u0320":220,"\u0321":202,"\u0322":202,"\u0323":220,"\u0324":220,"\u0325":220,"\u0326":220,"\u0327":202,"\u0328":202,"\u0329":220,"\u032a":220,"\u032b":220,"\u032c":220,"\u032d":220,"\u032e":220,"\u032f":220,"\u0330":220,"\u0331":220,"\u0332":220,"\u0333":220,"\u0334":1,"\u0335":1,"\u0336":1,"\u0337":1,"\u0338":1,"\u0339":220,"\u033a":220,"\u033b":220,"\u033c":220,"\u033d":230,"\u033e":230,"\u033f":230,"\u0340":230,"\u0341":230,"\u0342":230,"\u0343":230,"\u0344":230,"\u0345":240,"\u0346":230,"\u0347":220,"\u0348":220,"\u0349":220,"\u034a":230,"\u034b":230,"\u034c":230,"\u034d":220,"\u034e":220,"\u0350":230,"\u0351":230,"\u0352":230,"\u0353":220,"\u0354":220,"\u0355":220,"\u0356":220,"\u0357":230,"\u0358":232,"\u0359":220,"\u035a":220,"\u035b":230,"\u035c":233,"\u035d":234,"\u035e":234,"\u035f":233,"\u0360":234,"\u0361":234,"\u0362":233,"\u0363":230,"\u0364":230,"\u0365":230,"\u0366":230,"\u0367":230,"\u0368":230,"\u0369":230,"\u036a":230,"\u036b":230,"\u036c":230,"\u036d":230,"\u036e":230,"\u036f":230,"\u0483":230,"\u0484":230,"\u0485":230,"\u0486":230,"\u0487":230,"\u0591":220,"\u0592":230,"\u0593":230,"\u0594":230,"\u0595":230,"\u0596":220,"\u0597":230,"\u0598":230,"\u0599":230,"\u059a":222,"\u059b":220,"\u059c":230,"\u059d":230,"\u059e":230,"\u059f":230,"\u05a0":230,"\u05a1":230,"\u05a2":220,"\u05a3":220,"\u05a4":220,"\u05a5":220,"\u05a6":220,"\u05a7":220,"\u05a8":230,"\u05a9":230,"\u05aa":220,"\u05ab":230,"\u05ac":230,"\u05ad":222,"\u05ae":228,"\u05af":230,"\u05b0":10,"\u05b1":11,"\u05b2":12,"\u05b3":13,"\u05b4":14,"\u05b5":15,"\u05b6":16,"\u05b7":17,"\u05b8":18,"\u05b9":19,"\u05ba":19,"\u05bb":20,"\u05bc":21,"\u05bd":22,"\u05bf":23,"\u05c1":24,"\u05c2":25,"\u05c4":230,"\u05c5":220,"\u05c7":18,"\u0610":230,"\u0611":230,"\u0612":230,"\u0613":230,"\u0614":230,"\u0615":230,"\u0616":230,"\u0617":230,"\u0618":30,"\u0619":31,"\u061a":32,"\u064b":27,"\u064c":28,"\u064d":29,"\u064e":30,"\u064f":31,"\u0650":32,"\u0651":33,"\u0652":34,"\u0653":230,"\u0654":230,"\u0655":220,"\u0656":220,"\u0657":230,"\u0658":230,"\u0659":230,"\u065a":230,"\u065b":230,"\u065c":220,"\u065d":230,"\u065e":230,"\u065f":220,"\u0670":35,"\u06d6":230,"\u06d7":230,"\u06d8":230,"\u06d9":230,"\u06da":230,"\u06db":230,"\u06dc":230,"\u06df":230,"\u06e0":230,"\u06e1":230,"\u06e2":230,"\u06e3":220,"\u06e4":230,"\u06e7":230,"\u06e8":230,"\u06ea":220,"\u06eb":230,"\u06ec":230,"\u06ed":220,"\u0711":36,"\u0730":230,"\u0731":220,"\u0732":230,"\u0733":230,"\u0734":220,"\u0735":230,"\u0736":230,"\u0737":220,"\u0738":220,"\u0739":220,"\u073a":230,"\u073b":220,"\u073c":220,"\u073d":230,"\u073e":220,"\u073f":230,"\u0740":230,"\u0741":230,"\u0742":220,"\u0743":230,"\u0744":220,"\u0745":230,"\u0746":220,"\u0747":230,"\u0748":220,"\u0749":230,"\u074a":230,"\u07eb":230,"\u07ec":230,"\u07ed":230,"\u07ee":230,"\u07ef":230,"\u07f0":230,"\u07f1":230,"\u07f2":220,"\u07f3":230,"\u07fd":220,"\u0816":230,"\u0817":230,"\u0818":230,"\u0819":230,"\u081b":230,"\u081c":230,"\u081d":230,"\u081e":230,"\u081f":230,"\u0820":230,"\u0821":230,"\u0822":230,"\u0823":230,"\u0825":230,"\u0826":230,"\u0827":230,"\u0829":230,"\u082a":230,"\u082b":230,"\u082c":230,"\u082d":230,"\u0859":220,"\u085a":220,"\u085b":220,"\u0898":230,"\u0899":220,"\u089a":220,"\u089b":220,"\u089c":230,"\u089d":230,"\u089e":230,"\u089f":230,"\u08ca":230,"\u08cb":230,"\u08cc":230,"\u08cd":230,"\u08ce":230,"\u08cf":220,"\u08d0":220,"\u08d1":220,"\u08d2":220,"\u08d3":220,"\u08d4":230,"\u08d5":230,"\u08d6":230,"\u08d7":230,"\u08d8":230,"\u08d9":230,"\u08da":230,"\u08db":230,"\u08dc":230,"\u08dd":230,"\u08de":230,"\u08df":230,"\u08e0":230,"\u08e1":230,"\u08e3":220,"\u08e4":230,"\u08e5":230,"\u08e6":220,"\u08e7":230,"\u08e8":230,"\u08e9":220,"\u08ea":230,"\u08eb":230,"\u08ec":230,"\u08ed":220,"\u08ee":220,"\u08ef":220,"\u08f0":27,"\u08f1":28,"\u08f2":29,"\u08f3":230,"\u08f4":230,"\u08f5":230,"\u08f6":220,"\u08f7":230,"\u08f8":230,"\u08f9":220,"\u08fa":220,"\u08fb":230,"\u08fc":230,"\u08fd":230,"\u08fe":230,"\u08ff":230,"\u093c":7,"\u094d":9,"\u0951":230,"\u0952":220,"\u0953":230,"\u0954":230,"\u09bc":7,"\u09cd":9,"\u09fe":230,"\u0a3c":7,"\u0a4d":9,"\u0abc":7,"\u0acd":9,"\u0b3c":7,"\u0b4d":9,"\u0bcd":9,"\u0c3c":7,"\u0c4d":9,"\u0c55":84,"\u0c56":91,"\u0cbc":7,"\u0ccd":9,"\u0d3b":9,"\u0d3c":9,"\u0d4d":9,"\u0dca":9,"\u0e38":103,"\u0e39":103,"\u0e3a":9,"\u0e48":107,"\u0e49":107,"\u0e4a":107,"\u0e4b":107,"\u0eb8":118,"\u0eb9":118,"\u0eba":9,"\u0ec8":122,"\u0ec9":122,"\u0eca":122,"\u0ecb":122,"\u0f18":220,"\u0f19":220,"\u0f35":220,"\u0f37":220,"\u0f39":216,"\u0f71":129,"\u0f72":130,"\u0f74":132,"\u0f7a":130,"\u0f7b":130,"\u0f7c":130,"\u0f7d":130,"\u0f80":130,"\u0f82":230,"\u0f83":230,"\u0f84":9,"\u0f86":230,"\u0f87":230,"\u0fc6":220,"\u1037":7,"\u1039":9,"\u103a":9,"\u108d":220,"\u135d":230,"\u135e":230,"\u135f":230,"\u1714":9,"\u1715":9,"\u1734":9,"\u17d2":9,"\u17dd":230,"\u18a9":228,"\u1939":222,"\u193a":230,"\u193b":220,"\u1a17":230,"\u1a18":220,"\u1a60":9,"\u1a75":230,"\u1a76":230,"\u1a77":230,"\u1a78":230,"\u1a79":230,"\u1a7a":230,"\u1a7b":230,"\u1a7c":230,"\u1a7f":220,"\u1ab0":230,"\u1ab1":230,"\u1ab2":230,"\u1ab3":230,"\u1ab4":230,"\u1ab5":220,"\u1ab6":220,"\u1ab7":220,"\u1ab8":220,"\u1ab9":220,"\u1aba":220,"\u1abb":230,"\u1abc":230,"\u1abd":220,"\u1abf":220,"\u1ac0":220,"\u1ac1":230,"\u1ac2":230,"\u1ac3":220,"\u1ac4":220,"\u1ac5":230,"\u1ac6":230,"\u1ac7":230,"\u1ac8":230,"\u1ac9":230,"\u1aca":220,"\u1acb":230,"\u1acc":230,"\u1acd":230,"\u1ace":230,"\u1b34":7,"\u1b44":9,"\u1b6b":230,"\u1b6c":220,"\u1b6d":230,"\u1b6e":230,"\u1b6f":230,"\u1b70":230,"\u1b71":230,"\u1b72":230,"\u1b73":230,"\u1baa":9,"\u1bab":9,"\u1be6":7,"\u1bf2":9,"\u1bf3":9,"\u1c37":7,"\u1cd0":230,"\u1cd1":230,"\u1cd2":230,"\u1cd4":1,"\u1cd5":220,"\u1cd6":220,"\u1cd7":220,"\u1cd8":220,"\u1cd9":220,"\u1cda":230,"\u1cdb":230,"\u1cdc":220,"\u1cdd":220,"\u1cde":220,"\u1cdf":220,"\u1ce0":230,"\u1ce2":1,"\u1ce3":1,"\u1ce4":1,"\u1ce5":1,"\u1ce6":1,"\u1ce7":1,"\u1ce8":1,"\u1ced":220,"\u1cf4":230,"\u1cf8":230,"\u1cf9":230,"\u1dc0":230,"\u1dc1":230,"\u1dc2":220,"\u1dc3":230,"\u1dc4":230,"\u1dc5":230,"\u1dc6":230,"\u1dc7":230,"\u1dc8":230,"\u1dc9":230,"\u1dca":220,"\u1dcb":230,"\u1dcc":230,"\u1dcd":234,"\u1dce":214,"\u1dcf":220,"\u1dd0":202,"\u1dd1":230,"\u1dd2":230,"\u1dd3":230,"\u1dd4":230,"\u1dd5":230,"\u1dd6":230,"\u1dd7":230,"\u1dd8":230,"\u1dd9":230,"\u1dda":230,"\u1ddb":230,"\u1ddc":230,"\u1ddd":230,"\u1dde":230,"\u1ddf":230,"\u1de0":230,"\u1de1":230,"\u1de2":230,"\u1de3":230,"\u1de4":230,"\u1de5":230,"\u1de6":230,"\u1de7":230,"\u1de8":230,"\u1de9":230,"\u1dea":230,"\u1deb":230,"\u1dec":230,"\u1ded":230,"\u1dee":230,"\u1def":230,"\u1df0":230,"\u1df1":230,"\u1df2":230,"\u1df3":230,"\u1df4":230,"\u1df5":230,"\u1df6":232,"\u1df7":228,"\u1df8":228,"\u1df9":220,"\u1dfa":218,"\u1dfb":230,"\u1dfc":233,"\u1dfd":220,"\u1dfe":230,"\u1dff":220,"\u20d0":230,"\u20d1":230,"\u20d2":1,"\u20d3":1,"\u20d4":230,"\u20d5":230,"\u20d6":230,"\u20d7":230,"\u20d8":1,"\u20d9":1,"\u20da":1,"\u20db":230,"\u20dc":230,"\u20e1":230,"\u20e5":1,"\u20e6":1,"\u20e7":230,"\u20e8":220,"\u20e9":230,"\u20ea":1,"\u20eb":1,"\u20ec":220,"\u20ed":220,"\u20ee":220,"\u20ef":220,"\u20f0":230,"\u2cef":230,"\u2cf0":230,"\u2cf1":230,"\u2d7f":9,"\u2de0":230,"\u2de1":230,"\u2de2":230,"\u2de3":230,"\u2de4":230,"\u2de5":230,"\u2de6":230,"\u2de7":230,"\u2de8":230,"\u2de9":230,"\u2dea":230,"\u2deb":230,"\u2dec":230,"\u2ded":230,"\u2dee":230,"\u2def":230,"\u2df0":230,"\u2df1":230,"\u2df2":230,"\u2df3":230,"\u2df4":230,"\u2df5":230,"\u2df6":230,"\u2df7":230,"\u2df8":230,"\u2df9":230,"\u2dfa":230,"\u2dfb":230,"\u2dfc":230,"\u2dfd":230,"\u2dfe":230,"\u2dff":230,"\u302a":218,"\u302b":228,"\u302c":232,"\u302d":222,"\u302e":224,"\u302f":224,"\u3099":8,"\u309a":8,"\ua66f":230,"\ua674":230,"\ua675":230,"\ua676":230,"\ua677":230,"\ua678":230,"\ua679":230,"\ua67a":230,"\ua67b":230,"\ua67c":230,"\ua67d":230,"\ua69e":230,"\ua69f":230,"\ua6f0":230,"\ua6f1":230,"\ua806":9,"\ua82c":9,"\ua8c4":9,"\ua8e0":230,"\ua8e1":230,"\ua8e2":230,"\ua8e3":230,"\ua8e4":230,"\ua8e5":230,"\ua8e6":230,"\ua8e7":230,"\ua8e8":230,"\ua8e9":230,"\ua8ea":230,"\ua8eb":230,"\ua8ec":230,"\ua8ed":230,"\ua8ee":230,"\ua8ef":230,"\ua8f0":230,"\ua8f1":230,"\ua92b":220,"\ua92c":220,"\ua92d":220,"\ua953":9,"\ua9b3":7,"\ua9c0":9,"\uaab0":230,"\uaab2":230,"\uaab3":230,"\uaab4":220,"\uaab7":230,"\uaab8":230,"\uaabe":230,"\uaabf":230,"\uaac1":230,"\uaaf6":9,"\uabed":9,"\ufb1e":26,"\ufe20":230,"\ufe21":230,"\ufe22":230,"\ufe23":230,"\ufe24":230,"\ufe25":230,"\ufe26":230,"\ufe27":220,"\ufe28":220,"\ufe29":220,"\ufe2a":220,"\ufe2b":220,"\ufe2c":220,"\ufe2d":220,"\ufe2e":230,"\ufe2f":230,"\ud800\uddfd":220,"\ud800\udee0":220,"\ud800\udf76":230,"\ud800\udf77":230,"\ud800\udf78":230,"\ud800\udf79":230,"\ud800\udf7a":230,"\ud802\ude0d":220,"\ud802\ude0f":230,"\ud802\ude38":230,"\ud802\ude39":1,"\ud802\ude3a":220,"\ud802\ude3f":9,"\ud802\udee5":230,"\ud802\udee6":220,"\ud803\udd24":230,"\ud803\udd25":230,"\ud803\udd26":230,"\ud803\udd27":230,"\ud803\udeab":230,"\ud803\udeac":230,"\ud803\udf46":220,"\ud803\udf47":220,"\ud803\udf48":230,"\ud803\udf49":230,"\ud803\udf4a":230,"\ud803\udf4b":220,"\ud803\udf4c":230,"\ud803\udf4d":220,"\ud803\udf4e":220,"\ud803\udf4f":220,"\ud803\udf50":220,"\ud803\udf82":230,"\ud803\udf83":220,"\ud803\udf84":230,"\ud803\udf85":220,"\ud804\udc46":9,"\ud804\udc70":9,"\ud804\udc7f":9,"\ud804\udcb9":9,"\ud804\udcba":7,"\ud804\udd00":230,"\ud804\udd01":230,"\ud804\udd02":230,"\ud804\udd33":9,"\ud804\udd34":9,"\ud804\udd73":7,"\ud804\uddc0":9,"\ud804\uddca":7,"\ud804\ude35":9,"\ud804\ude36":7,"\ud804\udee9":7,"\ud804\udeea":9,"\ud804\udf3b":7,"\ud804\udf3c":7,"\ud804\udf4d":9,"\ud804\udf66":230,"\ud804\udf67":230,"\ud804\udf68":230,"\ud804\udf69":230,"\ud804\udf6a":230,"\ud804\udf6b":230,"\ud804\udf6c":230,"\ud804\udf70":230,"\ud804\udf71":230,"\ud804\udf72":230,"\ud804\udf73":230,"\ud804\udf74":230,"\ud805\udc42":9,"\ud805\udc46":7,"\ud805\udc5e":230,"\ud805\udcc2":9,"\ud805\udcc3":7,"\ud805\uddbf":9,"\ud805\uddc0":7,"\ud805\ude3f":9,"\ud805\udeb6":9,"\ud805\udeb7":7,"\ud805\udf2b":9,"\ud806\udc39":9,"\ud806\udc3a":7,"\ud806\udd3d":9,"\ud806\udd3e":9,"\ud806\udd43":7,"\ud806\udde0":9,"\ud806\ude34":9,"\ud806\ude47":9,"\ud806\ude99":9,"\ud807\udc3f":9,"\ud807\udd42":7,"\ud807\udd44":9,"\ud807\udd45":9,"\ud807\udd97":9,"\ud81a\udef0":1,"\ud81a\udef1":1,"\ud81a\udef2":1,"\ud81a\udef3":1,"\ud81a\udef4":1,"\ud81a\udf30":230,"\ud81a\udf31":230,"\ud81a\udf32":230,"\ud81a\udf33":230,"\ud81a\udf34":230,"\ud81a\udf35":230,"\ud81a\udf36":230,"\ud81b\udff0":6,"\ud81b\udff1":6,"\ud82f\udc9e":1,"\ud834\udd65":216,"\ud834\udd66":216,"\ud834\udd67":1,"\ud834\udd68":1,"\ud834\udd69":1,"\ud834\udd6d":226,"\ud834\udd6e":216,"\ud834\udd6f":216,"\ud834\udd70":216,"\ud834\udd71":216,"\ud834\udd72":216,"\ud834\udd7b":220,"\ud834\udd7c":220,"\ud834\udd7d":220,"\ud834\udd7e":220,"\ud834\udd7f":220,"\ud834\udd80":220,"\ud834\udd81":220,"\ud834\udd82":220,"\ud834\udd85":230,"\ud834\udd86":230,"\ud834\udd87":230,"\ud834\udd88":230,"\ud834\udd89":230,"\ud834\udd8a":220,"\ud834\udd8b":220,"\ud834\uddaa":230,"\ud834\uddab":230,"\ud834\uddac":230,"\ud834\uddad":230,"\ud834\ude42":230,"\ud834\ude43":230,"\ud834\ude44":230,"\ud838\udc00":230,"\ud838\udc01":230,"\ud838\udc02":230,"\ud838\udc03":230,"\ud838\udc04":230,"\ud838\udc05":230,"\ud838\udc06":230,"\ud838\udc08":230,"\ud838\udc09":230,"\ud838\udc0a":230,"\ud838\udc0b":230,"\ud838\udc0c":230,"\ud838\udc0d":230,"\ud838\udc0e":230,"\ud838\udc0f":230,"\ud838\udc10":230,"\ud838\udc11":230,"\ud838\udc12":230,"\ud838\udc13":230,"\ud838\udc14":230,"\ud838\udc15":230,"\ud838\udc16":230,"\ud838\udc17":230,"\ud838\udc18":230,"\ud838\udc1b":230,"\ud838\udc1c":230,"\ud838\udc1d":230,"\ud838\udc1e":230,"\ud838\udc1f":230,"\ud838\udc20":230,"\ud838\udc21":230,"\ud838\udc23":230,"\ud838\udc24":230,"\ud838\udc26":230,"\ud838\udc27":230,"\ud838\udc28":230,"\ud838\udc29":230,"\ud838\udc2a":230,"\ud838\udd30":230,"\ud838\udd31":230,"\ud838\udd32":230,"\ud838\udd33":230,"\ud838\udd34":230,"\ud838\udd35":230,"\ud838\udd36":230,"\ud838\udeae":230,"\ud838\udeec":230,"\ud838\udeed":230,"\ud838\udeee":230,"\ud838\udeef":230,"\ud83a\udcd0":220,"\ud83a\udcd1":220,"\ud83a\udcd2":220,"\ud83a\udcd3":220,"\ud83a\udcd4":220,"\ud83a\udcd5":220,"\ud83a\udcd6":220,"\ud83a\udd44":230,"\ud83a\udd45":230,"\ud83a\udd46":230,"\ud83a\udd47":230,"\ud83a\udd48":230,"\ud83a\udd49":230,"\ud83a\udd4a":7}$u$::pg_catalog.jsonb $fn$;
COMMENT ON FUNCTION stagenorm._unicode_ccc() IS 'Private, generated by stagenorm/unicode_data.py: canonical combining class, non-zero only.';
CREATE FUNCTION stagenorm._unicode_compose() RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u${"<\u0338":"\u226e","=\u0338":"\u2260",">\u0338":"\u226f","A\u0300":"\u00c0","A\u0301":"\u00c1","A\u0302":"\u00c2","A\u0303":"\u00c3","A\u0304":"\u0100","A\u0306":"\u0102","A\u0307":"\u0226","A\u0308":"\u00c4","A\u0309":"\u1ea2","A\u030a":"\u00c5","A\u030c":"\u01cd","A\u030f":"\u0200","A\u0311":"\u0202","A\u0323":"\u1ea0","A\u0325":"\u1e00","A\u0328":"\u0104","B\u0307":"\u1e02","B\u0323":"\u1e04","B\u0331":"\u1e06","C\u0301":"\u0106","C\u0302":"\u0108","C\u0307":"\u010a","C\u030c":"\u010c","C\u0327":"\u00c7","D\u0307":"\u1e0a","D\u030c":"\u010e","D\u0323":"\u1e0c","D\u0327":"\u1e10","D\u032d":"\u1e12","D\u0331":"\u1e0e","E\u0300":"\u00c8","E\u0301":"\u00c9","E\u0302":"\u00ca","E\u0303":"\u1ebc","E\u0304":"\u0112","E\u0306":"\u0114","E\u0307":"\u0116","E\u0308":"\u00cb","E\u0309":"\u1eba","E\u030c":"\u011a","E\u030f":"\u0204","E\u0311":"\u0206","E\u0323":"\u1eb8","E\u0327":"\u0228","E\u0328":"\u0118","E\u032d":"\u1e18","E\u0330":"\u1e1a","F\u0307":"\u1e1e","G\u0301":"\u01f4","G\u0302":"\u011c","G\u0304":"\u1e20","G\u0306":"\u011e","G\u0307":"\u0120","G\u030c":"\u01e6","G\u0327":"\u0122","H\u0302":"\u0124","H\u0307":"\u1e22","H\u0308":"\u1e26","H\u030c":"\u021e","H\u0323":"\u1e24","H\u0327":"\u1e28","H\u032e":"\u1e2a","I\u0300":"\u00cc","I\u0301":"\u00cd","I\u0302":"\u00ce","I\u0303":"\u0128","I\u0304":"\u012a","I\u0306":"\u012c","I\u0307":"\u0130","I\u0308":"\u00cf","I\u0309":"\u1ec8","I\u030c":"\u01cf","I\u030f":"\u0208","I\u0311":"\u020a","I\u0323":"\u1eca","I\u0328":"\u012e","I\u0330":"\u1e2c","J\u0302":"\u0134","K\u0301":"\u1e30","K\u030c":"\u01e8","K\u0323":"\u1e32","K\u0327":"\u0136","K\u0331":"\u1e34","L\u0301":"\u0139","L\u030c":"\u013d","L\u0323":"\u1e36","L\u0327":"\u013b","L\u032d":"\u1e3c","L\u0331":"\u1e3a","M\u0301":"\u1e3e","M\u0307":"\u1e40","M\u0323":"\u1e42","N\u0300":"\u01f8","N\u0301":"\u0143","N\u0303":"\u00d1","N\u0307":"\u1e44","N\u030c":"\u0147","N\u0323":"\u1e46","N\u0327":"\u0145","N\u032d":"\u1e4a","N\u0331":"\u1e48","O\u0300":"\u00d2","O\u0301":"\u00d3","O\u0302":"\u00d4","O\u0303":"\u00d5","O\u0304":"\u014c","O\u0306":"\u014e","O\u0307":"\u022e","O\u0308":"\u00d6","O\u0309":"\u1ece","O\u030b":"\u0150","O\u030c":"\u01d1","O\u030f":"\u020c","O\u0311":"\u020e","O\u031b":"\u01a0","O\u0323":"\u1ecc","O\u0328":"\u01ea","P\u0301":"\u1e54","P\u0307":"\u1e56","R\u0301":"\u0154","R\u0307":"\u1e58","R\u030c":"\u0158","R\u030f":"\u0210","R\u0311":"\u0212","R\u0323":"\u1e5a","R\u0327":"\u0156","R\u0331":"\u1e5e","S\u0301":"\u015a","S\u0302":"\u015c","S\u0307":"\u1e60","S\u030c":"\u0160","S\u0323":"\u1e62","S\u0326":"\u0218","S\u0327":"\u015e","T\u0307":"\u1e6a","T\u030c":"\u0164","T\u0323":"\u1e6c","T\u0326":"\u021a","T\u0327":"\u0162","T\u032d":"\u1e70","T\u0331":"\u1e6e","U\u0300":"\u00d9","U\u0301":"\u00da","U\u0302":"\u00db","U\u0303":"\u0168","U\u0304":"\u016a","U\u0306":"\u016c","U\u0308":"\u00dc","U\u0309":"\u1ee6","U\u030a":"\u016e","U\u030b":"\u0170","U\u030c":"\u01d3","U\u030f":"\u0214","U\u0311":"\u0216","U\u031b":"\u01af","U\u0323":"\u1ee4","U\u0324":"\u1e72","U\u0328":"\u0172","U\u032d":"\u1e76","U\u0330":"\u1e74","V\u0303":"\u1e7c","V\u0323":"\u1e7e","W\u0300":"\u1e80","W\u0301":"\u1e82","W\u0302":"\u0174","W\u0307":"\u1e86","W\u0308":"\u1e84","W\u0323":"\u1e88","X\u0307":"\u1e8a","X\u0308":"\u1e8c","Y\u0300":"\u1ef2","Y\u0301":"\u00dd","Y\u0302":"\u0176","Y\u0303":"\u1ef8","Y\u0304":"\u0232","Y\u0307":"\u1e8e","Y\u0308":"\u0178","Y\u0309":"\u1ef6","Y\u0323":"\u1ef4","Z\u0301":"\u0179","Z\u0302":"\u1e90","Z\u0307":"\u017b","Z\u030c":"\u017d","Z\u0323":"\u1e92","Z\u0331":"\u1e94","a\u0300":"\u00e0","a\u0301":"\u00e1","a\u0302":"\u00e2","a\u0303":"\u00e3","a\u0304":"\u0101","a\u0306":"\u0103","a\u0307":"\u0227","a\u0308":"\u00e4","a\u0309":"\u1ea3","a\u030a":"\u00e5","a\u030c":"\u01ce","a\u030f":"\u0201","a\u0311":"\u0203","a\u0323":"\u1ea1","a\u0325":"\u1e01","a\u0328":"\u0105","b\u0307":"\u1e03","b\u0323":"\u1e05","b\u0331":"\u1e07","c\u0301":"\u0107","c\u0302":"\u0109","c\u0307":"\u010b","c\u030c":"\u010d","c\u0327":"\u00e7","d\u0307":"\u1e0b","d\u030c":"\u010f","d\u0323":"\u1e0d","d\u0327":"\u1e11","d\u032d":"\u1e13","d\u0331":"\u1e0f","e\u0300":"\u00e8","e\u0301":"\u00e9","e\u0302":"\u00ea","e\u0303":"\u1ebd","e\u0304":"\u0113","e\u0306":"\u0115","e\u0307":"\u0117","e\u0308":"\u00eb","e\u0309":"\u1ebb","e\u030c":"\u011b","e\u030f":"\u0205","e\u0311":"\u0207","e\u0323":"\u1eb9","e\u0327":"\u0229","e\u0328":"\u0119","e\u032d":"\u1e19","e\u0330":"\u1e1b","f\u0307":"\u1e1f","g\u0301":"\u01f5","g\u0302":"\u011d","g\u0304":"\u1e21","g\u0306":"\u011f","g\u0307":"\u0121","g\u030c":"\u01e7","g\u0327":"\u0123","h\u0302":"\u0125","h\u0307":"\u1e23","h\u0308":"\u1e27","h\u030c":"\u021f","h\u0323":"\u1e25","h\u0327":"\u1e29","h\u032e":"\u1e2b","h\u0331":"\u1e96","i\u0300":"\u00ec","i\u0301":"\u00ed","i\u0302":"\u00ee","i\u0303":"\u0129","i\u0304":"\u012b","i\u0306":"\u012d","i\u0308":"\u00ef","i\u0309":"\u1ec9","i\u030c":"\u01d0","i\u030f":"\u0209","i\u0311":"\u020b","i\u0323":"\u1ecb","i\u0328":"\u012f","i\u0330":"\u1e2d","j\u0302":"\u0135","j\u030c":"\u01f0","k\u0301":"\u1e31","k\u030c":"\u01e9","k\u0323":"\u1e33","k\u0327":"\u0137","k\u0331":"\u1e35","l\u0301":"\u013a","l\u030c":"\u013e","l\u0323":"\u1e37","l\u0327":"\u013c","l\u032d":"\u1e3d","l\u0331":"\u1e3b","m\u0301":"\u1e3f","m\u0307":"\u1e41","m\u0323":"\u1e43","n\u0300":"\u01f9","n\u0301":"\u0144","n\u0303":"\u00f1","n\u0307":"\u1e45","n\u030c":"\u0148","n\u0323":"\u1e47","n\u0327":"\u0146","n\u032d":"\u1e4b","n\u0331":"\u1e49","o\u0300":"\u00f2","o\u0301":"\u00f3","o\u0302":"\u00f4","o\u0303":"\u00f5","o\u0304":"\u014d","o\u0306":"\u014f","o\u0307":"\u022f","o\u0308":"\u00f6","o\u0309":"\u1ecf","o\u030b":"\u0151","o\u030c":"\u01d2","o\u030f":"\u020d","o\u0311":"\u020f","o\u031b":"\u01a1","o\u0323":"\u1ecd","o\u0328":"\u01eb","p\u0301":"\u1e55","p\u0307":"\u1e57","r\u0301":"\u0155","r\u0307":"\u1e59","r\u030c":"\u0159","r\u030f":"\u0211","r\u0311":"\u0213","r\u0323":"\u1e5b","r\u0327":"\u0157","r\u0331":"\u1e5f","s\u0301":"\u015b","s\u0302":"\u015d","s\u0307":"\u1e61","s\u030c":"\u0161","s\u0323":"\u1e63","s\u0326":"\u0219","s\u0327":"\u015f","t\u0307":"\u1e6b","t\u0308":"\u1e97","t\u030c":"\u0165","t\u0323":"\u1e6d","t\u0326":"\u021b","t\u0327":"\u0163","t\u032d":"\u1e71","t\u0331":"\u1e6f","u\u0300":"\u00f9","u\u0301":"\u00fa","u\u0302":"\u00fb","u\u0303":"\u0169","u\u0304":"\u016b","u\u0306":"\u016d","u\u0308":"\u00fc","u\u0309":"\u1ee7","u\u030a":"\u016f","u\u030b":"\u0171","u\u030c":"\u01d4","u\u030f":"\u0215","u\u0311":"\u0217","u\u031b":"\u01b0","u\u0323":"\u1ee5","u\u0324":"\u1e73","u\u0328":"\u0173","u\u032d":"\u1e77","u\u0330":"\u1e75","v\u0303":"\u1e7d","v\u0323":"\u1e7f","w\u0300":"\u1e81","w\u0301":"\u1e83","w\u0302":"\u0175","w\u0307":"\u1e87","w\u0308":"\u1e85","w\u030a":"\u1e98","w\u0323":"\u1e89","x\u0307":"\u1e8b","x\u0308":"\u1e8d","y\u0300":"\u1ef3","y\u0301":"\u00fd","y\u0302":"\u0177","y\u0303":"\u1ef9","y\u0304":"\u0233","y\u0307":"\u1e8f","y\u0308":"\u00ff","y\u0309":"\u1ef7","y\u030a":"\u1e99","y\u0323":"\u1ef5","z\u0301":"\u017a","z\u0302":"\u1e91","z\u0307":"\u017c","z\u030c":"\u017e","z\u0323":"\u1e93","z\u0331":"\u1e95","\u00a8\u0300":"\u1fed","\u00a8\u0301":"\u0385","\u00a8\u0342":"\u1fc1","\u00c2\u0300":"\u1ea6","\u00c2\u0301":"\u1ea4","\u00c2\u0303":"\u1eaa","\u00c2\u0309":"\u1ea8","\u00c4\u0304":"\u01de","\u00c5\u0301":"\u01fa","\u00c6\u0301":"\u01fc","\u00c6\u0304":"\u01e2","\u00c7\u0301":"\u1e08","\u00ca\u0300":"\u1ec0","\u00ca\u0301":"\u1ebe","\u00ca\u0303":"\u1ec4","\u00ca\u0309":"\u1ec2","\u00cf\u0301":"\u1e2e","\u00d4\u0300":"\u1ed2","\u00d4\u0301":"\u1ed0","\u00d4\u0303":"\u1ed6","\u00d4\u0309":"\u1ed4","\u00d5\u0301":"\u1e4c","\u00d5\u0304":"\u022c","\u00d5\u0308":"\u1e4e","\u00d6\u0304":"\u022a","\u00d8\u0301":"\u01fe","\u00dc\u0300":"\u01db","\u00dc\u0301":"\u01d7","\u00dc\u0304":"\u01d5","\u00dc\u030c":"\u01d9","\u00e2\u0300":"\u1ea7","\u00e2\u0301":"\u1ea5","\u00e2\u0303":"\u1eab","\u00e2\u0309":"\u1ea9","\u00e4\u0304":"\u01df","\u00e5\u0301":"\u01fb","\u00e6\u0301":"\u01fd","\u00e6\u0304":"\u01e3","\u00e7\u0301":"\u1e09","\u00ea\u0300":"\u1ec1","\u00ea\u0301":"\u1ebf","\u00ea\u0303":"\u1ec5","\u00ea\u0309":"\u1ec3","\u00ef\u0301":"\u1e2f","\u00f4\u0300":"\u1ed3","\u00f4\u0301":"\u1ed1","\u00f4\u0303":"\u1ed7","\u00f4\u0309":"\u1ed5","\u00f5\u0301":"\u1e4d","\u00f5\u0304":"\u022d","\u00f5\u0308":"\u1e4f","\u00f6\u0304":"\u022b","\u00f8\u0301":"\u01ff","\u00fc\u0300":"\u01dc","\u00fc\u0301":"\u01d8","\u00fc\u0304":"\u01d6","\u00fc\u030c":"\u01da","\u0102\u0300":"\u1eb0","\u0102\u0301":"\u1eae","\u0102\u0303":"\u1eb4","\u0102\u0309":"\u1eb2","\u0103\u0300":"\u1eb1","\u0103\u0301":"\u1eaf","\u0103\u0303":"\u1eb5","\u0103\u0309":"\u1eb3","\u0112\u0300":"\u1e14","\u0112\u0301":"\u1e16","\u0113\u0300":"\u1e15","\u0113\u0301":"\u1e17","\u014c\u0300":"\u1e50","\u014c\u0301":"\u1e52","\u014d\u0300":"\u1e51","\u014d\u0301":"\u1e53","\u015a\u0307":"\u1e64","\u015b\u0307":"\u1e65","\u0160\u0307":"\u1e66","\u0161\u0307":"\u1e67","\u0168\u0301":"\u1e78","\u0169\u0301":"\u1e79","\u016a\u0308":"\u1e7a","\u016b\u0308":"\u1e7b","\u017f\u0307":"\u1e9b","\u01a0\u0300":"\u1edc","\u01a0\u0301":"\u1eda","\u01a0\u0303":"\u1ee0","\u01a0\u0309":"\u1ede","\u01a0\u0323":"\u1ee2","\u01a1\u0300":"\u1edd","\u01a1\u0301":"\u1edb","\u01a1\u0303":"\u1ee1","\u01a1\u0309":"\u1edf","\u01a1\u0323":"\u1ee3","\u01af\u0300":"\u1eea","\u01af\u0301":"\u1ee8","\u01af\u0303":"\u1eee","\u01af\u0309":"\u1eec","\u01af\u0323":"\u1ef0","\u01b0\u0300":"\u1eeb","\u01b0\u0301":"\u1ee9","\u01b0\u0303":"\u1eef","\u01b0\u0309":"\u1eed","\u01b0\u0323":"\u1ef1","\u01b7\u030c":"\u01ee","\u01ea\u0304":"\u01ec","\u01eb\u0304":"\u01ed","\u0226\u0304":"\u01e0","\u0227\u0304":"\u01e1","\u0228\u0306":"\u1e1c","\u0229\u0306":"\u1e1d","\u022e\u0304":"\u0230","\u022f\u0304":"\u0231","\u0292\u030c":"\u01ef","\u0391\u0300":"\u1fba","\u0391\u0301":"\u0386","\u0391\u0304":"\u1fb9","\u0391\u0306":"\u1fb8","\u0391\u0313":"\u1f08","\u0391\u0314":"\u1f09","\u0391\u0345":"\u1fbc","\u0395\u0300":"\u1fc8","\u0395\u0301":"\u0388","\u0395\u0313":"\u1f18","\u0395\u0314":"\u1f19","\u0397\u0300":"\u1fca","\u0397\u0301":"\u0389","\u0397\u0313":"\u1f28","\u0397\u0314":"\u1f29","\u0397\u0345":"\u1fcc","\u0399\u0300":"\u1fda","\u0399\u0301":"\u038a","\u0399\u0304":"\u1fd9","\u0399\u0306":"\u1fd8","\u0399\u0308":"\u03aa","\u0399\u0313":"\u1f38","\u0399\u0314":"\u1f39","\u039f\u0300":"\u1ff8","\u039f\u0301":"\u038c","\u039f\u0313":"\u1f48","\u039f\u0314":"\u1f49","\u03a1\u0314":"\u1fec","\u03a5\u0300":"\u1fea","\u03a5\u0301":"\u038e","\u03a5\u0304":"\u1fe9","\u03a5\u0306":"\u1fe8","\u03a5\u0308":"\u03ab","\u03a5\u0314":"\u1f59","\u03a9\u0300":"\u1ffa","\u03a9\u0301":"\u038f","\u03a9\u0313":"\u1f68","\u03a9\u0314":"\u1f69","\u03a9\u0345":"\u1ffc","\u03ac\u0345":"\u1fb4","\u03ae\u0345":"\u1fc4","\u03b1\u0300":"\u1f70","\u03b1\u0301":"\u03ac","\u03b1\u0304":"\u1fb1","\u03b1\u0306":"\u1fb0","\u03b1\u0313":"\u1f00","\u03b1\u0314":"\u1f01","\u03b1\u0342":"\u1fb6","\u03b1\u0345":"\u1fb3","\u03b5\u0300":"\u1f72","\u03b5\u0301":"\u03ad","\u03b5\u0313":"\u1f10","\u03b5\u0314":"\u1f11","\u03b7\u0300":"\u1f74","\u03b7\u0301":"\u03ae","\u03b7\u0313":"\u1f20","\u03b7\u0314":"\u1f21","\u03b7\u0342":"\u1fc6","\u03b7\u0345":"\u1fc3","\u03b9\u0300":"\u1f76","\u03b9\u0301":"\u03af","\u03b9\u0304":"\u1fd1","\u03b9\u0306":"\u1fd0","\u03b9\u0308":"\u03ca","\u03b9\u0313":"\u1f30","\u03b9\u0314":"\u1f31","\u03b9\u0342":"\u1fd6","\u03bf\u0300":"\u1f78","\u03bf\u0301":"\u03cc","\u03bf\u0313":"\u1f40","\u03bf\u0314":"\u1f41","\u03c1\u0313":"\u1fe4","\u03c1\u0314":"\u1fe5","\u03c5\u0300":"\u1f7a","\u03c5\u0301":"\u03cd","\u03c5\u0304":"\u1fe1","\u03c5\u0306":"\u1fe0","\u03c5\u0308":"\u03cb","\u03c5\u0313":"\u1f50","\u03c5\u0314":"\u1f51","\u03c5\u0342":"\u1fe6","\u03c9\u0300":"\u1f7c","\u03c9\u0301":"\u03ce","\u03c9\u0313":"\u1f60","\u03c9\u0314":"\u1f61","\u03c9\u0342":"\u1ff6","\u03c9\u0345":"\u1ff3","\u03ca\u0300":"\u1fd2","\u03ca\u0301":"\u0390","\u03ca\u0342":"\u1fd7","\u03cb\u0300":"\u1fe2","\u03cb\u0301":"\u03b0","\u03cb\u0342":"\u1fe7","\u03ce\u0345":"\u1ff4","\u03d2\u0301":"\u03d3","\u03d2\u0308":"\u03d4","\u0406\u0308":"\u0407","\u0410\u0306":"\u04d0","\u0410\u0308":"\u04d2","\u0413\u0301":"\u0403","\u0415\u0300":"\u0400","\u0415\u0306":"\u04d6","\u0415\u0308":"\u0401","\u0416\u0306":"\u04c1","\u0416\u0308":"\u04dc","\u0417\u0308":"\u04de","\u0418\u0300":"\u040d","\u0418\u0304":"\u04e2","\u0418\u0306":"\u0419","\u0418\u0308":"\u04e4","\u041a\u0301":"\u040c","\u041e\u0308":"\u04e6","\u0423\u0304":"\u04ee","\u0423\u0306":"\u040e","\u0423\u0308":"\u04f0","\u0423\u030b":"\u04f2","\u0427\u0308":"\u04f4","\u042b\u0308":"\u04f8","\u042d\u0308":"\u04ec","\u0430\u0306":"\u04d1","\u0430\u0308":"\u04d3","\u0433\u0301":"\u0453","\u0435\u0300":"\u0450","\u0435\u0306":"\u04d7","\u0435\u0308":"\u0451","\u0436\u0306":"\u04c2","\u0436\u0308":"\u04dd","\u0437\u0308":"\u04df","\u0438\u0300":"\u045d","\u0438\u0304":"\u04e3","\u0438\u0306":"\u0439","\u0438\u0308":"\u04e5","\u043a\u0301":"\u045c","\u043e\u0308":"\u04e7","\u0443\u0304":"\u04ef","\u0443\u0306":"\u045e","\u0443\u0308":"\u04f1","\u0443\u030b":"\u04f3","\u0447\u0308":"\u04f5","\u044b\u0308":"\u04f9","\u044d\u0308":"\u04ed","\u0456\u0308":"\u0457","\u0474\u030f":"\u0476","\u0475\u030f":"\u0477","\u04d8\u0308":"\u04da","\u04d9\u0308":"\u04db","\u04e8\u0308":"\u04ea","\u04e9\u0308":"\u04eb","\u0627\u0653":"\u0622","\u0627\u0654":"\u0623","\u0627\u0655":"\u0625","\u0648\u0654":"\u0624","\u064a\u0654":"\u0626","\u06c1\u0654":"\u06c2","\u06d2\u0654":"\u06d3","\u06d5\u0654":"\u06c0","\u0928\u093c":"\u0929","\u0930\u093c":"\u0931","\u0933\u093c":"\u0934","\u09c7\u09be":"\u09cb","\u09c7\u09d7":"\u09cc","\u0b47\u0b3e":"\u0b4b","\u0b47\u0b56":"\u0b48","\u0b47\u0b57":"\u0b4c","\u0b92\u0bd7":"\u0b94","\u0bc6\u0bbe":"\u0bca","\u0bc6\u0bd7":"\u0bcc","\u0bc7\u0bbe":"\u0bcb","\u0c46\u0c56":"\u0c48","\u0cbf\u0cd5":"\u0cc0","\u0cc6\u0cc2":"\u0cca","\u0cc6\u0cd5":"\u0cc7","\u0cc6\u0cd6":"\u0cc8","\u0cca\u0cd5":"\u0ccb","\u0d46\u0d3e":"\u0d4a","\u0d46\u0d57":"\u0d4c","\u0d47\u0d3e":"\u0d4b","\u0dd9\u0dca":"\u0dda","\u0dd9\u0dcf":"\u0ddc","\u0dd9\u0ddf":"\u0dde","\u0ddc\u0dca":"\u0ddd","\u1025\u102e":"\u1026","\u1b05\u1b35":"\u1b06","\u1b07\u1b35":"\u1b08","\u1b09\u1b35":"\u1b0a","\u1b0b\u1b35":"\u1b0c","\u1b0d\u1b35":"\u1b0e","\u1b11\u1b35":"\u1b12","\u1b3a\u1b35":"\u1b3b","\u1b3c\u1b35":"\u1b3d","\u1b3e\u1b35":"\u1b40","\u1b3f\u1b35":"\u1b41","\u1b42\u1b35":"\u1b43","\u1e36\u0304":"\u1e38","\u1e37\u0304":"\u1e39","\u1e5a\u0304":"\u1e5c","\u1e5b\u0304":"\u1e5d","\u1e62\u0307":"\u1e68","\u1e63\u0307":"\u1e69","\u1ea0\u0302":"\u1eac","\u1ea0\u0306":"\u1eb6","\u1ea1\u0302":"\u1ead","\u1ea1\u0306":"\u1eb7","\u1eb8\u0302":"\u1ec6","\u1eb9\u0302":"\u1ec7","\u1ecc\u0302":"\u1ed8","\u1ecd\u0302":"\u1ed9","\u1f00\u0300":"\u1f02","\u1f00\u0301":"\u1f04","\u1f00\u0342":"\u1f06","\u1f00\u0345":"\u1f80","\u1f01\u0300":"\u1f03","\u1f01\u0301":"\u1f05","\u1f01\u0342":"\u1f07","\u1f01\u0345":"\u1f81","\u1f02\u0345":"\u1f82","\u1f03\u0345":"\u1f83","\u1f04\u0345":"\u1f84","\u1f05\u0345":"\u1f85","\u1f06\u0345":"\u1f86","\u1f07\u0345":"\u1f87","\u1f08\u0300":"\u1f0a","\u1f08\u0301":"\u1f0c","\u1f08\u0342":"\u1f0e","\u1f08\u0345":"\u1f88","\u1f09\u0300":"\u1f0b","\u1f09\u0301":"\u1f0d","\u1f09\u0342":"\u1f0f","\u1f09\u0345":"\u1f89","\u1f0a\u0345":"\u1f8a","\u1f0b\u0345":"\u1f8b","\u1f0c\u0345":"\u1f8c","\u1f0d\u0345":"\u1f8d","\u1f0e\u0345":"\u1f8e","\u1f0f\u0345":"\u1f8f","\u1f10\u0300":"\u1f12","\u1f10\u0301":"\u1f14","\u1f11\u0300":"\u1f13","\u1f11\u0301":"\u1f15","\u1f18\u0300":"\u1f1a","\u1f18\u0301":"\u1f1c","\u1f19\u0300":"\u1f1b","\u1f19\u0301":"\u1f1d","\u1f20\u0300":"\u1f22","\u1f20\u0301":"\u1f24","\u1f20\u0342":"\u1f26","\u1f20\u0345":"\u1f90","\u1f21\u0300":"\u1f23","\u1f21\u0301":"\u1f25","\u1f21\u0342":"\u1f27","\u1f21\u0345":"\u1f91","\u1f22\u0345":"\u1f92","\u1f23\u0345":"\u1f93","\u1f24\u0345":"\u1f94","\u1f25\u0345":"\u1f95","\u1f26\u0345":"\u1f96","\u1f27\u0345":"\u1f97","\u1f28\u0300":"\u1f2a","\u1f28\u0301":"\u1f2c","\u1f28\u0342":"\u1f2e","\u1f28\u0345":"\u1f98","\u1f29\u0300":"\u1f2b","\u1f29\u0301":"\u1f2d","\u1f29\u0342":"\u1f2f","\u1f29\u0345":"\u1f99","\u1f2a\u0345":"\u1f9a","\u1f2b\u0345":"\u1f9b","\u1f2c\u0345":"\u1f9c","\u1f2d\u0345":"\u1f9d","\u1f2e\u0345":"\u1f9e","\u1f2f\u0345":"\u1f9f","\u1f30\u0300":"\u1f32","\u1f30\u0301":"\u1f34","\u1f30\u0342":"\u1f36","\u1f31\u0300":"\u1f33","\u1f31\u0301":"\u1f35","\u1f31\u0342":"\u1f37","\u1f38\u0300":"\u1f3a","\u1f38\u0301":"\u1f3c","\u1f38\u0342":"\u1f3e","\u1f39\u0300":"\u1f3b","\u1f39\u0301":"\u1f3d","\u1f39\u0342":"\u1f3f","\u1f40\u0300":"\u1f42","\u1f40\u0301":"\u1f44","\u1f41\u0300":"\u1f43","\u1f41\u0301":"\u1f45","\u1f48\u0300":"\u1f4a","\u1f48\u0301":"\u1f4c","\u1f49\u0300":"\u1f4b","\u1f49\u0301":"\u1f4d","\u1f50\u0300":"\u1f52","\u1f50\u0301":"\u1f54","\u1f50\u0342":"\u1f56","\u1f51\u0300":"\u1f53","\u1f51\u0301":"\u1f55","\u1f51\u0342":"\u1f57","\u1f59\u0300":"\u1f5b","\u1f59\u0301":"\u1f5d","\u1f59\u0342":"\u1f5f","\u1f60\u0300":"\u1f62","\u1f60\u0301":"\u1f64","\u1f60\u0342":"\u1f66","\u1f60\u0345":"\u1fa0","\u1f61\u0300":"\u1f63","\u1f61\u0301":"\u1f65","\u1f61\u0342":"\u1f67","\u1f61\u0345":"\u1fa1","\u1f62\u0345":"\u1fa2","\u1f63\u0345":"\u1fa3","\u1f64\u0345":"\u1fa4","\u1f65\u0345":"\u1fa5","\u1f66\u0345":"\u1fa6","\u1f67\u0345":"\u1fa7","\u1f68\u0300":"\u1f6a","\u1f68\u0301":"\u1f6c","\u1f68\u0342":"\u1f6e","\u1f68\u0345":"\u1fa8","\u1f69\u0300":"\u1f6b","\u1f69\u0301":"\u1f6d","\u1f69\u0342":"\u1f6f","\u1f69\u0345":"\u1fa9","\u1f6a\u0345":"\u1faa","\u1f6b\u0345":"\u1fab","\u1f6c\u0345":"\u1fac","\u1f6d\u0345":"\u1fad","\u1f6e\u0345":"\u1fae","\u1f6f\u0345":"\u1faf","\u1f70\u0345":"\u1fb2","\u1f74\u0345":"\u1fc2","\u1f7c\u0345":"\u1ff2","\u1fb6\u0345":"\u1fb7","\u1fbf\u0300":"\u1fcd","\u1fbf\u0301":"\u1fce","\u1fbf\u0342":"\u1fcf","\u1fc6\u0345":"\u1fc7","\u1ff6\u0345":"\u1ff7","\u1ffe\u0300":"\u1fdd","\u1ffe\u0301":"\u1fde","\u1ffe\u0342":"\u1fdf","\u2190\u0338":"\u219a","\u2192\u0338":"\u219b","\u2194\u0338":"\u21ae","\u21d0\u0338":"\u21cd","\u21d2\u0338":"\u21cf","\u21d4\u0338":"\u21ce","\u2203\u0338":"\u2204","\u2208\u0338":"\u2209","\u220b\u0338":"\u220c","\u2223\u0338":"\u2224","\u2225\u0338":"\u2226","\u223c\u0338":"\u2241","\u2243\u0338":"\u2244","\u2245\u0338":"\u2247","\u2248\u0338":"\u2249","\u224d\u0338":"\u226d","\u2261\u0338":"\u2262","\u2264\u0338":"\u2270","\u2265\u0338":"\u2271","\u2272\u0338":"\u2274","\u2273\u0338":"\u2275","\u2276\u0338":"\u2278","\u2277\u0338":"\u2279","\u227a\u0338":"\u2280","\u227b\u0338":"\u2281","\u227c\u0338":"\u22e0","\u227d\u0338":"\u22e1","\u2282\u0338":"\u2284","\u2283\u0338":"\u2285","\u2286\u0338":"\u2288","\u2287\u0338":"\u2289","\u2291\u0338":"\u22e2","\u2292\u0338":"\u22e3","\u22a2\u0338":"\u22ac","\u22a8\u0338":"\u22ad","\u22a9\u0338":"\u22ae","\u22ab\u0338":"\u22af","\u22b2\u0338":"\u22ea","\u22b3\u0338":"\u22eb","\u22b4\u0338":"\u22ec","\u22b5\u0338":"\u22ed","\u3046\u3099":"\u3094","\u304b\u3099":"\u304c","\u304d\u3099":"\u304e","\u304f\u3099":"\u3050","\u3051\u3099":"\u3052","\u3053\u3099":"\u3054","\u3055\u3099":"\u3056","\u3057\u3099":"\u3058","\u3059\u3099":"\u305a","\u305b\u3099":"\u305c","\u305d\u3099":"\u305e","\u305f\u3099":"\u3060","\u3061\u3099":"\u3062","\u3064\u3099":"\u3065","\u3066\u3099":"\u3067","\u3068\u3099":"\u3069","\u306f\u3099":"\u3070","\u306f\u309a":"\u3071","\u3072\u3099":"\u3073","\u3072\u309a":"\u3074","\u3075\u3099":"\u3076","\u3075\u309a":"\u3077","\u3078\u3099":"\u3079","\u3078\u309a":"\u307a","\u307b\u3099":"\u307c","\u307b\u309a":"\u307d","\u309d\u3099":"\u309e","\u30a6\u3099":"\u30f4","\u30ab\u3099":"\u30ac","\u30ad\u3099":"\u30ae","\u30af\u3099":"\u30b0","\u30b1\u3099":"\u30b2","\u30b3\u3099":"\u30b4","\u30b5\u3099":"\u30b6","\u30b7\u3099":"\u30b8","\u30b9\u3099":"\u30ba","\u30bb\u3099":"\u30bc","\u30bd\u3099":"\u30be","\u30bf\u3099":"\u30c0","\u30c1\u3099":"\u30c2","\u30c4\u3099":"\u30c5","\u30c6\u3099":"\u30c7","\u30c8\u3099":"\u30c9","\u30cf\u3099":"\u30d0","\u30cf\u309a":"\u30d1","\u30d2\u3099":"\u30d3","\u30d2\u309a":"\u30d4","\u30d5\u3099":"\u30d6","\u30d5\u309a":"\u30d7","\u30d8\u3099":"\u30d9","\u30d8\u309a":"\u30da","\u30db\u3099":"\u30dc","\u30db\u309a":"\u30dd","\u30ef\u3099":"\u30f7","\u30f0\u3099":"\u30f8","\u30f1\u3099":"\u30f9","\u30f2\u3099":"\u30fa","\u30fd\u3099":"\u30fe","\ud804\udc99\ud804\udcba":"\ud804\udc9a","\ud804\udc9b\ud804\udcba":"\ud804\udc9c","\ud804\udca5\ud804\udcba":"\ud804\udcab","\ud804\udd31\ud804\udd27":"\ud804\udd2e","\ud804\udd32\ud804\udd27":"\ud804\udd2f","\ud804\udf47\ud804\udf3e":"\ud804\udf4b","\ud804\udf47\ud804\udf57":"\ud804\udf4c","\ud805\udcb9\ud805\udcb0":"\ud805\udcbc","\ud805\udcb9\ud805\udcba":"\ud805\udcbb","\ud805\udcb9\ud805\udcbd":"\ud805\udcbe","\ud805\uddb8\ud805\uddaf":"\ud805\uddba","\ud805\uddb9\ud805\uddaf":"\ud805\uddbb","\ud806\udd35\ud806\udd30":"\ud806\udd38"}$u$::pg_catalog.jsonb $fn$;
COMMENT ON FUNCTION stagenorm._unicode_compose() IS 'Private, generated by stagenorm/unicode_data.py: primary composites: two characters -> one.';
CREATE FUNCTION stagenorm._unicode_mn() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$[\u0300-\u036f\u0483-\u0487\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b\u0898-\u089f\u08ca-\u08e1\u08e3-\u0902\u093a\u093c\u0941-\u0948\u094d\u0951-\u0957\u0962-\u0963\u0981\u09bc\u09c1-\u09c4\u09cd\u09e2-\u09e3\u09fe\u0a01-\u0a02\u0a3c\u0a41-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71\u0a75\u0a81-\u0a82\u0abc\u0ac1-\u0ac5\u0ac7-\u0ac8\u0acd\u0ae2-\u0ae3\u0afa-\u0aff\u0b01\u0b3c\u0b3f\u0b41-\u0b44\u0b4d\u0b55-\u0b56\u0b62-\u0b63\u0b82\u0bc0\u0bcd\u0c00\u0c04\u0c3c\u0c3e-\u0c40\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63\u0c81\u0cbc\u0cbf\u0cc6\u0ccc-\u0ccd\u0ce2-\u0ce3\u0d00-\u0d01\u0d3b-\u0d3c\u0d41-\u0d44\u0d4d\u0d62-\u0d63\u0d81\u0dca\u0dd2-\u0dd4\u0dd6\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u0f18-\u0f19\u0f35\u0f37\u0f39\u0f71-\u0f7e\u0f80-\u0f84\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc\u0fc6\u102d-\u1030\u1032-\u1037\u1039-\u103a\u103d-\u103e\u1058-\u1059\u105e-\u1060\u1071-\u1074\u1082\u1085-\u1086\u108d\u109d\u135d-\u135f\u1712-\u1714\u1732-\u1733\u1752-\u1753\u1772-\u1773\u17b4-\u17b5\u17b7-\u17bd\u17c6\u17c9-\u17d3\u17dd\u180b-\u180d\u180f\u1885-\u1886\u18a9\u1920-\u1922\u1927-\u1928\u1932\u1939-\u193b\u1a17-\u1a18\u1a1b\u1a56\u1a58-\u1a5e\u1a60\u1a62\u1a65-\u1a6c\u1a73-\u1a7c\u1a7f\u1ab0-\u1abd\u1abf-\u1ace\u1b00-\u1b03\u1b34\u1b36-\u1b3a\u1b3c\u1b42\u1b6b-\u1b73\u1b80-\u1b81\u1ba2-\u1ba5\u1ba8-\u1ba9\u1bab-\u1bad\u1be6\u1be8-\u1be9\u1bed\u1bef-\u1bf1\u1c2c-\u1c33\u1c36-\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce0\u1ce2-\u1ce8\u1ced\u1cf4\u1cf8-\u1cf9\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302d\u3099-\u309a\ua66f\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua802\ua806\ua80b\ua825-\ua826\ua82c\ua8c4-\ua8c5\ua8e0-\ua8f1\ua8ff\ua926-\ua92d\ua947-\ua951\ua980-\ua982\ua9b3\ua9b6-\ua9b9\ua9bc-\ua9bd\ua9e5\uaa29-\uaa2e\uaa31-\uaa32\uaa35-\uaa36\uaa43\uaa4c\uaa7c\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaec-\uaaed\uaaf6\uabe5\uabe8\uabed\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f\U000101fd\U000102e0\U00010376-\U0001037a\U00010a01-\U00010a03\U00010a05-\U00010a06\U00010a0c-\U00010a0f\U00010a38-\U00010a3a\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27\U00010eab-\U00010eac\U00010f46-\U00010f50\U00010f82-\U00010f85\U00011001\U00011038-\U00011046\U00011070\U00011073-\U00011074\U0001107f-\U00011081\U000110b3-\U000110b6\U000110b9-\U000110ba\U000110c2\U00011100-\U00011102\U00011127-\U0001112b\U0001112d-\U00011134\U00011173\U00011180-\U00011181\U000111b6-\U000111be\U000111c9-\U000111cc\U000111cf\U0001122f-\U00011231\U00011234\U00011236-\U00011237\U0001123e\U000112df\U000112e3-\U000112ea\U00011300-\U00011301\U0001133b-\U0001133c\U00011340\U00011366-\U0001136c\U00011370-\U00011374\U00011438-\U0001143f\U00011442-\U00011444\U00011446\U0001145e\U000114b3-\U000114b8\U000114ba\U000114bf-\U000114c0\U000114c2-\U000114c3\U000115b2-\U000115b5\U000115bc-\U000115bd\U000115bf-\U000115c0\U000115dc-\U000115dd\U00011633-\U0001163a\U0001163d\U0001163f-\U00011640\U000116ab\U000116ad\U000116b0-\U000116b5\U000116b7\U0001171d-\U0001171f\U00011722-\U00011725\U00011727-\U0001172b\U0001182f-\U00011837\U00011839-\U0001183a\U0001193b-\U0001193c\U0001193e\U00011943\U000119d4-\U000119d7\U000119da-\U000119db\U000119e0\U00011a01-\U00011a0a\U00011a33-\U00011a38\U00011a3b-\U00011a3e\U00011a47\U00011a51-\U00011a56\U00011a59-\U00011a5b\U00011a8a-\U00011a96\U00011a98-\U00011a99\U00011c30-\U00011c36\U00011c38-\U00011c3d\U00011c3f\U00011c92-\U00011ca7\U00011caa-\U00011cb0\U00011cb2-\U00011cb3\U00011cb5-\U00011cb6\U00011d31-\U00011d36\U00011d3a\U00011d3c-\U00011d3d\U00011d3f-\U00011d45\U00011d47\U00011d90-\U00011d91\U00011d95\U00011d97\U00011ef3-\U00011ef4\U00016af0-\U00016af4\U00016b30-\U00016b36\U00016f4f\U00016f8f-\U00016f92\U00016fe4\U0001bc9d-\U0001bc9e\U0001cf00-\U0001cf2d\U0001cf30-\U0001cf46\U0001d167-\U0001d169\U0001d17b-\U0001d182\U0001d185-\U0001d18b\U0001d1aa-\U0001d1ad\U0001d242-\U0001d244\U0001da00-\U0001da36\U0001da3b-\U0001da6c\U0001da75\U0001da84\U0001da9b-\U0001da9f\U0001daa1-\U0001daaf\U0001e000-\U0001e006\U0001e008-\U0001e018\U0001e01b-\U0001e021\U0001e023-\U0001e024\U0001e026-\U0001e02a\U0001e130-\U0001e136\U0001e2ae\U0001e2ec-\U0001e2ef\U0001e8d0-\U0001e8d6\U0001e944-\U0001e94a\U000e0100-\U000e01ef]$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_mn() IS 'Private, generated by stagenorm/unicode_data.py: regex class: general category Mn (combining marks).';
CREATE FUNCTION stagenorm._unicode_separator() RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u${"\u0001":" ","\u0002":" ","\u0003":" ","\u0004":" ","\u0005":" ","\u0006":" ","\u0007":" ","\b":" ","\t":" ","\n":" ","\u000b":" ","\f":" ","\r":" ","\u000e":" ","\u000f":" ","\u0010":" ","\u0011":" ","\u0012":" ","\u0013":" ","\u0014":" ","\u0015":" ","\u0016":" ","\u0017":" ","\u0018":" ","\u0019":" ","\u001a":" ","\u001b":" ","\u001c":" ","\u001d":" ","\u001e":" ","\u001f":" ","\"":" ","&":" and ","'":" ","(":" ",")":" ","+":" + ",",":" ","-":" ",".":" ","/":" ",":":" ","[":" ","]":" ","_":" ","`":" ","{":" ","}":" ","\u007f":" ","\u0080":" ","\u0081":" ","\u0082":" ","\u0083":" ","\u0084":" ","\u0085":" ","\u0086":" ","\u0087":" ","\u0088":" ","\u0089":" ","\u008a":" ","\u008b":" ","\u008c":" ","\u008d":" ","\u008e":" ","\u008f":" ","\u0090":" ","\u0091":" ","\u0092":" ","\u0093":" ","\u0094":" ","\u0095":" ","\u0096":" ","\u0097":" ","\u0098":" ","\u0099":" ","\u009a":" ","\u009b":" ","\u009c":" ","\u009d":" ","\u009e":" ","\u009f":" ","\u00a0":" ","\u00ab":" ","\u00ad":"","\u00bb":" ","\u058a":" ","\u05be":" ","\u0600":"","\u0601":"","\u0602":"","\u0603":"","\u0604":"","\u0605":"","\u061c":"","\u06dd":"","\u070f":"","\u0890":"","\u0891":"","\u08e2":"","\u0f3a":" ","\u0f3b":" ","\u0f3c":" ","\u0f3d":" ","\u1400":" ","\u1680":" ","\u169b":" ","\u169c":" ","\u1806":" ","\u180e":"","\u2000":" ","\u2001":" ","\u2002":" ","\u2003":" ","\u2004":" ","\u2005":" ","\u2006":" ","\u2007":" ","\u2008":" ","\u2009":" ","\u200a":" ","\u200b":"","\u200c":"","\u200d":"","\u200e":"","\u200f":"","\u2010":" ","\u2011":" ","\u2012":" ","\u2013":" ","\u2014":" ","\u2015":" ","\u2018":" ","\u2019":" ","\u201a":" ","\u201b":" ","\u201c":" ","\u201d":" ","\u201e":" ","\u201f":" ","\u2028":" ","\u2029":" ","\u202a":"","\u202b":"","\u202c":"","\u202d":"","\u202e":"","\u202f":" ","\u2039":" ","\u203a":" ","\u2043":" ","\u2045":" ","\u2046":" ","\u205f":" ","\u2060":"","\u2061":"","\u2062":"","\u2063":"","\u2064":"","\u2066":"","\u2067":"","\u2068":"","\u2069":"","\u206a":"","\u206b":"","\u206c":"","\u206d":"","\u206e":"","\u206f":"","\u207d":" ","\u207e":" ","\u208d":" ","\u208e":" ","\u2212":" ","\u2308":" ","\u2309":" ","\u230a":" ","\u230b":" ","\u2329":" ","\u232a":" ","\u2768":" ","\u2769":" ","\u276a":" ","\u276b":" ","\u276c":" ","\u276d":" ","\u276e":" ","\u276f":" ","\u2770":" ","\u2771":" ","\u2772":" ","\u2773":" ","\u2774":" ","\u2775":" ","\u27c5":" ","\u27c6":" ","\u27e6":" ","\u27e7":" ","\u27e8":" ","\u27e9":" ","\u27ea":" ","\u27eb":" ","\u27ec":" ","\u27ed":" ","\u27ee":" ","\u27ef":" ","\u2983":" ","\u2984":" ","\u2985":" ","\u2986":" ","\u2987":" ","\u2988":" ","\u2989":" ","\u298a":" ","\u298b":" ","\u298c":" ","\u298d":" ","\u298e":" ","\u298f":" ","\u2990":" ","\u2991":" ","\u2992":" ","\u2993":" ","\u2994":" ","\u2995":" ","\u2996":" ","\u2997":" ","\u2998":" ","\u29d8":" ","\u29d9":" ","\u29da":" ","\u29db":" ","\u29fc":" ","\u29fd":" ","\u2e02":" ","\u2e03":" ","\u2e04":" ","\u2e05":" ","\u2e09":" ","\u2e0a":" ","\u2e0c":" ","\u2e0d":" ","\u2e17":" ","\u2e1a":" ","\u2e1c":" ","\u2e1d":" ","\u2e20":" ","\u2e21":" ","\u2e22":" ","\u2e23":" ","\u2e24":" ","\u2e25":" ","\u2e26":" ","\u2e27":" ","\u2e28":" ","\u2e29":" ","\u2e3a":" ","\u2e3b":" ","\u2e40":" ","\u2e42":" ","\u2e55":" ","\u2e56":" ","\u2e57":" ","\u2e58":" ","\u2e59":" ","\u2e5a":" ","\u2e5b":" ","\u2e5c":" ","\u2e5d":" ","\u3000":" ","\u3008":" ","\u3009":" ","\u300a":" ","\u300b":" ","\u300c":" ","\u300d":" ","\u300e":" ","\u300f":" ","\u3010":" ","\u3011":" ","\u3014":" ","\u3015":" ","\u3016":" ","\u3017":" ","\u3018":" ","\u3019":" ","\u301a":" ","\u301b":" ","\u301c":" ","\u301d":" ","\u301e":" ","\u301f":" ","\u3030":" ","\u30a0":" ","\ufd3e":" ","\ufd3f":" ","\ufe17":" ","\ufe18":" ","\ufe31":" ","\ufe32":" ","\ufe35":" ","\ufe36":" ","\ufe37":" ","\ufe38":" ","\ufe39":" ","\ufe3a":" ","\ufe3b":" ","\ufe3c":" ","\ufe3d":" ","\ufe3e":" ","\ufe3f":" ","\ufe40":" ","\ufe41":" ","\ufe42":" ","\ufe43":" ","\ufe44":" ","\ufe47":" ","\ufe48":" ","\ufe58":" ","\ufe59":" ","\ufe5a":" ","\ufe5b":" ","\ufe5c":" ","\ufe5d":" ","\ufe5e":" ","\ufe63":" ","\ufeff":"","\uff08":" ","\uff09":" ","\uff0d":" ","\uff3b":" ","\uff3d":" ","\uff5b":" ","\uff5d":" ","\uff5f":" ","\uff60":" ","\uff62":" ","\uff63":" ","\ufff9":"","\ufffa":"","\ufffb":"","\ud803\udead":" ","\ud804\udcbd":"","\ud804\udccd":"","\ud80d\udc30":"","\ud80d\udc31":"","\ud80d\udc32":"","\ud80d\udc33":"","\ud80d\udc34":"","\ud80d\udc35":"","\ud80d\udc36":"","\ud80d\udc37":"","\ud80d\udc38":"","\ud82f\udca0":"","\ud82f\udca1":"","\ud82f\udca2":"","\ud82f\udca3":"","\ud834\udd73":"","\ud834\udd74":"","\ud834\udd75":"","\ud834\udd76":"","\ud834\udd77":"","\ud834\udd78":"","\ud834\udd79":"","\ud834\udd7a":"","\udb40\udc01":"","\udb40\udc20":"","\udb40\udc21":"","\udb40\udc22":"","\udb40\udc23":"","\udb40\udc24":"","\udb40\udc25":"","\udb40\udc26":"","\udb40\udc27":"","\udb40\udc28":"","\udb40\udc29":"","\udb40\udc2a":"","\udb40\udc2b":"","\udb40\udc2c":"","\udb40\udc2d":"","\udb40\udc2e":"","\udb40\udc2f":"","\udb40\udc30":"","\udb40\udc31":"","\udb40\udc32":"","\udb40\udc33":"","\udb40\udc34":"","\udb40\udc35":"","\udb40\udc36":"","\udb40\udc37":"","\udb40\udc38":"","\udb40\udc39":"","\udb40\udc3a":"","\udb40\udc3b":"","\udb40\udc3c":"","\udb40\udc3d":"","\udb40\udc3e":"","\udb40\udc3f":"","\udb40\udc40":"","\udb40\udc41":"","\udb40\udc42":"","\udb40\udc43":"","\udb40\udc44":"","\udb40\udc45":"","\udb40\udc46":"","\udb40\udc47":"","\udb40\udc48":"","\udb40\udc49":"","\udb40\udc4a":"","\udb40\udc4b":"","\udb40\udc4c":"","\udb40\udc4d":"","\udb40\udc4e":"","\udb40\udc4f":"","\udb40\udc50":"","\udb40\udc51":"","\udb40\udc52":"","\udb40\udc53":"","\udb40\udc54":"","\udb40\udc55":"","\udb40\udc56":"","\udb40\udc57":"","\udb40\udc58":"","\udb40\udc59":"","\udb40\udc5a":"","\udb40\udc5b":"","\udb40\udc5c":"","\udb40\udc5d":"","\udb40\udc5e":"","\udb40\udc5f":"","\udb40\udc60":"","\udb40\udc61":"","\udb40\udc62":"","\udb40\udc63":"","\udb40\udc64":"","\udb40\udc65":"","\udb40\udc66":"","\udb40\udc67":"","\udb40\udc68":"","\udb40\udc69":"","\udb40\udc6a":"","\udb40\udc6b":"","\udb40\udc6c":"","\udb40\udc6d":"","\udb40\udc6e":"","\udb40\udc6f":"","\udb40\udc70":"","\udb40\udc71":"","\udb40\udc72":"","\udb40\udc73":"","\udb40\udc74":"","\udb40\udc75":"","\udb40\udc76":"","\udb40\udc77":"","\udb40\udc78":"","\udb40\udc79":"","\udb40\udc7a":"","\udb40\udc7b":"","\udb40\udc7c":"","\udb40\udc7d":"","\udb40\udc7e":"","\udb40\udc7f":""}$u$::pg_catalog.jsonb $fn$;
COMMENT ON FUNCTION stagenorm._unicode_separator() IS 'Private, generated by stagenorm/unicode_data.py: rules._SeparatorTable, where it differs.';
CREATE FUNCTION stagenorm._unicode_decimal() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$[\u0030-\u0039\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19\U000104a0-\U000104a9\U00010d30-\U00010d39\U00011066-\U0001106f\U000110f0-\U000110f9\U00011136-\U0001113f\U000111d0-\U000111d9\U000112f0-\U000112f9\U00011450-\U00011459\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9\U00011730-\U00011739\U000118e0-\U000118e9\U00011950-\U00011959\U00011c50-\U00011c59\U00011d50-\U00011d59\U00011da0-\U00011da9\U00016a60-\U00016a69\U00016ac0-\U00016ac9\U00016b50-\U00016b59\U0001d7ce-\U0001d7ff\U0001e140-\U0001e149\U0001e2f0-\U0001e2f9\U0001e950-\U0001e959\U0001fbf0-\U0001fbf9]$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_decimal() IS 'Private, generated by stagenorm/unicode_data.py: regex class: str.isdecimal (Nd).';
CREATE FUNCTION stagenorm._unicode_alpha() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$[\u0041-\u005a\u0061-\u007a\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0370-\u0374\u0376-\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f\u0531-\u0556\u0559\u0560-\u0588\u05d0-\u05ea\u05ef-\u05f2\u0620-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06e5-\u06e6\u06ee-\u06ef\u06fa-\u06fc\u06ff\u0710\u0712-\u072f\u074d-\u07a5\u07b1\u07ca-\u07ea\u07f4-\u07f5\u07fa\u0800-\u0815\u081a\u0824\u0828\u0840-\u0858\u0860-\u086a\u0870-\u0887\u0889-\u088e\u08a0-\u08c9\u0904-\u0939\u093d\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098c\u098f-\u0990\u0993-\u09a8\u09aa-\u09b0\u09b2\u09b6-\u09b9\u09bd\u09ce\u09dc-\u09dd\u09df-\u09e1\u09f0-\u09f1\u09fc\u0a05-\u0a0a\u0a0f-\u0a10\u0a13-\u0a28\u0a2a-\u0a30\u0a32-\u0a33\u0a35-\u0a36\u0a38-\u0a39\u0a59-\u0a5c\u0a5e\u0a72-\u0a74\u0a85-\u0a8d\u0a8f-\u0a91\u0a93-\u0aa8\u0aaa-\u0ab0\u0ab2-\u0ab3\u0ab5-\u0ab9\u0abd\u0ad0\u0ae0-\u0ae1\u0af9\u0b05-\u0b0c\u0b0f-\u0b10\u0b13-\u0b28\u0b2a-\u0b30\u0b32-\u0b33\u0b35-\u0b39\u0b3d\u0b5c-\u0b5d\u0b5f-\u0b61\u0b71\u0b83\u0b85-\u0b8a\u0b8e-\u0b90\u0b92-\u0b95\u0b99-\u0b9a\u0b9c\u0b9e-\u0b9f\u0ba3-\u0ba4\u0ba8-\u0baa\u0bae-\u0bb9\u0bd0\u0c05-\u0c0c\u0c0e-\u0c10\u0c12-\u0c28\u0c2a-\u0c39\u0c3d\u0c58-\u0c5a\u0c5d\u0c60-\u0c61\u0c80\u0c85-\u0c8c\u0c8e-\u0c90\u0c92-\u0ca8\u0caa-\u0cb3\u0cb5-\u0cb9\u0cbd\u0cdd-\u0cde\u0ce0-\u0ce1\u0cf1-\u0cf2\u0d04-\u0d0c\u0d0e-\u0d10\u0d12-\u0d3a\u0d3d\u0d4e\u0d54-\u0d56\u0d5f-\u0d61\u0d7a-\u0d7f\u0d85-\u0d96\u0d9a-\u0db1\u0db3-\u0dbb\u0dbd\u0dc0-\u0dc6\u0e01-\u0e30\u0e32-\u0e33\u0e40-\u0e46\u0e81-\u0e82\u0e84\u0e86-\u0e8a\u0e8c-\u0ea3\u0ea5\u0ea7-\u0eb0\u0eb2-\u0eb3\u0ebd\u0ec0-\u0ec4\u0ec6\u0edc-\u0edf\u0f00\u0f40-\u0f47\u0f49-\u0f6c\u0f88-\u0f8c\u1000-\u102a\u103f\u1050-\u1055\u105a-\u105d\u1061\u1065-\u1066\u106e-\u1070\u1075-\u1081\u108e\u10a0-\u10c5\u10c7\u10cd\u10d0-\u10fa\u10fc-\u1248\u124a-\u124d\u1250-\u1256\u1258\u125a-\u125d\u1260-\u1288\u128a-\u128d\u1290-\u12b0\u12b2-\u12b5\u12b8-\u12be\u12c0\u12c2-\u12c5\u12c8-\u12d6\u12d8-\u1310\u1312-\u1315\u1318-\u135a\u1380-\u138f\u13a0-\u13f5\u13f8-\u13fd\u1401-\u166c\u166f-\u167f\u1681-\u169a\u16a0-\u16ea\u16f1-\u16f8\u1700-\u1711\u171f-\u1731\u1740-\u1751\u1760-\u176c\u176e-\u1770\u1780-\u17b3\u17d7\u17dc\u1820-\u1878\u1880-\u1884\u1887-\u18a8\u18aa\u18b0-\u18f5\u1900-\u191e\u1950-\u196d\u1970-\u1974\u1980-\u19ab\u19b0-\u19c9\u1a00-\u1a16\u1a20-\u1a54\u1aa7\u1b05-\u1b33\u1b45-\u1b4c\u1b83-\u1ba0\u1bae-\u1baf\u1bba-\u1be5\u1c00-\u1c23\u1c4d-\u1c4f\u1c5a-\u1c7d\u1c80-\u1c88\u1c90-\u1cba\u1cbd-\u1cbf\u1ce9-\u1cec\u1cee-\u1cf3\u1cf5-\u1cf6\u1cfa\u1d00-\u1dbf\u1e00-\u1f15\u1f18-\u1f1d\u1f20-\u1f45\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fcc\u1fd0-\u1fd3\u1fd6-\u1fdb\u1fe0-\u1fec\u1ff2-\u1ff4\u1ff6-\u1ffc\u2071\u207f\u2090-\u209c\u2102\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u212f-\u2139\u213c-\u213f\u2145-\u2149\u214e\u2183-\u2184\u2c00-\u2ce4\u2ceb-\u2cee\u2cf2-\u2cf3\u2d00-\u2d25\u2d27\u2d2d\u2d30-\u2d67\u2d6f\u2d80-\u2d96\u2da0-\u2da6\u2da8-\u2dae\u2db0-\u2db6\u2db8-\u2dbe\u2dc0-\u2dc6\u2dc8-\u2dce\u2dd0-\u2dd6\u2dd8-\u2dde\u2e2f\u3005-\u3006\u3031-\u3035\u303b-\u303c\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312f\u3131-\u318e\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\ua48c\ua4d0-\ua4fd\ua500-\ua60c\ua610-\ua61f\ua62a-\ua62b\ua640-\ua66e\ua67f-\ua69d\ua6a0-\ua6e5\ua717-\ua71f\ua722-\ua788\ua78b-\ua7ca\ua7d0-\ua7d1\ua7d3\ua7d5-\ua7d9\ua7f2-\ua801\ua803-\ua805\ua807-\ua80a\ua80c-\ua822\ua840-\ua873\ua882-\ua8b3\ua8f2-\ua8f7\ua8fb\ua8fd-\ua8fe\ua90a-\ua925\ua930-\ua946\ua960-\ua97c\ua984-\ua9b2\ua9cf\ua9e0-\ua9e4\ua9e6-\ua9ef\ua9fa-\ua9fe\uaa00-\uaa28\uaa40-\uaa42\uaa44-\uaa4b\uaa60-\uaa76\uaa7a\uaa7e-\uaaaf\uaab1\uaab5-\uaab6\uaab9-\uaabd\uaac0\uaac2\uaadb-\uaadd\uaae0-\uaaea\uaaf2-\uaaf4\uab01-\uab06\uab09-\uab0e\uab11-\uab16\uab20-\uab26\uab28-\uab2e\uab30-\uab5a\uab5c-\uab69\uab70-\uabe2\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uf900-\ufa6d\ufa70-\ufad9\ufb00-\ufb06\ufb13-\ufb17\ufb1d\ufb1f-\ufb28\ufb2a-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdfb\ufe70-\ufe74\ufe76-\ufefc\uff21-\uff3a\uff41-\uff5a\uff66-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\U00010000-\U0001000b\U0001000d-\U00010026\U00010028-\U0001003a\U0001003c-\U0001003d\U0001003f-\U0001004d\U00010050-\U0001005d\U00010080-\U000100fa\U00010280-\U0001029c\U000102a0-\U000102d0\U00010300-\U0001031f\U0001032d-\U00010340\U00010342-\U00010349\U00010350-\U00010375\U00010380-\U0001039d\U000103a0-\U000103c3\U000103c8-\U000103cf\U00010400-\U0001049d\U000104b0-\U000104d3\U000104d8-\U000104fb\U00010500-\U00010527\U00010530-\U00010563\U00010570-\U0001057a\U0001057c-\U0001058a\U0001058c-\U00010592\U00010594-\U00010595\U00010597-\U000105a1\U000105a3-\U000105b1\U000105b3-\U000105b9\U000105bb-\U000105bc\U00010600-\U00010736\U00010740-\U00010755\U00010760-\U00010767\U00010780-\U00010785\U00010787-\U000107b0\U000107b2-\U000107ba\U00010800-\U00010805\U00010808\U0001080a-\U00010835\U00010837-\U00010838\U0001083c\U0001083f-\U00010855\U00010860-\U00010876\U00010880-\U0001089e\U000108e0-\U000108f2\U000108f4-\U000108f5\U00010900-\U00010915\U00010920-\U00010939\U00010980-\U000109b7\U000109be-\U000109bf\U00010a00\U00010a10-\U00010a13\U00010a15-\U00010a17\U00010a19-\U00010a35\U00010a60-\U00010a7c\U00010a80-\U00010a9c\U00010ac0-\U00010ac7\U00010ac9-\U00010ae4\U00010b00-\U00010b35\U00010b40-\U00010b55\U00010b60-\U00010b72\U00010b80-\U00010b91\U00010c00-\U00010c48\U00010c80-\U00010cb2\U00010cc0-\U00010cf2\U00010d00-\U00010d23\U00010e80-\U00010ea9\U00010eb0-\U00010eb1\U00010f00-\U00010f1c\U00010f27\U00010f30-\U00010f45\U00010f70-\U00010f81\U00010fb0-\U00010fc4\U00010fe0-\U00010ff6\U00011003-\U00011037\U00011071-\U00011072\U00011075\U00011083-\U000110af\U000110d0-\U000110e8\U00011103-\U00011126\U00011144\U00011147\U00011150-\U00011172\U00011176\U00011183-\U000111b2\U000111c1-\U000111c4\U000111da\U000111dc\U00011200-\U00011211\U00011213-\U0001122b\U00011280-\U00011286\U00011288\U0001128a-\U0001128d\U0001128f-\U0001129d\U0001129f-\U000112a8\U000112b0-\U000112de\U00011305-\U0001130c\U0001130f-\U00011310\U00011313-\U00011328\U0001132a-\U00011330\U00011332-\U00011333\U00011335-\U00011339\U0001133d\U00011350\U0001135d-\U00011361\U00011400-\U00011434\U00011447-\U0001144a\U0001145f-\U00011461\U00011480-\U000114af\U000114c4-\U000114c5\U000114c7\U00011580-\U000115ae\U000115d8-\U000115db\U00011600-\U0001162f\U00011644\U00011680-\U000116aa\U000116b8\U00011700-\U0001171a\U00011740-\U00011746\U00011800-\U0001182b\U000118a0-\U000118df\U000118ff-\U00011906\U00011909\U0001190c-\U00011913\U00011915-\U00011916\U00011918-\U0001192f\U0001193f\U00011941\U000119a0-\U000119a7\U000119aa-\U000119d0\U000119e1\U000119e3\U00011a00\U00011a0b-\U00011a32\U00011a3a\U00011a50\U00011a5c-\U00011a89\U00011a9d\U00011ab0-\U00011af8\U00011c00-\U00011c08\U00011c0a-\U00011c2e\U00011c40\U00011c72-\U00011c8f\U00011d00-\U00011d06\U00011d08-\U00011d09\U00011d0b-\U00011d30\U00011d46\U00011d60-\U00011d65\U00011d67-\U00011d68\U00011d6a-\U00011d89\U00011d98\U00011ee0-\U00011ef2\U00011fb0\U00012000-\U00012399\U00012480-\U00012543\U00012f90-\U00012ff0\U00013000-\U0001342e\U00014400-\U00014646\U00016800-\U00016a38\U00016a40-\U00016a5e\U00016a70-\U00016abe\U00016ad0-\U00016aed\U00016b00-\U00016b2f\U00016b40-\U00016b43\U00016b63-\U00016b77\U00016b7d-\U00016b8f\U00016e40-\U00016e7f\U00016f00-\U00016f4a\U00016f50\U00016f93-\U00016f9f\U00016fe0-\U00016fe1\U00016fe3\U00017000-\U000187f7\U00018800-\U00018cd5\U00018d00-\U00018d08\U0001aff0-\U0001aff3\U0001aff5-\U0001affb\U0001affd-\U0001affe\U0001b000-\U0001b122\U0001b150-\U0001b152\U0001b164-\U0001b167\U0001b170-\U0001b2fb\U0001bc00-\U0001bc6a\U0001bc70-\U0001bc7c\U0001bc80-\U0001bc88\U0001bc90-\U0001bc99\U0001d400-\U0001d454\U0001d456-\U0001d49c\U0001d49e-\U0001d49f\U0001d4a2\U0001d4a5-\U0001d4a6\U0001d4a9-\U0001d4ac\U0001d4ae-\U0001d4b9\U0001d4bb\U0001d4bd-\U0001d4c3\U0001d4c5-\U0001d505\U0001d507-\U0001d50a\U0001d50d-\U0001d514\U0001d516-\U0001d51c\U0001d51e-\U0001d539\U0001d53b-\U0001d53e\U0001d540-\U0001d544\U0001d546\U0001d54a-\U0001d550\U0001d552-\U0001d6a5\U0001d6a8-\U0001d6c0\U0001d6c2-\U0001d6da\U0001d6dc-\U0001d6fa\U0001d6fc-\U0001d714\U0001d716-\U0001d734\U0001d736-\U0001d74e\U0001d750-\U0001d76e\U0001d770-\U0001d788\U0001d78a-\U0001d7a8\U0001d7aa-\U0001d7c2\U0001d7c4-\U0001d7cb\U0001df00-\U0001df1e\U0001e100-\U0001e12c\U0001e137-\U0001e13d\U0001e14e\U0001e290-\U0001e2ad\U0001e2c0-\U0001e2eb\U0001e7e0-\U0001e7e6\U0001e7e8-\U0001e7eb\U0001e7ed-\U0001e7ee\U0001e7f0-\U0001e7fe\U0001e800-\U0001e8c4\U0001e900-\U0001e943\U0001e94b\U0001ee00-\U0001ee03\U0001ee05-\U0001ee1f\U0001ee21-\U0001ee22\U0001ee24\U0001ee27\U0001ee29-\U0001ee32\U0001ee34-\U0001ee37\U0001ee39\U0001ee3b\U0001ee42\U0001ee47\U0001ee49\U0001ee4b\U0001ee4d-\U0001ee4f\U0001ee51-\U0001ee52\U0001ee54\U0001ee57\U0001ee59\U0001ee5b\U0001ee5d\U0001ee5f\U0001ee61-\U0001ee62\U0001ee64\U0001ee67-\U0001ee6a\U0001ee6c-\U0001ee72\U0001ee74-\U0001ee77\U0001ee79-\U0001ee7c\U0001ee7e\U0001ee80-\U0001ee89\U0001ee8b-\U0001ee9b\U0001eea1-\U0001eea3\U0001eea5-\U0001eea9\U0001eeab-\U0001eebb\U00020000-\U0002a6df\U0002a700-\U0002b738\U0002b740-\U0002b81d\U0002b820-\U0002cea1\U0002ceb0-\U0002ebe0\U0002f800-\U0002fa1d\U00030000-\U0003134a]$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_alpha() IS 'Private, generated by stagenorm/unicode_data.py: regex class: str.isalpha (Lu, Ll, Lt, Lm, Lo).';
CREATE FUNCTION stagenorm._unicode_version() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$14.0.0$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_version() IS 'Private, generated by stagenorm/unicode_data.py: the Unicode version of the Python that rendered these tables.';
CREATE FUNCTION stagenorm._unicode_second() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$[\u0300-\u0304\u0306-\u030c\u030f\u0311\u0313-\u0314\u031b\u0323-\u0328\u032d-\u032e\u0330-\u0331\u0338\u0342\u0345\u0653-\u0655\u093c\u09be\u09d7\u0b3e\u0b56-\u0b57\u0bbe\u0bd7\u0c56\u0cc2\u0cd5-\u0cd6\u0d3e\u0d57\u0dca\u0dcf\u0ddf\u102e\u1161-\u1175\u11a8-\u11c2\u1b35\u3099-\u309a\U000110ba\U00011127\U0001133e\U00011357\U000114b0\U000114ba\U000114bd\U000115af\U00011930]$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_second() IS 'Private, generated by stagenorm/unicode_data.py: regex class: second characters of a composition (Hangul jamo included).';
CREATE FUNCTION stagenorm._unicode_nonstarter() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$[\u0300-\u034e\u0350-\u036f\u0483-\u0487\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711\u0730-\u074a\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b\u0898-\u089f\u08ca-\u08e1\u08e3-\u08ff\u093c\u094d\u0951-\u0954\u09bc\u09cd\u09fe\u0a3c\u0a4d\u0abc\u0acd\u0b3c\u0b4d\u0bcd\u0c3c\u0c4d\u0c55-\u0c56\u0cbc\u0ccd\u0d3b-\u0d3c\u0d4d\u0dca\u0e38-\u0e3a\u0e48-\u0e4b\u0eb8-\u0eba\u0ec8-\u0ecb\u0f18-\u0f19\u0f35\u0f37\u0f39\u0f71-\u0f72\u0f74\u0f7a-\u0f7d\u0f80\u0f82-\u0f84\u0f86-\u0f87\u0fc6\u1037\u1039-\u103a\u108d\u135d-\u135f\u1714-\u1715\u1734\u17d2\u17dd\u18a9\u1939-\u193b\u1a17-\u1a18\u1a60\u1a75-\u1a7c\u1a7f\u1ab0-\u1abd\u1abf-\u1ace\u1b34\u1b44\u1b6b-\u1b73\u1baa-\u1bab\u1be6\u1bf2-\u1bf3\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce0\u1ce2-\u1ce8\u1ced\u1cf4\u1cf8-\u1cf9\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a\ua66f\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua806\ua82c\ua8c4\ua8e0-\ua8f1\ua92b-\ua92d\ua953\ua9b3\ua9c0\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaf6\uabed\ufb1e\ufe20-\ufe2f\U000101fd\U000102e0\U00010376-\U0001037a\U00010a0d\U00010a0f\U00010a38-\U00010a3a\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27\U00010eab-\U00010eac\U00010f46-\U00010f50\U00010f82-\U00010f85\U00011046\U00011070\U0001107f\U000110b9-\U000110ba\U00011100-\U00011102\U00011133-\U00011134\U00011173\U000111c0\U000111ca\U00011235-\U00011236\U000112e9-\U000112ea\U0001133b-\U0001133c\U0001134d\U00011366-\U0001136c\U00011370-\U00011374\U00011442\U00011446\U0001145e\U000114c2-\U000114c3\U000115bf-\U000115c0\U0001163f\U000116b6-\U000116b7\U0001172b\U00011839-\U0001183a\U0001193d-\U0001193e\U00011943\U000119e0\U00011a34\U00011a47\U00011a99\U00011c3f\U00011d42\U00011d44-\U00011d45\U00011d97\U00016af0-\U00016af4\U00016b30-\U00016b36\U00016ff0-\U00016ff1\U0001bc9e\U0001d165-\U0001d169\U0001d16d-\U0001d172\U0001d17b-\U0001d182\U0001d185-\U0001d18b\U0001d1aa-\U0001d1ad\U0001d242-\U0001d244\U0001e000-\U0001e006\U0001e008-\U0001e018\U0001e01b-\U0001e021\U0001e023-\U0001e024\U0001e026-\U0001e02a\U0001e130-\U0001e136\U0001e2ae\U0001e2ec-\U0001e2ef\U0001e8d0-\U0001e8d6\U0001e944-\U0001e94a]$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_nonstarter() IS 'Private, generated by stagenorm/unicode_data.py: regex class: non-zero canonical combining class.';
CREATE FUNCTION stagenorm._unicode_ascii_space() RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u$[\u0001-\u0020\u0022\u0027-\u0029\u002c-\u002f\u003a\u005b\u005d\u005f-\u0060\u007b\u007d\u007f]$u$::pg_catalog.text $fn$;
COMMENT ON FUNCTION stagenorm._unicode_ascii_space() IS 'Private, generated by stagenorm/unicode_data.py: regex class: ASCII characters the separator table makes a space.';
CREATE FUNCTION stagenorm._rules_constants() RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT $u${"decorated_suffixes":["+"," extension"," Extension"," 2"],"decorations":["+","ext","extension","plus","prime"],"frequent_unknown":["","bridge","venture","debt","grant","ipo","post ipo","other","tbd","n/a","na","none","unknown","convertible note","secondary","series","round"],"glued_series":"series","letter_suffixes":[" round"," Round"],"series_decorations":["1","2","3","-1","-2","-3","+"," Extension"," extension"," ext"," round"," Round"],"series_prefixes":["Series ","series ","SERIES ","Series","series","series_","series-","Series-","Series_","Ser. ","Round "],"small_words":["and","of","the"],"spelling_suffixes":[" round"," Round"," stage"," Stage"],"suggest_limit":3,"suggest_max_length":64,"upper_rest_heads":["pre","post"],"word_kinds":["filler","series_prefix"]}$u$::pg_catalog.jsonb $fn$;
COMMENT ON FUNCTION stagenorm._rules_constants() IS 'Private, generated by stagenorm/unicode_data.py: the constants of stagenorm/rules.py (decorations, limits, spellings).';

-- >>> seed: stagenorm/rules.py and stagenorm/data/taxonomy.json
SELECT stagenorm._install_seed($seed$"""The stage-label reading rules: one implementation for Python and PL/Python.

This module is deliberately standalone. Its source text is stored in the table
``stagenorm.python_module`` and ``exec()``-ed by ``stagenorm._rules_py`` inside
PostgreSQL, so it imports nothing but the standard library, does no I/O, keeps no
state outside a :class:`Taxonomy`, and works in a fresh namespace whose ``__name__``
is in no ``sys.modules`` (hence plain classes, not dataclasses).

The reading rules, the contract both sides keep, are stated in ``docs/taxonomy.md``.
The taxonomy itself (stages, aliases, filler words, series
prefixes) is data: :meth:`Taxonomy.from_dict` reads ``stagenorm/data/taxonomy.json``,
:meth:`Taxonomy.from_rows` reads the same lists from the database tables.
"""

import contextlib
import json
import math
import numbers
import re
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, Self

__all__ = [
    "DECORATIONS",
    "ERROR_CODES",
    "MAX_DEPTH",
    "MAX_ENTRIES",
    "MAX_LABEL_LENGTH",
    "SCALES",
    "WORD_KINDS",
    "Taxonomy",
    "fast_path_labels",
    "fold",
    "fold_text",
    "normalize_stage",
    "parse_stage_distribution",
    "parse_stage_distribution_json",
    "suggest_stages",
]

# --------------------------------------------------------------------------- folding

#: Unicode categories that separate tokens (besides ``str.isspace``).
_SEPARATOR_CATEGORIES: Final = frozenset({"Zs", "Zl", "Zp", "Cc", "Pd", "Ps", "Pe", "Pi", "Pf"})
#: Single characters that separate tokens: ``_ . / , :``, quotes, minus signs.
_SEPARATOR_CHARS: Final = frozenset("_./,:\"'`\u2212\u2043")
#: Cache bound of the lazily filled character tables (distinct characters seen).
_TABLE_LIMIT: Final = 65536


class _MarkTable(dict[int, str]):
    """``str.translate`` table that deletes combining marks (category Mn)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = "" if unicodedata.category(char) == "Mn" else char
        if len(self) < _TABLE_LIMIT:
            self[code] = out
        return out


class _SeparatorTable(dict[int, str]):
    """``str.translate`` table: separators to a space, format characters deleted,
    ``+`` to its own token, ``&`` to the word ``and``; everything else kept."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            out = ""
        elif char.isspace() or category in _SEPARATOR_CATEGORIES or char in _SEPARATOR_CHARS:
            out = " "
        elif char == "+":
            out = " + "
        elif char == "&":
            out = " and "
        else:
            out = char
        if len(self) < _TABLE_LIMIT:
            self[code] = out
        return out


_MARKS: Final = _MarkTable()
_SEPARATORS: Final = _SeparatorTable()
_DIGIT_RUNS: Final = re.compile(r"\d+|\D+")
_GLUED_SERIES: Final = "series"


def fold(label: str) -> tuple[str, ...]:
    """The folded tokens of ``label`` (reading rule 2).

    NFKC, case fold, accents removed (NFKD without Mn), NFKC again; format characters
    (Cf) deleted; every run of separators splits; ``+`` is a token, ``&`` is ``and``;
    letters and digits are split apart; ``series`` glued to one letter is split.
    """
    if label.isascii():
        text = label.lower()  # NFKC and case folding of ASCII
    else:
        text = unicodedata.normalize("NFKC", label).casefold()
        text = unicodedata.normalize("NFKD", text).translate(_MARKS)
        text = unicodedata.normalize("NFKC", text)
    tokens: list[str] = []
    for chunk in text.translate(_SEPARATORS).split():
        if chunk.isalpha():
            parts = [chunk]
        elif chunk.isdecimal():
            tokens.append(chunk)
            continue
        else:
            parts = _DIGIT_RUNS.findall(chunk)
        if _GLUED_SERIES not in chunk:
            tokens.extend(parts)
            continue
        for part in parts:
            if len(part) == 7 and part.startswith(_GLUED_SERIES) and part[6].isalpha():
                tokens.append(_GLUED_SERIES)
                tokens.append(part[6])
            else:
                tokens.append(part)
    return tuple(tokens)


def fold_text(label: str) -> str:
    """The folded form of ``label`` as one string (tokens joined by one space): the
    form in which aliases are stored."""
    return " ".join(fold(label))


# --------------------------------------------------------------------------- taxonomy

#: Trailing tokens that keep the stage of a decorable alias (digit runs are too).
DECORATIONS: Final = frozenset({"+", "plus", "prime", "extension", "ext"})
#: The kinds of ``words`` rows.
WORD_KINDS: Final = ("filler", "series_prefix")

_MISSING: Final = object()
_CACHE_LIMIT: Final = 8192
_CACHE_LABEL_MAX: Final = 256
_SUGGEST_MAX_LENGTH: Final = 64
_SUGGEST_LIMIT: Final = 3


class Taxonomy:
    """An immutable taxonomy: canonical stages in order, folded aliases, words.

    Build it with :meth:`from_dict` (the JSON document) or :meth:`from_rows` (the
    database tables). Malformed data raises :class:`ValueError` naming the row.
    Memoizes :func:`normalize_stage` and :func:`suggest_stages` per instance.
    """

    __slots__ = (
        "_aliases",
        "_candidates",
        "_norm_cache",
        "_suggest_cache",
        "alias_rows",
        "display_names",
        "fillers",
        "keys",
        "positions",
        "series_prefixes",
        "version",
    )

    version: int
    keys: tuple[str, ...]
    display_names: Mapping[str, str]
    positions: Mapping[str, int]
    fillers: frozenset[str]
    series_prefixes: frozenset[str]
    alias_rows: tuple[tuple[str, str, bool], ...]
    _aliases: dict[str, tuple[str, bool]]
    _candidates: tuple[tuple[str, str, str], ...]
    _norm_cache: dict[str, str | None]
    _suggest_cache: dict[str, tuple[str, ...]]

    def __init__(
        self,
        stages: Iterable[tuple[str, str, int]],
        aliases: Iterable[tuple[str, str, bool]],
        words: Iterable[tuple[str, str]],
        version: int,
    ) -> None:
        ordered = sorted(stages, key=lambda row: row[2])
        if not ordered:
            raise ValueError("taxonomy: no stages")
        keys = tuple(row[0] for row in ordered)
        if len(set(keys)) != len(keys):
            raise ValueError("taxonomy: duplicate stage key")
        if len({row[2] for row in ordered}) != len(ordered):
            raise ValueError("taxonomy: duplicate stage position")

        alias_map: dict[str, tuple[str, bool]] = {}
        alias_rows: list[tuple[str, str, bool]] = []
        for alias, stage, decorable in aliases:
            if stage not in keys:
                raise ValueError(f"taxonomy: alias {alias!r} names unknown stage {stage!r}")
            folded = fold_text(alias)
            if not folded:
                raise ValueError(f"taxonomy: alias {alias!r} is empty once folded")
            previous = alias_map.get(folded)
            if previous is not None and previous[0] != stage:
                raise ValueError(
                    f"taxonomy: alias {folded!r} means both {previous[0]!r} and {stage!r}"
                )
            alias_map[folded] = (stage, decorable or (previous is not None and previous[1]))
            alias_rows.append((folded, stage, decorable))

        fillers: set[str] = set()
        prefixes: set[str] = set()
        for word, kind in words:
            tokens = fold(word)
            if len(tokens) != 1:
                raise ValueError(f"taxonomy: word {word!r} must fold to exactly one token")
            if kind == "filler":
                fillers.add(tokens[0])
            elif kind == "series_prefix":
                prefixes.add(tokens[0])
            else:
                raise ValueError(f"taxonomy: word {word!r} has unknown kind {kind!r}")

        positions = {row[0]: row[2] for row in ordered}
        put = object.__setattr__
        put(self, "version", version)
        put(self, "keys", keys)
        put(self, "display_names", MappingProxyType({row[0]: row[1] for row in ordered}))
        put(self, "positions", MappingProxyType(positions))
        put(self, "fillers", frozenset(fillers))
        put(self, "series_prefixes", frozenset(prefixes))
        put(self, "alias_rows", tuple(alias_rows))
        put(self, "_aliases", alias_map)
        put(self, "_candidates", _suggestion_candidates(ordered, alias_map, prefixes, positions))
        put(self, "_norm_cache", {})
        put(self, "_suggest_cache", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Taxonomy is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Taxonomy is immutable")

    def __repr__(self) -> str:
        return (
            f"Taxonomy(version={self.version}, stages={len(self.keys)}, "
            f"aliases={len(self._aliases)})"
        )

    @classmethod
    def from_rows(
        cls,
        stages: Iterable[Mapping[str, Any]],
        aliases: Iterable[Mapping[str, Any]],
        words: Iterable[Mapping[str, Any]],
        version: int,
    ) -> Self:
        """Build from rows shaped like the JSON lists (what the SQL tables return):
        stages ``{key, display_name, position}``, aliases ``{alias, stage,
        decorable}`` (``decorable`` may be absent: false), words ``{word, kind}``.
        Extra keys are ignored."""
        stage_rows = [
            (
                _require(row, "key", str, "stage"),
                _require(row, "display_name", str, "stage"),
                _require(row, "position", int, "stage"),
            )
            for row in stages
        ]
        alias_rows = [
            (
                _require(row, "alias", str, "alias"),
                _require(row, "stage", str, "alias"),
                _flag(row),
            )
            for row in aliases
        ]
        word_rows = [
            (_require(row, "word", str, "word"), _require(row, "kind", str, "word"))
            for row in words
        ]
        if isinstance(version, bool) or not isinstance(version, int):
            raise ValueError(f"taxonomy: version must be an integer, not {version!r}")
        return cls(stage_rows, alias_rows, word_rows, version)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from the JSON document ``{version, stages, aliases, words}``."""
        if not isinstance(data, Mapping):
            raise ValueError("taxonomy: the document must be a JSON object")
        parts = []
        for name in ("stages", "aliases", "words"):
            rows = data.get(name)
            if not isinstance(rows, list):
                raise ValueError(f"taxonomy: {name!r} must be a list")
            parts.append(rows)
        version: Any = data.get("version")
        return cls.from_rows(parts[0], parts[1], parts[2], version)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document shape (aliases folded, in input order)."""
        fillers = sorted(self.fillers)
        prefixes = sorted(self.series_prefixes)
        return {
            "version": self.version,
            "stages": [
                {"key": k, "display_name": self.display_names[k], "position": self.positions[k]}
                for k in self.keys
            ],
            "aliases": [{"alias": a, "stage": s, "decorable": d} for a, s, d in self.alias_rows],
            "words": [{"word": w, "kind": "filler"} for w in fillers]
            + [{"word": w, "kind": "series_prefix"} for w in prefixes],
        }

    # -- reading ---------------------------------------------------------------------

    def _normalize(self, label: str) -> str | None:
        cache = self._norm_cache
        hit = cache.get(label, _MISSING)
        if hit is not _MISSING:
            return hit  # type: ignore[return-value]
        key = self._read(fold(label))
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = key
        return key

    def _read(self, tokens: tuple[str, ...]) -> str | None:
        """Rules 3 and 4: as written, then without fillers (if anything remains)."""
        if not tokens:
            return None
        key = self._read_form(tokens)
        if key is not None:
            return key
        kept = tuple(t for t in tokens if t not in self.fillers)
        if kept and len(kept) != len(tokens):
            return self._read_form(kept)
        return None

    def _read_form(self, tokens: tuple[str, ...]) -> str | None:
        aliases = self._aliases
        exact = aliases.get(" ".join(tokens))
        if exact is not None:
            return exact[0]
        end = len(tokens)
        while end and (tokens[end - 1] in DECORATIONS or tokens[end - 1].isdecimal()):
            end -= 1
        start = 0
        if end == 2 and tokens[0] in self.series_prefixes and len(tokens[1]) == 1:
            start = 1
        if end == start or (start == 0 and end == len(tokens)):
            return None
        entry = aliases.get(" ".join(tokens[start:end]))
        if entry is None or not entry[1]:
            return None
        return entry[0]

    def _suggest(self, label: str) -> tuple[str, ...]:
        cache = self._suggest_cache
        hit = cache.get(label)
        if hit is not None:
            return hit
        key: Any = self._norm_cache.get(label, _MISSING)
        tokens = None
        if key is _MISSING:
            tokens = fold(label)
            key = self._read(tokens)
        if key is not None:
            result: tuple[str, ...] = (key,)
        else:
            result = self._fuzzy(fold(label) if tokens is None else tokens)
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = result
        return result

    def _fuzzy(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        tokens = tuple(t for t in tokens if t not in self.fillers)
        if not tokens:
            return ()  # only filler words ("round"): nothing to suggest
        end = len(tokens)
        while end and (tokens[end - 1] in DECORATIONS or tokens[end - 1].isdecimal()):
            end -= 1
        query = " ".join(tokens[:end])
        if len(query) > _SUGGEST_MAX_LENGTH or not any(c.isalpha() for c in query):
            return ()
        last = tokens[end - 1]
        best: dict[str, int] = {}
        size = len(query)
        for candidate, key, letter in self._candidates:
            if letter and (letter != last or end < 2):
                continue  # a series letter is never guessed: "series z" is no "series a"
            limit = _allowed_distance(size)
            if abs(size - len(candidate)) > limit or best.get(key, limit + 1) <= 0:
                continue
            distance = _osa_distance(query, candidate, limit)
            if distance <= limit and distance < best.get(key, limit + 1):
                best[key] = distance
        ranked = sorted(best, key=lambda k: (best[k], self.positions[k], k))
        return tuple(ranked[:_SUGGEST_LIMIT])


def _require(row: Mapping[str, Any], name: str, kind: type, what: str) -> Any:
    value = row.get(name) if isinstance(row, Mapping) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"taxonomy: {what} row {row!r}: {name!r} must be {kind.__name__}")
    if kind is str and not value:
        raise ValueError(f"taxonomy: {what} row {row!r}: {name!r} must not be empty")
    return value


def _flag(row: Mapping[str, Any]) -> bool:
    value = row.get("decorable", False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"taxonomy: alias row {row!r}: 'decorable' must be a boolean")
    return value


def _suggestion_candidates(
    stages: list[tuple[str, str, int]],
    aliases: Mapping[str, tuple[str, bool]],
    prefixes: Iterable[str],
    positions: Mapping[str, int],
) -> tuple[tuple[str, str, str], ...]:
    """Strings a misspelling is compared with: every alias, every display name and
    key, and ``<prefix> <letter>`` for every decorable single-letter alias. Each comes
    with its series letter (``""`` if it is not of the form ``<prefix> <letter>``):
    such a candidate only matches a query that ends in the same letter."""
    prefixes = frozenset(prefixes)
    found: dict[str, str] = {}

    def add(text: str, key: str) -> None:
        if text and (text not in found or positions[key] < positions[found[text]]):
            found[text] = key

    for folded, (key, decorable) in aliases.items():
        add(folded, key)
        if decorable and len(folded) == 1:
            for prefix in prefixes:
                add(f"{prefix} {folded}", key)
    for key, display, _position in stages:
        add(fold_text(display), key)
        add(fold_text(key), key)
    candidates = []
    for text, key in sorted(found.items(), key=lambda item: (positions[item[1]], item[0])):
        head, _, letter = text.rpartition(" ")
        is_series = head in prefixes and len(letter) == 1
        candidates.append((text, key, letter if is_series else ""))
    return tuple(candidates)


def _allowed_distance(length: int) -> int:
    """Edit distance accepted for a suggestion, by the length of what was typed."""
    if length <= 2:
        return 0
    if length <= 4:
        return 1
    if length <= 8:
        return 2
    return 3


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Restricted Damerau-Levenshtein (optimal string alignment) distance: insert,
    delete, substitute and swap two adjacent characters each cost 1. Any distance
    above ``limit`` is returned as ``limit + 1``; only the diagonal band of width
    ``2 * limit + 1`` is computed."""
    if a == b:
        return 0
    width = len(b)
    over = limit + 1
    if abs(len(a) - width) > limit:
        return over
    before: list[int] = []
    previous = [j if j <= limit else over for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        char = a[i - 1]
        current = [over] * (width + 1)
        if i <= limit:
            current[0] = i
        lowest = current[0]
        for j in range(max(1, i - limit), min(width, i + limit) + 1):
            value = previous[j - 1] + (char != b[j - 1])
            if previous[j] < value:
                value = previous[j] + 1
            if current[j - 1] < value:
                value = current[j - 1] + 1
            swap = i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == b[j - 1]
            if swap and before[j - 2] < value:
                value = before[j - 2] + 1
            if value > over:
                value = over
            current[j] = value
            if value < lowest:
                lowest = value
        if lowest > limit:
            return over
        before, previous = previous, current
    return previous[width]


# --------------------------------------------------------------------------- public API


def normalize_stage(label: str | None, taxonomy: Taxonomy) -> str | None:
    """The canonical key of ``label``, or ``None`` when unknown. Never raises."""
    if not isinstance(label, str):
        return None
    try:
        return taxonomy._normalize(label)
    except Exception:  # a reading rule must never make a query fail
        return None


def suggest_stages(label: str | None, taxonomy: Taxonomy) -> list[str]:
    """At most 3 canonical keys ``label`` probably meant, best first. ``[key]`` when
    the label normalizes; ``[]`` when it resembles nothing. Never raises."""
    if not isinstance(label, str):
        return []
    try:
        return list(taxonomy._suggest(label))
    except Exception:
        return []


#: Frequent labels that name no stage, for the fast path (answered by the rules anyway).
_FREQUENT_UNKNOWN: Final = (
    "", "bridge", "venture", "debt", "grant", "ipo", "post ipo", "other", "tbd", "n/a", "na",
    "none", "unknown", "convertible note", "secondary", "series", "round",
)


#: Words _spellings leaves in lower case in a title ("Friends and Family").
_SMALL_WORDS: Final = ("and", "of", "the")
#: Heads _spellings also writes with the rest in capitals (pre-IPO, Pre-IPO).
_UPPER_REST_HEADS: Final = ("pre", "post")
#: Trailing words _spellings adds to each spelling.
_SPELLING_SUFFIXES: Final = (" round", " Round", " stage", " Stage")
#: How people write a series letter (fast_path_labels): prefixes, decorations, suffixes.
_SERIES_PREFIXES: Final = ("Series ", "series ", "SERIES ", "Series", "series", "series_",
                           "series-", "Series-", "Series_", "Ser. ", "Round ")
_SERIES_DECORATIONS: Final = ("1", "2", "3", "-1", "-2", "-3", "+", " Extension", " extension",
                              " ext", " round", " Round")
_LETTER_SUFFIXES: Final = (" round", " Round")
_DECORATED_SUFFIXES: Final = ("+", " extension", " Extension", " 2")


def _spellings(words: str) -> set[str]:
    """How people type a folded label: cases, separators, a trailing round/stage word."""
    forms: set[str] = set()
    title = " ".join(w if w in _SMALL_WORDS else w.capitalize() for w in words.split(" "))
    cases = {words, words.title(), title, words.upper(), words.capitalize()}
    head, space, rest = words.partition(" ")
    if space and head in _UPPER_REST_HEADS:  # pre-IPO, Pre-IPO
        cases |= {f"{head} {rest.upper()}", f"{head.capitalize()} {rest.upper()}"}
    for text in cases:
        for joined in {text, text.replace(" ", "-"), text.replace(" ", "_"), text.replace(" ", "")}:
            forms.add(joined)
            for suffix in _SPELLING_SUFFIXES:
                forms.add(joined + suffix)
    return forms


def fast_path_labels(taxonomy: Taxonomy) -> dict[str, str]:
    """Frequent raw labels and their answers (``""`` for unknown), computed by the
    rules themselves: the constant fast path of the SQL ``normalize_stage``."""
    labels: set[str] = set()
    for text in _FREQUENT_UNKNOWN:
        labels |= _spellings(text)
    for key in taxonomy.keys:
        labels |= _spellings(key.replace("_", " ")) | _spellings(taxonomy.display_names[key].lower())
        labels |= {taxonomy.display_names[key], key, key.upper()}
    for folded, _stage, decorable in taxonomy.alias_rows:
        labels |= _spellings(folded)
        if decorable and len(folded) == 1:
            for letter in (folded, folded.upper()):
                for prefix in _SERIES_PREFIXES:
                    labels.add(prefix + letter)
                for deco in _SERIES_DECORATIONS:
                    labels.add(_SERIES_PREFIXES[0] + letter + deco)
                labels |= {letter + suffix for suffix in _LETTER_SUFFIXES}
        elif decorable:
            for text in (folded, folded.title(), folded.upper()):
                labels |= {text + suffix for suffix in _DECORATED_SUFFIXES}
    return {label: normalize_stage(label, taxonomy) or "" for label in sorted(labels)}


# --------------------------------------------------------------------------- distributions

#: Error codes of :func:`parse_stage_distribution`, stable.
ERROR_CODES: Final = (
    "INVALID_SHAPE",
    "EMPTY_DISTRIBUTION",
    "UNKNOWN_STAGE",
    "WEIGHT_NOT_A_NUMBER",
    "WEIGHT_NEGATIVE",
    "WEIGHT_ABOVE_MAX",
    "SUM_MISMATCH",
    "LIMIT_EXCEEDED",
)
#: Caps on what :func:`parse_stage_distribution` reads, checked before any work per
#: entry; an input over one is answered with ``LIMIT_EXCEEDED`` alone. The SQL
#: implementation has the same caps (``stagenorm._distribution_limit``).
#: Entries (object keys or array items): a distribution has one per stage (7 today),
#: a sloppy one a few dozen; 1,000 bounds the rules' work per call to milliseconds.
MAX_ENTRIES: Final = 1000
#: Characters of a stage label (the normalizer's own cache keeps labels up to 256).
MAX_LABEL_LENGTH: Final = 256
#: Levels of nested containers: a distribution has 2 (array, entry), a wrong weight 3.
MAX_DEPTH: Final = 8
#: Scales and the maximum weight of each.
SCALES: Final = MappingProxyType({"percent": 100, "fraction": 1})
_AUTO_CAP: Final = 1e9
_INFINITY: Final = math.inf
#: Shares and sums are rounded to 12 decimals (the nearest double to n / 10**12) ...
_SCALE12: Final = 1e12
#: ... and compared with the tolerance with the same precision.
_SLACK: Final = 5e-13
_MESSAGE_LABEL_MAX: Final = 80


def _check_tolerance(tolerance: object) -> float:
    if isinstance(tolerance, bool) or not isinstance(tolerance, numbers.Real | Decimal):
        raise ValueError(f"tolerance must be a number >= 0, not {type(tolerance).__name__}")
    value = float(tolerance)
    if math.isnan(value) or value < 0:
        raise ValueError(f"tolerance must be a number >= 0, not {value!r}")
    return value


def _check_scale(scale: object) -> None:
    if not isinstance(scale, str) or (scale != "auto" and scale not in SCALES):
        raise ValueError(f"unknown scale {scale!r}: use auto, percent or fraction")


def _json_type(value: object) -> str:
    """How a value reads in a message: "a string", "null", "NaN", "an array"..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Decimal) and not value.is_finite():
        return "NaN" if value.is_nan() else ("-Infinity" if value.is_signed() else "Infinity")
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("-Infinity" if value < 0 else "Infinity")
    if isinstance(value, numbers.Number | Decimal):
        return "a number"
    return f"a {type(value).__name__}"


def _weight(value: object) -> tuple[str | None, Any]:
    """Classify a weight: (None, number) for a finite non-negative number, else
    (error code, None). Above-max is decided later, once the scale is known."""
    if isinstance(value, bool):
        return "WEIGHT_NOT_A_NUMBER", None
    if isinstance(value, int):
        return (None, value) if value >= 0 else ("WEIGHT_NEGATIVE", None)
    if isinstance(value, float):
        if not math.isfinite(value):
            return "WEIGHT_NOT_A_NUMBER", None
        return (None, value) if value >= 0 else ("WEIGHT_NEGATIVE", None)
    if isinstance(value, numbers.Real | Decimal):
        number: Any = value  # Decimal, Fraction, numpy scalars...
        try:
            if isinstance(number, Decimal) and not number.is_finite():
                return "WEIGHT_NOT_A_NUMBER", None
            if not math.isfinite(float(min(max(number, -_AUTO_CAP), _AUTO_CAP))):
                return "WEIGHT_NOT_A_NUMBER", None
            return (None, number) if number >= 0 else ("WEIGHT_NEGATIVE", None)
        except (ArithmeticError, TypeError, ValueError):
            return "WEIGHT_NOT_A_NUMBER", None
    return "WEIGHT_NOT_A_NUMBER", None


def _short(label: str) -> str:
    if len(label) > _MESSAGE_LABEL_MAX:
        label = label[:_MESSAGE_LABEL_MAX] + "..."
    return json.dumps(label)


def _error(code: str, message: str, stage: str | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "stage": stage}


def _result(
    taxonomy: Taxonomy,
    scale: str,
    errors: list[dict[str, Any]],
    normalized: dict[str, float] | None = None,
    invalid: list[str] | None = None,
    suggestions: dict[str, list[str]] | None = None,
    total: float = 0.0,
) -> dict[str, Any]:
    return {
        "normalized": normalized if normalized is not None else dict.fromkeys(taxonomy.keys, 0.0),
        "invalid_inputs": invalid if invalid is not None else [],
        "suggestions": suggestions if suggestions is not None else {},
        "sum": total,
        "scale": scale,
        "is_valid": not errors,
        "errors": errors,
    }


_CONTAINERS: Final = (Mapping, list, tuple)
#: Types that are never containers, checked first (isinstance with an ABC is slower).
_SCALARS: Final = frozenset({str, int, float, bool, type(None)})


def _nested_deeper(value: Any, levels: int) -> bool:
    """Whether the containers in ``value`` (itself a container) nest more than
    ``levels`` deep, counting ``value``. Stops at the first container too deep."""
    if levels < 1:
        return True
    children = value.values() if isinstance(value, Mapping) else value
    scalars = _SCALARS
    return any(
        type(child) not in scalars and isinstance(child, _CONTAINERS)
        and _nested_deeper(child, levels - 1)
        for child in children
    )


def _limit_message(entries: int, longest: int, deep: bool) -> str | None:
    if entries > MAX_ENTRIES:
        return f"the distribution has {entries} entries, more than the {MAX_ENTRIES} allowed"
    if longest > MAX_LABEL_LENGTH:
        return f"a stage label has {longest} characters, more than the {MAX_LABEL_LENGTH} allowed"
    if deep:
        return f"the input is nested more than {MAX_DEPTH} levels deep"
    return None


def _deep_children(children: Iterable[Any], levels: int) -> bool:
    """Whether any container among ``children`` nests more than ``levels`` deep."""
    return any(
        type(child) not in _SCALARS and isinstance(child, _CONTAINERS)
        and _nested_deeper(child, levels)
        for child in children
    )


def _object_limit(value: Mapping[Any, Any]) -> str | None:
    """The cap an object distribution exceeds (the first of entries, label length,
    nesting), or None. Before any work per entry, and at C speed for the common case
    (string keys, scalar weights)."""
    entries = len(value)
    if entries > MAX_ENTRIES:
        return _limit_message(entries, 0, False)
    try:
        longest = max(map(len, value), default=0)
    except TypeError:
        longest = MAX_LABEL_LENGTH + 1  # keys without a length: count below
    if longest > MAX_LABEL_LENGTH:  # only string keys are labels
        longest = max((len(k) for k in value if isinstance(k, str)), default=0)
    values = value.values()
    deep = not _SCALARS.issuperset(map(type, values)) and _deep_children(values, MAX_DEPTH - 1)
    if longest > MAX_LABEL_LENGTH or deep:
        return _limit_message(entries, longest, deep)
    return None


def _array_limit(items: list[Any] | tuple[Any, ...]) -> str | None:
    """The cap an array distribution exceeds, or None (see :func:`_object_limit`)."""
    entries = len(items)
    if entries > MAX_ENTRIES:
        return _limit_message(entries, 0, False)
    longest = 0
    deep = False
    scalars = _SCALARS
    for item in items:
        if type(item) is dict or isinstance(item, Mapping):
            label = item.get("stage")
            if (type(label) is str or isinstance(label, str)) and len(label) > longest:
                longest = len(label)
            if not deep and not scalars.issuperset(map(type, item.values())):
                deep = _deep_children(item.values(), MAX_DEPTH - 2)
        elif not deep and type(item) not in scalars and isinstance(item, _CONTAINERS):
            deep = _nested_deeper(item, MAX_DEPTH - 1)
    if longest > MAX_LABEL_LENGTH or deep:
        return _limit_message(entries, longest, deep)
    return None


def _array_pairs(items: list[Any] | tuple[Any, ...]) -> Iterable[tuple[Any, Any]]:
    """(label, weight) of each array entry; ``(_MISSING, error)`` for a broken one."""
    for index, item in enumerate(items):
        if type(item) is not dict and not isinstance(item, Mapping):
            message = f"entry {index} must be an object, not {_json_type(item)}"
            yield _MISSING, _error("INVALID_SHAPE", message)
            continue
        label = item.get("stage")
        if not isinstance(label, str):
            message = f'entry {index} must have a string "stage"'
            yield _MISSING, _error("INVALID_SHAPE", message)
        elif "weight" not in item:
            message = f'entry {index} must have a "weight"'
            yield _MISSING, _error("INVALID_SHAPE", message, label)
        else:
            yield label, item["weight"]


def parse_stage_distribution(
    value: Any,
    taxonomy: Taxonomy,
    scale: str = "auto",
    tolerance: float = 0.01,
) -> dict[str, Any]:
    """Validate and normalize a stage distribution (see docs/taxonomy.md).

    ``value`` is an object ``{label: weight}`` or an array of ``{"stage", "weight"}``
    objects. Returns ``{normalized, invalid_inputs, suggestions, sum, scale, is_valid,
    errors}``. Never raises for JSON-compatible input; raises :class:`ValueError` only
    for an unknown ``scale`` or a negative or NaN ``tolerance``.
    """
    fast = type(tolerance) is float and tolerance >= 0  # the common case, checked fast
    tol = tolerance if fast else _check_tolerance(tolerance)
    _check_scale(scale)
    errors: list[dict[str, Any]] = []

    # 1. shape, weights and labels: (label, weight, problem, number, key) per entry,
    #    or an error dict in its place; raw is the sum of the usable weights
    if type(value) is dict or isinstance(value, Mapping):
        too_big = _object_limit(value)
        pairs: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, list | tuple):
        too_big = _array_limit(value)
        pairs = _array_pairs(value)
    else:
        message = (
            'expected an object {"<stage>": <weight>} or an array of '
            f'{{"stage", "weight"}} objects, not {_json_type(value)}'
        )
        errors.append(_error("INVALID_SHAPE", message))
        return _result(taxonomy, "fraction" if scale == "auto" else scale, errors)
    if too_big is not None:
        errors.append(_error("LIMIT_EXCEEDED", too_big))
        return _result(taxonomy, "fraction" if scale == "auto" else scale, errors)
    cache = taxonomy._norm_cache
    entries: list[Any] = []
    raw = 0.0
    for label, weight in pairs:
        if label is _MISSING:  # an array entry with a shape error
            entries.append(weight)
            continue
        if type(label) is not str and not isinstance(label, str):
            entries.append(_error("INVALID_SHAPE", "a stage label must be a string"))
            continue
        if (type(weight) is int or type(weight) is float) and 0 <= weight < _INFINITY:
            problem, number = None, weight
        else:
            problem, number = _weight(weight)
        if problem is None:
            raw += float(number) if number < _AUTO_CAP else _AUTO_CAP
        key: Any = cache.get(label, _MISSING)
        if key is _MISSING:
            key = normalize_stage(label, taxonomy)
        entries.append((label, weight, problem, number, key))
    if not entries:
        errors.append(_error("EMPTY_DISTRIBUTION", "the distribution has no entries"))
        return _result(taxonomy, "fraction" if scale == "auto" else scale, errors)

    # 2. the scale the weights are on
    if scale == "auto":
        scale = "fraction" if raw - 1.0 - tol <= _SLACK else "percent"
    top = SCALES[scale]

    # 3. errors in input order, and shares
    shares: dict[str, float] = {}
    all_shares: list[float] = []
    invalid: list[str] = []
    suggestions: dict[str, list[str]] = {}
    for entry in entries:
        if type(entry) is dict:
            errors.append(entry)
            continue
        label, weight, problem, number, key = entry
        if key is None:
            errors.append(_error("UNKNOWN_STAGE", f"unknown stage label {_short(label)}", label))
            if label not in suggestions:
                invalid.append(label)
                suggestions[label] = suggest_stages(label, taxonomy)
        if problem is None:
            if number <= top:
                share = float(number) / top
                all_shares.append(share)
                if key is not None:
                    shares[key] = shares.get(key, 0.0) + share
            else:
                message = f"weight is above {top}, the maximum of scale {scale}"
                errors.append(_error("WEIGHT_ABOVE_MAX", message, label))
        elif problem == "WEIGHT_NEGATIVE":
            errors.append(_error(problem, "weight must not be negative", label))
        else:
            message = f"weight must be a finite number, not {_json_type(weight)}"
            errors.append(_error(problem, message, label))

    exact = math.fsum(all_shares)
    total = round(exact * _SCALE12) / _SCALE12
    if all_shares and abs(exact - 1.0) - tol > _SLACK:
        message = (
            f"weights sum to {total * top:.12g} ({scale}), expected {top} "
            f"within {tol * top:.12g}"
        )
        errors.append(_error("SUM_MISMATCH", message))
    normalized = dict.fromkeys(taxonomy.keys, 0.0)
    for key, share in shares.items():
        normalized[key] = round(share * _SCALE12) / _SCALE12
    return _result(taxonomy, scale, errors, normalized, invalid, suggestions, total)


_STRUCTURE: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_KEEP_DEPTH: Final = MAX_DEPTH


def _shallow_json(text: str) -> str:
    """``text`` with every container nested deeper than ``_KEEP_DEPTH`` levels
    emptied (``[]`` or ``{}``): what ``parse_stage_distribution`` reads is the same
    (entries are 3 levels deep, and an emptied container is still there to exceed
    ``MAX_DEPTH``), and ``json.loads`` no longer hits the recursion limit."""
    out: list[str] = []
    depth = 0
    copied = 0  # text[copied:] is still to be copied
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
            if depth == _KEEP_DEPTH + 1:
                out.append(text[copied : match.end()])
        else:
            if depth == _KEEP_DEPTH + 1:
                copied = match.start()
            depth -= 1
    out.append(text[copied:])
    return "".join(out)


def _big_int(digits: str) -> int | Decimal:
    return int(digits) if len(digits) <= 4000 else Decimal(digits)


def parse_stage_distribution_json(
    text: str,
    taxonomy: Taxonomy,
    scale: str = "auto",
    tolerance: float = 0.01,
) -> str:
    """:func:`parse_stage_distribution` from JSON text to JSON text (what SQL calls).

    Same answer as ``parse_stage_distribution(json.loads(text))``; also answers where
    ``json.loads`` gives up (nesting deeper than the recursion limit, integers longer
    than 4,300 digits). Text that is not JSON gives an ``INVALID_SHAPE`` result.
    """
    _check_tolerance(tolerance)
    _check_scale(scale)
    value: Any = _MISSING
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        pass
    except (RecursionError, ValueError):
        # nested deeper than the recursion limit, or an integer longer than int() takes
        with contextlib.suppress(RecursionError, ValueError):
            value = json.loads(_shallow_json(text), parse_int=_big_int)
    except TypeError:
        pass
    if value is _MISSING:
        default_scale = "fraction" if scale == "auto" else scale
        error = _error("INVALID_SHAPE", "the input is not valid JSON")
        result = _result(taxonomy, default_scale, [error])
    else:
        result = parse_stage_distribution(value, taxonomy, scale, tolerance)
    return json.dumps(result, allow_nan=False)
$seed$, $seed${
  "version": 1,
  "stages": [
    {"key": "pre_seed", "display_name": "Pre-Seed", "position": 1},
    {"key": "seed", "display_name": "Seed", "position": 2},
    {"key": "series_a", "display_name": "Series A", "position": 3},
    {"key": "series_b", "display_name": "Series B", "position": 4},
    {"key": "series_c", "display_name": "Series C", "position": 5},
    {"key": "growth", "display_name": "Growth", "position": 6},
    {"key": "late_stage", "display_name": "Late Stage", "position": 7}
  ],
  "aliases": [
    {"alias": "pre seed", "stage": "pre_seed", "decorable": false},
    {"alias": "preseed", "stage": "pre_seed", "decorable": false},
    {"alias": "pre", "stage": "pre_seed", "decorable": false},
    {"alias": "angel", "stage": "pre_seed", "decorable": false},
    {"alias": "friends and family", "stage": "pre_seed", "decorable": false},
    {"alias": "f and f", "stage": "pre_seed", "decorable": false},
    {"alias": "seed", "stage": "seed", "decorable": true},
    {"alias": "seed stage", "stage": "seed", "decorable": true},
    {"alias": "post seed", "stage": "seed", "decorable": false},
    {"alias": "a", "stage": "series_a", "decorable": true},
    {"alias": "series a", "stage": "series_a", "decorable": true},
    {"alias": "round a", "stage": "series_a", "decorable": true},
    {"alias": "b", "stage": "series_b", "decorable": true},
    {"alias": "series b", "stage": "series_b", "decorable": true},
    {"alias": "round b", "stage": "series_b", "decorable": true},
    {"alias": "c", "stage": "series_c", "decorable": true},
    {"alias": "series c", "stage": "series_c", "decorable": true},
    {"alias": "round c", "stage": "series_c", "decorable": true},
    {"alias": "d", "stage": "growth", "decorable": true},
    {"alias": "e", "stage": "growth", "decorable": true},
    {"alias": "f", "stage": "growth", "decorable": true},
    {"alias": "g", "stage": "growth", "decorable": true},
    {"alias": "h", "stage": "growth", "decorable": true},
    {"alias": "i", "stage": "growth", "decorable": true},
    {"alias": "j", "stage": "growth", "decorable": true},
    {"alias": "growth", "stage": "growth", "decorable": false},
    {"alias": "growth stage", "stage": "growth", "decorable": false},
    {"alias": "growth equity", "stage": "growth", "decorable": false},
    {"alias": "expansion", "stage": "growth", "decorable": false},
    {"alias": "scale", "stage": "growth", "decorable": false},
    {"alias": "scale up", "stage": "growth", "decorable": false},
    {"alias": "late", "stage": "late_stage", "decorable": false},
    {"alias": "late stage", "stage": "late_stage", "decorable": false},
    {"alias": "latestage", "stage": "late_stage", "decorable": false},
    {"alias": "pre ipo", "stage": "late_stage", "decorable": false},
    {"alias": "preipo", "stage": "late_stage", "decorable": false},
    {"alias": "mezzanine", "stage": "late_stage", "decorable": false},
    {"alias": "mezz", "stage": "late_stage", "decorable": false}
  ],
  "words": [
    {"word": "round", "kind": "filler"},
    {"word": "stage", "kind": "filler"},
    {"word": "financing", "kind": "filler"},
    {"word": "funding", "kind": "filler"},
    {"word": "investment", "kind": "filler"},
    {"word": "raise", "kind": "filler"},
    {"word": "the", "kind": "filler"},
    {"word": "series", "kind": "series_prefix"},
    {"word": "serie", "kind": "series_prefix"},
    {"word": "ser", "kind": "series_prefix"}
  ]
}
$seed$::jsonb);
RESET check_function_bodies;
RESET client_min_messages;
