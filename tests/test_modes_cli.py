"""`stagenorm mode ...` as an operator runs it: a subprocess against real servers."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import redis

from tests import harness

SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()


def run(args: list[str], db_url: str, redis_url: str | None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DATABASE_URL": db_url, **env}
    if redis_url:
        environ["REDIS_URL"] = redis_url
    return subprocess.run([sys.executable, "-m", "stagenorm.cli", "mode", *args], capture_output=True,
                          text=True, timeout=60, env=environ, check=False)


def audit(db_url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT old_mode, new_mode, actor, reason, source, forced "
                            "FROM stagenorm.mode_audit ORDER BY id").fetchall()


@pytest.fixture
def silent_socket() -> Iterator[str]:
    """A Redis that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    stop.set()
    thread.join(5)
    for conn in held:
        conn.close()
    server.close()


def test_set_then_get(db_url: str, redis_url: str) -> None:
    done = run(["set", "enforce", "--actor", "alice", "--reason", "rollout step 3"], db_url, redis_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("mode enforce (was warn)")
    log = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert [line["event"] for line in log] == ["stage_validation_mode_change"]
    assert audit(db_url) == [("warn", "enforce", "alice", "rollout step 3", "cli", False)]
    got = run(["get"], db_url, redis_url)
    assert got.returncode == 0, got.stderr
    lines = got.stdout.splitlines()
    assert lines[0] == "enforce"
    assert lines[1] == "source: redis"
    assert lines[3] == "changed by: alice"
    as_json = run(["get", "--json"], db_url, redis_url)
    assert json.loads(as_json.stdout)["mode"] == "enforce"


def test_get_keeps_saying_enforce_through_redis_trouble(db_url: str, redis_url: str,
                                                        redis_server: harness.RedisServer,
                                                        silent_socket: str) -> None:
    assert run(["set", "enforce", "--actor", "alice", "--reason", "x"], db_url, redis_url).returncode == 0
    redis_server.stop()
    try:
        stopped = run(["get"], db_url, redis_url)
    finally:
        redis_server.start()
    empty = run(["get"], db_url, redis_url)  # back, but empty (no persistence)
    # A Redis that never answers must not hang the command: run() gives it 60 s, far more
    # than STAGENORM_REDIS_TIMEOUT allows, and fails the test when it is used up.
    hanging = run(["get"], db_url, silent_socket)
    for done, source in ((stopped, "database"), (empty, "database"), (hanging, "database")):
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[:2] == ["enforce", f"source: {source}"]
    assert redis.Redis.from_url(redis_url).get("stagenorm:mode") is not None  # refilled by the second call


def test_get_without_redis_configured(db_url: str) -> None:
    done = run(["get"], db_url, None)
    assert done.stdout.splitlines()[:2] == ["warn", "source: default"]
    env_default = run(["get"], db_url, None, STAGE_VALIDATION_MODE="enforce")
    assert env_default.stdout.splitlines()[0] == "enforce"


@pytest.mark.parametrize("args", [
    ["set", "ENFORCE", "--actor", "a", "--reason", "r"],
    ["set", "enforce", "--reason", "r"],
    ["set", "enforce", "--actor", "a"],
    ["promote", "off", "--actor", "a", "--reason", "r"],
    ["promote", "enforce", "--actor", "a", "--reason", "r", "--max-unknown-ratio", "2"],
    ["promote", "enforce", "--actor", "a", "--reason", "r", "--min-values", "-5"],
])
def test_bad_arguments(db_url: str, redis_url: str, args: list[str]) -> None:
    done = run(args, db_url, redis_url)
    assert done.returncode == 2
    assert audit(db_url) == []


def test_blank_actor_is_refused_by_the_database(db_url: str, redis_url: str) -> None:
    done = run(["set", "warn", "--actor", "  ", "--reason", "r"], db_url, redis_url)
    assert done.returncode == 2
    assert "actor must be" in done.stderr and "hint:" in done.stderr
    assert audit(db_url) == []


def test_promote_refused_prints_the_failing_numbers(db_url: str, redis_url: str) -> None:
    assert run(["promote", "warn", "--actor", "a", "--reason", "start"], db_url, redis_url).returncode == 0
    done = run(["promote", "enforce", "--actor", "alice", "--reason", "try"], db_url, redis_url)
    assert done.returncode == 1
    assert "refused" in done.stderr
    assert "promotion gate: RED" in done.stderr
    assert "minutes in warn, at least 30 needed" in done.stderr
    assert "0 values in the 30 minutes before, at least 1000 needed" in done.stderr
    gate = run(["gate", "--json"], db_url, redis_url)
    assert gate.returncode == 1 and json.loads(gate.stdout)["green"] is False
    forced = run(["promote", "enforce", "--actor", "alice", "--reason", "incident 42: clients fixed",
                     "--force"], db_url, redis_url)
    assert forced.returncode == 0, forced.stderr
    assert "forced past the promotion gate" in forced.stdout
    assert audit(db_url)[-1] == ("warn", "enforce", "alice", "incident 42: clients fixed", "cli", True)
    again = run(["promote", "enforce", "--actor", "alice", "--reason", "again"], db_url, redis_url)
    assert again.returncode == 0 and again.stdout.startswith("mode unchanged: already enforce")
    history = run(["history"], db_url, redis_url)
    assert "FORCED" in history.stdout.splitlines()[0]


def test_promote_with_smaller_thresholds(db_url: str, redis_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO stagenorm.mode_audit (old_mode, new_mode, actor, reason, source, changed_at) "
                     "VALUES ('off', 'warn', 't', 'constructed', 'test', clock_timestamp() - interval '20 minutes')")
        conn.execute("UPDATE stagenorm.mode_state SET mode = 'warn'")
        conn.execute("INSERT INTO stagenorm.value_count (minute, table_name, validated, unknown) "
                     "SELECT date_trunc('minute', clock_timestamp()) - g * interval '1 minute', 'public.t', 20, 0 "
                     "FROM generate_series(1, 12) AS g")
    done = run(["promote", "enforce", "--actor", "a", "--reason", "small service", "--window-minutes", "10",
                   "--min-values", "150", "--max-unknown-ratio", "0.01"], db_url, redis_url)
    assert done.returncode == 0, done.stderr
    assert audit(db_url)[-1][1:] == ("enforce", "a", "small service", "cli", False)


def test_set_via_the_ops_webhook(db_url: str, redis_url: str) -> None:
    """--via signs the change and sends it to a running webhook, which sets the mode."""
    from werkzeug.serving import make_server

    from stagenorm.config import Settings
    from stagenorm.web.app import create_app

    app = create_app(Settings(database_url=db_url, redis_url=redis_url, webhook_secrets=(SECRET,)))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        done = run(["set", "enforce", "--actor", "alice", "--reason", "via webhook", "--via", url],
                      db_url, redis_url, ALERTMANAGER_WEBHOOK_SECRET=SECRET)
        assert done.returncode == 0, done.stderr
        assert "mode enforce" in done.stdout
        assert audit(db_url) == [("warn", "enforce", "alice", "via webhook", "webhook", False)]
        wrong = run(["set", "off", "--actor", "alice", "--reason", "x", "--via", url], db_url, redis_url,
                       ALERTMANAGER_WEBHOOK_SECRET="whsec_" + base64.b64encode(b"w" * 32).decode())
        assert wrong.returncode == 2
        assert len(audit(db_url)) == 1
    finally:
        server.shutdown()
        thread.join(5)
