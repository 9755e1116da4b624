"""Attacks (issue 17, item 5) on the edges of the ops webhook, replayed from the network.

- Two idle, half-sent requests held both sync workers: ``/healthz`` answered after 29.8 s.
- A signed PUT with ``Content-Type: text/plain``, or none, was applied.
- ``webhook/wsgi.py`` skipped the pre-flight: a 1-character bearer token was accepted.
- A ``DATABASE_URL`` whose password has a bad percent-escape was echoed back in full
  (pre-flight output, the serve log, ``/readyz``).

Real ``stagenorm serve`` and real gunicorn on real sockets; every wait is bounded.
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from stagenorm.config import Settings
from stagenorm.exceptions import ConfigurationError
from stagenorm.web.app import create_app
from tests import harness
from tests.test_webhook import MODE, make_env
from tests.test_webhook_live import REPO, Live, serve_process, server_env, stop

HALF_SENT = (
    b"PUT /ops/stage-validation-mode HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: 200\r\n\r\n{\"mode\": "  # and then nothing: the client waits
)


@pytest.fixture
def half_sent(request: pytest.FixtureRequest) -> Iterator[list[socket.socket]]:
    opened: list[socket.socket] = []
    yield opened
    for sock in opened:
        sock.close()


def hold(live: Live, opened: list[socket.socket], data: bytes = HALF_SENT) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", live.port), timeout=30)
    sock.sendall(data)
    opened.append(sock)
    return sock


def test_two_half_sent_requests_do_not_block_healthz(db_url: str, half_sent: list[socket.socket]) -> None:
    """One worker (the fewest there can be) and two clients that stop mid-request."""
    with serve_process(db_url, None, workers=1) as live:
        hold(live, half_sent)
        hold(live, half_sent, b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # headers never finished
        started = time.monotonic()
        status, body = live.request("GET", "/healthz", timeout=10)  # sync workers: 30 s, then a timeout
        assert (status, body) == (200, {"status": "ok"})
        assert time.monotonic() - started < 10
        assert live.proc.poll() is None


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes; the socket's timeout bounds each wait."""
    received = b""
    while True:
        try:
            chunk = sock.recv(4096)
        except ConnectionResetError:
            return received
        if not chunk:
            return received
        received += chunk


