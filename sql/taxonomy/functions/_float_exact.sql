-- The exact decimal value of a finite double, as a numeric. PostgreSQL's float8 ->
-- numeric cast keeps only 15 digits; printing as Python does (%.12g) needs the exact
-- value to round it right. From the IEEE bits: mantissa * 2^e, and for e < 0
-- 2^e = 5^-e * 10^e; numeric multiplication is exact and the powers are built from it.
CREATE FUNCTION stagenorm._float_exact(x double precision) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  bits bigint := ('x' || pg_catalog.encode(pg_catalog.float8send(x), 'hex'))::bit(64)::bigint;
  biased integer := ((bits >> 52) & 2047)::integer;
  mantissa bigint := bits & 4503599627370495;  -- the low 52 bits
  e integer;      -- |x| = mantissa * 2^e
  n integer;
  base numeric;
  power numeric := 1;
BEGIN
  IF biased = 2047 THEN
    RAISE EXCEPTION 'no exact decimal value for %', x USING ERRCODE = 'SN003';
  END IF;
  IF biased = 0 THEN
    e := -1074;  -- zero or subnormal
  ELSE
    mantissa := mantissa + 4503599627370496;  -- the implicit 53rd bit
    e := biased - 1075;
  END IF;
  IF mantissa = 0 THEN
    RETURN 0;
  END IF;
  base := CASE WHEN e < 0 THEN 5 ELSE 2 END;
  n := abs(e);
  WHILE n > 0 LOOP  -- base^|e| by squaring: exact, about 11 steps at most
    IF n & 1 = 1 THEN
      power := power * base;
    END IF;
    base := base * base;
    n := n >> 1;
  END LOOP;
  IF e < 0 THEN
    power := power * ('1e' || e)::numeric;  -- 2^e = 5^-e / 10^-e
  END IF;
  RETURN CASE WHEN bits < 0 THEN -(mantissa * power) ELSE mantissa * power END;
END
$$;
COMMENT ON FUNCTION stagenorm._float_exact(double precision) IS
  'Private: the exact decimal value of a finite double.';
