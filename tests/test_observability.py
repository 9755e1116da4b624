"""Checks for the monitoring files under ``observability/``.

* the real ``promtool`` and ``amtool`` accept the rules, the rule unit tests,
  the Prometheus config and the Alertmanager config (a missing binary is a
  failure naming the packages to install, never a skip);
* every metric the rules and the Grafana dashboard reference belongs to the
  metric contract below, or is a recording rule defined in the rules file;
* the alerts the runbook relies on exist, are documented and are unit-tested
  both firing and not firing;
* Alertmanager sends the ``stagenorm_action="downgrade"`` alerts to the ops
  webhook with a bearer token read from a file.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
OBS = REPO / "observability"
RULES = OBS / "prometheus" / "rules" / "stage-validation.yml"
RULE_TESTS = OBS / "prometheus" / "rules" / "stage-validation.test.yml"
PROMETHEUS_CONFIG = OBS / "prometheus" / "prometheus.yml"
ALERTMANAGER_CONFIG = OBS / "alertmanager" / "alertmanager.yml"
DASHBOARD = OBS / "grafana" / "stagenorm-dashboard.json"

INSTALL_HINT = "apt-get install prometheus prometheus-alertmanager"

RUNBOOK_URL = (
    "https://github.com/stagenorm/stagenorm/blob/main/docs/runbooks/stage-normalization-rollout.md"
)

# ---------------------------------------------------------------------------
# The metric contract.
#
# stagenorm/metrics.py must export exactly these metrics, with these types and
# label names (a separate test cross-checks this table against the code's
# registry). Values are (type, {label: allowed values or None for free-form}).
# Counter names include the ``_total`` suffix as exposed.
# ---------------------------------------------------------------------------
_CALLERS = frozenset({"python", "sql", "trigger"})
_MODES = frozenset({"off", "warn", "enforce"})

METRIC_CONTRACT: dict[str, tuple[str, dict[str, frozenset[str] | None]]] = {
    "stagenorm_validation_duration_seconds": ("histogram", {"caller": _CALLERS, "mode": _MODES}),
    "stagenorm_validations_total": ("counter", {"caller": _CALLERS, "mode": _MODES}),
    "stagenorm_unknown_total": ("counter", {"caller": _CALLERS, "mode": _MODES}),
    "stagenorm_rejected_total": ("counter", {"caller": _CALLERS, "mode": _MODES}),
    "stagenorm_normalized_total": ("counter", {"caller": _CALLERS, "mode": _MODES}),
    "stagenorm_db_values_total": (
        "counter",
        {"table": None, "outcome": frozenset({"validated", "normalized", "unknown", "rejected"})},
    ),
    "stagenorm_mode_fetch_total": (
        "counter",
        {"source": frozenset({"cache", "redis", "database", "default"})},
    ),
    "stagenorm_mode_fetch_errors_total": ("counter", {"backend": frozenset({"redis", "database"})}),
    "stagenorm_validation_mode": ("gauge", {"mode": _MODES}),
    "stagenorm_mode_changes_total": (
        "counter",
        {"source": frozenset({"sql", "cli", "webhook", "alertmanager"}), "to_mode": _MODES},
    ),
    "stagenorm_webhook_requests_total": (
        "counter",
        {
            "route": None,
            "outcome": frozenset(
                {"ok", "duplicate", "unauthorized", "bad_request", "too_large", "error"}
            ),
        },
    ),
    "stagenorm_backfill_rows_total": (
        "counter",
        {"kind": frozenset({"scanned", "changed", "unknown"})},
    ),
    "stagenorm_backfill_jobs": (
        "gauge",
        {"status": frozenset({"running", "paused", "failed", "done", "reverted"})},
    ),
}
EXPORTED_METRIC_NAMES = frozenset(METRIC_CONTRACT)

# Labels Prometheus itself attaches to every scraped series.
TARGET_LABELS = frozenset({"job", "instance", "component"})

# Alerts the runbook relies on, with their `for:` and whether they trigger the
# automatic enforce -> warn downgrade.
REQUIRED_ALERTS = {
    "EnforceGateUnknownRateHigh": {"for": "10m", "downgrade": True},
    "StageValidatorLatencyRegression": {"for": "5m", "downgrade": True},
    "RedisModeFetchFailing": {"for": "5m", "downgrade": False},
}

METRIC_RE = re.compile(r"stagenorm_[a-z_]+")
RECORDING_RE = re.compile(r"stagenorm:[a-z0-9_:]+")
SELECTOR_RE = re.compile(r"(stagenorm_[a-z_]+)\s*\{([^}]*)\}")
MATCHER_RE = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"([^"]*)"')
SIMPLE_ALTERNATION_RE = re.compile(r"[a-z_]+(\|[a-z_]+)*")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"`{name}` is not on PATH; install it with: {INSTALL_HINT}")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )


def _assert_ok(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, (
        f"{' '.join(done.args)} exited {done.returncode}\n"
        f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}"
    )


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def _rules() -> list[dict[str, Any]]:
    doc = _load_yaml(RULES)
    return [rule for group in doc["groups"] for rule in group["rules"]]


def _alerts() -> dict[str, dict[str, Any]]:
    return {r["alert"]: r for r in _rules() if "alert" in r}


def _recording_rule_names() -> set[str]:
    return {r["record"] for r in _rules() if "record" in r}


def _dashboard() -> dict[str, Any]:
    with DASHBOARD.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _dashboard_panels(dash: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in dash["panels"]:
        yield panel
        yield from panel.get("panels", [])


def _dashboard_exprs(dash: dict[str, Any]) -> list[str]:
    exprs = [
        t["expr"]
        for panel in _dashboard_panels(dash)
        for t in panel.get("targets", [])
        if "expr" in t
    ]
    exprs += [a["expr"] for a in dash.get("annotations", {}).get("list", []) if "expr" in a]
    exprs += [
        v["query"]
        for v in dash.get("templating", {}).get("list", [])
        if v.get("type") == "query" and isinstance(v.get("query"), str)
    ]
    return exprs


def _contract_name_for(series_name: str) -> str | None:
    """The contract metric a series name belongs to, allowing exposition suffixes."""
    if series_name in EXPORTED_METRIC_NAMES:
        return series_name
    for suffix in ("_bucket", "_sum", "_count", "_created"):
        if series_name.endswith(suffix):
            base = series_name.removesuffix(suffix)
            if base in EXPORTED_METRIC_NAMES:
                return base
            # prometheus_client exposes counter `x_total` as `x_created`
            if suffix == "_created" and f"{base}_total" in EXPORTED_METRIC_NAMES:
                return f"{base}_total"
    return None


def _check_names(exprs: list[str], recording: set[str], where: str) -> None:
    unknown_metrics = set()
    unknown_recordings = set()
    for expr in exprs:
        for name in METRIC_RE.findall(expr):
            if _contract_name_for(name) is None:
                unknown_metrics.add(name)
        for name in RECORDING_RE.findall(expr):
            if name not in recording:
                unknown_recordings.add(name)
    assert (
        not unknown_metrics
    ), f"{where} references metrics outside the contract: {sorted(unknown_metrics)}"
    assert not unknown_recordings, (
        f"{where} references recording rules not defined in {RULES.name}: "
        f"{sorted(unknown_recordings)}"
    )


def _check_selectors(exprs: list[str], where: str) -> None:
    """Label names and literal values used in selectors match the contract."""
    problems = []
    for expr in exprs:
        for name, body in SELECTOR_RE.findall(expr):
            base = _contract_name_for(name)
            if base is None:
                continue  # reported by _check_names
            labels = METRIC_CONTRACT[base][1]
            allowed_names = set(labels) | TARGET_LABELS
            if name.endswith("_bucket"):
                allowed_names.add("le")
            for label, op, value in MATCHER_RE.findall(body):
                if label not in allowed_names:
                    problems.append(f"{name}: unknown label {label!r}")
                    continue
                allowed = labels.get(label)
                if allowed is None:
                    continue
                if op in ("=~", "!~") and not SIMPLE_ALTERNATION_RE.fullmatch(value):
                    continue  # a real regex: nothing literal to compare
                bad = [v for v in value.split("|") if v not in allowed]
                if bad:
                    problems.append(f"{name}: {label}{op}{value!r} uses unknown value(s) {bad}")
    assert not problems, f"{where}: " + "; ".join(problems)


def _alert_tests() -> dict[str, list[dict[str, Any]]]:
    doc = _load_yaml(RULE_TESTS)
    by_alert: dict[str, list[dict[str, Any]]] = {}
    for test in doc["tests"]:
        for case in test.get("alert_rule_test") or []:
            by_alert.setdefault(case["alertname"], []).append(case)
    return by_alert


def _walk_routes(route: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield route
    for child in route.get("routes") or []:
        yield from _walk_routes(child)


def _route_matches_downgrade(route: dict[str, Any]) -> bool:
    if (route.get("match") or {}).get("stagenorm_action") == "downgrade":
        return True
    for matcher in route.get("matchers") or []:
        if re.fullmatch(r'\s*stagenorm_action\s*=\s*"?downgrade"?\s*', matcher):
            return True
    return False


# ---------------------------------------------------------------------------
# (a) the real tools accept the files
# ---------------------------------------------------------------------------
def test_promtool_check_rules() -> None:
    _assert_ok(_run(_binary("promtool"), "check", "rules", str(RULES)))


def test_promtool_test_rules() -> None:
    done = _run(_binary("promtool"), "test", "rules", str(RULE_TESTS))
    _assert_ok(done)
    assert "SUCCESS" in done.stdout


def test_promtool_check_config() -> None:
    done = _run(_binary("promtool"), "check", "config", str(PROMETHEUS_CONFIG))
    _assert_ok(done)
    # the rule file was found through the relative path and checked too
    assert RULES.name in done.stdout + done.stderr


def test_amtool_check_config() -> None:
    _assert_ok(_run(_binary("amtool"), "check-config", str(ALERTMANAGER_CONFIG)))


def test_dashboard_queries_are_valid_promql(tmp_path: Path) -> None:
    """Every dashboard query parses (checked by promtool as recording rules)."""
    exprs = _dashboard_exprs(_dashboard())
    assert exprs
    substitutions = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h"}
    rules = []
    for i, expr in enumerate(exprs):
        for var, value in substitutions.items():
            expr = expr.replace(var, value)
        assert "$" not in expr, f"unsubstituted Grafana variable in {expr!r}"
        rules.append({"record": f"dashboard:query_{i}", "expr": expr})
    rule_file = tmp_path / "dashboard-queries.yml"
    rule_file.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    _assert_ok(_run(_binary("promtool"), "check", "rules", str(rule_file)))


# ---------------------------------------------------------------------------
# (b) only contract metrics and defined recording rules are referenced
# ---------------------------------------------------------------------------
def test_recording_rule_names() -> None:
    recording = _recording_rule_names()
    for name in recording:
        assert RECORDING_RE.fullmatch(name), f"recording rule {name!r} is not stagenorm:..."
    assert {
        "stagenorm:unknown_ratio:rate1m",
        "stagenorm:unknown_ratio:rate5m",
        "stagenorm:validation_duration_seconds:p99_5m",
        "stagenorm:redis_mode_fetch_error_ratio:rate5m",
    } <= recording


def test_p99_recording_rule_expression() -> None:
    rules = {r["record"]: r for r in _rules() if "record" in r}
    expr = " ".join(rules["stagenorm:validation_duration_seconds:p99_5m"]["expr"].split())
    assert expr == (
        "histogram_quantile(0.99, sum by (le) "
        "(rate(stagenorm_validation_duration_seconds_bucket[5m])))"
    )


def test_rules_reference_only_contract_metrics() -> None:
    exprs = [r["expr"] for r in _rules()]
    _check_names(exprs, _recording_rule_names(), RULES.name)
    _check_selectors(exprs, RULES.name)


def test_dashboard_references_only_contract_metrics() -> None:
    exprs = _dashboard_exprs(_dashboard())
    _check_names(exprs, _recording_rule_names(), DASHBOARD.name)
    _check_selectors(exprs, DASHBOARD.name)


def test_rule_unit_tests_use_contract_metrics() -> None:
    doc = _load_yaml(RULE_TESTS)
    series = [s["series"] for t in doc["tests"] for s in t.get("input_series") or []]
    _check_names(series, _recording_rule_names(), RULE_TESTS.name)
    _check_selectors(series, RULE_TESTS.name)


def test_dashboard_covers_every_exported_metric() -> None:
    """Each contract metric is on the dashboard, directly or through a recording rule."""
    rules = {r["record"]: r["expr"] for r in _rules() if "record" in r}
    text = " ".join(_dashboard_exprs(_dashboard()))
    for _ in range(3):  # expand recording rules (they may use each other)
        text += " " + " ".join(expr for name, expr in rules.items() if name in text)
    seen = {c for n in METRIC_RE.findall(text) if (c := _contract_name_for(n)) is not None}
    assert (
        seen >= EXPORTED_METRIC_NAMES
    ), f"not on the dashboard: {sorted(EXPORTED_METRIC_NAMES - seen)}"


# ---------------------------------------------------------------------------
# (c) the alerts exist, are documented and are unit-tested
# ---------------------------------------------------------------------------
def test_required_alerts_exist() -> None:
    alerts = _alerts()
    missing = set(REQUIRED_ALERTS) - set(alerts)
    assert not missing, f"missing alerts: {sorted(missing)}"
    for name, spec in REQUIRED_ALERTS.items():
        assert alerts[name].get("for") == spec["for"], f"{name}: for != {spec['for']}"


@pytest.mark.parametrize("name", sorted(_alerts()))
def test_alert_is_documented(name: str) -> None:
    alert = _alerts()[name]
    labels = alert.get("labels") or {}
    annotations = alert.get("annotations") or {}
    assert labels.get("severity") in {"critical", "warning", "info"}, name
    assert annotations.get("summary"), f"{name}: no summary"
    assert "{{ $value" in annotations.get(
        "description", ""
    ), f"{name}: description does not show the value"
    assert (
        annotations.get("runbook_url") == f"{RUNBOOK_URL}#alert-{name.lower()}"
    ), f"{name}: runbook_url must point to #alert-{name.lower()}"


def test_downgrade_label_only_on_downgrade_alerts() -> None:
    alerts = _alerts()
    expected = {n for n, spec in REQUIRED_ALERTS.items() if spec["downgrade"]}
    labelled = {
        n for n, a in alerts.items() if (a.get("labels") or {}).get("stagenorm_action") is not None
    }
    assert labelled == expected
    for name in expected:
        assert alerts[name]["labels"]["stagenorm_action"] == "downgrade"


@pytest.mark.parametrize("name", sorted(_alerts()))
def test_alert_has_promtool_cases(name: str) -> None:
    """Every alert is unit-tested; the runbook's three both firing and not firing."""
    cases = _alert_tests().get(name, [])
    assert cases, f"{RULE_TESTS.name} has no alert_rule_test for {name}"
    firing = [c for c in cases if c.get("exp_alerts")]
    silent = [c for c in cases if not c.get("exp_alerts")]
    assert firing, f"{name}: no test case where it fires"
    if name in REQUIRED_ALERTS:
        assert silent, f"{name}: no test case where it does not fire"
        for case in firing:
            for exp in case["exp_alerts"]:
                exp_labels = exp.get("exp_labels") or {}
                assert "severity" in exp_labels, f"{name}: test omits severity"


