"""A sustained write load on an enforced column: do the counting tables stay bounded?

4 writers (pgbench, autocommit single-row INSERTs at full speed) for 10 minutes (40 s in
``--quick``), in warn: mostly canonical keys, 1% spellings that normalize, 0.5% unknown
labels out of 5 distinct ones. At the end it records:

- how many statements ran, and the rows and bytes of ``stagenorm.value_count`` and
  ``stagenorm.label_writer`` (which must depend on minutes, backends and distinct labels,
  not on statements), and the rows compaction had not merged yet;
- whether the counts are exact: validated and unknown summed over value_count against the
  rows really in the table;
- the time of ``stagenorm.promotion_gate()`` and of one metrics collection
  (``stagenorm.collector.DbCollector``: a new connection and its query; and the query
  alone on an open connection), medians of 20;
- a projection to a day: value_count keeps one row per minute and table once compacted,
  plus the live rows of the last minutes, so a day is 1440 x the rows a compacted minute
  leaves, plus the live rows.
"""

from __future__ import annotations

import statistics
import time

import psycopg

from benchmarks.bench_trigger import pgbench_binary
from benchmarks.common import Context, Measurement
from stagenorm import db
from stagenorm.collector import DbCollector

SCRIPT = """\\set k random(1, 1000)
INSERT INTO bench_deals (stage, amount) VALUES (CASE WHEN :k <= 5 THEN 'junk-' || :k WHEN :k <= 15 THEN 'Series A' ELSE (ARRAY['seed','series_a','series_b','series_c','growth','late_stage','pre_seed'])[1 + :k %% 7] END, 1);
"""


def run(ctx: Context) -> list[Measurement]:
    import os
    import re
    import subprocess
    import tempfile
    from pathlib import Path

    seconds = ctx.rows(600, 40)
    out: list[Measurement] = []
    with psycopg.connect(ctx.database_url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_deals")
        conn.execute("CREATE TABLE bench_deals (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                     "stage text, amount numeric)")
        conn.execute("SELECT stagenorm.enforce_stage_column('bench_deals', 'stage')")
        conn.execute("SELECT stagenorm.set_mode('warn', 'bench', 'bench_sustained')")
        with tempfile.TemporaryDirectory(prefix="stagenorm_sustained_") as tmp:
            script = Path(tmp) / "write.sql"
            script.write_text(SCRIPT.replace("%%", "%"))
            started = time.monotonic()
            done = subprocess.run(
                [pgbench_binary(), "-n", "-c", "4", "-j", "2", "-T", str(seconds), "-M", "prepared",
                 "-f", str(script), ctx.database_url],
                capture_output=True, text=True, timeout=seconds + 300, check=False,
                env={**os.environ, "PGOPTIONS": "-c client_min_messages=error"},
            )
            elapsed = time.monotonic() - started
        if done.returncode != 0:
            raise RuntimeError(f"pgbench failed: {done.stderr.strip()[-2000:]}")
        found = re.search(r"number of transactions actually processed: ([0-9]+)", done.stdout)
        statements = int(found.group(1)) if found else 0

        sizes = conn.execute("""
            SELECT (SELECT count(*) FROM stagenorm.value_count) AS vc_rows,
                   (SELECT count(*) FROM stagenorm.value_count WHERE compacted) AS vc_compacted,
                   (SELECT count(*) FROM stagenorm.value_count
                     WHERE NOT compacted AND minute < date_trunc('minute', clock_timestamp()) - interval '3 minutes')
                     AS vc_behind,
                   (SELECT count(DISTINCT minute) FROM stagenorm.value_count) AS minutes,
                   (SELECT count(*) FROM stagenorm.label_writer) AS lw_rows,
                   pg_total_relation_size('stagenorm.value_count') AS vc_bytes,
                   pg_total_relation_size('stagenorm.label_writer') AS lw_bytes""").fetchone()
        assert sizes is not None
        vc_rows, vc_compacted, vc_behind, minutes, lw_rows, vc_bytes, lw_bytes = sizes
        exact = conn.execute("""
            SELECT (SELECT sum(validated) FROM stagenorm.value_count)
                     = (SELECT count(stage) FROM bench_deals) AS validated_exact,
                   (SELECT sum(unknown) FROM stagenorm.value_count)
                     = (SELECT count(*) FROM bench_deals WHERE stagenorm.normalize_stage(stage) IS NULL)
                     AS unknown_exact""").fetchone()
        assert exact is not None

        gate: list[float] = []
        for _ in range(20):
            start = time.perf_counter()
            conn.execute("SELECT * FROM stagenorm.promotion_gate()").fetchone()
            gate.append(time.perf_counter() - start)
        collection: list[float] = []
        for _ in range(20):
            collector = DbCollector(ctx.database_url, ttl=0)
            start = time.perf_counter()
            snapshot = collector.snapshot()
            collection.append(time.perf_counter() - start)
            assert snapshot.rows is not None, snapshot.error

        query: list[float] = []
        with db.connection(ctx.database_url, autocommit=True) as open_conn:
            for _ in range(20):
                start = time.perf_counter()
                db.run(open_conn, "collector_snapshot")
                query.append(time.perf_counter() - start)

        live = vc_rows - vc_compacted
        per_minute = vc_compacted / max(1, minutes - 3) if minutes > 3 else 1.0
        out += [
            Measurement("sustained_seconds", elapsed, "s", "higher", compare=False),
            Measurement("sustained_statements", statements, "statements", "higher", compare=False),
            Measurement("sustained_statements_per_value_count_row", statements / max(1, vc_rows), "ratio", "higher",
                        compare=False),
            Measurement("sustained_value_count_rows", vc_rows, "rows", "lower", compare=False),
            Measurement("sustained_value_count_rows_not_compacted_3min_after", vc_behind, "rows", "lower",
                        compare=False),
            Measurement("sustained_value_count_bytes", vc_bytes, "bytes", "lower", compare=False),
            Measurement("sustained_label_writer_rows", lw_rows, "rows", "lower", compare=False),
            Measurement("sustained_label_writer_bytes", lw_bytes, "bytes", "lower", compare=False),
            Measurement("sustained_counts_exact", float(bool(exact[0]) and bool(exact[1])), "bool", "higher"),
            Measurement("sustained_promotion_gate_ms", statistics.median(gate) * 1000, "ms", "lower",
                        compare=False),
            Measurement("sustained_collection_ms", statistics.median(collection) * 1000, "ms", "lower",
                        compare=False),
            Measurement("sustained_collection_query_ms", statistics.median(query) * 1000, "ms", "lower",
                        compare=False),
            Measurement("projected_value_count_rows_per_day", per_minute * 1440 + live, "rows", "lower",
                        compare=False),
        ]
        conn.execute("DROP TABLE bench_deals")
    return out
