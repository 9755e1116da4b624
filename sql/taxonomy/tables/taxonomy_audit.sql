-- Every change to the taxonomy: who added or removed which alias, and why.
CREATE TABLE stagenorm.taxonomy_audit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action     text NOT NULL CHECK (action IN ('seed', 'add_alias', 'remove_alias')),
  alias      text,
  stage_key  text,
  actor      text NOT NULL,
  reason     text NOT NULL,
  db_role    name NOT NULL DEFAULT session_user,
  version    integer NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE stagenorm.taxonomy_audit IS 'Audit trail of taxonomy changes (seed, add_alias, remove_alias).';
