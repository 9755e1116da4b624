-- Writes the two functions of an enforced column, static PL/pgSQL with the column name, the
-- mode in force, the stage keys and the table's primary key compiled in (set_mode writes
-- them again for a new mode, _enforce_regenerate):
-- - _enforce_row_<ident>(): the BEFORE row trigger, entered only for values that are not a
--   stage key (its WHEN clause filters canonical rows out before any PL/pgSQL runs). It runs
--   as the writer (no SECURITY DEFINER), rewrites a known label to its key, rejects an
--   unknown one in enforce (_enforce_reject, the one SECURITY DEFINER call, which counts it),
--   and tallies rewritten labels for label_writer in transaction-local settings. Unknown
--   labels it met in the transaction are remembered there too (normalize_stage's slow path
--   once per label and transaction, not per row).
-- - _enforce_cnt_<ident>(): the AFTER statement trigger (INSERT and UPDATE, with transition
--   tables), SECURITY DEFINER because it writes stagenorm's tables. It counts what the
--   statement really wrote from the transition tables (validated; unknown: a stored label
--   that is not a stage key; nothing a session can set reaches these), adds them to its backend's value_count row for the minute, adds
--   the unknown labels (from the rows) and the rewritten ones (the tally, capped by the rows)
--   to label_writer, raises the sampled WARNINGs, and once a minute compacts.
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
  cnt text := '_enforce_cnt_' || ident;
  seq text := '_enforce_rej_' || ident;
  mode_expr text;
  keys text;
  pk_join text;
  body text;
  count_body text;
  off_check text;
  reject_call text;
