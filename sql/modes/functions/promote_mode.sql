-- Raises the validation mode one step, atomically with the promotion gate: off -> warn
-- needs no gate; warn -> enforce needs promotion_gate(...) green, or force (audited as
-- forced). Returns the audit row, or NULL when the mode already is the one asked for.
CREATE FUNCTION stagenorm.promote_mode(
  mode text,
  actor text,
  reason text,
  force boolean DEFAULT false,
  window_minutes integer DEFAULT 30,
  min_values bigint DEFAULT 1000,
  max_unknown_ratio numeric DEFAULT 0.005,
  source text DEFAULT 'cli'
) RETURNS stagenorm.mode_audit
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = stagenorm, pg_catalog, pg_temp
AS $$
DECLARE
  st stagenorm.mode_state;
  cur text;
  gate record;
BEGIN
  IF promote_mode.mode IS NULL OR promote_mode.mode NOT IN ('warn', 'enforce') THEN
    RAISE EXCEPTION 'cannot promote to %', coalesce(quote_literal(left(promote_mode.mode, 80)), 'NULL')
      USING ERRCODE = 'SN002', HINT = 'promote goes to warn or enforce; to switch validation off use set_mode';
  END IF;
  IF promote_mode.force IS NULL THEN
    RAISE EXCEPTION 'force must be true or false' USING ERRCODE = 'SN003', HINT = 'the default is false';
  END IF;
  INSERT INTO stagenorm.mode_state AS s (singleton) VALUES (true) ON CONFLICT (singleton) DO NOTHING;
  SELECT s.* INTO STRICT st FROM stagenorm.mode_state AS s WHERE s.singleton FOR UPDATE;
  cur := coalesce(st.mode, stagenorm._default_mode());
  IF cur = promote_mode.mode AND st.mode IS NOT NULL THEN
    RETURN NULL;
  END IF;
  IF promote_mode.mode = 'warn' THEN
    IF cur = 'enforce' THEN
      RAISE EXCEPTION 'the mode is enforce: promote only raises the mode'
        USING ERRCODE = 'SN003', HINT = 'to step down: stagenorm mode set warn --actor ... --reason ...';
    END IF;
    RETURN stagenorm.set_mode('warn', promote_mode.actor, promote_mode.reason, promote_mode.source);
  END IF;
  SELECT g.* INTO gate
    FROM stagenorm.promotion_gate(clock_timestamp(), promote_mode.window_minutes, promote_mode.min_values,
                                  promote_mode.max_unknown_ratio) AS g;
  IF NOT gate.green AND NOT promote_mode.force THEN
    RAISE EXCEPTION 'the promotion gate is not green: %', array_to_string(gate.reasons, '; ')
      USING ERRCODE = 'SN008',
            DETAIL = format('mode %s, %s minutes in warn, %s values (%s unknown), worst minute %s%%',
                            gate.mode, gate.minutes_in_warn, gate.total_values, gate.unknown_values,
                            coalesce(round(gate.worst_minute_ratio * 100, 3)::text, '-')),
            HINT = 'wait until stagenorm mode gate is green, or promote with --force and a reason (audited as forced)';
  END IF;
  RETURN stagenorm.set_mode('enforce', promote_mode.actor, promote_mode.reason, promote_mode.source, NULL,
                            promote_mode.force);
END
$$;
COMMENT ON FUNCTION stagenorm.promote_mode(text, text, text, boolean, integer, bigint, numeric, text) IS
  'Raise the mode: to warn (from off, no gate) or to enforce (only when promotion_gate is green, or with force, audited forced). SN008 when the gate refuses; NULL when already in that mode. Needs stagenorm_admin. See docs/modes.md.';
