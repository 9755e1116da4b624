-- Removes enforcement from one column: its triggers, the generated functions and its
-- rejection counter. Shared by release_stage_column and release_stage_distribution_column.
CREATE FUNCTION stagenorm._enforce_detach(tbl regclass, col name, kind text) RETURNS boolean
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  existing record;
BEGIN
  IF tbl IS NULL OR col IS NULL THEN
    RAISE EXCEPTION 'a table and a column are required'
      USING ERRCODE = 'SN003', HINT = 'e.g. SELECT stagenorm.release_stage_column(''public.deals'', ''stage'')';
  END IF;
  IF NOT has_table_privilege(session_user, tbl, 'TRIGGER') THEN
    RAISE EXCEPTION 'role % may not drop triggers on %', session_user, tbl
      USING ERRCODE = '42501', HINT = 'run as the table owner';
  END IF;
  EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
  SELECT e.* INTO existing FROM stagenorm.enforced_columns() AS e
   WHERE e.table_name = tbl AND e.column_name = col;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF existing.kind <> kind THEN
    RAISE EXCEPTION 'column %.% is enforced as a %, not a %', tbl, quote_ident(col), existing.kind, kind
      USING ERRCODE = 'SN003', HINT = format('use release_stage%s_column',
                                             CASE existing.kind WHEN 'distribution' THEN '_distribution' ELSE '' END);
  END IF;
  EXECUTE format('DROP TRIGGER %I ON %s', existing.row_trigger, tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', 'stagenorm_count_' || existing.ident, tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', 'stagenorm_countu_' || existing.ident, tbl);
  EXECUTE format('DROP FUNCTION stagenorm.%I()', '_enforce_row_' || existing.ident);
  EXECUTE format('DROP FUNCTION IF EXISTS stagenorm.%I()', '_enforce_cnt_' || existing.ident);
  EXECUTE format('DROP SEQUENCE IF EXISTS stagenorm.%I', '_enforce_rej_' || existing.ident);
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_detach(regclass, name, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_detach(regclass, name, text) IS
  'Private: remove enforcement from a column (kind label or distribution).';
