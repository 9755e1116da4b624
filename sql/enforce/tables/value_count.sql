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
