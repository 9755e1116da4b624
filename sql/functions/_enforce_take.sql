-- Hands the labels tallied by _enforce_note for this statement to _enforce_count, with
-- a row ('suppressed', <distinct labels not reported>, n) when WARNINGs were held back,
-- and clears the tally.
CREATE FUNCTION stagenorm._enforce_take(ident text)
RETURNS TABLE (outcome text, label text, seen bigint)
LANGUAGE plpython3u
AS $py$
states = GD.get("stagenorm_enforce", {})
state = states.pop(ident, None)
if state is None:
    return []
rows = [(o, l, n) for (o, l), n in state["tally"].items()]
if state["suppressed"]:
    rows.append(("suppressed", str(len(state["distinct"])), state["suppressed"]))
return rows
$py$;
COMMENT ON FUNCTION stagenorm._enforce_take(text) IS
  'Private: the labels tallied for this statement (and the number of WARNINGs held back), then cleared.';
