"""`stagenorm consumers` and stagenorm.consumer_report: who still writes bad labels.

The main tests write through the real enforcement trigger from several clients
(application_name + login role); the time-window and ordering tests put rows of
known times into stagenorm.label_writer directly (time is a parameter, never a
sleep).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from stagenorm import consumers
from stagenorm.exceptions import InvalidArgument
from tests import harness

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def stagenorm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", *args], env={**base, **env},
                          capture_output=True, text=True, timeout=120, check=False, cwd=str(harness.REPO))


def as_role(url: str, role: str) -> str:
    return url.replace("postgres@", f"{role}@", 1) if "postgres@" in url else url


@pytest.fixture
def enforced(db_url: str) -> Iterator[str]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE deals (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stage text)")
        conn.execute("SELECT stagenorm.set_mode('warn', 'test', 'consumer report test')")
        conn.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage')")
        for role in ("crm_sync", "sheets_import"):
            conn.execute(f"DROP ROLE IF EXISTS {role}")
            conn.execute(f"CREATE ROLE {role} LOGIN")
            conn.execute(f"GRANT INSERT, SELECT ON deals TO {role}")
    yield db_url
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("DROP TABLE deals")
        for role in ("crm_sync", "sheets_import"):
            conn.execute(f"DROP ROLE {role}")


def write(url: str, role: str, app: str, labels: list[str | None]) -> None:
    with psycopg.connect(as_role(url, role), autocommit=True, application_name=app) as conn:
        conn.execute("SET client_min_messages = error")  # the WARNINGs are for people
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO deals (stage) VALUES (%s)", [(label,) for label in labels])


def report(url: str, since: datetime | None = None, examples: int = 3) -> list[dict[str, Any]]:
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        return consumers.report(conn, since, examples)


def test_the_trigger_records_feed_the_report(enforced: str) -> None:
    write(enforced, "sheets_import", "sheets-import", ["seeed"] * 5 + ["tbd"] * 2 + ["Series A"] * 3)
    write(enforced, "crm_sync", "crm-sync", ["series-a"] * 4 + ["seed"] * 10 + [None])
    rows = report(enforced)
    assert [(r["application_name"], r["role"]) for r in rows] == [
        ("sheets-import", "sheets_import"), ("crm-sync", "crm_sync")]
    sheets, crm = rows
    assert (sheets["unknown_writes"], sheets["would_reject"], sheets["normalized_writes"]) == (7, 7, 3)
    assert sheets["tables"] == ["public.deals"]
    assert [(e["label"], e["outcome"], e["count"]) for e in sheets["examples"]] == [
        ("seeed", "unknown", 5), ("tbd", "unknown", 2), ("Series A", "normalized", 3)]
    assert sheets["examples"][0]["suggestions"] == ["seed"]
    assert sheets["examples"][1]["suggestions"] == []
    assert sheets["examples"][2]["stored"] == "series_a"
    # canonical keys and NULLs are not "bad labels"
    assert (crm["unknown_writes"], crm["would_reject"], crm["normalized_writes"]) == (0, 0, 4)
    assert crm["distinct_labels"] == 1
    assert crm["first_seen"] <= crm["last_seen"]


def test_cli_text_and_json(enforced: str) -> None:
    write(enforced, "sheets_import", "sheets-import", ["seeed"] * 5 + ["Series-B"])
    done = stagenorm("consumers", env={"DATABASE_URL": enforced})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["application_name", "role", "unknown", "would", "reject", "normalized",
                                "last", "seen", "tables"]
    assert lines[2].split()[:5] == ["sheets-import", "sheets_import", "5", "5", "1"]
    assert "'seeed' x5 unknown (did you mean seed?)" in done.stdout
    assert "'Series-B' x1 -> series_b" in done.stdout
    assert lines[-1] == ("consumers: 1 client(s); 5 unknown and 1 normalized writes; "
                         "1 client(s) would be refused under enforce")
    done = stagenorm("consumers", "--json", "--examples", "1", env={"DATABASE_URL": enforced})
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["since"] is None
    (client,) = document["consumers"]
    assert client["application_name"] == "sheets-import"
    assert [e["label"] for e in client["examples"]] == ["seeed"]
    assert datetime.fromisoformat(client["last_seen"]).tzinfo is not None


def test_nothing_recorded_says_so(enforced: str) -> None:
    write(enforced, "crm_sync", "crm-sync", ["seed", "series_a", None])
    done = stagenorm("consumers", env={"DATABASE_URL": enforced})
    assert done.returncode == 0
    assert done.stdout == "consumers: no client wrote an unknown or non-canonical stage label\n"
    done = stagenorm("consumers", "--json", env={"DATABASE_URL": enforced})
    assert json.loads(done.stdout) == {"since": None, "consumers": []}


def test_a_label_known_since_it_was_written_no_longer_counts_as_rejected(enforced: str) -> None:
    write(enforced, "sheets_import", "sheets-import", ["Seedling"] * 4 + ["seeed"])
    with psycopg.connect(enforced, autocommit=True) as conn:
        conn.execute("SELECT stagenorm.add_alias('seedling', 'seed', 'test', 'teams say Seedling')")
    (row,) = report(enforced)
    assert (row["unknown_writes"], row["would_reject"]) == (5, 1)
    seedling = next(e for e in row["examples"] if e["label"] == "Seedling")
    assert seedling["known_now"] == "seed"
    assert seedling["suggestions"] is None
    done = stagenorm("consumers", env={"DATABASE_URL": enforced})
    assert "'Seedling' x4 unknown when written, now known as seed" in done.stdout


def test_concurrent_writers_are_all_counted(enforced: str) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def client(n: int) -> None:
        try:
            barrier.wait(10)
            with psycopg.connect(as_role(enforced, "crm_sync"), autocommit=True,
                                 application_name="crm-sync") as conn:
                conn.execute("SET client_min_messages = error")
                for _ in range(25):
                    conn.execute("INSERT INTO deals (stage) VALUES ('seeed'), ('tbd'), ('Series A'), ('seed')")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    (row,) = report(enforced)
    assert (row["unknown_writes"], row["normalized_writes"]) == (4 * 25 * 2, 4 * 25)


# --------------------------------------------------------------------------- constructed rows


def put(conn: psycopg.Connection[Any], app: str, role: str, outcome: str, label: str, count: int,
        last: datetime, table: str = "public.deals") -> None:
    conn.execute(
        "INSERT INTO stagenorm.label_writer (table_name, column_name, application_name, role, outcome, label, "
        "seen_count, first_seen, last_seen) VALUES (%s, 'stage', %s, %s, %s, %s, %s, %s, %s)",
        (table, app, role, outcome, label, count, last - timedelta(hours=1), last))


@pytest.fixture
def constructed(db_url: str) -> str:
    with psycopg.connect(db_url, autocommit=True) as conn:
        put(conn, "old-batch", "etl", "unknown", "tbd", 500, T0 - timedelta(days=10))
        put(conn, "web", "app", "unknown", "seeed", 3, T0)
        put(conn, "web", "app", "unknown", "seeed", 2, T0 - timedelta(minutes=5))  # same key, not compacted
        put(conn, "web", "app", "normalized", "Series A", 40, T0, table='crm."Deals"')
        put(conn, "", "app", "normalized", "series-b", 7, T0)  # application_name unset
        put(conn, "\x1b]0;pwned\x07", "app", "unknown", "\x1b[31mred\x1b[0m\nnext", 1, T0)
    return db_url


def test_since_keeps_clients_seen_since(constructed: str) -> None:
    everyone = report(constructed)
    assert {r["application_name"] for r in everyone} == {"old-batch", "web", "", "\x1b]0;pwned\x07"}
    recent = report(constructed, since=T0 - timedelta(days=1))
    assert "old-batch" not in {r["application_name"] for r in recent}
    web = next(r for r in recent if r["application_name"] == "web")
    assert (web["unknown_writes"], web["normalized_writes"]) == (5, 40)
    assert web["tables"] == ['crm."Deals"', "public.deals"]
    assert web["examples"][0] == {**web["examples"][0], "label": "seeed", "count": 5}
    assert report(constructed, since=T0 + timedelta(seconds=1)) == []


def test_worst_first(constructed: str) -> None:
    order = [r["application_name"] for r in report(constructed)]
    assert order == ["old-batch", "web", "\x1b]0;pwned\x07", ""]


@pytest.mark.parametrize("bad", [-1, 21, None])
def test_max_examples_out_of_range_is_sn003(constructed: str, bad: int | None) -> None:
    with psycopg.connect(constructed) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute("SELECT * FROM stagenorm.consumer_report(NULL, %s)", (bad,))
    assert caught.value.sqlstate == "SN003"
    assert caught.value.diag.message_hint


def test_zero_examples(constructed: str) -> None:
    assert all(r["examples"] == [] for r in report(constructed, examples=0))


def test_client_text_cannot_drive_the_terminal(constructed: str) -> None:
    done = stagenorm("consumers", "--examples", "5", env={"DATABASE_URL": constructed})
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\\x1b]0;pwned\\x07" in done.stdout
    assert "'\\x1b[31mred\\x1b[0m\\x0anext' x1 unknown" in done.stdout
    assert "(unset)" in done.stdout
    body = done.stdout.splitlines()
    assert all(not line.startswith("next") for line in body)
    document = json.loads(stagenorm("consumers", "--json", env={"DATABASE_URL": constructed}).stdout)
    assert "\x1b]0;pwned\x07" in {c["application_name"] for c in document["consumers"]}  # JSON keeps it exact


def test_a_huge_label_is_shortened_in_the_table(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        put(conn, "web", "app", "unknown", "q" * 200, 1, T0)
    done = stagenorm("consumers", env={"DATABASE_URL": db_url})
    assert "'" + "q" * (consumers.LABEL_WIDTH - 1) + "…' x1 unknown" in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--since", "yesterday"], "neither a duration nor a time"),
     (["--since", "5 parsecs"], "neither a duration nor a time"),
     (["--examples", "21"], "--examples must be 0-20"),
     (["--examples", "-1"], "--examples must be 0-20")],
)
def test_bad_options_say_what_to_do(db_url: str, args: list[str], message: str) -> None:
    done = stagenorm("consumers", *args, env={"DATABASE_URL": db_url})
    assert done.returncode == 2
    assert message in done.stderr
    assert "hint:" in done.stderr


def test_without_database_url() -> None:
    done = stagenorm("consumers", env={})
    assert done.returncode == 2
    assert "DATABASE_URL is not set" in done.stderr


def test_parse_since_with_time_passed_in() -> None:
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert consumers.parse_since("24h", now) == now - timedelta(hours=24)
    assert consumers.parse_since("7d", now) == now - timedelta(days=7)
    assert consumers.parse_since("30m", now) == now - timedelta(minutes=30)
    assert consumers.parse_since(" 2W ", now) == now - timedelta(weeks=2)
    assert consumers.parse_since("2026-11-01T00:00:00", now) == datetime(2026, 11, 1, tzinfo=UTC)
    assert consumers.parse_since("2026-11-01T00:00:00+02:00", now) == datetime(2026, 10, 31, 22, tzinfo=UTC)
    assert consumers.parse_since(None, now) is None
    assert consumers.parse_since("", now) is None
    with pytest.raises(InvalidArgument):
        consumers.parse_since("1y", now)


def test_a_role_without_stagenorm_admin_gets_one_clear_line(enforced: str) -> None:
    done = stagenorm("consumers", env={"DATABASE_URL": as_role(enforced, "crm_sync")})
    assert done.returncode == 2
    assert done.stderr.startswith("stagenorm: permission denied for table label_writer")
    assert "Traceback" not in done.stderr
    with psycopg.connect(enforced, autocommit=True) as conn:
        conn.execute("GRANT stagenorm_admin TO crm_sync")
    try:
        done = stagenorm("consumers", env={"DATABASE_URL": as_role(enforced, "crm_sync")})
        assert done.returncode == 0, done.stderr
    finally:
        with psycopg.connect(enforced, autocommit=True) as conn:
            conn.execute("REVOKE stagenorm_admin FROM crm_sync")
