-- The canonical key of a free-text stage label, or NULL when unknown. Never raises.
-- This is the generic form; _rebuild_normalizer replaces it at install and on every
-- taxonomy change with the same function plus a fast path for frequent raw labels.
CREATE FUNCTION stagenorm.normalize_stage(label text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT stagenorm._rules('normalize', label, 0) $$;
COMMENT ON FUNCTION stagenorm.normalize_stage(text) IS
  'Canonical stage key (pre_seed, seed, series_a, series_b, series_c, growth, late_stage) of a free-text label, or NULL when unknown. Never raises. IMMUTABLE: rebuilt on every alias change, so REINDEX indexes that use it after add_alias/remove_alias. See docs/sql/normalize_stage.md.';
