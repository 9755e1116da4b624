-- The advisory lock key of batched normalization on one table column: a session-level
-- lock on it means "a job (or its revert) is working on this column now".
CREATE FUNCTION stagenorm._backfill_lock_key(tbl regclass, col name) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT pg_catalog.hashtextextended(pg_catalog.format('stagenorm.backfill %s %s', tbl::oid, col), 0) $$;
REVOKE ALL ON FUNCTION stagenorm._backfill_lock_key(regclass, name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_lock_key(regclass, name) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_lock_key(regclass, name) IS
  'Private: advisory lock key of batched normalization on a table column (pg_locks: locktype advisory, classid = key >> 32, objid = key & 0xffffffff, objsubid 1).';
