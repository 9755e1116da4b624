"""A real prometheus-alertmanager, with only bearer credentials, downgrades enforce to warn.

Alertmanager and amtool are the Debian 0.25 binaries; the webhook is `stagenorm serve`.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import tempfile
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from stagenorm import embedded
from tests import harness
from tests.test_webhook_live import TOKEN, Live, module_database, serve_process, set_mode

REPO = Path(__file__).resolve().parents[1]
DEADLINE = 60  # seconds for an alert to reach the database


def binary(name: str) -> str:
    path = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
    if path is None:
        raise harness.ServiceUnavailable(f"{name} is missing; run: apt-get install prometheus-alertmanager")
    return path


@dataclass
class Alertmanager:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    def amtool(self, *args: str) -> str:
        done = subprocess.run([binary("amtool"), *args, f"--alertmanager.url={self.url}"],
                              capture_output=True, text=True, timeout=30, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout


def config(webhook: str, token_file: Path) -> dict[str, object]:
    return {
        "route": {"receiver": "stagenorm", "group_by": ["alertname"], "group_wait": "0s",
                  "group_interval": "1s", "repeat_interval": "1h"},
        "receivers": [{
            "name": "stagenorm",
            "webhook_configs": [{
                "url": webhook + "/ops/alertmanager",
                "send_resolved": True,
                "http_config": {"authorization": {"type": "Bearer", "credentials_file": str(token_file)}},
            }],
        }],
    }


@contextlib.contextmanager
def alertmanager(webhook: str, token: str, workdir: Path, name: str = "am") -> Iterator[Alertmanager]:
    home = workdir / name
    home.mkdir()
    token_file = home / "token"
    token_file.write_text(token + "\n")
    token_file.chmod(0o400)
    config_file = home / "alertmanager.yml"
    config_file.write_text(yaml.safe_dump(config(webhook, token_file)))
    port = harness.free_port()
    log = home / "alertmanager.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [binary("prometheus-alertmanager"), f"--config.file={config_file}",
             f"--storage.path={home / 'data'}", f"--web.listen-address=127.0.0.1:{port}",
             "--cluster.listen-address=", "--log.level=debug"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        def ready() -> bool:
            if proc.poll() is not None:
                raise AssertionError(f"alertmanager exited: {log.read_text()}")
            with urllib.request.urlopen(url + "/-/ready", timeout=2) as answer:
                return bool(answer.status == 200)

        harness.wait_until(ready, 30, "prometheus-alertmanager")
        yield Alertmanager(url=url, proc=proc, log=log)
    finally:
        embedded.terminate(proc, grace=15)


@pytest.fixture
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="stagenorm-am-") as tmp:
        yield Path(tmp)


@pytest.fixture(scope="module")
def server(pg_server: harness.PostgresServer, template_db: str,
           redis_server: harness.RedisServer) -> Iterator[Live]:
    with module_database(pg_server, template_db, "stagenorm_am_e2e") as url, \
            serve_process(url, redis_server.url, workers=2) as live:
        yield live


@pytest.fixture
def live(server: Live) -> Live:
    """The module's server, in enforce (set through the webhook, so every worker's cache follows)."""
    set_mode(server, "enforce")
    return server


def mode(live: Live) -> str:
    return str(live.sql("SELECT stagenorm.current_mode() AS m")[0]["m"])


def outcomes(live: Live) -> list[str]:
    """The outcome of every request to /ops/alertmanager so far, from the server's JSON log."""
    return [line["outcome"] for line in live.log_lines()
            if line.get("event") == "webhook_request" and line.get("route") == "/ops/alertmanager"]


