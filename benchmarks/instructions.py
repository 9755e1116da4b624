"""Instruction counts of batched normalization against one plain UPDATE (callgrind).

    python -m benchmarks.instructions [--rows 100000] [--shape minimal|deals]
                                      [--batch-size 5000 ...]

The plain UPDATE is ``bench_backfill.PLAIN_UPDATE``; the lean one, ``LEAN_UPDATE``,
evaluates ``normalize_stage`` once fewer per row. Both are references.

Times on a shared machine swing by 10% or more between identical runs; the number
of instructions a backend executes does not (repeatable to 0.1%). This builds the
table of ``bench_backfill`` (same labels, same shapes) in a PostgreSQL of its own,
then runs each statement in a fresh copy of that cluster, in a single-user backend
under ``valgrind --tool=callgrind``, and subtracts a run that only starts the
backend and loads the rules. Instructions are not time (cache misses and branch
mispredictions differ), so this complements ``bench_backfill``; it does not replace
it. Takes about a minute per 100,000 rows and statement; needs valgrind
(``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

from benchmarks import bench_backfill, common
from stagenorm import embedded, signals
from stagenorm.migrations import upgrade

WARM_UP = "SELECT stagenorm.normalize_stage('warm up' || '');"


def build_cluster(workdir: Path, rows: int, shape: str) -> tuple[Path, Path]:
    """A stopped cluster holding database ``bench`` with the benchmark table; its bindir."""
    server = embedded.start_local_postgres(workdir)
    try:
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        upgrade(server.url_for("bench"))
        with psycopg.connect(server.url_for("bench"), autocommit=True) as conn:
            bench_backfill.load_source(conn, rows)
            bench_backfill.fresh_table(conn, shape)
            conn.execute("DROP TABLE bench_backfill_source")
    finally:
        server.stop()  # immediate: the single-user run below recovers and checkpoints
    bindir = embedded.find_pg_bindir()
    assert bindir is not None  # start_local_postgres found it
    data = workdir / "pgdata"
    single_user(bindir, data, "SELECT 1;\n")
    return data, bindir


def single_user(bindir: Path, data: Path, script: str, wrapper: list[str] | None = None) -> str:
    """Run ``script`` (statements ending in ';' and an empty line) in a single-user backend."""
    cmd = [*(wrapper or []), str(bindir / "postgres"), "--single", "-D", str(data), "-j",
           "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
           "-c", "shared_buffers=256MB", "bench"]
    out = subprocess.run(embedded.as_postgres_user(cmd), input=script, capture_output=True,
                         text=True, check=False)
    if out.returncode != 0 or "ERROR:" in out.stderr:
        raise RuntimeError(f"single-user backend failed: {out.stderr[-2000:]}")
    return out.stderr


def instructions(bindir: Path, base: Path, name: str, statement: str) -> int:
    """Instructions of a fresh backend running the warm-up then ``statement``."""
    copy = base.parent / f"run-{name}"
    shutil.copytree(base, copy, symlinks=True)
    out = base.parent / f"callgrind-{name}.out"
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for path in (copy, *copy.rglob("*")):
            os.chown(path, pw.pw_uid, pw.pw_gid, follow_symlinks=False)
        os.chown(base.parent, pw.pw_uid, pw.pw_gid)
    try:
        single_user(bindir, copy, f"{WARM_UP}\n\n{statement}\n\n",
                    ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"])
        match = re.search(r"^summary: (\d+)$", out.read_text(), re.MULTILINE)
        if match is None:
            raise RuntimeError(f"no summary line in {out}")
        return int(match.group(1))
    finally:
        shutil.rmtree(copy, ignore_errors=True)
        out.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, help="rows in the table (default 100000)")
    parser.add_argument("--shape", choices=("minimal", "deals"), default="minimal",
                        help="table shape of bench_backfill (default minimal)")
    parser.add_argument("--batch-size", type=int, nargs="+", default=[5000], help="batch sizes (default 5000)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed; run: apt-get install valgrind", file=sys.stderr)
        return 2
    statements = {"start": "SELECT 1;", "update": bench_backfill.PLAIN_UPDATE + ";",
                  "lean_update": bench_backfill.LEAN_UPDATE + ";"}
    for size in args.batch_size:
        statements[f"batched_{size}"] = f"CALL stagenorm.normalize_batched('bench_backfill', 'stage', {size});"
    with signals.sigterm_interrupts(), tempfile.TemporaryDirectory(prefix="stagenorm-instructions-") as tmp:
        base, bindir = build_cluster(Path(tmp), args.rows, args.shape)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            counts = dict(zip(statements, pool.map(
                lambda item: instructions(bindir, base, *item), statements.items()), strict=True))
    plain = counts["update"] - counts["start"]
    lean = counts["lean_update"] - counts["start"]
    print(f"{args.rows} rows, {args.shape} table; instructions beyond starting the backend:")
    for name, count in counts.items():
        if name == "start":
            continue
        own = count - counts["start"]
        print(f"  {name:>15}: {own / 1e6:9,.0f} M   plain UPDATE / this: {plain / own:.3f}"
              f"   lean UPDATE / this: {lean / own:.3f}")
    return 0


if __name__ == "__main__":
    common.main_exit(main, "instructions")
