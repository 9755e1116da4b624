-- The canonical stages, in order: the taxonomy's keys and display names.
CREATE TABLE stagenorm.stage (
  key          text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
  display_name text NOT NULL UNIQUE,
  position     integer NOT NULL UNIQUE CHECK (position > 0)
);
COMMENT ON TABLE stagenorm.stage IS 'Canonical stages (key, display name, order). Seeded from stagenorm/data/taxonomy.json.';
COMMENT ON COLUMN stagenorm.stage.key IS 'Canonical key, the value normalize_stage returns';
COMMENT ON COLUMN stagenorm.stage.display_name IS 'Name shown to people';
COMMENT ON COLUMN stagenorm.stage.position IS 'Order of the stage in a fund''s life, 1 first';
