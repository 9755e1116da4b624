-- Portable rules: mirrors rules._osa_distance. Restricted Damerau-Levenshtein (optimal
-- string alignment) distance over code points: insert, delete, substitute and swap two
-- adjacent characters each cost 1. Any distance above lim is returned as lim + 1;
-- only the diagonal band of width 2 * lim + 1 is computed. (fuzzystrmatch has no OSA
-- distance, and would be an extension to install.)
CREATE FUNCTION stagenorm._rules_osa_distance(a text, b text, lim integer) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  ca integer[];
  cb integer[];
  width integer;
  over integer := lim + 1;
  before integer[];
  previous integer[];
  current integer[];
  lowest integer;
  value integer;
  ch integer;
  i integer;
  j integer;
BEGIN
  IF a = b THEN
    RETURN 0;
  END IF;
  width := length(b);
  IF abs(length(a) - width) > lim THEN
    RETURN over;
  END IF;
  ca := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(a, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n);
  cb := ARRAY(SELECT ascii(c) FROM unnest(string_to_array(b, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n);
  previous := array_fill(over, ARRAY[width + 1], ARRAY[0]);
  FOR j IN 0 .. least(width, lim) LOOP
    previous[j] := j;
  END LOOP;
  FOR i IN 1 .. cardinality(ca) LOOP
    ch := ca[i];
    current := array_fill(over, ARRAY[width + 1], ARRAY[0]);
    IF i <= lim THEN
      current[0] := i;
    END IF;
    lowest := current[0];
    FOR j IN greatest(1, i - lim) .. least(width, i + lim) LOOP
      value := previous[j - 1] + CASE WHEN ch <> cb[j] THEN 1 ELSE 0 END;
      IF previous[j] < value THEN
        value := previous[j] + 1;
      END IF;
      IF current[j - 1] < value THEN
        value := current[j - 1] + 1;
      END IF;
      IF i > 1 AND j > 1 AND ch = cb[j - 1] AND ca[i - 1] = cb[j] AND before[j - 2] < value THEN
        value := before[j - 2] + 1;
      END IF;
      IF value > over THEN
        value := over;
      END IF;
      current[j] := value;
      IF value < lowest THEN
        lowest := value;
      END IF;
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
