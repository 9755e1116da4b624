-- The caps on what parse_stage_distribution reads (the same as MAX_ENTRIES,
-- MAX_LABEL_LENGTH and MAX_DEPTH in stagenorm/rules.py; tests/test_distribution_limits.py
-- holds them equal): the message of the first one the input exceeds, or NULL. Checked
-- before any work per entry, each by one C-level pass over the document, so a huge
-- input costs milliseconds and never reaches the rules (PL/Python cannot be cancelled).
-- No aggregates: an Agg node costs more to start than the whole pass over a small
-- document, and a document of a few entries needs no query at all.
CREATE FUNCTION stagenorm._distribution_limit(input jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  kind text := pg_catalog.jsonb_typeof(input);
  entries bigint;
  longest integer;
BEGIN
  -- A document of at most 256 characters of text has fewer than 1000 entries and no
  -- label over 256 characters: only its nesting is to check, which needs no query.
  IF kind IN ('object', 'array') AND pg_catalog.pg_column_size(input) <= 1024
     AND pg_catalog.length(input::text) <= 256 THEN
    kind := 'small';
  END IF;
  IF kind = 'object' THEN
    -- its values, counted: a third of the time of its keys on 200,000 entries
    entries := pg_catalog.jsonb_array_length(pg_catalog.jsonb_path_query_array(input, 'strict $.*'));
  ELSIF kind = 'array' THEN
    entries := pg_catalog.jsonb_array_length(input);
  ELSIF kind <> 'small' THEN
    RETURN NULL;  -- not a distribution at all: INVALID_SHAPE
  END IF;
  IF entries > 1000 THEN
    RETURN pg_catalog.format('the distribution has %s entries, more than the %s allowed', entries, 1000);
  END IF;
  IF kind = 'object' THEN
    longest := (SELECT pg_catalog.length(k) FROM pg_catalog.jsonb_object_keys(input) AS k
                 ORDER BY 1 DESC LIMIT 1);
  ELSIF kind = 'array' THEN
    longest := (SELECT pg_catalog.length(e ->> 'stage')
                  FROM pg_catalog.jsonb_array_elements(input) AS e
                 WHERE pg_catalog.jsonb_typeof(e) = 'object'
                   AND pg_catalog.jsonb_typeof(e -> 'stage') = 'string'
                 ORDER BY 1 DESC NULLS LAST LIMIT 1);
  END IF;
  IF longest > 256 THEN
    RETURN pg_catalog.format('a stage label has %s characters, more than the %s allowed', longest, 256);
  END IF;
  -- a container at level 8 below the top is the 9th level of containers
  IF pg_catalog.jsonb_path_exists(input, 'strict $.**{8} ? (@.type() == "object" || @.type() == "array")') THEN
    RETURN pg_catalog.format('the input is nested more than %s levels deep', 8);
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION stagenorm._distribution_limit(jsonb) IS
  'Private: why parse_stage_distribution will not read an input (more than 1000 entries, a label over 256 characters, nesting over 8 levels), or NULL.';
