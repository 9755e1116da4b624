"""parse_stage_distribution in SQL, per call, on both implementations in one run.

The same many distinct documents are parsed on two databases of one server: the
benchmark's own (PL/Python, ``stagenorm._rules_py``) and a second one migrated with
``--implementation plpgsql`` (the portable PL/pgSQL rules). Two sets of 7-entry
documents: ``known`` (every label a spelling the taxonomy reads, weights summing to 100)
and ``unknown`` (the same plus one label it does not read, which costs its suggestions:
an edit distance to every candidate spelling of about its length). Each query is
``count(stagenorm.parse_stage_distribution(doc))`` over one set; the reference is
``count(*)`` over ``jsonb_each(doc)`` of the same documents, the least SQL that reads
every entry. The queries alternate, each session runs every query once before it is
timed (the rules' per-session load is not a per-call cost), and the best of each is kept.

Ratios compared with the baseline: portable / PL/Python per set (issue 15's limit: the
portable path may not be slower than PL/Python, goal 1.0 known and 1.5 with unknown
labels), and each implementation against the reference. Microseconds per call are
reported only.
"""

from __future__ import annotations

import json
import random
import time

import psycopg

from benchmarks.common import Context, Measurement, drop_database, portable_database

# Spellings the taxonomy reads, by stage; a document takes 7 of them.
KNOWN = (
    "Seed", "seed", "SEED", "Seed+", "seed round", "Pre-Seed", "pre-seed", "Pre Seed", "Angel",
    "Series A", "series a", "Series_A", "Series A-1", "Series A extension", "series-b", "Series B",
    "Series B round", "Series C", "Series C+", "Series D", "Growth", "growth equity", "Expansion",
    "Late Stage", "late", "pre-IPO", "Mezzanine",
)
# Labels it does not read: typos (suggestions found) and junk (none).
UNKNOWN = ("x17", "seeed", "serie a", "grwoth", "lat stage", "pre-sed", "venture", "secondary",
           "Seed / Series A", "q", "zz top", "Series Z9")
REFERENCE = ("SELECT count(*) FROM bench_distribution AS d, pg_catalog.jsonb_each(d.doc) AS e "
             "WHERE d.kind = %(kind)s")
PARSE = ("SELECT count(stagenorm.parse_stage_distribution(d.doc)) FROM bench_distribution AS d "
         "WHERE d.kind = %(kind)s")
WARM = ("SELECT count(stagenorm.parse_stage_distribution(d.doc)) FROM (SELECT doc FROM bench_distribution "
        "WHERE kind = %(kind)s LIMIT 5) AS d")
IMPLEMENTATIONS = {"plpython": "", "plpgsql": "_portable"}  # measurement name suffixes


def documents(n: int, unknown: bool, seed: int) -> list[str]:
    """``n`` distinct 7-entry documents (8 with an unknown label of weight 0)."""
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        names = rng.sample(KNOWN, 7)
        cuts = sorted(rng.sample(range(1, 100), 6))
        weights = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        doc: dict[str, int | float] = dict(zip(names, weights, strict=True))
        if unknown:
            doc[rng.choice(UNKNOWN) + ("" if rng.random() < 0.5 else str(rng.randrange(100)))] = 0
        out.add(json.dumps(doc))
    return sorted(out, key=lambda d: random.Random(d).random())



def load(url: str, implementation: str, docs: dict[str, list[str]]) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT stagenorm.implementation()").fetchone()
        if row is None or row[0] != implementation:
            raise RuntimeError(f"{url}: implementation {row}, expected {implementation}")
        conn.execute("CREATE TABLE bench_distribution (id bigint PRIMARY KEY, kind text, doc jsonb)")
        with conn.cursor().copy("COPY bench_distribution (id, kind, doc) FROM STDIN") as copy:
            i = 0
            for kind, texts in docs.items():
                for text in texts:
                    copy.write_row((i, kind, text))
                    i += 1
        conn.execute("VACUUM ANALYZE bench_distribution")


def timed(conn: psycopg.Connection[object], sql: str, kind: str) -> float:
    start = time.perf_counter()
    conn.execute(sql, {"kind": kind}).fetchall()  # type: ignore[arg-type]
    return time.perf_counter() - start


def run(ctx: Context) -> list[Measurement]:
    counts = {"known": ctx.rows(10_000, 1_500), "unknown": ctx.rows(2_000, 300)}
    docs = {kind: documents(n, kind == "unknown", seed=15) for kind, n in counts.items()}
    portable = portable_database(ctx)
    urls = {"plpython": ctx.database_url, "plpgsql": portable}
    queries = (REFERENCE, PARSE)
    best = {(impl, kind, sql): float("inf") for impl in urls for kind in docs for sql in queries}
    try:
        for impl, url in urls.items():
            load(url, impl, docs)
        for _ in range(3 if ctx.quick else 5):
            for impl, url in urls.items():
                with psycopg.connect(url, autocommit=True) as conn:
                    for kind in docs:  # warm the session: compiled functions, inlined normalizer
                        conn.execute(WARM, {"kind": kind}).fetchall()
                    for kind in docs:
                        for sql in queries:
                            best[impl, kind, sql] = min(best[impl, kind, sql], timed(conn, sql, kind))
    finally:
        drop_database(portable)
    out: list[Measurement] = []
    for kind, n in counts.items():
        out.append(Measurement(
            f"sql_distribution_{kind}_portable_vs_plpython",
            best["plpgsql", kind, PARSE] / best["plpython", kind, PARSE], "ratio", "lower",
            reference=f"parse_stage_distribution on PL/Python, same {n} documents, same run"))
        for impl, suffix in IMPLEMENTATIONS.items():
            out += [
                Measurement(f"sql_distribution_{kind}{suffix}_vs_jsonb_each",
                            best[impl, kind, PARSE] / best[impl, kind, REFERENCE], "ratio", "lower",
                            reference=f"count(*) over jsonb_each of the same {n} documents"),
                Measurement(f"sql_distribution_{kind}{suffix}_us_per_call",
                            best[impl, kind, PARSE] / n * 1e6, "us", "lower", compare=False),
            ]
    return out
