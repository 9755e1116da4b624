"""What every benchmark shares: its context, its measurements, and baseline checks.

A benchmark is a module ``benchmarks/bench_<name>.py`` with
``run(ctx: Context) -> list[Measurement]``. Because this machine is shared and
noisy, a measurement is a *ratio* taken in one run against a reference
(``reference`` names it) wherever one exists; absolute times are reported but
never compared. ``benchmarks/baselines/<name>.json`` holds the saved values;
a measurement fails when it is 3x worse than its baseline, and a run fails when it did not
produce a figure its baseline has. This is a smoke check of every benchmark; the speed
gate that sees a 1.5x regression is ``benchmarks/gate.py`` (``make bench-check``).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import psycopg

from stagenorm.migrations import upgrade

BASELINES = Path(__file__).resolve().parent / "baselines"
REGRESSION_FACTOR = 3.0


@dataclass(frozen=True)
class Context:
    database_url: str  # a fresh migrated database of the benchmark's own
    redis_url: str
    quick: bool  # short version, run by `make test`

    def rows(self, full: int, quick: int) -> int:
        return quick if self.quick else full


@dataclass(frozen=True)
class Measurement:
    name: str
    value: float
    unit: str  # "ratio", "us", "rows/s", ...
    better: str  # "lower" or "higher"
    reference: str | None = None  # what a ratio is measured against, in the same run
    compare: bool = True  # False: reported only (absolute times on a noisy machine)

    def regressed(self, baseline: float) -> bool:
        if not self.compare:
            return False
        if self.better == "lower":
            return self.value > baseline * REGRESSION_FACTOR
        return self.value < baseline / REGRESSION_FACTOR


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds (the least disturbed by noise)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def baseline_path(module: str, quick: bool) -> Path:
    return BASELINES / f"{module}{'.quick' if quick else ''}.json"


def load_baseline(module: str, quick: bool) -> dict[str, float]:
    path = baseline_path(module, quick)
    return json.loads(path.read_text()) if path.exists() else {}


def save_baseline(module: str, quick: bool, measurements: list[Measurement]) -> Path:
    path = baseline_path(module, quick)
    path.write_text(json.dumps({m.name: m.value for m in measurements}, indent=2, sort_keys=True) + "\n")
    return path


def check(module: str, quick: bool, measurements: list[Measurement]) -> list[str]:
    """Failures: measurements 3x worse than the baseline, with no baseline at all, and
    baseline figures the run did not produce."""
    baseline = load_baseline(module, quick)
    failures = []
    produced = {m.name for m in measurements}
    for name in sorted(set(baseline) - produced):
        failures.append(f"{module}:{name}: in the baseline but this run did not produce it")
    for m in measurements:
        if not m.compare:
            continue
        if m.name not in baseline:
            failures.append(f"{module}:{m.name}: no baseline; run: make bench SAVE=1")
        elif m.regressed(baseline[m.name]):
            failures.append(
                f"{module}:{m.name}: {m.value:.3g} {m.unit} vs baseline {baseline[m.name]:.3g} "
                f"({m.better} is better; fails beyond {REGRESSION_FACTOR:g}x)"
            )
    return failures


def as_dict(m: Measurement) -> dict[str, object]:
    return asdict(m)


def main_exit(main: Callable[[], int], what: str) -> None:
    """Run a command's ``main`` and exit with its status; 130 with a line when interrupted
    (Ctrl-C, or SIGTERM through ``stagenorm.signals.sigterm_interrupts``)."""
    try:
        status = main()
    except KeyboardInterrupt as exc:
        print(f"{what}: interrupted ({exc or 'Ctrl-C'}); the servers it started are stopped", file=sys.stderr)
        status = 130
    raise SystemExit(status)


def portable_database(ctx: Context) -> str:
    """A database beside the benchmark's, migrated with the portable implementation."""
    base, _, name = ctx.database_url.rpartition("/")
    portable = f"{name}_portable"
    with psycopg.connect(ctx.database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{portable}" WITH (FORCE)'.encode())
        conn.execute(f'CREATE DATABASE "{portable}" TEMPLATE template0'.encode())
    url = f"{base}/{portable}"
    upgrade(url, implementation="plpgsql")
    return url


def drop_database(url: str) -> None:
    base, _, name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())
