"""normalize_stage in SQL against the cheapest string work, and the Python side's latency.

SQL: ``count(stagenorm.normalize_stage(stage))`` over N realistic labels as a ratio to
``count(lower(btrim(stage)))`` over the same rows, alternating the two queries and
keeping the best of each (budget 3x, goal 2x), for both implementations of the reading
rules in one run: PL/Python (the benchmark's database) and the portable PL/pgSQL one (a
second database on the same server migrated with ``--implementation plpgsql``). Python: p99 of ``normalize_stage`` on a
repeated label and of ``parse_stage_distribution`` on a 7-entry distribution, each
also as a ratio to ``str.lower`` of the same label measured alongside.
"""

from __future__ import annotations

import time

import psycopg

from benchmarks.common import Context, Measurement, drop_database, percentile, portable_database
from benchmarks.labels import labels
from stagenorm import normalize_stage, parse_stage_distribution

NATIVE = "SELECT count(lower(btrim(stage))) FROM bench_labels"
NORMALIZE = "SELECT count(stagenorm.normalize_stage(stage)) FROM bench_labels"
DISTRIBUTION = {"Seed": 10, "Series A": 20, "series-b": 20, "Series C+": 15, "Growth": 15,
                "pre-IPO": 10, "Pre-Seed": 10}
#: The same, in the vocabularies of taxonomy v2 (qualifiers, round numerals, money, CJK).
DISTRIBUTION_V2 = {"Early Stage VC (Series A)": 30, "Seed Round": 20, "Later Stage VC (Series C1)": 20,
                   "天使轮": 10, "PE Growth/Expansion": 10, "Series A - II": 5, "€2M Seed": 5}


def load(conn: psycopg.Connection[object], n: int) -> None:
    conn.execute("CREATE TABLE bench_labels (id bigint PRIMARY KEY, stage text)")
    with conn.cursor().copy("COPY bench_labels (id, stage) FROM STDIN") as copy:
        for i, label in enumerate(labels(n)):
            copy.write_row((i, label))
    conn.commit()
    conn.execute("VACUUM ANALYZE bench_labels")


def timed(conn: psycopg.Connection[object], sql: str) -> float:
    start = time.perf_counter()
    conn.execute(sql).fetchall()  # type: ignore[arg-type]
    return time.perf_counter() - start



def sql_ratio(ctx: Context) -> list[Measurement]:
    n = ctx.rows(1_000_000, 100_000)
    portable = portable_database(ctx)
    urls = {"plpython": ctx.database_url, "plpgsql": portable}
    try:
        for url in urls.values():
            with psycopg.connect(url, autocommit=True) as conn:
                load(conn, n)
        best = {(impl, sql): float("inf") for impl in urls for sql in (NATIVE, NORMALIZE)}
        for _ in range(3 if ctx.quick else 5):
            # A new session each round: the normalizer's per-session load is part of the cost.
            for impl, url in urls.items():
                with psycopg.connect(url, autocommit=True) as conn:
                    for sql in (NATIVE, NORMALIZE):
                        best[impl, sql] = min(best[impl, sql], timed(conn, sql))
    finally:
        drop_database(portable)
    out: list[Measurement] = []
    for impl, suffix in (("plpython", ""), ("plpgsql", "_portable")):
        out += [
            Measurement(f"sql_normalize{suffix}_vs_lower_btrim", best[impl, NORMALIZE] / best[impl, NATIVE],
                        "ratio", "lower", reference="count(lower(btrim(stage))) over the same rows"),
            Measurement(f"sql_normalize{suffix}_ms", best[impl, NORMALIZE] * 1000, "ms", "lower", compare=False),
            Measurement(f"sql_lower_btrim{suffix}_ms", best[impl, NATIVE] * 1000, "ms", "lower", compare=False),
        ]
    return out


def p99_us(fn: object, arg: object, calls: int) -> float:
    samples = []
    call = fn  # local for speed
    for _ in range(calls):
        start = time.perf_counter_ns()
        call(arg)  # type: ignore[operator]
        samples.append((time.perf_counter_ns() - start) / 1000)
    return percentile(samples, 0.99)


def python_latency(ctx: Context) -> list[Measurement]:
    calls = 10_000
    label = "Series B-2 ext"
    normalize_stage(label)
    parse_stage_distribution(DISTRIBUTION)
    reference = p99_us(str.lower, label, calls)
    norm = p99_us(normalize_stage, label, calls)
    dist = p99_us(parse_stage_distribution, DISTRIBUTION, calls)
    parse_stage_distribution(DISTRIBUTION_V2)
    dist_v2 = p99_us(parse_stage_distribution, DISTRIBUTION_V2, calls)
    return [
        Measurement("py_normalize_repeated_p99_us", norm, "us", "lower", compare=False),
        Measurement("py_distribution_7_p99_us", dist, "us", "lower", compare=False),
        Measurement("py_distribution_7_v2_p99_us", dist_v2, "us", "lower", compare=False),
        Measurement("py_normalize_repeated_vs_str_lower", norm / reference, "ratio", "lower",
                    reference="str.lower p99 in the same run"),
        Measurement("py_distribution_7_vs_str_lower", dist / reference, "ratio", "lower",
                    reference="str.lower p99 in the same run"),
    ]


def run(ctx: Context) -> list[Measurement]:
    return sql_ratio(ctx) + python_latency(ctx)
