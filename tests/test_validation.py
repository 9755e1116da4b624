"""App-side validation (validate_stage, validate_distribution) and its Flask helper,
with the mode read through a real ModeStore (PostgreSQL and Redis)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask, jsonify, request
from prometheus_client import REGISTRY

from stagenorm import logs, validation
from stagenorm.config import Settings
from stagenorm.exceptions import StageValidationError
from stagenorm.modes import ModeStore
from stagenorm.sampling import UnknownLabelSampler
from stagenorm.validation import (
    stage_headers,
    validate_distribution,
    validate_stage,
)


@pytest.fixture
def store(db_url: str, redis_url: str) -> Iterator[ModeStore]:
    made = ModeStore(Settings(database_url=db_url, redis_url=redis_url), subscribe=False)
    yield made
    made.close()


def in_mode(store: ModeStore, mode: str) -> ModeStore:
    store.set(mode, "tester", "validation test")
    return store


def sample(name: str, mode: str) -> float:
    return REGISTRY.get_sample_value(name, {"caller": "python", "mode": mode}) or 0.0


def test_off_passes_everything_through(store: ModeStore) -> None:
    in_mode(store, "off")
    for value in ("seeed", "Series A", None, 42, "x" * 100_000):
        result = validate_stage(value, store=store)
        assert (result.value, result.known, result.warnings) == (value, None, ())
    dist = {"Seeed": "lots"}
    assert validate_distribution(dist, store=store).value is dist


def test_warn_normalizes_and_warns(store: ModeStore) -> None:
    in_mode(store, "warn")
    known = validate_stage("Series B-2 ext", store=store)
    assert (known.value, known.key, known.known, known.normalized) == ("series_b", "series_b", True, True)
    canonical = validate_stage("seed", store=store)
    assert (canonical.value, canonical.normalized) == ("seed", False)
    unknown = validate_stage("seeed", store=store)
    assert (unknown.value, unknown.known, unknown.suggestions) == ("seeed", False, ("seed",))
    assert unknown.warnings == ("unknown stage label 'seeed'; did you mean seed?",)
    assert unknown.unknown_labels == ["seeed"]
    weird = validate_stage(12, store=store)
    assert (weird.value, weird.known, weird.unknown_labels) == (12, False, ["12"])
    assert validate_stage(None, store=store).value is None


def test_enforce_raises_with_invalid_labels_and_suggestions(store: ModeStore) -> None:
    in_mode(store, "enforce")
    assert validate_stage("Pre-Seed", store=store).value == "pre_seed"
    with pytest.raises(StageValidationError) as caught:
        validate_stage("seeed", store=store)
    assert caught.value.invalid == ["seeed"]
    assert caught.value.suggestions == {"seeed": ["seed"]}
    with pytest.raises(StageValidationError) as huge:
        validate_stage("q" * 1_000_000, store=store)
    assert len(huge.value.message) < 200
    with pytest.raises(StageValidationError):
        validate_stage(["seed"], store=store)


def test_distributions(store: ModeStore) -> None:
    in_mode(store, "warn")
    valid = validate_distribution({"Seed": 30, "Series A": 70}, store=store)
    assert valid.is_valid is True
    assert valid.value == {"pre_seed": 0.0, "seed": 0.3, "series_a": 0.7, "series_b": 0.0, "series_c": 0.0,
                           "growth": 0.0, "late_stage": 0.0}
    unknown = validate_distribution({"Seeed": 30, "Series A": 70}, store=store)
    assert (unknown.is_valid, unknown.invalid, unknown.suggestions) == (False, ("Seeed",), {"Seeed": ["seed"]})
    assert unknown.value == {"Seeed": 30, "Series A": 70}
    assert unknown.warnings
    for bad in ("seed", [1, 2], {"Seed": float("nan")}, {"Seed": 30, "Series A": 60}, {}):
        result = validate_distribution(bad, store=store)
        assert result.is_valid is False and result.value == bad and result.errors
    in_mode(store, "enforce")
    with pytest.raises(StageValidationError) as caught:
        validate_distribution([{"stage": "grwoth", "weight": 1}], store=store)
    assert caught.value.invalid == ["grwoth"]
    assert caught.value.suggestions == {"grwoth": ["growth"]}
    assert caught.value.details["error"] == "INVALID_STAGE_DISTRIBUTION"
    with pytest.raises(StageValidationError) as sums:
        validate_distribution({"Seed": 30, "Series A": 60}, store=store)
    assert sums.value.invalid == [] and sums.value.details["errors"][0]["code"] == "SUM_MISMATCH"


def test_metrics_with_caller_python(store: ModeStore) -> None:
    in_mode(store, "warn")
    before = {name: sample(name, "warn") for name in (
        "stagenorm_validations_total", "stagenorm_unknown_total", "stagenorm_normalized_total",
        "stagenorm_validation_duration_seconds_count")}
    rejected_before = sample("stagenorm_rejected_total", "enforce")
    validate_stage("Seed", store=store)
    validate_stage("seeed", store=store)
    validate_stage("seed", store=store)
    assert sample("stagenorm_validations_total", "warn") - before["stagenorm_validations_total"] == 3
    assert sample("stagenorm_unknown_total", "warn") - before["stagenorm_unknown_total"] == 1
    assert sample("stagenorm_normalized_total", "warn") - before["stagenorm_normalized_total"] == 1
    assert (sample("stagenorm_validation_duration_seconds_count", "warn")
            - before["stagenorm_validation_duration_seconds_count"]) == 3
    in_mode(store, "enforce")
    with pytest.raises(StageValidationError):
        validate_stage("seeed", store=store)
    assert sample("stagenorm_rejected_total", "enforce") - rejected_before == 1


def test_unknown_label_logs_are_sampled(store: ModeStore) -> None:
    in_mode(store, "warn")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    logger = logging.getLogger("stagenorm.test_validation_sampler")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    old, validation.SAMPLER = validation.SAMPLER, UnknownLabelSampler(logger, clock=lambda: 0.0)
    try:
        for _ in range(10_000):
            validate_stage("bogus-label", store=store)
    finally:
        validation.SAMPLER = old
        logger.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert all(line["event"] == "stage_label_unknown" and line["label"] == "bogus-label" for line in lines)
    assert [line["occurrence"] for line in lines] == [2 ** k for k in range(14)]  # 1, 2, 4, ... 8192
    assert {(line["mode"], line["caller"]) for line in lines} == {("warn", "python")}


def test_stage_headers_only_for_unknown_labels_in_warn() -> None:
    since = datetime(2026, 11, 1, tzinfo=UTC)
    warn_unknown = validation.StageResult("seeed", "seeed", "warn", known=False, suggestions=("seed",))
    warn_known = validation.StageResult("Seed", "seed", "warn", key="seed", known=True, normalized=True)
    headers = stage_headers([warn_unknown, warn_known, warn_unknown], docs_url="https://docs.example/stages",
                            deprecated_since=since)
    assert headers == {
        "Deprecation": f"@{int(since.timestamp())}",
        "Link": '<https://docs.example/stages>; rel="deprecation"; type="text/html"',
        "Warning": '299 - "unknown stage labels: seeed"',
        "Sunset": "Tue, 01 Dec 2026 00:00:00 GMT",
    }
    assert stage_headers([warn_known]) == {}
    assert stage_headers([validation.StageResult("seeed", "seeed", "off")]) == {}
    hostile = validation.StageResult('a"b\\c\r\nX-Evil: 1\u00e9', "", "warn", known=False)
    warning = stage_headers([hostile])["Warning"]
    assert warning == '299 - "unknown stage labels: a\\"b\\\\c\\u000d\\u000aX-Evil: 1\\u00e9"'
    many = [validation.StageResult(f"x{i}", "", "warn", known=False) for i in range(25)]
    assert stage_headers(many)["Warning"].endswith('x9 and 15 more"')


@pytest.fixture
def app(store: ModeStore) -> Flask:
    app = Flask("validation-test")
    validation.init_app(app, store=store, docs_url="https://docs.example/stages")

    @app.post("/deals")
    def create_deal() -> Any:
        body = request.get_json()
        mix = validate_distribution(body.get("mix"), store=store)
        stage = validate_stage(body.get("stage"), store=store)
        return jsonify({"mix": mix.value, "stage": stage.value}), 201

    return app


def test_flask_warn_adds_deprecation_headers(app: Flask, store: ModeStore) -> None:
    in_mode(store, "warn")
    client = app.test_client()
    clean = client.post("/deals", json={"mix": {"Seed": 100}, "stage": "Series A"})
    assert clean.status_code == 201
    assert clean.get_json()["stage"] == "series_a"
    assert "Warning" not in clean.headers and "Deprecation" not in clean.headers
    dirty = client.post("/deals", json={"mix": {"Seeed": 100}, "stage": "grwoth"})
    assert dirty.status_code == 201
    assert dirty.headers["Warning"] == '299 - "unknown stage labels: Seeed, grwoth"'
    assert dirty.headers["Deprecation"].startswith("@")
    assert dirty.headers["Link"] == '<https://docs.example/stages>; rel="deprecation"; type="text/html"'
    assert dirty.headers["Sunset"].endswith("GMT")


def test_flask_enforce_answers_400(app: Flask, store: ModeStore) -> None:
    in_mode(store, "enforce")
    client = app.test_client()
    refused = client.post("/deals", json={"mix": {"Seeed": 30, "Series A": 70}, "stage": "seed"})
    assert refused.status_code == 400
    body = refused.get_json()
    assert body["error"] == "INVALID_STAGE_DISTRIBUTION"
    assert body["details"]["invalid"] == ["Seeed"]
    assert body["details"]["suggestions"] == {"Seeed": ["seed"]}
    assert "Warning" not in refused.headers and "Deprecation" not in refused.headers
    ok = client.post("/deals", json={"mix": {"Seed": 30, "Series A": 70}, "stage": "Seed"})
    assert ok.status_code == 201 and "Warning" not in ok.headers


def test_flask_off_means_off(app: Flask, store: ModeStore) -> None:
    in_mode(store, "off")
    client = app.test_client()
    response = client.post("/deals", json={"mix": {"Seeed": 1}, "stage": "grwoth"})
    assert response.status_code == 201
    assert response.get_json() == {"mix": {"Seeed": 1}, "stage": "grwoth"}
    for header in ("Warning", "Deprecation", "Sunset", "Link"):
        assert header not in response.headers
