"""The metric contract against what the code REALLY exports.

tests/test_observability.py checks the rules and the dashboard against a
written table (METRIC_CONTRACT). Here a fresh process exercises every metric
of stagenorm/metrics.py once per label combination of the contract, lets the
database collector read a real database (values counted by a real enforcement
trigger, a backfill job), and prints ``stagenorm.metrics.render()`` - once in
single-process mode and once in multi-process mode, the way ``stagenorm serve``
runs. The text is parsed with prometheus_client's own parser, and:

* the families exported are exactly the contract's (plus the ones listed in
  ADDED_SINCE_CONTRACT, until the contract owner adds them), with the contract's
  types, label names and label values;
* every series name the alert rules, their promtool tests and the Grafana
  dashboard use is a sample name in both renders (``_bucket``, ``_total``...),
  and every label and literal label value they select on really occurs.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from stagenorm import metrics
from tests.harness import REPO
from tests.test_observability import (
    DASHBOARD,
    MATCHER_RE,
    METRIC_CONTRACT,
    METRIC_RE,
    RULE_TESTS,
    RULES,
    SELECTOR_RE,
    SIMPLE_ALTERNATION_RE,
    _dashboard,
    _dashboard_exprs,
    _rules,
)

# Exported by the code but not (yet) in METRIC_CONTRACT; the contract's owner adds them
# there, and then they leave this table (a test fails while a name is in both).
ADDED_SINCE_CONTRACT: dict[str, tuple[str, dict[str, frozenset[str] | None]]] = {
    "stagenorm_db_collector_errors_total": ("counter", {}),
}

FREE_LABEL_VALUE = {"route": "/ops/stage-validation-mode", "table": "public.deals"}

EXERCISE = r"""
import itertools, json, sys
from prometheus_client import Counter, Gauge, Histogram
from stagenorm import metrics
from stagenorm.collector import DbCollector
from tests.test_observability import METRIC_CONTRACT
free = json.loads(sys.argv[2])
for metric in vars(metrics).values():
    if not isinstance(metric, (Counter, Gauge, Histogram)):
        continue
    name = metric._name + ("_total" if isinstance(metric, Counter) else "")
    labels = METRIC_CONTRACT.get(name, (None, {}))[1]
    names = list(metric._labelnames)
    choices = [sorted(labels.get(n) or [free.get(n, "x")]) for n in names]
    for combo in itertools.product(*choices):
        child = metric.labels(*combo) if names else metric
        if isinstance(metric, Counter):
            child.inc()
        elif isinstance(metric, Histogram):
            child.observe(0.0004)
        else:
            child.set(1)
sys.stdout.write(metrics.render([DbCollector(sys.argv[1], ttl=0)]).decode())
"""

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def _render(db_url: str, multiproc_dir: Path | None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PROMETHEUS_MULTIPROC_DIR", "DATABASE_URL")}
    if multiproc_dir is not None:
        env["PROMETHEUS_MULTIPROC_DIR"] = str(multiproc_dir)
    done = subprocess.run([sys.executable, "-c", EXERCISE, db_url, json.dumps(FREE_LABEL_VALUE)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def exported(pg_server: Any, template_db: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The exposition text of both modes, after every metric was exercised."""
    from tests.conftest import create_database, drop_database

    name = "stagenorm_metrics_contract"
    url = create_database(pg_server, name, template_db)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE deals (id integer PRIMARY KEY, stage text)")
            conn.execute("SELECT stagenorm.enforce_stage_column('deals', 'stage')")
            conn.execute("SELECT stagenorm.set_mode('warn', 'test', 'contract test')")
            conn.execute("INSERT INTO deals VALUES (1, 'seed'), (2, 'Series A'), (3, 'no such thing')")
            conn.execute(
                "INSERT INTO stagenorm.backfill_job (table_name, column_name, key_column, key_type, "
                "status, batch_size, rows_scanned) VALUES ('deals', 'stage', 'id', 'integer', 'done', 10, 3)"
            )
        single = _render(url, None)
        directory = tmp_path_factory.mktemp("multiproc")
        multi = _render(url, directory)
    finally:
        drop_database(pg_server, name)
    return {"single": single, "multi": multi}


