-- Who may do what: applications (PUBLIC) read the mode and call the taxonomy functions;
-- members of stagenorm_admin change the mode and attach enforcement; members of
-- stagenorm_monitor (the metrics collector) read the counts, the enforced columns and the
-- gate, which PUBLIC may not: they tell which tables are enforced, how often they are
-- written and the mode's timeline. Private functions (names starting with _) are revoked
-- from PUBLIC where they are defined. The two role names are the defaults: a migration
-- given other names applies this file with those in their place (stagenorm.migrations).
GRANT USAGE ON SCHEMA stagenorm TO PUBLIC;

GRANT SELECT ON stagenorm.mode_state TO PUBLIC;
-- The taxonomy is public knowledge: suggest_stages, parse_stage_distribution and the
-- normalizer read it in the caller's name. Changing it goes through add_alias/remove_alias.
GRANT SELECT ON stagenorm.stage, stagenorm.stage_alias, stagenorm.taxonomy_word,
                stagenorm.taxonomy_state, stagenorm.python_module TO PUBLIC;
GRANT SELECT ON stagenorm.taxonomy_audit TO stagenorm_admin;
GRANT SELECT ON stagenorm.mode_audit, stagenorm.value_count, stagenorm.label_writer TO stagenorm_admin;
-- The collector's query (stagenorm/queries.sql, collector_snapshot) reads backfill_job too.
GRANT SELECT ON stagenorm.backfill_job TO stagenorm_monitor;

REVOKE ALL ON FUNCTION stagenorm.set_mode(text, text, text, text, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.promote_mode(text, text, text, boolean, integer, bigint, numeric, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.enforce_stage_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.release_stage_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.enforce_stage_distribution_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.release_stage_distribution_column(regclass, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.value_counts_compact(integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm._enforce_note(text, text, text, bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm._enforce_take(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm._enforce_generate(regclass, name, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm._enforce_labels(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.enforced_columns() FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.promotion_gate(timestamptz, integer, bigint, numeric) FROM PUBLIC;
REVOKE ALL ON FUNCTION stagenorm.value_counts_total() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION stagenorm.set_mode(text, text, text, text, text, boolean) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.promote_mode(text, text, text, boolean, integer, bigint, numeric, text) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.enforce_stage_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.release_stage_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.enforce_stage_distribution_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.release_stage_distribution_column(regclass, name) TO stagenorm_admin;
GRANT EXECUTE ON FUNCTION stagenorm.value_counts_compact(integer, integer) TO stagenorm_admin;

GRANT EXECUTE ON FUNCTION stagenorm.enforced_columns() TO stagenorm_admin, stagenorm_monitor;
GRANT EXECUTE ON FUNCTION stagenorm.promotion_gate(timestamptz, integer, bigint, numeric) TO stagenorm_admin, stagenorm_monitor;
GRANT EXECUTE ON FUNCTION stagenorm.value_counts_total() TO stagenorm_admin, stagenorm_monitor;