def alertmanager_audit(live: Live) -> list[dict[str, object]]:
    return live.sql("SELECT old_mode, new_mode, actor, source, reason FROM stagenorm.mode_audit "
                    "WHERE source = 'alertmanager' ORDER BY id")


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_stock_alertmanager_with_bearer_downgrades_enforce_to_warn(live: Live, workdir: Path) -> None:
    seen, audited = len(outcomes(live)), len(alertmanager_audit(live))
    with alertmanager(live.url, TOKEN, workdir) as am:
        started = datetime.now(UTC) - timedelta(seconds=5)
        am.amtool("alert", "add", "EnforceGateUnknownRateHigh", "severity=critical", "service=stagenorm",
                  "--annotation=summary=unknown stage labels above the gate", f"--start={rfc3339(started)}")
        harness.wait_until(lambda: mode(live) == "warn", DEADLINE, "the downgrade to warn")
        audit = alertmanager_audit(live)[audited:]
        assert len(audit) == 1
        assert (audit[0]["old_mode"], audit[0]["new_mode"], audit[0]["actor"]) == (
            "enforce", "warn", "alertmanager")
        assert re.search(r"EnforceGateUnknownRateHigh \(fingerprint [0-9a-f]{16}\)", str(audit[0]["reason"]))

        # Resolving the alert sends a resolved notification: it never promotes back.
        am.amtool("alert", "add", "EnforceGateUnknownRateHigh", "severity=critical", "service=stagenorm",
                  f"--start={rfc3339(started)}", f"--end={rfc3339(datetime.now(UTC) - timedelta(seconds=1))}")
        harness.wait_until(lambda: "ignored" in outcomes(live)[seen:], DEADLINE, "the resolved notification")
        assert mode(live) == "warn"
    assert outcomes(live)[seen:].count("applied") == 1
    assert "bearer_invalid" not in outcomes(live)[seen:]
    assert len(alertmanager_audit(live)) == audited + 1


def test_ha_pair_sends_twice_and_the_mode_changes_once(live: Live, workdir: Path) -> None:
    seen, audited = len(outcomes(live)), len(alertmanager_audit(live))
    with alertmanager(live.url, TOKEN, workdir, "am0") as am0, \
            alertmanager(live.url, TOKEN, workdir, "am1") as am1:
        started = rfc3339(datetime.now(UTC) - timedelta(seconds=5))
        for am in (am0, am1):  # what Prometheus does: the same alert to both members
            am.amtool("alert", "add", "StageValidatorLatencyRegression", "severity=warning",
                      f"--start={started}")
        harness.wait_until(lambda: len(outcomes(live)[seen:]) >= 2, DEADLINE, "both notifications")
        assert sorted(outcomes(live)[seen:seen + 2]) == ["applied", "duplicate"]
        assert mode(live) == "warn"
    assert len(alertmanager_audit(live)) == audited + 1


def test_alertmanager_with_a_wrong_token_changes_nothing(live: Live, workdir: Path) -> None:
    seen = len(outcomes(live))
    with alertmanager(live.url, "wrong-" + TOKEN, workdir) as am:
        am.amtool("alert", "add", "EnforceGateUnknownRateHigh", "severity=critical", "attempt=wrong-token")
        harness.wait_until(lambda: "bearer_invalid" in outcomes(live)[seen:], DEADLINE,
                           "the refused notification")
        assert mode(live) == "enforce"
    assert "wrong-" not in live.log.read_text()


def test_documented_receiver_snippet_is_a_valid_alertmanager_config(workdir: Path) -> None:
    text = (REPO / "docs" / "alertmanager.md").read_text("utf-8")
    block = re.search(r"```yaml\n(# alertmanager.yml\n.*?)```", text, re.DOTALL)
    assert block is not None
    document = yaml.safe_load(block.group(1))
    webhook = document["receivers"][1]["webhook_configs"][0]
    assert webhook["url"].endswith("/ops/alertmanager")
    assert webhook["http_config"]["authorization"]["type"] == "Bearer"
    assert "credentials_file" in webhook["http_config"]["authorization"]
    assert "credentials" not in webhook["http_config"]["authorization"]
    path = workdir / "alertmanager.yml"
    path.write_text(block.group(1))
    done = subprocess.run([binary("amtool"), "check-config", str(path)], capture_output=True, text=True,
                          timeout=30, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
