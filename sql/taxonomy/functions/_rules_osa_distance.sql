-- Portable rules: mirrors rules._osa_distance. Restricted Damerau-Levenshtein (optimal
-- string alignment) distance over code points: insert, delete, substitute and swap two
-- adjacent characters each cost 1. Any distance above lim is returned as lim + 1;
-- only the diagonal band of width 2 * lim + 1 is computed. (fuzzystrmatch has no OSA
-- distance, and would be an extension to install.)
-- Called for every suggestion candidate within lim of the label's length, so it is kept
-- to simple expressions: the characters split by string_to_array (no query), one
-- LEAST(...) per cell for its four ways in (a missing transposition is NULL, which LEAST
-- skips), and the answers that need no table first (equal strings, lengths too far
-- apart, lim 0).
CREATE FUNCTION stagenorm._rules_osa_distance(a text, b text, lim integer) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  ca text[];
  cb text[];
  width integer;
  over integer := lim + 1;
  before integer[];
  previous integer[];
  current integer[];
  lowest integer;
  value integer;
  ch text;
BEGIN
  IF a = b THEN
    RETURN 0;
  END IF;
  width := pg_catalog.length(b);
  IF abs(pg_catalog.length(a) - width) > lim OR lim <= 0 THEN
    RETURN over;  -- a length difference costs that many edits; a <> b costs one at least
  END IF;
  ca := pg_catalog.string_to_array(a, NULL);
  cb := pg_catalog.string_to_array(b, NULL);
  previous := pg_catalog.array_fill(over, ARRAY[width + 1], ARRAY[0]);
  FOR j IN 0 .. LEAST(width, lim) LOOP
    previous[j] := j;
  END LOOP;
  FOR i IN 1 .. coalesce(pg_catalog.cardinality(ca), 0) LOOP
    ch := ca[i];
    current := pg_catalog.array_fill(over, ARRAY[width + 1], ARRAY[0]);
    IF i <= lim THEN
      current[0] := i;
    END IF;
    lowest := current[0];
    FOR j IN GREATEST(1, i - lim) .. LEAST(width, i + lim) LOOP
      value := LEAST(previous[j - 1] + CASE WHEN ch = cb[j] THEN 0 ELSE 1 END,
                     previous[j] + 1,
                     current[j - 1] + 1,
                     CASE WHEN i > 1 AND j > 1 AND ch = cb[j - 1] AND ca[i - 1] = cb[j]
                          THEN before[j - 2] + 1 END,
                     over);
      current[j] := value;
      lowest := LEAST(lowest, value);
    END LOOP;
    IF lowest > lim THEN
      RETURN over;
    END IF;
    before := previous;
    previous := current;
  END LOOP;
  RETURN previous[width];
END
$$;
COMMENT ON FUNCTION stagenorm._rules_osa_distance(text, text, integer) IS
  'Private (portable rules, mirrors rules._osa_distance): optimal string alignment distance, capped at lim + 1.';
