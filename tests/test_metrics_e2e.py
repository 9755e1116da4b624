"""A scrape of a running `stagenorm serve` shows exactly what was done (issue 7, "How it is checked").

`stagenorm serve` runs for real (gunicorn, two workers, PROMETHEUS_MULTIPROC_DIR)
against real PostgreSQL and Redis. The test changes the mode through the signed
route and an Alertmanager notification, sends refused requests, and writes rows
through an enforced table (the trigger counts them in the database, the
collector on /metrics exports them). Then /metrics must show those numbers
exactly, added up over both workers.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from prometheus_client.parser import text_string_to_metric_families

from stagenorm.web import signing
from tests import harness
from tests.test_webhook_live import SECRET, TOKEN, Live, serve_process

MODE = "/ops/stage-validation-mode"
AM = "/ops/alertmanager"
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(live: Live) -> Samples:
    status, text = live.request("GET", "/metrics")
    assert status == 200
    found: Samples = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            found[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return found


def value(found: Samples, name: str, **labels: str) -> float:
    return found.get((name, tuple(sorted(labels.items()))), 0.0)


def total(found: Samples, name: str, **labels: str) -> float:
    return sum(v for (n, lbl), v in found.items() if n == name and labels.items() <= dict(lbl).items())


def put_mode(live: Live, mode: str, msg_id: str) -> tuple[int, Any]:
    return live.signed("PUT", MODE, {"mode": mode, "actor": "e2e", "reason": f"to {mode}"}, msg_id=msg_id)


def alertmanager_notification() -> dict[str, Any]:
    alert = {"status": "firing", "labels": {"alertname": "EnforceGateUnknownRateHigh", "severity": "critical"},
             "annotations": {}, "startsAt": "2026-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z",
             "generatorURL": "http://prometheus/graph", "fingerprint": "e2e0000000000001"}
    return {"version": "4", "status": "firing", "receiver": "stagenorm-webhook",
            "groupKey": '{}:{alertname="EnforceGateUnknownRateHigh"}', "truncatedAlerts": 0,
            "groupLabels": {"alertname": "EnforceGateUnknownRateHigh"}, "commonLabels": {},
            "commonAnnotations": {}, "externalURL": "http://alertmanager", "alerts": [alert]}


@pytest.fixture
def live(db_url: str, redis_url: str) -> Iterator[Live]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE deals (id serial PRIMARY KEY, stage text)")
        conn.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage')")
        conn.execute("SELECT stagenorm.set_mode('warn', 'e2e', 'setup', 'sql')")
    # an hour of collector cache: every later scrape must reuse the first answer, in any worker
    with serve_process(db_url, redis_url, workers=2, STAGENORM_DB_METRICS_CACHE_SECONDS="3600") as server:
        yield server


def insert(live: Live, *labels: str) -> None:
    with psycopg.connect(live.db_url, autocommit=True) as conn:
        conn.execute("INSERT INTO deals (stage) SELECT unnest(%s::text[])", [list(labels)])


def rejected(live: Live, label: str) -> None:
    with psycopg.connect(live.db_url, autocommit=True) as conn, pytest.raises(psycopg.Error) as raised:
        conn.execute("INSERT INTO deals (stage) VALUES (%s)", [label])
    assert raised.value.sqlstate == "SN001"


def test_a_scrape_shows_exactly_what_was_done(live: Live) -> None:
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    gets = 0

    def read_mode_until(mode: str) -> None:
        """GET the mode until it is ``mode`` (a worker's cache may lag < 1 s), counting the GETs."""

        def check() -> bool:
            nonlocal gets
            gets += 1
            status, answer = live.request("GET", MODE, headers=bearer)
            assert status == 200
            return bool(answer["mode"] == mode)

        harness.wait_until(check, 30, f"mode {mode} on GET")

    # warn: 2 canonical, 2 written non-canonically, 1 unknown (one statement)
    insert(live, "seed", "series_a", "Series A", "SEED", "zzz not a stage")
    # signed PUT -> enforce
    status, answer = put_mode(live, "enforce", "msg_e2e_1")
    assert (status, answer["applied"], answer["mode"]) == (200, True, "enforce")
    read_mode_until("enforce")
    # enforce: 1 canonical, 1 normalized, 2 rejected (each its own statement)
    insert(live, "series_b", "Series B")
    rejected(live, "nope nope")
    rejected(live, "still not a stage")
    # Alertmanager: a firing gate alert downgrades enforce -> warn
    status, answer = live.request("POST", AM, json.dumps(alertmanager_notification()).encode(),
                                  {**bearer, "Content-Type": "application/json"})
    assert (status, answer["applied"], answer["mode"]) == (200, True, "warn")
    # signed PUTs -> off -> warn, and the replay of one of them
    assert put_mode(live, "off", "msg_e2e_2")[1]["applied"] is True
    assert put_mode(live, "warn", "msg_e2e_3")[1]["applied"] is True
    assert put_mode(live, "warn", "msg_e2e_3")[1]["duplicate"] is True
    # more reads, then refused requests
    read_mode_until("warn")
    read_mode_until("warn")
    for token in ("wrong-token", ""):
        assert live.request("GET", MODE, headers={"Authorization": f"Bearer {token}"})[0] == 401
    body = json.dumps({"mode": "off", "actor": "eve", "reason": "bearer is not enough"}).encode()
    assert live.request("PUT", MODE, body, {**bearer, "Content-Type": "application/json"})[0] == 401
    bad = b"{not json"
    headers = signing.sign(bad, SECRET, msg_id="msg_e2e_bad", timestamp=int(time.time()))
    assert live.request("PUT", MODE, bad, {**headers, "Content-Type": "application/json"})[0] == 400

    found = scrape(live)

    w = "stagenorm_webhook_requests_total"
    assert value(found, w, route=MODE, outcome="ok") == 3 + gets  # 3 applied PUTs and the GETs
    assert value(found, w, route=MODE, outcome="duplicate") == 1
    assert value(found, w, route=MODE, outcome="unauthorized") == 3
    assert value(found, w, route=MODE, outcome="bad_request") == 1
    assert value(found, w, route=AM, outcome="ok") == 1
    assert total(found, w, route=MODE) == 3 + gets + 1 + 3 + 1
    outcomes = {dict(lbl)["outcome"] for (n, lbl) in found if n == w}
    assert outcomes <= {"ok", "duplicate", "unauthorized", "bad_request", "too_large", "error"}

    c = "stagenorm_mode_changes_total"
    assert {dict(lbl)["source"] + ">" + dict(lbl)["to_mode"]: v for (n, lbl), v in found.items() if n == c} == {
        "webhook>enforce": 1, "alertmanager>warn": 1, "webhook>off": 1, "webhook>warn": 1,
    }
    g = "stagenorm_validation_mode"
    assert {m: value(found, g, mode=m) for m in ("off", "warn", "enforce")} == {"off": 0, "warn": 1, "enforce": 0}
    # each GET read the mode once, the duplicate answer read it once more
    assert total(found, "stagenorm_mode_fetch_total") == gets + 1
    assert total(found, "stagenorm_mode_fetch_errors_total") == 0

    d = "stagenorm_db_values_total"
    assert {o: value(found, d, table="public.deals", outcome=o)
            for o in ("validated", "normalized", "unknown", "rejected")} == {
        "validated": 3, "normalized": 3, "unknown": 1, "rejected": 2,
    }
    assert value(found, "stagenorm_db_collector_errors_total") == 0
    assert value(found, "stagenorm_backfill_jobs", status="failed") == 0
    # multi-process mode answered: no per-process label, no scraping worker's own process metrics
    assert not any("pid" in dict(lbl) for _, lbl in found)
    assert not any(n.startswith("python_gc") for n, _ in found)

    # More rows, then concurrent scrapes (they land on both workers): the database is not asked
    # again within the collector's cache time, by any worker, so every scrape shows the first answer.
    insert(live, "seed", "seed", "seed")
    answers: list[float] = []

    def again() -> None:
        answers.append(value(scrape(live), d, table="public.deals", outcome="validated"))

    threads = [threading.Thread(target=again) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert answers == [3] * 8
    queries = [line for line in live.log_lines() if line.get("event") == "db_collector_error"]
    assert queries == []
