-- Which backend holds a batched-normalization advisory lock (NULL: nobody), read from
-- pg_locks, so status reports and error messages can name it.
CREATE FUNCTION stagenorm._backfill_lock_holder(lock_key bigint) RETURNS integer
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT l.pid
    FROM pg_catalog.pg_locks AS l
   WHERE l.locktype = 'advisory'
     AND l.granted
     AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
     AND l.classid = ((lock_key >> 32) & 4294967295)::oid
     AND l.objid = (lock_key & 4294967295)::oid
     AND l.objsubid = 1
   LIMIT 1
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_lock_holder(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_lock_holder(bigint) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_lock_holder(bigint) IS
  'Private: pid of the backend holding a batched-normalization advisory lock, or NULL.';
