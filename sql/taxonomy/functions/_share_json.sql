-- A share or sum as parse_stage_distribution returns it: x rounded to 12 decimals
-- (round(x * 1e12) / 1e12 in doubles, Python's rounding) as the JSON number Python prints
-- for that double. Below 4096 the shortest decimal that reads back as the nearest double
-- to n / 10^12 is n / 10^12 itself (its neighbours with 12 or fewer decimals are 1e-12
-- away, more than the double's spacing), so the numeric is exact, with repr's trailing
-- ".0" for whole numbers. Shares are at most 1 and sums at most 1000 (MAX_ENTRIES).
CREATE FUNCTION stagenorm._share_json(x double precision) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT pg_catalog.to_jsonb(CASE WHEN pg_catalog.scale(t.v) = 0 THEN pg_catalog.round(t.v, 1) ELSE t.v END)
    FROM (SELECT pg_catalog.trim_scale(
                   pg_catalog.round(x * 1e12::double precision)::bigint * 0.000000000001) AS v) AS t
$$;
COMMENT ON FUNCTION stagenorm._share_json(double precision) IS
  'Private: a share rounded to 12 decimals, as the JSON number Python prints for it.';
