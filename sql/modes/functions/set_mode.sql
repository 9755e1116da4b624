-- The only way to change the validation mode: serializes on the mode_state row, reads the
-- old mode under that lock, writes mode_audit, regenerates the enforcement triggers'
-- functions for the new mode, and notifies listeners on channel stagenorm_mode.
CREATE FUNCTION stagenorm.set_mode(
  mode text,
  actor text,
  reason text,
  source text DEFAULT 'sql',
  only_from text DEFAULT NULL,
  forced boolean DEFAULT false
) RETURNS stagenorm.mode_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  st stagenorm.mode_state;
  old_mode text;
  written stagenorm.mode_audit;
BEGIN
  IF set_mode.mode IS NULL OR set_mode.mode <> ALL (pg_catalog.enum_range(NULL::stagenorm.validation_mode)::pg_catalog.text[]) THEN
    RAISE EXCEPTION 'invalid validation mode %', coalesce(quote_literal(left(set_mode.mode, 80)), 'NULL')
      USING ERRCODE = 'SN002', HINT = 'use one of off, warn, enforce';
  END IF;
  IF set_mode.only_from IS NOT NULL AND set_mode.only_from <> ALL (pg_catalog.enum_range(NULL::stagenorm.validation_mode)::pg_catalog.text[]) THEN
    RAISE EXCEPTION 'invalid only_from mode %', quote_literal(left(set_mode.only_from, 80))
      USING ERRCODE = 'SN002', HINT = 'only_from is NULL or one of off, warn, enforce';
  END IF;
  IF set_mode.actor IS NULL OR set_mode.actor !~ '[^[:space:]]' OR length(set_mode.actor) > 200 THEN
    RAISE EXCEPTION 'actor must be 1 to 200 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'name the person or system making the change, e.g. ''alice''';
  END IF;
  IF set_mode.reason IS NULL OR set_mode.reason !~ '[^[:space:]]' OR length(set_mode.reason) > 2000 THEN
    RAISE EXCEPTION 'reason must be 1 to 2000 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'say why, e.g. ''gate green for 30 minutes''';
  END IF;
  IF set_mode.source IS NULL OR set_mode.source !~ '[^[:space:]]' OR length(set_mode.source) > 50 THEN
    RAISE EXCEPTION 'source must be 1 to 50 characters, not blank'
      USING ERRCODE = 'SN003', HINT = 'e.g. sql, cli, webhook, alertmanager';
  END IF;
  IF set_mode.forced IS NULL THEN
    RAISE EXCEPTION 'forced must be true or false' USING ERRCODE = 'SN003', HINT = 'leave it out: it defaults to false';
  END IF;

  -- The row exists from the install on; recreate it if someone deleted it.
  INSERT INTO stagenorm.mode_state AS s (singleton) VALUES (true) ON CONFLICT (singleton) DO NOTHING;
  SELECT s.* INTO STRICT st FROM stagenorm.mode_state AS s WHERE s.singleton FOR UPDATE;
  old_mode := coalesce(st.mode, stagenorm._default_mode());

  IF set_mode.only_from IS NOT NULL AND old_mode <> set_mode.only_from THEN
    RETURN NULL;
  END IF;

  INSERT INTO stagenorm.mode_audit AS a (old_mode, new_mode, actor, reason, source, forced)
  VALUES (old_mode, set_mode.mode, btrim(set_mode.actor, E' \t\r\n\f\x0b'), btrim(set_mode.reason, E' \t\r\n\f\x0b'),
          btrim(set_mode.source, E' \t\r\n\f\x0b'), set_mode.forced)
  RETURNING a.* INTO written;

  UPDATE stagenorm.mode_state AS s
     SET mode = written.new_mode, changed_at = written.changed_at, changed_by = written.actor,
         reason = written.reason, source = written.source, audit_id = written.id
   WHERE s.singleton;

  IF st.mode IS DISTINCT FROM set_mode.mode THEN
    PERFORM stagenorm._enforce_regenerate(set_mode.mode);
  END IF;
  PERFORM pg_notify('stagenorm_mode', set_mode.mode);
  RETURN written;
END
$$;
COMMENT ON FUNCTION stagenorm.set_mode(text, text, text, text, text, boolean) IS
  'Set the validation mode (off, warn, enforce) and write mode_audit; the only way to change it. Concurrent calls serialize. With only_from, changes nothing and returns NULL unless the mode in force is only_from. Raises SN002 for a bad mode, SN003 for a blank actor, reason or source. Needs stagenorm_admin. Notifies channel stagenorm_mode. See docs/sql/set_mode.md.';
