#!/usr/bin/env bash
# The speed gate's acceptance check (issue 20), on the product's own code: copies of HEAD
# with a slowdown of about 2x written into the code (the frozen migration and
# stagenorm/taxonomy.py, as a developer's change would be) must each fail
# `python -m benchmarks.gate`, and an unchanged copy must pass it.
#
#   scripts/bench-gate-acceptance.sh            # all four copies, about 5 minutes
#
# The busy loops' lengths make each subject cost about twice what it costs on the machine
# they were measured on (benchmarks/README.md has the runs); on a much faster or slower
# machine, scale them with N_SQL, N_PY and N_TRIGGER. `python -m benchmarks.gate --prove`
# is the calibrated version of the same check (it measures the 2x in the run).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-$repo/.venv/bin/python}
n_sql=${N_SQL:-800}
n_py=${N_PY:-400}
n_trigger=${N_TRIGGER:-900}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

copy() {
  mkdir "$work/$1"
  git -C "$repo" archive HEAD | tar -x -C "$work/$1"
}

# replace FILE OLD NEW: exactly one occurrence, else stop.
replace() {
  "$py" - "$@" <<'EOF'
import sys
path, old, new = sys.argv[1:]
text = open(path, encoding="utf-8").read()
if text.count(old) != 1:
    sys.exit(f"bench-gate-acceptance: {old!r} is not in {path} exactly once; update this script")
open(path, "w", encoding="utf-8").write(text.replace(old, new))
EOF
}

copy unchanged

copy normalizer  # PL/Python's normalize op and Python's normalize_stage, each ~2x
replace "$work/normalizer/alembic/versions/0001_initial.sql" \
  $'if op == "normalize":\n' $'if op == "normalize":\n    for _ in range('"$n_sql"$'): pass  # INJECTED\n'
replace "$work/normalizer/stagenorm/taxonomy.py" \
  $'def _normalize_cached(label: str) -> str | None:\n' \
  $'def _normalize_cached(label: str) -> str | None:\n    for _ in range('"$n_py"$'): pass  # INJECTED\n'

copy trigger  # the generated enforcement row function, ~2x
replace "$work/trigger/alembic/versions/0001_initial.sql" \
  $'  i pg_catalog.int4;\nBEGIN\n  IF TG_OP' \
  $'  i pg_catalog.int4;\nBEGIN\n  FOR i IN 1..'"$n_trigger"$' LOOP END LOOP;  -- INJECTED\n  IF TG_OP'

status=0
for copy in unchanged normalizer trigger; do
  echo "== $copy"
  if (cd "$work/$copy" && "$py" -m benchmarks.gate); then outcome=pass; else outcome=fail; fi
  expected=fail
  [ "$copy" = unchanged ] && expected=pass
  if [ "$outcome" != "$expected" ]; then
    echo "bench-gate-acceptance: the $copy copy should $expected the gate, it did not" >&2
    status=1
  fi
done
[ "$status" = 0 ] && echo "bench-gate-acceptance: pass (unchanged code passes, each ~2x slowdown fails)"
exit "$status"
