"""Cost of the enforcement triggers, as a share of the throughput of the same table without them.

Four identical tables, written alike in one run:

- ``bench_plain``: no trigger (the reference every ratio divides by);
- ``bench_bare``: a bare PL/pgSQL row trigger (``BEGIN RETURN NEW; END``), the second reference;
- ``bench_pinned``: the same bare trigger with ``SET search_path`` pinned, as every
  stagenorm routine is (what the pin alone costs a row that enters PL/pgSQL);
- ``bench_floor``: the least that triggers which rewrite labels and count what was
  written can cost in PL/pgSQL, the third reference: the enforced column's ``WHEN``
  clause on a row trigger that only normalizes and assigns, and a statement trigger that
  counts its transition table and stores nothing (no mode, no memory of unknown labels,
  no label record, no count written);
- ``bench_enforced``: ``stagenorm.enforce_stage_column``.

Three workloads, each in ``warn`` and ``enforce`` (and ``off`` for the first two):

- bulk canonical: one ``INSERT ... SELECT`` of canonical keys (the steady state after the
  backfill);
- bulk messy: labels that normalize, 10% unknown (``enforce`` gets the same set without the
  unknown labels, which it would reject);
- 4 concurrent single-row writers of canonical keys, with ``pgbench`` (autocommit ``INSERT``s,
  prepared), throughput in transactions per second.

Each pair is measured in alternating runs (plain, then the other table, again and again) and
the figure is the median of the per-pair ratios: the machine is shared and noisy, so the
ratios are what to read and compare; absolute times are reported only. A ratio is
throughput with the trigger / throughput without, so higher is better (1.0 = free).
``..._trigger_us_per_row`` is the trigger's own cost: the statement's time minus the same
statement without it, per row (median of the pairs).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import psycopg

from benchmarks.common import Context, Measurement
from stagenorm import embedded

CLEAN = ("seed", "series_a", "series_b", "series_c", "growth", "late_stage", "pre_seed")
MESSY = ("Seed", "Series A", "series-b", "Series C", "Growth", "late stage", "Pre-Seed",
         "Series B-2", "SEED", "A round", "pre-IPO", "growth equity")
UNKNOWN = ("seeed", "bridge", "grwoth")
TABLES = ("bench_plain", "bench_bare", "bench_pinned", "bench_floor", "bench_enforced")

SETUP = """
DROP TABLE IF EXISTS bench_plain, bench_bare, bench_pinned, bench_floor, bench_enforced,
                     bench_src_clean, bench_src_messy, bench_src_known;
CREATE TABLE bench_plain (id bigint, stage text, amount numeric);
CREATE TABLE bench_bare (LIKE bench_plain);
CREATE TABLE bench_pinned (LIKE bench_plain);
CREATE TABLE bench_floor (LIKE bench_plain);
CREATE TABLE bench_enforced (LIKE bench_plain);
CREATE OR REPLACE FUNCTION public.bench_bare_row() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE OR REPLACE FUNCTION public.bench_pinned_row() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER bench_bare BEFORE INSERT OR UPDATE OF stage ON bench_bare
  FOR EACH ROW EXECUTE FUNCTION public.bench_bare_row();
CREATE TRIGGER bench_pinned BEFORE INSERT OR UPDATE OF stage ON bench_pinned
  FOR EACH ROW EXECUTE FUNCTION public.bench_pinned_row();
CREATE OR REPLACE FUNCTION public.bench_floor_row() RETURNS trigger LANGUAGE plpgsql AS
  'DECLARE k text; BEGIN k := stagenorm.normalize_stage(NEW.stage); IF k IS NOT NULL THEN NEW.stage := k; END IF; RETURN NEW; END';
CREATE OR REPLACE FUNCTION public.bench_floor_count() RETURNS trigger LANGUAGE plpgsql AS
  'DECLARE n bigint; BEGIN SELECT count(stage) INTO n FROM bench_floor_new; RETURN NULL; END';
