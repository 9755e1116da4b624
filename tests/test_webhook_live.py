"""`stagenorm serve` for real: gunicorn workers, pre-flight refusal, concurrency, raw HTTP edge cases.

:func:`serve_process` is shared with the OpenAPI and Alertmanager end-to-end tests.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from stagenorm import embedded
from stagenorm.web import ops_client, signing
from tests import harness

REPO = Path(__file__).resolve().parents[1]
SECRET = "whsec_" + base64.b64encode(b"L" * 32).decode()
TOKEN = "live_" + "k" * 40
MODE = "/ops/stage-validation-mode"
AM = "/ops/alertmanager"


@dataclass
class Live:
    url: str
    port: int
    proc: subprocess.Popen[bytes]
    log: Path
    db_url: str

    def log_lines(self) -> list[dict[str, Any]]:
        lines = []
        for raw in self.log.read_text("utf-8", "replace").splitlines():
            with contextlib.suppress(ValueError):
                lines.append(json.loads(raw))
        return lines

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, timeout: float = 30) -> tuple[int, Any]:
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                raw, status, ctype = response.read(), response.status, response.headers["Content-Type"]
        except urllib.error.HTTPError as exc:
            raw, status, ctype = exc.read(), exc.code, exc.headers["Content-Type"]
        return status, json.loads(raw) if ctype and ctype.startswith("application/json") else raw.decode()

    def signed(self, method: str, path: str, document: Any, msg_id: str | None = None) -> tuple[int, Any]:
        body = json.dumps(document).encode()
        headers = signing.sign(body, SECRET, msg_id=msg_id or f"msg_{time.monotonic_ns()}",
                               timestamp=int(time.time()))
        return self.request(method, path, body, {**headers, "Content-Type": "application/json"})

    def sql(self, query: str, *args: Any) -> list[dict[str, Any]]:
        with psycopg.connect(self.db_url, row_factory=dict_row, autocommit=True) as conn:
            cur = conn.execute(query, args or None)
            return cur.fetchall() if cur.description else []


def server_env(db_url: str, redis_url: str | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PROMETHEUS_", "STAGENORM_", "ALERTMANAGER_", "STAGE_VALIDATION"))}
    env.update({"DATABASE_URL": db_url, "ALERTMANAGER_WEBHOOK_SECRET": SECRET,
                "ALERTMANAGER_WEBHOOK_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"})
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(extra)
    return env


def start_serve(env: dict[str, str], port: int, log: Path, workers: int = 2) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "stagenorm.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--workers", str(workers)],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
        )


def stop(proc: subprocess.Popen[bytes]) -> None:
    embedded.terminate(proc, grace=30)


@contextlib.contextmanager
def serve_process(db_url: str, redis_url: str | None, workers: int = 2, **extra: str) -> Iterator[Live]:
    """`stagenorm serve` on a free port, ready (``/healthz`` answers) when this yields."""
    port = harness.free_port()
    with tempfile.TemporaryDirectory(prefix="stagenorm-serve-") as tmp:
        log = Path(tmp) / "serve.log"
        proc = start_serve(server_env(db_url, redis_url, **extra), port, log, workers)
        live = Live(url=f"http://127.0.0.1:{port}", port=port, proc=proc, log=log, db_url=db_url)
        try:
            def up() -> bool:
                if proc.poll() is not None:
                    raise AssertionError(f"stagenorm serve exited {proc.returncode}: {log.read_text()}")
                return live.request("GET", "/healthz", timeout=2)[0] == 200

            try:
                harness.wait_until(up, 60, "stagenorm serve")
            except harness.ServiceUnavailable as exc:
                raise AssertionError(f"{exc}; log: {log.read_text()}") from exc
            yield live
        finally:
            stop(proc)


@contextlib.contextmanager
def module_database(pg_server: harness.PostgresServer, template_db: str, name: str) -> Iterator[str]:
    from tests.conftest import create_database, drop_database

    url = create_database(pg_server, f"{name}_{os.getpid()}", template_db)
    try:
        yield url
    finally:
        drop_database(pg_server, f"{name}_{os.getpid()}")


@pytest.fixture(scope="module")
def live(pg_server: harness.PostgresServer, template_db: str,
         redis_server: harness.RedisServer) -> Iterator[Live]:
    """One server for the module (starting gunicorn costs seconds); tests compare with the
    state they found, never with an empty database."""
    with module_database(pg_server, template_db, "stagenorm_live") as url, \
            serve_process(url, redis_server.url, workers=3, STAGENORM_MAX_BODY_BYTES="1024") as server:
        yield server


def set_mode(live: Live, mode: str) -> None:
    """Through a signed PUT: the workers' mode caches follow (a change made in psql reaches
    them only when their cache expires)."""
    status, answer = live.signed("PUT", MODE, {"mode": mode, "actor": "test", "reason": "setup"})
    assert status == 200, answer


def audit_count(live: Live) -> int:
    return int(live.sql("SELECT count(*) AS n FROM stagenorm.mode_audit")[0]["n"])


def test_serve_answers_and_logs_json(live: Live) -> None:
    set_mode(live, "enforce")
    status, body = live.request("GET", MODE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 200 and body["mode"] == "enforce"
    harness.wait_until(lambda: any(line.get("event") == "webhook_request" for line in live.log_lines()),
                       10, "the request's log line")
    text = live.log.read_text()
    assert TOKEN not in text and SECRET[6:] not in text
    assert any(line.get("logger", "").startswith("gunicorn") for line in live.log_lines())


def test_two_concurrent_signed_flips_both_applied_in_order(live: Live) -> None:
    set_mode(live, "enforce")
    before = audit_count(live)
    for round_ in range(4):
        barrier = threading.Barrier(2)
        answers: dict[str, tuple[int, Any]] = {}

        def flip(mode: str, name: str, n: int = round_, barrier: threading.Barrier = barrier,
                 answers: dict[str, tuple[int, Any]] = answers) -> None:
            barrier.wait(10)
            answers[name] = live.signed("PUT", MODE, {"mode": mode, "actor": name, "reason": f"round {n}"})

        threads = [threading.Thread(target=flip, args=("warn", "alice")),
                   threading.Thread(target=flip, args=("off", "bob"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert answers["alice"][0] == 200 and answers["alice"][1]["applied"] is True
        assert answers["bob"][0] == 200 and answers["bob"][1]["applied"] is True
    audit = live.sql("SELECT old_mode, new_mode, actor FROM stagenorm.mode_audit ORDER BY id OFFSET %s", before)
    assert len(audit) == 8
    for earlier, later in itertools.pairwise(audit):
        assert later["old_mode"] == earlier["new_mode"]  # each saw the one before it: serialized
    assert live.sql("SELECT stagenorm.current_mode() AS m")[0]["m"] == audit[-1]["new_mode"]


def test_same_delivery_sent_concurrently_is_applied_once(live: Live) -> None:
    set_mode(live, "enforce")
    body = json.dumps({"mode": "off", "actor": "dave", "reason": "twice at once"}).encode()
    headers = {**signing.sign(body, SECRET, msg_id="msg_concurrent", timestamp=int(time.time())),
               "Content-Type": "application/json"}
    barrier = threading.Barrier(3)
    answers: list[tuple[int, Any]] = []

    def send() -> None:
        barrier.wait(10)
        answers.append(live.request("PUT", MODE, body, headers))

    threads = [threading.Thread(target=send) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(a[0] for a in answers) == [200, 200, 200]
    assert sorted(a[1]["applied"] for a in answers) == [False, False, True]
    assert len(live.sql("SELECT 1 FROM stagenorm.mode_audit WHERE actor = 'dave'")) == 1


def test_ha_pair_notifications_at_once_are_applied_once(live: Live) -> None:
    set_mode(live, "enforce")
    before = len(live.sql("SELECT 1 FROM stagenorm.mode_audit WHERE source = 'alertmanager'"))
    alert = {"status": "firing", "labels": {"alertname": "EnforceGateUnknownRateHigh"}, "annotations": {},
             "startsAt": "2026-11-28T10:00:00Z", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "ha01"}
    barrier = threading.Barrier(2)
    answers: list[tuple[int, Any]] = []

    def member(name: str) -> None:
        body = json.dumps({"version": "4", "status": "firing", "receiver": name, "groupKey": "{}:{ha}",
                           "alerts": [alert], "externalURL": f"http://{name}:9093"}).encode()
        barrier.wait(10)
        answers.append(live.request("POST", AM, body, {"Authorization": f"Bearer {TOKEN}"}))

    threads = [threading.Thread(target=member, args=(n,)) for n in ("am-0", "am-1")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted((a[0], a[1]["applied"], a[1]["duplicate"]) for a in answers) == [
        (200, False, True), (200, True, False)]
    assert len(live.sql("SELECT 1 FROM stagenorm.mode_audit WHERE source = 'alertmanager'")) == before + 1


def _raw_http(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while True:
            data = sock.recv(65536)
            if not data:
                break
            chunks.append(data)
    return b"".join(chunks)


def test_oversized_content_length_is_refused_before_reading(live: Live) -> None:
    request = (f"PUT {MODE} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               f"Content-Length: {10**9}\r\nConnection: close\r\n\r\n").encode()
    answer = _raw_http(live.port, request)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "too_large"


def test_oversized_chunked_stream_is_cut_at_the_limit(live: Live) -> None:
    chunk = b"x" * 2048  # the server's limit is 1024; the terminating chunk is never sent
    request = (f"POST {AM} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode()
    request += f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    answer = _raw_http(live.port, request)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def test_metrics_add_up_every_worker(live: Live) -> None:
    for _ in range(12):
        assert live.request("GET", "/healthz")[0] == 200
    status, text = live.request("GET", "/metrics")
    assert status == 200
    match = re.search(r'stagenorm_webhook_requests_total\{(?=[^}]*route="/healthz")(?=[^}]*outcome="ok")'
                      r'[^}]*\} ([0-9.e+]+)', text)
    assert match is not None
    # The readiness wait polled /healthz too; these 12 are on top of those, across workers.
    assert float(match.group(1)) >= 12
    assert "python_gc_objects_collected_total" not in text  # the multi-process collector answered


def test_ops_client_sends_a_signed_change_and_retries_idempotently(live: Live) -> None:
    set_mode(live, "enforce")
    answer = ops_client.send_mode_change(live.url, mode="warn", actor="carol", reason="via client",
                                         secret=f"{SECRET} whsec_{base64.b64encode(b'z' * 32).decode()}",
                                         msg_id="msg_client")
    assert answer["applied"] is True and answer["mode"] == "warn"
    again = ops_client.send_mode_change(live.url, mode="warn", actor="carol", reason="via client",
                                        secret=SECRET, msg_id="msg_client")
    assert again["duplicate"] is True
    with pytest.raises(ops_client.WebhookRequestFailed) as refused:
        ops_client.send_mode_change(live.url, mode="strict", actor="carol", reason="x", secret=SECRET)
    assert refused.value.status == 422
    with pytest.raises(ops_client.WebhookRequestFailed) as forged:
        ops_client.send_mode_change(live.url, mode="off", actor="eve", reason="x",
                                    secret="whsec_" + base64.b64encode(b"e" * 32).decode())
    assert forged.value.status == 401
    assert live.sql("SELECT stagenorm.current_mode() AS m")[0]["m"] == "warn"


def test_ops_client_unreachable() -> None:
    slept: list[float] = []
    with pytest.raises(ops_client.WebhookRequestFailed, match="cannot reach"):
        ops_client.send_mode_change(f"http://127.0.0.1:{harness.free_port()}", mode="warn", actor="a",
                                    reason="r", secret=SECRET, timeout=2, sleep=slept.append)
    assert slept == [0.5, 1.0]  # three attempts, backing off, with the same delivery id
    with pytest.raises(ops_client.WebhookRequestFailed):
        ops_client.send_mode_change("ftp://x", mode="warn", actor="a", reason="r", secret=SECRET)
    with pytest.raises(ops_client.WebhookRequestFailed):
        ops_client.send_mode_change("http://x", mode="warn", actor="a", reason="r", secret="  ")


def test_serve_refuses_to_start_on_a_preflight_error(live: Live) -> None:
    env = server_env(live.db_url, None, STAGE_VALIDATION_MODE="bogus")
    done = subprocess.run(
        [sys.executable, "-m", "stagenorm.cli", "serve", "--port", str(harness.free_port())],
        cwd=REPO, env=env, capture_output=True, timeout=120, check=False,
    )
    assert done.returncode == 1, done.stderr
    lines = [json.loads(line) for line in done.stderr.decode().splitlines()]
    problems = [line for line in lines if line["event"] == "preflight_problem"]
    assert any(p["severity"] == "error" and p["subject"] == "STAGE_VALIDATION_MODE" for p in problems)
    assert any(p["severity"] == "warning" and p["subject"] == "REDIS_URL" for p in problems)
    assert lines[-1]["event"] == "serve_refused"
    assert not any("gunicorn" in line.get("logger", "") for line in lines)  # never started


def test_serve_refuses_a_secret_that_does_not_decode(live: Live) -> None:
    env = server_env(live.db_url, None, ALERTMANAGER_WEBHOOK_SECRET="whsec_" + "!" * 40)
    done = subprocess.run(
        [sys.executable, "-m", "stagenorm.cli", "serve", "--port", str(harness.free_port())],
        cwd=REPO, env=env, capture_output=True, timeout=120, check=False,
    )
    assert done.returncode == 1
    assert b"not base64" in done.stderr and b"!!!!" not in done.stderr


def test_serve_starts_with_warnings_logged(live: Live) -> None:
    with serve_process(live.db_url, None, workers=1) as server:
        problems = [line for line in server.log_lines() if line.get("event") == "preflight_problem"]
        assert problems and all(p["severity"] == "warning" for p in problems)
        assert any(p["subject"] == "REDIS_URL" for p in problems)


def test_gunicorn_webhook_wsgi_app(live: Live, tmp_path: Path) -> None:
    """`gunicorn stagenorm.web.wsgi:app`, the entry point for those who run gunicorn themselves."""
    port = harness.free_port()
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    db_url = live.db_url
    env = server_env(db_url, None, PROMETHEUS_MULTIPROC_DIR=str(metrics_dir))
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "stagenorm.web.wsgi:app", "-b", f"127.0.0.1:{port}",
                                 "-w", "1"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        live = Live(url=f"http://127.0.0.1:{port}", port=port, proc=proc, log=log, db_url=db_url)

        def up() -> bool:
            if proc.poll() is not None:
                raise AssertionError(log.read_text())
            return live.request("GET", "/healthz", timeout=2)[0] == 200

        harness.wait_until(up, 60, "gunicorn stagenorm.web.wsgi:app")
        status, body = live.request("GET", MODE, headers={"Authorization": f"Bearer {TOKEN}"})
        assert status == 200 and body["mode"] in {"off", "warn", "enforce"}
        assert live.signed("PUT", MODE, {"mode": "off", "actor": "wsgi", "reason": "entry point"})[0] == 200
        assert live.sql("SELECT stagenorm.current_mode() AS m")[0]["m"] == "off"
    finally:
        stop(proc)



def metrics_dirs(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.glob("stagenorm-metrics-*"))


def serve_until_exit(env: dict[str, str], port: int, timeout: float = 120) -> tuple[int, str]:
    """`stagenorm serve` run to its end: exit status and output."""
    done = subprocess.run(
        [sys.executable, "-m", "stagenorm.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout, check=False,
    )
    return done.returncode, done.stdout.decode()


def test_serve_removes_its_metrics_directory_however_it_ends(live: Live, tmp_path: Path) -> None:
    """Stopped after serving, refused by pre-flight, or unable to bind its port: no directory left."""
    with serve_process(live.db_url, None, TMPDIR=str(tmp_path)) as server:
        assert len(metrics_dirs(tmp_path)) == 1  # in use while it serves
    assert server.proc.returncode == 0 and metrics_dirs(tmp_path) == []

    env = server_env(live.db_url, None, TMPDIR=str(tmp_path))
    status, out = serve_until_exit({**env, "STAGE_VALIDATION_MODE": "bogus"}, harness.free_port())
    assert status == 1 and "serve_refused" in out, out
    assert metrics_dirs(tmp_path) == []

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        status, out = serve_until_exit(env, taken.getsockname()[1])  # gunicorn tries 5 times, 1 s apart
    assert status != 0 and "in use" in out, out
    assert metrics_dirs(tmp_path) == []


def test_serve_terminated_during_preflight_removes_its_metrics_directory(live: Live, tmp_path: Path) -> None:
    """SIGTERM while pre-flight waits for a database that never answers: exit 143, nothing left."""
    with socket.socket() as silent:  # accepts connections, says nothing
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        silent.settimeout(60)
        env = server_env(f"postgresql://x@127.0.0.1:{silent.getsockname()[1]}/x?connect_timeout=60", None,
                         TMPDIR=str(tmp_path))
        proc = subprocess.Popen(
            [sys.executable, "-m", "stagenorm.cli", "serve", "--port", str(harness.free_port())],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            conn, _ = silent.accept()  # pre-flight is connecting now
            with conn:
                assert len(metrics_dirs(tmp_path)) == 1
                proc.terminate()
                out, _ = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 143, out
    assert metrics_dirs(tmp_path) == []
