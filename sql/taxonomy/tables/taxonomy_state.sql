-- One row: the taxonomy's version, bumped by every change so normalizer caches reload.
CREATE TABLE stagenorm.taxonomy_state (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    integer NOT NULL DEFAULT 0,
  changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE stagenorm.taxonomy_state IS
  'Version of the taxonomy; normalize_stage is rebuilt with it on every alias change.';
