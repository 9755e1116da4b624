"""Cost of the enforcement trigger per row, as a ratio to the same INSERT without it.

One table with ``enforce_stage_column`` and an identical one without, filled by the
same ``INSERT ... SELECT`` (bulk) and by single-row INSERT statements (the per-statement
cost: the count trigger writes one value_count row per statement), in each mode, each
pair measured back to back in one run (best of several, alternating). Two data sets:
``clean`` (canonical keys, the steady state after the backfill) and ``messy`` (aliases
and spellings that normalize, plus 2% unknown labels in warn; enforce gets the messy set
without unknowns, which it would reject).
"""

from __future__ import annotations

import psycopg

from benchmarks.common import Context, Measurement

CLEAN = ("seed", "series_a", "series_b", "series_c", "growth", "late_stage", "pre_seed")
MESSY = ("Seed", "Series A", "series-b", "Series C", "Growth", "late stage", "Pre-Seed", "seed",
         "series_a", "Series B-2", "SEED", "A round", "pre-IPO", "growth equity")
UNKNOWN = ("seeed", "bridge", "grwoth")

SETUP = """
DROP TABLE IF EXISTS bench_plain, bench_enforced, bench_src_clean, bench_src_messy, bench_src_known;
CREATE TABLE bench_plain (id bigint, stage text, amount numeric);
CREATE TABLE bench_enforced (id bigint, stage text, amount numeric);
CREATE TABLE bench_src_clean AS
  SELECT g AS id, (%(clean)s::text[])[1 + g %% cardinality(%(clean)s::text[])] AS stage, g * 1.5 AS amount
    FROM generate_series(1, %(rows)s) AS g;
CREATE TABLE bench_src_known AS
  SELECT g AS id, (%(messy)s::text[])[1 + g %% cardinality(%(messy)s::text[])] AS stage, g * 1.5 AS amount
    FROM generate_series(1, %(rows)s) AS g;
CREATE TABLE bench_src_messy AS
  SELECT g AS id,
         CASE WHEN g %% 50 = 0 THEN (%(unknown)s::text[])[1 + (g / 50) %% cardinality(%(unknown)s::text[])]
              ELSE (%(messy)s::text[])[1 + g %% cardinality(%(messy)s::text[])] END AS stage,
         g * 1.5 AS amount
    FROM generate_series(1, %(rows)s) AS g;
ANALYZE bench_src_clean, bench_src_known, bench_src_messy;
SELECT stagenorm.enforce_stage_column('bench_enforced', 'stage');
"""


def _time_insert(conn: psycopg.Connection[tuple[object, ...]], table: str, source: str) -> float:
    import time

    conn.execute(f"TRUNCATE {table}")
    start = time.perf_counter()
    conn.execute(f"INSERT INTO {table} SELECT * FROM {source}")
    return time.perf_counter() - start


def _time_single(conn: psycopg.Connection[tuple[object, ...]], table: str, labels: list[str]) -> float:
    import time

    conn.execute(f"TRUNCATE {table}")
    query = f"INSERT INTO {table} (id, stage, amount) VALUES (%s, %s, 1)".encode()
    start = time.perf_counter()
    for i, label in enumerate(labels):
        conn.execute(query, (i, label), prepare=True)
    return time.perf_counter() - start


def _pair(repeat: int, plain: object, enforced: object) -> tuple[float, float]:
    """Best of ``repeat`` alternating runs of two timings."""
    best_plain = best_enforced = float("inf")
    for _ in range(repeat):
        best_plain = min(best_plain, plain())  # type: ignore[operator]
        best_enforced = min(best_enforced, enforced())  # type: ignore[operator]
    return best_plain, best_enforced


def run(ctx: Context) -> list[Measurement]:
    rows = ctx.rows(200_000, 10_000)
    statements = ctx.rows(3_000, 250)
    repeat = 5
    out: list[Measurement] = []
    with psycopg.connect(ctx.database_url, autocommit=True) as conn:
        conn.execute("SET client_min_messages = error")  # warn mode's sampled WARNINGs
        params = {"clean": list(CLEAN), "messy": list(MESSY), "unknown": list(UNKNOWN), "rows": rows}
        for statement in SETUP.split(";"):
            if statement.strip():
                conn.execute(statement.encode(), params if "%(" in statement else None)
        single_labels = [MESSY[i % len(MESSY)] for i in range(statements)]
        cases = (
            ("off", "messy", "bench_src_messy"),
            ("warn", "clean", "bench_src_clean"),
            ("warn", "messy", "bench_src_messy"),
            ("enforce", "clean", "bench_src_clean"),
            ("enforce", "known", "bench_src_known"),
        )
        for mode, data, source in cases:
            conn.execute("SELECT stagenorm.set_mode(%s, 'bench', 'bench_trigger')", (mode,))
            plain, enforced = _pair(
                repeat,
                lambda s=source: _time_insert(conn, "bench_plain", s),
                lambda s=source: _time_insert(conn, "bench_enforced", s),
            )
            out.append(Measurement(f"bulk_{mode}_{data}_ratio", enforced / plain, "ratio", "lower",
                                   reference="same INSERT ... SELECT without the trigger"))
            out.append(Measurement(f"bulk_{mode}_{data}_extra_us_per_row", (enforced - plain) / rows * 1e6,
                                   "us", "lower", compare=False))
        single_clean = [CLEAN[i % len(CLEAN)] for i in range(statements)]
        for mode, data, labels in (("off", "messy", single_labels), ("warn", "clean", single_clean),
                                   ("warn", "messy", single_labels), ("enforce", "clean", single_clean)):
            conn.execute("SELECT stagenorm.set_mode(%s, 'bench', 'bench_trigger')", (mode,))
            plain, enforced = _pair(
                repeat,
                lambda ls=labels: _time_single(conn, "bench_plain", ls),
                lambda ls=labels: _time_single(conn, "bench_enforced", ls),
            )
            out.append(Measurement(f"single_row_{mode}_{data}_ratio", enforced / plain, "ratio", "lower",
                                   reference="same single-row INSERT statements without the trigger"))
            out.append(Measurement(f"single_row_{mode}_{data}_extra_us_per_statement",
                                   (enforced - plain) / statements * 1e6, "us", "lower", compare=False))
        conn.execute("DROP TABLE bench_plain, bench_enforced, bench_src_clean, bench_src_known, bench_src_messy")
    return out
