-- stagenorm install script, rendered by stagenorm.install from sql/ and
-- stagenorm/data/taxonomy.json. Do not edit: edit sql/ and render again.
SET check_function_bodies = off;
SET client_min_messages = warning;

-- >>> sql/schema.sql
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
-- written per statement by the enforcement triggers, insert-only (no shared hot row);
-- value_counts_compact() merges the rows of one key. Read it grouped by its key.
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
  compacted        boolean NOT NULL DEFAULT false
);
CREATE INDEX label_writer_key ON stagenorm.label_writer (table_name, column_name, label);
CREATE INDEX label_writer_pending ON stagenorm.label_writer (last_seen) WHERE NOT compacted;
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
-- Every change to the taxonomy: who added or removed which alias or word, and why.
CREATE TABLE stagenorm.taxonomy_audit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action     text NOT NULL CHECK (action IN ('seed', 'add_alias', 'remove_alias', 'add_word', 'remove_word')),
  alias      text,
  stage_key  text,
  word       text,
  kind       text,
  actor      text NOT NULL,
  reason     text NOT NULL,
  db_role    name NOT NULL DEFAULT session_user,
  version    integer NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE stagenorm.taxonomy_audit IS 'Audit trail of taxonomy changes (seed, add_alias, remove_alias, add_word, remove_word).';
COMMENT ON COLUMN stagenorm.taxonomy_audit.alias IS 'add_alias/remove_alias: the folded alias';
COMMENT ON COLUMN stagenorm.taxonomy_audit.word IS 'add_word/remove_word: the folded word';
COMMENT ON COLUMN stagenorm.taxonomy_audit.kind IS 'add_word/remove_word: the word''s kind (taxonomy_word.kind)';

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
-- Words with a role in reading labels (docs/taxonomy.md, rules 4 and 10-15): fillers and
-- qualifiers ignored around one stage form, series prefixes, decorations, round numerals,
-- the "pre" of Pre-Series X, currencies and magnitudes of amounts, ambiguous bucket words.
CREATE TABLE stagenorm.taxonomy_word (
  word  text PRIMARY KEY CHECK (word <> '' AND length(word) <= 200 AND word !~ '^\s|\s$|\s\s'),
  kind  text NOT NULL CHECK (kind IN ('filler', 'qualifier', 'currency', 'series_prefix',
                                      'decoration', 'numeral', 'pre', 'magnitude', 'bucket')),
  means text[] CHECK (means IS NULL OR (kind IN ('qualifier', 'bucket') AND cardinality(means) > 0)),
  CHECK (kind <> 'bucket' OR means IS NOT NULL)
);
COMMENT ON TABLE stagenorm.taxonomy_word IS
  'Words with a role in reading labels, stored folded (one space between tokens): filler and qualifier words ignored around one stage, series prefixes (series, ser), decorations (+, plus, prime, ext), round numerals (ii..x), pre (Pre-Series X), currency and magnitude words of amounts, bucket words that make a label ambiguous. See docs/taxonomy.md.';
COMMENT ON COLUMN stagenorm.taxonomy_word.word IS 'Folded word or phrase, e.g. ''venture capital''';
COMMENT ON COLUMN stagenorm.taxonomy_word.kind IS
  'filler, qualifier, currency, series_prefix, decoration, numeral, pre, magnitude or bucket';
COMMENT ON COLUMN stagenorm.taxonomy_word.means IS
  'Qualifier and bucket words only: the stage keys an ambiguous label with this word spans (suggest_stages), e.g. {series_a,series_b} for early';

-- >>> sql/tables/value_count.sql
-- Per-minute counts of the values the enforcement triggers validated, per table: an
-- insert-only log (one row per statement, never a row that writers share, so concurrent
-- writers never wait on each other), merged per minute by value_counts_compact().
CREATE TABLE stagenorm.value_count (
  minute     timestamptz NOT NULL,
  table_name text NOT NULL,
  validated  bigint NOT NULL DEFAULT 0 CHECK (validated >= 0),
  normalized bigint NOT NULL DEFAULT 0 CHECK (normalized >= 0),
  unknown    bigint NOT NULL DEFAULT 0 CHECK (unknown >= 0),
  compacted  boolean NOT NULL DEFAULT false
);
CREATE INDEX value_count_minute ON stagenorm.value_count (minute);
COMMENT ON TABLE stagenorm.value_count IS
  'Per-minute counts written by the enforcement triggers (one row per statement until value_counts_compact merges a minute). Read with value_counts_total() and promotion_gate(). Rejected values abort their statement, so they are counted on a sequence per column instead (see enforced_columns()).';
COMMENT ON COLUMN stagenorm.value_count.minute IS 'Start of the minute (date_trunc of the clock time of the statement''s end)';
COMMENT ON COLUMN stagenorm.value_count.table_name IS 'Schema-qualified, quoted name of the table written';
COMMENT ON COLUMN stagenorm.value_count.validated IS 'Non-NULL values checked (warn and enforce; off checks nothing)';
COMMENT ON COLUMN stagenorm.value_count.normalized IS 'Values stored differently than written (a known label rewritten to its canonical key)';
COMMENT ON COLUMN stagenorm.value_count.unknown IS 'Values with a label that names no stage, stored as written (warn)';
COMMENT ON COLUMN stagenorm.value_count.compacted IS 'true for a row that value_counts_compact merged from several';

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
-- The mode in force while no mode was ever set: the setting stagenorm.default_mode
-- (ALTER DATABASE db SET stagenorm.default_mode = 'enforce') when it names a mode, else warn.
CREATE FUNCTION stagenorm._default_mode() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT CASE lower(btrim(current_setting('stagenorm.default_mode', true)))
           WHEN 'off' THEN 'off' WHEN 'warn' THEN 'warn' WHEN 'enforce' THEN 'enforce'
           ELSE 'warn'
         END
$$;
COMMENT ON FUNCTION stagenorm._default_mode() IS
  'Private: the mode while none was ever set: stagenorm.default_mode when valid, else warn.';

-- >>> sql/functions/_enforce_attach.sql
-- Attaches (or refreshes) enforcement on one column: checks the table and column, makes
-- the row trigger function for the mode in force, and creates the two triggers. Shared
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
    IF existing.count_trigger IS NULL THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OF %I ON %s FOR EACH STATEMENT '
                     'EXECUTE FUNCTION stagenorm._enforce_count(%L, %L, %L)',
                     'stagenorm_count_' || existing.ident, col, tbl, existing.ident, col, kind);
    END IF;
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
  EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %I ON %s FOR EACH ROW EXECUTE FUNCTION stagenorm.%I(%L)',
                 'stagenorm_enforce_' || ident, col, tbl, '_enforce_row_' || ident, kind);
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OF %I ON %s FOR EACH STATEMENT '
                 'EXECUTE FUNCTION stagenorm._enforce_count(%L, %L, %L)',
                 'stagenorm_count_' || ident, col, tbl, ident, col, kind);
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_attach(regclass, name, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_attach(regclass, name, text) IS
  'Private: attach or refresh enforcement of a column (kind label or distribution).';

-- >>> sql/functions/_enforce_count.sql
-- Statement trigger of an enforced column: writes the statement's counts (kept by the row
-- trigger in transaction-local settings, so a rolled-back statement counts nothing) to
-- value_count and its non-canonical labels to label_writer, one row each per statement
-- (insert-only: writers never wait on each other), sums up the WARNINGs held back, and
-- now and then compacts old rows. Arguments: identifier, column name, kind.
CREATE FUNCTION stagenorm._enforce_count() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  ident text := TG_ARGV[0];
  validated bigint := nullif(current_setting('stagenorm.v_' || ident, true), '')::bigint;
  normalized bigint;
  unknown bigint;
  events bigint;
  tbl text;
  at timestamptz;
  minute_text text;
  suppressed bigint;
  suppressed_distinct text;
  c text;
BEGIN
  IF validated IS NULL OR validated = 0 THEN
    RETURN NULL;
  END IF;
  normalized := coalesce(nullif(current_setting('stagenorm.n_' || ident, true), ''), '0')::bigint;
  unknown := coalesce(nullif(current_setting('stagenorm.u_' || ident, true), ''), '0')::bigint;
  events := coalesce(nullif(current_setting('stagenorm.e_' || ident, true), ''), '0')::bigint;
  c := set_config('stagenorm.v_' || ident, '0', true);
  c := set_config('stagenorm.n_' || ident, '0', true);
  c := set_config('stagenorm.u_' || ident, '0', true);
  c := set_config('stagenorm.e_' || ident, '0', true);
  tbl := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  at := clock_timestamp();

  INSERT INTO stagenorm.value_count (minute, table_name, validated, normalized, unknown)
  VALUES (date_trunc('minute', at), tbl, validated, normalized, unknown);

  IF events > 0 THEN
    WITH taken AS (
      SELECT t.outcome, t.label, t.seen FROM stagenorm._enforce_take(ident) AS t
    ), written AS (
      INSERT INTO stagenorm.label_writer (table_name, column_name, application_name, role, outcome,
                                          label, seen_count, first_seen, last_seen)
      SELECT tbl, TG_ARGV[1], coalesce(current_setting('application_name', true), ''), session_user,
             t.outcome, t.label, t.seen, at, at
        FROM taken AS t
       WHERE t.outcome IN ('unknown', 'normalized')
    )
    SELECT t.seen, t.label INTO suppressed, suppressed_distinct FROM taken AS t WHERE t.outcome = 'suppressed';
    IF suppressed > 0 THEN
      RAISE WARNING '% more unknown stage labels for %.% were not reported one by one (% distinct)',
                    suppressed, tbl, quote_ident(TG_ARGV[1]), suppressed_distinct
        USING DETAIL = 'Each distinct label is reported on its first sighting per interval (stagenorm.warning_interval, 60 s; at most 100 per statement), repeats on their 10th, 100th, ... sighting (at most 20 per statement).',
              HINT = 'All of them are recorded in stagenorm.label_writer: run stagenorm consumers.';
    END IF;
  END IF;

  -- Once a minute per session, merge old rows (never blocks: try-lock, committed rows only).
  minute_text := to_char(date_trunc('minute', at), 'YYYYMMDDHH24MI');
  IF current_setting('stagenorm._compacted_minute', true) IS DISTINCT FROM minute_text THEN
    c := set_config('stagenorm._compacted_minute', minute_text, false);
    IF current_setting('transaction_isolation') <> 'serializable' THEN
      PERFORM stagenorm.value_counts_compact(2000);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_count() FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_count() IS
  'Private: statement trigger of enforced columns: per-statement counts to value_count, labels to label_writer.';

