-- A double printed as Python's (and C's) '%.<digits>g' prints it: rounded half to even
-- from its exact value to that many significant digits, fixed notation for exponents
-- -4 .. digits-1, else d.ddde+XX; trailing zeros dropped; 'inf', '-inf', 'nan'.
-- Fast path: when PostgreSQL's own text for x reads back as x and has at most that many
-- significant digits, it is x rounded to them (x is within half an ulp of it, and for a
-- normal double and up to 15 digits the ulp is far finer than the digits' grid);
-- otherwise the exact value is rounded.
CREATE FUNCTION stagenorm._format_g(x double precision, digits integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  shown text := abs(x)::text;
  v numeric;
  e integer;     -- the decimal exponent: 10^e <= v < 10^(e+1)
  places integer;
  unit numeric;
  r numeric;
  out text;
  exponent text := '';
BEGIN
  IF x = 'NaN'::double precision THEN
    RETURN 'nan';
  ELSIF abs(x) = 'Infinity'::double precision THEN
    RETURN CASE WHEN x > 0 THEN 'inf' ELSE '-inf' END;
  ELSIF x = 0 THEN
    RETURN CASE WHEN pg_catalog.float8send(x) = pg_catalog.float8send(0::double precision)
                THEN '0' ELSE '-0' END;
  END IF;
  IF digits <= 15 AND abs(x) >= 2.2250738585072014e-308 AND shown::double precision = abs(x)
     AND pg_catalog.length(pg_catalog.regexp_replace(pg_catalog.split_part(shown, 'e', 1),
                                                     '^[0.]+|\.|0+$', '', 'g')) <= digits THEN
    v := shown::numeric;
  ELSE
    v := stagenorm._float_exact(abs(x));
  END IF;
  e := pg_catalog.floor(pg_catalog.log(abs(x)))::integer;  -- an estimate, made exact:
  IF v >= ('1e' || (e + 1))::numeric THEN
    e := e + 1;
  ELSIF v < ('1e' || e)::numeric THEN
    e := e - 1;
  END IF;
  places := digits - 1 - e;  -- decimal places kept
  unit := ('1e' || (-places))::numeric;
  r := pg_catalog.trunc(v, places);
  IF v - r > unit / 2 OR (v - r = unit / 2 AND pg_catalog.mod(r * ('1e' || places)::numeric, 2) = 1) THEN
    r := r + unit;  -- round half to even
    IF r >= ('1e' || (e + 1))::numeric THEN
      e := e + 1;  -- rounded up to the next power of ten
    END IF;
  END IF;
  IF e >= -4 AND e < digits THEN
    out := pg_catalog.trunc(r, GREATEST(digits - 1 - e, 0))::text;
  ELSE
    out := pg_catalog.trunc(r * ('1e' || (-e))::numeric, digits - 1)::text;
    exponent := 'e' || CASE WHEN e < 0 THEN '-' ELSE '+' END || CASE WHEN abs(e) < 10 THEN '0' ELSE '' END || abs(e);
  END IF;
  IF pg_catalog.strpos(out, '.') > 0 THEN  -- drop trailing zeros, then a bare point
    out := pg_catalog.regexp_replace(out, '\.?0+$', '');
  END IF;
  RETURN CASE WHEN x < 0 THEN '-' ELSE '' END || out || exponent;
END
$$;
COMMENT ON FUNCTION stagenorm._format_g(double precision, integer) IS
  'Private: a double formatted as Python''s f"{x:.<digits>g}", for distribution messages.';
