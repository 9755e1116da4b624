-- Who still writes unknown or non-canonical stage labels: one row per client (application_name
-- and role) from what the enforcement triggers recorded in label_writer, worst first.
CREATE FUNCTION stagenorm.consumer_report(since timestamptz DEFAULT NULL, max_examples integer DEFAULT 3)
RETURNS TABLE (
  application_name  text,
  role              text,
  tables            text[],
  unknown_writes    bigint,
  would_reject      bigint,
  normalized_writes bigint,
  distinct_labels   integer,
  first_seen        timestamptz,
  last_seen         timestamptz,
  examples          jsonb
)
LANGUAGE plpgsql STABLE
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  n_examples constant integer := consumer_report.max_examples;
BEGIN
  IF n_examples IS NULL OR n_examples < 0 OR n_examples > 20 THEN
    RAISE EXCEPTION 'max_examples must be between 0 and 20, got %', coalesce(n_examples::text, 'NULL')
      USING ERRCODE = 'SN003',
            DETAIL = 'max_examples is the number of labels listed per client.',
            HINT = 'Call stagenorm.consumer_report(since => now() - interval ''1 day'', max_examples => 3).';
  END IF;
  RETURN QUERY
  WITH seen AS (
    SELECT lw.application_name::text AS app, lw.role::text AS who, lw.table_name::text AS tbl,
           lw.label, lw.outcome, lw.seen_count, lw.first_seen, lw.last_seen
      FROM stagenorm.label_writer lw
     WHERE lw.outcome IN ('unknown', 'normalized')
       AND (consumer_report.since IS NULL OR lw.last_seen >= consumer_report.since)
  ), per_label AS (
    SELECT app, who, label, outcome, sum(seen_count)::bigint AS n, max(last_seen) AS last,
           CASE WHEN outcome = 'unknown' THEN stagenorm.normalize_stage(label) END AS known_now
      FROM seen
     GROUP BY app, who, label, outcome
  ), ranked AS (
    SELECT p.*, row_number() OVER (PARTITION BY app, who
                                   ORDER BY (outcome = 'unknown') DESC, n DESC, label COLLATE "C") AS rank
      FROM per_label p
  ), shown AS (
    SELECT app, who,
           jsonb_agg(jsonb_build_object(
             'label', label, 'outcome', outcome, 'count', n, 'last_seen', last,
             'stored', CASE WHEN outcome = 'normalized' THEN stagenorm.normalize_stage(label) END,
             'known_now', known_now,
             'suggestions', CASE WHEN outcome = 'unknown' AND known_now IS NULL
                                 THEN to_jsonb(stagenorm.suggest_stages(label)) END)
             ORDER BY rank) AS examples
      FROM ranked
     WHERE rank <= n_examples
     GROUP BY app, who
  ), per_client AS (
    SELECT s.app, s.who,
           array_agg(DISTINCT s.tbl ORDER BY s.tbl) AS tables,
           coalesce(sum(s.seen_count) FILTER (WHERE s.outcome = 'unknown'), 0)::bigint AS unknown_writes,
           coalesce(sum(s.seen_count) FILTER (WHERE s.outcome = 'normalized'), 0)::bigint AS normalized_writes,
           count(DISTINCT s.label)::integer AS distinct_labels,
           min(s.first_seen) AS first_seen, max(s.last_seen) AS last_seen
      FROM seen s
     GROUP BY s.app, s.who
  ), rejecting AS (
    SELECT app, who, coalesce(sum(n) FILTER (WHERE outcome = 'unknown' AND known_now IS NULL), 0)::bigint AS n
      FROM per_label
     GROUP BY app, who
  )
  SELECT c.app, c.who, c.tables, c.unknown_writes, r.n, c.normalized_writes, c.distinct_labels,
         c.first_seen, c.last_seen, coalesce(sh.examples, '[]'::jsonb)
    FROM per_client c
    JOIN rejecting r ON r.app IS NOT DISTINCT FROM c.app AND r.who IS NOT DISTINCT FROM c.who
    LEFT JOIN shown sh ON sh.app IS NOT DISTINCT FROM c.app AND sh.who IS NOT DISTINCT FROM c.who
   ORDER BY r.n DESC, c.unknown_writes DESC, c.normalized_writes DESC, c.last_seen DESC,
            c.app COLLATE "C", c.who COLLATE "C";
END
$$;
COMMENT ON FUNCTION stagenorm.consumer_report(timestamptz, integer) IS
  'Clients (application_name, role) that wrote unknown or non-canonical stage labels, from '
  'stagenorm.label_writer: counts, tables, first/last seen, and up to max_examples labels each '
  '(unknown first) with the stored key or suggestions. would_reject counts unknown writes whose '
  'label is still unknown today: those clients would be refused under enforce. since keeps '
  'clients last seen at or after that time. Used by `stagenorm consumers`.';
