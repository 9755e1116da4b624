-- The validation mode in force: the mode of record when one was ever set, else the default.
CREATE FUNCTION stagenorm.current_mode() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT coalesce((SELECT mode FROM stagenorm.mode_state WHERE singleton),
                  stagenorm._default_mode())
$$;
COMMENT ON FUNCTION stagenorm.current_mode() IS
  'The validation mode in force (off, warn or enforce): the last set_mode, or while none was ever set the database setting stagenorm.default_mode when valid, else warn. See docs/sql/current_mode.md.';