CREATE TRIGGER bench_floor BEFORE INSERT OR UPDATE OF stage ON bench_floor FOR EACH ROW
  WHEN (NEW.stage IS NOT NULL AND NOT (NEW.stage COLLATE "C" = ANY ('{KEYS}'::text[])))
  EXECUTE FUNCTION public.bench_floor_row();
CREATE TRIGGER bench_floor_count AFTER INSERT ON bench_floor REFERENCING NEW TABLE AS bench_floor_new
  FOR EACH STATEMENT EXECUTE FUNCTION public.bench_floor_count();
CREATE TABLE bench_src_clean AS
  SELECT g AS id, (%(clean)s::text[])[1 + g %% cardinality(%(clean)s::text[])] AS stage, g * 1.5 AS amount
    FROM generate_series(1, %(rows)s) AS g;
CREATE TABLE bench_src_known AS
  SELECT g AS id, (%(messy)s::text[])[1 + g %% cardinality(%(messy)s::text[])] AS stage, g * 1.5 AS amount
    FROM generate_series(1, %(rows)s) AS g;
CREATE TABLE bench_src_messy AS
  SELECT g AS id,
         CASE WHEN g %% 10 = 0 THEN (%(unknown)s::text[])[1 + (g / 10) %% cardinality(%(unknown)s::text[])]
              ELSE (%(messy)s::text[])[1 + g %% cardinality(%(messy)s::text[])] END AS stage,
         g * 1.5 AS amount
    FROM generate_series(1, %(rows)s) AS g;
