"""The test harness itself: where servers come from, clean-up, and clear errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import redis

from stagenorm import embedded
from tests import harness


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_selection_order() -> None:
    assert harness.choose_origin("postgresql://x/y", lambda: True) == "env"
    assert harness.choose_origin(None, lambda: True) == "docker"
    assert harness.choose_origin("", lambda: False) == "local"


def test_env_url_that_does_not_answer_is_a_clear_error() -> None:
    port = harness.free_port()
    env = {"STAGENORM_TEST_DATABASE_URL": f"postgresql://postgres@127.0.0.1:{port}/postgres"}
    with pytest.raises(harness.ServiceUnavailable, match="does not answer"), harness.postgres_server(env=env):
        pass


def test_no_binaries_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(embedded, "find_pg_bindir", lambda: None)
    with pytest.raises(harness.ServiceUnavailable, match="apt-get install postgresql-15"):
        harness.start_local_postgres(tmp_path)
    monkeypatch.setattr(embedded.shutil, "which", lambda name: None)
    with pytest.raises(harness.ServiceUnavailable, match="apt-get install redis-server"):
        harness.start_local_redis(tmp_path)


def test_local_servers_are_stopped_and_removed_even_when_the_body_fails() -> None:
    seen: dict[str, object] = {}
    with (
        pytest.raises(RuntimeError, match="boom"),
        harness.redis_server(env={}, docker=lambda: False) as redis_srv,
        harness.postgres_server(env={}, docker=lambda: False) as pg_srv,
    ):
        seen["redis_port"] = int(redis_srv.url.rsplit(":", 1)[1].split("/")[0])
        seen["pg_port"] = int(pg_srv.url.split(":")[2].split("/")[0])
        assert port_open(seen["redis_port"])  # type: ignore[arg-type]
        assert port_open(seen["pg_port"])  # type: ignore[arg-type]
        raise RuntimeError("boom")
    assert not port_open(seen["redis_port"])  # type: ignore[arg-type]
    assert not port_open(seen["pg_port"])  # type: ignore[arg-type]


def redis_answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


HOLD = '''
import signal

def test_hold(pg_server, redis_server):
    print("SERVERS", pg_server.url, redis_server.url, flush=True)
    signal.pause()  # until the SIGTERM the test sends
'''


def test_a_terminated_test_run_stops_the_servers_it_started(tmp_path: Path) -> None:
    """SIGTERM to pytest: the session's PostgreSQL and Redis stop with it, none left behind."""
    (tmp_path / "test_hold.py").write_text(HOLD)
    env = {k: v for k, v in os.environ.items() if not k.startswith("STAGENORM_TEST_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-s", "-q", "-p", "no:cacheprovider",
         str(tmp_path / "test_hold.py")],
        cwd=harness.REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert proc.stdout is not None
        seen = []
        for line in proc.stdout:
            seen.append(line)
            if line.startswith("SERVERS"):
                break
        else:
            raise AssertionError("".join(seen))
        _, pg_url, redis_url = line.split()
        assert harness.postgres_answers(pg_url) and redis_answers(redis_url)
        proc.terminate()
        out = proc.communicate(timeout=120)[0]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert "KeyboardInterrupt" in out and "stopped by SIGTERM" in out, out
    assert not harness.postgres_answers(pg_url)
    assert not redis_answers(redis_url)
