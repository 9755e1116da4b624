#!/usr/bin/env bash
# Installs the Debian packages stagenorm's demo and tests need, when they are missing:
# PostgreSQL 15 with PL/Python, Redis, promtool (prometheus), Alertmanager and PgBouncer
# (the tests put it in transaction mode in front of their PostgreSQL, tests/compat/).
# The other PostgreSQL majors of the tests come from scripts/ensure-test-postgres.sh.
# Idempotent. Without root or apt-get it prints one line naming the command to run.
set -euo pipefail

missing=()
pg_bindir=/usr/lib/postgresql/15/bin
[ -x "$pg_bindir/initdb" ] || missing+=(postgresql-15)
[ -f /usr/share/postgresql/15/extension/plpython3u.control ] || missing+=(postgresql-plpython3-15)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ "${1:-}" != "--demo" ]; then
  command -v promtool >/dev/null || missing+=(prometheus)
  { command -v amtool >/dev/null && command -v prometheus-alertmanager >/dev/null; } || missing+=(prometheus-alertmanager)
  { command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ]; } || missing+=(pgbouncer)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
  sudo=(sudo -n)
else
  echo "stagenorm: missing system packages; run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "stagenorm: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >/dev/null
if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  echo "stagenorm: apt-get could not install ${missing[*]}; run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
# Debian starts services it installs; stagenorm starts its own on free ports and
# leaves the machine's default ones alone.