ANALYZE bench_src_clean, bench_src_known, bench_src_messy;
SELECT stagenorm.enforce_stage_column('bench_enforced', 'stage');
"""

PGBENCH_SCRIPT = """\\set id random(1, 1000000000)
\\set k random(1, 7)
INSERT INTO {table} (id, stage, amount) VALUES (:id, (ARRAY['seed','series_a','series_b','series_c','growth','late_stage','pre_seed'])[:k], 1);
"""

Timer = Callable[[], float]


def _time_insert(conn: psycopg.Connection[tuple[object, ...]], table: str, source: str) -> float:
    conn.execute(f"TRUNCATE {table}")
    start = time.perf_counter()
    conn.execute(f"INSERT INTO {table} SELECT * FROM {source}")
    return time.perf_counter() - start


def paired(runs: int, reference: Timer, other: Timer) -> tuple[float, float, float]:
    """Median over alternating runs of reference/other time (a throughput ratio), and the
    median times of each."""
    ratios: list[float] = []
    ref_times: list[float] = []
    other_times: list[float] = []
    for i in range(runs):
        # alternate which goes first, so neither always gets the warmer cache
        if i % 2 == 0:
            r, o = reference(), other()
        else:
            o, r = other(), reference()
        ref_times.append(r)
        other_times.append(o)
        ratios.append(r / o)
    return statistics.median(ratios), statistics.median(ref_times), statistics.median(other_times)


def pgbench_binary() -> str:
    bindir = embedded.find_pg_bindir()
    for candidate in ((bindir / "pgbench") if bindir else None, shutil.which("pgbench")):
        if candidate and os.access(candidate, os.X_OK):
            return str(candidate)
    raise embedded.ServiceUnavailable("pgbench not found; run: apt-get install postgresql-client-15")


def pgbench_tps(url: str, table: str, seconds: int, clients: int = 4) -> float:
    """Transactions per second of ``clients`` concurrent single-row INSERT writers."""
    with tempfile.TemporaryDirectory(prefix="stagenorm_pgbench_") as tmp:
        script = Path(tmp) / "insert.sql"
        script.write_text(PGBENCH_SCRIPT.format(table=table))
        done = subprocess.run(
            [pgbench_binary(), "-n", "-c", str(clients), "-j", str(min(clients, 2)), "-T", str(seconds),
             "-M", "prepared", "-f", str(script), url],
            capture_output=True, text=True, timeout=seconds + 120, check=False,
            env={**os.environ, "PGOPTIONS": "-c client_min_messages=error"},
        )
    if done.returncode != 0:
        raise RuntimeError(f"pgbench failed: {done.stderr.strip()[-2000:]}")
    found = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", done.stdout)
    if not found:
        raise RuntimeError(f"pgbench printed no tps: {done.stdout[-2000:]}")
    return float(found.group(1))


def run(ctx: Context) -> list[Measurement]:
    rows = ctx.rows(200_000, 20_000)
    runs = ctx.rows(7, 5)
    bench_seconds = ctx.rows(10, 3)
    bench_runs = ctx.rows(5, 3)
    out: list[Measurement] = []

    def add(name: str, ratio: float, ref: float, other: float, per: int, unit_of: str, reference: str) -> None:
        out.append(Measurement(f"{name}_ratio", ratio, "ratio", "higher", reference=reference))
        out.append(Measurement(f"{name}_trigger_us_per_{unit_of}", (other - ref) / per * 1e6, "us", "lower",
                               compare=False))

    with psycopg.connect(ctx.database_url, autocommit=True) as conn:
        conn.execute("SET client_min_messages = error")  # warn mode's sampled WARNINGs
        params = {"clean": list(CLEAN), "messy": list(MESSY), "unknown": list(UNKNOWN), "rows": rows}
        for statement in SETUP.replace("{KEYS}", "{" + ",".join(CLEAN) + "}").split(";\n"):
            if statement.strip():
                conn.execute(statement.encode(), params if "%(" in statement else None)

        for table, name in (("bench_bare", "bare_row_trigger"), ("bench_pinned", "pinned_row_trigger"),
                            ("bench_floor", "floor_rewrite_and_count")):
            for data, source in (("canonical", "bench_src_clean"), ("messy", "bench_src_messy")):
                ratio, ref, other = paired(runs, partial(_time_insert, conn, "bench_plain", source),
                                           partial(_time_insert, conn, table, source))
                add(f"bulk_{data}_{name}", ratio, ref, other, rows, "row",
                    "same INSERT ... SELECT into a table without triggers")

        cases = (("off", "canonical", "bench_src_clean"), ("off", "messy", "bench_src_messy"),
                 ("warn", "canonical", "bench_src_clean"), ("warn", "messy", "bench_src_messy"),
                 ("enforce", "canonical", "bench_src_clean"), ("enforce", "known", "bench_src_known"))
        for mode, data, source in cases:
            conn.execute("SELECT stagenorm.set_mode(%s, 'bench', 'bench_trigger')", (mode,))
            ratio, ref, other = paired(runs, partial(_time_insert, conn, "bench_plain", source),
                                       partial(_time_insert, conn, "bench_enforced", source))
            add(f"bulk_{mode}_{data}", ratio, ref, other, rows, "row",
                "same INSERT ... SELECT into a table without triggers")

        # 4 concurrent single-row writers, canonical keys (pgbench)
        def tps_timer(table: str) -> Timer:
            # seconds per transaction, so that paired() divides the same way as for bulk
            return lambda: 1.0 / pgbench_tps(ctx.database_url, table, bench_seconds)

        for table, name in (("bench_bare", "bare_row_trigger"), ("bench_floor", "floor_rewrite_and_count")):
            ratio, ref, other = paired(bench_runs, tps_timer("bench_plain"), tps_timer(table))
            add(f"pgbench_4_writers_canonical_{name}", ratio, ref, other, 1, "statement",
                "same pgbench INSERTs into a table without triggers")
        for mode in ("off", "warn", "enforce"):
            conn.execute("SELECT stagenorm.set_mode(%s, 'bench', 'bench_trigger')", (mode,))
            ratio, ref, other = paired(bench_runs, tps_timer("bench_plain"), tps_timer("bench_enforced"))
            add(f"pgbench_4_writers_{mode}_canonical", ratio, ref, other, 1, "statement",
                "same pgbench INSERTs into a table without triggers")
        conn.execute("DROP TABLE bench_plain, bench_bare, bench_pinned, bench_floor, bench_enforced, "
                     "bench_src_clean, bench_src_known, bench_src_messy")
    return out
