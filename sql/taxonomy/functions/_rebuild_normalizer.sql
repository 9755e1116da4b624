-- Bumps the taxonomy version and regenerates the normalizer: _taxonomy_compiled (the
-- taxonomy compiled for the portable rules, as a constant), _rules_py with the rules
-- module and the taxonomy embedded (where PL/Python is the implementation), and
-- normalize_stage, an inlinable SQL function whose fast path is a constant map of
-- frequent raw labels (computed by the rules themselves, so it cannot disagree with them)
-- and whose slow path is _rules_py, or _rules_normalize with the compiled taxonomy as a
-- constant. A NOTICE lists the indexes, generated columns and views that hold answers of
-- the previous version.
CREATE FUNCTION stagenorm._rebuild_normalizer() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  new_version integer;
  rules_b64 text;
  taxonomy_b64 text;
  body text;
  fast jsonb;
  known jsonb;
  unknown jsonb;
  cheap jsonb;
  -- the cheap fold: ASCII separators, no-break space and en dash (runs of them) to a space
  separators constant text := regexp_replace(stagenorm._unicode_ascii_space(), '\]$', '\\u00a0\\u2013]') || '+';
  -- escapes, elisions and amounts are read before the separators: no cheap fold
  guard constant text := E'[\\\\'']|[0-9].*[.,]|[.,].*[0-9]';
  compiled jsonb;
  slow text;
  slow_taxonomy jsonb;  -- the portable slow path's taxonomy
  dep_count integer;
  dep_list text;
  dep_fix text;
