-- Starts or resumes the batched normalization job of a table column: checks the table,
-- the column and the caller, takes the column's advisory lock (SN004 when busy), and
-- returns the job. The same table and column again resumes the unfinished job.
CREATE FUNCTION stagenorm._backfill_start(tbl regclass, col name, batch_size integer, dry_run boolean)
RETURNS stagenorm.backfill_job
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  rel record;
  att record;
  key_att record;
  pk record;
  base_type oid;
  type_mod integer;
  longest_key integer;
  lock_key bigint;
  job stagenorm.backfill_job;
  estimate bigint;
  version integer;
BEGIN
  IF tbl IS NULL OR col IS NULL THEN
    RAISE EXCEPTION 'table and column are required' USING ERRCODE = 'SN003',
      HINT = 'CALL stagenorm.normalize_batched(''schema.table'', ''column'');';
  END IF;
  IF batch_size IS NULL OR batch_size < 1 OR batch_size > 1000000 THEN
    RAISE EXCEPTION 'batch_size must be between 1 and 1000000, not %', coalesce(batch_size::text, 'NULL')
      USING ERRCODE = 'SN003', HINT = 'the default, 5000, suits most tables';
  END IF;
  IF dry_run IS NULL THEN
    RAISE EXCEPTION 'dry_run must be true or false, not NULL' USING ERRCODE = 'SN003';
  END IF;
  IF NOT pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'role % may not run batched normalization', current_user USING ERRCODE = '42501',
      HINT = pg_catalog.format('GRANT stagenorm_admin TO %I;', current_user);
  END IF;

  SELECT c.oid, c.relkind, n.nspname, c.relname, c.reltuples
    INTO rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
   WHERE c.oid = tbl;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no table with oid %', tbl::oid USING ERRCODE = 'SN003',
      HINT = 'pass the table by name: ''schema.table''';
  END IF;
  IF rel.relkind NOT IN ('r', 'p') THEN
    RAISE EXCEPTION '% is not a table', tbl USING ERRCODE = 'SN005',
      DETAIL = pg_catalog.format('relkind %s', rel.relkind),
      HINT = 'normalize the table the view or foreign table reads from';
  END IF;
  IF rel.nspname = 'stagenorm' THEN
    RAISE EXCEPTION 'stagenorm''s own tables are not normalized in batches' USING ERRCODE = 'SN005';
  END IF;

  SELECT a.attnum, a.atttypid, a.atttypmod, a.attgenerated
    INTO att
    FROM pg_catalog.pg_attribute AS a
   WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'table % has no column %', tbl, pg_catalog.quote_ident(col) USING ERRCODE = 'SN003',
      HINT = coalesce('text columns: ' || (
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
          FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped
           AND a.atttypid IN ('text'::regtype, 'varchar'::regtype)), 'the table has no text column');
  END IF;
  -- Domains count as their base type.
  base_type := att.atttypid;
  type_mod := att.atttypmod;
  WHILE (SELECT t.typtype FROM pg_catalog.pg_type AS t WHERE t.oid = base_type) = 'd' LOOP
    SELECT t.typbasetype, t.typtypmod INTO base_type, type_mod FROM pg_catalog.pg_type AS t WHERE t.oid = base_type;
  END LOOP;
  IF base_type NOT IN ('text'::regtype, 'varchar'::regtype) THEN
    RAISE EXCEPTION 'column % of % is of type %, not text', pg_catalog.quote_ident(col), tbl,
      pg_catalog.format_type(att.atttypid, att.atttypmod)
      USING ERRCODE = 'SN005', HINT = 'batched normalization rewrites text or varchar columns';
  END IF;
  IF att.attgenerated <> '' THEN
    RAISE EXCEPTION 'column % of % is generated', pg_catalog.quote_ident(col), tbl USING ERRCODE = 'SN005',
      HINT = 'normalize the column it is generated from';
  END IF;
  IF base_type = 'varchar'::regtype AND type_mod > 0 THEN
    SELECT pg_catalog.max(pg_catalog.length(s.key)) INTO longest_key FROM stagenorm.stage AS s;
  END IF;
  IF type_mod - 4 < longest_key THEN
    RAISE EXCEPTION 'column % of % (%) is too short for the canonical keys', pg_catalog.quote_ident(col), tbl,
      pg_catalog.format_type(att.atttypid, att.atttypmod)
      USING ERRCODE = 'SN005', DETAIL = pg_catalog.format('the longest canonical key has %s characters', longest_key),
            HINT = pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE text;', tbl, col);
  END IF;

  SELECT i.indnkeyatts, i.indkey[0] AS attnum INTO pk
    FROM pg_catalog.pg_index AS i WHERE i.indrelid = tbl AND i.indisprimary;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'table % has no primary key', tbl USING ERRCODE = 'SN005',
      DETAIL = 'Batches walk the table in primary-key order and resume after the last key they committed.',
      HINT = pg_catalog.format('ALTER TABLE %s ADD PRIMARY KEY (<unique not-null column>);', tbl);
  END IF;
  IF pk.indnkeyatts <> 1 THEN
    RAISE EXCEPTION 'the primary key of % has % columns; batched normalization needs a single-column key',
      tbl, pk.indnkeyatts USING ERRCODE = 'SN005',
      HINT = 'add a single-column key (e.g. a bigint identity column) and make it the primary key';
  END IF;
  IF pk.attnum = att.attnum THEN
    RAISE EXCEPTION 'column % is the primary key of %: keys are not rewritten', pg_catalog.quote_ident(col), tbl
      USING ERRCODE = 'SN005';
  END IF;
  SELECT a.attname, a.atttypid INTO key_att
    FROM pg_catalog.pg_attribute AS a WHERE a.attrelid = tbl AND a.attnum = pk.attnum;

  lock_key := stagenorm._backfill_lock(tbl, col);
  BEGIN
    IF EXISTS (SELECT FROM stagenorm.backfill_job AS j
                WHERE j.table_name = tbl AND j.column_name = col AND j.status = 'reverting') THEN
      RAISE EXCEPTION 'job % is being reverted', (SELECT j.id FROM stagenorm.backfill_job AS j
                                                  WHERE j.table_name = tbl AND j.column_name = col AND j.status = 'reverting')
        USING ERRCODE = 'SN004',
              HINT = 'finish the revert first: CALL stagenorm.revert_batched(<job id>);';
    END IF;
    -- Recorded to warn when a resumed job meets another taxonomy (when this role may read it).
    IF pg_catalog.has_table_privilege('stagenorm.taxonomy_state', 'SELECT') THEN
      version := stagenorm._taxonomy_version();
    END IF;
    IF NOT dry_run THEN
      SELECT * INTO job FROM stagenorm.backfill_job AS j
       WHERE j.table_name = tbl AND j.column_name = col AND NOT j.dry_run
         AND j.status IN ('running', 'paused', 'failed')
       FOR UPDATE;
    ELSE
      -- A dry run that was cut short is not resumed: it has no checkpoint.
      UPDATE stagenorm.backfill_job AS j
         SET status = 'failed', last_error = 'interrupted; dry runs are not resumed', backend_pid = NULL,
             updated_at = pg_catalog.clock_timestamp()
       WHERE j.table_name = tbl AND j.column_name = col AND j.dry_run AND j.status = 'running';
    END IF;
    IF job.id IS NOT NULL THEN
      IF job.key_column <> key_att.attname OR job.key_type <> key_att.atttypid THEN
        RAISE EXCEPTION 'the primary key of % changed since job % started', tbl, job.id
          USING ERRCODE = 'SN005',
                DETAIL = pg_catalog.format('The job walks %I (%s); the key is now %I (%s).', job.key_column,
                                           job.key_type, key_att.attname, key_att.atttypid::regtype),
                HINT = pg_catalog.format('Revert the job (CALL stagenorm.revert_batched(%s);), then start again.', job.id);
      END IF;
      IF version IS NOT NULL AND job.taxonomy_version IS DISTINCT FROM version THEN
        RAISE WARNING 'the taxonomy changed since job % last ran (version % -> %)', job.id, job.taxonomy_version, version
          USING DETAIL = 'Rows already done keep the keys of the older taxonomy; the rest get the current one.';
      END IF;
      UPDATE stagenorm.backfill_job AS j
         SET status = 'running', runs = j.runs + 1, batch_size = _backfill_start.batch_size,
             backend_pid = pg_catalog.pg_backend_pid(), stop_requested = false, last_error = NULL,
             run_started_at = pg_catalog.clock_timestamp(), run_rows_start = j.rows_scanned,
             taxonomy_version = version, updated_at = pg_catalog.clock_timestamp()
       WHERE j.id = job.id
      RETURNING * INTO job;
    ELSE
      IF rel.reltuples > 0 THEN
        estimate := rel.reltuples::bigint;
      ELSE
        EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %I.%I', rel.nspname, rel.relname) INTO estimate;
      END IF;
      INSERT INTO stagenorm.backfill_job AS j
             (table_name, column_name, key_column, key_type, dry_run, batch_size, rows_estimate,
              taxonomy_version, backend_pid)
      VALUES (tbl, col, key_att.attname, key_att.atttypid, dry_run, batch_size, estimate,
              version, pg_catalog.pg_backend_pid())
      RETURNING * INTO job;
    END IF;
  EXCEPTION WHEN OTHERS THEN
    -- Do not keep the lock of a job that did not start.
    WHILE stagenorm._backfill_lock_holder(lock_key) = pg_catalog.pg_backend_pid() LOOP
      PERFORM pg_catalog.pg_advisory_unlock(lock_key);
    END LOOP;
    RAISE;
  END;
  RETURN job;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_start(regclass, name, integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stagenorm._backfill_start(regclass, name, integer, boolean) TO stagenorm_admin;
COMMENT ON FUNCTION stagenorm._backfill_start(regclass, name, integer, boolean) IS
  'Private: check a table column, take its advisory lock and start or resume its batched job (used by normalize_batched and stagenorm backfill).';
