-- Puts the triggers of an enforced column in the state its mode needs (the table must be
-- locked SHARE ROW EXCLUSIVE by the caller):
-- - stagenorm_enforce_<ident>: BEFORE INSERT OR UPDATE OF the column, FOR EACH ROW, with a
--   WHEN clause that lets only non-canonical values (not a stage key, not NULL) reach
--   PL/pgSQL; disabled in off, so off costs a write nothing;
-- - stagenorm_count_<ident> (AFTER INSERT) and stagenorm_countu_<ident> (AFTER UPDATE), FOR
--   EACH STATEMENT with transition tables, counting what was written; absent in off (a
--   disabled trigger would still make PostgreSQL collect the transition rows).
-- recreate: drop and create them again (attach: the stage keys of the WHEN clause are
-- those of today's taxonomy). Returns whether anything changed.
CREATE FUNCTION stagenorm._enforce_triggers(
  tbl regclass,
  col name,
  kind text,
  ident text,
  mode text,
  recreate boolean DEFAULT false
) RETURNS boolean
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  row_name text := 'stagenorm_enforce_' || ident;
  ins_name text := 'stagenorm_count_' || ident;
  upd_name text := 'stagenorm_countu_' || ident;
  row_state "char";
  has_ins boolean;
  has_upd boolean;
  keys text;
  cond text;
  changed boolean := false;
BEGIN
  IF ident IS NULL OR ident !~ '^[a-z0-9_]{1,42}$' THEN
    RAISE EXCEPTION 'invalid enforcement identifier %', coalesce(quote_literal(ident), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'identifiers are made by enforce_stage_column';
  END IF;
  IF recreate THEN
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', row_name, tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', ins_name, tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', upd_name, tbl);
    changed := true;
  END IF;
  SELECT t.tgenabled INTO row_state FROM pg_catalog.pg_trigger AS t WHERE t.tgrelid = tbl AND t.tgname = row_name;
  has_ins := EXISTS (SELECT FROM pg_catalog.pg_trigger AS t WHERE t.tgrelid = tbl AND t.tgname = ins_name);
  has_upd := EXISTS (SELECT FROM pg_catalog.pg_trigger AS t WHERE t.tgrelid = tbl AND t.tgname = upd_name);

  IF row_state IS NULL THEN
    keys := quote_literal((SELECT array_agg(s.key ORDER BY s.position) FROM stagenorm.stage AS s)::text)
            || '::pg_catalog.text[]';
    cond := CASE kind
              WHEN 'label' THEN format('NEW.%1$I IS NOT NULL AND NOT ((NEW.%1$I)::pg_catalog.text COLLATE "C" '
                                       'OPERATOR(pg_catalog.=) ANY (%2$s))', col, keys)
              ELSE format('NEW.%I IS NOT NULL', col)
            END;
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %I ON %s FOR EACH ROW WHEN (%s) '
                   'EXECUTE FUNCTION stagenorm.%I(%L)',
                   row_name, col, tbl, cond, '_enforce_row_' || ident, kind);
    row_state := 'O';
    changed := true;
  END IF;
  IF mode = 'off' THEN
    IF row_state <> 'D' THEN
      EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', tbl, row_name);
      changed := true;
    END IF;
    IF has_ins THEN
      EXECUTE format('DROP TRIGGER %I ON %s', ins_name, tbl);
      changed := true;
    END IF;
    IF has_upd THEN
      EXECUTE format('DROP TRIGGER %I ON %s', upd_name, tbl);
      changed := true;
    END IF;
    RETURN changed;
  END IF;
  IF row_state <> 'O' THEN
    EXECUTE format('ALTER TABLE %s ENABLE TRIGGER %I', tbl, row_name);
    changed := true;
  END IF;
  IF NOT has_ins THEN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS stagenorm_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION stagenorm.%I()', ins_name, tbl, '_enforce_cnt_' || ident);
    changed := true;
  END IF;
  IF NOT has_upd THEN
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS stagenorm_old NEW TABLE AS stagenorm_new '
                   'FOR EACH STATEMENT EXECUTE FUNCTION stagenorm.%I()', upd_name, tbl, '_enforce_cnt_' || ident);
    changed := true;
  END IF;
  RETURN changed;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._enforce_triggers(regclass, name, text, text, text, boolean) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._enforce_triggers(regclass, name, text, text, text, boolean) IS
  'Private: put an enforced column''s triggers in the state its mode needs (row trigger disabled and no count triggers in off).';