BEGIN
  UPDATE stagenorm.taxonomy_state
     SET version = version + 1, changed_at = now()
  RETURNING version INTO new_version;

  -- The portable rules' taxonomy (SN009 when the tables would not load), as a constant.
  compiled := stagenorm._rules_taxonomy_tables(new_version);
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm._taxonomy_compiled() RETURNS pg_catalog.jsonb '
    'LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS %L',
    format('SELECT %L::pg_catalog.jsonb', compiled));

  IF stagenorm.implementation() = 'plpgsql' THEN
    fast := stagenorm._rules_fast_path_labels(compiled);
    -- The slow path's copy of the taxonomy also holds the readings of the fast path's
    -- labels, by their folded tokens (joined by a space; no token holds one), as the rules
    -- read them: a label the map misses but whose tokens read as one of them ("$5M Series
    -- B", "2016 Series A Funding") skips the scan (_rules_read).
    -- It leaves out the parts only suggestions and the fast map read: each byte of the
    -- constant is planned and sent to each parallel worker with every query (below).
    SELECT (compiled - ARRAY['alias_rows', 'word_rows', 'candidates', 'positions', 'display_names',
                             'decorations', 'prefixes', 'keys'])
           || jsonb_build_object('readings', coalesce(jsonb_object_agg(r.folded,
             stagenorm._rules_read(string_to_array(r.folded, ' '), compiled)), '{}'))
      INTO slow
      FROM (SELECT DISTINCT array_to_string(stagenorm._rules_tokens(l, compiled -> 'money'), ' ') AS folded
              FROM jsonb_object_keys(fast) AS l) AS r
     WHERE r.folded <> '';
    slow_taxonomy := slow;
    slow := 'stagenorm._rules_normalize(label, stagenorm._normalizer_constant(''taxonomy''))';
  ELSE
    SELECT translate(encode(convert_to(source, 'UTF8'), 'base64'), E'\n', '')
      INTO rules_b64 FROM stagenorm.python_module WHERE name = 'rules';
    SELECT translate(encode(convert_to(jsonb_build_object(
             'stages', (SELECT jsonb_agg(to_jsonb(s) ORDER BY s.position) FROM stagenorm.stage AS s),
             'aliases', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                           'alias', a.alias, 'stage', a.stage_key, 'decorable', a.decorable)
                           ORDER BY a.alias), '[]') FROM stagenorm.stage_alias AS a),
             'words', (SELECT coalesce(jsonb_agg(to_jsonb(w) ORDER BY w.word), '[]')
                         FROM stagenorm.taxonomy_word AS w))::text, 'UTF8'), 'base64'), E'\n', '')
      INTO taxonomy_b64;

    SELECT p.prosrc INTO body FROM pg_catalog.pg_proc AS p
     WHERE p.oid = 'stagenorm._rules_py(text, text, integer, text, double precision)'::regprocedure;
    body := regexp_replace(body, '^(\s*)EMBEDDED = [^\n]*$',
              format('\1EMBEDDED = (%s, "%s", "%s")', new_version, rules_b64, taxonomy_b64), 'n');
    EXECUTE format(
      'CREATE OR REPLACE FUNCTION stagenorm._rules_py(op text, arg text, taxonomy_version integer, '
      'scale text DEFAULT %L, tolerance double precision DEFAULT 0.01) RETURNS text '
      'LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE COST 5 SET search_path = pg_catalog, pg_temp AS %L', 'auto', body);

    -- Python's map says "" for unknown; the map of the generated function says null.
    SELECT jsonb_object_agg(m.key, CASE WHEN m.value = '""' THEN 'null' ELSE m.value END)
      INTO fast FROM jsonb_each(stagenorm._rules_py('fastmap', NULL, new_version)::jsonb) AS m;
    slow := format('stagenorm._rules_py(%L, label, %s)', 'normalize', new_version);
  END IF;

  -- Inlinable: one SELECT of IMMUTABLE parts, no SET clause, every name and operator
  -- schema-qualified (no NULLIF: its = would be looked up in the caller's search_path).
  -- Three maps, each label in one of them: every copy of a constant in a query's plan is
  -- written out byte by byte to each parallel worker (three uses of one map of 120 kB cost
  -- 28 ms per parallel query; docs/design/normalizer.md):
  --   known:   the map's labels with a key, answered at once;
  --   unknown: its labels without one (JSON null), kept off the slow path, as is NULL;
  --   cheap:   the cheap ASCII fold (below) of each label with a key, with its answer
  --            (the rules read both alike): "SERIES-A1" then finds "series a1".
  -- A label none of them holds gets the slow path's answer.
  SELECT coalesce(jsonb_object_agg(m.key, m.value) FILTER (WHERE jsonb_typeof(m.value) <> 'null'), '{}'),
         coalesce(jsonb_object_agg(m.key, m.value) FILTER (WHERE jsonb_typeof(m.value) = 'null'), '{}')
    INTO known, unknown FROM jsonb_each(fast) AS m;
  SELECT coalesce(jsonb_object_agg(c.cheap, c.value), '{}') INTO cheap
    FROM (SELECT DISTINCT ON (x.cheap) x.cheap, m.value
            FROM jsonb_each(known) AS m,
                 LATERAL (SELECT btrim(regexp_replace(lower(m.key COLLATE "C"), separators, ' ', 'g'), ' ') AS cheap) AS x
           WHERE octet_length(x.cheap) = length(x.cheap) AND m.key !~ guard
           ORDER BY x.cheap, m.key) AS c;

  -- A label the map misses is looked up once more in its cheap ASCII fold (lower case,
  -- each run of separators one space, trimmed; no-break space and en dash are separators),
  -- unless it holds a backslash, an apostrophe, or a digit and a . or , (escapes, elisions
  -- and amounts of money are read before the separators, rule 13): for ASCII text
  -- rules.fold reads both alike, so the map's answer for it is the rules' answer
  -- (tests/test_portable.py::test_the_second_lookup_reads_as_the_label_does). The fold of
  -- any other label keeps a character that is not ASCII, and no key of the map has one.
  -- The constants come from _normalizer_constant (its header says why), by name.
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm._normalizer_constant(part text) RETURNS pg_catalog.jsonb '
    'LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS %L',
    format('BEGIN IF part = %L THEN RETURN %L::jsonb; END IF; IF part = %L THEN RETURN %L::jsonb; END IF; '
           'IF part = %L THEN RETURN %L::jsonb; END IF; IF part = %L THEN RETURN %L::jsonb; END IF; '
           'RETURN NULL; END',
           'known', known, 'unknown', unknown, 'cheap', cheap, 'taxonomy', slow_taxonomy));
  EXECUTE format(
    'CREATE OR REPLACE FUNCTION stagenorm.normalize_stage(label text) RETURNS text '
    'LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
    format(
      'SELECT COALESCE(stagenorm._normalizer_constant(''known'') OPERATOR(pg_catalog.->>) label, '
      'CASE WHEN label IS NULL OR stagenorm._normalizer_constant(''unknown'') OPERATOR(pg_catalog.?) label THEN NULL '
      'ELSE COALESCE(CASE WHEN NOT label OPERATOR(pg_catalog.~) %2$L::pg_catalog.text '
      'THEN stagenorm._normalizer_constant(''cheap'') OPERATOR(pg_catalog.->>) pg_catalog.btrim(pg_catalog.regexp_replace('
      'pg_catalog.lower(label COLLATE pg_catalog."C"), %3$L, '' '', ''g''), '' '') END, %1$s) END)',
      slow, guard, separators));
  -- Objects that stored answers of the old normalizer (pg_depend): they need a rebuild.
  SELECT count(*), string_agg(d.kind || ' ' || d.name, E'\n' ORDER BY d.kind, d.name),
         string_agg(d.fix, E'\n' ORDER BY d.kind, d.name)
    INTO dep_count, dep_list, dep_fix
    FROM (
      SELECT DISTINCT
             CASE WHEN c.relkind IN ('i', 'I') THEN 'index'
                  WHEN c.relkind = 'm' THEN 'materialized view'
                  ELSE 'generated column' END AS kind,
             CASE WHEN c.relkind IN ('i', 'I', 'm') THEN c.oid::regclass::text
                  ELSE format('%s.%I', c.oid::regclass, att.attname) END AS name,
             CASE WHEN c.relkind IN ('i', 'I') THEN format('REINDEX INDEX CONCURRENTLY %s;', c.oid::regclass)
                  WHEN c.relkind = 'm' THEN format('REFRESH MATERIALIZED VIEW %s;', c.oid::regclass)
                  ELSE format('UPDATE %s SET %I = DEFAULT;', c.oid::regclass, att.attname) END AS fix
        FROM pg_catalog.pg_depend AS dep
        LEFT JOIN pg_catalog.pg_rewrite AS r
               ON dep.classid = 'pg_catalog.pg_rewrite'::regclass AND r.oid = dep.objid
        LEFT JOIN pg_catalog.pg_attrdef AS ad
               ON dep.classid = 'pg_catalog.pg_attrdef'::regclass AND ad.oid = dep.objid
        JOIN pg_catalog.pg_class AS c
          ON c.oid = coalesce(r.ev_class, ad.adrelid, dep.objid)
        LEFT JOIN pg_catalog.pg_attribute AS att
               ON att.attrelid = c.oid AND att.attnum = coalesce(ad.adnum, nullif(dep.objsubid, 0))
       WHERE dep.refclassid = 'pg_catalog.pg_proc'::regclass
         AND dep.refobjid = 'stagenorm.normalize_stage(text)'::regprocedure
         AND ((dep.classid = 'pg_catalog.pg_class'::regclass AND c.relkind IN ('i', 'I'))
              -- a stored generated column: the column itself (pg_class, objsubid) up to
              -- PostgreSQL 14, its pg_attrdef entry from 15 (tests/compat checks both)
              OR (dep.classid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_attrdef'::regclass)
                  AND att.attgenerated = 's')
              OR (dep.classid = 'pg_catalog.pg_rewrite'::regclass AND c.relkind = 'm'))
      UNION ALL
      SELECT 'check constraint', format('%I on %s', con.conname, con.conrelid::regclass),
             format('-- %I on %s: rows checked before this change are not re-checked', con.conname,
                    con.conrelid::regclass)
        FROM pg_catalog.pg_depend AS dep
        JOIN pg_catalog.pg_constraint AS con ON con.oid = dep.objid
       WHERE dep.classid = 'pg_catalog.pg_constraint'::regclass
         AND dep.refclassid = 'pg_catalog.pg_proc'::regclass
         AND dep.refobjid = 'stagenorm.normalize_stage(text)'::regprocedure
    ) AS d;
  -- The unknown labels this transaction's enforcement triggers remembered were unknown to
  -- the previous taxonomy: forget them (the memory is transaction-local, so no other
  -- session holds one).
  PERFORM pg_catalog.set_config('stagenorm.k_' || e.ident, '', true) FROM stagenorm.enforced_columns() AS e;
  IF dep_count > 0 THEN
    RAISE NOTICE 'taxonomy version %: % object(s) hold answers of the previous normalize_stage',
                 new_version, dep_count
      USING DETAIL = dep_list,
            HINT = 'after the commit, rebuild them (big tables: off-peak):' || E'\n' || dep_fix;
  END IF;
  RETURN new_version;
END
$$;
REVOKE ALL ON FUNCTION stagenorm._rebuild_normalizer() FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._rebuild_normalizer() IS
  'Private: bump the taxonomy version and regenerate _rules_py and normalize_stage. Indexes on normalize_stage(...) need REINDEX afterwards.';
