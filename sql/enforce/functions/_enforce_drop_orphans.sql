-- Drops generated row functions (with their statement functions and rejection counters) that no trigger uses any
-- more: what DROP TABLE of an enforced table leaves behind.
CREATE FUNCTION stagenorm._enforce_drop_orphans() RETURNS integer
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  f record;
  n integer := 0;
BEGIN
  FOR f IN
    SELECT p.proname
      FROM pg_catalog.pg_proc AS p
     WHERE p.pronamespace = 'stagenorm'::regnamespace AND p.proname ~ '^_enforce_row_'
       AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger AS t WHERE t.tgfoid = p.oid)
  LOOP
    EXECUTE format('DROP FUNCTION stagenorm.%I()', f.proname);
    EXECUTE format('DROP FUNCTION IF EXISTS stagenorm.%I()', '_enforce_cnt_' || substr(f.proname, 14));
    EXECUTE format('DROP SEQUENCE IF EXISTS stagenorm.%I', '_enforce_rej_' || substr(f.proname, 14));
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_drop_orphans() FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_drop_orphans() IS
  'Private: drop generated enforcement functions and counters that no trigger uses (left by DROP TABLE).';
