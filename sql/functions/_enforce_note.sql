-- Called by an enforcement trigger for each value that was not canonical: tallies the
-- label for this statement (label_writer) and decides whether this unknown label (or
-- invalid distribution) gets a WARNING: each distinct label on its first sighting in an interval, repeats only on the
-- 10th, 100th, 1000th... sighting, at most 100 per statement; the rest are counted and
-- summed up in one WARNING at the end of the statement (_enforce_count).
CREATE FUNCTION stagenorm._enforce_note(
  ident text,
  outcome text,
  label text,
  seq bigint,
  interval_seconds text
) RETURNS bigint
LANGUAGE plpython3u
AS $py$
import time

MAX_FIRST = 100         # WARNINGs per statement and column for labels not reported in the interval
MAX_REPEATS = 20        # and for repeats (10th, 100th, ... sighting)
MAX_LABELS = 10000      # distinct labels tallied per statement; the rest share one entry
MAX_REMEMBERED = 10000  # labels remembered for the interval, per session
states = GD.setdefault("stagenorm_enforce", {})
state = states.get(ident)
if state is None or seq == 1:
    # seq restarts at 1 with each statement (a transactional counter): whatever is left
    # belongs to a statement that was rolled back.
    state = states[ident] = {"tally": {}, "first": 0, "repeats": 0, "suppressed": 0, "distinct": set()}
key = (outcome, label[:200])
if outcome in ("unknown", "normalized"):  # what label_writer records
    tally = state["tally"]
    if key in tally:
        tally[key] += 1
    elif len(tally) < MAX_LABELS:
        tally[key] = 1
    else:
        other = (outcome, "(more distinct labels)")
        tally[other] = tally.get(other, 0) + 1
if outcome == "normalized":
    return 0

now = time.monotonic()
seen = GD.setdefault("stagenorm_warned", {})
wkey = (ident, key[1])
entry = seen.get(wkey)
try:
    interval = float(interval_seconds) if interval_seconds else 60.0
except ValueError:  # stagenorm.warning_interval is free text: a typo must not break writes
    interval = 60.0
if entry is None or now - entry[0] >= interval:
    if len(seen) >= MAX_REMEMBERED:
        seen.clear()
    entry = seen[wkey] = [now, 0]
entry[1] += 1
count = entry[1]
digits = str(count)
due = digits[0] == "1" and digits[1:].strip("0") == ""  # 1, 10, 100, ...
if due and count == 1 and state["first"] < MAX_FIRST:
    state["first"] += 1
    return count
if due and count > 1 and state["repeats"] < MAX_REPEATS:
    state["repeats"] += 1
    return count
if count == 1:
    del seen[wkey]  # never reported: it still owes its first report
state["suppressed"] += 1
if len(state["distinct"]) < MAX_LABELS:
    state["distinct"].add(key[1])
return 0
$py$;
COMMENT ON FUNCTION stagenorm._enforce_note(text, text, text, bigint, text) IS
  'Private: tally a non-canonical label for the statement; the sighting number when an unknown one gets a WARNING (sampled), else 0.';