BEGIN
  IF ident IS NULL OR ident !~ '^[a-z0-9_]{1,42}$' THEN
    RAISE EXCEPTION 'invalid enforcement identifier %', coalesce(quote_literal(ident), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'identifiers are made by enforce_stage_column';
  END IF;
  IF kind IS NULL OR kind NOT IN ('label', 'distribution') THEN
    RAISE EXCEPTION 'invalid enforcement kind %', coalesce(quote_literal(kind), 'NULL')
      USING ERRCODE = 'SN003', HINT = 'label or distribution';
  END IF;
  IF mode IS NOT NULL AND mode <> ALL (pg_catalog.enum_range(NULL::stagenorm.validation_mode)::pg_catalog.text[]) THEN
    RAISE EXCEPTION 'invalid validation mode %', quote_literal(mode)
      USING ERRCODE = 'SN002', HINT = 'use one of off, warn, enforce';
  END IF;
  IF to_regclass(format('stagenorm.%I', seq)) IS NULL THEN
    EXECUTE format('CREATE SEQUENCE stagenorm.%I', seq);
  END IF;
  EXECUTE format('COMMENT ON SEQUENCE stagenorm.%I IS %L', seq,
                 format('Values of %s.%s rejected in enforce (never rolled back); see stagenorm.enforced_columns()',
                        tbl, quote_ident(col)));
  -- NULL mode: none was ever set; the default is read at run time from the catalog
  -- (pg_db_role_setting), never from the session.
  mode_expr := CASE WHEN mode IS NULL THEN 'stagenorm._default_mode()' ELSE quote_literal(mode) END;
  keys := quote_literal((SELECT array_agg(s.key ORDER BY s.position) FROM stagenorm.stage AS s)::text) || '::pg_catalog.text[]';
  -- Old and new rows of an UPDATE pair up on the primary key (as text: no operator lookup);
  -- without one nothing pairs, and an updated row counts only when it holds an unknown
  -- label (as unknown and validated: never a lower unknown rate than the truth).
  pk_join := coalesce((
    SELECT string_agg(format('(n.%1$I)::pg_catalog.text OPERATOR(pg_catalog.=) (o.%1$I)::pg_catalog.text', a.attname),
                      ' AND ' ORDER BY k.ord)
      FROM pg_catalog.pg_index AS i
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = tbl AND i.indisprimary), 'false');

  -- The row functions run for every non-canonical row, so they carry no SET clause (a
  -- pinned search_path costs a row several times a bare trigger: bench_trigger's
  -- pinned_row_trigger figures). Instead every name, type and operator in them is
  -- schema-qualified, as in an inlinable SQL function, and IS DISTINCT FROM and NULLIF
  -- (which look up "=" on the search path) are spelled out: a writer's search_path
  -- changes nothing they do. %1$I column, %2$s mode expression, %3$s identifier (setting
  -- names), %4$L column name for messages, %5$L rejection sequence.
  IF kind = 'label' THEN
    body := $tpl$
DECLARE
  v pg_catalog.text := NEW.%1$I;
  k pg_catalog.text;
  m pg_catalog.text;
  s pg_catalog.text;
  t pg_catalog.text;
  c pg_catalog.text;
  h pg_catalog.int4;
  i pg_catalog.int4;
BEGIN
  IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
    IF OLD.%1$I IS NOT NULL AND (OLD.%1$I)::pg_catalog.text OPERATOR(pg_catalog.=) v THEN RETURN NEW; END IF;
  END IF;
  %6$s
  -- One test on the common path (each PL/pgSQL statement costs a row about as much as a
  -- bare trigger's body), split below: the backfill's own writes are kept as written, and
  -- an unknown label met before in this transaction skips normalize_stage, whose slow path
  -- is what an unknown label costs: stagenorm.k_<ident> lists them, "<US>label<US>..."
  -- (transaction-local, so a pooled session never hands it to another client). A session
  -- that lists a known label there only gets its own value kept as written in warn and
  -- counted as unknown (the statement trigger counts every stored non-key as unknown), or
  -- rejected in enforce, uncounted (_enforce_reject checks the label itself).
  IF pg_catalog.current_setting('stagenorm.in_backfill', true) OPERATOR(pg_catalog.=) 'on'
     OR pg_catalog.strpos(pg_catalog.current_setting('stagenorm.k_%3$s', true),
                          E'\x1f' OPERATOR(pg_catalog.||) v OPERATOR(pg_catalog.||) E'\x1f') OPERATOR(pg_catalog.>) 0 THEN
    IF pg_catalog.current_setting('stagenorm.in_backfill', true) OPERATOR(pg_catalog.=) 'on'
       AND pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN
      RETURN NEW;
    END IF;
    IF pg_catalog.strpos(pg_catalog.current_setting('stagenorm.k_%3$s', true),
                         E'\x1f' OPERATOR(pg_catalog.||) v OPERATOR(pg_catalog.||) E'\x1f') OPERATOR(pg_catalog.>) 0
       AND pg_catalog.strpos(v, E'\x1f') OPERATOR(pg_catalog.=) 0 THEN
      %7$s
      RETURN NEW;
    END IF;
  END IF;
  k := stagenorm.normalize_stage(v);
  IF k IS NULL THEN
    IF pg_catalog.length(v) OPERATOR(pg_catalog.<=) 200 AND pg_catalog.strpos(v, E'\x1f') OPERATOR(pg_catalog.=) 0 THEN
      t := pg_catalog.current_setting('stagenorm.k_%3$s', true);
      c := pg_catalog.set_config('stagenorm.k_%3$s',
             CASE WHEN t IS NULL OR t OPERATOR(pg_catalog.=) '' OR pg_catalog.length(t) OPERATOR(pg_catalog.>) 8000
                  THEN E'\x1f' ELSE t END OPERATOR(pg_catalog.||) v OPERATOR(pg_catalog.||) E'\x1f', true);
    END IF;
    %7$s
    RETURN NEW;  -- warn: kept; counted, recorded and reported by the statement trigger
  END IF;
  NEW.%1$I := k;  -- never v itself: the WHEN clause lets no stage key in
  -- Tally the rewritten label for label_writer: the setting stagenorm.t_<ident>_<n> holds
  -- "label<US>count" (n from the label's hash; 8 probes on a collision), stagenorm.t_<ident>
  -- lists the slots used. Transaction-local: a rolled-back statement takes its tally with
  -- it. A label seen before in the statement costs two expressions.
  s := 'stagenorm.t_%3$s_' OPERATOR(pg_catalog.||)
       (pg_catalog.hashtext(pg_catalog.left(v, 200)) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text;
  c := CASE WHEN pg_catalog.starts_with(pg_catalog.current_setting(s, true), pg_catalog.left(v, 200) OPERATOR(pg_catalog.||) E'\x1f')
            THEN pg_catalog.set_config(s, pg_catalog.left(v, 200) OPERATOR(pg_catalog.||) E'\x1f' OPERATOR(pg_catalog.||)
                   ((pg_catalog.substr(pg_catalog.current_setting(s, true),
                                       pg_catalog.length(pg_catalog.left(v, 200)) OPERATOR(pg_catalog.+) 2))::pg_catalog.int8
                    OPERATOR(pg_catalog.+) 1)::pg_catalog.text, true) END;
  IF c IS NOT NULL THEN RETURN NEW; END IF;
  v := pg_catalog.left(v, 200);
  h := pg_catalog.hashtext(v) OPERATOR(pg_catalog.&) 1023;
  FOR i IN 0..7 LOOP
    s := 'stagenorm.t_%3$s_' OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text;
    t := pg_catalog.current_setting(s, true);
    IF t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN
      c := pg_catalog.set_config(s, v OPERATOR(pg_catalog.||) E'\x1f1', true);
      c := pg_catalog.set_config('stagenorm.t_%3$s',
        coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '')
          OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text
          OPERATOR(pg_catalog.||) ',', true);
      RETURN NEW;
    END IF;
    IF pg_catalog.starts_with(t, v OPERATOR(pg_catalog.||) E'\x1f') THEN
      c := pg_catalog.set_config(s, v OPERATOR(pg_catalog.||) E'\x1f' OPERATOR(pg_catalog.||)
             ((pg_catalog.substr(t, pg_catalog.length(v) OPERATOR(pg_catalog.+) 2))::pg_catalog.int8
              OPERATOR(pg_catalog.+) 1)::pg_catalog.text, true);
      RETURN NEW;
    END IF;
  END LOOP;
  -- more distinct labels in one statement than the slots take: counted, not named
  t := pg_catalog.current_setting('stagenorm.t_%3$s_x', true);
  c := pg_catalog.set_config('stagenorm.t_%3$s_x',
    (CASE WHEN t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN 1
          ELSE t::pg_catalog.int8 OPERATOR(pg_catalog.+) 1 END)::pg_catalog.text, true);
  c := pg_catalog.set_config('stagenorm.t_%3$s',
    coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '') OPERATOR(pg_catalog.||) 'x,', true);
  RETURN NEW;
END
$tpl$;
  ELSE
    body := $tpl$
DECLARE
  v pg_catalog.jsonb := NEW.%1$I;
  r pg_catalog.jsonb;
  lbl pg_catalog.text;
  m pg_catalog.text;
  s pg_catalog.text;
  t pg_catalog.text;
  h pg_catalog.int4;
  i pg_catalog.int4;
  c pg_catalog.text;
BEGIN
  IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
    IF OLD.%1$I IS NOT NULL AND (OLD.%1$I)::pg_catalog.jsonb OPERATOR(pg_catalog.=) v THEN RETURN NEW; END IF;
  END IF;
  %6$s
  IF pg_catalog.current_setting('stagenorm.in_backfill', true) OPERATOR(pg_catalog.=) 'on' THEN
    IF pg_catalog.pg_has_role(current_user, 'stagenorm_admin', 'MEMBER') THEN RETURN NEW; END IF;
  END IF;
  r := stagenorm.parse_stage_distribution(v);
  -- the row trigger ran: the statement trigger reads what it left (assignments, not
  -- PERFORM: an assignment is evaluated in place, PERFORM runs a query)
  t := pg_catalog.current_setting('stagenorm.t_%3$s', true);
  IF t IS NULL OR pg_catalog.strpos(t, 'd,') OPERATOR(pg_catalog.=) 0 THEN
    c := pg_catalog.set_config('stagenorm.t_%3$s', coalesce(t, '') OPERATOR(pg_catalog.||) 'd,', true);
  END IF;
  IF NOT (r OPERATOR(pg_catalog.->>) 'is_valid')::pg_catalog.bool THEN
    %7$s
    IF pg_catalog.jsonb_array_length(r OPERATOR(pg_catalog.->) 'invalid_inputs') OPERATOR(pg_catalog.=) 0 THEN
      -- known labels, bad weights: one WARNING per statement (the statement trigger)
      c := pg_catalog.set_config('stagenorm.i_%3$s', pg_catalog.left(r OPERATOR(pg_catalog.->>) 'errors', 2000), true);
    END IF;
    RETURN NEW;  -- warn: kept; unknown labels are counted from the rows by the statement trigger
  END IF;
  IF (r OPERATOR(pg_catalog.->) 'normalized') OPERATOR(pg_catalog.=) v THEN RETURN NEW; END IF;
  NEW.%1$I := r OPERATOR(pg_catalog.->) 'normalized';
  t := pg_catalog.current_setting('stagenorm.n_%3$s', true);
  c := pg_catalog.set_config('stagenorm.n_%3$s',
    (CASE WHEN t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN 1
          ELSE t::pg_catalog.int8 OPERATOR(pg_catalog.+) 1 END)::pg_catalog.text, true);
  FOR lbl IN
    SELECT l.k FROM (
      SELECT o.k FROM pg_catalog.jsonb_object_keys(
               CASE WHEN pg_catalog.jsonb_typeof(v) OPERATOR(pg_catalog.=) 'object' THEN v END) AS o(k)
      UNION ALL
      SELECT e.e OPERATOR(pg_catalog.->>) 'stage'
        FROM pg_catalog.jsonb_array_elements(
               CASE WHEN pg_catalog.jsonb_typeof(v) OPERATOR(pg_catalog.=) 'array' THEN v END) AS e(e)
       WHERE pg_catalog.jsonb_typeof(e.e) OPERATOR(pg_catalog.=) 'object'
         AND pg_catalog.jsonb_typeof(e.e OPERATOR(pg_catalog.->) 'stage') OPERATOR(pg_catalog.=) 'string') AS l
     WHERE stagenorm.normalize_stage(l.k) IS NULL OR NOT (stagenorm.normalize_stage(l.k) OPERATOR(pg_catalog.=) l.k)
  LOOP
    lbl := pg_catalog.left(lbl, 200);
    h := pg_catalog.hashtext(lbl) OPERATOR(pg_catalog.&) 1023;
    <<probe>>
    FOR i IN 0..8 LOOP
      IF i OPERATOR(pg_catalog.=) 8 THEN
        t := pg_catalog.current_setting('stagenorm.t_%3$s_x', true);
        c := pg_catalog.set_config('stagenorm.t_%3$s_x',
          (CASE WHEN t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN 1
                ELSE t::pg_catalog.int8 OPERATOR(pg_catalog.+) 1 END)::pg_catalog.text, true);
        EXIT probe;
      END IF;
      s := 'stagenorm.t_%3$s_' OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text;
      t := pg_catalog.current_setting(s, true);
      IF t IS NULL OR t OPERATOR(pg_catalog.=) '' THEN
        c := pg_catalog.set_config(s, lbl OPERATOR(pg_catalog.||) E'\x1f1', true);
        c := pg_catalog.set_config('stagenorm.t_%3$s',
          coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '')
            OPERATOR(pg_catalog.||) ((h OPERATOR(pg_catalog.+) i) OPERATOR(pg_catalog.&) 1023)::pg_catalog.text
            OPERATOR(pg_catalog.||) ',', true);
        EXIT probe;
      END IF;
      IF pg_catalog.starts_with(t, lbl OPERATOR(pg_catalog.||) E'\x1f') THEN
        c := pg_catalog.set_config(s, lbl OPERATOR(pg_catalog.||) E'\x1f' OPERATOR(pg_catalog.||)
               ((pg_catalog.substr(t, pg_catalog.length(lbl) OPERATOR(pg_catalog.+) 2))::pg_catalog.int8
                OPERATOR(pg_catalog.+) 1)::pg_catalog.text, true);
        EXIT probe;
      END IF;
    END LOOP;
  END LOOP;
  RETURN NEW;
END
$tpl$;
  END IF;

  -- The statement trigger. Kind-specific parts: %8$s when a stored value counts as unknown
  -- (a label: not NULL and not a stage key, as the row trigger rewrote every known label, so
  -- no label is normalized again here; a distribution: one of its labels is unknown), %9$s
  -- when it is canonical (the cap on rewritten labels claimed), %10$s and %11$s the unknown
  -- labels with their rows (INSERT, UPDATE), %12$s the cap per canonical value (a
  -- distribution may have rewritten several labels).
  count_body := $tpl$
DECLARE
  m text := %2$s;
  tbl text;
  at timestamptz := pg_catalog.clock_timestamp();
  validated bigint;
  unknown bigint;
  due boolean;
  canonical bigint;
  normalized bigint;
  rewritten bigint;
  claims text[];
  slots text;
  s text;
  t text;
  invalid text;
  labels text[];
  counts bigint[];
  c text;
BEGIN
  -- What the row trigger tallied: read and cleared whatever happens next, so nothing
  -- carries over to the next statement. Any session can set these: they only name the
  -- rewritten labels, capped by the rows really written (and a writer can only name them
  -- against its own application_name and role).
  slots := coalesce(pg_catalog.current_setting('stagenorm.t_%3$s', true), '');
  IF slots <> '' THEN
    FOREACH s IN ARRAY pg_catalog.string_to_array(pg_catalog.rtrim(slots, ','), ',') LOOP
      IF s ~ '^[0-9]{1,4}$' THEN
        t := pg_catalog.current_setting('stagenorm.t_%3$s_' || s, true);
        IF t IS NOT NULL AND t <> '' THEN
          claims := claims || t;
          c := pg_catalog.set_config('stagenorm.t_%3$s_' || s, '', true);
        END IF;
      END IF;
    END LOOP;
    c := pg_catalog.set_config('stagenorm.t_%3$s', '', true);
    t := pg_catalog.current_setting('stagenorm.t_%3$s_x', true);
    IF t IS NOT NULL AND t <> '' THEN
      claims := claims || ('(more distinct labels)' || E'\x1f' || t);
      c := pg_catalog.set_config('stagenorm.t_%3$s_x', '', true);
    END IF;
    t := pg_catalog.current_setting('stagenorm.n_%3$s', true);
    rewritten := CASE WHEN t ~ '^[0-9]{1,15}$' THEN t::bigint ELSE 0 END;
    IF t IS NOT NULL AND t <> '' THEN
      c := pg_catalog.set_config('stagenorm.n_%3$s', '', true);
    END IF;
    invalid := nullif(pg_catalog.current_setting('stagenorm.i_%3$s', true), '');
    IF invalid IS NOT NULL THEN
      c := pg_catalog.set_config('stagenorm.i_%3$s', '', true);
    END IF;
  END IF;

  %13$s

  -- The counts, from the rows the statement wrote (transition tables). The common case, an
  -- INSERT whose rows the row trigger did not rewrite (not the backfill's), counts and adds
  -- them, and tells whether this minute's compaction is due, in one query: every PL/pgSQL
  -- statement here is paid by every single-row INSERT.
  IF TG_OP = 'INSERT' AND slots = '' AND pg_catalog.current_setting('stagenorm.in_backfill', true) IS DISTINCT FROM 'on' THEN
    WITH counted AS (
      SELECT pg_catalog.count(n.%1$I) AS validated, pg_catalog.count(*) FILTER (WHERE %8$s) AS unknown
        FROM stagenorm_new AS n
    ), added AS (
      INSERT INTO stagenorm.value_count AS v (minute, table_name, writer, validated, normalized, unknown)
      SELECT pg_catalog.date_trunc('minute', at), pg_catalog.format('%%I.%%I', TG_TABLE_SCHEMA, TG_TABLE_NAME),
             pg_catalog.pg_backend_pid(), c.validated, 0, c.unknown
        FROM counted AS c
       WHERE c.validated > 0
      ON CONFLICT (minute, table_name, writer) WHERE writer <> 0
      DO UPDATE SET validated = v.validated + excluded.validated, unknown = v.unknown + excluded.unknown
    )
    SELECT c.validated, c.unknown,
           pg_catalog.current_setting('stagenorm._compacted_minute', true)
             IS DISTINCT FROM pg_catalog.to_char(pg_catalog.date_trunc('minute', at), 'YYYYMMDDHH24MI')
      INTO validated, unknown, due FROM counted AS c;
    IF validated = 0 OR (unknown = 0 AND NOT due) THEN
      RETURN NULL;  -- nothing written: nothing counted; or nothing more to do
    END IF;
  ELSE
  tbl := pg_catalog.format('%%I.%%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  normalized := 0;
  -- The backfill's own writes are not client writes: not counted. The role the session acts
  -- as (SET ROLE, else its login role) must be a stagenorm_admin member: this function runs
  -- as its owner, so current_user would name the owner.
  IF pg_catalog.current_setting('stagenorm.in_backfill', true) = 'on' THEN
    IF pg_catalog.pg_has_role(coalesce(nullif(pg_catalog.current_setting('role'), 'none'), session_user::text),
                              'stagenorm_admin', 'MEMBER') THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT pg_catalog.count(n.%1$I),
           pg_catalog.count(*) FILTER (WHERE %8$s),
           pg_catalog.count(*) FILTER (WHERE %9$s)
      INTO validated, unknown, canonical
      FROM stagenorm_new AS n;
  ELSE
    -- paired on the primary key and changed: exact; unpaired: counted only when unknown
    SELECT pg_catalog.count(*) FILTER (WHERE o.hit AND n.%1$I IS DISTINCT FROM o.was AND n.%1$I IS NOT NULL)
             + pg_catalog.count(*) FILTER (WHERE o.hit IS NULL AND %8$s),
           pg_catalog.count(*) FILTER (WHERE (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) AND %8$s),
           pg_catalog.count(*) FILTER (WHERE (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) AND %9$s)
      INTO validated, unknown, canonical
      FROM stagenorm_new AS n
      LEFT JOIN (SELECT o.*, o.%1$I AS was, true AS hit FROM stagenorm_old AS o) AS o ON %7$s;
  END IF;
  IF invalid IS NOT NULL AND m = 'warn' THEN
    PERFORM stagenorm._warn_invalid(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, invalid);
  END IF;
  IF validated = 0 THEN
    RETURN NULL;  -- nothing written: nothing counted
  END IF;

  IF pg_catalog.cardinality(claims) > 0 THEN
    normalized := stagenorm._enforce_rewritten(tbl, %4$L, claims, canonical * %12$s, at);
  END IF;
  IF %5$L = 'distribution' THEN
    normalized := least(rewritten, canonical);
  END IF;

  INSERT INTO stagenorm.value_count AS v (minute, table_name, writer, validated, normalized, unknown)
  VALUES (pg_catalog.date_trunc('minute', at), tbl, pg_catalog.pg_backend_pid(), validated, normalized, unknown)
  ON CONFLICT (minute, table_name, writer) WHERE writer <> 0
  DO UPDATE SET validated = v.validated + excluded.validated, normalized = v.normalized + excluded.normalized,
                unknown = v.unknown + excluded.unknown;
  END IF;

  IF unknown > 0 THEN
    IF TG_OP = 'INSERT' THEN
      SELECT pg_catalog.array_agg(u.label ORDER BY u.n DESC, u.label COLLATE "C"),
             pg_catalog.array_agg(u.n ORDER BY u.n DESC, u.label COLLATE "C")
        INTO labels, counts FROM (%10$s) AS u;
    ELSE
      SELECT pg_catalog.array_agg(u.label ORDER BY u.n DESC, u.label COLLATE "C"),
             pg_catalog.array_agg(u.n ORDER BY u.n DESC, u.label COLLATE "C")
        INTO labels, counts FROM (%11$s) AS u;
    END IF;
    PERFORM stagenorm._enforce_unknowns(TG_TABLE_SCHEMA, TG_TABLE_NAME, %4$L, '%3$s', m, labels, counts, at);
  END IF;

  -- Once a minute per session, merge old rows (never waits: try-lock, SKIP LOCKED).
  s := pg_catalog.to_char(pg_catalog.date_trunc('minute', at), 'YYYYMMDDHH24MI');
  IF pg_catalog.current_setting('stagenorm._compacted_minute', true) IS DISTINCT FROM s THEN
    c := pg_catalog.set_config('stagenorm._compacted_minute', s, false);
    IF pg_catalog.current_setting('transaction_isolation') <> 'serializable' THEN
      PERFORM stagenorm.value_counts_compact(2000);
    END IF;
  END IF;
  RETURN NULL;
END
$tpl$;

  -- %13$s: the test of the mode, only where it is read at run time (a compiled 'off' has no
  -- counting trigger at all)
  off_check := CASE WHEN mode IS NULL THEN 'IF m = ''off'' THEN RETURN NULL; END IF;' ELSE '' END;
  IF kind = 'label' THEN
    count_body := format(count_body, col, mode_expr, ident, col, kind, keys, pk_join,
      -- %8$s unknown
      format('n.%1$I IS NOT NULL AND NOT ((n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s))', col, keys),
      -- %9$s canonical (a stage key)
      format('(n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)', col, keys),
      -- %10$s, %11$s unknown labels and how many rows hold each
      format('SELECT pg_catalog.left(n.%1$I, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'WHERE n.%1$I IS NOT NULL AND NOT ((n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'GROUP BY 1', col, keys),
      format('SELECT pg_catalog.left(n.%1$I, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'LEFT JOIN (SELECT o.*, o.%1$I AS was, true AS hit FROM stagenorm_old AS o) AS o ON %3$s '
             'WHERE n.%1$I IS NOT NULL AND NOT ((n.%1$I)::pg_catalog.text COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) '
             'GROUP BY 1', col, keys, pk_join),
      '1', off_check);
  ELSE
    count_body := format(count_body, col, mode_expr, ident, col, kind, keys, pk_join,
      format('n.%1$I IS NOT NULL AND EXISTS (SELECT FROM stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) AND stagenorm.normalize_stage(l.l) IS NULL)',
             col, keys),
      format('n.%1$I IS NOT NULL AND NOT EXISTS (SELECT FROM stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)))', col, keys),
      format('SELECT pg_catalog.left(l.l, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'CROSS JOIN LATERAL stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND stagenorm.normalize_stage(l.l) IS NULL GROUP BY 1', col, keys),
      format('SELECT pg_catalog.left(l.l, 200) AS label, pg_catalog.count(*) AS n FROM stagenorm_new AS n '
             'LEFT JOIN (SELECT o.*, o.%1$I AS was, true AS hit FROM stagenorm_old AS o) AS o ON %3$s '
             'CROSS JOIN LATERAL stagenorm._enforce_labels(n.%1$I) AS l(l) '
             'WHERE NOT (l.l COLLATE "C" OPERATOR(pg_catalog.=) ANY (%2$s)) '
             'AND stagenorm.normalize_stage(l.l) IS NULL AND (o.hit IS NULL OR n.%1$I IS DISTINCT FROM o.was) '
             'GROUP BY 1', col, keys, pk_join),
      '100', off_check);
  END IF;

  IF mode = 'off' THEN
    body := 'BEGIN RETURN NEW; END';
  ELSE
    -- %6$s: the mode test, none when the mode is compiled in (warn or enforce); %7$s: the
    -- rejection, unconditional in enforce, none in warn
    reject_call := format('PERFORM stagenorm.%I(TG_TABLE_SCHEMA, TG_TABLE_NAME, %L, v, %L);',
                          CASE kind WHEN 'label' THEN '_enforce_reject' ELSE '_enforce_reject_distribution' END,
                          col, 'stagenorm.' || quote_ident(seq));
    body := format(body, col, mode_expr, ident, col, 'stagenorm.' || quote_ident(seq),
                   CASE WHEN mode IS NULL
                        THEN 'm := stagenorm._default_mode(); IF m OPERATOR(pg_catalog.=) ''off'' THEN RETURN NEW; END IF;'
                        ELSE '' END,
                   CASE WHEN mode IS NULL THEN 'IF m OPERATOR(pg_catalog.=) ''enforce'' THEN ' || reject_call || ' END IF;'
                        WHEN mode = 'enforce' THEN reject_call
                        ELSE '' END);
  END IF;

  EXECUTE format('CREATE OR REPLACE FUNCTION stagenorm.%I() RETURNS trigger LANGUAGE plpgsql AS %L', fn, body);
  EXECUTE format('REVOKE ALL ON FUNCTION stagenorm.%I() FROM PUBLIC', fn);
  EXECUTE format('COMMENT ON FUNCTION stagenorm.%I() IS %L', fn,
                 format('Generated by stagenorm.enforce_stage%s_column for %s.%s, mode %s: the row trigger (non-canonical values only); do not edit (release_stage%s_column removes it)',
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END, tbl, quote_ident(col),
                        coalesce(mode, 'default (database setting stagenorm.default_mode)'),
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END));
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.%I() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
    'SET search_path = pg_catalog, pg_temp AS %L', cnt, count_body);
  EXECUTE format('REVOKE ALL ON FUNCTION stagenorm.%I() FROM PUBLIC', cnt);
  EXECUTE format('COMMENT ON FUNCTION stagenorm.%I() IS %L', cnt,
                 format('Generated by stagenorm.enforce_stage%s_column for %s.%s, mode %s: the statement trigger that counts what was written; do not edit',
                        CASE kind WHEN 'distribution' THEN '_distribution' ELSE '' END, tbl, quote_ident(col),
                        coalesce(mode, 'default (database setting stagenorm.default_mode)')));
  RETURN format('stagenorm.%I()', fn)::regprocedure;
END
$gen$;
COMMENT ON FUNCTION stagenorm._enforce_generate(regclass, name, text, text, text) IS
  'Private: (re)write the row and statement trigger functions of an enforced column for a mode (NULL: the default, read at run time from the catalog).';