-- >>> sql/functions/_enforce_detach.sql
-- Removes enforcement from one column: both triggers, the generated function and its
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
  IF existing.count_trigger IS NOT NULL THEN
    EXECUTE format('DROP TRIGGER %I ON %s', existing.count_trigger, tbl);
  END IF;
  EXECUTE format('DROP FUNCTION stagenorm.%I()', '_enforce_row_' || existing.ident);
  EXECUTE format('DROP SEQUENCE IF EXISTS stagenorm.%I', '_enforce_rej_' || existing.ident);
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_detach(regclass, name, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_detach(regclass, name, text) IS
  'Private: remove enforcement from a column (kind label or distribution).';

-- >>> sql/functions/_enforce_drop_orphans.sql
-- Drops generated row functions (and their rejection counters) that no trigger uses any
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
-- Writes the per-column row trigger function of an enforced column (and its rejection
-- counter): static PL/pgSQL with the column name and the mode in force compiled in, so
-- the per-row work is an assignment and a normalize_stage call. set_mode calls it again
-- for every enforced column when the mode changes (_enforce_regenerate).
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
  seq text := '_enforce_rej_' || ident;
  mode_expr text;
  prelude text;
  body text;
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
  -- NULL mode: none was ever set, the default is read at run time (a setting, no query).
  mode_expr := CASE WHEN mode IS NULL THEN 'stagenorm._default_mode()' ELSE quote_literal(mode) END;

  IF mode = 'off' THEN
    body := 'BEGIN RETURN NEW; END';
  ELSE
    -- %1$I column, %2$s mode expression, %3$s identifier (GUC counter names), %4$L column
    -- name for messages, %5$L rejection sequence.
    prelude := $tpl$
BEGIN
  IF v IS NULL THEN RETURN NEW; END IF;
  IF TG_OP = 'UPDATE' THEN
    IF v IS NOT DISTINCT FROM OLD.%1$I THEN RETURN NEW; END IF;
  END IF;
  m := %2$s;
  IF m = 'off' THEN RETURN NEW; END IF;
  IF current_setting('stagenorm.in_backfill', true) = 'on' THEN
    IF pg_has_role(session_user, 'stagenorm_admin', 'MEMBER') THEN RETURN NEW; END IF;
  END IF;
  c := set_config('stagenorm.v_%3$s',
                  (coalesce(nullif(current_setting('stagenorm.v_%3$s', true), ''), '0')::bigint + 1)::text, true);
$tpl$;
    IF kind = 'label' THEN
      body := $tpl$
DECLARE
  v text := NEW.%1$I;
  k text;
  m text;
  c text;
  s bigint;
$tpl$ || prelude || $tpl$
  k := stagenorm.normalize_stage(v);
  IF k = v THEN RETURN NEW; END IF;
  s := coalesce(nullif(current_setting('stagenorm.e_%3$s', true), ''), '0')::bigint + 1;
  c := set_config('stagenorm.e_%3$s', s::text, true);
  IF k IS NOT NULL THEN
    NEW.%1$I := k;
    c := set_config('stagenorm.n_%3$s',
                    (coalesce(nullif(current_setting('stagenorm.n_%3$s', true), ''), '0')::bigint + 1)::text, true);
    s := stagenorm._enforce_note('%3$s', 'normalized', v, s, NULL);
    RETURN NEW;
  END IF;
  IF m = 'enforce' THEN
    PERFORM stagenorm._enforce_reject(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, v, %5$L);
  END IF;
  c := set_config('stagenorm.u_%3$s',
                  (coalesce(nullif(current_setting('stagenorm.u_%3$s', true), ''), '0')::bigint + 1)::text, true);
  s := stagenorm._enforce_note('%3$s', 'unknown', v, s, current_setting('stagenorm.warning_interval', true));
  IF s > 0 THEN
    PERFORM stagenorm._warn_unknown(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, v, s);
  END IF;
  RETURN NEW;
END
$tpl$;
    ELSE
      body := $tpl$
DECLARE
  v jsonb := NEW.%1$I;
  r jsonb;
  lbl text;
  m text;
  c text;
  s bigint;
$tpl$ || prelude || $tpl$
  r := stagenorm.parse_stage_distribution(v);
  IF (r ->> 'is_valid')::boolean THEN
    IF (r -> 'normalized') IS DISTINCT FROM v THEN
      NEW.%1$I := r -> 'normalized';
      c := set_config('stagenorm.n_%3$s',
                      (coalesce(nullif(current_setting('stagenorm.n_%3$s', true), ''), '0')::bigint + 1)::text, true);
      FOR lbl IN SELECT l FROM stagenorm._enforce_labels(v) AS l
                  WHERE stagenorm.normalize_stage(l) IS DISTINCT FROM l LOOP
        s := coalesce(nullif(current_setting('stagenorm.e_%3$s', true), ''), '0')::bigint + 1;
        c := set_config('stagenorm.e_%3$s', s::text, true);
        s := stagenorm._enforce_note('%3$s', 'normalized', lbl, s, NULL);
      END LOOP;
    END IF;
    RETURN NEW;
  END IF;
  IF m = 'enforce' THEN
    PERFORM stagenorm._enforce_reject_distribution(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, r, %5$L);
  END IF;
  IF jsonb_array_length(r -> 'invalid_inputs') > 0 THEN
    c := set_config('stagenorm.u_%3$s',
                    (coalesce(nullif(current_setting('stagenorm.u_%3$s', true), ''), '0')::bigint + 1)::text, true);
    FOR lbl IN SELECT jsonb_array_elements_text(r -> 'invalid_inputs') LOOP
      s := coalesce(nullif(current_setting('stagenorm.e_%3$s', true), ''), '0')::bigint + 1;
      c := set_config('stagenorm.e_%3$s', s::text, true);
      s := stagenorm._enforce_note('%3$s', 'unknown', lbl, s, current_setting('stagenorm.warning_interval', true));
      IF s > 0 THEN
        PERFORM stagenorm._warn_unknown(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, lbl, s);
      END IF;
    END LOOP;
  ELSIF stagenorm._enforce_note('%3$s', 'invalid', r ->> 'errors', 0, current_setting('stagenorm.warning_interval', true)) > 0 THEN
    PERFORM stagenorm._warn_invalid(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, r);
  END IF;
  RETURN NEW;
END
$tpl$;
    END IF;
    body := format(body, col, mode_expr, ident, col, 'stagenorm.' || quote_ident(seq));
  END IF;

  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.%I() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
    'SET search_path = stagenorm, pg_catalog, pg_temp AS %L', fn, body);
  EXECUTE format('REVOKE ALL ON FUNCTION stagenorm.%I() FROM PUBLIC', fn);
  EXECUTE format('COMMENT ON FUNCTION stagenorm.%I() IS %L', fn,
                 format('Generated by stagenorm.enforce_stage%s_column for %s.%s, mode %s; do not edit (release_stage%s_column removes it)',
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END, tbl, quote_ident(col),
                        coalesce(mode, 'default (stagenorm.default_mode)'),
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END));
  RETURN format('stagenorm.%I()', fn)::regprocedure;
END
$gen$;
COMMENT ON FUNCTION stagenorm._enforce_generate(regclass, name, text, text, text) IS
  'Private: (re)write the row trigger function of an enforced column for a mode (NULL: the default, read at run time).';

-- >>> sql/functions/_enforce_labels.sql
-- The stage labels a distribution names: the keys of {"label": weight}, or the "stage"
-- strings of [{"stage", "weight"}]; nothing for any other shape.
CREATE FUNCTION stagenorm._enforce_labels(distribution jsonb) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT k FROM jsonb_object_keys(CASE WHEN jsonb_typeof(distribution) = 'object' THEN distribution END) AS k
  UNION ALL
  SELECT e ->> 'stage'
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(distribution) = 'array' THEN distribution END) AS e
   WHERE jsonb_typeof(e) = 'object' AND jsonb_typeof(e -> 'stage') = 'string'
$$;
COMMENT ON FUNCTION stagenorm._enforce_labels(jsonb) IS
  'Private: the labels of a stage distribution (object keys or the stage of each array entry).';

-- >>> sql/functions/_enforce_note.sql
-- Called by an enforcement trigger for each value that was not canonical: tallies the
-- label for this statement (label_writer) and decides whether this unknown label (or
-- invalid distribution) gets a WARNING: each distinct label on its first sighting in an interval, repeats only on the
-- 10th, 100th, 1000th... sighting, at most 100 per statement; the rest are counted and
-- summed up in one WARNING at the end of the statement (_enforce_count).
CREATE FUNCTION stagenorm._enforce_note(
  ident text,
  outcome text,
  label text,
  seq bigint,
  interval_seconds text
) RETURNS bigint
LANGUAGE plpython3u
AS $py$
import time

MAX_FIRST = 100         # WARNINGs per statement and column for labels not reported in the interval
MAX_REPEATS = 20        # and for repeats (10th, 100th, ... sighting)
MAX_LABELS = 10000      # distinct labels tallied per statement; the rest share one entry
MAX_REMEMBERED = 10000  # labels remembered for the interval, per session
states = GD.setdefault("stagenorm_enforce", {})
state = states.get(ident)
if state is None or seq == 1:
    # seq restarts at 1 with each statement (a transactional counter): whatever is left
    # belongs to a statement that was rolled back.
    state = states[ident] = {"tally": {}, "first": 0, "repeats": 0, "suppressed": 0, "distinct": set()}
key = (outcome, label[:200])
if outcome in ("unknown", "normalized"):  # what label_writer records
    tally = state["tally"]
    if key in tally:
        tally[key] += 1
    elif len(tally) < MAX_LABELS:
        tally[key] = 1
    else:
        other = (outcome, "(more distinct labels)")
        tally[other] = tally.get(other, 0) + 1
if outcome == "normalized":
    return 0

now = time.monotonic()
seen = GD.setdefault("stagenorm_warned", {})
wkey = (ident, key[1])
entry = seen.get(wkey)
try:
    interval = float(interval_seconds) if interval_seconds else 60.0
except ValueError:  # stagenorm.warning_interval is free text: a typo must not break writes
    interval = 60.0
if entry is None or now - entry[0] >= interval:
    if len(seen) >= MAX_REMEMBERED:
        seen.clear()
    entry = seen[wkey] = [now, 0]
entry[1] += 1
count = entry[1]
digits = str(count)
due = digits[0] == "1" and digits[1:].strip("0") == ""  # 1, 10, 100, ...
if due and count == 1 and state["first"] < MAX_FIRST:
    state["first"] += 1
    return count
if due and count > 1 and state["repeats"] < MAX_REPEATS:
    state["repeats"] += 1
    return count
if count == 1:
    del seen[wkey]  # never reported: it still owes its first report
state["suppressed"] += 1
if len(state["distinct"]) < MAX_LABELS:
    state["distinct"].add(key[1])
return 0
$py$;
COMMENT ON FUNCTION stagenorm._enforce_note(text, text, text, bigint, text) IS
  'Private: tally a non-canonical label for the statement; the sighting number when an unknown one gets a WARNING (sampled), else 0.';

