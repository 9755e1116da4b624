"""Batched normalization against one plain UPDATE, on identical tables, in the same run.

The reference is the statement a DBA would otherwise run, in one transaction::

    UPDATE t SET stage = stagenorm.normalize_stage(stage)
     WHERE stagenorm.normalize_stage(stage) IS NOT NULL
       AND stagenorm.normalize_stage(stage) IS DISTINCT FROM stage;

against ``CALL stagenorm.normalize_batched(t, stage, batch_size)``: one transaction per
batch, every change logged in ``stagenorm.backfill_change``, the job checkpointed per
batch. Each run gets a fresh copy of the same table (realistic messy labels from
``benchmarks.labels``, three other columns, a bigint primary key), vacuumed and
analyzed, after a CHECKPOINT. Each variant runs 5 times (quick: 3) in turns and keeps
its fastest time; the ratio is plain time / batched time (throughput ratio, higher is
better; the target is >= 0.8). Full mode: 500,000 rows and several batch sizes;
quick mode (``make test``): 50,000 rows, batch size 5000.

Both run in one backend, so the same ratio is also taken on that backend's CPU time
(``/proc/<pid>/stat``, when the server runs on this machine): on a shared, loaded
machine wall-clock times swing by 2x from run to run, CPU time much less.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import psycopg

from benchmarks import common
from benchmarks.labels import labels

FULL_SIZES = (1000, 2000, 5000, 10000, 20000, 50000)
QUICK_SIZES = (5000,)
PLAIN_UPDATE = (
    "UPDATE bench_backfill SET stage = stagenorm.normalize_stage(stage) "
    "WHERE stagenorm.normalize_stage(stage) IS NOT NULL "
    "AND stagenorm.normalize_stage(stage) IS DISTINCT FROM stage"
)


def load_source(conn: psycopg.Connection[tuple[object, ...]], rows: int) -> None:
    conn.execute("DROP TABLE IF EXISTS bench_backfill_source")
    conn.execute(
        "CREATE TABLE bench_backfill_source (id bigint, stage text, amount numeric, note text)"
    )
    with conn.cursor().copy(
        "COPY bench_backfill_source (id, stage, amount, note) FROM STDIN"
    ) as copy:
        for i, label in enumerate(labels(rows), 1):
            copy.write_row((i, label, i * 1.5, f"deal {i}"))


def fresh_table(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    conn.execute("DROP TABLE IF EXISTS bench_backfill")
    conn.execute("TRUNCATE stagenorm.backfill_job CASCADE")
    conn.execute("CREATE TABLE bench_backfill AS SELECT * FROM bench_backfill_source ORDER BY id")
    conn.execute("ALTER TABLE bench_backfill ADD PRIMARY KEY (id)")
    conn.execute("VACUUM ANALYZE bench_backfill")
    conn.execute("CHECKPOINT")
    # Both sides start with the rules loaded in the session (PL/Python imports once).
    conn.execute("SELECT stagenorm.normalize_stage('warm up' || '')")


def backend_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) of a backend on this machine, or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(conn: psycopg.Connection[tuple[object, ...]], variant: str | int) -> tuple[float, float | None]:
    """Wall-clock seconds and backend CPU seconds of one run on a fresh table."""
    fresh_table(conn)
    pid = conn.info.backend_pid
    cpu_start = backend_cpu(pid)
    start = time.perf_counter()
    if variant == "update":
        conn.execute(PLAIN_UPDATE)
    else:
        conn.execute(
            "CALL stagenorm.normalize_batched('bench_backfill', 'stage', %(size)s::integer)",
            {"size": variant},
        )
    wall = time.perf_counter() - start
    cpu_end = backend_cpu(pid)
    cpu = None if cpu_start is None or cpu_end is None else cpu_end - cpu_start
    return wall, cpu


def run(ctx: common.Context) -> list[common.Measurement]:
    rows = ctx.rows(500_000, 50_000)
    sizes = QUICK_SIZES if ctx.quick else FULL_SIZES
    repeat = 3 if ctx.quick else 5
    best: dict[str | int, float] = {}
    best_cpu: dict[str | int, float] = {}
    with psycopg.connect(ctx.database_url, autocommit=True) as conn:
        conn.add_notice_handler(lambda _diag: None)  # the procedure's progress lines
        load_source(conn, rows)
        for _ in range(repeat):
            for variant in ("update", *sizes):
                elapsed, cpu = timed(conn, variant)
                best[variant] = min(best.get(variant, elapsed), elapsed)
                if cpu is not None:
                    best_cpu[variant] = min(best_cpu.get(variant, cpu), cpu)
        changed = conn.execute(
            "SELECT rows_changed FROM stagenorm.backfill_job ORDER BY id DESC LIMIT 1"
        ).fetchone()
        conn.execute("DROP TABLE IF EXISTS bench_backfill, bench_backfill_source")
    out = [
        common.Measurement(
            name=f"batched_{size}_vs_update_ratio",
            value=best["update"] / best[size],
            unit="ratio",
            better="higher",
            reference="one plain UPDATE of the same table",
        )
        for size in sizes
    ]
    if len(best_cpu) == len(sizes) + 1 and all(best_cpu.values()):
        out += [
            common.Measurement(
                name=f"batched_{size}_vs_update_cpu_ratio",
                value=best_cpu["update"] / best_cpu[size],
                unit="ratio",
                better="higher",
                reference="one plain UPDATE of the same table, backend CPU time",
            )
            for size in sizes
        ]
    top = max(sizes, key=lambda size: best["update"] / best[size])
    out += [
        common.Measurement("best_batch_size", float(top), "rows", "higher", compare=False),
        common.Measurement("update_rows_per_s", rows / best["update"], "rows/s", "higher", compare=False),
        *(
            common.Measurement(f"batched_{size}_rows_per_s", rows / best[size], "rows/s", "higher",
                               compare=False)
            for size in sizes
        ),
        common.Measurement("rows_changed", float(changed[0] if changed else 0), "rows", "higher",
                           compare=False),
    ]
    return out
