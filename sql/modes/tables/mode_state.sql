-- The validation mode of record: one row, locked by set_mode so that concurrent changes
-- serialize. mode IS NULL until the first set_mode (current_mode then reads the default).
CREATE TABLE stagenorm.mode_state (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  mode       text CHECK (mode = ANY (pg_catalog.enum_range(NULL::stagenorm.validation_mode)::pg_catalog.text[])),
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
