-- The validation mode in force with where it comes from, since when and by whom.
CREATE FUNCTION stagenorm.mode_info(
  OUT mode text,
  OUT source text,
  OUT since timestamptz,
  OUT changed_by text,
  OUT reason text
) RETURNS record
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(s.mode, stagenorm._default_mode()),
         CASE WHEN s.mode IS NULL THEN 'default' ELSE 'database' END,
         CASE WHEN s.mode IS NULL THEN NULL ELSE s.changed_at END,
         CASE WHEN s.mode IS NULL THEN NULL ELSE s.changed_by END,
         CASE WHEN s.mode IS NULL THEN NULL ELSE s.reason END
    FROM (SELECT NULL::int AS dummy) AS one
    LEFT JOIN stagenorm.mode_state AS s ON s.singleton
$$;
COMMENT ON FUNCTION stagenorm.mode_info() IS
  'One row: mode, source (database when set_mode was ever called, else default), since, changed_by, reason. See docs/sql/current_mode.md.';
