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
