-- Words with a role in reading labels: fillers that are dropped, and series prefixes.
CREATE TABLE stagenorm.taxonomy_word (
  word text PRIMARY KEY CHECK (word ~ '^\S+$'),
  kind text NOT NULL CHECK (kind IN ('filler', 'series_prefix'))
);
COMMENT ON TABLE stagenorm.taxonomy_word IS
  'Filler words (dropped when something else remains) and series prefixes (series, ser).';
