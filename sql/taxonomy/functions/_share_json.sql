-- A share or sum as parse_stage_distribution returns it: x rounded to 12 decimals
-- (round(x * 1e12) / 1e12 in doubles, Python's rounding) as the JSON number Python prints
-- for that double. Below 4096 the shortest decimal that reads back as the nearest double
-- to n / 10^12 is n / 10^12 itself (its neighbours with 12 or fewer decimals are 1e-12
-- away, more than the double's spacing), so the numeric is exact, with repr's trailing
-- ".0" for whole numbers (rounded to one decimal where it has none, else to the decimals
-- it has, which keeps it). Shares are at most 1 and sums at most 1000 (MAX_ENTRIES).
-- Inlinable (no SET clause, no FROM, not STRICT, STABLE as to_jsonb is, every name
-- qualified): called once per stage and distribution, a SQL function that is not
-- inlined costs more than its work.
CREATE FUNCTION stagenorm._share_json(x double precision) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT pg_catalog.to_jsonb(pg_catalog.round(
           pg_catalog.trim_scale(pg_catalog.round(x OPERATOR(pg_catalog.*) 1e12::pg_catalog.float8)::pg_catalog.int8
                                 OPERATOR(pg_catalog.*) 0.000000000001),
           GREATEST(pg_catalog.scale(pg_catalog.trim_scale(
                      pg_catalog.round(x OPERATOR(pg_catalog.*) 1e12::pg_catalog.float8)::pg_catalog.int8
                      OPERATOR(pg_catalog.*) 0.000000000001)), 1)))
$$;
COMMENT ON FUNCTION stagenorm._share_json(double precision) IS
  'Private: a share rounded to 12 decimals, as the JSON number Python prints for it.';
