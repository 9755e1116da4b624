-- Every validation mode change: old mode (read under the lock of set_mode), new mode,
-- who, why, from where, whether a red promotion gate was overridden, and when.
CREATE TABLE stagenorm.mode_audit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  old_mode   text NOT NULL CHECK (old_mode = ANY (pg_catalog.enum_range(NULL::stagenorm.validation_mode)::pg_catalog.text[])),
  new_mode   text NOT NULL CHECK (new_mode = ANY (pg_catalog.enum_range(NULL::stagenorm.validation_mode)::pg_catalog.text[])),
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
