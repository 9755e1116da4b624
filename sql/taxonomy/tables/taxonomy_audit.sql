-- Every change to the taxonomy: who added or removed which alias or word, and why.
CREATE TABLE stagenorm.taxonomy_audit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action     text NOT NULL CHECK (action IN ('seed', 'add_alias', 'remove_alias', 'add_word', 'remove_word')),
  alias      text,
  stage_key  text,
  word       text,
  kind       text,
  actor      text NOT NULL,
  reason     text NOT NULL,
  db_role    name NOT NULL DEFAULT session_user,
  version    integer NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE stagenorm.taxonomy_audit IS 'Audit trail of taxonomy changes (seed, add_alias, remove_alias, add_word, remove_word).';
COMMENT ON COLUMN stagenorm.taxonomy_audit.alias IS 'add_alias/remove_alias: the folded alias';
COMMENT ON COLUMN stagenorm.taxonomy_audit.word IS 'add_word/remove_word: the folded word';
COMMENT ON COLUMN stagenorm.taxonomy_audit.kind IS 'add_word/remove_word: the word''s kind (taxonomy_word.kind)';
