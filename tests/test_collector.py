"""The database collector (stagenorm.collector) against a real PostgreSQL.

Values go in through an enforced table (the real trigger counts them); the
collector's scrape must show exactly those numbers, query at most once per TTL
(also across threads and processes), and never raise when the database fails.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from prometheus_client.parser import text_string_to_metric_families

from stagenorm import collector, metrics
from stagenorm.collector import DbCollector
from tests import harness
from tests.harness import REPO


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def samples(text: bytes) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of an exposition, by (name, sorted labels)."""
    out = {}
    for family in text_string_to_metric_families(text.decode("utf-8")):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def db_values(source: DbCollector) -> dict[tuple[str, str], float]:
    found = {}
    for family in source.collect():
        if family.name == "stagenorm_db_values":
            for s in family.samples:
                found[(s.labels["table"], s.labels["outcome"])] = s.value
    return found


def errors() -> float:
    return metrics.DB_COLLECTOR_ERRORS._value.get()


@pytest.fixture
def admin(db_url: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        yield conn


def enforced_table(conn: psycopg.Connection[Any], name: str = "deals") -> None:
    conn.execute(f"CREATE TABLE {name} (id serial PRIMARY KEY, stage text)")
    conn.execute("SELECT stagenorm.enforce_stage_column(%s::regclass, 'stage')", [name])


def set_mode(conn: psycopg.Connection[Any], mode: str) -> None:
    conn.execute("SELECT stagenorm.set_mode(%s, 'test', 'collector test')", [mode])


def insert(conn: psycopg.Connection[Any], table: str, labels: list[str | None]) -> None:
    with conn.cursor() as cur:
        cur.executemany(f"INSERT INTO {table} (stage) VALUES (%s)", [(x,) for x in labels])


def reject(conn: psycopg.Connection[Any], table: str, label: str) -> None:
    with pytest.raises(psycopg.Error) as raised:
        conn.execute(f"INSERT INTO {table} (stage) VALUES (%s)", [label])
    assert raised.value.sqlstate == "SN001"


def test_scrape_shows_what_the_trigger_counted(admin: psycopg.Connection[Any], db_url: str) -> None:
    enforced_table(admin)
    set_mode(admin, "warn")
    # one statement each: 3 canonical, 4 written non-canonically, 2 unknown, 1 NULL (not counted)
    admin.execute("INSERT INTO deals (stage) VALUES ('series_a'), ('seed'), ('series_b')")
    admin.execute("INSERT INTO deals (stage) VALUES ('Series A'), ('SEED'), ('series-b'), ('Pre Seed')")
    admin.execute("INSERT INTO deals (stage) VALUES ('banana split'), ('zzzz qqq'), (NULL)")
    set_mode(admin, "enforce")
    reject(admin, "deals", "banana split")
    reject(admin, "deals", "not a stage at all")
    reject(admin, "deals", "zzzz qqq")
    admin.execute("INSERT INTO deals (stage) VALUES ('series_a')")  # canonical, accepted

    source = DbCollector(db_url, ttl=0)
    assert db_values(source) == {
        ("public.deals", "validated"): 4,
        ("public.deals", "normalized"): 4,
        ("public.deals", "unknown"): 2,
        ("public.deals", "rejected"): 3,
    }
    text = metrics.render([source], stagenorm_only=True)
    found = samples(text)
    key = ("stagenorm_db_values_total", (("outcome", "unknown"), ("table", "public.deals")))
    assert found[key] == 2
    assert all(name.startswith("stagenorm_") for name, _ in found)


def test_the_outcomes_partition_what_value_counts_total_calls_validated(
    admin: psycopg.Connection[Any], db_url: str
) -> None:
    """validated + normalized + unknown == value_counts_total()'s validated (every value checked)."""
    enforced_table(admin)
    set_mode(admin, "warn")
    insert(admin, "deals", ["series_a", "Series A", "what is this", "series_c", None])
    checked = admin.execute(
        "SELECT count FROM stagenorm.value_counts_total() WHERE outcome = 'validated'"
    ).fetchone()
    assert checked is not None
    got = db_values(DbCollector(db_url, ttl=0))
    assert got[("public.deals", "validated")] + got[("public.deals", "normalized")] + got[
        ("public.deals", "unknown")] == checked[0] == 4


def test_hostile_table_names_round_trip_through_the_exposition(
    admin: psycopg.Connection[Any], db_url: str
) -> None:
    schema = 'Odd "Schema"\\'
    table = 'x"; DROP TABLE deals; --\nwith a newline'
    admin.execute(f'CREATE SCHEMA "{schema.replace(chr(34), chr(34) * 2)}"')
    qualified = '"{}"."{}"'.format(schema.replace('"', '""'), table.replace('"', '""'))
    admin.execute(f"CREATE TABLE {qualified} (id serial PRIMARY KEY, stage text)")
    admin.execute("SELECT stagenorm.enforce_stage_column(%s::regclass, 'stage')", [qualified])
    set_mode(admin, "warn")
    admin.execute(f"INSERT INTO {qualified} (stage) VALUES ('Series A'), ('nope nope')")
    found = samples(metrics.render([DbCollector(db_url, ttl=0)], stagenorm_only=True))
    tables = {dict(labels)["table"] for name, labels in found if name == "stagenorm_db_values_total"}
    assert tables == {qualified}
    assert found[("stagenorm_db_values_total", (("outcome", "normalized"), ("table", qualified)))] == 1


def test_one_query_per_ttl(admin: psycopg.Connection[Any], db_url: str) -> None:
    enforced_table(admin)
    set_mode(admin, "warn")
    insert(admin, "deals", ["seed"])
    clock = FakeClock()
    source = DbCollector(db_url, ttl=10, clock=clock)
    assert db_values(source)[("public.deals", "validated")] == 1
    admin.execute("INSERT INTO deals (stage) VALUES ('seed'), ('seed')")
    clock.now += 9.9
    assert db_values(source)[("public.deals", "validated")] == 1  # cached
    assert source.queries == 1
    clock.now += 0.1
    assert db_values(source)[("public.deals", "validated")] == 3
    assert source.queries == 2


def test_concurrent_scrapes_share_one_query(admin: psycopg.Connection[Any], db_url: str) -> None:
    enforced_table(admin)
    insert(admin, "deals", ["seed", "Series A"])
    source = DbCollector(db_url, ttl=60)
    barrier = threading.Barrier(8)
    results: list[dict[tuple[str, str], float]] = []

    def scrape() -> None:
        barrier.wait()
        results.append(db_values(source))

    threads = [threading.Thread(target=scrape) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert source.queries == 1
    assert len(results) == 8 and all(r == results[0] for r in results)
    assert results[0][("public.deals", "normalized")] == 1


def test_workers_share_one_query_through_the_multiprocess_dir(
    admin: psycopg.Connection[Any], db_url: str, tmp_path: Path
) -> None:
    """Four real processes scrape at once with a shared directory: one query among them."""
    enforced_table(admin)
    insert(admin, "deals", ["seed", "seed", "nope nope"])
    script = (
        "import json, sys\n"
        "from stagenorm.collector import DbCollector\n"
        "source = DbCollector(sys.argv[1], ttl=60, shared_dir=sys.argv[2])\n"
        "sys.stdin.read()\n"  # start together
        "values = {f'{s.labels[\"table\"]}/{s.labels[\"outcome\"]}': s.value\n"
        "          for f in source.collect() if f.name == 'stagenorm_db_values' for s in f.samples}\n"
        "print(json.dumps({'queries': source.queries, 'values': values}))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, db_url, str(tmp_path)], cwd=REPO,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outs = [p.communicate("", timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    answers = [json.loads(out) for out, _ in outs]
    assert sum(a["queries"] for a in answers) == 1
    assert all(a["values"] == answers[0]["values"] for a in answers)
    assert answers[0]["values"]["public.deals/unknown"] == 1
    assert answers[0]["values"]["public.deals/validated"] == 2


def test_a_database_that_does_not_answer_exports_nothing_and_counts_an_error() -> None:
    port = harness.free_port()
    clock = FakeClock()
    source = DbCollector(f"postgresql://postgres@127.0.0.1:{port}/nowhere", ttl=5, timeout=1, clock=clock)
    before = errors()
    text = metrics.render([source])  # never raises
    found = samples(text)
    assert not [name for name, _ in found if name.startswith("stagenorm_db_values")]
    # The process may hold its own backfill gauges (set by a CLI run in this process); the
    # collector itself must contribute nothing while the database is away.
    assert list(source.collect()) == []
    assert found[("stagenorm_db_collector_errors_total", ())] == before + 1  # in the same scrape
    metrics.render([source])
    assert errors() == before + 1  # the failure is cached for the TTL, not retried per scrape
    clock.now += 5
    metrics.render([source])
    assert errors() == before + 2
    assert source.queries == 2


def test_a_locked_table_times_out_instead_of_hanging_the_scrape(
    admin: psycopg.Connection[Any], db_url: str
) -> None:
    enforced_table(admin)
    insert(admin, "deals", ["seed"])
    source = DbCollector(db_url, ttl=0, timeout=0.3)
    before = errors()
    with psycopg.connect(db_url) as locker:
        locker.execute("LOCK TABLE stagenorm.value_count IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        assert db_values(source) == {}
        waited = time.monotonic() - started
        locker.rollback()
    assert errors() == before + 1
    assert waited < 10  # bounded by the timeout (0.3 s), generously
    assert db_values(source)[("public.deals", "validated")] == 1  # fine again once released


def test_a_database_without_stagenorm_is_an_error_not_a_crash(pg_server: harness.PostgresServer) -> None:
    source = DbCollector(pg_server.url_for("postgres"), ttl=0)
    before = errors()
    assert list(source.collect()) == []
    assert errors() == before + 1
    assert source.snapshot().error is not None


def test_backfill_state_comes_from_the_database(admin: psycopg.Connection[Any], db_url: str) -> None:
    enforced_table(admin)
    insert(admin, "deals", ["Series A", "seed", "what"])
    jobs = [("failed", False, 10, 2, 1), ("reverting", False, 5, 5, 0), ("done", False, 100, 40, 3),
            ("done", True, 1000, 0, 0)]  # a dry run: its rows are not counted
    for n, (status, dry_run, scanned, changed, unknown) in enumerate(jobs):
        admin.execute(f"CREATE TABLE job_{n} (id integer PRIMARY KEY, stage text)")
        admin.execute(
            "INSERT INTO stagenorm.backfill_job (table_name, column_name, key_column, key_type, status,"
            " dry_run, batch_size, rows_scanned, rows_changed, rows_unknown)"
            " VALUES (%s::regclass, 'stage', 'id', 'integer', %s, %s, 100, %s, %s, %s)",
            [f"job_{n}", status, dry_run, scanned, changed, unknown],
        )
    found = samples(metrics.render([DbCollector(db_url, ttl=0)], stagenorm_only=True))
    status = {dict(labels)["status"]: v for (name, labels), v in found.items() if name == "stagenorm_backfill_jobs"}
    assert status == {"running": 1, "paused": 0, "failed": 1, "done": 2, "reverted": 0}
    kinds = {dict(labels)["kind"]: v for (name, labels), v in found.items() if name == "stagenorm_backfill_rows_total"}
    assert kinds == {"scanned": 115, "changed": 47, "unknown": 4}


def test_the_database_wins_over_an_in_process_gauge_of_the_same_name(
    admin: psycopg.Connection[Any], db_url: str
) -> None:
    metrics.BACKFILL_JOBS.labels(status="failed").set(7)  # what a backfill CLI process would set
    try:
        found = samples(metrics.render([DbCollector(db_url, ttl=0)]))
    finally:
        metrics.BACKFILL_JOBS.remove("failed")
    assert found[("stagenorm_backfill_jobs", (("status", "failed"),))] == 0
    text = metrics.render([DbCollector(db_url, ttl=0)]).decode()
    assert text.count("# TYPE stagenorm_backfill_jobs gauge") == 1


def test_malformed_rows_are_left_out() -> None:
    raw: list[dict[str, Any]] = [
        {"family": "db_values", "key": "t", "outcome": "checked", "value": 10},
        {"family": "db_values", "key": "t", "outcome": "unknown", "value": None},
        {"family": "db_values", "key": "t", "outcome": "normalized", "value": -3},
        {"family": "db_values", "key": "t", "outcome": "rejected", "value": True},
        {"family": "db_values", "key": None, "outcome": "checked", "value": 1},
        {"family": "db_values", "key": "t", "outcome": "bogus", "value": 5},
        {"family": "backfill_jobs", "key": "exploded", "outcome": None, "value": 2},
        {"family": 7, "key": "t", "outcome": None, "value": 1},
    ]
    rows = list(collector._rows(raw))
    values = {(s.labels["table"], s.labels["outcome"]): s.value
              for f in collector.families(rows) if f.name == "stagenorm_db_values" for s in f.samples}
    assert values == {("t", "validated"): 10, ("t", "normalized"): 0, ("t", "unknown"): 0, ("t", "rejected"): 0}


def test_table_labels_are_bounded() -> None:
    n = collector.MAX_TABLES + 20
    rows = [("db_values", f"public.t{i:04d}", "checked", 1) for i in range(n)]
    family = next(iter(collector.families(rows)))
    tables = {s.labels["table"] for s in family.samples}
    assert len(tables) == collector.MAX_TABLES + 1
    other = {s.labels["outcome"]: s.value for s in family.samples if s.labels["table"] == "(other)"}
    assert other["validated"] == 20


def test_from_env() -> None:
    assert collector.from_env({}) is None
    assert collector.from_env({"DATABASE_URL": "postgresql://x/y", "STAGENORM_DB_METRICS": "off"}) is None
    made = collector.from_env({"DATABASE_URL": "postgresql://x/y", "STAGENORM_DB_METRICS_CACHE_SECONDS": "3",
                               "STAGENORM_DB_METRICS_TIMEOUT": "nonsense", "PROMETHEUS_MULTIPROC_DIR": "/tmp/m"})
    assert made is not None
    assert (made.ttl, made.timeout, str(made.shared_dir)) == (3.0, collector.DEFAULT_TIMEOUT, "/tmp/m")
    made = collector.from_env({"DATABASE_URL": "postgresql://x/y", "STAGENORM_DB_METRICS_CACHE_SECONDS": "-1"})
    assert made is not None and made.ttl == collector.DEFAULT_TTL and made.shared_dir is None


@pytest.mark.parametrize(
    ("kw", "refusal"),
    [({"database_url": ""}, "database_url must be"), ({"ttl": -1}, "ttl must be"),
     ({"ttl": float("inf")}, "ttl must be"), ({"timeout": 0}, "timeout must be"),
     ({"timeout": float("nan")}, "timeout must be")],
)
def test_bad_arguments_are_refused(kw: dict[str, Any], refusal: str) -> None:
    args: dict[str, Any] = {"database_url": "postgresql://x/y", **kw}
    with pytest.raises(ValueError, match=refusal):
        DbCollector(args.pop("database_url"), **args)


def test_a_corrupt_shared_file_is_ignored(admin: psycopg.Connection[Any], db_url: str, tmp_path: Path) -> None:
    enforced_table(admin)
    insert(admin, "deals", ["seed"])
    (tmp_path / collector.SHARED_FILE).write_text('{"at": "soon", "rows": [[1, 2]]}')
    source = DbCollector(db_url, ttl=60, shared_dir=tmp_path)
    assert db_values(source)[("public.deals", "validated")] == 1
    assert source.queries == 1
    stored = json.loads((tmp_path / collector.SHARED_FILE).read_text())
    assert ["db_values", "public.deals", "checked", 1] in stored["rows"]
