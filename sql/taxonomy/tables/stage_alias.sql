-- Aliases in folded form (see docs/taxonomy.md): what a label may say for each stage.
CREATE TABLE stagenorm.stage_alias (
  alias      text PRIMARY KEY CHECK (alias <> '' AND length(alias) <= 200),
  stage_key  text NOT NULL REFERENCES stagenorm.stage (key) ON UPDATE CASCADE,
  decorable  boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT current_user
);
COMMENT ON TABLE stagenorm.stage_alias IS
  'Aliases of the canonical stages, folded (lower case, accents removed, one space between words). Change with add_alias/remove_alias.';
COMMENT ON COLUMN stagenorm.stage_alias.alias IS 'Folded alias text, e.g. ''pre seed''';
COMMENT ON COLUMN stagenorm.stage_alias.stage_key IS 'Canonical key the alias means';
COMMENT ON COLUMN stagenorm.stage_alias.decorable IS
  'May take a sub-round number, +, plus, prime, ext(ension), and (single letters) a series prefix';
