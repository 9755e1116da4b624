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
