"""Multi-process mode: real processes write to one PROMETHEUS_MULTIPROC_DIR, one render sees all.

This is what happens under gunicorn: each worker has its own memory, the
counters live in memory-mapped files in the shared directory, and the worker
that answers a scrape adds every worker's samples up (stagenorm.metrics.render).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from stagenorm import metrics
from tests.harness import REPO

WORKER = """
import json, sys
from stagenorm import metrics
plan = json.loads(sys.argv[1])
for (caller, mode), n in plan["validations"]:
    metrics.VALIDATIONS.labels(caller=caller, mode=mode).inc(n)
for seconds in plan["durations"]:
    metrics.VALIDATION_DURATION.labels(caller="python", mode="warn").observe(seconds)
metrics.set_mode_gauge(plan["mode"])
for outcome in plan["webhook"]:
    metrics.WEBHOOK_REQUESTS.labels(route="/ops/stage-validation-mode", outcome=outcome).inc()
print("ready", flush=True)
sys.stdin.read()  # stay alive until the test has scraped
"""


class Worker:
    def __init__(self, directory: Path, plan: dict[str, object]) -> None:
        env = {"PROMETHEUS_MULTIPROC_DIR": str(directory), "PATH": "/usr/bin:/bin"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, json.dumps(plan)], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # blocks until the worker has written its samples
        assert line.strip() == "ready", self.proc.stderr.read() if self.proc.stderr else ""

    def stop(self) -> None:
        self.proc.communicate("", timeout=30)
        assert self.proc.returncode == 0


@pytest.fixture
def multiproc_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "metrics"
    directory.mkdir()
    yield directory
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)


def scrape(directory: Path, monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(directory))
    text = metrics.render([]).decode()
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR")
    found = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            found[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return found


def test_one_render_adds_up_two_live_processes(multiproc_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = Worker(multiproc_dir, {"validations": [[["python", "warn"], 3]], "durations": [0.0004, 0.0004],
                               "mode": "warn", "webhook": ["applied", "bearer_invalid"]})
    b = Worker(multiproc_dir, {"validations": [[["python", "warn"], 4], [["python", "enforce"], 1]],
                               "durations": [0.002], "mode": "enforce",
                               "webhook": ["applied", "signature_expired", "duplicate"]})
    try:
        found = scrape(multiproc_dir, monkeypatch)
    finally:
        a.stop()
        b.stop()

    v = "stagenorm_validations_total"
    assert found[(v, (("caller", "python"), ("mode", "warn")))] == 7
    assert found[(v, (("caller", "python"), ("mode", "enforce")))] == 1
    h = "stagenorm_validation_duration_seconds"
    labels = (("caller", "python"), ("mode", "warn"))
    assert found[(f"{h}_count", labels)] == 3
    assert found[(f"{h}_sum", labels)] == pytest.approx(0.0028)
    assert found[(f"{h}_bucket", (*labels[:1], ("le", "0.0005"), labels[1]))] == 2
    assert found[(f"{h}_bucket", (*labels[:1], ("le", "0.0025"), labels[1]))] == 3
    # the gauge: the value written last by any process (b wrote after a)
    g = "stagenorm_validation_mode"
    assert {m: found[(g, (("mode", m),))] for m in metrics.MODES} == {"off": 0, "warn": 0, "enforce": 1}
    # webhook outcomes are mapped onto the contract's six
    w = "stagenorm_webhook_requests_total"
    route = ("route", "/ops/stage-validation-mode")
    assert found[(w, (("outcome", "ok"), route))] == 2
    assert found[(w, (("outcome", "unauthorized"), route))] == 2
    assert found[(w, (("outcome", "duplicate"), route))] == 1
    # no per-process series leak out (no pid label) and no process metrics of the scraper
    assert all(dict(lbl).keys() <= {"caller", "mode", "le", "route", "outcome"} for _, lbl in found)


def test_counters_survive_the_processes_that_wrote_them(
    multiproc_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that exits (gunicorn recycles them) must not make a counter go down."""
    for n in (2, 5):
        Worker(multiproc_dir, {"validations": [[["sql", "off"], n]], "durations": [], "mode": "off",
                               "webhook": []}).stop()
    found = scrape(multiproc_dir, monkeypatch)
    assert found[("stagenorm_validations_total", (("caller", "sql"), ("mode", "off")))] == 7
    assert found[("stagenorm_validation_mode", (("mode", "off"),))] == 1


def test_single_process_mode_is_used_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    assert metrics.multiprocess_dir() is None
    text = metrics.render([]).decode()
    assert "process_cpu_seconds_total" in text or "python_info" in text  # the default collectors
    assert "process_" not in metrics.render([], stagenorm_only=True).decode()


def test_gauges_have_a_multiprocess_mode() -> None:
    """A gauge without one would export a `pid` label per worker (mode 'all')."""
    for gauge in (metrics.MODE_GAUGE, metrics.BACKFILL_JOBS):
        assert gauge._multiprocess_mode == "mostrecent"
