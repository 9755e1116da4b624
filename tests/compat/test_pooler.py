"""Through PgBouncer in transaction pooling mode (as Neon's pooled endpoint, Supabase's
pooler and RDS Proxy behave): the application paths work, and the commands that need a
session of their own refuse the pooled URL with one clear message.

PgBouncer runs in front of the session's PostgreSQL 15 (``tests/conftest.py``); each test
gets a fresh migrated database (``db_url``), installed over the direct URL.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg.rows import dict_row

from stagenorm import embedded
from stagenorm.collector import DbCollector
from stagenorm.config import Settings
from stagenorm.exceptions import StageValidationError
from stagenorm.modes import ModeStore
from stagenorm.pooling import PooledConnection, require_direct_connection, session_persists
from stagenorm.validation import validate_stage
from tests import harness
from tests.compat.conftest import REPO
from tests.test_webhook import make_env

Conn = psycopg.Connection[dict[str, Any]]


@pytest.fixture(scope="module")
def bouncer(pg_server: harness.PostgresServer) -> Iterator[embedded.PgBouncer]:
    with tempfile.TemporaryDirectory(prefix="stagenorm-pgbouncer-") as work:
        pooler = embedded.start_pgbouncer(Path(work), pg_server, pool_mode="transaction", pool_size=4)
        try:
            yield pooler
        finally:
            pooler.stop()


def pooled(bouncer: embedded.PgBouncer, db_url: str) -> str:
    return bouncer.url_for(urlsplit(db_url).path.lstrip("/"))


def connect(url: str, **kw: Any) -> Conn:
    return psycopg.connect(url, autocommit=True, row_factory=dict_row, **kw)


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
    return subprocess.run([sys.executable, *args], cwd=REPO, env={**base, **env}, capture_output=True,
                          text=True, timeout=120, check=False)


# --------------------------------------------------------------------------- the refusal


def test_the_probe_tells_a_transaction_pooler_from_a_session(
    pg_server: harness.PostgresServer, bouncer: embedded.PgBouncer, db_url: str, tmp_path: Path
) -> None:
    assert session_persists(db_url) is True
    assert session_persists(pooled(bouncer, db_url)) is False
    # A pooler in session mode keeps one server session per client: as good as direct.
    session_mode = embedded.start_pgbouncer(tmp_path / "session", pg_server, pool_mode="session", pool_size=4)
    try:
        assert session_persists(pooled(session_mode, db_url)) is True
    finally:
        session_mode.stop()
    # A role allowed one connection: B cannot connect, A's reads alone decide (direct).
    limited = f"sn_one_conn_{os.getpid()}"
    with connect(pg_server.url) as admin:
        admin.execute(f'CREATE ROLE "{limited}" LOGIN CONNECTION LIMIT 1')
    try:
        assert session_persists(db_url.replace("postgres@", f"{limited}@", 1)) is True
    finally:
        with connect(pg_server.url) as admin:
            admin.execute(f'DROP ROLE "{limited}"')
    require_direct_connection(db_url, "test")  # no exception
    with pytest.raises(PooledConnection) as refused:
        require_direct_connection(pooled(bouncer, db_url), "stagenorm test")
    assert "stagenorm test needs a direct connection" in refused.value.message
    assert refused.value.hint and "direct" in refused.value.hint


@pytest.mark.parametrize("command", [
    ("-m", "stagenorm.cli", "migrate"),
    ("-m", "alembic", "upgrade", "head"),
    ("-m", "stagenorm.cli", "backfill", "public.deals", "stage", "--quiet"),
    ("-m", "stagenorm.cli", "backup", "create", "--out", "{tmp}"),
    ("-m", "stagenorm.cli", "restore-test", "{tmp}/none.dump"),
], ids=["migrate", "alembic", "backfill", "backup", "restore-test"])
def test_commands_that_need_a_session_refuse_the_pooled_url(
    bouncer: embedded.PgBouncer, db_url: str, tmp_path: Path, command: tuple[str, ...]
) -> None:
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text)")
        conn.execute("INSERT INTO public.deals VALUES (1, 'Series A'), (2, 'seed round')")
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    done = cli(*args, env={"DATABASE_URL": pooled(bouncer, db_url)})
    assert done.returncode != 0
    assert "needs a direct connection" in done.stderr, done.stderr
    assert "hint:" in done.stderr and "Traceback" not in done.stderr, done.stderr
    with connect(db_url) as conn:  # nothing was done
        assert conn.execute("SELECT count(*) AS n FROM stagenorm.backfill_job").fetchone() == {"n": 0}
        assert [r["stage"] for r in conn.execute("SELECT stage FROM public.deals ORDER BY id")] == [
            "Series A", "seed round"]
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- application paths


def test_mode_store_reads_the_database_through_the_pooler(bouncer: embedded.PgBouncer, db_url: str) -> None:
    store = ModeStore(Settings(database_url=pooled(bouncer, db_url), mode_cache_ttl=0.0), subscribe=False)
    try:
        for mode in ("enforce", "off", "warn", "enforce"):
            with connect(db_url) as conn:
                conn.execute("SELECT stagenorm.set_mode(%s, 'tester', 'pooler')", [mode])
            reading = store.get()
            assert (reading.mode, reading.source, reading.stale) == (mode, "database", False)
        change = store.set("warn", "tester", "through the pooler")  # writes go through it too
        assert change is not None and change.new_mode == "warn"
        assert store.get().mode == "warn"
    finally:
        store.close()


def test_validate_stage_follows_the_mode_read_through_the_pooler(
    bouncer: embedded.PgBouncer, db_url: str
) -> None:
    store = ModeStore(Settings(database_url=pooled(bouncer, db_url), mode_cache_ttl=0.0), subscribe=False)
    try:
        store.set("warn", "tester", "pooler")
        assert validate_stage("Series B-2 ext", store=store).value == "series_b"
        assert validate_stage("Seris Qx", store=store).known is False
        store.set("enforce", "tester", "pooler")
        with pytest.raises(StageValidationError):
            validate_stage("Seris Qx", store=store)
    finally:
        store.close()


def test_the_webhook_changes_the_mode_through_the_pooler(bouncer: embedded.PgBouncer, db_url: str) -> None:
    env = make_env(pooled(bouncer, db_url), None, inspect_url=db_url)
    try:
        response = env.put_mode("enforce", actor="alice", reason="through pgbouncer")
        assert response.status_code == 200, response.get_data(as_text=True)
        assert env.mode() == "enforce"
        again = env.client.get("/ops/stage-validation-mode", headers={"Authorization": "Bearer " + "tok_" + "t" * 40})
        assert again.status_code == 200 and again.get_json()["mode"] == "enforce"
        assert [a["new_mode"] for a in env.new_audit()] == ["enforce"]
    finally:
        env.close()


def test_writes_through_the_enforcement_trigger_on_pooled_connections(
    bouncer: embedded.PgBouncer, db_url: str
) -> None:
    """Several client connections interleave on fewer server sessions; each write is
    counted and checked under the mode of record, and application_name reaches label_writer."""
    url = pooled(bouncer, db_url)
    with connect(db_url) as conn:
        conn.execute("CREATE TABLE public.deals (id bigserial PRIMARY KEY, stage text)")
        conn.execute("SELECT stagenorm.enforce_stage_column('public.deals', 'stage')")
        conn.execute("SELECT stagenorm.set_mode('warn', 'tester', 'pooler')")
    clients = [connect(url, prepare_threshold=None, application_name=f"app-{i}") for i in range(6)]
    try:
        for round_no in range(5):
            for i, client in enumerate(clients):
                if i % 2:
                    with client.transaction():
                        client.execute("INSERT INTO public.deals (stage) VALUES (%s), (%s)",
                                       ["Series A", f"Seris Q{round_no}"])
                else:
                    client.execute("INSERT INTO public.deals (stage) VALUES (%s)", ["seed round"])
        with connect(db_url) as conn:
            conn.execute("SELECT stagenorm.set_mode('enforce', 'tester', 'pooler')")
        with pytest.raises(psycopg.Error) as refused:
            clients[0].execute("INSERT INTO public.deals (stage) VALUES ('Seris Qx')")
        assert refused.value.sqlstate == "SN001"
        clients[1].execute("INSERT INTO public.deals (stage) VALUES ('Series B')")
    finally:
        for client in clients:
            client.close()
    with connect(db_url) as conn:
        assert conn.execute("SELECT count(*) AS n FROM public.deals").fetchone() == {"n": 3 * 5 + 3 * 5 * 2 + 1}
        counts = {r["outcome"]: r["n"] for r in conn.execute(
            "SELECT outcome, sum(count)::int AS n FROM stagenorm.value_counts_total() GROUP BY outcome")}
        assert counts.get("unknown") == 15, counts
        writers = {r["application_name"] for r in conn.execute(
            "SELECT application_name FROM stagenorm.label_writer")}
        assert {"app-1", "app-3", "app-5"} <= writers, writers


def test_psycopg_prepared_statements_need_prepare_threshold_none_on_pgbouncer_1_18(
    bouncer: embedded.PgBouncer, db_url: str
) -> None:
    """What docs/poolers.md tells application authors: PgBouncer before 1.21 does not carry
    prepared statements across server sessions, and psycopg prepares a query it ran five
    times. With ``prepare_threshold=None`` the same interleaving works."""
    with bouncer.admin() as admin:
        version = str(admin.execute("SHOW VERSION").fetchone()[0])  # type: ignore[index]
    numbers = tuple(int(n) for n in version.split()[1].split(".")[:2])
    url = pooled(bouncer, db_url)

    def interleave(threshold: int | None) -> str | None:
        with connect(url, prepare_threshold=threshold) as app, connect(url) as other:
            try:
                for _ in range(8):
                    with other.transaction():  # holds the server session app just released
                        other.execute("SELECT 1")
                        app.execute("SELECT stagenorm.normalize_stage(%s) AS k", ["Series A"])
            except psycopg.Error as exc:
                return exc.sqlstate
        return None

    assert interleave(None) is None
    if numbers < (1, 21):
        # prepared statement "_pg3_0" does not exist (26000), or already exists (42P05) on a
        # server session where another client prepared it
        assert interleave(5) in ("26000", "42P05")


def test_the_metrics_collector_leaves_no_setting_on_a_pooled_session(
    bouncer: embedded.PgBouncer, db_url: str
) -> None:
    collector = DbCollector(pooled(bouncer, db_url), ttl=0.0, timeout=1.5)
    snapshot = collector._query(0.0)
    assert snapshot.error is None and snapshot.rows is not None
    with connect(pooled(bouncer, db_url)) as conn:
        settings = [conn.execute("SELECT current_setting('statement_timeout') AS s, "
                                 "current_setting('lock_timeout') AS l").fetchone() for _ in range(4)]
    assert all(s == {"s": "0", "l": "0"} for s in settings), settings


def test_a_role_allowed_later_logs_in_through_the_pooler(
    pg_server: harness.PostgresServer, bouncer: embedded.PgBouncer, db_url: str
) -> None:
    role = f"sn_app_{os.getpid()}"
    with connect(pg_server.url) as admin:
        admin.execute(f'CREATE ROLE "{role}" LOGIN')
    try:
        url = bouncer.url_for(urlsplit(db_url).path.lstrip("/"), role)
        with pytest.raises(psycopg.OperationalError):
            connect(url).close()  # PgBouncer knows only the users of its auth file
        bouncer.allow(role)
        with connect(url) as conn:
            assert conn.execute("SELECT current_user AS u").fetchone() == {"u": role}
    finally:
        with connect(pg_server.url) as admin:
            admin.execute(f'DROP ROLE "{role}"')
