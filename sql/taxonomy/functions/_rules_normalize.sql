-- Portable rules: mirrors rules.normalize_stage. The canonical key of a label under a
-- compiled taxonomy (_rules_taxonomy), or NULL when unknown. The slow path of the
-- generated normalize_stage where PL/Python is not the implementation.
-- A shortcut for an ASCII label of letters and separators alone (no backslash, no
-- apostrophe: no escape, no elision; no digit: no amount, no year, no digit split; no +
-- or &), unless a word of it is one that "series", "plus" or "pre" glued to a letter
-- would split (rules._split; tested loosely): its tokens are the words of its lower case
-- with each run of separators one space, read without _rules_tokens; and when one of them
-- is in no alias and no word (`known`), it is an unknown word wherever it stands:
-- _rules_read would answer NULL, and so does this, without the call.
CREATE FUNCTION stagenorm._rules_normalize(label text, taxonomy jsonb) RETURNS text
-- Inlinable into normalize_stage (no SET clause, every name qualified): a SQL function
-- that is not inlined runs an executor per call, which cost more than the rules.
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN pg_catalog.octet_length(label) OPERATOR(pg_catalog.=) pg_catalog.length(label)
     AND pg_catalog.strpos(label, E'\\') OPERATOR(pg_catalog.=) 0
     AND pg_catalog.strpos(label, '''') OPERATOR(pg_catalog.=) 0
     AND (label) OPERATOR(pg_catalog.~) ('^(?:[A-Za-z]|' OPERATOR(pg_catalog.||) stagenorm._unicode_ascii_space() OPERATOR(pg_catalog.||) ')*$')
     AND NOT (label) OPERATOR(pg_catalog.~*) ('(?<![a-z])(?:'
           OPERATOR(pg_catalog.||) (stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_series')
           OPERATOR(pg_catalog.||) '[a-z](?:' OPERATOR(pg_catalog.||) (stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_plus')
           OPERATOR(pg_catalog.||) ')?|[a-z]' OPERATOR(pg_catalog.||) (stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_plus')
           OPERATOR(pg_catalog.||) '|' OPERATOR(pg_catalog.||) (stagenorm._rules_constants() OPERATOR(pg_catalog.->>) 'glued_pre')
           OPERATOR(pg_catalog.||) '[a-z])(?![a-z])')
    THEN CASE WHEN (taxonomy OPERATOR(pg_catalog.->) 'known') OPERATOR(pg_catalog.?&) pg_catalog.array_remove(pg_catalog.string_to_array(pg_catalog.regexp_replace(pg_catalog.lower(label COLLATE pg_catalog."C"),
             stagenorm._unicode_ascii_space() OPERATOR(pg_catalog.||) '+', ' ', 'g'), ' '), '')
         THEN stagenorm._rules_read(pg_catalog.array_remove(pg_catalog.string_to_array(pg_catalog.regexp_replace(pg_catalog.lower(label COLLATE pg_catalog."C"),
             stagenorm._unicode_ascii_space() OPERATOR(pg_catalog.||) '+', ' ', 'g'), ' '), ''), taxonomy) END
    ELSE stagenorm._rules_read(stagenorm._rules_tokens(label, taxonomy OPERATOR(pg_catalog.->) 'money'), taxonomy)
  END
$$;
COMMENT ON FUNCTION stagenorm._rules_normalize(text, jsonb) IS
  'Private (portable rules, mirrors rules.normalize_stage): the canonical key of a label under a compiled taxonomy, or NULL.';
