-- Writes the per-column row trigger function of an enforced column (and its rejection
-- counter): static PL/pgSQL with the column name and the mode in force compiled in, so
-- the per-row work is an assignment and a normalize_stage call. set_mode calls it again
-- for every enforced column when the mode changes (_enforce_regenerate).
CREATE FUNCTION stagenorm._enforce_generate(
  tbl regclass,
  col name,
  kind text,
  ident text,
  mode text
) RETURNS regprocedure
LANGUAGE plpgsql
SET search_path = stagenorm, pg_catalog, pg_temp
AS $gen$
DECLARE
  fn text := '_enforce_row_' || ident;
  seq text := '_enforce_rej_' || ident;
  mode_expr text;
  prelude text;
  body text;
BEGIN
  IF ident IS NULL OR ident !~ '^[a-z0-9_]{1,42}$' THEN
    RAISE EXCEPTION 'invalid enforcement identifier %', coalesce(quote_literal(ident), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'identifiers are made by enforce_stage_column';
  END IF;
  IF kind IS NULL OR kind NOT IN ('label', 'distribution') THEN
    RAISE EXCEPTION 'invalid enforcement kind %', coalesce(quote_literal(kind), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'label or distribution';
  END IF;
  IF mode IS NOT NULL AND mode NOT IN ('off', 'warn', 'enforce') THEN
    RAISE EXCEPTION 'invalid validation mode %', quote_literal(mode)
      USING ERRCODE = 'SN002', HINT = 'use one of off, warn, enforce';
  END IF;
  IF to_regclass(format('stagenorm.%I', seq)) IS NULL THEN
    EXECUTE format('CREATE SEQUENCE stagenorm.%I', seq);
  END IF;
  EXECUTE format('COMMENT ON SEQUENCE stagenorm.%I IS %L', seq,
                 format('Values of %s.%s rejected in enforce (never rolled back); see stagenorm.enforced_columns()',
                        tbl, quote_ident(col)));
  -- NULL mode: none was ever set, the default is read at run time (a setting, no query).
  mode_expr := CASE WHEN mode IS NULL THEN 'stagenorm._default_mode()' ELSE quote_literal(mode) END;

  IF mode = 'off' THEN
    body := 'BEGIN RETURN NEW; END';
  ELSE
    -- %1$I column, %2$s mode expression, %3$s identifier (GUC counter names), %4$L column
    -- name for messages, %5$L rejection sequence.
    prelude := $tpl$
BEGIN
  IF v IS NULL THEN RETURN NEW; END IF;
  IF TG_OP = 'UPDATE' THEN
    IF v IS NOT DISTINCT FROM OLD.%1$I THEN RETURN NEW; END IF;
  END IF;
  m := %2$s;
  IF m = 'off' THEN RETURN NEW; END IF;
  IF current_setting('stagenorm.in_backfill', true) = 'on' THEN
    IF pg_has_role(session_user, 'stagenorm_admin', 'MEMBER') THEN RETURN NEW; END IF;
  END IF;
  c := set_config('stagenorm.v_%3$s',
                  (coalesce(nullif(current_setting('stagenorm.v_%3$s', true), ''), '0')::bigint + 1)::text, true);
$tpl$;
    IF kind = 'label' THEN
      body := $tpl$
DECLARE
  v text := NEW.%1$I;
  k text;
  m text;
  c text;
  s bigint;
$tpl$ || prelude || $tpl$
  k := stagenorm.normalize_stage(v);
  IF k = v THEN RETURN NEW; END IF;
  s := coalesce(nullif(current_setting('stagenorm.e_%3$s', true), ''), '0')::bigint + 1;
  c := set_config('stagenorm.e_%3$s', s::text, true);
  IF k IS NOT NULL THEN
    NEW.%1$I := k;
    c := set_config('stagenorm.n_%3$s',
                    (coalesce(nullif(current_setting('stagenorm.n_%3$s', true), ''), '0')::bigint + 1)::text, true);
    s := stagenorm._enforce_note('%3$s', 'normalized', v, s, NULL);
    RETURN NEW;
  END IF;
  IF m = 'enforce' THEN
    PERFORM stagenorm._enforce_reject(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, v, %5$L);
  END IF;
  c := set_config('stagenorm.u_%3$s',
                  (coalesce(nullif(current_setting('stagenorm.u_%3$s', true), ''), '0')::bigint + 1)::text, true);
  s := stagenorm._enforce_note('%3$s', 'unknown', v, s, current_setting('stagenorm.warning_interval', true));
  IF s > 0 THEN
    PERFORM stagenorm._warn_unknown(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, v, s);
  END IF;
  RETURN NEW;
END
$tpl$;
    ELSE
      body := $tpl$
DECLARE
  v jsonb := NEW.%1$I;
  r jsonb;
  lbl text;
  m text;
  c text;
  s bigint;
$tpl$ || prelude || $tpl$
  r := stagenorm.parse_stage_distribution(v);
  IF (r ->> 'is_valid')::boolean THEN
    IF (r -> 'normalized') IS DISTINCT FROM v THEN
      NEW.%1$I := r -> 'normalized';
      c := set_config('stagenorm.n_%3$s',
                      (coalesce(nullif(current_setting('stagenorm.n_%3$s', true), ''), '0')::bigint + 1)::text, true);
      FOR lbl IN SELECT l FROM stagenorm._enforce_labels(v) AS l
                  WHERE stagenorm.normalize_stage(l) IS DISTINCT FROM l LOOP
        s := coalesce(nullif(current_setting('stagenorm.e_%3$s', true), ''), '0')::bigint + 1;
        c := set_config('stagenorm.e_%3$s', s::text, true);
        s := stagenorm._enforce_note('%3$s', 'normalized', lbl, s, NULL);
      END LOOP;
    END IF;
    RETURN NEW;
  END IF;
  IF m = 'enforce' THEN
    PERFORM stagenorm._enforce_reject_distribution(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, r, %5$L);
  END IF;
  IF jsonb_array_length(r -> 'invalid_inputs') > 0 THEN
    c := set_config('stagenorm.u_%3$s',
                    (coalesce(nullif(current_setting('stagenorm.u_%3$s', true), ''), '0')::bigint + 1)::text, true);
    FOR lbl IN SELECT jsonb_array_elements_text(r -> 'invalid_inputs') LOOP
      s := coalesce(nullif(current_setting('stagenorm.e_%3$s', true), ''), '0')::bigint + 1;
      c := set_config('stagenorm.e_%3$s', s::text, true);
      s := stagenorm._enforce_note('%3$s', 'unknown', lbl, s, current_setting('stagenorm.warning_interval', true));
      IF s > 0 THEN
        PERFORM stagenorm._warn_unknown(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, lbl, s);
      END IF;
    END LOOP;
  ELSIF stagenorm._enforce_note('%3$s', 'invalid', r ->> 'errors', 0, current_setting('stagenorm.warning_interval', true)) > 0 THEN
    PERFORM stagenorm._warn_invalid(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, r);
  END IF;
  RETURN NEW;
END
$tpl$;
    END IF;
    body := format(body, col, mode_expr, ident, col, 'stagenorm.' || quote_ident(seq));
  END IF;

  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.%I() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
    'SET search_path = stagenorm, pg_catalog, pg_temp AS %L', fn, body);
  EXECUTE format('REVOKE ALL ON FUNCTION stagenorm.%I() FROM PUBLIC', fn);
  EXECUTE format('COMMENT ON FUNCTION stagenorm.%I() IS %L', fn,
                 format('Generated by stagenorm.enforce_stage%s_column for %s.%s, mode %s; do not edit (release_stage%s_column removes it)',
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END, tbl, quote_ident(col),
                        coalesce(mode, 'default (stagenorm.default_mode)'),
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END));
  RETURN format('stagenorm.%I()', fn)::regprocedure;
END
$gen$;
COMMENT ON FUNCTION stagenorm._enforce_generate(regclass, name, text, text, text) IS
  'Private: (re)write the row trigger function of an enforced column for a mode (NULL: the default, read at run time).';
