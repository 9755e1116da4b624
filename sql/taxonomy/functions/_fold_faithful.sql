-- Portable rules, Unicode: the folding of rules.fold for a non-ASCII label, step by step
-- as Python runs it: NFKC, str.casefold, NFKD, Mn removed, NFKC (rules._fold_chars; the
-- caller then drops elisions and amounts and applies the separator table). Used for labels
-- with a character of _unicode_complex() (reordering or composition across characters) or
-- _unicode_pretext(); _rules_tokens folds the others character by character with
-- _unicode_fast(), which gives the same tokens for them.
CREATE FUNCTION stagenorm._fold_faithful(label text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  folded text;
BEGIN
  folded := stagenorm._fold_compose(stagenorm._fold_nfkd(label));                        -- NFKC
  folded := array_to_string(ARRAY(
              SELECT coalesce(stagenorm._unicode_casefold() OPERATOR(pg_catalog.->>) c, c)
                FROM unnest(string_to_array(folded, NULL)) WITH ORDINALITY AS t(c, n) ORDER BY n), '');
  folded := regexp_replace(stagenorm._fold_nfkd(folded), stagenorm._unicode_mn(), '', 'g');  -- no Mn
  RETURN stagenorm._fold_compose(stagenorm._fold_nfkd(folded));                         -- NFKC
END
$$;
COMMENT ON FUNCTION stagenorm._fold_faithful(text) IS
  'Private (portable rules): rules._fold_chars'' Unicode steps one by one (NFKC, casefold, NFKD without Mn, NFKC) from Python''s tables.';