def _families(text: str) -> dict[str, Any]:
    return {f.name: f for f in text_string_to_metric_families(text)}


def _exposed_name(family: Any) -> str:
    return f"{family.name}_total" if family.type == "counter" else family.name


def _stagenorm_families(text: str) -> dict[str, Any]:
    """stagenorm's families by exposed name; the text format's separate ``x_created`` gauges of a
    counter or histogram ``x`` (single-process mode only) belong to ``x``, not families of their own."""
    families = _families(text)
    return {
        _exposed_name(f): f for n, f in families.items()
        if n.startswith("stagenorm_") and not (n.endswith("_created") and n.removesuffix("_created") in families)
    }


def _sample_names(text: str) -> set[str]:
    return {s.name for f in _families(text).values() for s in f.samples}


def _label_values(text: str) -> dict[str, dict[str, set[str]]]:
    """For each sample name: label name -> the values really exported."""
    out: dict[str, dict[str, set[str]]] = {}
    for family in _families(text).values():
        for s in family.samples:
            per = out.setdefault(s.name, {})
            for k, v in s.labels.items():
                per.setdefault(k, set()).add(v)
    return out


@cache
def _referenced_exprs() -> dict[str, list[str]]:
    tests = yaml.safe_load(RULE_TESTS.read_text(encoding="utf-8"))
    return {
        RULES.name: [r["expr"] for r in _rules()],
        RULE_TESTS.name: [s["series"] for t in tests["tests"] for s in t.get("input_series") or []],
        DASHBOARD.name: _dashboard_exprs(_dashboard()),
    }


MODES = ("single", "multi")


@pytest.mark.parametrize("mode", MODES)
def test_exactly_the_contract_is_exported(exported: dict[str, str], mode: str) -> None:
    found = _stagenorm_families(exported[mode])
    expected = set(METRIC_CONTRACT) | set(ADDED_SINCE_CONTRACT)
    assert set(found) == expected, (
        f"exported but not in the contract: {sorted(set(found) - expected)}; "
        f"in the contract but not exported: {sorted(expected - set(found))}"
    )


def test_added_metrics_are_not_already_in_the_contract() -> None:
    both = set(ADDED_SINCE_CONTRACT) & set(METRIC_CONTRACT)
    assert not both, f"now in METRIC_CONTRACT, remove from ADDED_SINCE_CONTRACT: {sorted(both)}"


def test_exported_constant_matches_reality(exported: dict[str, str]) -> None:
    assert set(metrics.EXPORTED) == set(_stagenorm_families(exported["single"]))
    assert len(metrics.EXPORTED) == len(set(metrics.EXPORTED))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(set(METRIC_CONTRACT) | set(ADDED_SINCE_CONTRACT)))
def test_types_labels_and_values_match_the_contract(exported: dict[str, str], mode: str, name: str) -> None:
    family = _stagenorm_families(exported[mode])[name]
    typ, labels = (METRIC_CONTRACT.get(name) or ADDED_SINCE_CONTRACT[name])
    assert family.type == typ
    assert family.samples, f"{name} has no samples"
    values: dict[str, set[str]] = {}
    for s in family.samples:
        assert set(s.labels) - {"le"} == set(labels), f"{name}: labels {sorted(s.labels)}"
        for k, v in s.labels.items():
            values.setdefault(k, set()).add(v)
    for label, allowed in labels.items():
        if allowed is not None:
            assert values[label] <= allowed, f"{name}{{{label}}}: {sorted(values[label] - allowed)} not allowed"


