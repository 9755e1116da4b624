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
