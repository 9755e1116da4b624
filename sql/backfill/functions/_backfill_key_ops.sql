-- The schema of a table's key comparison operators, quoted, for OPERATOR(<schema>.<op>) in
-- the statements of a batch (which run on the operator's search_path): that of the "=" of
-- its primary key index's operator class (the type's default btree one unless the index
-- names another), whose operators the key range's scans use. pg_catalog for the built-in
-- types (varchar's text_ops and enums' anyenum_ops included), an extension's for its type
-- (citext), and pg_catalog for a table without a primary key.
CREATE FUNCTION stagenorm._backfill_key_ops(tbl regclass) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce((
    SELECT quote_ident(n.nspname)
      FROM pg_index AS i
      JOIN pg_opclass AS oc ON oc.oid = i.indclass[0]
      JOIN pg_amop AS ao ON ao.amopfamily = oc.opcfamily
       AND ao.amoplefttype = oc.opcintype AND ao.amoprighttype = oc.opcintype
       AND ao.amopstrategy = 3  -- btree's "="
      JOIN pg_operator AS o ON o.oid = ao.amopopr
      JOIN pg_namespace AS n ON n.oid = o.oprnamespace
     WHERE i.indrelid = tbl AND i.indisprimary), 'pg_catalog')
$$;
REVOKE ALL ON FUNCTION stagenorm._backfill_key_ops(regclass) FROM PUBLIC;
COMMENT ON FUNCTION stagenorm._backfill_key_ops(regclass) IS
  'Private: the quoted schema of a table''s primary key comparison operators, for the batch statements.';
GRANT EXECUTE ON FUNCTION stagenorm._backfill_key_ops(regclass) TO stagenorm_admin;
