-- Python's math.fsum of doubles, bit for bit: the same algorithm as CPython's
-- Modules/mathmodule.c (Shewchuk's exact partials, then the half-even fix-up across
-- partials), in double precision arithmetic, which is IEEE on every platform PostgreSQL
-- supports. Finite inputs only (distribution shares are in 0..1). Each step takes as few
-- PL/pgSQL statements as it can: called once per distribution, this loop cost as much as
-- the rest of a small distribution's arithmetic.
CREATE FUNCTION stagenorm._fsum(v double precision[]) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  p double precision[] := '{}';  -- the partials, smallest first
  n integer := 0;
  i integer;
  x double precision;
  y double precision;
  hi double precision;
  yr double precision;
  lo double precision := 0;
BEGIN
  FOREACH x IN ARRAY coalesce(v, '{}') LOOP
    i := 0;
    FOR j IN 1 .. n LOOP  -- hi + lo = x + p[j] exactly (Fast2Sum, the larger first)
      y := p[j];
      hi := x + y;
      lo := CASE WHEN abs(x) < abs(y) THEN x - (hi - y) ELSE y - (hi - x) END;
      IF lo <> 0 THEN
        i := i + 1;
        p[i] := lo;
      END IF;
      x := hi;
    END LOOP;
    n := i;
    IF x <> 0 THEN
      n := n + 1;
      p[n] := x;
    END IF;
  END LOOP;
  hi := 0;
  IF n > 0 THEN
    hi := p[n];
    n := n - 1;
    WHILE n > 0 LOOP  -- sum from the top, stop when the sum becomes inexact
      x := hi;
      y := p[n];
      n := n - 1;
      hi := x + y;
      yr := hi - x;
      lo := y - yr;
      EXIT WHEN lo <> 0;
    END LOOP;
    IF n > 0 AND ((lo < 0 AND p[n] < 0) OR (lo > 0 AND p[n] > 0)) THEN
      y := lo * 2;  -- make half-even rounding work across partials
      x := hi + y;
      yr := x - hi;
      IF y = yr THEN
        hi := x;
      END IF;
    END IF;
  END IF;
  RETURN hi;
END
$$;
COMMENT ON FUNCTION stagenorm._fsum(double precision[]) IS
  'Private: math.fsum of finite doubles, the same bits as Python''s.';
