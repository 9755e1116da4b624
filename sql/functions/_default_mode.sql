-- The mode in force while no mode was ever set: the setting stagenorm.default_mode
-- (ALTER DATABASE db SET stagenorm.default_mode = 'enforce') when it names a mode, else warn.
CREATE FUNCTION stagenorm._default_mode() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT CASE lower(btrim(current_setting('stagenorm.default_mode', true)))
           WHEN 'off' THEN 'off' WHEN 'warn' THEN 'warn' WHEN 'enforce' THEN 'enforce'
           ELSE 'warn'
         END
$$;
COMMENT ON FUNCTION stagenorm._default_mode() IS
  'Private: the mode while none was ever set: stagenorm.default_mode when valid, else warn.';