# ---------------------------------------------------------------------------
# (d) Alertmanager routes the downgrade alerts to the ops webhook
# ---------------------------------------------------------------------------
def test_alertmanager_routes_downgrade_to_webhook() -> None:
    config = _load_yaml(ALERTMANAGER_CONFIG)
    root = config["route"]
    assert root.get("receiver"), "no default receiver"
    assert root["receiver"] != "stagenorm-webhook"

    routes = [r for r in _walk_routes(root) if _route_matches_downgrade(r)]
    assert routes, 'no route matches stagenorm_action="downgrade"'
    assert all(r["receiver"] == "stagenorm-webhook" for r in routes)
    assert all("alertname" in (r.get("group_by") or root.get("group_by") or []) for r in routes)

    receivers = {r["name"]: r for r in config["receivers"]}
    assert root["receiver"] in receivers
    hooks = receivers["stagenorm-webhook"]["webhook_configs"]
    assert len(hooks) == 1
    hook = hooks[0]
    assert hook["url"] == "http://webhook:8080/ops/alertmanager"
    assert hook["send_resolved"] is True
    auth = hook["http_config"]["authorization"]
    assert auth["type"] == "Bearer"
    assert auth["credentials_file"] == "/etc/alertmanager/stagenorm-token"
    assert "credentials" not in auth, "the token must not be inline"
    text = ALERTMANAGER_CONFIG.read_text(encoding="utf-8")
    assert "bearer_token:" not in text
    assert re.search(r"^\s*credentials\s*:", text, re.MULTILINE) is None


