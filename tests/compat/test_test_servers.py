"""scripts/ensure-test-postgres.sh: the compatibility suite's server binaries are fetched
once, pinned by sha512, reused from the cache, and fetched again when the cached tree no
longer matches what was verified."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.compat.conftest import ENSURE, upstream_bindir


def ensure(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ENSURE), *args], capture_output=True, text=True, timeout=900, check=False,
                          env={**os.environ, "STAGENORM_CACHE_DIR": str(cache)})


def test_a_cached_tree_is_reused_and_an_altered_one_fetched_again(tmp_path: Path) -> None:
    real = upstream_bindir(14).parents[1]  # <cache>/postgres/<version>, fetched if missing
    version = real.name
    cache = tmp_path / "cache"
    (cache / "postgres").mkdir(parents=True)
    shutil.copytree(real, cache / "postgres" / version, symlinks=True)

    reused = ensure("--bindir", "14", cache=cache)
    assert reused.returncode == 0, reused.stderr
    assert reused.stdout.strip() == str(cache / "postgres" / version / "native" / "bin")
    assert reused.stderr == ""  # nothing fetched

    postgres = cache / "postgres" / version / "native" / "bin" / "postgres"
    original = postgres.read_bytes()
    with postgres.open("ab") as f:
        f.write(b"\0broken")
    refetched = ensure("14", cache=cache)
    assert refetched.returncode == 0, refetched.stderr
    assert "incomplete or altered; fetching it again" in refetched.stderr
    assert postgres.read_bytes() == original
    icu = cache / "postgres" / version / "native" / "lib" / "libicuuc.so.60"
    assert icu.is_symlink() and icu.resolve().name == "libicuuc.so.60.2"


def test_an_unknown_major_is_refused_with_the_ones_there_are(tmp_path: Path) -> None:
    done = ensure("--bindir", "13", cache=tmp_path)
    assert done.returncode != 0
    assert "PostgreSQL 13 is not in" in done.stderr and "14 16 17 18" in done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing fetched, nothing cached