def test_bounded_label_sets_are_complete(exported: dict[str, str]) -> None:
    """Exercised once per contract value, every allowed value is really exportable."""
    for name, (_typ, labels) in METRIC_CONTRACT.items():
        if name == "stagenorm_db_values_total":
            continue  # the collector's values come from the database, checked in test_collector.py
        family = _stagenorm_families(exported["single"])[name]
        for label, allowed in labels.items():
            if allowed is not None:
                assert {s.labels[label] for s in family.samples} == allowed, (name, label)


def test_database_families_come_from_a_real_database(exported: dict[str, str]) -> None:
    for mode in MODES:
        found = _label_values(exported[mode])
        assert found["stagenorm_db_values_total"]["table"] == {"public.deals"}
        assert found["stagenorm_db_values_total"]["outcome"] == {"validated", "normalized", "unknown", "rejected"}
        assert found["stagenorm_backfill_jobs"]["status"] == {"running", "paused", "failed", "done", "reverted"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("source", [RULES.name, RULE_TESTS.name, DASHBOARD.name])
def test_every_referenced_series_is_really_exported(exported: dict[str, str], mode: str, source: str) -> None:
    names = _sample_names(exported[mode])
    missing = {n for expr in _referenced_exprs()[source] for n in METRIC_RE.findall(expr)} - names
    assert not missing, f"{source} uses series the code does not export in {mode}-process mode: {sorted(missing)}"


@pytest.mark.parametrize("source", [RULES.name, RULE_TESTS.name, DASHBOARD.name])
def test_selected_labels_and_values_really_occur(exported: dict[str, str], source: str) -> None:
    real = _label_values(exported["multi"])
    problems = []
    for expr in _referenced_exprs()[source]:
        for name, body in SELECTOR_RE.findall(expr):
            have = real.get(name, {})
            for label, op, value in MATCHER_RE.findall(body):
                if label in ("job", "instance", "component"):
                    continue  # attached by Prometheus at scrape time
                if label not in have:
                    problems.append(f"{name}: label {label!r} is not exported")
                    continue
                if op in ("=~", "!~") and not SIMPLE_ALTERNATION_RE.fullmatch(value):
                    continue
                base = name.removesuffix("_bucket")
                if (METRIC_CONTRACT.get(base) or ("", {}))[1].get(label, frozenset()) is None:
                    continue  # a free-form label (a route, a table name)
                bad = [v for v in value.split("|") if v and v not in have[label]]
                if bad and op in ("=", "=~"):
                    problems.append(f"{name}: {label}{op}{value!r}: {bad} never exported")
    assert not problems, f"{source}: " + "; ".join(problems)


def test_rules_and_dashboard_use_every_contract_metric_somewhere() -> None:
    """No metric is exported for nobody: each feeds a rule or a dashboard panel."""
    text = " ".join(itertools.chain(_referenced_exprs()[RULES.name], _referenced_exprs()[DASHBOARD.name]))
    used = {n.removesuffix("_bucket").removesuffix("_count").removesuffix("_sum") for n in METRIC_RE.findall(text)}
    unused = set(METRIC_CONTRACT) - used
    assert not unused, f"exported but used by no rule or panel: {sorted(unused)}"


def test_webhook_outcomes_are_mapped_onto_the_contract() -> None:
    allowed = METRIC_CONTRACT["stagenorm_webhook_requests_total"][1]["outcome"]
    assert allowed is not None
    assert set(metrics.WEBHOOK_OUTCOMES) == allowed
    seen = ["ok", "applied", "ignored", "unchanged", "duplicate", "unauthenticated", "bearer_invalid",
            "signature_required", "signature_expired", "signature_invalid", "bad_json", "invalid",
            "not_found", "method_not_allowed", "too_large", "unavailable", "not_ready", "error",
            "something new", "", "\n{}"]
    assert {metrics.webhook_outcome(o) for o in seen} <= allowed
    assert metrics.webhook_outcome("something new") == "error"  # a new failure is never hidden as ok
    assert metrics.webhook_outcome("signature_from_the_future") == "unauthorized"
    assert metrics.webhook_outcome("bearer_invalid") == "unauthorized"
    assert metrics.webhook_outcome("invalid") == "bad_request"
