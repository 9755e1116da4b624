-- Rewrites the trigger functions of every enforced column for a new mode (called by
-- set_mode under its lock), switches the triggers off or on when the mode goes to or
-- from off, and drops the generated functions and counters left behind by dropped tables.
CREATE FUNCTION stagenorm._enforce_regenerate(mode text) RETURNS integer
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  r record;
  n integer := 0;
BEGIN
  FOR r IN SELECT * FROM stagenorm.enforced_columns() LOOP
    PERFORM stagenorm._enforce_generate(r.table_name, r.column_name, r.kind, r.ident, mode);
    -- to or from off the triggers change (a SHARE ROW EXCLUSIVE lock on the table, as
    -- CREATE TRIGGER takes); between warn and enforce only the functions do
    IF coalesce(mode = 'off', false) IS DISTINCT FROM (r.count_trigger IS NULL) THEN
      EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', r.table_name);
      PERFORM stagenorm._enforce_triggers(r.table_name, r.column_name, r.kind, r.ident, mode, false);
    END IF;
    n := n + 1;
  END LOOP;
  PERFORM stagenorm._enforce_drop_orphans();
  RETURN n;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_regenerate(text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_regenerate(text) IS
  'Private: regenerate every enforced column''s row function for a mode (set_mode).';