@pytest.mark.parametrize(
    ("labels", "must_reach", "must_not_reach"),
    [
        (
            [
                "alertname=EnforceGateUnknownRateHigh",
                "severity=critical",
                "stagenorm_action=downgrade",
            ],
            "stagenorm-webhook",
            None,
        ),
        (["alertname=RedisModeFetchFailing", "severity=warning"], None, "stagenorm-webhook"),
    ],
)
def test_amtool_routes(
    labels: list[str], must_reach: str | None, must_not_reach: str | None
) -> None:
    """The real routing tree (amtool) sends only downgrade alerts to the webhook."""
    done = _run(
        _binary("amtool"), "config", "routes", "test",
        f"--config.file={ALERTMANAGER_CONFIG}", *labels,
    )  # fmt: skip
    _assert_ok(done)
    receivers = {r.strip() for r in done.stdout.strip().split(",")}
    config = _load_yaml(ALERTMANAGER_CONFIG)
    assert config["route"]["receiver"] in receivers, "humans are not notified"
    if must_reach:
        assert must_reach in receivers
    if must_not_reach:
        assert must_not_reach not in receivers


# ---------------------------------------------------------------------------
# Prometheus config and dashboard shape
# ---------------------------------------------------------------------------
def test_prometheus_config_wiring() -> None:
    config = _load_yaml(PROMETHEUS_CONFIG)
    rule_files = [(PROMETHEUS_CONFIG.parent / p).resolve() for p in config["rule_files"]]
    assert rule_files == [RULES.resolve()], "rule_files must name only the rules file"
    targets = [
        t
        for am in config["alerting"]["alertmanagers"]
        for sc in am["static_configs"]
        for t in sc["targets"]
    ]
    assert "alertmanager:9093" in targets
    jobs = [
        j
        for j in config["scrape_configs"]
        if any("webhook:8080" in sc["targets"] for sc in j.get("static_configs", []))
    ]
    assert jobs, "no scrape job for webhook:8080"
    assert all(j.get("metrics_path", "/metrics") == "/metrics" for j in jobs)


def test_dashboard_shape() -> None:
    dash = _dashboard()
    assert 36 <= dash["schemaVersion"] <= 41
    variables = {v["name"]: v for v in dash["templating"]["list"]}
    assert variables["DS_PROMETHEUS"]["type"] == "datasource"
    assert variables["DS_PROMETHEUS"]["query"] == "prometheus"
    ids = [p["id"] for p in _dashboard_panels(dash)]
    assert len(ids) == len(set(ids)), "duplicate panel ids"
    for panel in _dashboard_panels(dash):
        if panel["type"] == "row":
            continue
        assert panel["datasource"]["uid"] == "${DS_PROMETHEUS}", panel["title"]
        assert panel["targets"], panel["title"]
        for t in panel["targets"]:
            assert t["datasource"]["uid"] == "${DS_PROMETHEUS}", panel["title"]
    text = " ".join(_dashboard_exprs(dash))
    for needed in (
        "stagenorm:validation_duration_seconds:p99_5m",
        "stagenorm:unknown_ratio:rate5m",
        "0.005",
        "stagenorm:redis_mode_fetch_error_ratio:rate5m",
    ):
        assert needed in text, f"dashboard does not show {needed}"