def test_a_stalled_client_is_disconnected_after_the_client_timeout(db_url: str,
                                                                    half_sent: list[socket.socket]) -> None:
    with serve_process(db_url, None, workers=1, STAGENORM_CLIENT_TIMEOUT="2") as live:
        body_stalled = hold(live, half_sent)  # headers whole, body stalled: 408 (closed after keep-alive)
        headers_stalled = hold(live, half_sent, b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # closed
        for sock in (body_stalled, headers_stalled):
            sock.settimeout(20)  # the bound of this test; the server's is 2 s
        started = time.monotonic()
        answer = read_until_closed(body_stalled)
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert b'"client_timeout"' in answer
        assert read_until_closed(headers_stalled) == b""
        assert time.monotonic() - started < 20
        assert live.sql("SELECT count(*) AS n FROM stagenorm.mode_audit")[0]["n"] == 0  # nothing applied
        lines = live.log_lines()
        assert any(line.get("event") == "client_timeout" and line.get("level") == "warning" for line in lines)
        assert not any("Socket error" in str(line.get("event")) for line in lines), lines


@pytest.mark.parametrize("content_type", ["text/plain", None, "application/x-www-form-urlencoded",
                                          "application/jsonx"])
def test_a_signed_put_that_is_not_json_is_refused_with_415(db_url: str, redis_url: str,
                                                          content_type: str | None) -> None:
    env = make_env(db_url, redis_url)
    try:
        body = json.dumps({"mode": "off", "actor": "mallory", "reason": "not json"}).encode()
        headers = {} if content_type is None else {"Content-Type": content_type}
        from stagenorm.web import signing
        from tests.test_webhook import SECRET

        signed = signing.sign(body, SECRET, msg_id="msg_ctype_1", timestamp=int(env.clock.now))
        environ = {} if content_type is not None else {"CONTENT_TYPE": ""}
        answer = env.client.open(MODE, method="PUT", data=body, headers={**signed, **headers},
                                 environ_overrides=environ)
        assert answer.status_code == 415, answer.data
        assert answer.json["error"] == "unsupported_media_type"
        assert env.new_audit() == [] and env.new_deliveries() == []  # nothing changed, the id not burnt
        again = env.client.open(MODE, method="PUT", data=body,
                                headers={**signed, "Content-Type": "application/json; charset=utf-8"})
        assert again.status_code == 200 and again.json["applied"] is True
    finally:
        env.close()


def test_the_app_refuses_a_short_token_or_secret_whoever_builds_it() -> None:
    with pytest.raises(ConfigurationError):
        create_app(Settings(database_url="postgresql://x@127.0.0.1:1/x", webhook_token="k"))
    with pytest.raises(ConfigurationError):
        short = "whsec_" + base64.b64encode(b"s" * 16).decode()  # decodes, but 30 characters
        create_app(Settings(database_url="postgresql://x@127.0.0.1:1/x", webhook_secrets=(short,)))


def test_gunicorn_wsgi_runs_the_preflight_and_refuses_a_one_character_token(db_url: str, tmp_path: Path) -> None:
    port = harness.free_port()
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    env = server_env(db_url, None, PROMETHEUS_MULTIPROC_DIR=str(metrics_dir), ALERTMANAGER_WEBHOOK_TOKEN="k")
    done = subprocess.run([sys.executable, "-m", "gunicorn", "stagenorm.web.wsgi:app", "-b", f"127.0.0.1:{port}",
                           "-w", "1"], cwd=REPO, env=env, capture_output=True, timeout=120, check=False)
    output = (done.stdout + done.stderr).decode()
    assert done.returncode != 0, output
    problems = [json.loads(line) for line in output.splitlines()
                if line.startswith("{") and '"preflight_problem"' in line]
    assert any(p["subject"] == "ALERTMANAGER_WEBHOOK_TOKEN" and p["severity"] == "error" for p in problems), output
    with pytest.raises(OSError):  # and nothing ever listened
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


BAD_ESCAPE_PASSWORD = "Sup3r-s3cr%zzt-pw"  # %zz is not a percent-escape: libpq quotes the token


def bad_url(pg_port: int) -> str:
    return f"postgresql://postgres:{BAD_ESCAPE_PASSWORD}@127.0.0.1:{pg_port}/postgres"


def assert_secret_free(text: str) -> None:
    assert BAD_ESCAPE_PASSWORD not in text and "s3cr%zz" not in text, text


def test_a_bad_percent_escape_password_is_never_echoed(pg_server: harness.PostgresServer, tmp_path: Path) -> None:
    url = bad_url(harness.free_port())
    env = server_env(url, None)
    for args in (["preflight"], ["preflight", "--json"], ["backup", "create", "--out", str(tmp_path / "bk")],
                 ["mode", "get"], ["mode", "history"]):
        done = subprocess.run([sys.executable, "-m", "stagenorm.cli", *args], env=env, cwd=REPO,
                              capture_output=True, text=True, timeout=120, check=False)
        assert_secret_free(done.stdout + done.stderr)
        if args != ["mode", "get"]:  # mode get never fails: it answers the default, stale
            assert done.returncode != 0, args
            assert "***" in done.stdout + done.stderr, (args, done.stdout + done.stderr)

    port = harness.free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "stagenorm.cli", "serve", "--host", "127.0.0.1",
                                 "--port", str(port)], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        assert proc.wait(120) == 1
    finally:
        stop(proc)
    text = log.read_text()
    assert '"preflight_problem"' in text and '"DATABASE_URL"' in text
    assert_secret_free(text)

    app = create_app(Settings(database_url=url))
    answer = app.test_client().get("/readyz")
    assert answer.status_code == 503
    assert_secret_free(answer.get_data(as_text=True))
    assert any(p["subject"] == "DATABASE_URL" for p in answer.json["problems"])
