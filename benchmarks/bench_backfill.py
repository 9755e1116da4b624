"""Batched normalization against one plain UPDATE, on identical tables, in the same run.

The reference is the statement a DBA would otherwise run, in one transaction::

    UPDATE t SET stage = stagenorm.normalize_stage(stage)
     WHERE stagenorm.normalize_stage(stage) IS NOT NULL
       AND stagenorm.normalize_stage(stage) IS DISTINCT FROM stage;

against ``CALL stagenorm.normalize_batched(t, stage, batch_size)``: one transaction per
batch, every change logged in ``stagenorm.backfill_change``, the job checkpointed per
batch. Each run gets a fresh copy of the same table (realistic messy labels from
``benchmarks.labels``, three other columns, a bigint primary key), vacuumed and
analyzed, after a CHECKPOINT. Every batched run is paired with a plain UPDATE run just
before it, and the ratio of the pair is plain time / batched time (throughput ratio,
higher is better; the target is >= 0.8); each pair runs 5 times (quick: 3) in turns
and the median ratio is reported. A pair shares the machine's state of the moment:
this machine's speed drifts by 10-30% over minutes, which "fastest time of each"
across minutes let into the ratio. Full mode: 500,000 rows and several batch sizes;
quick mode (``make test``): 50,000 rows, batch size 5000.

A second reference, at batch size 5000 on the minimal table, is the leaner statement
``... WHERE stagenorm.normalize_stage(stage) <> stage`` (one evaluation fewer per row,
the same rows changed): ``batched_5000_vs_lean_update_ratio``, run after the pair.

The revert is measured too: after the batched run at batch size 5000 on the minimal
table, ``CALL stagenorm.revert_batched(job)`` puts every change back, and its ratio is
taken against the same pair's plain UPDATE (``revert_5000_vs_update_ratio``): both
rewrite the same rows, one from the log, one from the rules.

Two table shapes: ``minimal`` (the primary key and three other columns: the cheapest
UPDATE per row, where the job's own per-row work shows most; the headline figures) and
``deals`` (twelve columns and two secondary indexes, one of them on the stage column,
as a deals table has; batch size 5000 only, measurements prefixed ``deals_``).

Both run in one backend, so the same ratio is also taken on that backend's CPU time
(``/proc/<pid>/stat``, when the server runs on this machine). On this machine it
tracks the wall-clock ratio within a few percent: the drift is in the CPU's speed, not
in time spent waiting, which is why runs are paired.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import psycopg

from benchmarks import common
from benchmarks.labels import labels

FULL_SIZES = (1000, 2000, 5000, 10000, 20000, 50000)
QUICK_SIZES = (5000,)
REVERT_SIZE = 5000  # the default batch size; the revert runs after that job
PLAIN_UPDATE = (
    "UPDATE bench_backfill SET stage = stagenorm.normalize_stage(stage) "
    "WHERE stagenorm.normalize_stage(stage) IS NOT NULL "
    "AND stagenorm.normalize_stage(stage) IS DISTINCT FROM stage"
)

# What a DBA who thought about it might write instead: one evaluation fewer per row (NULL,
# for an unknown label, is not <> anything, so the same rows change).
LEAN_UPDATE = (
    "UPDATE bench_backfill SET stage = stagenorm.normalize_stage(stage) "
    "WHERE stagenorm.normalize_stage(stage) <> stage"
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


DEALS_COLUMNS = (
    "id, stage, amount, note, timestamptz '2026-01-01' - id * interval '1 minute' AS created_at, "
    "timestamptz '2026-06-01' AS updated_at, 'fund ' || id % 40 AS fund, 'company ' || id AS company, "
    "(id % 7)::integer AS region, md5(id::text) AS external_ref, 'usd' AS currency, id * 3.7 AS valuation"
)


def fresh_table(conn: psycopg.Connection[tuple[object, ...]], shape: str = "minimal") -> None:
    conn.execute("DROP TABLE IF EXISTS bench_backfill")
    conn.execute("TRUNCATE stagenorm.backfill_job CASCADE")
    columns = DEALS_COLUMNS if shape == "deals" else "*"
    conn.execute(f"CREATE TABLE bench_backfill AS SELECT {columns} FROM bench_backfill_source ORDER BY id")
    conn.execute("ALTER TABLE bench_backfill ADD PRIMARY KEY (id)")
    if shape == "deals":
        conn.execute("CREATE INDEX bench_backfill_stage ON bench_backfill (stage)")
        conn.execute("CREATE INDEX bench_backfill_fund ON bench_backfill (fund, created_at)")
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


def timed(conn: psycopg.Connection[tuple[object, ...]], variant: str | int,
          shape: str = "minimal") -> tuple[float, float | None]:
    """Wall-clock seconds and backend CPU seconds of one run on a fresh table."""
    fresh_table(conn, shape)
    pid = conn.info.backend_pid
    cpu_start = backend_cpu(pid)
    start = time.perf_counter()
    if variant == "update":
        conn.execute(PLAIN_UPDATE)
    elif variant == "lean":
        conn.execute(LEAN_UPDATE)
    else:
        conn.execute(
            "CALL stagenorm.normalize_batched('bench_backfill', 'stage', %(size)s::integer)",
            {"size": variant},
        )
    wall = time.perf_counter() - start
    cpu_end = backend_cpu(pid)
    cpu = None if cpu_start is None or cpu_end is None else cpu_end - cpu_start
    return wall, cpu


def timed_revert(conn: psycopg.Connection[tuple[object, ...]]) -> float:
    """Wall-clock seconds of reverting the newest job (the table as the job left it)."""
    row = conn.execute("SELECT max(id) FROM stagenorm.backfill_job").fetchone()
    conn.execute("CHECKPOINT")
    start = time.perf_counter()
    conn.execute("CALL stagenorm.revert_batched(%s)", (row[0] if row else None,))
    elapsed = time.perf_counter() - start
    differ = conn.execute(
        "SELECT count(*) FROM bench_backfill AS t JOIN bench_backfill_source AS s USING (id) "
        "WHERE t.stage IS DISTINCT FROM s.stage"
    ).fetchone()
    assert differ == (0,), f"the revert left {differ} rows unlike the source"
    return elapsed


def run(ctx: common.Context) -> list[common.Measurement]:
    rows = ctx.rows(500_000, 50_000)
    sizes = QUICK_SIZES if ctx.quick else FULL_SIZES
    repeat = 3 if ctx.quick else 5
    variants: list[tuple[str, int]] = [*(("minimal", size) for size in sizes), ("deals", 5000)]
    ratios: dict[tuple[str, int], list[float]] = {v: [] for v in variants}
    cpu_ratios: dict[tuple[str, int], list[float]] = {v: [] for v in variants}
    best: dict[tuple[str, str | int], float] = {}
    revert_ratios: list[float] = []
    lean_ratios: list[float] = []
    with psycopg.connect(ctx.database_url, autocommit=True) as conn:
        conn.add_notice_handler(lambda _diag: None)  # the procedure's progress lines
        load_source(conn, rows)
        for _ in range(repeat):
            for shape, size in variants:
                plain, plain_cpu = timed(conn, "update", shape)
                batched, batched_cpu = timed(conn, size, shape)
                ratios[shape, size].append(plain / batched)
                if plain_cpu and batched_cpu:
                    cpu_ratios[shape, size].append(plain_cpu / batched_cpu)
                for key, elapsed in (((shape, "update"), plain), ((shape, size), batched)):
                    best[key] = min(best.get(key, elapsed), elapsed)
                if (shape, size) == ("minimal", REVERT_SIZE):
                    revert_ratios.append(plain / timed_revert(conn))
                    lean_ratios.append(timed(conn, "lean")[0] / batched)
        if not any(cpu_ratios.values()):
            # The backend's /proc entry is not on this machine: say so; common.check then
            # fails on the baseline's CPU ratios this run did not produce.
            print("bench_backfill: the server is not on this machine (no /proc/PID/stat for its backend): "
                  "the *_cpu_ratio figures are not measured", file=sys.stderr)
        changed = conn.execute(
            "SELECT rows_changed FROM stagenorm.backfill_job ORDER BY id DESC LIMIT 1"
        ).fetchone()
        conn.execute("DROP TABLE IF EXISTS bench_backfill, bench_backfill_source")
    def median_ratio(name: str, samples: list[float], reference: str) -> common.Measurement:
        return common.Measurement(name, common.median(samples), "ratio", "higher",
                                  reference=f"{reference} (median of {repeat})")

    out: list[common.Measurement] = []
    for shape, size in variants:
        prefix = "" if shape == "minimal" else f"{shape}_"
        table = "the same table" if shape == "minimal" else f"the same {shape}-shaped table"
        out.append(median_ratio(f"{prefix}batched_{size}_vs_update_ratio", ratios[shape, size],
                                f"one plain UPDATE of {table}, run just before"))
        if cpu_ratios[shape, size]:
            out.append(median_ratio(f"{prefix}batched_{size}_vs_update_cpu_ratio", cpu_ratios[shape, size],
                                    f"one plain UPDATE of {table}, backend CPU time"))
    out += [
        median_ratio(f"batched_{REVERT_SIZE}_vs_lean_update_ratio", lean_ratios,
                     "the leaner UPDATE (WHERE normalize_stage(stage) <> stage) of the same table"),
        median_ratio(f"revert_{REVERT_SIZE}_vs_update_ratio", revert_ratios, "the same pair's plain UPDATE"),
    ]
    top = max(sizes, key=lambda size: common.median(ratios["minimal", size]))
    out += [
        common.Measurement("best_batch_size", float(top), "rows", "higher", compare=False),
        common.Measurement("update_rows_per_s", rows / best["minimal", "update"], "rows/s", "higher",
                           compare=False),
        *(
            common.Measurement(f"batched_{size}_rows_per_s", rows / best["minimal", size], "rows/s", "higher",
                               compare=False)
            for size in sizes
        ),
        common.Measurement("rows_changed", float(changed[0] if changed else 0), "rows", "higher",
                           compare=False),
    ]
    return out
