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
