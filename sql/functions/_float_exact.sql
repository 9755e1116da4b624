-- The exact decimal value of a finite double (a numeric, exact: every double is m * 2^e
-- and numeric multiplication is exact). PostgreSQL's float8 -> numeric cast keeps only 15
-- digits; printing as Python does (%.12g) needs the exact value to round it right.
CREATE FUNCTION stagenorm._float_exact(x double precision) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  a double precision := abs(x);
  e integer := 0;  -- abs(x) = a * 2^-e
  m numeric;
BEGIN
  IF x = 0 THEN
    RETURN 0;
  END IF;
  IF a = 'Infinity'::double precision OR a = 'NaN'::double precision THEN
    RAISE EXCEPTION 'no exact decimal value for %', x USING ERRCODE = 'SN003';
  END IF;
  WHILE a <> pg_catalog.trunc(a) LOOP  -- doubling is exact: at most 1074 times
    a := a * 2;
    e := e + 1;
  END LOOP;
  WHILE a >= 9007199254740992 LOOP  -- an integral double >= 2^53 is even: halving is exact
    a := a / 2;
    e := e - 1;
  END LOOP;
  m := a::bigint::numeric;
  WHILE e >= 10 LOOP
    m := m * 0.0009765625;  -- 2^-10
    e := e - 10;
  END LOOP;
  WHILE e > 0 LOOP
    m := m * 0.5;
    e := e - 1;
  END LOOP;
  WHILE e < 0 LOOP
    m := m * 2;
    e := e + 1;
  END LOOP;
  RETURN CASE WHEN x < 0 THEN -m ELSE m END;
END
$$;
COMMENT ON FUNCTION stagenorm._float_exact(double precision) IS
  'Private: the exact decimal value of a finite double.';
