"""Run benchmarks against real servers and compare with the saved baselines.

    python -m benchmarks.run [--quick] [--save] [NAME ...]

Starts its own PostgreSQL and Redis (tests/harness.py), gives each benchmark a
fresh migrated database, prints every measurement, and exits 1 when one is 3x
worse than its baseline.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path

import psycopg

from benchmarks import common
from stagenorm import signals
from stagenorm.migrations import upgrade
from tests import harness

HERE = Path(__file__).resolve().parent


def discover() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))


def fresh_database(server: harness.PostgresServer, name: str, template: str | None) -> str:
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return server.url_for(name)


def run_module(name: str, ctx: common.Context) -> list[common.Measurement]:
    module = importlib.import_module(f"benchmarks.{name}")
    return list(module.run(ctx))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="benchmark modules (default: all bench_*.py)")
    parser.add_argument("--quick", action="store_true", help="the short version run by make test")
    parser.add_argument("--save", action="store_true", help="save the results as the new baselines")
    parser.add_argument("--json", type=Path, help="also write all measurements to this file")
    args = parser.parse_args(argv)
    names = args.names or discover()
    failures: list[str] = []
    results: dict[str, list[dict[str, object]]] = {}
    with signals.sigterm_interrupts(), harness.postgres_server() as pg, harness.redis_server() as redis_srv:
        template = "bench_template"
        upgrade(fresh_database(pg, template, None))
        for name in names:
            url = fresh_database(pg, f"bench_{name}", template)
            ctx = common.Context(database_url=url, redis_url=redis_srv.url, quick=args.quick)
            measurements = run_module(name, ctx)
            results[name] = [common.as_dict(m) for m in measurements]
            for m in measurements:
                ref = f" vs {m.reference}" if m.reference else ""
                print(f"{name}:{m.name} = {m.value:.4g} {m.unit}{ref} ({m.better} is better)")
            if args.save:
                print(f"saved {common.save_baseline(name, args.quick, measurements)}")
            else:
                failures += common.check(name, args.quick, measurements)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    for failure in failures:
        print(f"REGRESSION: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    common.main_exit(main, "benchmarks")
