-- Words with a role in reading labels (docs/taxonomy.md, rules 4 and 10-15): fillers and
-- qualifiers ignored around one stage form, series prefixes, decorations, round numerals,
-- the "pre" of Pre-Series X, currencies and magnitudes of amounts, ambiguous bucket words.
CREATE TABLE stagenorm.taxonomy_word (
  word  text PRIMARY KEY CHECK (word <> '' AND length(word) <= 200 AND word !~ '^\s|\s$|\s\s'),
  kind  text NOT NULL CHECK (kind IN ('filler', 'qualifier', 'currency', 'series_prefix',
                                      'decoration', 'numeral', 'pre', 'magnitude', 'bucket')),
  means text[] CHECK (means IS NULL OR (kind IN ('qualifier', 'bucket') AND cardinality(means) > 0)),
  CHECK (kind <> 'bucket' OR means IS NOT NULL)
);
COMMENT ON TABLE stagenorm.taxonomy_word IS
  'Words with a role in reading labels, stored folded (one space between tokens): filler and qualifier words ignored around one stage, series prefixes (series, ser), decorations (+, plus, prime, ext), round numerals (ii..x), pre (Pre-Series X), currency and magnitude words of amounts, bucket words that make a label ambiguous. See docs/taxonomy.md.';
COMMENT ON COLUMN stagenorm.taxonomy_word.word IS 'Folded word or phrase, e.g. ''venture capital''';
COMMENT ON COLUMN stagenorm.taxonomy_word.kind IS
  'filler, qualifier, currency, series_prefix, decoration, numeral, pre, magnitude or bucket';
COMMENT ON COLUMN stagenorm.taxonomy_word.means IS
  'Qualifier and bucket words only: the stage keys an ambiguous label with this word spans (suggest_stages), e.g. {series_a,series_b} for early';