-- >>> sql/functions/_enforce_regenerate.sql
-- Rewrites the row trigger function of every enforced column for a new mode (called by
-- set_mode under its lock) and drops the generated functions and counters left behind by
-- dropped tables.
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
CREATE FUNCTION stagenorm._enforce_reject(
  schema_name name,
  table_name name,
  column_name text,
  label text,
  rejected text
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  suggestions text[] := stagenorm.suggest_stages(left(label, 1000));
BEGIN
  PERFORM nextval(rejected::regclass);
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
REVOKE ALL ON FUNCTION stagenorm._enforce_reject(name, name, text, text, text) FROM PUBLIC;
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
  result jsonb,
  rejected text
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  invalid text[] := ARRAY(SELECT jsonb_array_elements_text(result -> 'invalid_inputs'));
  errors text := (SELECT string_agg(format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                    FROM jsonb_array_elements(result -> 'errors') AS e);
BEGIN
  PERFORM nextval(rejected::regclass);
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
REVOKE ALL ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_reject_distribution(name, name, text, jsonb, text) IS
  'Private: count a rejected distribution and raise SN001 (unknown labels) or SN003 (other errors) in enforce mode.';

-- >>> sql/functions/_enforce_take.sql
-- Hands the labels tallied by _enforce_note for this statement to _enforce_count, with
-- a row ('suppressed', <distinct labels not reported>, n) when WARNINGs were held back,
-- and clears the tally.
CREATE FUNCTION stagenorm._enforce_take(ident text)
RETURNS TABLE (outcome text, label text, seen bigint)
LANGUAGE plpython3u
AS $py$
states = GD.get("stagenorm_enforce", {})
state = states.pop(ident, None)
if state is None:
    return []
rows = [(o, l, n) for (o, l), n in state["tally"].items()]
if state["suppressed"]:
    rows.append(("suppressed", str(len(state["distinct"])), state["suppressed"]))
return rows
$py$;
COMMENT ON FUNCTION stagenorm._enforce_take(text) IS
  'Private: the labels tallied for this statement (and the number of WARNINGs held back), then cleared.';

-- >>> sql/functions/_install_seed.sql
-- Installs or upgrades the seed: the rules module and the taxonomy data file.
-- Stages are upserted; aliases and words the operator changed are kept (one removed
-- with remove_alias or remove_word stays removed).
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

  INSERT INTO stagenorm.taxonomy_word (word, kind, means)
  SELECT w->>'word', w->>'kind',
         CASE WHEN w ? 'means' THEN ARRAY(SELECT jsonb_array_elements_text(w->'means')) END
    FROM jsonb_array_elements(taxonomy->'words') AS w
   WHERE coalesce((SELECT t.action FROM stagenorm.taxonomy_audit AS t
                    WHERE t.word = w->>'word' AND t.action IN ('add_word', 'remove_word')
                    ORDER BY t.id DESC LIMIT 1), 'add_word') <> 'remove_word'
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

-- >>> sql/functions/_rebuild_normalizer.sql
-- Bumps the taxonomy version and regenerates the normalizer: _rules_py with the rules
-- module and the taxonomy embedded, and normalize_stage, an inlinable SQL function whose
-- fast path is a constant map of frequent raw labels (computed by the rules themselves,
-- so it cannot disagree with them) and whose slow path is _rules_py. A NOTICE lists
-- the indexes, generated columns and views that hold answers of the previous version.
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
  dep_count integer;
  dep_list text;
  dep_fix text;
BEGIN
  UPDATE stagenorm.taxonomy_state
     SET version = version + 1, changed_at = now()
  RETURNING version INTO new_version;

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
    'LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE COST 5 AS %L', 'auto', body);

  fast := stagenorm._rules_py('fastmap', NULL, new_version)::jsonb;
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.normalize_stage(label text) RETURNS text '
    'LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
    format(
      'SELECT NULLIF(COALESCE(%L::jsonb ->> label, stagenorm._rules_py(%L, label, %s)), %L)',
      fast, 'normalize', new_version, ''));
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
              -- a stored generated column: pg_attrdef up to PostgreSQL 15, the column later
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

-- >>> sql/functions/_rules_py.sql
-- Runs the shared rules module (stagenorm/rules.py) for the SQL functions, so SQL and
-- the Python package answer from one implementation. _rebuild_normalizer embeds the
-- module and the taxonomy into this body (the EMBEDDED line), because parallel workers
-- cannot run queries from PL/Python; each session loads them once per taxonomy version.
-- The loaded state lives in SD, which PL/Python discards whenever this function's pg_proc
-- row changes: a rebuild that was rolled back can reuse a version number, so a cache in GD
-- keyed by the version alone would keep answering with the rolled-back taxonomy.
CREATE FUNCTION stagenorm._rules_py(
  op text,
  arg text,
  taxonomy_version integer,
  scale text DEFAULT 'auto',
  tolerance double precision DEFAULT 0.01
) RETURNS text
LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE
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
        words = plpy.execute("SELECT word, kind, means FROM stagenorm.taxonomy_word ORDER BY word")
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
            plpy.execute("SELECT word, kind, means FROM stagenorm.taxonomy_word ORDER BY word"),
            taxonomy_version)
    except ValueError as exc:
        plpy.error("the taxonomy would not load: %s" % (exc,), sqlstate="SN009",
                   hint="undo the change (remove_alias or add_alias) so every alias means one stage")
    return repr(checked)
plpy.error("unknown _rules_py operation %r" % (op,), sqlstate="SN003")
$py$;
COMMENT ON FUNCTION stagenorm._rules_py(text, text, integer, text, double precision) IS
  'Private: runs stagenorm/rules.py (ops normalize, suggest, distribution, fastmap, fold, validate) for a taxonomy version.';

-- >>> sql/functions/_taxonomy_version.sql
-- The taxonomy version in force, for functions that load the taxonomy at call time.
CREATE FUNCTION stagenorm._taxonomy_version() RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT version FROM stagenorm.taxonomy_state $$;
COMMENT ON FUNCTION stagenorm._taxonomy_version() IS 'Private: the current taxonomy version.';

-- >>> sql/functions/_warn_invalid.sql
-- The WARNING for a stage distribution stored as written in warn mode although its
-- weights, sum or shape are invalid (its labels are all known).
CREATE FUNCTION stagenorm._warn_invalid(
  schema_name name,
  table_name name,
  column_name text,
  result jsonb
) RETURNS void
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
BEGIN
  RAISE WARNING 'invalid stage distribution for %.%.% stored as written',
                quote_ident(schema_name), quote_ident(table_name), quote_ident(column_name)
    USING DETAIL = left((SELECT string_agg(format('%s: %s', e ->> 'code', e ->> 'message'), '; ')
                           FROM jsonb_array_elements(result -> 'errors') AS e), 2000),
          HINT = 'The stage validation mode is warn; enforce will reject it. Weights are finite numbers >= 0 that add up to 100 (percent) or 1 (fraction).';
END
$$;
REVOKE ALL ON FUNCTION stagenorm._warn_invalid(name, name, text, jsonb) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._warn_invalid(name, name, text, jsonb) IS
  'Private: WARNING for an invalid distribution stored as written (warn mode).';

-- >>> sql/functions/_warn_unknown.sql
-- The WARNING for an unknown stage label kept as written in warn mode, naming the
-- suggestions. Called only when _enforce_note samples the label in.
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

  folded := stagenorm._rules_py('fold', add_alias.alias, stagenorm._taxonomy_version());
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

  -- A word of the taxonomy (a filler, a qualifier such as 'venture', a currency...) is
  -- ignored around a stage today: as an alias it would turn 'Seed Venture' into two stages.
  SELECT w.kind INTO meaning FROM stagenorm.taxonomy_word AS w
   WHERE w.word = folded AND w.kind NOT IN ('pre', 'magnitude');
  IF FOUND THEN
    RAISE EXCEPTION 'alias % is a % word of the taxonomy', quote_literal(folded), meaning
      USING ERRCODE = 'SN009',
            DETAIL = 'labels that hold it next to a stage would change what they mean',
            HINT = format('a label with the word and one stage reads as that stage already; to make the word a stage, first run: SELECT stagenorm.remove_word(%L, actor, reason)', folded);
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
  PERFORM stagenorm._rules_py('validate', NULL, stagenorm._taxonomy_version());
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

