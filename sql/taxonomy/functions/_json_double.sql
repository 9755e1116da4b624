-- Python's float() of a JSON number, from the numeric jsonb holds: the nearest double
-- (PostgreSQL's cast reads the same decimal text with a correctly rounded strtod), and
-- Python's answer where the cast raises instead: +-Infinity beyond the largest double,
-- 0 for a value too small for the smallest one (Python's 0.0 or -0.0, never negative).
CREATE FUNCTION stagenorm._json_double(n numeric) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF n = 0 OR (abs(n) < 1e308 AND abs(n) > 1e-307) THEN
    RETURN n::double precision;  -- no overflow, no underflow to zero: no subtransaction
  END IF;
  BEGIN
    RETURN n::double precision;
  EXCEPTION WHEN numeric_value_out_of_range THEN
    RETURN CASE WHEN abs(n) < 1 THEN 0::double precision
                WHEN n > 0 THEN 'Infinity'::double precision
                ELSE '-Infinity'::double precision END;
  END;
END
$$;
COMMENT ON FUNCTION stagenorm._json_double(numeric) IS
  'Private: the double Python reads for a JSON number (Infinity past the largest double, 0 below the smallest).';
