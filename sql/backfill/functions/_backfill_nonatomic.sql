-- Tells a committing procedure whether it may commit, in plain PL/pgSQL (no PL/Python:
-- it runs on managed services too). Kept with the other batched-normalization routines
-- (sql/backfill/functions/) although it is a procedure.
--
-- How it knows without committing anything: COMMIT inside a block with an EXCEPTION
-- clause always fails, but PostgreSQL (SPI's _SPI_commit; checked on 14 to 18) checks the calling
-- context first. A CALL that may not commit (inside BEGIN ... COMMIT, psql -1, a string of
-- several statements, a function, a migration) is refused with "invalid transaction
-- termination"; one that may is refused only for the exception block ("cannot commit
-- while a subtransaction is active"). Both carry SQLSTATE 2D000, so the two are told
-- apart by message, compared with the first one as this very session words it (a DO
-- block run from inside an exception block is always in the atomic case): no English
-- text is assumed, whatever lc_messages says. Should a future PostgreSQL check in the
-- other order, both messages agree and the callers refuse every CALL with SN006, which
-- tests/test_backfill.py would show at once: it never lets a CALL through that cannot
-- commit.
--
-- No SET search_path here: a procedure with a SET clause (or SECURITY DEFINER) is always
-- called atomically, so it could never say yes. Nothing in the body is looked up on the
-- caller's path: the types and the only operator are schema-qualified, and COMMIT and
-- the DO block name no object (tests/test_search_path.py, UNPINNED, checks the body).
CREATE PROCEDURE stagenorm._backfill_nonatomic(INOUT nonatomic boolean DEFAULT NULL)
LANGUAGE plpgsql
AS $$
DECLARE
  atomic_refusal pg_catalog.text;  -- what COMMIT says where a commit is not allowed, in this session
  our_refusal pg_catalog.text;     -- what it says here
BEGIN
  BEGIN
    EXECUTE 'DO $do$ BEGIN COMMIT; END $do$';
  EXCEPTION WHEN invalid_transaction_termination THEN
    atomic_refusal := SQLERRM;
  END;
  BEGIN
    COMMIT;
  EXCEPTION WHEN invalid_transaction_termination THEN
    our_refusal := SQLERRM;
  END;
  nonatomic := atomic_refusal IS NOT NULL
               AND (our_refusal IS NULL OR our_refusal OPERATOR(pg_catalog.<>) atomic_refusal);
END
$$;
REVOKE ALL ON PROCEDURE stagenorm._backfill_nonatomic(boolean) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE stagenorm._backfill_nonatomic(boolean) TO stagenorm_admin;
COMMENT ON PROCEDURE stagenorm._backfill_nonatomic(boolean) IS
  'Private: true when the calling procedure may COMMIT (not inside a transaction block, a function or a multi-statement string); commits nothing itself. Used by normalize_batched and revert_batched to refuse with SN006 before doing anything.';
