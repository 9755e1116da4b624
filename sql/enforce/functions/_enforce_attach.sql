-- Attaches (or refreshes) enforcement on one column: checks the table and column, makes
-- the trigger functions for the mode in force, and creates the triggers (_enforce_triggers). Shared
-- by enforce_stage_column (kind label, a text column) and
-- enforce_stage_distribution_column (kind distribution, a jsonb column).
CREATE FUNCTION stagenorm._enforce_attach(tbl regclass, col name, kind text) RETURNS boolean
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  rel record;
  att record;
  base regtype;
  existing record;
  ident text;
  st stagenorm.mode_state;
  other text := CASE kind WHEN 'label' THEN 'distribution' ELSE 'label' END;
BEGIN
  IF tbl IS NULL OR col IS NULL OR btrim(col) = '' THEN
    RAISE EXCEPTION 'a table and a column are required'
      USING ERRCODE = 'SN003', HINT = 'e.g. SELECT stagenorm.enforce_stage_column(''public.deals'', ''stage'')';
  END IF;
  SELECT c.relkind, c.relname, n.nspname INTO STRICT rel
    FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
   WHERE c.oid = tbl;
  IF rel.relkind NOT IN ('r', 'p') THEN
    RAISE EXCEPTION '% is not a table', tbl
      USING ERRCODE = 'SN005', HINT = 'enforcement attaches to plain or partitioned tables, not views or other relations';
  END IF;
  IF rel.nspname IN ('stagenorm', 'pg_catalog', 'information_schema', 'pg_toast') THEN
    RAISE EXCEPTION 'tables in schema % cannot be enforced', rel.nspname
      USING ERRCODE = 'SN005', HINT = 'enforce a column of an application table';
  END IF;
  SELECT a.attnum, a.atttypid, a.attgenerated INTO att
    FROM pg_catalog.pg_attribute AS a
   WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'column % of % does not exist', quote_ident(col), tbl
      USING ERRCODE = 'SN003', HINT = 'give the column name as it is spelled in the table (case matters)';
  END IF;
  base := coalesce((SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                      FROM pg_catalog.pg_type AS t WHERE t.oid = att.atttypid), att.atttypid);
  IF kind = 'label' AND base NOT IN ('text'::regtype, 'character varying'::regtype) THEN
    RAISE EXCEPTION 'column %.% is %, not text', tbl, quote_ident(col), format_type(att.atttypid, NULL)
      USING ERRCODE = 'SN005',
            HINT = CASE WHEN base IN ('jsonb'::regtype) THEN 'a jsonb stage distribution: use enforce_stage_distribution_column'
                        ELSE 'stage labels live in a text or varchar column' END;
  END IF;
  IF kind = 'distribution' AND base <> 'jsonb'::regtype THEN
    RAISE EXCEPTION 'column %.% is %, not jsonb', tbl, quote_ident(col), format_type(att.atttypid, NULL)
      USING ERRCODE = 'SN005',
            HINT = CASE WHEN base IN ('text'::regtype, 'character varying'::regtype)
                        THEN 'a single stage label: use enforce_stage_column'
                        ELSE 'stage distributions live in a jsonb column (ALTER COLUMN ... TYPE jsonb)' END;
  END IF;
  IF att.attgenerated <> '' THEN
    RAISE EXCEPTION 'column %.% is generated', tbl, quote_ident(col)
      USING ERRCODE = 'SN005', HINT = 'enforce the columns it is computed from';
  END IF;
  IF NOT has_table_privilege(session_user, tbl, 'TRIGGER') THEN
    RAISE EXCEPTION 'role % may not create triggers on %', session_user, tbl
      USING ERRCODE = '42501', HINT = format('GRANT TRIGGER ON %s TO %I, or run as the table owner', tbl, session_user);
  END IF;

  -- The lock CREATE TRIGGER takes anyway, taken first: concurrent attach/release serialize.
  EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
  -- And the mode row, shared: a concurrent set_mode either waits for us or we see its mode.
  INSERT INTO stagenorm.mode_state AS s (singleton) VALUES (true) ON CONFLICT (singleton) DO NOTHING;
  SELECT s.* INTO STRICT st FROM stagenorm.mode_state AS s WHERE s.singleton FOR SHARE;

  SELECT e.* INTO existing FROM stagenorm.enforced_columns() AS e
   WHERE e.table_name = tbl AND e.column_name = col;
  IF FOUND AND existing.kind = other THEN
    RAISE EXCEPTION 'column %.% is enforced as a %', tbl, quote_ident(col), other
      USING ERRCODE = 'SN003', HINT = format('release it first: SELECT stagenorm.release_stage%s_column(%L, %L)',
                                             CASE other WHEN 'distribution' THEN '_distribution' ELSE '' END,
                                             tbl::text, col);
  END IF;
  IF FOUND THEN
    PERFORM stagenorm._enforce_generate(tbl, col, kind, existing.ident, st.mode);
    PERFORM stagenorm._enforce_triggers(tbl, col, kind, existing.ident, st.mode, true);
    RETURN false;
  END IF;

  PERFORM stagenorm._enforce_drop_orphans();
  LOOP
    ident := regexp_replace(lower(left(rel.relname, 16)), '[^a-z0-9_]', '_', 'g') || '_'
          || regexp_replace(lower(left(col, 16)), '[^a-z0-9_]', '_', 'g') || '_'
          || left(md5(random()::text || clock_timestamp()::text), 8);
    EXIT WHEN to_regproc('stagenorm._enforce_row_' || ident) IS NULL;
  END LOOP;
  PERFORM stagenorm._enforce_generate(tbl, col, kind, ident, st.mode);
  PERFORM stagenorm._enforce_triggers(tbl, col, kind, ident, st.mode, false);
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_attach(regclass, name, text) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_attach(regclass, name, text) IS
  'Private: attach or refresh enforcement of a column (kind label or distribution).';
