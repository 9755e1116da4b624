-- Tells a committing procedure whether it may commit: a procedure, written in PL/Python
-- because PL/Python can catch a refused COMMIT (PL/pgSQL cannot). Kept with the other
-- batched-normalization routines (sql/functions/*backfill*) although it is a procedure.
CREATE PROCEDURE stagenorm._backfill_nonatomic(INOUT nonatomic boolean DEFAULT NULL)
LANGUAGE plpython3u
AS $py$
# Called first thing by normalize_batched and revert_batched: in a non-atomic CALL
# (autocommit, top level) this commits the empty transaction the CALL began; inside a
# transaction block, a function or a string of several statements the commit is
# refused, and the caller raises SN006 before doing anything.
try:
    plpy.commit()
except plpy.SPIError:
    return (False,)
return (True,)
$py$;
REVOKE ALL ON PROCEDURE stagenorm._backfill_nonatomic(boolean) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE stagenorm._backfill_nonatomic(boolean) TO stagenorm_admin;
COMMENT ON PROCEDURE stagenorm._backfill_nonatomic(boolean) IS
  'Private: true when the calling procedure may COMMIT (not inside a transaction block); used by normalize_batched and revert_batched to refuse with SN006.';
