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
