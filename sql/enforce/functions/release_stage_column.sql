-- Detaches the validation that enforce_stage_column attached (stored values stay as they are).
CREATE FUNCTION stagenorm.release_stage_column(tbl regclass, col name) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$ SELECT stagenorm._enforce_detach(tbl, col, 'label') $$;
COMMENT ON FUNCTION stagenorm.release_stage_column(regclass, name) IS
  'Remove the validation enforce_stage_column attached; true when removed, false when there was none. Stored values are not changed. See docs/sql/enforce_stage_column.md.';
