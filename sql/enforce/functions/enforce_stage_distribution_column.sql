-- Attaches mode-aware validation to a jsonb column of stage distributions: warn stores a
-- valid distribution in normalized form (every canonical key with its share 0..1) and an
-- invalid one as written with a WARNING; enforce rejects an invalid one (SN001 for unknown
-- labels, SN003 for weights, sum or shape).
CREATE FUNCTION stagenorm.enforce_stage_distribution_column(tbl regclass, col name) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$ SELECT stagenorm._enforce_attach(tbl, col, 'distribution') $$;
COMMENT ON FUNCTION stagenorm.enforce_stage_distribution_column(regclass, name) IS
  'Attach mode-aware stage distribution validation to a jsonb column (triggers); valid values are stored as parse_stage_distribution(...)->''normalized''. true when attached, false when refreshed. Undo with release_stage_distribution_column. See docs/sql/enforce_stage_column.md.';