-- >>> sql/functions/add_word.sql
-- Teaches the taxonomy a site-specific word that is not a stage (a filler, a qualifier,
-- a currency...: the kinds of taxonomy_word), audited like add_alias and effective for
-- every later statement in every session. Refuses a word that reads as a stage today or
-- is an alias, since as a word it would change what labels holding it mean.
CREATE FUNCTION stagenorm.add_word(
  word text,
  kind text,
  actor text,
  reason text,
  means text[] DEFAULT NULL
) RETURNS stagenorm.taxonomy_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
-- No parallel plans inside: the 'validate' check reads tables (see add_alias).
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
  kinds CONSTANT text[] := ARRAY['filler', 'qualifier', 'currency', 'series_prefix', 'decoration',
                                 'numeral', 'pre', 'magnitude', 'bucket'];
  folded text;
  existing stagenorm.taxonomy_word;
  meaning text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF add_word.actor IS NULL OR add_word.actor !~ '[^[:space:]]' OR length(add_word.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF add_word.reason IS NULL OR add_word.reason !~ '[^[:space:]]' OR length(add_word.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''our CRM writes "Tranche" after the round''';
  END IF;
  IF add_word.word IS NULL OR length(add_word.word) > 1000 THEN
    RAISE EXCEPTION 'word must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the word as users write it, e.g. ''Tranche''';
  END IF;
  IF add_word.kind IS NULL OR NOT add_word.kind = ANY (kinds) THEN
    RAISE EXCEPTION 'unknown word kind %', coalesce(quote_literal(left(add_word.kind, 80)), 'NULL')
      USING ERRCODE = 'SN003',
            HINT = 'kind is one of: ' || array_to_string(kinds, ', ')
                   || ' (docs/taxonomy.md says what each does)';
  END IF;
  IF add_word.means IS NOT NULL AND (add_word.kind NOT IN ('qualifier', 'bucket')
      OR cardinality(add_word.means) = 0 OR array_position(add_word.means, NULL) IS NOT NULL
      OR EXISTS (SELECT FROM unnest(add_word.means) AS m(key)
                  WHERE NOT EXISTS (SELECT FROM stagenorm.stage AS s WHERE s.key = m.key))) THEN
    RAISE EXCEPTION 'means must list canonical stage keys, for a qualifier or bucket word'
      USING ERRCODE = 'SN003',
            HINT = 'stage keys: ' || (SELECT string_agg(s.key, ', ' ORDER BY s.position) FROM stagenorm.stage AS s);
  END IF;
  IF add_word.kind = 'bucket' AND add_word.means IS NULL THEN
    RAISE EXCEPTION 'a bucket word needs means: the stages a label holding it may be'
      USING ERRCODE = 'SN003', HINT = 'e.g. means => ARRAY[''pre_seed'', ''seed'']';
  END IF;

  -- One taxonomy change at a time: the checks below then see every earlier change.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  folded := stagenorm._rules_py('fold', add_word.word, stagenorm._taxonomy_version());
  IF folded = '' THEN
    RAISE EXCEPTION 'word % is empty once folded', quote_literal(left(add_word.word, 80))
      USING ERRCODE = 'SN009',
            DETAIL = 'separators, quotes, brackets and format characters are dropped when a label is read',
            HINT = 'a word needs at least one letter, digit or symbol';
  END IF;
  IF length(folded) > 200 THEN
    RAISE EXCEPTION 'word is % characters once folded; at most 200 are allowed', length(folded)
      USING ERRCODE = 'SN003', HINT = 'words are short, such as ''tranche''';
  END IF;

  SELECT w.* INTO existing FROM stagenorm.taxonomy_word AS w WHERE w.word = folded;
  IF FOUND THEN
    IF existing.kind = add_word.kind AND existing.means IS NOT DISTINCT FROM add_word.means THEN
      RAISE NOTICE 'word % is a % word already: nothing changed', quote_literal(folded), existing.kind;
      RETURN NULL;
    END IF;
    RAISE EXCEPTION 'word % is a % word already', quote_literal(folded), existing.kind
      USING ERRCODE = 'SN009',
            HINT = format('to change it, first run: SELECT stagenorm.remove_word(%L, actor, reason)', folded);
  END IF;
  SELECT a.stage_key INTO meaning FROM stagenorm.stage_alias AS a WHERE a.alias = folded;
  IF FOUND THEN
    RAISE EXCEPTION 'word % is an alias of %', quote_literal(folded), meaning
      USING ERRCODE = 'SN009',
            DETAIL = 'a word is not a stage; an alias is',
            HINT = format('to make it a word, first run: SELECT stagenorm.remove_alias(%L, actor, reason)', folded);
  END IF;
  -- A word that reads as a stage ('seed round') would stop labels that hold it from
  -- reading as that stage.
  meaning := stagenorm.normalize_stage(folded);
  IF meaning IS NOT NULL THEN
    RAISE EXCEPTION 'word % reads as %', quote_literal(folded), meaning
      USING ERRCODE = 'SN009',
            DETAIL = 'a word may only be text that is unknown today',
            HINT = 'a site-specific spelling of a stage is an alias: SELECT stagenorm.add_alias(...)';
  END IF;

  INSERT INTO stagenorm.taxonomy_word (word, kind, means)
  VALUES (folded, add_word.kind, add_word.means);

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules_py('validate', NULL, stagenorm._taxonomy_version());
  new_version := stagenorm._rebuild_normalizer();

  INSERT INTO stagenorm.taxonomy_audit AS t (action, word, kind, actor, reason, version)
  VALUES ('add_word', folded, add_word.kind, btrim(add_word.actor, E' \t\r\n'),
          btrim(add_word.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.add_word(text, text, text, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.add_word(text, text, text, text, text[]) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.add_word(text, text, text, text, text[]) IS
  'Teach the taxonomy a site-specific word that is not a stage (kind filler, qualifier, currency, series_prefix, decoration, numeral, pre, magnitude or bucket; means: the stages a qualifier or bucket word spans), folded first, audited in taxonomy_audit, effective for every later statement in every session. Raises SN003 for a bad kind, means, actor or reason, SN009 when the word reads as a stage, is an alias, is another kind of word already, or the taxonomy would not load. Returns the audit row (NULL when nothing changed). Needs stagenorm_admin. See docs/sql/add_alias.md.';

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
     AND c.tgfoid = 'stagenorm._enforce_count()'::regprocedure
     AND split_part(encode(c.tgargs, 'escape'), '\000', 1) = substr(p.proname, 14)
   WHERE t.tgparentid = 0
   ORDER BY 1::text, 2
$$;
COMMENT ON FUNCTION stagenorm.enforced_columns() IS
  'Columns with stagenorm enforcement: table, column, kind (label or distribution), the triggers and generated function, and how many values were rejected in enforce (a sequence: never rolled back).';

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
AS $$ SELECT stagenorm._rules_py('normalize', label, 0) $$;
COMMENT ON FUNCTION stagenorm.normalize_stage(text) IS
  'Canonical stage key (pre_seed, seed, series_a, series_b, series_c, growth, late_stage) of a free-text label, or NULL when unknown. Never raises. IMMUTABLE: rebuilt on every alias change, so REINDEX indexes that use it after add_alias/remove_alias. See docs/sql/normalize_stage.md.';

-- >>> sql/functions/parse_stage_distribution.sql
-- Validates and normalizes a stage distribution ({"Seed": 30, ...} or [{stage, weight}]).
CREATE FUNCTION stagenorm.parse_stage_distribution(
  input jsonb,
  scale text DEFAULT 'auto',
  tolerance numeric DEFAULT 0.01
) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
BEGIN
  IF scale IS NULL OR scale NOT IN ('auto', 'percent', 'fraction') THEN
    RAISE EXCEPTION 'unknown scale %', coalesce(quote_literal(scale), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'scale is one of auto, percent, fraction';
  END IF;
  IF tolerance IS NULL OR tolerance < 0 OR tolerance = 'NaN'::numeric THEN
    RAISE EXCEPTION 'tolerance must be a number >= 0, not %', coalesce(tolerance::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default is 0.01 (one percent)';
  END IF;
  IF input IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN stagenorm._rules_py('distribution', input::text, stagenorm._taxonomy_version(),
                             scale, tolerance::double precision)::jsonb;
END
$$;
COMMENT ON FUNCTION stagenorm.parse_stage_distribution(jsonb, text, numeric) IS
  'Validate and normalize a stage distribution: {normalized, invalid_inputs, suggestions, sum, scale, is_valid, errors}. Raises only for an unknown scale or a bad tolerance (SQLSTATE SN003). See docs/sql/parse_stage_distribution.md.';

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
  folded := stagenorm._rules_py('fold', remove_alias.alias, version_now);
  -- Rows are stored folded, but one written around add_alias may not be: compare folded
  -- forms, and remove every row that reads as this alias.
  WITH gone AS (
    DELETE FROM stagenorm.stage_alias AS a
     WHERE a.alias = folded OR stagenorm._rules_py('fold', a.alias, version_now) = folded
    RETURNING a.stage_key
  )
  SELECT count(*), min(gone.stage_key) INTO removed_count, removed_stage FROM gone;
  IF removed_count = 0 THEN
    RAISE EXCEPTION 'no alias %', quote_literal(left(folded, 80))
      USING ERRCODE = 'SN003',
            HINT = 'the aliases are: SELECT alias, stage_key FROM stagenorm.stage_alias ORDER BY alias';
  END IF;

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules_py('validate', NULL, version_now);
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

-- >>> sql/functions/remove_word.sql
-- Removes a word from the taxonomy (given in any spelling that folds to it), audited like
-- remove_alias and effective for every later statement in every session. Refuses when a
-- canonical key or display name would stop reading as itself.
CREATE FUNCTION stagenorm.remove_word(
  word text,
  actor text,
  reason text
) RETURNS stagenorm.taxonomy_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
-- No parallel plans inside: the 'validate' check reads tables (see add_alias).
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
  folded text;
  version_now integer;
  removed stagenorm.taxonomy_word;
  broken text;
  new_version integer;
  written stagenorm.taxonomy_audit;
BEGIN
  IF remove_word.actor IS NULL OR remove_word.actor !~ '[^[:space:]]' OR length(remove_word.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF remove_word.reason IS NULL OR remove_word.reason !~ '[^[:space:]]' OR length(remove_word.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''"capital" names a fund in our data''';
  END IF;
  IF remove_word.word IS NULL OR length(remove_word.word) > 1000 THEN
    RAISE EXCEPTION 'word must be a text of at most 1000 characters'
      USING ERRCODE = 'SN003', HINT = 'pass the word as listed in stagenorm.taxonomy_word';
  END IF;

  -- One taxonomy change at a time.
  PERFORM FROM stagenorm.taxonomy_state AS t WHERE t.singleton FOR UPDATE;

  version_now := stagenorm._taxonomy_version();
  folded := stagenorm._rules_py('fold', remove_word.word, version_now);
  DELETE FROM stagenorm.taxonomy_word AS w WHERE w.word = folded RETURNING w.* INTO removed;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no word %', quote_literal(left(folded, 80))
      USING ERRCODE = 'SN003',
            HINT = 'the words are: SELECT word, kind FROM stagenorm.taxonomy_word ORDER BY kind, word';
  END IF;

  -- Refuses (SN009) before anything is rebuilt when the tables no longer make a taxonomy.
  PERFORM stagenorm._rules_py('validate', NULL, version_now);
  new_version := stagenorm._rebuild_normalizer();

  SELECT string_agg(quote_literal(s.label), ', ' ORDER BY s.label) INTO broken
    FROM (SELECT st.key AS label, st.key FROM stagenorm.stage AS st
          UNION ALL
          SELECT st.display_name, st.key FROM stagenorm.stage AS st) AS s
   WHERE stagenorm.normalize_stage(s.label) IS DISTINCT FROM s.key;
  IF broken IS NOT NULL THEN
    RAISE EXCEPTION 'removing word % would leave % unknown', quote_literal(folded), broken
      USING ERRCODE = 'SN009',
            DETAIL = 'canonical keys and display names must always read as their stage',
            HINT = 'keep this word';
  END IF;

  INSERT INTO stagenorm.taxonomy_audit AS t (action, word, kind, actor, reason, version)
  VALUES ('remove_word', folded, removed.kind, btrim(remove_word.actor, E' \t\r\n'),
          btrim(remove_word.reason, E' \t\r\n'), new_version)
  RETURNING t.* INTO written;

  RETURN written;
END
$$;
REVOKE ALL ON FUNCTION stagenorm.remove_word(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm.remove_word(text, text, text) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm.remove_word(text, text, text) IS
  'Remove a word of the taxonomy (given in any spelling that folds to it), audited in taxonomy_audit, effective for every later statement in every session. Raises SN003 for a blank actor/reason or no such word, SN009 when a canonical key or display name would stop reading as its stage or the taxonomy would not load. Returns the audit row. Needs stagenorm_admin. See docs/sql/add_alias.md.';

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
AS $$
  SELECT coalesce(array_agg(key ORDER BY ord), '{}')
    FROM json_array_elements_text(
           stagenorm._rules_py('suggest', label, stagenorm._taxonomy_version())::json
         ) WITH ORDINALITY AS s(key, ord)
$$;
COMMENT ON FUNCTION stagenorm.suggest_stages(text) IS
  'At most 3 canonical keys for a label that looks like a misspelling, best first, deterministic; empty for nonsense. See docs/sql/suggest_stages.md.';

-- >>> sql/functions/value_counts_compact.sql
-- Merges the per-statement rows of value_count (per minute and table, for minutes that
-- ended over a minute ago) and of label_writer (per key), and rolls minutes older than
-- keep_days into one row per table at minute -infinity, so reads stay cheap. Runs at
-- most once at a time (a transaction-level try-lock: a second caller returns 0 at once);
-- only committed rows are touched, so it never waits for or blocks a writer.
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

  -- per minute and table: every group that has a row not yet compacted
  WITH groups AS (
    SELECT DISTINCT g.minute, g.table_name
      FROM stagenorm.value_count AS g
     WHERE NOT g.compacted AND g.minute < cutoff
     LIMIT max_groups
  ), gone AS (
    DELETE FROM stagenorm.value_count AS v
     USING groups AS g
     WHERE v.minute = g.minute AND v.table_name = g.table_name
    RETURNING v.*
  )
  INSERT INTO stagenorm.value_count (minute, table_name, validated, normalized, unknown, compacted)
  SELECT minute, table_name, sum(validated), sum(normalized), sum(unknown), true
    FROM gone GROUP BY minute, table_name;
  GET DIAGNOSTICS n = ROW_COUNT;
  merged := merged + n;

  -- label_writer: one row per key
  WITH groups AS (
    SELECT DISTINCT g.table_name, g.column_name, g.application_name, g.role, g.outcome, g.label
      FROM stagenorm.label_writer AS g
     WHERE NOT g.compacted AND g.last_seen < cutoff
     LIMIT max_groups
  ), gone AS (
    DELETE FROM stagenorm.label_writer AS w
     USING groups AS g
     WHERE (w.table_name, w.column_name, w.application_name, w.role, w.outcome, w.label)
         = (g.table_name, g.column_name, g.application_name, g.role, g.outcome, g.label)
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
  'Merge the per-statement rows of value_count (per minute and table) and label_writer (per key) that are over 2 minutes old, and fold minutes older than keep_days into one row per table at -infinity. Returns the rows written. Never waits: a concurrent call returns 0. The enforcement triggers call it once a minute per session; cron may too.';

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
REVOKE ALL ON FUNCTION stagenorm._enforce_note(text, text, text, bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm._enforce_take(text) FROM PUBLIC;
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
    "ERROR_CODES",
    "SCALES",
    "WORD_KINDS",
    "YEARS",
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
#: Single characters that separate tokens: ``_ . / , : \\``, quotes, minus signs, and the
#: CJK full stop, comma and middle dot.
_SEPARATOR_CHARS: Final = frozenset("_./,:\\\"'`\u2212\u2043\u3001\u3002\u30fb")
#: Code point ranges of CJK characters (Han, kana, Hangul...): each is a token of its own.
_CJK_RANGES: Final = (
    (0x2E80, 0x2FDF), (0x3040, 0x318F), (0x31A0, 0x31FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0x20000, 0x3134F),
)
#: Cache bound of the lazily filled character tables (distinct characters seen).
_TABLE_LIMIT: Final = 65536


def _is_cjk(code: int) -> bool:
    return any(low <= code <= high for low, high in _CJK_RANGES)


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
    ``+`` and every CJK character to a token of its own, ``&`` to the word ``and``;
    everything else kept."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            out = ""
        elif char.isspace() or category in _SEPARATOR_CATEGORIES or char in _SEPARATOR_CHARS:
            out = " "
        elif char == "+" or _is_cjk(code):
            out = f" {char} "
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
_GLUED_PLUS: Final = "plus"
_GLUED_PRE: Final = "pre"
#: The series letters of rule 12 (``series a`` to ``series k``), split from a glued ``pre``.
_PRE_LETTERS: Final = frozenset("abcdefghijk")
#: Escape sequences left in exported text (rule 13): backslashes, then n, t or r.
_ESCAPES: Final = re.compile(r"\\+[ntr]")
#: French elision before a word (``d'amorçage``, ``l'amorçage``): dropped.
_ELISION: Final = re.compile("(?<![a-z0-9])[dl]['\u2019\u02bc](?=[a-z])")
_APOSTROPHES: Final = frozenset("'\u2019\u02bc")
_ASCII_DIGIT: Final = re.compile("[0-9]")


def _fold_chars(label: str) -> str:
    """Rule 2 and the character-level part of rule 3: escapes to a space, NFKC, case
    fold, accents removed, French elisions dropped. Not yet split into tokens."""
    if "\\" in label:
        label = _ESCAPES.sub(" ", label)
    if label.isascii():
        text = label.lower()  # NFKC and case folding of ASCII
    else:
        text = unicodedata.normalize("NFKC", label).casefold()
        text = unicodedata.normalize("NFKD", text).translate(_MARKS)
        text = unicodedata.normalize("NFKC", text)
    if not _APOSTROPHES.isdisjoint(text):
        text = _ELISION.sub(" ", text)
    return text


def _split(text: str) -> tuple[str, ...]:
    """Tokens of folded text: separators split, letters and digits apart, ``series``
    glued to one letter split, one letter glued to ``plus`` split, ``pre`` glued to
    a series letter (``a`` to ``k``) split."""
    tokens: list[str] = []
    for chunk in text.translate(_SEPARATORS).split():
        if chunk.isalpha():
            parts = [chunk]
        elif chunk.isdecimal():
            tokens.append(chunk)
            continue
        else:
            parts = _DIGIT_RUNS.findall(chunk)
        for part in parts:
            size = len(part)
            if size > 6 and part.startswith(_GLUED_SERIES) and part[6].isalpha() and (
                size == 7 or (size == 11 and part.endswith(_GLUED_PLUS))
            ):
                tokens.append(_GLUED_SERIES)
                part = part[6:]
                size -= 6
            if size == 5 and part.endswith(_GLUED_PLUS) and part[0].isalpha():
                tokens.append(part[0])
                tokens.append(_GLUED_PLUS)
            elif size == 4 and part.startswith(_GLUED_PRE) and part[3] in _PRE_LETTERS:
                tokens.append(_GLUED_PRE)  # PreA轮, preb
                tokens.append(part[3])
            else:
                tokens.append(part)
    return tuple(tokens)


def fold(label: str) -> tuple[str, ...]:
    """The folded tokens of ``label`` (reading rules 2, 3 and the escapes of 13).

    Escapes (a run of backslashes, then ``n``, ``t`` or ``r``) become a space; NFKC,
    case fold, accents removed (NFKD without Mn), NFKC again; ``d'`` and ``l'`` before
    a word dropped; format characters (Cf) deleted; every run of separators splits; ``+``
    and each CJK character are tokens of their own, ``&`` is ``and``; letters and digits
    are split apart; ``series`` glued to one letter, one letter glued to ``plus`` and
    ``pre`` glued to a series letter (``a`` to ``k``) are split.
    """
    return _split(_fold_chars(label))


def fold_text(label: str) -> str:
    """The folded form of ``label`` as one string (tokens joined by one space): the
    form in which aliases and words are stored."""
    return " ".join(fold(label))


# --------------------------------------------------------------------------- taxonomy

#: The kinds of ``words`` rows (the ``taxonomy_word.kind`` CHECK), and what each does:
#: ``filler`` (rules 4, 15) and ``qualifier`` (rule 10) words are ignored around one
#: stage form, ``currency`` words too (rule 13); ``series_prefix`` words stand before a
#: series letter or an alias (``series``, ``serie``, ``ser``); ``decoration`` words
#: follow a decorable alias (``+``, ``plus``, ``prime``, ``ext``); ``numeral`` words
#: are round numbers after a stage form (rule 11, ``ii`` to ``x``); a ``pre`` word
#: before a series letter names the stage before it (rule 12); ``magnitude`` and
#: ``currency`` words make amounts of money (rule 13); a ``bucket`` word makes a label
#: ambiguous (``micro``). Qualifier and bucket words may carry ``means``: the stages
#: an ambiguous label spans (rule 14).
WORD_KINDS: Final = (
    "filler", "qualifier", "currency", "series_prefix", "decoration", "numeral", "pre",
    "magnitude", "bucket",
)
#: Kinds whose words are ignored wherever they stand, when one stage form remains.
_IGNORED_KINDS: Final = frozenset({"filler", "qualifier", "currency"})
#: Kinds that may carry ``means`` (bucket words must).
_SPAN_KINDS: Final = frozenset({"qualifier", "bucket"})
#: Years that are ignored (rule 13).
YEARS: Final = (1990, 2099)
_GAP: Final = "[ \t\n\r_\\-\u2010-\u2015\u2212]*"
_NUMBER: Final = "[0-9]+(?:[.,][0-9]+)*"
_YEAR: Final = "(?<![0-9])(?:199[0-9]|20[0-9][0-9])(?![0-9])"

_MISSING: Final = object()
_CACHE_LIMIT: Final = 8192
_CACHE_LABEL_MAX: Final = 256
_SUGGEST_MAX_LENGTH: Final = 64
_SUGGEST_LIMIT: Final = 3
#: Endings a misspelt word may carry after a stage word (``seeding``, ``seedling``).
_SUFFIXES: Final = ("ling", "ing", "es", "ed", "s")
_STEM_MIN: Final = 4
#: Largest distance at which a word beside a held stage counts as a misspelling.
_WORD_DISTANCE: Final = 1


def _word_pattern(word: str, glued: bool = False) -> str:
    """A regular expression for a folded word in folded text: its tokens with any
    separators between them, and no letter or digit glued to an alphanumeric end
    (``glued``: a number may come right before it)."""
    body = _GAP.join(re.escape(token) for token in word.split(" "))
    if not glued and word[0].isascii() and word[0].isalnum():
        body = "(?<![a-z0-9])" + body
    if word[-1].isascii() and word[-1].isalnum():
        body += "(?![a-z0-9])"
    return body


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(words, key=lambda w: (-len(w), w))


def _alternation(words: Iterable[str], glued: bool = False) -> str:
    """One group matching any of ``words`` (folded) in folded text: plain ASCII words
    share one pair of boundaries, the others get their own (``_word_pattern``)."""
    words = list(words)
    plain = [w for w in words if w.isascii() and w.isalnum()]
    parts = []
    if plain:
        body = "|".join(re.escape(w) for w in _longest_first(plain))
        parts.append(("" if glued else "(?<![a-z0-9])") + f"(?:{body})(?![a-z0-9])")
    parts += [_word_pattern(w, glued) for w in _longest_first(set(words) - set(plain))]
    return "(?:" + "|".join(parts) + ")"


def _money_patterns(
    currencies: Iterable[str], magnitudes: Iterable[str]
) -> tuple[re.Pattern[str], ...]:
    """Amounts of money and years (rule 13), built from the taxonomy's words, applied in
    this order: a currency, then a number and its magnitudes; a number, a magnitude
    (any, also spaced), then a currency;
    a number and its magnitudes (a one-letter magnitude such as ``m`` only glued to the
    number); a year from 1990 to 2099. Separate patterns compile much faster than one."""
    currencies = list(currencies)
    magnitudes = list(magnitudes)
    glued = [w for w in magnitudes if len(w) == 1 and w.isascii()]
    spaced = [w for w in magnitudes if w not in glued]
    parts = []
    if spaced:
        parts.append(_GAP + _alternation(spaced, glued=True))
    if glued:
        parts.append("(?:" + "|".join(re.escape(w) for w in sorted(glued)) + ")(?![a-z0-9])")
    magnitude = "(?:" + "|".join(parts) + ")+" if parts else ""
    start = "(?<![a-z0-9.,])"
    amounts = []
    tail = f"(?:{magnitude})?" if magnitude else ""
    if currencies:  # a currency after a magnitude ("5M USD") is a word that is ignored
        cur = _alternation(currencies)
        amounts.append(f"{cur}{_GAP}{_NUMBER}{tail}")
        spelled = f"(?:{_GAP}{_alternation(magnitudes, glued=True)})?" if magnitudes else ""
        amounts.append(f"{start}{_NUMBER}{spelled}{_GAP}{cur}")  # 10 M EUR, 5 usd
    if magnitude:
        amounts.append(f"{start}{_NUMBER}{magnitude}")
    amounts.append(_YEAR)
    return tuple(re.compile(pattern) for pattern in amounts)


class Taxonomy:
    """An immutable taxonomy: canonical stages in order, folded aliases, words.

    Build it with :meth:`from_dict` (the JSON document) or :meth:`from_rows` (the
    database tables). Malformed data raises :class:`ValueError` naming the row.
    Memoizes :func:`normalize_stage` and :func:`suggest_stages` per instance.
    """

    __slots__ = (
        "_alias_lengths",
        "_aliases",
        "_candidates",
        "_letters",
        "_money",
        "_norm_cache",
        "_pre_stages",
        "_suggest_cache",
        "_word_lengths",
        "_words",
        "alias_rows",
        "decorations",
        "display_names",
        "fillers",
        "keys",
        "positions",
        "series_prefixes",
        "version",
        "word_rows",
    )

    version: int
    keys: tuple[str, ...]
    display_names: Mapping[str, str]
    positions: Mapping[str, int]
    fillers: frozenset[str]
    series_prefixes: frozenset[str]
    decorations: frozenset[str]
    alias_rows: tuple[tuple[str, str, bool], ...]
    word_rows: tuple[tuple[str, str, tuple[str, ...] | None], ...]
    _aliases: dict[str, tuple[str, bool]]
    _alias_lengths: dict[str, tuple[int, ...]]
    _words: dict[str, tuple[str, tuple[str, ...]]]
    _word_lengths: dict[str, tuple[int, ...]]
    _letters: dict[str, str]
    _pre_stages: dict[str, str]
    _money: tuple[re.Pattern[str], ...]
    _candidates: tuple[tuple[str, str, str], ...]
    _norm_cache: dict[str, str | None]
    _suggest_cache: dict[str, tuple[str, ...]]

    def __init__(
        self,
        stages: Iterable[tuple[str, str, int]],
        aliases: Iterable[tuple[str, str, bool]],
        words: Iterable[tuple[str, str] | tuple[str, str, Iterable[str] | None]],
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

        word_map: dict[str, tuple[str, tuple[str, ...]]] = {}
        word_rows: list[tuple[str, str, tuple[str, ...] | None]] = []
        for row in words:
            word, kind = row[0], row[1]
            raw_means = row[2] if len(row) > 2 else None
            folded = fold_text(word)
            if not folded:
                raise ValueError(f"taxonomy: word {word!r} is empty once folded")
            if kind not in WORD_KINDS:
                raise ValueError(f"taxonomy: word {word!r} has unknown kind {kind!r}")
            means: tuple[str, ...] | None = None
            if raw_means is not None:
                if isinstance(raw_means, str) or kind not in _SPAN_KINDS:
                    raise ValueError(
                        f"taxonomy: word {word!r}: 'means' is a list of stages, for a "
                        "qualifier or bucket word only"
                    )
                means = tuple(raw_means)
                if not means or any(stage not in keys for stage in means):
                    raise ValueError(f"taxonomy: word {word!r} means unknown stages {means!r}")
            if kind == "bucket" and means is None:
                raise ValueError(f"taxonomy: bucket word {word!r} needs 'means'")
            if kind in ("series_prefix", "pre", "decoration") and " " in folded:
                raise ValueError(f"taxonomy: word {word!r} must fold to exactly one token")
            previous_word = word_map.get(folded)
            if previous_word is not None and previous_word[0] != kind:
                raise ValueError(
                    f"taxonomy: word {folded!r} is both {previous_word[0]!r} and {kind!r}"
                )
            word_map[folded] = (kind, tuple(sorted(set(means or ()), key=keys.index)))
            word_rows.append((folded, kind, means))

        positions = {row[0]: row[2] for row in ordered}
        prefixes = frozenset(w for w, (k, _) in word_map.items() if k == "series_prefix")
        letters: dict[str, str] = {}
        for folded, (stage, decorable) in alias_map.items():
            head, _, letter = folded.rpartition(" ")
            if len(letter) == 1 and letter.isalpha() and (
                head in prefixes or (not head and decorable)
            ):
                letters.setdefault(letter, stage)
        pre_stages: dict[str, str] = {}
        for letter, stage in letters.items():
            before = letters.get(chr(ord(letter) - 1))
            index = keys.index(stage)
            if before is None and index > 0:
                before = keys[index - 1]
            if before is not None:
                pre_stages[letter] = before

        put = object.__setattr__
        put(self, "version", version)
        put(self, "keys", keys)
        put(self, "display_names", MappingProxyType({row[0]: row[1] for row in ordered}))
        put(self, "positions", MappingProxyType(positions))
        put(self, "fillers", frozenset(w for w, (k, _) in word_map.items() if k == "filler"))
        put(self, "series_prefixes", prefixes)
        put(self, "decorations",
            frozenset(w for w, (k, _) in word_map.items() if k == "decoration"))
        put(self, "alias_rows", tuple(alias_rows))
        put(self, "word_rows", tuple(word_rows))
        put(self, "_aliases", alias_map)
        put(self, "_alias_lengths", _lengths_by_head(alias_map))
        put(self, "_words", word_map)
        put(self, "_word_lengths", _lengths_by_head(word_map))
        put(self, "_letters", letters)
        put(self, "_pre_stages", pre_stages)
        put(self, "_money", _money_patterns(
            [w for w, (k, _) in word_map.items() if k == "currency"],
            [w for w, (k, _) in word_map.items() if k == "magnitude"]))
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
            f"aliases={len(self._aliases)}, words={len(self._words)})"
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
        decorable}`` (``decorable`` may be absent: false), words ``{word, kind,
        means}`` (``means`` may be absent or null). Extra keys are ignored."""
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
            (_require(row, "word", str, "word"), _require(row, "kind", str, "word"),
             _means(row))
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
        """The JSON document shape (aliases and words folded, in input order)."""
        words: list[dict[str, Any]] = []
        for word, kind, means in self.word_rows:
            row: dict[str, Any] = {"word": word, "kind": kind}
            if means is not None:
                row["means"] = list(means)
            words.append(row)
        return {
            "version": self.version,
            "stages": [
                {"key": k, "display_name": self.display_names[k], "position": self.positions[k]}
                for k in self.keys
            ],
            "aliases": [{"alias": a, "stage": s, "decorable": d} for a, s, d in self.alias_rows],
            "words": words,
        }

    # -- reading ---------------------------------------------------------------------

    def _tokens(self, label: str) -> tuple[str, ...]:
        """``fold(label)`` without amounts of money and years (rule 13)."""
        text = _fold_chars(label)
        if _ASCII_DIGIT.search(text):
            for pattern in self._money:
                text = pattern.sub(" ", text)
        return _split(text)

    def _normalize(self, label: str) -> str | None:
        cache = self._norm_cache
        hit = cache.get(label, _MISSING)
        if hit is not _MISSING:
            return hit  # type: ignore[return-value]
        key = self._read(self._tokens(label))
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = key
        return key

    def _read(self, tokens: tuple[str, ...]) -> str | None:
        """An exact alias, else the one stage the label's stage forms name (rules 4-13)."""
        if not tokens:
            return None
        exact = self._aliases.get(" ".join(tokens))
        if exact is not None:
            return exact[0]
        return self._scan(tokens).stage

    def _alias_at(self, tokens: tuple[str, ...], i: int) -> tuple[int, str, bool] | None:
        """The longest alias starting at token ``i``: (end, stage, decorable)."""
        lengths = self._alias_lengths.get(tokens[i])
        if lengths is None:
            return None
        for length in lengths:
            if i + length <= len(tokens):
                entry = self._aliases.get(" ".join(tokens[i : i + length]))
                if entry is not None:
                    return i + length, entry[0], entry[1]
        return None

    def _word_at(
        self, tokens: tuple[str, ...], i: int
    ) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest word starting at token ``i``: (end, kind, means)."""
        lengths = self._word_lengths.get(tokens[i])
        if lengths is None:
            return None
        for length in lengths:
            if i + length <= len(tokens):
                entry = self._words.get(" ".join(tokens[i : i + length]))
                if entry is not None:
                    return i + length, entry[0], entry[1]
        return None

    def _kind_at(self, tokens: tuple[str, ...], i: int, kind: str) -> int:
        """The end of a word of ``kind`` at token ``i``, or -1."""
        if i >= len(tokens):
            return -1
        word = self._word_at(tokens, i)
        return word[0] if word is not None and word[1] == kind else -1

    def _form_at(self, tokens: tuple[str, ...], i: int) -> tuple[int, str, bool, bool] | None:
        """The longest stage form starting at token ``i`` (rules 5-8, 12, 15), without
        its decorations: (end, stage, decorable, bare letter)."""
        best: tuple[int, str, bool, bool] | None = None
        hit = self._alias_at(tokens, i)
        if hit is not None:
            best = (hit[0], hit[1], hit[2], hit[0] == i + 1 and len(tokens[i]) == 1)
        start = i
        after = self._kind_at(tokens, i, "series_prefix")
        if after >= 0 and after < len(tokens):
            start = after
            hit = self._alias_at(tokens, after)  # series seed, series pre seed
            if hit is not None and (best is None or hit[0] > best[0]):
                best = (hit[0], hit[1], hit[2], False)
            stage = self._letters.get(tokens[after])  # series k, ser. d
            if stage is not None and (best is None or after + 1 > best[0]):
                best = (after + 1, stage, True, False)
        after = self._kind_at(tokens, start, "pre")  # pre a, pre series b
        if after >= 0:
            letter_at = self._kind_at(tokens, after, "series_prefix")
            letter_at = after if letter_at < 0 else letter_at
            if letter_at < len(tokens):
                stage = self._pre_stages.get(tokens[letter_at])
                if stage is not None and (best is None or letter_at + 1 > best[0]):
                    best = (letter_at + 1, stage, True, False)
        if start == i and len(tokens[i]) == 1:  # a series, B-series
            stage = self._letters.get(tokens[i])
            after = self._kind_at(tokens, i + 1, "series_prefix")
            if stage is not None and after >= 0 and (best is None or after > best[0]):
                best = (after, stage, True, False)
        return best

    def _scan(self, tokens: tuple[str, ...]) -> "_Reading":
        """Read the tokens left to right into stage forms (with their decorations and
        round numbers), ignored words and other words."""
        reading = _Reading()
        forms = reading.forms
        n = len(tokens)
        i = 0
        while i < n:
            form = self._form_at(tokens, i)
            word = self._word_at(tokens, i)
            if form is not None and (word is None or form[0] >= word[0]):
                end, stage, decorable, bare = form
                start, i = i, end
                decorated = False
                while i < n:  # sub-round numbers, round numbers, +, plus, prime, ext
                    if tokens[i].isdecimal():
                        i += 1
                    else:
                        deco = self._word_at(tokens, i)
                        if deco is None or not (
                            deco[1] == "numeral" or (decorable and deco[1] == "decoration")
                        ):
                            break
                        i = deco[0]
                    decorated = True
                # a lone letter (no decoration, no round word next to it: "n/a") or a lone
                # "pre" ("pre ipp") is a weak form: suggestions do not name it
                weak = not decorated and (
                    (bare and self._kind_at(tokens, i, "filler") < 0
                     and (start == 0 or tokens[start - 1] not in self.fillers))
                    or (end == start + 1 and self._kind_at(tokens, start, "pre") == end))
                forms.append((stage, bare, weak))
                continue
            if word is not None:
                end, kind, means = word
                if kind in _IGNORED_KINDS or (kind == "numeral" and forms):
                    if means:
                        reading.spans.update(means)
                elif kind == "bucket":
                    reading.buckets.update(means)
                else:
                    reading.others.append(" ".join(tokens[i:end]))
                i = end
                continue
            if not (forms and tokens[i].isdecimal()):  # a round number after a stage form
                reading.others.append(tokens[i])
            i += 1
        if not reading.others and not reading.buckets and forms:
            stages = {form[0] for form in forms}
            if len(stages) == 1 and sum(1 for form in forms if form[1]) <= 1:
                reading.stage = forms[0][0]
        return reading

    def _suggest(self, label: str) -> tuple[str, ...]:
        cache = self._suggest_cache
        hit = cache.get(label)
        if hit is not None:
            return hit
        tokens = self._tokens(label)
        key: Any = self._norm_cache.get(label, _MISSING)
        if key is _MISSING:
            key = self._read(tokens)
        if key is not None:
            result: tuple[str, ...] = (key,)
        else:
            result = self._suggest_tokens(tokens)
        if len(label) <= _CACHE_LABEL_MAX:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[label] = result
        return result

    def _suggest_tokens(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """Rule 14: the stages the label holds (and the stages of its ambiguous
        words), in canonical order; then the nearest stages of misspelt words."""
        if not tokens:
            return ()
        reading = self._scan(tokens)
        held = {stage for stage, _bare, weak in reading.forms if not weak}
        held |= reading.buckets
        if not reading.forms:
            held |= reading.spans
        first = sorted(held, key=self.positions.__getitem__)
        if len(first) >= _SUGGEST_LIMIT:
            return tuple(first[:_SUGGEST_LIMIT])
        best = self._fuzzy(tokens)
        if first:  # a label that holds stages: its other words may be misspelt ones, one
            # edit away (a company name or "Preferred" is no misspelling)
            for word in reading.others:
                for key, distance in self._fuzzy_query(word).items():
                    if distance <= _WORD_DISTANCE and distance < best.get(key, distance + 1):
                        best[key] = distance
        ranked = sorted(best, key=lambda k: (best[k], self.positions[k], k))
        out = first + [key for key in ranked if key not in held]
        return tuple(out[:_SUGGEST_LIMIT])

    def _fuzzy(self, tokens: tuple[str, ...]) -> dict[str, int]:
        """Nearest stages of the whole label (fillers and trailing decorations off)."""
        tokens = tuple(t for t in tokens if t not in self.fillers)
        if not tokens:
            return {}  # only filler words ("round"): nothing to suggest
        end = len(tokens)
        while end and (tokens[end - 1] in self.decorations or tokens[end - 1].isdecimal()):
            end -= 1
        return self._fuzzy_query(" ".join(tokens[:end]))

    def _fuzzy_query(self, query: str) -> dict[str, int]:
        """Each stage with its best distance to ``query`` (within the allowed distance);
        a word ending in -ing, -ling, -s... is also compared without it, at cost 1."""
        if len(query) > _SUGGEST_MAX_LENGTH or not any(c.isalpha() for c in query):
            return {}
        queries = [(query, 0)]
        for suffix in _SUFFIXES:
            if query.endswith(suffix) and len(query) - len(suffix) >= _STEM_MIN:
                queries.append((query[: -len(suffix)], 1))
                break
        best: dict[str, int] = {}
        for text, extra in queries:
            last = text.rpartition(" ")[2]
            several = " " in text
            size = len(text)
            limit = _allowed_distance(len(query))
            for candidate, key, letter in self._candidates:
                if letter and (letter != last or not several):
                    continue  # a series letter is never guessed: "series z" is no "series a"
                if abs(size - len(candidate)) + extra > limit or best.get(key, limit + 1) <= extra:
                    continue
                distance = _osa_distance(text, candidate, limit - extra) + extra
                if distance <= limit and distance < best.get(key, limit + 1):
                    best[key] = distance
        return best


class _Reading:
    """What :meth:`Taxonomy._scan` found: stage forms ``(stage, bare letter,
    weak)``, other words, the stages of bucket words and of qualifiers, and the
    one stage the label reads as (or ``None``)."""

    __slots__ = ("buckets", "forms", "others", "spans", "stage")

    def __init__(self) -> None:
        self.forms: list[tuple[str, bool, bool]] = []
        self.others: list[str] = []
        self.buckets: set[str] = set()
        self.spans: set[str] = set()
        self.stage: str | None = None


def _lengths_by_head(entries: Mapping[str, object]) -> dict[str, tuple[int, ...]]:
    """For each first token of the (folded, space-separated) keys: their token counts,
    longest first."""
    found: dict[str, set[int]] = {}
    for text in entries:
        tokens = text.split(" ")
        found.setdefault(tokens[0], set()).add(len(tokens))
    return {head: tuple(sorted(lengths, reverse=True)) for head, lengths in found.items()}


def _means(row: Mapping[str, Any]) -> tuple[str, ...] | None:
    value = row.get("means") if isinstance(row, Mapping) else None
    if value is None:
        return None
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"taxonomy: word row {row!r}: 'means' must be a list of stage keys")
    return tuple(value)


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


#: Labels that real vocabularies repeat (PitchBook deal types, Crunchbase funding types,
#: CB Insights and Dealroom rounds, Chinese round names), for the fast path; their answers
#: come from the rules like every other entry's.
_FREQUENT_V2: Final = (
    "Early Stage VC", "Later Stage VC", "Seed Round", "Angel (individual)", "Angel (Individual)",
    "Angel (Group)", "PE Growth/Expansion", "Seed VC", "Growth Equity VC", "Growth Equity Non-VC",
    "GROWTH EQUITY VC", "GROWTH EQUITY NON VC", "EARLY VC", "LATE VC", "Early VC", "Late VC",
    "Accelerator/Incubator", "Incubator/Accelerator", "Restart - Angel", "Restart - Early VC",
    "Restart - Later VC", "Corporate", "Corporate Round", "Corporate Minority", "Venture Round",
    "Venture - Series Unknown", "Private Equity", "Private Equity Round", "Debt Financing",
    "Debt - General", "Convertible Note", "Convertible Debt", "Equity Crowdfunding",
    "Product Crowdfunding", "Post-IPO Equity", "Post-IPO Debt", "Post-IPO Secondary",
    "Secondary Market", "Secondary Transaction - Private", "Non-equity Assistance",
    "Initial Coin Offering", "Undisclosed", "Unattributed VC", "Buyout/LBO", "Grant",
    "Series Seed", "Series Pre-Seed", "Pre-Series A", "Pre-Series B", "Pre-A", "Micro-Seed",
    "Micro Seed", "Seed/Angel", "Angel/Seed", "Seed Funding", "Angel Round", "Pre Seed Round",
    "Pre-Seed Round", "Venture Capital", "Growth Capital", "Venture Growth", "Late Stage VC",
    "Early Stage", "Later Stage", "Seed - II", "Seed - III", "Seed VC - II", "Angel - II",
    "Growth Equity - II", "Unattributed - II", "天使轮", "种子轮", "战略融资", "战略投资", "Pre-IPO",
    "IPO上市", "IPO上市后", "并购", "新三板", "定向增发", "股权转让", "上市前", "天使轮融资",
    "Rodada Seed", "Rodada Semente", "Rodada Anjo", "Rodada Pré-Seed", "Ronda Semilla",
    "Ronda Ángel", "Amorçage", "Pré-amorçage", "Capital Semilla", "Tour d'amorçage",
)
#: Series letters as the fast path writes them in the templates below.
_FAST_LETTERS: Final = "ABCDEFGHIJK"


def _spellings(words: str) -> set[str]:
    """How people type a folded label: cases, separators, a trailing round/stage word."""
    forms: set[str] = set()
    title = " ".join(w if w in ("and", "of", "the") else w.capitalize() for w in words.split(" "))
    cases = {words, words.title(), title, words.upper(), words.capitalize()}
    if words.startswith("pre ") or words.startswith("post "):  # pre-IPO, Pre-IPO
        head, _, rest = words.partition(" ")
        cases |= {f"{head} {rest.upper()}", f"{head.capitalize()} {rest.upper()}"}
    for text in cases:
        for joined in {text, text.replace(" ", "-"), text.replace(" ", "_"), text.replace(" ", "")}:
            forms.add(joined)
            for suffix in (" round", " Round", " stage", " Stage"):
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
                for prefix in ("Series ", "series ", "SERIES ", "Series", "series", "series_",
                               "series-", "Series-", "Series_", "Ser. ", "Round "):
                    labels.add(prefix + letter)
                for deco in ("1", "2", "3", "-1", "-2", "-3", "+", " Extension", " extension",
                             " ext", " round", " Round"):
                    labels.add("Series " + letter + deco)
                labels |= {letter + " round", letter + " Round"}
        elif decorable:
            for text in (folded, folded.title(), folded.upper()):
                labels |= {text + "+", text + " extension", text + " Extension", text + " 2"}
    labels.update(_FREQUENT_V2)
    for letter in _FAST_LETTERS:
        for sub in ("", "1", "2", "3", "-1", "-2"):
            labels |= {f"Early Stage VC (Series {letter}{sub})",
                       f"Later Stage VC (Series {letter}{sub})"}
        for repeat in (" - II", " - III", " - IV"):
            labels.add(f"Series {letter}{repeat}")
        labels |= {f"{letter}轮", f"{letter}+轮", f"Pre-{letter}轮", f"{letter}轮融资",
                   f"Pre-Series {letter}", f"Series {letter} Round", f"Rodada Série {letter}",
                   f"Ronda Serie {letter}", f"Série {letter}", f"Serie {letter}"}
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
)
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
        pairs: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, list | tuple):
        pairs = _array_pairs(value)
    else:
        message = (
            'expected an object {"<stage>": <weight>} or an array of '
            f'{{"stage", "weight"}} objects, not {_json_type(value)}'
        )
        errors.append(_error("INVALID_SHAPE", message))
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
_KEEP_DEPTH: Final = 3


def _shallow_json(text: str) -> str:
    """``text`` with every container nested deeper than ``_KEEP_DEPTH`` levels
    emptied (``[]`` or ``{}``): what ``parse_stage_distribution`` reads is the same,
    and ``json.loads`` no longer hits the recursion limit."""
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
    {"alias": "mezz", "stage": "late_stage", "decorable": false},
    {"alias": "series k", "stage": "growth", "decorable": true},
    {"alias": "semente", "stage": "seed", "decorable": true},
    {"alias": "semilla", "stage": "seed", "decorable": true},
    {"alias": "amorcage", "stage": "seed", "decorable": true},
    {"alias": "种 子", "stage": "seed", "decorable": true},
    {"alias": "anjo", "stage": "pre_seed", "decorable": false},
    {"alias": "angels", "stage": "pre_seed", "decorable": false},
    {"alias": "business angel", "stage": "pre_seed", "decorable": false},
    {"alias": "business angels", "stage": "pre_seed", "decorable": false},
    {"alias": "love money", "stage": "pre_seed", "decorable": false},
    {"alias": "天 使", "stage": "pre_seed", "decorable": false},
    {"alias": "pre amorcage", "stage": "pre_seed", "decorable": false},
    {"alias": "pre semente", "stage": "pre_seed", "decorable": false},
    {"alias": "pre semilla", "stage": "pre_seed", "decorable": false},
    {"alias": "presemente", "stage": "pre_seed", "decorable": false},
    {"alias": "presemilla", "stage": "pre_seed", "decorable": false},
    {"alias": "preamorcage", "stage": "pre_seed", "decorable": false},
    {"alias": "上 市 前", "stage": "late_stage", "decorable": false}
  ],
  "words": [
    {"word": "round", "kind": "filler"},
    {"word": "stage", "kind": "filler"},
    {"word": "financing", "kind": "filler"},
    {"word": "funding", "kind": "filler"},
    {"word": "investment", "kind": "filler"},
    {"word": "raise", "kind": "filler"},
    {"word": "the", "kind": "filler"},
    {"word": "rodada", "kind": "filler"},
    {"word": "investimento", "kind": "filler"},
    {"word": "financiamento", "kind": "filler"},
    {"word": "captacao", "kind": "filler"},
    {"word": "aporte", "kind": "filler"},
    {"word": "de", "kind": "filler"},
    {"word": "da", "kind": "filler"},
    {"word": "do", "kind": "filler"},
    {"word": "das", "kind": "filler"},
    {"word": "dos", "kind": "filler"},
    {"word": "ronda", "kind": "filler"},
    {"word": "inversion", "kind": "filler"},
    {"word": "financiacion", "kind": "filler"},
    {"word": "financiamiento", "kind": "filler"},
    {"word": "del", "kind": "filler"},
    {"word": "la", "kind": "filler"},
    {"word": "el", "kind": "filler"},
    {"word": "tour", "kind": "filler"},
    {"word": "tour de table", "kind": "filler"},
    {"word": "levee", "kind": "filler"},
    {"word": "levee de fonds", "kind": "filler"},
    {"word": "financement", "kind": "filler"},
    {"word": "investissement", "kind": "filler"},
    {"word": "du", "kind": "filler"},
    {"word": "des", "kind": "filler"},
    {"word": "en", "kind": "filler"},
    {"word": "runde", "kind": "filler"},
    {"word": "finanzierungsrunde", "kind": "filler"},
    {"word": "finanzierung", "kind": "filler"},
    {"word": "investitionsrunde", "kind": "filler"},
    {"word": "轮", "kind": "filler"},
    {"word": "融 资", "kind": "filler"},
    {"word": "投 资", "kind": "filler"},
    {"word": "early", "kind": "qualifier", "means": ["series_a", "series_b"]},
    {"word": "later", "kind": "qualifier", "means": ["growth", "late_stage"]},
    {"word": "vc", "kind": "qualifier"},
    {"word": "venture", "kind": "qualifier"},
    {"word": "venture capital", "kind": "qualifier"},
    {"word": "corporate", "kind": "qualifier"},
    {"word": "extended", "kind": "qualifier"},
    {"word": "extension", "kind": "qualifier"},
    {"word": "restart", "kind": "qualifier"},
    {"word": "new", "kind": "qualifier"},
    {"word": "equity", "kind": "qualifier"},
    {"word": "capital", "kind": "qualifier"},
    {"word": "pe", "kind": "qualifier"},
    {"word": "non vc", "kind": "qualifier"},
    {"word": "individual", "kind": "qualifier"},
    {"word": "investor", "kind": "qualifier"},
    {"word": "investors", "kind": "qualifier"},
    {"word": "investidor", "kind": "qualifier"},
    {"word": "investidores", "kind": "qualifier"},
    {"word": "inversor", "kind": "qualifier"},
    {"word": "inversores", "kind": "qualifier"},
    {"word": "investisseur", "kind": "qualifier"},
    {"word": "investisseurs", "kind": "qualifier"},
    {"word": "micro", "kind": "bucket", "means": ["pre_seed", "seed"]},
    {"word": "series", "kind": "series_prefix"},
    {"word": "serie", "kind": "series_prefix"},
    {"word": "ser", "kind": "series_prefix"},
    {"word": "pre", "kind": "pre"},
    {"word": "+", "kind": "decoration"},
    {"word": "plus", "kind": "decoration"},
    {"word": "prime", "kind": "decoration"},
    {"word": "ext", "kind": "decoration"},
    {"word": "ii", "kind": "numeral"},
    {"word": "iii", "kind": "numeral"},
    {"word": "iv", "kind": "numeral"},
    {"word": "v", "kind": "numeral"},
    {"word": "vi", "kind": "numeral"},
    {"word": "vii", "kind": "numeral"},
    {"word": "viii", "kind": "numeral"},
    {"word": "ix", "kind": "numeral"},
    {"word": "x", "kind": "numeral"},
    {"word": "$", "kind": "currency"},
    {"word": "€", "kind": "currency"},
    {"word": "£", "kind": "currency"},
    {"word": "¥", "kind": "currency"},
    {"word": "₹", "kind": "currency"},
    {"word": "₩", "kind": "currency"},
    {"word": "us$", "kind": "currency"},
    {"word": "us $", "kind": "currency"},
    {"word": "r$", "kind": "currency"},
    {"word": "r $", "kind": "currency"},
    {"word": "a$", "kind": "currency"},
    {"word": "c$", "kind": "currency"},
    {"word": "s$", "kind": "currency"},
    {"word": "hk$", "kind": "currency"},
    {"word": "usd", "kind": "currency"},
    {"word": "eur", "kind": "currency"},
    {"word": "gbp", "kind": "currency"},
    {"word": "jpy", "kind": "currency"},
    {"word": "cny", "kind": "currency"},
    {"word": "rmb", "kind": "currency"},
    {"word": "inr", "kind": "currency"},
    {"word": "brl", "kind": "currency"},
    {"word": "chf", "kind": "currency"},
    {"word": "cad", "kind": "currency"},
    {"word": "aud", "kind": "currency"},
    {"word": "sgd", "kind": "currency"},
    {"word": "hkd", "kind": "currency"},
    {"word": "krw", "kind": "currency"},
    {"word": "sek", "kind": "currency"},
    {"word": "nok", "kind": "currency"},
    {"word": "dkk", "kind": "currency"},
    {"word": "mxn", "kind": "currency"},
    {"word": "dollar", "kind": "currency"},
    {"word": "dollars", "kind": "currency"},
    {"word": "dolar", "kind": "currency"},
    {"word": "dolares", "kind": "currency"},
    {"word": "euro", "kind": "currency"},
    {"word": "euros", "kind": "currency"},
    {"word": "reais", "kind": "currency"},
    {"word": "pesos", "kind": "currency"},
    {"word": "pounds", "kind": "currency"},
    {"word": "yuan", "kind": "currency"},
    {"word": "yen", "kind": "currency"},
    {"word": "rupees", "kind": "currency"},
    {"word": "元", "kind": "currency"},
    {"word": "美 元", "kind": "currency"},
    {"word": "人 民 币", "kind": "currency"},
    {"word": "欧 元", "kind": "currency"},
    {"word": "k", "kind": "magnitude"},
    {"word": "m", "kind": "magnitude"},
    {"word": "b", "kind": "magnitude"},
    {"word": "mm", "kind": "magnitude"},
    {"word": "mn", "kind": "magnitude"},
    {"word": "mil", "kind": "magnitude"},
    {"word": "mio", "kind": "magnitude"},
    {"word": "mln", "kind": "magnitude"},
    {"word": "bn", "kind": "magnitude"},
    {"word": "bil", "kind": "magnitude"},
    {"word": "mrd", "kind": "magnitude"},
    {"word": "thousand", "kind": "magnitude"},
    {"word": "million", "kind": "magnitude"},
    {"word": "millions", "kind": "magnitude"},
    {"word": "billion", "kind": "magnitude"},
    {"word": "billions", "kind": "magnitude"},
    {"word": "milhao", "kind": "magnitude"},
    {"word": "milhoes", "kind": "magnitude"},
    {"word": "millon", "kind": "magnitude"},
    {"word": "millones", "kind": "magnitude"},
    {"word": "millionen", "kind": "magnitude"},
    {"word": "milliard", "kind": "magnitude"},
    {"word": "milliards", "kind": "magnitude"},
    {"word": "milliarden", "kind": "magnitude"},
    {"word": "lakh", "kind": "magnitude"},
    {"word": "lakhs", "kind": "magnitude"},
    {"word": "crore", "kind": "magnitude"},
    {"word": "crores", "kind": "magnitude"},
    {"word": "万", "kind": "magnitude"},
    {"word": "亿", "kind": "magnitude"},
    {"word": "千", "kind": "magnitude"},
    {"word": "百", "kind": "magnitude"}
  ]
}
$seed$::jsonb);
RESET check_function_bodies;
RESET client_min_messages;
