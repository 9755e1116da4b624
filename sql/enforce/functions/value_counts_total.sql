-- Totals since install of the values the enforcement triggers saw, per table and outcome
-- (validated, normalized, unknown, rejected): one cheap query for a Prometheus collector.
CREATE FUNCTION stagenorm.value_counts_total()
RETURNS TABLE (table_name text, outcome text, count bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
  WITH counted AS (
    SELECT v.table_name, sum(v.validated) AS validated, sum(v.normalized) AS normalized,
           sum(v.unknown) AS unknown
      FROM stagenorm.value_count AS v
     GROUP BY v.table_name
  ), rejected AS (
    SELECT format('%I.%I', n.nspname, c.relname) AS table_name, sum(e.rejected) AS rejected
      FROM stagenorm.enforced_columns() AS e
      JOIN pg_catalog.pg_class AS c ON c.oid = e.table_name
      JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
     GROUP BY 1
  ), tables AS (
    SELECT counted.table_name FROM counted UNION SELECT rejected.table_name FROM rejected
  )
  SELECT t.table_name, o.outcome, o.count::bigint
    FROM tables AS t
    LEFT JOIN counted AS k ON k.table_name = t.table_name
    LEFT JOIN rejected AS r ON r.table_name = t.table_name
   CROSS JOIN LATERAL (VALUES ('validated', coalesce(k.validated, 0)),
                              ('normalized', coalesce(k.normalized, 0)),
                              ('unknown', coalesce(k.unknown, 0)),
                              ('rejected', coalesce(r.rejected, 0))) AS o(outcome, count)
   ORDER BY 1, 2
$$;
COMMENT ON FUNCTION stagenorm.value_counts_total() IS
  'Per table and outcome (validated, normalized, unknown, rejected), the values the enforcement triggers counted since install: a monotonic total for a Prometheus counter (rejected restarts at 0 when a column is released).';
