-- Detaches the validation that enforce_stage_distribution_column attached.
CREATE FUNCTION stagenorm.release_stage_distribution_column(tbl regclass, col name) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$ SELECT stagenorm._enforce_detach(tbl, col, 'distribution') $$;
COMMENT ON FUNCTION stagenorm.release_stage_distribution_column(regclass, name) IS
  'Remove the validation enforce_stage_distribution_column attached; true when removed, false when there was none. See docs/sql/enforce_stage_column.md.';
