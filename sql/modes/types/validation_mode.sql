-- The validation modes, named once for SQL: the columns that store a mode check against
-- this list, and so does every function that takes one (x = ANY (enum_range(...))).
-- _default_mode falls back to warn on anything else. Python's list is stagenorm/policy.py;
-- tests/test_policy.py holds the two equal.
CREATE TYPE stagenorm.validation_mode AS ENUM ('off', 'warn', 'enforce');
COMMENT ON TYPE stagenorm.validation_mode IS
  'The validation modes, in order of strictness: off, warn, enforce (docs/modes.md). Mode columns are text checked against pg_catalog.enum_range(NULL::stagenorm.validation_mode).';
